// Analysis pass 2: no definition may depend on itself, directly or through
// others. Functions cannot recurse (docs/domain.md §8), and a rule or parameter
// defined in terms of itself has no value. Chains of references are bounded
// too (source_limits.hpp), so evaluation never nests without bound.
#include "lang/program.hpp"
#include "lang/source_limits.hpp"

#include <algorithm>
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
    // Depth-first with an explicit stack: a hostile pack may chain thousands
    // of definitions, and the walk must not recurse once per definition.
    enum class color { white, grey, black };
    std::map<node_id, color> colors;
    std::map<node_id, std::uint32_t> height; // longest chain of references from here
    bool reported_chain = false;
    struct frame {
        node_id n;
        std::vector<node_id> deps;
        std::size_t next = 0;
    };
    std::vector<frame> path;
    auto enter = [&](node_id n) {
        colors[n] = color::grey;
        path.push_back({n, dependencies(*decl_of(p, n))});
    };
    auto report_cycle = [&](node_id dep) {
        // The cycle is the path from dep back to the top of the stack.
        auto start =
            std::find_if(path.begin(), path.end(), [&](const frame& f) { return f.n == dep; });
        std::string zh;
        std::string en;
        for (auto it = start; it != path.end(); ++it) {
            zh += describe(*decl_of(p, it->n), lang::zh) + " → ";
            en += describe(*decl_of(p, it->n), lang::en) + " → ";
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
    };
    auto leave = [&] {
        frame& f = path.back();
        std::uint32_t h = 1;
        for (node_id dep : f.deps) {
            h = std::max(h, height[dep] + 1);
        }
        height[f.n] = h;
        if (h > max_reference_chain && !reported_chain) {
            // Evaluation follows these references one inside another.
            reported_chain = true;
            const declaration* d = decl_of(p, f.n);
            errors.push_back(diagnose_at(
                severity::error,
                {describe(*d, lang::zh) + "经由超过 " + std::to_string(max_reference_chain) +
                     " 层定义引用其他定义（上限 " + std::to_string(max_reference_chain) + "）",
                 describe(*d, lang::en) + " reaches other definitions through more than " +
                     std::to_string(max_reference_chain) + " levels of references (the limit)"},
                *d->owner, d->name_where));
        }
        colors[f.n] = color::black;
        path.pop_back();
    };
    auto visit = [&](node_id root) {
        enter(root);
        while (!path.empty()) {
            frame& f = path.back();
            if (f.next == f.deps.size()) {
                leave();
                continue;
            }
            node_id dep = f.deps[f.next++];
            color c = colors.count(dep) ? colors[dep] : color::white;
            if (c == color::grey) {
                report_cycle(dep);
            } else if (c == color::white) {
                enter(dep);
            }
        }
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
