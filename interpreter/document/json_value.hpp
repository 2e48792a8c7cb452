// Input documents as jixiao sees them: JSON whose numbers are exact decimals.
// Read by json_reader.cpp; a number is always read from its raw token text,
// never through double (docs/domain.md §3.4). Object keys keep their
// order (the official column order of a table).
#pragma once

#include "number/decimal.hpp"

#include <cstddef>
#include <cstdint>
#include <cstring>
#include <memory>
#include <string>
#include <string_view>
#include <utility>
#include <variant>
#include <vector>

namespace jixiao {

class json_value;
using json_array = std::vector<json_value>;

// An object's members, in document order (duplicate keys kept; the first one
// is the one found). An object of more than `scanned_up_to` members also keeps
// its member numbers sorted by key once sealed, so finding a key is a binary
// search: a document may hold an object of a million keys, and a pack may ask
// it for a field a million times (a scan took 32 s for 20,000 asks of a
// 500,000-key object).
class json_object : public std::vector<std::pair<std::string, json_value>> {
  public:
    static constexpr std::size_t scanned_up_to = 16;

    // Called by a reader when the object is complete; without it, find scans.
    void seal();
    const json_value* find(std::string_view key) const noexcept; // inline, below

  private:
    const json_value* find_sorted(std::string_view key) const noexcept; // binary search
    std::shared_ptr<const std::vector<std::uint32_t>> by_key_;
};

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

// Whether two keys are the same. The keys of a form are CJK words of one
// length (一级指标, 二级指标, 三级指标) that differ in their first characters:
// two loads, the first and the last 8 bytes, settle keys of 8 to 16 bytes
// without calling memcmp (a scan called it about 15,000 times a document).
inline bool same_key(std::string_view a, std::string_view b) noexcept {
    if (a.size() != b.size()) {
        return false;
    }
    if (a.size() < 8) {
        return std::memcmp(a.data(), b.data(), a.size()) == 0;
    }
    std::uint64_t x = 0;
    std::uint64_t y = 0;
    std::memcpy(&x, a.data(), 8);
    std::memcpy(&y, b.data(), 8);
    if (x != y) {
        return false;
    }
    std::memcpy(&x, a.data() + a.size() - 8, 8);
    std::memcpy(&y, b.data() + b.size() - 8, 8);
    return x == y &&
           (a.size() <= 16 || std::memcmp(a.data() + 8, b.data() + 8, a.size() - 16) == 0);
}

// Inline: a self-evaluation asks small objects for about 3,000 fields per document.
inline const json_value* json_object::find(std::string_view key) const noexcept {
    // An index whose size differs was made before members were added by hand: scan.
    if (by_key_ != nullptr && by_key_->size() == size()) {
        return find_sorted(key);
    }
    for (const auto& [k, v] : *this) {
        if (same_key(k, key)) {
            return &v;
        }
    }
    return nullptr;
}

inline const json_value* json_value::find(std::string_view key) const noexcept {
    const json_object* o = object();
    return o == nullptr ? nullptr : o->find(key);
}

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
