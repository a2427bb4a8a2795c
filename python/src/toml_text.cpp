#include "toml_text.hpp"

#include <toml++/toml.h>

#include <cstdint>
#include <sstream>
#include <string>
#include <utility>

namespace py = pybind11;

namespace groeipad::python {
namespace {

toml::table table_of(const py::dict& dict, const std::string& key);

std::string child_key(const std::string& key, const std::string& name) {
  return key.empty() ? name : key + "." + name;
}

[[noreturn]] void not_toml(const std::string& key, const py::handle& value) {
  const std::string type = py::str(py::type::handle_of(value).attr("__name__"));
  throw py::type_error(key + ": expected a bool, int, float, str, dict or list, found " + type);
}

// Where a converted value goes: two fixed types, so that the recursion through nested
// arrays instantiates convert() twice rather than once per level without end.
struct IntoArray {
  toml::array* array;
  template <typename Node>
  void operator()(Node&& node) const {
    array->push_back(std::forward<Node>(node));
  }
};

struct IntoTable {
  toml::table* table;
  const std::string* name;
  template <typename Node>
  void operator()(Node&& node) const {
    table->insert_or_assign(*name, std::forward<Node>(node));
  }
};

// A TOML node for one Python value. bool before int: bool is an int in Python. Integer
// types other than int (numpy's) are taken through __index__.
template <typename Into>
void convert(const py::handle& value, const std::string& key, const Into& insert) {
  if (py::isinstance<py::bool_>(value)) {
    insert(toml::value<bool>(value.cast<bool>()));
  } else if (PyLong_Check(value.ptr()) != 0 ||
             (PyFloat_Check(value.ptr()) == 0 && PyIndex_Check(value.ptr()) != 0)) {
    std::int64_t integer = 0;
    try {
      integer = py::reinterpret_steal<py::int_>(PyNumber_Index(value.ptr())).cast<std::int64_t>();
    } catch (const py::cast_error&) {
      throw py::value_error(key + ": expected an integer that fits in 64 bits");
    }
    insert(toml::value<std::int64_t>(integer));
  } else if (PyFloat_Check(value.ptr()) != 0) {
    insert(toml::value<double>(value.cast<double>()));
  } else if (py::isinstance<py::str>(value)) {
    insert(toml::value<std::string>(value.cast<std::string>()));
  } else if (py::isinstance<py::dict>(value)) {
    insert(table_of(value.cast<py::dict>(), key));
  } else if (py::isinstance<py::list>(value) || py::isinstance<py::tuple>(value)) {
    toml::array array;
    std::size_t index = 0;
    for (const py::handle item : value) {
      convert(item, key + "[" + std::to_string(index++) + "]", IntoArray{&array});
    }
    insert(std::move(array));
  } else {
    not_toml(key, value);
  }
}

toml::table table_of(const py::dict& dict, const std::string& key) {
  toml::table table;
  for (const auto& [name, value] : dict) {
    if (!py::isinstance<py::str>(name)) {
      throw py::type_error((key.empty() ? std::string("a key") : key + ": a key") +
                           " is not a string: " + std::string(py::repr(name)));
    }
    const auto text = name.cast<std::string>();
    convert(value, child_key(key, text), IntoTable{&table, &text});
  }
  return table;
}

}  // namespace

std::string toml_text(const py::dict& document) {
  std::ostringstream out;
  out << toml::toml_formatter(table_of(document, ""));
  return out.str();
}

}  // namespace groeipad::python
