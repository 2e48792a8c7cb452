// Gives meaning to what the target grammar recorded: numbers are built once
// from their lexemes, units are looked up in the registry, dates are checked,
// and every problem becomes a diagnostic at the right character.
#include "number/decimal_parse.hpp"
#include "target/qualitative_text.hpp"
#include "target/target_phrases.hpp"
#include "target/target_scratch.hpp"
#include "text/utf8.hpp"
#include "units/unit_registry.hpp"

#include <exception>

namespace jixiao {
namespace {

using detail::alternative;
using detail::lexeme;
using detail::target_scratch;

// Bare units longer than this are prose that begins with a figure
// (2022年省级部门预算编制方案…), not a quantity with an unknown unit.
constexpr std::size_t longest_plausible_unit = 8;

class builder {
  public:
    builder(std::string_view text, const target_context& ctx, const unit_registry& units,
            std::string_view file)
        : text_(text), ctx_(ctx), units_(units), file_(file) {}

    target build(const target_scratch& st);

  private:
    [[noreturn]] void fail(std::size_t offset, std::size_t length, message m) const {
        throw diagnostic_error(
            diagnose(severity::error, std::move(m), file_, text_, offset, length));
    }
    decimal number(const lexeme& l) const;
    // Resolves `unit_text` (may be absent); false when it is not a known unit.
    bool resolve(const decimal& n, const std::optional<lexeme>& unit_text, read_quantity& out,
                 detail::alternative alt, bool fail_if_unknown) const;
    date_spec checked(const detail::date_parts& p) const;
    void warn(message m) { out_.warnings.push_back(std::move(m)); }
    target qualitative(std::string_view raw);

    std::string_view text_;
    const target_context& ctx_;
    const unit_registry& units_;
    std::string_view file_;
    target out_;
};

decimal builder::number(const lexeme& l) const {
    try {
        return parse_decimal(l.in(text_));
    } catch (const number_syntax_error& e) {
        fail(l.offset + e.offset(), 1, {e.zh(), e.what()});
    }
}

bool builder::resolve(const decimal& n, const std::optional<lexeme>& unit_text, read_quantity& out,
                      detail::alternative, bool fail_if_unknown) const {
    out.q.value = n;
    if (!unit_text) {
        out.unitless = true;
        return true;
    }
    unit_text_error err;
    auto u = units_.parse(unit_text->in(text_), err);
    if (!u) {
        if (!fail_if_unknown) {
            return false;
        }
        fail(unit_text->offset + err.offset, err.length, err.text);
    }
    // A folded magnitude adds no precision: 3.5万元 is 35000 元, not 35000.0.
    out.q.value = u->had_magnitude ? (n * u->magnitude).trimmed() : n;
    out.q.unit = u->unit;
    out.unitless = u->unit.empty();
    return true;
}

int days_in_month(int year, int month) {
    static constexpr int days[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    if (month == 2) {
        bool leap = year == 0 || (year % 4 == 0 && (year % 100 != 0 || year % 400 == 0));
        return leap ? 29 : 28;
    }
    return days[month - 1];
}

date_spec builder::checked(const detail::date_parts& p) const {
    date_spec d = p.date;
    if (d.month != 0 && (d.month < 1 || d.month > 12)) {
        const lexeme& m = *p.month;
        fail(m.offset, m.length,
             {"没有" + std::to_string(d.month) + "月",
              "there is no month " + std::to_string(d.month)});
    }
    int limit = d.month == 0 ? 31 : days_in_month(d.year, d.month);
    if (d.day != 0 && (d.day < 1 || d.day > limit)) {
        const lexeme& dl = *p.day;
        fail(dl.offset, dl.length,
             {"日期超出该月的天数：" + std::to_string(d.day) + "日",
              "day " + std::to_string(d.day) + " is beyond the end of the month"});
    }
    return d;
}

target builder::qualitative(std::string_view raw) {
    out_.kind = target_kind::qualitative;
    std::string text = normalize_qualitative(raw, out_.warnings);
    if (ctx_.actual) {
        if (auto t = read_tier(text, units_, out_.warnings)) {
            out_.kind = target_kind::tier;
            out_.form = tier_form{*t};
            return std::move(out_);
        }
    }
    out_.form = qualitative_form{std::move(text)};
    return std::move(out_);
}

target builder::build(const target_scratch& st) {
    out_.input = std::string(text_);
    switch (st.matched) {
    case alternative::none:
    case alternative::empty:
        fail(0, 0, {"指标值为空", "the target is empty"});
    case alternative::qualitative:
        return qualitative(text_);
    case alternative::comparison:
    case alternative::quantity: {
        read_quantity q;
        bool bare = st.matched == alternative::quantity;
        // Prose that merely starts with a figure stays prose.
        bool long_unit = st.unit && utf8::length(st.unit->in(text_)) > longest_plausible_unit;
        if (!resolve(number(*st.number), st.unit, q, st.matched, !(bare && long_unit))) {
            warn({"以数字开头但不是指标值的形式，按定性指标理解",
                  "begins with a figure but is no target form; read as qualitative"});
            return qualitative(text_);
        }
        bool time = !q.unitless && units_.is_time(q.q.unit);
        if (q.unitless) {
            warn({"指标值没有单位，将采用实际完成值的单位",
                  "the target has no unit; it takes the unit of the actual value"});
        }
        if (ctx_.actual) {
            if (st.op) {
                warn({"实际完成值前的「" + std::string(st.op_text->in(text_)) +
                          "」是从指标值照抄的，读作 " + q.q.value.to_string() +
                          units_.name(q.q.unit),
                      "the '" + std::string(st.op_text->in(text_)) +
                          "' before the actual value was copied from "
                          "the target; read as " +
                          q.q.value.to_string() + units_.name(q.q.unit)});
            }
            out_.kind = target_kind::quantity;
            out_.form = comparison_form{comparison_op::eq, q, false};
            return std::move(out_);
        }
        // Read 时效, a bare "12月" is a month of the year, not twelve months.
        if (bare && ctx_.reading == bare_reading::timely && time && units_.name(q.q.unit) == "月" &&
            q.q.value.is_integer() && q.q.value >= decimal::from_int(1) &&
            q.q.value <= decimal::from_int(12)) {
            int month = 1;
            while (decimal::from_int(month) < q.q.value) { // 1..12, checked above
                ++month;
            }
            out_.kind = target_kind::deadline;
            out_.form =
                deadline_form{std::nullopt, date_spec{0, month, 0}, recurrence::yearly, true, {}};
            warn({"按时效读法，「" + std::to_string(month) + "月」读作每年" +
                      std::to_string(month) + "月底前",
                  "read as 时效 (timely), '" + std::to_string(month) +
                      "月' is read as by the end of month " + std::to_string(month) +
                      " of each year"});
            return std::move(out_);
        }
        comparison_form c{comparison_op::ge, q, false};
        if (st.op) {
            c.op = *st.op;
        } else {
            c.inferred = true;
            // Read 上限, a bare number is an upper bound, and so is a duration
            // read 时效 ("24小时": within a day); otherwise it is a lower bound.
            bool upper = ctx_.reading == bare_reading::upper ||
                         (time && ctx_.reading == bare_reading::timely);
            c.op = upper ? comparison_op::le : comparison_op::ge;
            std::string sym = op_symbol(c.op);
            warn({"比较符「" + sym + "」由指标类别推断",
                  "operator '" + sym + "' inferred from the indicator's category"});
        }
        out_.kind = time ? target_kind::duration : target_kind::comparison;
        out_.form = c;
        return std::move(out_);
    }
    case alternative::bracket_range:
    case alternative::dash_range: {
        range_form r;
        r.low_inclusive = st.low_inclusive;
        r.high_inclusive = st.high_inclusive;
        // 80-90%: a unit written once applies to both bounds.
        const std::optional<lexeme>& low_unit = st.low_unit ? st.low_unit : st.high_unit;
        const std::optional<lexeme>& high_unit = st.high_unit ? st.high_unit : st.low_unit;
        resolve(number(*st.low), low_unit, r.low, st.matched, true);
        resolve(number(*st.high), high_unit, r.high, st.matched, true);
        if (!units_.comparable(r.low.q.unit, r.high.q.unit)) {
            std::string a = units_.name(r.low.q.unit);
            std::string b = units_.name(r.high.q.unit);
            fail(st.high_unit->offset, st.high_unit->length,
                 {"区间两端的单位「" + a + "」与「" + b + "」不能比较",
                  "the bounds' units '" + a + "' and '" + b + "' cannot be compared"});
        }
        decimal high_in_low = units_.convert(r.high.q.value, r.high.q.unit, r.low.q.unit);
        if (r.low.q.value > high_in_low) {
            fail(st.low->offset, st.high->offset + st.high->length - st.low->offset,
                 {"区间下限大于上限", "the range's lower bound is above its upper bound"});
        }
        if (r.low.unitless) {
            warn({"指标值没有单位，将采用实际完成值的单位",
                  "the target has no unit; it takes the unit of the actual value"});
        }
        out_.kind = target_kind::range;
        out_.form = r;
        return std::move(out_);
    }
    case alternative::deadline: {
        deadline_form d;
        if (st.within_year) {
            d.date = {0, 12, 0};
            d.recurrence = recurrence::yearly;
            d.by = true;
        } else {
            const detail::date_parts& end = st.period ? *st.to : *st.at;
            d.date = checked(end);
            d.recurrence = end.rec;
            if (st.period) {
                d.from = checked(*st.from);
                if (d.recurrence == recurrence::none && d.date.year == 0) {
                    d.recurrence =
                        st.from->rec == recurrence::none ? recurrence::yearly : st.from->rec;
                }
            } else if (d.recurrence == recurrence::none && d.date.year == 0) {
                d.recurrence = recurrence::yearly; // 5月底前: every year
            }
            d.by = st.by;
        }
        if (st.note) {
            std::vector<message> ignored;
            d.note = normalize_qualitative(st.note->in(text_), ignored);
        }
        out_.kind = target_kind::deadline;
        out_.form = d;
        return std::move(out_);
    }
    }
    fail(0, 0, {"无法识别的指标值", "unrecognised target"});
}

} // namespace

target parse_target(std::string_view text, const target_context& context,
                    const unit_registry& units, std::string_view file) {
    try {
        detail::target_scratch st = detail::scan_target(text, file);
        return builder(text, context, units, file).build(st);
    } catch (const diagnostic_error&) {
        // 90%以上, 5个工作日内, ≥90%（含）: read once more as what they mean; if
        // that fails too, the error is the one about the text as written.
        auto reading = operator_first(text);
        if (!reading) {
            throw;
        }
        std::exception_ptr as_written = std::current_exception();
        try {
            detail::target_scratch st = detail::scan_target(reading->text, file);
            target t = builder(reading->text, context, units, file).build(st);
            t.input = std::string(text);
            t.warnings.insert(t.warnings.begin(), reading->rewritten);
            return t;
        } catch (const diagnostic_error&) {
            std::rethrow_exception(as_written);
        }
    }
}

} // namespace jixiao
