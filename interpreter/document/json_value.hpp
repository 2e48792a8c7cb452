// Input documents as jixiao sees them: JSON whose numbers are exact decimals.
// Read by json_reader.cpp; a number is always read from its raw token text,
// never through double (PRODUCT.md §3.4). Object keys keep their
// order (the official column order of a table).
#pragma once

#include "number/decimal.hpp"

#include <cstddef>
#include <string>
#include <string_view>
#include <utility>
#include <variant>
#include <vector>

namespace jixiao {

class json_value;
using json_array = std::vector<json_value>;
using json_object = std::vector<std::pair<std::string, json_value>>;

class json_value {
  public:
    enum class kind { null, boolean, number, string, array, object };

    json_value() = default;
    template <typename T> explicit json_value(T v) : data_(std::move(v)) {}

    kind which() const noexcept { return static_cast<kind>(data_.index()); }
    bool is_null() const noexcept { return which() == kind::null; }
    const bool* boolean() const noexcept { return std::get_if<bool>(&data_); }
    const decimal* number() const noexcept { return std::get_if<decimal>(&data_); }
    const std::string* string() const noexcept { return std::get_if<std::string>(&data_); }
    const json_array* array() const noexcept { return std::get_if<json_array>(&data_); }
    const json_object* object() const noexcept { return std::get_if<json_object>(&data_); }
    json_array* array() noexcept { return std::get_if<json_array>(&data_); }
    json_object* object() noexcept { return std::get_if<json_object>(&data_); }

    // The member `key` of an object, or nullptr.
    const json_value* find(std::string_view key) const noexcept;
    json_value* find(std::string_view key) noexcept;

  private:
    std::variant<std::monostate, bool, decimal, std::string, json_array, json_object> data_;
};

const char* kind_name(json_value::kind k) noexcept;
const char* kind_name_zh(json_value::kind k) noexcept; // as messages say it: 数组, 文本 …

struct json_limits {
    std::size_t max_depth = 128;       // nesting of arrays and objects
    std::size_t max_bytes = 64u << 20; // one document
};

// Parses one JSON document. Throws diagnostic_error with the position of the
// offending byte (syntax, a number beyond the documented limits, too deep).
json_value parse_json(std::string_view text, std::string_view file = "input",
                      const json_limits& limits = {});

} // namespace jixiao
