// Products and quotients of units: 元 ÷ 人 = 元/人, 人 ÷ 人 = (no unit).
#pragma once

#include "units/unit.hpp"

#include <optional>

namespace jixiao {

// a × b^sign (sign = +1 multiply, -1 divide). Factors of the same declared
// unit merge and cancel. nullopt when the result needs more than
// unit::max_factors factors, a power beyond unit::max_power or a magnitude
// beyond 10^±unit::max_pow10.
std::optional<unit> combine(const unit& a, const unit& b, int sign);

} // namespace jixiao
