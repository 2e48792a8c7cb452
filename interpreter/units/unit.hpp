// Units and quantities (docs/domain.md §4).
//
// A `unit` is a small value: up to four factors, each a declared unit with an
// exponent (元/平方米·月 = 元¹ 平方米⁻¹ 月⁻¹). It names declarations by index
// into the immutable `unit_registry`, so it is trivially copyable and never
// allocates; the registry knows each declaration's dimension and factor.
#pragma once

#include "number/decimal.hpp"

#include <array>
#include <cstdint>

namespace jixiao {

using unit_id = std::uint16_t;

struct unit {
    static constexpr int max_factors = 4;
    // Powers are kept in 8 bits: a product stops well before one could wrap
    // round to another unit (平方米 × 平方米 × … 128 times is not 平方米⁻¹²⁸).
    static constexpr int max_power = 9;
    static constexpr int max_pow10 = 60;
    std::array<unit_id, max_factors> id{};
    std::array<std::int8_t, max_factors> exp{};
    std::uint8_t count = 0; // 0: no unit (a plain number)
    std::int8_t pow10 = 0;  // a magnitude kept in the unit: 万元 is 元 with pow10 = 4

    bool empty() const noexcept { return count == 0 && pow10 == 0; }
    friend bool operator==(const unit& a, const unit& b) noexcept {
        if (a.count != b.count || a.pow10 != b.pow10) {
            return false;
        }
        for (int i = 0; i < a.count; ++i) {
            if (a.id[static_cast<std::size_t>(i)] != b.id[static_cast<std::size_t>(i)] ||
                a.exp[static_cast<std::size_t>(i)] != b.exp[static_cast<std::size_t>(i)]) {
                return false;
            }
        }
        return true;
    }
};

// An exact number with a unit. Magnitude words are folded into the value
// when the quantity is read (12万人 is 120000 人); only an explicit
// conversion (换算(x, "万元")) keeps a magnitude in the unit.
struct quantity {
    decimal value;
    jixiao::unit unit;
};

} // namespace jixiao
