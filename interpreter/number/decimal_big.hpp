// The slow path of `decimal`: an exact rational on Boost.Multiprecision.
// Private to interpreter/number; nothing outside this folder includes it.
#pragma once

#include "number/decimal.hpp"

#include <boost/multiprecision/cpp_int.hpp>

#include <optional>

namespace jixiao {

using big_int = boost::multiprecision::cpp_int;
using big_rational = boost::multiprecision::cpp_rational;

struct decimal::big {
    big_rational value;
    int min_scale = 0; // decimals to print at least (set by round())
};

__extension__ using i128 = __int128;

// The one door between the representations.
struct decimal_access {
    static big_rational to_rational(const decimal& d);
    // Builds a decimal from a rational, moving it to an inline form when it fits.
    static decimal from_rational(big_rational r, int min_scale = 0);
    // An inline value as num / den (den > 0); false for the heap form.
    static bool ratio_of(const decimal& d, i128& num, i128& den) noexcept;
    // num / den (den > 0) in an inline form, or nullopt when neither holds it.
    static std::optional<decimal> from_ratio(i128 num, i128 den, int min_scale = 0);
    static std::int64_t coef(const decimal& d) { return d.coef_; }
    static int scale(const decimal& d) { return d.scale_; }
    static const decimal::big* big_of(const decimal& d) { return d.big_.get(); }
    static decimal small(std::int64_t coef, int scale) { return decimal(coef, scale); }
};

} // namespace jixiao
