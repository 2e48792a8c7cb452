// The syntax tree of a rule file. Every node carries its source span; names
// are resolved once by analysis (resolve_names.cpp) into `binding`s, so evaluation
// never looks a name up as a string.
#pragma once

#include "number/decimal.hpp"
#include "target/target.hpp"
#include "units/unit.hpp"

#include <cstdint>
#include <map>
#include <memory>
#include <string>
#include <vector>

namespace jixiao::jx {

struct span {
    std::uint32_t offset = 0;
    std::uint32_t length = 0;
};

enum class expr_kind {
    number,  // 3.5万元, 90%: value + unit
    text,    // "…"
    boolean, // 真 / 假
    target,  // ≥90%: text holds the literal, parsed by analysis
    list,    // [a, b]
    name,    // a parameter, rule, function argument, let or loop variable, input root
    field,   // args[0].name
    call,    // name(args)
    negate,  // -args[0]
    binary,  // args[0] op args[1]
    logical_not,
    if_else,  // args: cond, then, else, and the 注 note (an expression giving text) if any
    let,      // name = args[0] 于 args[1]
    match,    // args[0] subject; arms
    for_each, // name 属于 args[0] [其中 args[1]] 取 args[2]
};

enum class binary_op { add, sub, mul, div, eq, ne, lt, le, gt, ge, meets, and_, or_ };
const char* binary_op_symbol(binary_op op) noexcept;

// What a name refers to, decided once by analysis.
enum class binding_kind { unresolved, param, rule, function, builtin, local, input, grade };
struct binding {
    binding_kind kind = binding_kind::unresolved;
    std::uint32_t index = 0; // into the program's tables, the builtin table, or the locals frame
};

struct expr;
using expr_ptr = std::unique_ptr<expr>;

struct match_arm {
    expr_ptr pattern; // null for 其他
    expr_ptr result;
    span where;
};

struct expr {
    // The fields every evaluation of a node reads come first, in one cache line
    // (a node is 256 bytes; the walk of one indicator visits hundreds of them,
    // and spread over four lines each they did not stay in the L1 cache).
    expr_kind kind = expr_kind::number;
    binary_op op = binary_op::add;
    binding ref;             // for name and call
    std::uint32_t depth = 1; // levels of the tree below and including this node (≤ max_nesting)
    bool has_filter = false; // for_each
    // Set by analysis (mark_derivations.cpp): the value is worked out
    // (arithmetic, rounding, a ratio, a call of the pack's functions that shows
    // more than its value), so its derivation is worth showing where it is
    // passed on as an argument or bound by 令 (see evaluator premises).
    bool derives = false;
    // Set by analysis (mark_derivations.cpp): never a number, whatever the
    // input, so a derivation of it is never shown.
    bool never_number = false;
    std::vector<expr_ptr> args;
    std::shared_ptr<const jixiao::target> target_value; // target literal, parsed once
    // The second line: the names and texts a field, a 匹配 pattern or a
    // comparison with a text reads.
    std::string name; // name, field, call target, let / loop variable
    std::string text; // text literal, target literal
    std::vector<match_arm> arms;
    span where;
    // How a number or text literal reads in an explanation (its source, the
    // text quoted), made once when parsed rather than at every evaluation.
    std::string shown;
    decimal number;
    jixiao::unit unit;
};

// Calls f on e and on every expression below it (arguments, match arms).
template <typename F> void for_each_expr(const expr& e, F&& f) {
    f(e);
    for (const auto& a : e.args) {
        if (a) {
            for_each_expr(*a, f);
        }
    }
    for (const auto& arm : e.arms) {
        if (arm.pattern) {
            for_each_expr(*arm.pattern, f);
        }
        for_each_expr(*arm.result, f);
    }
}

// Calls f(kind, index) for every name or call below e that is bound to a definition.
template <typename F> void for_each_reference(const expr& e, F&& f) {
    for_each_expr(e, [&](const expr& x) {
        if (x.kind == expr_kind::name || x.kind == expr_kind::call) {
            f(x.ref.kind, x.ref.index);
        }
    });
}

enum class decl_kind { param, function, rule, grade, check };

struct grade_band {
    std::string label;
    expr_ptr bound;      // null for 其他
    bool strict = false; // > rather than ≥
    span where;
};

// 对每个 名 属于 列表 in a 核对: one check instance per combination of items.
struct check_loop {
    std::string name;
    expr_ptr list;
    span where;
    std::uint32_t slot = 0; // set by analysis
};

struct declaration {
    decl_kind kind = decl_kind::rule;
    std::string name;
    span where;      // the whole declaration
    span name_where; // the name
    bool is_override = false;
    std::vector<std::string> params; // function parameters
    expr_ptr body;                   // param, function, rule, check
    expr_ptr tolerance;              // check
    std::string message;             // check
    std::vector<check_loop> loops;   // check: 对每个 … 属于 …
    expr_ptr filter;                 // check: 其中
    expr_ptr label;                  // check: 标识
    bool infer_tolerance = false;    // check: 容差 ≈
    std::vector<grade_band> bands;   // grade
    // Set by analysis:
    // 覆盖: the definition this one replaced, moved to a slot of its own and
    // reached from this body as 上级 (super); unresolved for other declarations.
    binding super;
    bool superseded = false;      // replaced by a 覆盖: reached only through 上级
    std::uint32_t frame_size = 0; // local slots: parameters, then let and loop variables
    const struct module* owner = nullptr;
};

struct module {
    std::string file; // path as given, for diagnostics
    std::string source;
    std::string pack_name;
    std::string version;
    std::string basis;
    std::vector<std::pair<std::string, span>> imports;
    std::vector<std::pair<std::string, span>> extends;
    std::vector<declaration> decls;
    // Comments by byte offset (a map: backtracking may see one twice), and the
    // spans of the header lines, kept for the formatter.
    std::map<std::uint32_t, std::string> comments;
    // Set by the module loader: the modules this one extends (覆盖 may replace
    // their definitions) and imports.
    std::vector<const module*> extended;
    span pack_where;
    span basis_where;
};

// Calls f on every top-level expression of d, in evaluation order: the loop
// lists of a check, its filter and label, the body, the tolerance, the bounds
// of a grade's bands.
template <typename F> void for_each_decl_expr(const declaration& d, F&& f) {
    for (const auto& loop : d.loops) {
        f(*loop.list);
    }
    for (const expr* e : {d.filter.get(), d.label.get(), d.body.get(), d.tolerance.get()}) {
        if (e != nullptr) {
            f(*e);
        }
    }
    for (const auto& band : d.bands) {
        if (band.bound) {
            f(*band.bound);
        }
    }
}

} // namespace jixiao::jx
