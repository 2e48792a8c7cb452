// json_value: member lookup and the names of JSON kinds. The reader that
// builds documents is json_reader.cpp.
#include "document/json_value.hpp"

#include <utility>

namespace jixiao {

const json_value* json_value::find(std::string_view key) const noexcept {
    const json_object* o = object();
    if (o == nullptr) {
        return nullptr;
    }
    for (const auto& [k, v] : *o) {
        if (k == key) {
            return &v;
        }
    }
    return nullptr;
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
