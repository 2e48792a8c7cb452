// Exact decimal numbers: the one number type of jixiao (docs/domain.md §3).
//
// A value is an exact rational. Almost every value in a budget document is a
// small decimal (294.80, 0.45, 90), so the common case is stored inline as
// coef / 10^scale with a 64-bit coefficient and never touches the heap. A
// quotient with no finite decimal form whose terms fit 64 bits (788/830, as
// 比率 gives for 78.8% against 83%) is stored inline too, as coef / den. Only
// when an operation overflows 64 bits does the value move to an immutable
// Boost.Multiprecision rational shared by pointer. Results that fit a small
// form again are moved back.
//
// Nothing here rounds implicitly: + - * and / are exact, rounding happens only
// through round() with a named mode.
#pragma once

#include <compare>
#include <cstdint>
#include <memory>
#include <stdexcept>
#include <string>
#include <string_view>

namespace jixiao {

// The four rounding modes a rule can name.
enum class rounding_mode {
    half_up,        // 四舍五入: half away from zero (the default)
    half_even,      // 银行家舍入: half to even
    toward_zero,    // 截断
    away_from_zero, // 进一
};

// Documented limits (docs/numbers.md). They keep a hostile input from building
// numbers that take unbounded time or memory.
inline constexpr int max_literal_digits = 100;   // significant digits in one literal
inline constexpr int max_literal_exponent = 100; // |exponent| of a literal, after folding
inline constexpr int max_literal_places = 200;   // decimal places of a literal, leading zeros too
inline constexpr int max_value_bits = 4096;      // numerator or denominator of any result
inline constexpr int max_round_places = 18;      // round(x, n): 0 <= n <= 18

// Raised by arithmetic: division by zero, results beyond the limits, printing a
// value that has no finite decimal form. `what()` is English; `zh()` Chinese.
class number_error : public std::runtime_error {
  public:
    enum class code { division_by_zero, too_large, not_decimal, bad_places };
    number_error(code c, std::string en, std::string zh)
        : std::runtime_error(std::move(en)), code_(c), zh_(std::move(zh)) {}
    code which() const noexcept { return code_; }
    const std::string& zh() const noexcept { return zh_; }

  private:
    code code_;
    std::string zh_;
};

class decimal {
  public:
    struct big; // the rational slow path, defined in decimal_big.hpp

    decimal() noexcept = default;
    static decimal from_int(std::int64_t v) noexcept { return decimal(v, 0); }
    // coef / 10^scale; scale in [0, 18].
    static decimal from_scaled(std::int64_t coef, int scale);

    friend decimal operator+(const decimal& a, const decimal& b);
    friend decimal operator-(const decimal& a, const decimal& b);
    friend decimal operator*(const decimal& a, const decimal& b);
    // Exact quotient; throws number_error(division_by_zero).
    friend decimal operator/(const decimal& a, const decimal& b);
    decimal operator-() const;

    friend bool operator==(const decimal& a, const decimal& b);
    friend std::strong_ordering operator<=>(const decimal& a, const decimal& b);

    int sign() const noexcept;
    bool is_zero() const noexcept { return sign() == 0; }
    bool is_integer() const;
    // True when the value can be written with finitely many decimal digits.
    bool is_finite_decimal() const;

    // Rounds to `places` decimals (0..18) with `mode`; the result prints with
    // exactly `places` decimals (四舍五入(9, 2) prints 9.00).
    decimal round(int places, rounding_mode mode) const;

    // The same value without trailing zeros in the fraction (35000.0 -> 35000).
    decimal trimmed() const;

    // Plain positional notation, never an exponent; keeps the scale of the
    // literal through + - * (1.10 + 2 = 3.10); a quotient prints with the
    // fewest digits. Throws number_error(not_decimal) for 2/3.
    std::string to_string() const;
    // "2/3" for any value; a finite decimal prints as to_string().
    std::string to_fraction_string() const;
    // Digits after the decimal point as the value prints (6424.00 → 2, 63.85 →
    // 2, 12 → 0); 0 for a value with no finite decimal form. A figure read from
    // a document keeps its printed scale, so this is how precisely it was printed.
    int places() const;

    // True when the value is held inline (no heap), as a decimal or a fraction.
    bool is_small() const noexcept { return big_ == nullptr; }

  private:
    decimal(std::int64_t coef, int scale) noexcept : coef_(coef), scale_(scale) {}
    explicit decimal(std::shared_ptr<const big> b) : big_(std::move(b)) {}
    // coef / den in lowest terms, den > 1 with a prime factor other than 2 and 5.
    static decimal fraction(std::int64_t num, std::int64_t den) noexcept {
        decimal d(num, 0);
        d.den_ = den;
        return d;
    }
    // Inline as coef / 10^scale: the fast path of every operation.
    bool plain() const noexcept { return big_ == nullptr && den_ == 0; }

    friend struct decimal_access;

    std::int64_t coef_ = 0;
    std::int64_t den_ = 0; // > 1: the value is coef_ / den_ (scale_ is 0); else coef_ / 10^scale_
    int scale_ = 0;
    std::shared_ptr<const big> big_; // null on the inline forms
};

const char* rounding_mode_name_zh(rounding_mode m) noexcept;
const char* rounding_mode_name_en(rounding_mode m) noexcept;

} // namespace jixiao
