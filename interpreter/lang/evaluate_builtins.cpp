// The built-in functions: evaluating a call's arguments, then the family that
// evaluates and explains it (lang/builtins_<family>.cpp); 满足 and reading
// 指标值 texts are in evaluate_targets.cpp.
#include "lang/builtin_call.hpp"
#include "lang/precedence.hpp"

#include "units/unit_registry.hpp"

#include <span>

namespace jixiao::jx {
namespace {

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
    const builtin& b = builtins()[e.ref.index];
    // 有值(记录.字段) is false for a field the record does not have at all.
    if (b.id == builtin_id::present && e.args[0]->kind == expr_kind::field) {
        explained base = operand(*e.args[0]->args[0], f);
        const auto* rec = std::get_if<const json_value*>(&base.v.data);
        if (rec != nullptr && (*rec)->find(e.args[0]->name) == nullptr) {
            return {value::boolean(false), "有值(" + base.shown + "." + e.args[0]->name + ") = 假"};
        }
    }
    // 小数位数 and 末位 read how a figure was printed, not its value: the
    // figure is not part of the result's provenance.
    bool reads_precision = b.id == builtin_id::places || b.id == builtin_id::last_unit;
    builtin_call call(*this, e, b);
    for (const auto& a : e.args) {
        call.args.push_back(reads_precision ? eval_untraced(*a, f) : operand(*a, f));
    }
    switch (b.family) {
    case builtin_family::numbers:
        return builtins_numbers(call);
    case builtin_family::lists:
        return builtins_lists(call);
    case builtin_family::targets:
        return builtins_targets(call);
    case builtin_family::records:
        return builtins_records(call);
    case builtin_family::texts:
        return builtins_texts(call);
    case builtin_family::values:
        return builtins_values(call);
    }
    fail(e, {"未知的内置函数", "unknown built-in"});
}

void builtin_call::not_in_family() const {
    ev.fail(e, {"「" + std::string(b.zh) + "」不属于这一类内置函数",
                "'" + std::string(b.en) + "' is not of this family of built-ins"});
}

std::string builtin_call::call_text() const {
    return ev.explain_ ? jx::call_text(b.zh, {args.data(), args.size()}) : std::string();
}

std::string builtin_call::shown_of(const value& v) const {
    return ev.explain_ ? show_within(v, *ev.p_.units) : std::string();
}

const std::vector<value>& builtin_call::items() {
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
}

quantity builtin_call::number_arg(std::size_t i) {
    return ev.number_of(args[i], *e.args[i], "参数", "the argument");
}

const std::string& builtin_call::text_arg(std::size_t i) {
    if (const auto* t = args[i].v.text_if()) {
        return *t;
    }
    ev.fail(*e.args[i], {"参数须为文本，实际为" + std::string(value_kind_zh(args[i].v.kind())) +
                             " " + args[i].shown,
                         "the argument must be text, got " +
                             std::string(value_kind_en(args[i].v.kind())) + " " + args[i].shown});
}

const json_value* builtin_call::record_arg(std::size_t i) {
    if (const auto* r = std::get_if<const json_value*>(&args[i].v.data);
        r != nullptr && (*r)->object() != nullptr) {
        return *r;
    }
    ev.fail(*e.args[i], {"参数须为记录，实际为" + std::string(value_kind_zh(args[i].v.kind())) +
                             " " + args[i].shown,
                         "the argument must be a record, got " +
                             std::string(value_kind_en(args[i].v.kind())) + " " + args[i].shown});
}

const value_list& builtin_call::items_of(std::size_t i) {
    if (const auto* l = std::get_if<std::shared_ptr<const value_list>>(&args[i].v.data)) {
        return **l;
    }
    ev.fail(*e.args[i],
            {"参数须为列表，实际为" + std::string(value_kind_zh(args[i].v.kind())),
             "the argument must be a list, got " + std::string(value_kind_en(args[i].v.kind()))});
}

} // namespace jixiao::jx
