// An analysed program: the modules' syntax trees with every name bound, and
// the tables bindings index into. Immutable once analysed, so one program is
// evaluated concurrently by any number of threads.
#pragma once

#include "diag/diagnostic.hpp"
#include "lang/ast.hpp"

#include <memory>
#include <optional>
#include <string_view>
#include <vector>

namespace jixiao {
class unit_registry;
}

namespace jixiao::jx {

struct program {
    std::vector<std::unique_ptr<module>> modules;
    // binding.index of a param / rule / function / grade points here.
    std::vector<const declaration*> params;
    std::vector<const declaration*> rules;
    std::vector<const declaration*> functions;
    std::vector<const declaration*> grades;
    std::vector<const declaration*> checks;
    const unit_registry* units = nullptr;
    std::vector<diagnostic> warnings;
};

// Positioned diagnostic for a span of a module.
diagnostic diagnose_at(severity level, message text, const module& m, span where);

// 函数「x」 / fn 'x': a declaration named in messages.
std::string describe(const declaration& d, lang l);

// The rule or function in force by that name (an overridden one is passed
// over), for hosts that call a pack's definitions by name: the table index.
// A function is found only with `arity` parameters, when one is given.
std::optional<std::uint32_t> rule_named(const program& p, std::string_view name);
std::optional<std::uint32_t> function_named(const program& p, std::string_view name,
                                            std::optional<std::size_t> arity = std::nullopt);

// The analysis passes, in the order driver.cpp runs them (the later ones only
// when the earlier found no error). Each adds errors to `errors` (and warnings
// to p.warnings). resolve_names changes the program: it binds every name to
// a table index or frame slot, fills the tables and moves an overridden
// definition aside; mark_derivations marks what can never be a number (for
// the evaluator's explanations); the others only read it.
void resolve_names(program& p, std::vector<diagnostic>& errors);
void check_recursion(const program& p, std::vector<diagnostic>& errors);
void check_types(program& p, std::vector<diagnostic>& errors);
void mark_derivations(program& p);
void check_grades(const program& p, std::vector<diagnostic>& errors);
void check_unused(program& p);

} // namespace jixiao::jx
