// 内置函数 · 值：有值、空值、错误. The evaluation and the explanation of each; the signatures
// are the family's rows of the table in builtins.cpp.
#include "lang/builtin_call.hpp"

#include "number/decimal_parse.hpp"
#include "text/utf8.hpp"
#include "units/unit_registry.hpp"

namespace jixiao::jx {

explained evaluator::builtins_values(builtin_call& call) {
    [[maybe_unused]] const unit_registry& units = *p_.units;
    const expr& e = call.e;
    const builtin& b = call.b;
    [[maybe_unused]] auto& args = call.args;
    [[maybe_unused]] auto call_shown = [&call] { return call.call_text(); };
    switch (b.id) {
    case builtin_id::present:
        return {value::boolean(args[0].v.kind() != value_kind::nothing), call_shown()};
    case builtin_id::nothing:
        return {value{}, "空"};
    case builtin_id::raise: {
        std::string text = show(args[0].v, units);
        fail(e, {text, text});
    }
    default:
        break;
    }
    call.not_in_family();
}

} // namespace jixiao::jx
