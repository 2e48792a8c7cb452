#include "lang/value.hpp"

#include "text/shorten.hpp"
#include "units/unit_registry.hpp"

namespace jixiao::jx {

const char* value_kind_zh(value_kind k) noexcept {
    switch (k) {
    case value_kind::nothing:
        return "空值";
    case value_kind::boolean:
        return "真假值";
    case value_kind::number:
        return "数值";
    case value_kind::text:
        return "文本";
    case value_kind::target:
        return "指标值";
    case value_kind::list:
        return "列表";
    case value_kind::record:
        return "记录";
    }
    return "?";
}

const char* value_kind_en(value_kind k) noexcept {
    switch (k) {
    case value_kind::nothing:
        return "nothing";
    case value_kind::boolean:
        return "boolean";
    case value_kind::number:
        return "number";
    case value_kind::text:
        return "text";
    case value_kind::target:
        return "target";
    case value_kind::list:
        return "list";
    case value_kind::record:
        return "record";
    }
    return "?";
}

std::string show_number(const quantity& q, const unit_registry& units) {
    std::string digits;
    if (q.value.is_finite_decimal()) {
        digits = q.value.to_string();
    } else {
        // Display only: six decimals, marked as approximate.
        digits = "≈" + q.value.round(6, rounding_mode::half_up).to_string();
    }
    if (!q.unit.empty()) {
        digits += units.name(q.unit);
    }
    return digits;
}

namespace {

// Appends v to out, stopping once out holds `limit` bytes: a list of lists
// shows its first items only, so showing it costs time and space in
// proportion to the limit, never to the (possibly exponential) whole.
void show_into(std::string& out, const value& v, const unit_registry& units, std::size_t limit) {
    switch (v.kind()) {
    case value_kind::nothing:
        out += "空";
        return;
    case value_kind::boolean:
        out += std::get<bool>(v.data) ? "真" : "假";
        return;
    case value_kind::number:
        out += show_number(std::get<quantity>(v.data), units);
        return;
    case value_kind::text:
        out += *v.text_if(); // a literal in a formula shows its quotes
        return;
    case value_kind::target:
        out += std::get<std::shared_ptr<const target>>(v.data)->input;
        return;
    case value_kind::list: {
        const auto& items = *std::get<std::shared_ptr<const value_list>>(v.data);
        out += "[";
        for (std::size_t i = 0; i < items.size(); ++i) {
            if (i > 0) {
                out += ", ";
            }
            if ((i == 8 && items.size() > 10) || out.size() >= limit) {
                out += "… " + std::to_string(items.size() - i) + " 项";
                break;
            }
            show_into(out, items[i], units, limit);
        }
        out += "]";
        return;
    }
    case value_kind::record:
        out += "{记录}";
        return;
    }
}

} // namespace

void shorten_shown(std::string& shown) {
    shorten(shown, max_shown_bytes);
}

std::string show_within(const value& v, const unit_registry& units) {
    if (const std::string* t = v.text_if(); t != nullptr && t->size() > max_shown_bytes) {
        return shortened(*t, max_shown_bytes);
    }
    return show(v, units);
}

std::string show(const value& v, const unit_registry& units) {
    // A number or a text alone (the usual value) is its own string.
    if (const quantity* q = std::get_if<quantity>(&v.data)) {
        return show_number(*q, units);
    }
    if (const std::string* t = v.text_if()) {
        return *t;
    }
    std::string out;
    show_into(out, v, units, max_shown_list_bytes);
    return out;
}

} // namespace jixiao::jx
