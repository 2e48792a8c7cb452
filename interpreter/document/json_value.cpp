// json_value: member lookup and the names of JSON kinds. The reader that
// builds documents is json_reader.cpp.
#include "document/json_value.hpp"

#include <algorithm>
#include <numeric>
#include <utility>

namespace jixiao {

void json_object::seal() {
    if (size() <= scanned_up_to) {
        by_key_.reset();
        return;
    }
    auto order = std::make_shared<std::vector<std::uint32_t>>(size());
    std::iota(order->begin(), order->end(), 0u);
    // Stable: of equal keys the first member comes first, as a scan finds it.
    std::stable_sort(order->begin(), order->end(), [this](std::uint32_t a, std::uint32_t b) {
        return (*this)[a].first < (*this)[b].first;
    });
    by_key_ = std::move(order);
}

const json_value* json_object::find_sorted(std::string_view key) const noexcept {
    auto at = std::lower_bound(by_key_->begin(), by_key_->end(), key,
                               [this](std::uint32_t i, std::string_view k) {
                                   return std::string_view((*this)[i].first) < k;
                               });
    if (at == by_key_->end() || (*this)[*at].first != key) {
        return nullptr;
    }
    return &(*this)[*at].second;
}

json_value* json_value::find(std::string_view key) noexcept {
    return const_cast<json_value*>(std::as_const(*this).find(key));
}

const char* kind_name_zh(json_value::kind k) noexcept {
    switch (k) {
    case json_value::kind::null:
        return "空值 null";
    case json_value::kind::boolean:
        return "真假值";
    case json_value::kind::number:
        return "数";
    case json_value::kind::string:
        return "文本";
    case json_value::kind::array:
        return "数组";
    case json_value::kind::object:
        return "对象";
    }
    return "?";
}

const char* kind_name(json_value::kind k) noexcept {
    switch (k) {
    case json_value::kind::null:
        return "null";
    case json_value::kind::boolean:
        return "boolean";
    case json_value::kind::number:
        return "number";
    case json_value::kind::string:
        return "string";
    case json_value::kind::array:
        return "array";
    case json_value::kind::object:
        return "object";
    }
    return "?";
}

} // namespace jixiao
