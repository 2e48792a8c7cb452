// 内置函数 · 列表：求和、计数、全部、任一、第一、查找. The evaluation and the explanation of each;
// the signatures are the family's rows of the table in builtins.cpp.
#include "lang/builtin_call.hpp"

#include "number/decimal_parse.hpp"
#include "text/utf8.hpp"
#include "units/unit_registry.hpp"

namespace jixiao::jx {

explained evaluator::builtins_lists(builtin_call& call) {
    [[maybe_unused]] const unit_registry& units = *p_.units;
    const expr& e = call.e;
    const builtin& b = call.b;
    [[maybe_unused]] auto& args = call.args;
    [[maybe_unused]] auto call_shown = [&call] { return call.call_text(); };
    switch (b.id) {
    case builtin_id::sum: {
        quantity total{decimal{}, unit{}};
        bool first = true;
        const std::vector<value>& vs = call.items();
        work(vs.size(), e);
        for (const value& v : vs) {
            quantity q = number_of({v, call.shown_of(v)}, e, "求和的每一项", "each summed item");
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
        return {value::number(total.value, total.unit), call_shown()};
    }
    case builtin_id::count:
        return {value::number(decimal::from_int(static_cast<std::int64_t>(call.items().size()))),
                call_shown()};
    case builtin_id::all:
    case builtin_id::any: {
        bool want_all = b.id == builtin_id::all;
        for (const value& v : call.items()) {
            work(1, e);
            bool x = boolean_of({v, call.shown_of(v)}, e);
            if (x != want_all) {
                return {value::boolean(!want_all), call_shown()};
            }
        }
        return {value::boolean(want_all), call_shown()};
    }
    case builtin_id::find: {
        const std::string& key = call.text_arg(1);
        std::string seen_zh, seen_en;
        for (const value& item : call.items_of(0)) {
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
    case builtin_id::first: {
        const value_list& l = call.items_of(0);
        if (l.empty()) {
            fail(*e.args[0], {"「第一」的列表为空", "'first' of an empty list"});
        }
        return {l.front(), call.shown_of(l.front())};
    }
    default:
        break;
    }
    call.not_in_family();
}

} // namespace jixiao::jx
