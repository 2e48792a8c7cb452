// 内置函数 · 记录：取值、有字段、字段名. The evaluation and the explanation of each; the signatures
// are the family's rows of the table in builtins.cpp.
#include "lang/builtin_call.hpp"

#include "number/decimal_parse.hpp"
#include "text/utf8.hpp"
#include "units/unit_registry.hpp"

namespace jixiao::jx {
namespace {

std::string field_names(const json_value& record, const char* separator) {
    std::string names;
    for (const auto& [k, v] : *record.object()) {
        names += (names.empty() ? "" : separator) + k;
    }
    return names;
}

} // namespace

explained evaluator::builtins_records(builtin_call& call) {
    [[maybe_unused]] const unit_registry& units = *p_.units;
    const expr& e = call.e;
    const builtin& b = call.b;
    [[maybe_unused]] auto& args = call.args;
    [[maybe_unused]] auto call_shown = [&call] { return call.call_text(); };
    switch (b.id) {
    case builtin_id::get: {
        const json_value* rec = call.record_arg(0);
        const std::string& key = call.text_arg(1);
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
        return {v, call.shown_of(v)};
    }
    case builtin_id::has:
        return {value::boolean(call.record_arg(0)->find(call.text_arg(1)) != nullptr),
                call_shown()};
    case builtin_id::keys: {
        const json_object& members = *call.record_arg(0)->object();
        work(members.size(), e);
        charge(members.size() * sizeof(value), e);
        value_list names;
        names.reserve(members.size());
        for (const auto& [k, v] : members) {
            names.push_back(value::text_of(k));
        }
        return {value::list(std::move(names)), call_shown()};
    }
    default:
        break;
    }
    call.not_in_family();
}

} // namespace jixiao::jx
