// The slow path of `decimal`: an exact rational on Boost.Multiprecision.
// Private to interpreter/number; nothing outside this folder includes it.
#pragma once

#include "number/decimal.hpp"

#include <boost/multiprecision/cpp_int.hpp>

namespace jixiao {

using big_int = boost::multiprecision::cpp_int;
using big_rational = boost::multiprecision::cpp_rational;

struct decimal::big {
    big_rational value;
    int min_scale = 0; // decimals to print at least (set by round())
};

// The one door between the two representations.
struct decimal_access {
    static big_rational to_rational(const decimal& d);
    // Builds a decimal from a rational, moving it to the fast path when it fits.
    static decimal from_rational(big_rational r, int min_scale = 0);
    static std::int64_t coef(const decimal& d) { return d.coef_; }
    static int scale(const decimal& d) { return d.scale_; }
    static const decimal::big* big_of(const decimal& d) { return d.big_.get(); }
    static decimal small(std::int64_t coef, int scale) { return decimal(coef, scale); }
};

} // namespace jixiao
