// Analysis pass 2: no definition may depend on itself, directly or through
// others. Functions cannot recurse (PRODUCT.md §8), and a rule or parameter
// defined in terms of itself has no value.
#include "lang/program.hpp"

#include <algorithm>
#include <functional>
#include <map>

namespace jixiao::jx {
namespace {

using node_id = std::pair<binding_kind, std::uint32_t>;

const declaration* decl_of(const program& p, node_id n) {
    switch (n.first) {
    case binding_kind::param:
        return p.params[n.second];
    case binding_kind::rule:
        return p.rules[n.second];
    case binding_kind::function:
        return p.functions[n.second];
    case binding_kind::grade:
        return p.grades[n.second];
    default:
        return nullptr;
    }
}

void collect(const expr& e, std::vector<node_id>& out) {
    for_each_reference(e, [&](binding_kind k, std::uint32_t i) {
        if (k == binding_kind::param || k == binding_kind::rule || k == binding_kind::function ||
            k == binding_kind::grade) {
            out.emplace_back(k, i);
        }
    });
}

std::vector<node_id> dependencies(const declaration& d) {
    std::vector<node_id> out;
    for_each_decl_expr(d, [&](const expr& e) { collect(e, out); });
    return out;
}

} // namespace

void check_recursion(const program& p, std::vector<diagnostic>& errors) {
    enum class color { white, grey, black };
    std::map<node_id, color> colors;
    std::vector<node_id> path;
    std::function<void(node_id)> visit = [&](node_id n) {
        colors[n] = color::grey;
        path.push_back(n);
        const declaration* d = decl_of(p, n);
        for (node_id dep : dependencies(*d)) {
            color c = colors.count(dep) ? colors[dep] : color::white;
            if (c == color::grey) {
                // The cycle is the path from dep back to here.
                auto start = std::find(path.begin(), path.end(), dep);
                std::string zh;
                std::string en;
                for (auto it = start; it != path.end(); ++it) {
                    zh += describe(*decl_of(p, *it), lang::zh) + " → ";
                    en += describe(*decl_of(p, *it), lang::en) + " → ";
                }
                zh += describe(*decl_of(p, dep), lang::zh);
                en += describe(*decl_of(p, dep), lang::en);
                const declaration* first = decl_of(p, dep);
                errors.push_back(
                    diagnose_at(severity::error,
                                {"循环定义：" + zh + "（函数不能递归，定义不能依赖自身）",
                                 "circular definition: " + en +
                                     " (functions cannot recurse; nothing may depend on itself)"},
                                *first->owner, first->name_where));
            } else if (c == color::white) {
                visit(dep);
            }
        }
        path.pop_back();
        colors[n] = color::black;
    };
    auto all = [&](binding_kind k, const std::vector<const declaration*>& t) {
        for (std::uint32_t i = 0; i < t.size(); ++i) {
            node_id n{k, i};
            if (!colors.count(n)) {
                visit(n);
            }
        }
    };
    all(binding_kind::param, p.params);
    all(binding_kind::function, p.functions);
    all(binding_kind::grade, p.grades);
    all(binding_kind::rule, p.rules);
}

} // namespace jixiao::jx
