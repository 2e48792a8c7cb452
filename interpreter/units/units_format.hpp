// Canonical layout of a declaration file (stdlib/units.jx, stdlib/用语.jx):
// one declaration to a line, single blanks, lists separated by 、 and wrapped
// after a separator when longer than the line, keywords in the language asked
// for, comments and single blank lines kept.
#pragma once

#include "diag/diagnostic.hpp"

#include <optional>
#include <string>
#include <string_view>

namespace jixiao {

// True when the first statement of `source` is a unit, magnitude or tier
// declaration (单位, 量级, 档次), so the file is formatted as declarations.
bool is_declaration_file(std::string_view source);

// Throws diagnostic_error (positioned) when `source` is not well formed.
std::string format_declarations(std::string_view file, std::string_view source, lang l, int width);

} // namespace jixiao
