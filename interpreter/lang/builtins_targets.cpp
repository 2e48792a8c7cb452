// 内置函数 · 指标值：读取、方向、目标数、换算、档次、区间的上下限. The evaluation and the
// explanation of each; the signatures are the family's rows of the table in builtins.cpp.
#include "lang/builtin_call.hpp"

#include "number/decimal_parse.hpp"
#include "text/utf8.hpp"
#include "units/unit_registry.hpp"

namespace jixiao::jx {
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

const std::string* tier_word(const target& t) {
    static const std::string names[] = {"达成", "部分达成", "未达成"};
    const auto* tf = std::get_if<tier_form>(&t.form);
    if (tf == nullptr) {
        return nullptr;
    }
    return &names[tf->level == tier_level::achieved ? 0 : tf->level == tier_level::partial ? 1 : 2];
}

explained evaluator::builtins_targets(builtin_call& call) {
    [[maybe_unused]] const unit_registry& units = *p_.units;
    const expr& e = call.e;
    const builtin& b = call.b;
    [[maybe_unused]] auto& args = call.args;
    [[maybe_unused]] auto call_shown = [&call] { return call.call_text(); };
    switch (b.id) {
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
                    return {v, call.shown_of(v)};
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
        return {value::text_of(direction_name(**t)), call_shown()};
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
        return {v, call.shown_of(v)};
    }
    case builtin_id::convert: {
        quantity q = call.number_arg(0);
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
        return {rv, explain_ ? call_shown() + " = " + show(rv, units) : std::string()};
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
        return {v, call.shown_of(v)};
    }
    case builtin_id::tier: {
        const auto* t = std::get_if<std::shared_ptr<const target>>(&args[0].v.data);
        const std::string* name = t == nullptr ? nullptr : tier_word(**t);
        if (name == nullptr) {
            return {value{}, explain_ ? call_shown() + " = 空" : std::string()};
        }
        return {value::text_of(*name), explain_ ? call_shown() + " = " + *name : std::string()};
    }

    default:
        break;
    }
    call.not_in_family();
}

} // namespace jixiao::jx
