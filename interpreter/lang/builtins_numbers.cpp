// 内置函数 · 数：最大最小、绝对值、舍入、比率、数值、印刷位数. The evaluation and the explanation
// of each; the signatures are the family's rows of the table in builtins.cpp.
#include "lang/builtin_call.hpp"
#include "lang/precedence.hpp"

#include "number/decimal_parse.hpp"
#include "text/utf8.hpp"
#include "units/unit_registry.hpp"

namespace jixiao::jx {
namespace {

rounding_mode mode_of(builtin_id id) {
    switch (id) {
    case builtin_id::round_half_even:
        return rounding_mode::half_even;
    case builtin_id::truncate:
        return rounding_mode::toward_zero;
    case builtin_id::round_up:
        return rounding_mode::away_from_zero;
    default:
        return rounding_mode::half_up;
    }
}

} // namespace

explained evaluator::builtins_numbers(builtin_call& call) {
    [[maybe_unused]] const unit_registry& units = *p_.units;
    const expr& e = call.e;
    const builtin& b = call.b;
    [[maybe_unused]] auto& args = call.args;
    [[maybe_unused]] auto call_shown = [&call] { return call.call_text(); };
    switch (b.id) {
    case builtin_id::min:
    case builtin_id::max: {
        const std::vector<value>& vs = call.items();
        work(vs.size(), e);
        if (vs.empty()) {
            fail(e, {"「" + std::string(b.zh) + "」的列表为空",
                     "'" + std::string(b.en) + "' of an empty list"});
        }
        quantity best{};
        for (std::size_t i = 0; i < vs.size(); ++i) {
            quantity q = number_of({vs[i], call.shown_of(vs[i])}, e, "参数", "each argument");
            int c = i == 0 ? 0 : compare(q, best, e);
            if (i == 0 || (b.id == builtin_id::min ? c < 0 : c > 0)) {
                best = q;
            }
        }
        return {value::number(best.value, best.unit), call_shown()};
    }
    case builtin_id::abs: {
        quantity q = call.number_arg(0);
        return {value::number(q.value.sign() < 0 ? -q.value : q.value, q.unit), call_shown()};
    }
    case builtin_id::round_half_up:
    case builtin_id::round_half_even:
    case builtin_id::truncate:
    case builtin_id::round_up: {
        quantity q = call.number_arg(0);
        quantity places = call.number_arg(1);
        if (!places.value.is_integer() || places.value < decimal::from_int(0) ||
            places.value > decimal::from_int(max_round_places)) {
            fail(*e.args[1],
                 {"舍入位数须为 0 到 18 的整数，实际为 " + args[1].shown,
                  "rounding places must be a whole number from 0 to 18, got " + args[1].shown});
        }
        int n = 0; // places is a whole number in [0, 18]
        while (decimal::from_int(n) < places.value) {
            ++n;
        }
        rounding_mode mode = mode_of(b.id);
        decimal r = q.value.round(n, mode);
        value rv = value::number(r, q.unit);
        // 7 × 151人 / 400人 = 2.6425 → 四舍五入(2) = 2.64
        if (!explain_) {
            return {rv, {}};
        }
        std::string shown = args[0].shown;
        std::string before = show_number({q.value.trimmed(), q.unit}, units);
        if (shown != before && shown != show_number(q, units)) {
            shown += " = ";
            shown += before;
        }
        shown += " → ";
        shown += rounding_mode_name_zh(mode);
        shown += '(';
        shown += std::to_string(n);
        shown += ") = ";
        shown += show(rv, units);
        return {rv, shown};
    }
    case builtin_id::ratio: {
        quantity x = call.number_arg(0);
        quantity y = call.number_arg(1);
        // The side that takes the other's unit is shown in it (0.075 beside 10%
        // reads 0.075%, which is what is divided).
        int borrowed = x.unit.empty() == y.unit.empty() ? -1 : x.unit.empty() ? 0 : 1;
        if (x.unit.empty() != y.unit.empty()) {
            // ≥4000 against 4517条: the figure without a unit takes the other's.
            (x.unit.empty() ? x.unit : y.unit) = x.unit.empty() ? y.unit : x.unit;
        }
        if (auto m = units.mismatch(x.unit, y.unit)) {
            fail(e, *m);
        }
        decimal yv = units.convert(y.value, y.unit, x.unit);
        if (yv.is_zero()) {
            fail(*e.args[1], {"比率的分母为零：" + args[1].shown,
                              "ratio with a zero denominator: " + args[1].shown});
        }
        if (!explain_) {
            return {value::number(x.value / yv), {}};
        }
        // 比率(200 - 185, 200) reads (200 - 185) / 200: the parentheses the
        // source had, as a division of the two sides.
        bool wrap_a = std::min<int>(args[0].prec, precedence(*e.args[0])) < 6;
        bool wrap_b = std::min<int>(args[1].prec, precedence(*e.args[1])) <= 6;
        auto side = [&](std::size_t i, const quantity& q, bool wrap) {
            const explained& a = args[i];
            std::string text = wrap ? "(" + a.shown + ")" : a.shown;
            if (borrowed != static_cast<int>(i)) {
                return text;
            }
            // A bare figure is shown in the unit it is read in; a formula
            // keeps its text and says what it is read as.
            std::string in_unit = show(value::number(q.value, q.unit), units);
            return a.shown == show(a.v, units) ? in_unit : "(" + a.shown + " = " + in_unit + ")";
        };
        std::string shown = side(0, x, wrap_a);
        shown += " / ";
        shown += side(1, y, wrap_b);
        return {value::number(x.value / yv), std::move(shown)};
    }
    case builtin_id::places:
        return {value::number(decimal::from_int(call.number_arg(0).value.places())), call_shown()};
    case builtin_id::last_unit: {
        quantity q = call.number_arg(0);
        int places = std::min(q.value.places(), max_round_places);
        return {value::number(decimal::from_scaled(1, places), q.unit), call_shown()};
    }
    case builtin_id::number_of: {
        if (args[0].v.kind() == value_kind::number) {
            return {args[0].v, args[0].shown};
        }
        const std::string* text = args[0].v.text_if();
        if (text != nullptr) {
            try {
                value v = value::number(parse_decimal(*text));
                return {v, call.shown_of(v)};
            } catch (const number_syntax_error& err) {
                fail(e, {"无法把 \"" + *text + "\" 读作数值：" + err.zh(),
                         "cannot read \"" + *text + "\" as a number: " + err.what()});
            }
        }
        fail(e,
             {"「数值」的参数须为数值或文本，实际为" + std::string(value_kind_zh(args[0].v.kind())),
              "'number' needs a number or text, got " +
                  std::string(value_kind_en(args[0].v.kind()))});
    }
    default:
        break;
    }
    call.not_in_family();
}

} // namespace jixiao::jx
