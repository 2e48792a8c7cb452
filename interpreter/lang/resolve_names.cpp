// Analysis pass 1: binds every name once. Declarations become table entries
// (a redefinition is an error unless marked 覆盖), locals get frame slots, and
// calls are checked against the callee's arity.
#include "lang/builtins.hpp"
#include "lang/program.hpp"
#include "text/utf8.hpp"
#include "units/unit_registry.hpp"

#include <algorithm>
#include <map>

namespace jixiao::jx {

namespace {

// Names of the input document's root.
bool is_input_root(std::string_view n) {
    return n == "输入" || n == "input";
}

std::size_t edit_distance(std::string_view a, std::string_view b) {
    std::u32string x;
    std::u32string y;
    for (std::size_t p = 0; p < a.size();) {
        x += utf8::next(a, p);
    }
    for (std::size_t p = 0; p < b.size();) {
        y += utf8::next(b, p);
    }
    std::vector<std::size_t> row(y.size() + 1);
    for (std::size_t j = 0; j <= y.size(); ++j) {
        row[j] = j;
    }
    for (std::size_t i = 1; i <= x.size(); ++i) {
        std::size_t diag = row[0];
        row[0] = i;
        for (std::size_t j = 1; j <= y.size(); ++j) {
            std::size_t up = row[j];
            row[j] = std::min({row[j] + 1, row[j - 1] + 1, diag + (x[i - 1] == y[j - 1] ? 0 : 1)});
            diag = up;
        }
    }
    return row[y.size()];
}

// True when `m` extends `base`, directly or through other modules.
bool extends(const module& m, const module& base) {
    for (const module* e : m.extended) {
        if (e == &base || extends(*e, base)) {
            return true;
        }
    }
    return false;
}

struct global {
    binding ref;
    declaration* decl;
};

// 上级 (super): inside an override, the definition it replaced.
bool is_super(std::string_view n) {
    return n == "上级" || n == "super";
}

class resolver {
  public:
    resolver(program& p, std::vector<diagnostic>& errors) : p_(p), errors_(errors) {}

    void run() {
        for (auto& m : p_.modules) {
            for (auto& d : m->decls) {
                d.owner = m.get();
                declare(d);
            }
        }
        for (auto& m : p_.modules) {
            for (auto& d : m->decls) {
                resolve_decl(d);
            }
        }
    }

  private:
    void error(const declaration& d, span where, message m) {
        errors_.push_back(diagnose_at(severity::error, std::move(m), *d.owner, where));
    }

    std::vector<const declaration*>& table(decl_kind k) {
        switch (k) {
        case decl_kind::param:
            return p_.params;
        case decl_kind::function:
            return p_.functions;
        case decl_kind::rule:
            return p_.rules;
        case decl_kind::grade:
            return p_.grades;
        case decl_kind::check:
            return p_.checks;
        }
        return p_.checks;
    }

    static binding_kind binding_of(decl_kind k) {
        switch (k) {
        case decl_kind::param:
            return binding_kind::param;
        case decl_kind::function:
            return binding_kind::function;
        case decl_kind::rule:
            return binding_kind::rule;
        case decl_kind::grade:
            return binding_kind::grade;
        case decl_kind::check:
            return binding_kind::unresolved;
        }
        return binding_kind::unresolved;
    }

    void declare(declaration& d) {
        auto& t = table(d.kind);
        if (d.kind == decl_kind::check) {
            t.push_back(&d);
            return;
        }
        if (find_builtin(d.name) || is_input_root(d.name)) {
            error(d, d.name_where,
                  {"「" + d.name + "」是内置名称，不能重新定义",
                   "'" + d.name + "' is a built-in name and cannot be redefined"});
            return;
        }
        auto it = globals_.find(d.name);
        if (it != globals_.end()) {
            declaration& first = *it->second.decl;
            if (d.is_override && extends(*d.owner, *first.owner) && first.kind == d.kind) {
                // 覆盖: the extending module's definition takes the same slot, so
                // every reference (the extended module's own included) reaches it;
                // the replaced one moves to a slot of its own, which only this
                // definition's 上级 reaches (a chain: each level's 上级 is the one below).
                if (d.kind == decl_kind::function && d.params.size() != first.params.size()) {
                    // Every caller (the engine too) passes what the replaced one took.
                    diagnostic at = diagnose_at(severity::note, {}, *first.owner, first.name_where);
                    std::string list;
                    for (const auto& p : first.params) {
                        list += (list.empty() ? "" : ", ") + p;
                    }
                    std::string where = first.owner->file + ":" + std::to_string(at.line);
                    error(d, d.name_where,
                          {"覆盖的「" + d.name + "」有 " + std::to_string(d.params.size()) +
                               " 个参数，被覆盖的定义（" + where + "）有 " +
                               std::to_string(first.params.size()) + " 个：" + d.name + "(" + list +
                               ")",
                           "the override of '" + d.name + "' takes " +
                               std::to_string(d.params.size()) +
                               " parameters; the definition it replaces (" + where + ") takes " +
                               std::to_string(first.params.size()) + ": " + d.name + "(" + list +
                               ")"});
                }
                if (d.kind == decl_kind::param) {
                    check_parameter_override(d, first);
                }
                auto& t = table(d.kind);
                d.super = {it->second.ref.kind, static_cast<std::uint32_t>(t.size())};
                t.push_back(&first);
                first.superseded = true;
                t[it->second.ref.index] = &d;
                it->second.decl = &d;
                return;
            }
            diagnostic first_at = diagnose_at(severity::note, {}, *first.owner, first.name_where);
            std::string where = first.owner->file + ":" + std::to_string(first_at.line) + ":" +
                                std::to_string(first_at.column);
            if (d.is_override) {
                error(d, d.name_where,
                      {"「覆盖」只能用于被扩展的规则包中的同类定义；「" + d.name + "」已在 " +
                           where + " 定义",
                       "覆盖 (override) applies only to a definition of the same kind in an "
                       "extended pack; '" +
                           d.name + "' is already defined at " + where});
            } else {
                error(d, d.name_where,
                      {"「" + d.name + "」重复定义（首次定义在 " + where +
                           "）；若有意替换，请写「覆盖」",
                       "'" + d.name + "' is defined twice (first at " + where +
                           "); write 覆盖 (override) to replace it on purpose"});
            }
            return;
        }
        if (d.is_override) {
            message m{"没有可覆盖的「" + d.name + "」", "there is no '" + d.name + "' to override"};
            if (std::string near = overridable_like(d); !near.empty()) {
                m.zh += "；是否想覆盖「" + near + "」？";
                m.en += "; did you mean to override '" + near + "'?";
            } else if (d.owner->extends.empty()) {
                m.zh += "：这个文件没有扩展（扩展）任何规则包";
                m.en += ": this file extends (扩展) no pack";
            }
            error(d, d.name_where, m);
        }
        binding b{binding_of(d.kind), static_cast<std::uint32_t>(t.size())};
        t.push_back(&d);
        globals_.emplace(d.name, global{b, &d});
    }

    void resolve_decl(declaration& d) {
        current_ = &d;
        scope_.clear();
        slots_ = 0;
        max_slots_ = 0;
        for (std::size_t i = 0; i < d.params.size(); ++i) {
            const std::string& param = d.params[i];
            if (std::find(d.params.begin(), d.params.begin() + static_cast<std::ptrdiff_t>(i),
                          param) != d.params.begin() + static_cast<std::ptrdiff_t>(i)) {
                error(d, d.name_where,
                      {"函数「" + d.name + "」的参数「" + param + "」重复",
                       "fn '" + d.name + "' has the parameter '" + param + "' twice"});
            }
            push_local(param);
        }
        // A check's loop variables are in scope from the next loop on, through
        // the filter, label, body and tolerance.
        for (auto& loop : d.loops) {
            resolve(*loop.list);
            loop.slot = static_cast<std::uint32_t>(slots_);
            push_local(loop.name);
        }
        if (d.filter) {
            resolve(*d.filter);
        }
        if (d.label) {
            resolve(*d.label);
        }
        if (d.body) {
            resolve(*d.body);
        }
        if (d.tolerance) {
            resolve(*d.tolerance);
        }
        for (auto& band : d.bands) {
            if (band.bound) {
                resolve(*band.bound);
            }
        }
        d.frame_size = static_cast<std::uint32_t>(max_slots_);
    }

    void push_local(const std::string& name) {
        scope_.emplace_back(name, slots_++);
        max_slots_ = std::max(max_slots_, slots_);
    }
    void pop_local() {
        scope_.pop_back();
        --slots_;
    }

    // An override of a parameter given as a literal keeps its kind and its
    // dimension (超额阈值 = 1.3 is not 1.3元): the definitions that use it were
    // written for that, and a mismatch would surface deep inside them, far
    // from the author's line.
    void check_parameter_override(const declaration& d, const declaration& first) {
        const expr* now = d.body.get();
        const expr* was = first.body.get();
        auto literal = [](const expr* e) {
            return e != nullptr && (e->kind == expr_kind::number || e->kind == expr_kind::text ||
                                    e->kind == expr_kind::boolean);
        };
        if (!literal(now) || !literal(was)) {
            return;
        }
        diagnostic at = diagnose_at(severity::note, {}, *first.owner, first.name_where);
        std::string where = first.owner->file + ":" + std::to_string(at.line);
        const unit_registry& units = *p_.units;
        auto describe_value = [&](const expr& e) -> std::pair<std::string, std::string> {
            switch (e.kind) {
            case expr_kind::number:
                return e.unit.count == 0 && e.unit.pow10 == 0
                           ? std::pair<std::string, std::string>{"不带单位的数", "a plain number"}
                           : std::pair<std::string, std::string>{
                                 "单位为 " + units.name(e.unit) + " 的数",
                                 "a number in " + units.name(e.unit)};
            case expr_kind::text:
                return {"文本", "a text"};
            default:
                return {"真假值", "a truth value"};
            }
        };
        bool differs = now->kind != was->kind ||
                       (now->kind == expr_kind::number &&
                        !(units.dimension_of(now->unit) == units.dimension_of(was->unit)));
        if (differs) {
            auto [zh_now, en_now] = describe_value(*now);
            auto [zh_was, en_was] = describe_value(*was);
            error(d, d.name_where,
                  {"覆盖的参数「" + d.name + "」是" + zh_now + "，被覆盖的（" + where + "）是" +
                       zh_was + "：使用它的定义按后者写成",
                   "the override of the parameter '" + d.name + "' is " + en_now +
                       ", the one it replaces (" + where + ") is " + en_was +
                       ": the definitions that use it were written for that"});
        }
    }

    // The definition of the same kind, from another module, whose name is
    // closest to what an override names: a misspelled 覆盖 target.
    std::string overridable_like(const declaration& d) const {
        std::string best;
        std::size_t best_d = 3;
        for (const auto& [n, g] : globals_) {
            if (g.decl->kind != d.kind || g.decl->owner == d.owner) {
                continue;
            }
            std::size_t dist = edit_distance(d.name, n);
            if (dist < best_d && dist < utf8::length(n)) {
                best_d = dist;
                best = n;
            }
        }
        return best;
    }

    std::string suggestion(const std::string& name, bool callable) const {
        std::string best;
        std::size_t best_d = 3;
        auto consider = [&](std::string_view candidate) {
            std::size_t dist = edit_distance(name, candidate);
            if (dist < best_d && dist < utf8::length(candidate)) {
                best_d = dist;
                best = std::string(candidate);
            }
        };
        for (const auto& [n, g] : globals_) {
            bool is_callable =
                g.ref.kind == binding_kind::function || g.ref.kind == binding_kind::grade;
            if (is_callable == callable) {
                consider(n);
            }
        }
        if (callable) {
            for (const auto& b : builtins()) {
                consider(b.zh);
            }
        } else {
            for (const auto& [n, slot] : scope_) {
                consider(n);
            }
        }
        return best;
    }

    void unknown(const expr& e, bool callable) {
        // A suggestion compares the name with every name in scope: only the
        // first few unknown names get one (a file of thousands took seconds each).
        std::string hint;
        if (suggested_ < max_suggestions) {
            ++suggested_;
            hint = suggestion(e.name, callable);
        }
        message m =
            callable
                ? message{"未定义的函数「" + e.name + "」", "unknown function '" + e.name + "'"}
                : message{"未定义的名称「" + e.name + "」", "unknown name '" + e.name + "'"};
        if (!hint.empty()) {
            m.zh += "；是否想写「" + hint + "」？";
            m.en += "; did you mean '" + hint + "'?";
        } else if (!callable) {
            m.zh += "；输入文档的字段请写作「输入." + e.name + "」";
            m.en += "; a field of the input document is written 输入." + e.name;
        }
        error(*current_,
              e.name.empty() ? e.where
                             : span{e.where.offset, static_cast<std::uint32_t>(e.name.size())},
              m);
    }

    // 上级 / 上级(…) inside an override: the definition it replaced. Outside an
    // override the name is an ordinary one (a pack may define its own 上级), so
    // this returns false there unless nothing else could be meant.
    bool resolve_super(expr& e, bool call) {
        const declaration& d = *current_;
        if (!d.is_override || d.super.kind == binding_kind::unresolved) {
            if (globals_.count(e.name) != 0) {
                return false;
            }
            error(d, span{e.where.offset, static_cast<std::uint32_t>(e.name.size())},
                  {"「" + e.name + "」只能用在「覆盖」的定义中，指被覆盖的原定义",
                   "'" + e.name +
                       "' is used only in an override (覆盖), where it is the definition "
                       "replaced"});
            return true;
        }
        const declaration& base = *table(d.kind)[d.super.index];
        bool callable = d.kind == decl_kind::function;
        if (call != callable) {
            error(d, span{e.where.offset, static_cast<std::uint32_t>(e.name.size())},
                  callable
                      ? message{"被覆盖的是函数：写「" + e.name + "(…)」并给出参数",
                                "the definition replaced is a function: write " + e.name +
                                    "(…) with its arguments"}
                      : message{"被覆盖的是" + describe(base, lang::zh) + "，不是函数：写「" +
                                    e.name + "」，不带括号",
                                "the definition replaced is " + describe(base, lang::en) +
                                    ", not a function: write " + e.name + " without parentheses"});
            return true;
        }
        e.ref = d.super;
        if (call && e.args.size() != base.params.size()) {
            error(d, e.where,
                  {"「" + e.name + "」即被覆盖的" + describe(base, lang::zh) + "，需要 " +
                       std::to_string(base.params.size()) + " 个参数，实际给了 " +
                       std::to_string(e.args.size()) + " 个",
                   "'" + e.name + "' is the replaced " + describe(base, lang::en) +
                       ", which takes " + std::to_string(base.params.size()) + " argument" +
                       (base.params.size() == 1 ? "" : "s") + ", got " +
                       std::to_string(e.args.size())});
        }
        return true;
    }

    void resolve(expr& e) {
        switch (e.kind) {
        case expr_kind::number:
        case expr_kind::text:
        case expr_kind::boolean:
        case expr_kind::target:
            return;
        case expr_kind::name: {
            for (auto it = scope_.rbegin(); it != scope_.rend(); ++it) {
                if (it->first == e.name) {
                    e.ref = {binding_kind::local, static_cast<std::uint32_t>(it->second)};
                    return;
                }
            }
            if (is_super(e.name) && resolve_super(e, false)) {
                return;
            }
            if (auto g = globals_.find(e.name); g != globals_.end()) {
                if (g->second.ref.kind == binding_kind::function ||
                    g->second.ref.kind == binding_kind::grade) {
                    error(*current_, e.where,
                          {"「" + e.name + "」是函数，须带括号调用，如「" + e.name + "(…)」",
                           "'" + e.name + "' is a function; call it with parentheses: " + e.name +
                               "(…)"});
                    return;
                }
                e.ref = g->second.ref;
                return;
            }
            if (is_input_root(e.name)) {
                e.ref = {binding_kind::input, 0};
                return;
            }
            unknown(e, false);
            return;
        }
        case expr_kind::call: {
            for (auto& a : e.args) {
                resolve(*a);
            }
            int min = 0;
            int max = 0;
            if (is_super(e.name) && resolve_super(e, true)) {
                return;
            }
            if (auto g = globals_.find(e.name);
                g != globals_.end() && (g->second.ref.kind == binding_kind::function ||
                                        g->second.ref.kind == binding_kind::grade)) {
                e.ref = g->second.ref;
                min = max = e.ref.kind == binding_kind::grade
                                ? 1
                                : static_cast<int>(g->second.decl->params.size());
            } else if (std::any_of(scope_.begin(), scope_.end(),
                                   [&](const auto& l) { return l.first == e.name; })) {
                error(*current_, span{e.where.offset, static_cast<std::uint32_t>(e.name.size())},
                      {"「" + e.name + "」是局部的值，不是函数；函数不能作为值传递",
                       "'" + e.name +
                           "' is a local value, not a function; functions cannot be "
                           "passed as values"});
                return;
            } else if (auto b = find_builtin(e.name)) {
                e.ref = {binding_kind::builtin, *b};
                min = builtins()[*b].min_args;
                max = builtins()[*b].max_args;
            } else {
                unknown(e, true);
                return;
            }
            int n = static_cast<int>(e.args.size());
            if (n < min || (max >= 0 && n > max)) {
                std::string want = min == max ? std::to_string(min)
                                   : max < 0  ? "至少 " + std::to_string(min)
                                              : std::to_string(min) + "–" + std::to_string(max);
                std::string want_en = min == max ? std::to_string(min)
                                      : max < 0
                                          ? "at least " + std::to_string(min)
                                          : std::to_string(min) + " to " + std::to_string(max);
                error(*current_, e.where,
                      {"「" + e.name + "」需要 " + want + " 个参数，实际给了 " + std::to_string(n) +
                           " 个",
                       "'" + e.name + "' takes " + want_en + " argument" +
                           (min == 1 && max == 1 ? "" : "s") + ", got " + std::to_string(n)});
            }
            return;
        }
        case expr_kind::let:
            resolve(*e.args[0]);
            push_local(e.name);
            e.ref = {binding_kind::local, static_cast<std::uint32_t>(slots_ - 1)};
            resolve(*e.args[1]);
            pop_local();
            return;
        case expr_kind::for_each:
            resolve(*e.args[0]);
            push_local(e.name);
            e.ref = {binding_kind::local, static_cast<std::uint32_t>(slots_ - 1)};
            if (e.args[1]) {
                resolve(*e.args[1]);
            }
            resolve(*e.args[2]);
            pop_local();
            return;
        case expr_kind::match:
            resolve(*e.args[0]);
            for (auto& arm : e.arms) {
                if (arm.pattern) {
                    resolve(*arm.pattern);
                }
                resolve(*arm.result);
            }
            return;
        case expr_kind::list:
        case expr_kind::field:
        case expr_kind::negate:
        case expr_kind::binary:
        case expr_kind::logical_not:
        case expr_kind::if_else:
            for (auto& a : e.args) {
                if (a) {
                    resolve(*a);
                }
            }
            return;
        }
    }

    program& p_;
    std::vector<diagnostic>& errors_;
    static constexpr int max_suggestions = 20;
    int suggested_ = 0;
    std::map<std::string, global, std::less<>> globals_;
    const declaration* current_ = nullptr;
    std::vector<std::pair<std::string, std::size_t>> scope_;
    std::size_t slots_ = 0;
    std::size_t max_slots_ = 0;
};

} // namespace

void resolve_names(program& p, std::vector<diagnostic>& errors) {
    resolver(p, errors).run();
}

} // namespace jixiao::jx
