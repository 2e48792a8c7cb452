// Canonical layout of a rule file (jixiao fmt), in Chinese or English keywords.
#pragma once

#include "diag/diagnostic.hpp"
#include "lang/ast.hpp"

#include <string>

namespace jixiao::jx {

// Lines are at most this wide where the code allows (an atom longer than the
// line is not broken): wide enough for a rule and its call, narrow enough to
// read beside a diff. Display columns: a CJK character counts two.
inline constexpr int line_width = 100;

std::string format_module(const module& m, lang l);

} // namespace jixiao::jx
