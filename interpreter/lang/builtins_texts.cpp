// 内置函数 · 文本：开头为、结尾为、连接、长度、文本. The evaluation and the explanation of each;
// the signatures are the family's rows of the table in builtins.cpp.
#include "lang/builtin_call.hpp"

#include "number/decimal_parse.hpp"
#include "text/utf8.hpp"
#include "units/unit_registry.hpp"

namespace jixiao::jx {

explained evaluator::builtins_texts(builtin_call& call) {
    [[maybe_unused]] const unit_registry& units = *p_.units;
    const expr& e = call.e;
    const builtin& b = call.b;
    [[maybe_unused]] auto& args = call.args;
    [[maybe_unused]] auto call_shown = [&call] { return call.call_text(); };
    switch (b.id) {
    case builtin_id::starts_with:
        text_work(call.text_arg(1).size(), e);
        return {value::boolean(call.text_arg(0).starts_with(call.text_arg(1))), call_shown()};
    case builtin_id::ends_with:
        text_work(call.text_arg(1).size(), e);
        return {value::boolean(call.text_arg(0).ends_with(call.text_arg(1))), call_shown()};
    case builtin_id::join: {
        std::string out;
        bool first = true;
        for (const value& v : call.items_of(0)) {
            work(1, e);
            const std::string* t = v.text_if();
            out += (first ? "" : call.text_arg(1)) + (t != nullptr ? *t : show(v, units));
            first = false;
            if (out.size() > limits_.max_text) {
                charge_text(out.size(), e);
            }
        }
        charge_text(out.size(), e);
        return {value::text(out), call_shown()};
    }
    case builtin_id::length:
        text_work(call.text_arg(0).size(), e);
        return {value::number(
                    decimal::from_int(static_cast<std::int64_t>(utf8::length(call.text_arg(0))))),
                call_shown()};
    case builtin_id::to_text: {
        // A text is itself: not copied (an input field may hold megabytes).
        value v =
            args[0].v.kind() == value_kind::text ? args[0].v : value::text(show(args[0].v, units));
        return {v, call_shown()};
    }
    default:
        break;
    }
    call.not_in_family();
}

} // namespace jixiao::jx
