// Analysis pass 5 (warnings): parameters, functions and grades that nothing
// uses, and match arms that can never be chosen.
#include "lang/program.hpp"

#include <set>

namespace jixiao::jx {
namespace {

void mark(const expr& e, std::set<std::pair<binding_kind, std::uint32_t>>& used) {
    for_each_reference(e, [&](binding_kind k, std::uint32_t i) { used.emplace(k, i); });
}

// A literal pattern's identity, for spotting duplicates.
std::string literal_key(const expr& e) {
    switch (e.kind) {
    case expr_kind::number:
        return "n:" + e.number.to_fraction_string() + ":" + std::to_string(e.unit.count);
    case expr_kind::text:
        return "t:" + e.text;
    case expr_kind::boolean:
        return "b:" + e.number.to_string();
    default:
        return {};
    }
}

void check_arms(const expr& e, const module& m, std::vector<diagnostic>& warnings) {
    if (e.kind == expr_kind::match) {
        std::set<std::string> seen;
        bool after_otherwise = false;
        for (const auto& arm : e.arms) {
            if (after_otherwise) {
                warnings.push_back(diagnose_at(
                    severity::warning,
                    {"此分支永远不会被选中：前面的「其他」已匹配所有值",
                     "this arm is never chosen: the 其他 (otherwise) arm before it matches "
                     "everything"},
                    m, arm.where));
                continue;
            }
            if (!arm.pattern) {
                after_otherwise = true;
                continue;
            }
            std::string key = literal_key(*arm.pattern);
            if (!key.empty() && !seen.insert(key).second) {
                warnings.push_back(
                    diagnose_at(severity::warning,
                                {"此分支永远不会被选中：前面已有相同的模式",
                                 "this arm is never chosen: an earlier arm has the same pattern"},
                                m, arm.where));
            }
        }
    }
    for (const auto& a : e.args) {
        if (a) {
            check_arms(*a, m, warnings);
        }
    }
    for (const auto& arm : e.arms) {
        check_arms(*arm.result, m, warnings);
    }
}

} // namespace

void check_unused(program& p) {
    std::set<std::pair<binding_kind, std::uint32_t>> used;
    for (const auto& m : p.modules) {
        for (const auto& d : m->decls) {
            for_each_decl_expr(d, [&](const expr& e) {
                mark(e, used);
                check_arms(e, *m, p.warnings);
            });
        }
    }
    auto report = [&](binding_kind k, const std::vector<const declaration*>& t) {
        for (std::uint32_t i = 0; i < t.size(); ++i) {
            // A definition of a pack that others extend is used by them; an
            // override is used wherever what it replaces was (by the engine too).
            if (!used.count({k, i}) && t[i]->owner == p.modules.back().get() &&
                !t[i]->is_override) {
                p.warnings.push_back(diagnose_at(severity::warning,
                                                 {describe(*t[i], lang::zh) + "未被使用",
                                                  describe(*t[i], lang::en) + " is never used"},
                                                 *t[i]->owner, t[i]->name_where));
            }
        }
    };
    report(binding_kind::param, p.params);
    report(binding_kind::function, p.functions);
    report(binding_kind::grade, p.grades);
}

} // namespace jixiao::jx
