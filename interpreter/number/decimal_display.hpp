// Figures as a printed form shows them: a score with two decimals (20.00,
// 9.38), an execution rate as a percentage (0.9300 → 93.00%), an amount with
// thousands separators (1,618.788). Display only: nothing here rounds; a
// figure with more decimals than the form prints keeps them all, so what is
// shown is always the exact value (docs/numbers.md).
#pragma once

#include "number/decimal.hpp"

#include <string>

namespace jixiao {

// The value with at least `places` decimals: 20 → 20.00, 9.375 → 9.375.
std::string at_least_places(const decimal& d, int places);

// A fraction as a percentage with at least `places` decimals: 0.93 → 93.00%.
std::string as_percentage(const decimal& fraction, int places);

// Thousands separated, the decimals as they are: 1618.788 → 1,618.788.
std::string with_thousands(const decimal& d);

} // namespace jixiao
