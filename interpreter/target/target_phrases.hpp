// Targets as people phrase them in words around the figure: 90%以上,
// 5个工作日内, ≥90%（含）, 不低于90%（含90%）. The grammar reads the operator
// before the figure; these put it after, or add a note that the bound is
// included. A text that does not parse as written is read once more in the
// form it means (≥90%, ≤5个工作日, ≥90%), with a warning naming the reading.
#pragma once

#include "diag/diagnostic.hpp"

#include <optional>
#include <string>
#include <string_view>

namespace jixiao {

struct phrase_reading {
    std::string text;  // the target as the grammar reads it
    message rewritten; // what was read how, for the target's warnings
};

// The reading of `text` in operator-first form, or nullopt when it has none
// of these phrasings.
std::optional<phrase_reading> operator_first(std::string_view text);

} // namespace jixiao
