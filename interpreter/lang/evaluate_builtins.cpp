// The built-in functions of the language (满足 and reading 指标值 texts are in
// evaluate_targets.cpp).
#include "lang/builtins.hpp"
#include "lang/evaluate.hpp"
#include "lang/precedence.hpp"

#include "number/decimal_parse.hpp"
#include "text/utf8.hpp"
#include "units/unit_registry.hpp"

#include <span>

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

std::string field_names(const json_value& record, const char* separator) {
    std::string names;
    for (const auto& [k, v] : *record.object()) {
        names += (names.empty() ? "" : separator) + k;
    }
    return names;
}

// 方向(T) as a text that lives as long as the process, so the value borrows
// it (texts the language returns by name are read often: 方向 decides every
// formula).
const std::string& direction_name(const target& t) {
    static const std::string ops[] = {op_symbol(comparison_op::ge), op_symbol(comparison_op::le),
                                      op_symbol(comparison_op::gt), op_symbol(comparison_op::lt),
                                      op_symbol(comparison_op::eq)};
    static const std::string range = "区间", deadline = "期限", qualitative = "定性";
    if (const auto* c = std::get_if<comparison_form>(&t.form)) {
        return ops[static_cast<std::size_t>(c->op)];
    }
    return t.kind == target_kind::range      ? range
           : t.kind == target_kind::deadline ? deadline
                                             : qualitative;
}

// name(a, b, …) with the arguments' substituted texts, built in one string.
std::string call_text(std::string_view name, std::span<const explained> xs) {
    std::string s(name);
    s += '(';
    for (std::size_t i = 0; i < xs.size(); ++i) {
        if (i > 0) {
            s += ", ";
        }
        s += xs[i].shown;
    }
    s += ')';
    return s;
}

} // namespace

const char* binary_op_symbol(binary_op op) noexcept {
    switch (op) {
    case binary_op::add:
        return "+";
    case binary_op::sub:
        return "-";
    case binary_op::mul:
        return "×";
    case binary_op::div:
        return "/";
    case binary_op::eq:
        return "=";
    case binary_op::ne:
        return "≠";
    case binary_op::lt:
        return "<";
    case binary_op::le:
        return "≤";
    case binary_op::gt:
        return ">";
    case binary_op::ge:
        return "≥";
    case binary_op::meets:
        return "满足";
    case binary_op::and_:
        return "且";
    case binary_op::or_:
        return "或";
    }
    return "?";
}

explained evaluator::eval_builtin(const expr& e, frame& f) {
    const unit_registry& units = *p_.units;
    const builtin& b = builtins()[e.ref.index];
    // 有值(记录.字段) is false for a field the record does not have at all.
    if (b.id == builtin_id::present && e.args[0]->kind == expr_kind::field) {
        explained base = eval(*e.args[0]->args[0], f);
        const auto* rec = std::get_if<const json_value*>(&base.v.data);
        if (rec != nullptr && (*rec)->find(e.args[0]->name) == nullptr) {
            return {value::boolean(false), "有值(" + base.shown + "." + e.args[0]->name + ") = 假"};
        }
    }
    // 小数位数 and 末位 read how a figure was printed, not its value: the
    // figure is not part of the result's provenance.
    bool reads_precision = b.id == builtin_id::places || b.id == builtin_id::last_unit;
    // Inline for the usual one to three arguments: a built-in call allocates nothing for them.
    boost::container::small_vector<explained, 3> args;
    for (const auto& a : e.args) {
        args.push_back(reads_precision ? eval_untraced(*a, f) : eval(*a, f));
    }
    std::string call_shown = explain_ ? call_text(b.zh, {args.data(), args.size()}) : std::string();
    // A value's text, when explanations are wanted (an error re-runs explaining).
    auto shown_of = [&](const value& v) {
        return explain_ ? show_within(v, units) : std::string();
    };
    // Functions over "a list or several arguments" see one list either way;
    // a list argument is read in place, not copied.
    std::vector<value> spread;
    // A function that goes over the items counts a step per item (work()).
    auto items = [&]() -> const std::vector<value>& {
        if (args.size() == 1) {
            if (const auto* l = std::get_if<std::shared_ptr<const value_list>>(&args[0].v.data)) {
                return **l;
            }
        }
        spread.clear();
        for (const auto& a : args) {
            spread.push_back(a.v);
        }
        return spread;
    };
    auto number_arg = [&](std::size_t i) {
        return number_of(args[i], *e.args[i], "参数", "the argument");
    };
    auto text_arg = [&](std::size_t i) -> const std::string& {
        if (const auto* t = args[i].v.text_if()) {
            return *t;
        }
        fail(*e.args[i], {"参数须为文本，实际为" + std::string(value_kind_zh(args[i].v.kind())) +
                              " " + args[i].shown,
                          "the argument must be text, got " +
                              std::string(value_kind_en(args[i].v.kind())) + " " + args[i].shown});
    };
    auto record_arg = [&](std::size_t i) -> const json_value* {
        if (const auto* r = std::get_if<const json_value*>(&args[i].v.data);
            r != nullptr && (*r)->object() != nullptr) {
            return *r;
        }
        fail(*e.args[i], {"参数须为记录，实际为" + std::string(value_kind_zh(args[i].v.kind())) +
                              " " + args[i].shown,
                          "the argument must be a record, got " +
                              std::string(value_kind_en(args[i].v.kind())) + " " + args[i].shown});
    };
    auto items_of = [&](std::size_t i) -> const value_list& {
        if (const auto* l = std::get_if<std::shared_ptr<const value_list>>(&args[i].v.data)) {
            return **l;
        }
        fail(*e.args[i],
             {"参数须为列表，实际为" + std::string(value_kind_zh(args[i].v.kind())),
              "the argument must be a list, got " + std::string(value_kind_en(args[i].v.kind()))});
    };
    switch (b.id) {
    case builtin_id::min:
    case builtin_id::max: {
        const std::vector<value>& vs = items();
        work(vs.size(), e);
        if (vs.empty()) {
            fail(e, {"「" + std::string(b.zh) + "」的列表为空",
                     "'" + std::string(b.en) + "' of an empty list"});
        }
        quantity best{};
        for (std::size_t i = 0; i < vs.size(); ++i) {
            quantity q = number_of({vs[i], shown_of(vs[i])}, e, "参数", "each argument");
            int c = i == 0 ? 0 : compare(q, best, e);
            if (i == 0 || (b.id == builtin_id::min ? c < 0 : c > 0)) {
                best = q;
            }
        }
        return {value::number(best.value, best.unit), std::move(call_shown)};
    }
    case builtin_id::sum: {
        quantity total{decimal{}, unit{}};
        bool first = true;
        const std::vector<value>& vs = items();
        work(vs.size(), e);
        for (const value& v : vs) {
            quantity q = number_of({v, shown_of(v)}, e, "求和的每一项", "each summed item");
            if (first) {
                total = q;
                first = false;
                continue;
            }
            if (auto m = units.mismatch(total.unit, q.unit)) {
                fail(e, *m);
            }
            total.value = total.value + units.convert(q.value, q.unit, total.unit);
        }
        return {value::number(total.value, total.unit), std::move(call_shown)};
    }
    case builtin_id::count:
        return {value::number(decimal::from_int(static_cast<std::int64_t>(items().size()))),
                std::move(call_shown)};
    case builtin_id::all:
    case builtin_id::any: {
        bool want_all = b.id == builtin_id::all;
        for (const value& v : items()) {
            work(1, e);
            bool x = boolean_of({v, shown_of(v)}, e);
            if (x != want_all) {
                return {value::boolean(!want_all), std::move(call_shown)};
            }
        }
        return {value::boolean(want_all), std::move(call_shown)};
    }
    case builtin_id::abs: {
        quantity q = number_arg(0);
        return {value::number(q.value.sign() < 0 ? -q.value : q.value, q.unit),
                std::move(call_shown)};
    }
    case builtin_id::round_half_up:
    case builtin_id::round_half_even:
    case builtin_id::truncate:
    case builtin_id::round_up: {
        quantity q = number_arg(0);
        quantity places = number_arg(1);
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
    case builtin_id::target_of:
    case builtin_id::actual_of: {
        const std::string* text = args[0].v.text_if();
        if (text == nullptr) {
            fail(*e.args[0], {"「" + std::string(b.zh) + "」的参数须为文本，实际为" +
                                  value_kind_zh(args[0].v.kind()) + " " + args[0].shown,
                              "'" + std::string(b.en) + "' needs text, got " +
                                  value_kind_en(args[0].v.kind()) + " " + args[0].shown});
        }
        text_work(text->size(), e);
        target_context ctx;
        ctx.actual = b.id == builtin_id::actual_of;
        if (args.size() > 1 && args[1].v.kind() != value_kind::nothing) {
            // How a bare number reads is the pack's to say (its 读法 of the
            // indicator's category), by name.
            const std::string* name = args[1].v.text_if();
            std::optional<bare_reading> r = name ? reading_named(*name) : std::nullopt;
            if (!r) {
                fail(*e.args[1],
                     {"「指标值」的第二个参数是读法：上限、下限或时效，却是 " + args[1].shown +
                          "（按二级指标选读法是规则包的事，如全国规则包的 读法(指标.二级指标)）",
                      "the second argument of 指标值 (target) is a reading: 上限, 下限 or 时效 "
                      "(upper, lower, timely), got " +
                          args[1].shown +
                          " (a pack chooses the reading from the category, as the national "
                          "pack's 读法(指标.二级指标) does)"});
            }
            ctx.reading = *r;
        }
        try {
            std::shared_ptr<const target> t = read_target(*text, ctx);
            if (readings_ != nullptr) {
                noticed(*t, ctx.actual);
            }
            if (ctx.actual) {
                if (const auto* c = std::get_if<comparison_form>(&t->form)) {
                    value v = value::number(c->value.q.value, c->value.q.unit);
                    return {v, shown_of(v)};
                }
            }
            return {value{t}, args[0].shown};
        } catch (const diagnostic_error& err) {
            fail(e, {"无法读取 " + args[0].shown + "：" + err.diag().text.zh,
                     "cannot read " + args[0].shown + ": " + err.diag().text.en});
        }
    }
    case builtin_id::direction: {
        const auto* t = std::get_if<std::shared_ptr<const target>>(&args[0].v.data);
        if (t == nullptr) {
            fail(*e.args[0],
                 {"「方向」的参数须为指标值，实际为" +
                      std::string(value_kind_zh(args[0].v.kind())) + " " + args[0].shown,
                  "'direction' needs a target, got " +
                      std::string(value_kind_en(args[0].v.kind())) + " " + args[0].shown});
        }
        return {value::text_of(direction_name(**t)), std::move(call_shown)};
    }
    case builtin_id::target_number: {
        const auto* t = std::get_if<std::shared_ptr<const target>>(&args[0].v.data);
        const comparison_form* c =
            t == nullptr ? nullptr : std::get_if<comparison_form>(&(*t)->form);
        if (c == nullptr) {
            fail(*e.args[0],
                 {"「目标数」的参数须为比较型指标值（如 ≥90%），实际为 " + args[0].shown,
                  "'target_number' needs a comparison target such as ≥90%, got " + args[0].shown});
        }
        value v = value::number(c->value.q.value, c->value.q.unit);
        return {v, shown_of(v)};
    }
    case builtin_id::convert: {
        quantity q = number_arg(0);
        const std::string* to = args[1].v.text_if();
        unit_text_error err;
        auto u = to == nullptr ? std::nullopt : units.parse(*to, err);
        if (!u) {
            fail(*e.args[1], {"未知的单位 " + args[1].shown, "unknown unit " + args[1].shown});
        }
        if (auto m = units.mismatch(q.unit, u->unit)) {
            fail(e, *m);
        }
        // 换算(x, "万元"): the magnitude stays in the unit, so 45.12 reads as 万元.
        unit target_unit = u->unit;
        int exponent = 0;
        decimal m = u->magnitude;
        while (m > decimal::from_int(1) && (m / decimal::from_int(10)).is_integer()) {
            m = m / decimal::from_int(10);
            ++exponent;
        }
        if (m != decimal::from_int(1) || exponent > 30) {
            fail(*e.args[1],
                 {"只能换算到十的整数次幂的量级，如 万元", "can only convert to a "
                                                           "power-of-ten magnitude such as 万元"});
        }
        target_unit.pow10 = static_cast<std::int8_t>(exponent);
        decimal v = units.convert(q.value, q.unit, target_unit);
        value rv = value::number(v, target_unit);
        return {rv, explain_ ? call_shown + " = " + show(rv, units) : std::string()};
    }
    case builtin_id::present:
        return {value::boolean(args[0].v.kind() != value_kind::nothing), std::move(call_shown)};
    case builtin_id::ratio: {
        quantity x = number_arg(0);
        quantity y = number_arg(1);
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
    case builtin_id::lower_bound:
    case builtin_id::upper_bound: {
        const auto* t = std::get_if<std::shared_ptr<const target>>(&args[0].v.data);
        const range_form* r = t == nullptr ? nullptr : std::get_if<range_form>(&(*t)->form);
        if (r == nullptr) {
            fail(*e.args[0],
                 {"「" + std::string(b.zh) + "」的参数须为区间指标值，实际为 " + args[0].shown,
                  "'" + std::string(b.en) + "' needs a range target, got " + args[0].shown});
        }
        const read_quantity& q = b.id == builtin_id::lower_bound ? r->low : r->high;
        value v = value::number(q.q.value, q.q.unit);
        return {v, shown_of(v)};
    }
    case builtin_id::nothing:
        return {value{}, "空"};
    case builtin_id::get: {
        const json_value* rec = record_arg(0);
        const std::string& key = text_arg(1);
        const json_value* field = rec->find(key);
        if (field == nullptr) {
            fail(*e.args[1], {"记录「" + args[0].shown + "」没有字段「" + key + "」（现有：" +
                                  field_names(*rec, "、") + "）",
                              "the record '" + args[0].shown + "' has no field '" + key +
                                  "' (it has: " + field_names(*rec, ", ") + ")"});
        }
        if (field->number() != nullptr) {
            read_figure(field);
        }
        value v = from_json(*field, e);
        if (v.kind() == value_kind::record || v.kind() == value_kind::list) {
            return {std::move(v), args[0].shown + "." + key};
        }
        return {v, shown_of(v)};
    }
    case builtin_id::has:
        return {value::boolean(record_arg(0)->find(text_arg(1)) != nullptr), std::move(call_shown)};
    case builtin_id::keys: {
        const json_object& members = *record_arg(0)->object();
        work(members.size(), e);
        charge(members.size() * sizeof(value), e);
        value_list names;
        names.reserve(members.size());
        for (const auto& [k, v] : members) {
            names.push_back(value::text_of(k));
        }
        return {value::list(std::move(names)), std::move(call_shown)};
    }
    case builtin_id::find: {
        const std::string& key = text_arg(1);
        std::string seen_zh, seen_en;
        for (const value& item : items_of(0)) {
            work(1, e);
            const auto* rec = std::get_if<const json_value*>(&item.data);
            const json_value* field = rec == nullptr ? nullptr : (*rec)->find(key);
            if (field == nullptr) {
                continue;
            }
            value v = from_json(*field, e);
            if (equal(v, args[2].v, e)) {
                return {item, args[0].shown + "[" + key + "=" + args[2].shown + "]"};
            }
            std::string shown = show(v, units);
            seen_zh += (seen_zh.empty() ? "" : "、") + shown;
            seen_en += (seen_en.empty() ? "" : ", ") + shown;
        }
        const auto* text = args[2].v.text_if();
        std::string zh = text != nullptr ? "「" + *text + "」" : " " + args[2].shown + " ";
        std::string en = text != nullptr ? "'" + *text + "'" : args[2].shown;
        fail(*e.args[2], {"没有「" + key + "」为" + zh + "的项（现有：" + seen_zh + "）",
                          "no item has '" + key + "' = " + en + " (there are: " + seen_en + ")"});
    }
    case builtin_id::starts_with:
        text_work(text_arg(1).size(), e);
        return {value::boolean(text_arg(0).starts_with(text_arg(1))), std::move(call_shown)};
    case builtin_id::ends_with:
        text_work(text_arg(1).size(), e);
        return {value::boolean(text_arg(0).ends_with(text_arg(1))), std::move(call_shown)};
    case builtin_id::join: {
        std::string out;
        bool first = true;
        for (const value& v : items_of(0)) {
            work(1, e);
            const std::string* t = v.text_if();
            out += (first ? "" : text_arg(1)) + (t != nullptr ? *t : show(v, units));
            first = false;
            if (out.size() > limits_.max_text) {
                charge_text(out.size(), e);
            }
        }
        charge_text(out.size(), e);
        return {value::text(out), std::move(call_shown)};
    }
    case builtin_id::first: {
        const value_list& l = items_of(0);
        if (l.empty()) {
            fail(*e.args[0], {"「第一」的列表为空", "'first' of an empty list"});
        }
        return {l.front(), shown_of(l.front())};
    }
    case builtin_id::length:
        text_work(text_arg(0).size(), e);
        return {
            value::number(decimal::from_int(static_cast<std::int64_t>(utf8::length(text_arg(0))))),
            std::move(call_shown)};
    case builtin_id::places:
        return {value::number(decimal::from_int(number_arg(0).value.places())),
                std::move(call_shown)};
    case builtin_id::last_unit: {
        quantity q = number_arg(0);
        int places = std::min(q.value.places(), max_round_places);
        return {value::number(decimal::from_scaled(1, places), q.unit), std::move(call_shown)};
    }
    case builtin_id::to_text: {
        // A text is itself: not copied (an input field may hold megabytes).
        value v =
            args[0].v.kind() == value_kind::text ? args[0].v : value::text(show(args[0].v, units));
        return {v, std::move(call_shown)};
    }
    case builtin_id::number_of: {
        if (args[0].v.kind() == value_kind::number) {
            return {args[0].v, args[0].shown};
        }
        const std::string* text = args[0].v.text_if();
        if (text != nullptr) {
            try {
                value v = value::number(parse_decimal(*text));
                return {v, shown_of(v)};
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
    case builtin_id::raise: {
        std::string text = show(args[0].v, units);
        fail(e, {text, text});
    }
    case builtin_id::tier: {
        const auto* t = std::get_if<std::shared_ptr<const target>>(&args[0].v.data);
        const tier_form* tf = t == nullptr ? nullptr : std::get_if<tier_form>(&(*t)->form);
        if (tf == nullptr) {
            return {value{}, explain_ ? call_shown + " = 空" : std::string()};
        }
        static const std::string names[] = {"达成", "部分达成", "未达成"};
        const std::string& name = names[tf->level == tier_level::achieved  ? 0
                                        : tf->level == tier_level::partial ? 1
                                                                           : 2];
        return {value::text_of(name), explain_ ? call_shown + " = " + name : std::string()};
    }
    }
    fail(e, {"未知的内置函数", "unknown built-in"});
}

} // namespace jixiao::jx
