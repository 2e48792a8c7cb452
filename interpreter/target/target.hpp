// A target (指标值) or actual value (实际完成值) as a first-class value
// (docs/domain.md §5). One closed variant over the forms; `kind` says which.
#pragma once

#include "diag/diagnostic.hpp"
#include "units/tier_level.hpp"
#include "units/unit.hpp"

#include <compare>
#include <optional>
#include <string>
#include <tuple>
#include <variant>
#include <vector>

namespace jixiao {

enum class comparison_op { ge, le, gt, lt, eq };
const char* op_symbol(comparison_op op) noexcept;

enum class target_kind {
    comparison,  // ≥90%  ≤0.45元/页  279 人 (operator inferred)
    duration,    // ≤24小时  1年: a comparison over a time unit
    range,       // 90%-100%  [85%,95%)
    deadline,    // 2026年底  每年5月底  1月1日-12月31日
    qualitative, // 及时  提高  满意
    quantity,    // an actual value: 151人  95%
    tier,        // an actual value: 达成预期指标
};
const char* kind_name(target_kind k) noexcept;

// A quantity read from text, remembering whether it had a unit at all.
struct read_quantity {
    jixiao::quantity q;
    bool unitless = false; // "≥4000": takes the actual's unit, flagged
};

struct comparison_form {
    comparison_op op = comparison_op::ge;
    read_quantity value;
    bool inferred = false; // the operator came from the indicator's category
};

struct range_form {
    read_quantity low;
    read_quantity high;
    bool low_inclusive = true;
    bool high_inclusive = true;
};

enum class recurrence { none, yearly, monthly };

struct date_spec {
    int year = 0;  // 0: every year
    int month = 0; // 0: every month
    int day = 0;   // 0: the last day of the month
    // ISO 8601: 2026-12-31, --05-31 (every year), ---25 (every month).
    std::string iso() const;
    // The day, or for day 0 the last day of the month (29 in February of a
    // leap year); the day as given when the month is none of 1–12.
    int day_of_month() const noexcept;
    // Earlier, same or later, for two dates with year and month given.
    friend auto operator<=>(const date_spec& a, const date_spec& b) noexcept {
        return std::tuple(a.year, a.month, a.day_of_month()) <=>
               std::tuple(b.year, b.month, b.day_of_month());
    }
};

struct deadline_form {
    std::optional<date_spec> from; // a period: 1月1日-12月31日
    date_spec date;
    jixiao::recurrence recurrence = jixiao::recurrence::none;
    bool by = false;  // 前: on or before the date
    std::string note; // words after the date: 完成建设
};

struct qualitative_form {
    std::string text; // normalized
};

const char* tier_name(tier_level t) noexcept;   // achieved | partial | not_achieved
const char* tier_phrase(tier_level t) noexcept; // 达成预期指标 …

struct tier_form {
    tier_level level = tier_level::achieved;
};

struct target {
    std::string input;
    target_kind kind = target_kind::qualitative;
    std::variant<comparison_form, range_form, deadline_form, qualitative_form, tier_form> form;
    std::vector<message> warnings; // normalizations and flags, for the reader
};

// How a number written without an operator reads as a target. Which reading
// an indicator gets is policy, decided by the pack (the national pack's 读法:
// 成本指标 上限, 时效指标 时效, every other 下限), never here.
enum class bare_reading : std::uint8_t {
    lower,  // 下限: 279 人 is ≥279 人
    upper,  // 上限: 60元 is ≤60元
    timely, // 时效: a duration is an upper bound (24小时 is ≤24小时), and a
            // bare 1–12月 is that month of each year (12月 is by the end of December)
};
const char* reading_name(bare_reading r) noexcept; // 下限 | 上限 | 时效
// 下限 / 上限 / 时效, or lower / upper / timely.
std::optional<bare_reading> reading_named(std::string_view name) noexcept;

// How to read a text: as a target read as the pack says, or as an actual value.
struct target_context {
    bare_reading reading = bare_reading::lower;
    bool actual = false;
};

class unit_registry;

// Reads one target or actual value. Throws diagnostic_error for text that
// looks like a target but is malformed (≥人, ≥0≥0, an unknown unit, 13月).
target parse_target(std::string_view text, const target_context& context,
                    const unit_registry& units, std::string_view file = "input");

} // namespace jixiao
