#pragma once
// UTF-8 as the readers need it: where a byte sequence stops being valid, so that a file
// that is not UTF-8 is reported at its line, and a message never passes on bytes that
// would garble the terminal it is printed on.

#include <cstddef>
#include <string_view>

namespace groeipad::io::detail {

// The length (1..4) of the well-formed UTF-8 sequence at text[at], or 0 when the bytes
// there are not one (RFC 3629: no overlong forms, no surrogates, nothing above U+10FFFF).
std::size_t utf8_sequence_length(std::string_view text, std::size_t at);

// The position of the first byte that does not start a well-formed sequence, or npos.
std::size_t first_invalid_utf8(std::string_view text);

}  // namespace groeipad::io::detail
