// The evaluator's operators: arithmetic with units, comparisons, 满足 and
// 且 / 或, each explained as the formula with its operands' values
// substituted ("7 × 151人 / 400人 = 2.6425"), parenthesized where the tree
// needs it. The value path's own cases for comparisons and 且 / 或 are in
// evaluate_unexplained.cpp.
#include "lang/evaluate.hpp"

#include "lang/precedence.hpp"
#include "units/unit_algebra.hpp"
#include "units/unit_registry.hpp"

namespace jixiao::jx {

namespace {

const char* op_zh(binary_op op) {
    return binary_op_symbol(op);
}

// "a op b" with each operand's substituted text, parenthesized where the tree
// needs it so the explanation reads as the formula computes: (a + b) × c,
// a - (b - c). Built in one string: explanations are most of what
// explaining costs.
std::string binary_shown(const explained& a, const char* op, const explained& b,
                         const expr& parent) {
    bool wrap_a = needs_parentheses(*parent.args[0], a.prec, parent, false);
    bool wrap_b = needs_parentheses(*parent.args[1], b.prec, parent, true);
    std::string s;
    s.reserve(a.shown.size() + b.shown.size() + 12);
    if (wrap_a) {
        s += '(';
    }
    s += a.shown;
    s += wrap_a ? ") " : " ";
    s += op;
    s += wrap_b ? " (" : " ";
    s += b.shown;
    if (wrap_b) {
        s += ')';
    }
    return s;
}

} // namespace

explained evaluator::eval_binary(const expr& e, frame& f) {
    const unit_registry& units = *p_.units;
    binary_op op = e.op;
    if (op == binary_op::and_ || op == binary_op::or_) {
        explained a = operand(*e.args[0], f);
        bool av = boolean_of(a, *e.args[0]);
        if (av == (op == binary_op::or_)) {
            return {value::boolean(av), a.shown};
        }
        explained b = operand(*e.args[1], f);
        bool bv = boolean_of(b, *e.args[1]);
        if (!explain_) {
            return {value::boolean(bv), {}};
        }
        return {value::boolean(bv), binary_shown(a, op == binary_op::and_ ? "且" : "或", b, e)};
    }
    explained a = operand(*e.args[0], f);
    explained b = operand(*e.args[1], f);
    std::string shown = explain_ ? binary_shown(a, op_zh(op), b, e) : std::string();
    switch (op) {
    case binary_op::eq:
        return {value::boolean(equal(a.v, b.v, e)), std::move(shown)};
    case binary_op::ne:
        return {value::boolean(!equal(a.v, b.v, e)), std::move(shown)};
    case binary_op::meets:
        return {value::boolean(meets(a.v, b.v, e)), std::move(shown)};
    case binary_op::lt:
    case binary_op::le:
    case binary_op::gt:
    case binary_op::ge: {
        // Sequenced: the left side is checked first (argument order is unspecified).
        quantity left = number_of(a, *e.args[0], "比较的左边", "the left side of a comparison");
        quantity right = number_of(b, *e.args[1], "比较的右边", "the right side of a comparison");
        return {value::boolean(holds(op, compare(left, right, e))), std::move(shown)};
    }
    default:
        break;
    }
    // "档次：" + 档: text joins text.
    if (op == binary_op::add && a.v.kind() == value_kind::text && b.v.kind() == value_kind::text) {
        const auto& x = *a.v.text_if();
        const auto& y = *b.v.text_if();
        charge_text(x.size() + y.size(), e);
        return {value::text(x + y), std::move(shown)};
    }
    // 上级(…) + ["另一标记"]: a list joins a list (a pack adds to what it inherits).
    if (op == binary_op::add) {
        const auto* x = std::get_if<std::shared_ptr<const value_list>>(&a.v.data);
        const auto* y = std::get_if<std::shared_ptr<const value_list>>(&b.v.data);
        if (x != nullptr && y != nullptr) {
            std::size_t n = (*x)->size() + (*y)->size();
            if (n > limits_.max_list) {
                fail(e, {"列表超过 " + std::to_string(limits_.max_list) + " 项",
                         "list longer than " + std::to_string(limits_.max_list) + " items"});
            }
            work(n, e);
            value_list out;
            out.reserve(n);
            std::uint64_t bytes = 0;
            for (const auto* l : {x, y}) {
                for (const value& item : **l) {
                    out.push_back(item);
                    const auto* text = item.text_if();
                    bytes += sizeof(value) + (text != nullptr ? text->size() : 0);
                }
            }
            charge(bytes, e);
            value v = value::list(std::move(out));
            return {v, explain_ ? shown + " = " + show(v, units) : std::string()};
        }
    }
    quantity x = number_of(a, *e.args[0], "运算的左边", "the left operand");
    quantity y = number_of(b, *e.args[1], "运算的右边", "the right operand");
    try {
        if (op == binary_op::add || op == binary_op::sub) {
            bool zero =
                (x.unit.empty() && x.value.is_zero()) || (y.unit.empty() && y.value.is_zero());
            if (zero) {
                (x.unit.empty() ? x.unit : y.unit) = x.unit.empty() ? y.unit : x.unit;
            }
            if (!units.comparable(x.unit, y.unit)) {
                auto name = [&](const unit& u) { return u.empty() ? "无单位" : units.name(u); };
                auto name_en = [&](const unit& u) { return u.empty() ? "no unit" : units.name(u); };
                fail(e,
                     {"单位「" + name(x.unit) + "」与「" + name(y.unit) + "」量纲不同，不能相加减",
                      "cannot add or subtract " + name_en(x.unit) + " and " + name_en(y.unit) +
                          ": they measure different things"});
            }
            decimal yv = units.convert(y.value, y.unit, x.unit);
            // A plain number plus a percentage is a plain number.
            unit u = x.unit;
            decimal xv = x.value;
            if (x.unit.empty() != y.unit.empty()) {
                xv = units.convert(x.value, x.unit, unit{});
                yv = units.convert(y.value, y.unit, unit{});
                u = unit{};
            }
            decimal r = op == binary_op::add ? xv + yv : xv - yv;
            return {value::number(r, u), std::move(shown)};
        }
        // × and ÷: dimensionless factors (%, ‰) become plain numbers first.
        auto plain = [&](quantity q) {
            if (!q.unit.empty() && units.dimension_of(q.unit).powers.empty()) {
                return quantity{units.convert(q.value, q.unit, unit{}), unit{}};
            }
            return q;
        };
        x = plain(x);
        y = plain(y);
        if (op == binary_op::div && y.value.is_zero()) {
            const module& m = *current_.back()->owner;
            std::string divisor = m.source.substr(e.args[1]->where.offset, e.args[1]->where.length);
            fail(*e.args[1], {"除数为零：" + divisor + " 的值为 0",
                              "division by zero: the divisor " + divisor + " is 0"});
        }
        std::optional<unit> u = combine(x.unit, y.unit, op == binary_op::mul ? 1 : -1);
        if (!u) {
            fail(e, {"复合单位过于复杂（最多 " + std::to_string(unit::max_factors) +
                         " 个单位，每个最多 " + std::to_string(unit::max_power) + " 次）",
                     "the compound unit is too complex (at most " +
                         std::to_string(unit::max_factors) + " parts, each to a power of at most " +
                         std::to_string(unit::max_power) + ")"});
        }
        decimal r = op == binary_op::mul ? x.value * y.value : x.value / y.value;
        // 人 ÷ 人 cancels; 万元 ÷ 元 leaves a factor to fold in.
        if (!u->empty() && units.dimension_of(*u).powers.empty()) {
            r = units.convert(r, *u, unit{});
            u = unit{};
        }
        return {value::number(r, *u), std::move(shown)};
    } catch (const number_error& err) {
        fail(e, {err.zh(), err.what()});
    }
}

} // namespace jixiao::jx
