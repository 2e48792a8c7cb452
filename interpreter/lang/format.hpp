// Canonical layout of a rule file (jixiao fmt), in Chinese or English keywords.
#pragma once

#include "diag/diagnostic.hpp"
#include "lang/ast.hpp"

#include <string>

namespace jixiao::jx {

std::string format_module(const module& m, lang l);

} // namespace jixiao::jx
