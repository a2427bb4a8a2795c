# One place for the warning flags every groeipad target gets.
add_library(groeipad_warnings INTERFACE)
target_compile_options(groeipad_warnings INTERFACE
  -Wall -Wextra -Wpedantic -Wshadow -Wconversion -Wno-sign-conversion
  $<$<BOOL:${GROEIPAD_WERROR}>:-Werror>)
add_library(groeipad::warnings ALIAS groeipad_warnings)
