// What every pass and every host of a program shares: positions in a
// module, the name of a declaration in messages, and finding a definition by
// name (the one in force: an overridden definition is passed over).
#include "lang/program.hpp"

namespace jixiao::jx {
namespace {

const char* kind_zh(decl_kind k) {
    switch (k) {
    case decl_kind::param:
        return "参数";
    case decl_kind::function:
        return "函数";
    case decl_kind::rule:
        return "规则";
    case decl_kind::grade:
        return "等级";
    case decl_kind::check:
        return "核对";
    }
    return "?";
}

const char* kind_en(decl_kind k) {
    switch (k) {
    case decl_kind::param:
        return "param";
    case decl_kind::function:
        return "fn";
    case decl_kind::rule:
        return "rule";
    case decl_kind::grade:
        return "grade";
    case decl_kind::check:
        return "check";
    }
    return "?";
}

} // namespace

diagnostic diagnose_at(severity level, message text, const module& m, span where) {
    return diagnose(level, std::move(text), m.file, m.source, where.offset, where.length);
}

std::string describe(const declaration& d, lang l) {
    return l == lang::zh ? std::string(kind_zh(d.kind)) + "「" + d.name + "」"
                         : std::string(kind_en(d.kind)) + " '" + d.name + "'";
}

namespace {

std::optional<std::uint32_t> named(const std::vector<const declaration*>& table,
                                   std::string_view name) {
    for (std::uint32_t i = 0; i < table.size(); ++i) {
        if (table[i]->name == name && !table[i]->superseded) {
            return i;
        }
    }
    return std::nullopt;
}

} // namespace

std::optional<std::uint32_t> rule_named(const program& p, std::string_view name) {
    return named(p.rules, name);
}

std::optional<std::uint32_t> function_named(const program& p, std::string_view name,
                                            std::optional<std::size_t> arity) {
    auto i = named(p.functions, name);
    return i && (!arity || p.functions[*i]->params.size() == *arity) ? i : std::nullopt;
}

} // namespace jixiao::jx
