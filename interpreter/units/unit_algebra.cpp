#include "units/unit_algebra.hpp"

namespace jixiao {

std::optional<unit> combine(const unit& a, const unit& b, int sign) {
    unit out = a;
    for (int i = 0; i < b.count; ++i) {
        auto k = static_cast<std::size_t>(i);
        int e = b.exp[k] * sign;
        bool merged = false;
        for (int j = 0; j < out.count; ++j) {
            auto m = static_cast<std::size_t>(j);
            if (out.id[m] == b.id[k]) {
                int power = out.exp[m] + e;
                if (power > unit::max_power || power < -unit::max_power) {
                    return std::nullopt;
                }
                out.exp[m] = static_cast<std::int8_t>(power);
                merged = true;
                break;
            }
        }
        if (!merged) {
            if (out.count == unit::max_factors) {
                return std::nullopt;
            }
            out.id[out.count] = b.id[k];
            out.exp[out.count] = static_cast<std::int8_t>(e);
            ++out.count;
        }
    }
    // Drop cancelled factors, keeping the order of the rest.
    unit packed;
    int pow10 = a.pow10 + sign * b.pow10;
    if (pow10 > unit::max_pow10 || pow10 < -unit::max_pow10) {
        return std::nullopt;
    }
    packed.pow10 = static_cast<std::int8_t>(pow10);
    for (int j = 0; j < out.count; ++j) {
        auto m = static_cast<std::size_t>(j);
        if (out.exp[m] != 0) {
            packed.id[packed.count] = out.id[m];
            packed.exp[packed.count] = out.exp[m];
            ++packed.count;
        }
    }
    return packed;
}

} // namespace jixiao
