// Spellings of target enums, shared by every output format.
#include "target/target.hpp"

#include <cstdio>

namespace jixiao {

const char* op_symbol(comparison_op op) noexcept {
    switch (op) {
    case comparison_op::ge:
        return "≥";
    case comparison_op::le:
        return "≤";
    case comparison_op::gt:
        return ">";
    case comparison_op::lt:
        return "<";
    case comparison_op::eq:
        return "=";
    }
    return "?";
}

const char* reading_name(bare_reading r) noexcept {
    switch (r) {
    case bare_reading::lower:
        return "下限";
    case bare_reading::upper:
        return "上限";
    case bare_reading::timely:
        return "时效";
    }
    return "?";
}

std::optional<bare_reading> reading_named(std::string_view name) noexcept {
    for (auto r : {bare_reading::lower, bare_reading::upper, bare_reading::timely}) {
        if (name == reading_name(r)) {
            return r;
        }
    }
    if (name == "lower") {
        return bare_reading::lower;
    }
    if (name == "upper") {
        return bare_reading::upper;
    }
    if (name == "timely") {
        return bare_reading::timely;
    }
    return std::nullopt;
}

const char* kind_name(target_kind k) noexcept {
    switch (k) {
    case target_kind::comparison:
        return "comparison";
    case target_kind::duration:
        return "duration";
    case target_kind::range:
        return "range";
    case target_kind::deadline:
        return "deadline";
    case target_kind::qualitative:
        return "qualitative";
    case target_kind::quantity:
        return "quantity";
    case target_kind::tier:
        return "tier";
    }
    return "?";
}

const char* tier_name(tier_level t) noexcept {
    switch (t) {
    case tier_level::achieved:
        return "achieved";
    case tier_level::partial:
        return "partial";
    case tier_level::not_achieved:
        return "not_achieved";
    }
    return "?";
}

const char* tier_phrase(tier_level t) noexcept {
    switch (t) {
    case tier_level::achieved:
        return "达成预期指标";
    case tier_level::partial:
        return "部分达成预期指标";
    case tier_level::not_achieved:
        return "未达成预期指标";
    }
    return "?";
}

int date_spec::day_of_month() const noexcept {
    static constexpr int days[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    if (day != 0 || month < 1 || month > 12) {
        return day; // a month out of range is refused when the target is built
    }
    bool leap = year != 0 && year % 4 == 0 && (year % 100 != 0 || year % 400 == 0);
    return month == 2 && leap ? 29 : days[month - 1];
}

std::string date_spec::iso() const {
    int d = day_of_month();
    char buf[32];
    if (year != 0) {
        std::snprintf(buf, sizeof buf, "%04d-%02d-%02d", year, month, d);
    } else if (month != 0) {
        std::snprintf(buf, sizeof buf, "--%02d-%02d", month, d);
    } else if (day != 0) {
        std::snprintf(buf, sizeof buf, "---%02d", day);
    } else {
        return "---end"; // the last day of every month has no ISO 8601 form
    }
    return buf;
}

} // namespace jixiao
