// The diagnostic for a syntax error of a rule file (lang/syntax_error.cpp).
#pragma once

#include "diag/diagnostic.hpp"
#include "lang/ast.hpp"

namespace jixiao::jx {

// `m` is the grammar's message for the error at byte `at` of mod.source.
diagnostic syntax_error(const module& mod, message m, std::size_t at);

} // namespace jixiao::jx
