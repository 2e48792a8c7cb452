// Arithmetic on `decimal`: a 64-bit fast path with overflow checks, falling
// back to exact rationals. See decimal.hpp for the representation.
#include "number/decimal.hpp"

#include "number/decimal_big.hpp"

#include <algorithm>
#include <array>
#include <cstdlib>
#include <numeric>
#include <utility>

namespace jixiao {
namespace {

__extension__ using u128 = unsigned __int128;

constexpr int max_small_scale = 18;

constexpr std::array<std::int64_t, 19> pow10_table = {
    1LL,
    10LL,
    100LL,
    1000LL,
    10000LL,
    100000LL,
    1000000LL,
    10000000LL,
    100000000LL,
    1000000000LL,
    10000000000LL,
    100000000000LL,
    1000000000000LL,
    10000000000000LL,
    100000000000000LL,
    1000000000000000LL,
    10000000000000000LL,
    100000000000000000LL,
    1000000000000000000LL,
};

std::int64_t pow10(int n) {
    return pow10_table[static_cast<std::size_t>(n)];
}

big_int big_pow10(int n) {
    big_int r = 1;
    for (int i = 0; i < n; ++i) {
        r *= 10;
    }
    return r;
}

bool fits_int64(i128 v) {
    return v >= INT64_MIN && v <= INT64_MAX;
}

int ctz128(u128 v) {
    auto low = static_cast<std::uint64_t>(v);
    return low != 0 ? __builtin_ctzll(low)
                    : 64 + __builtin_ctzll(static_cast<std::uint64_t>(v >> 64));
}

// Binary GCD: shifts and subtractions, no 128-bit division (a library call).
u128 gcd128(u128 a, u128 b) {
    if (a == 0 || b == 0) {
        return a | b;
    }
    if ((a >> 64) == 0 && (b >> 64) == 0) {
        return std::gcd(static_cast<std::uint64_t>(a), static_cast<std::uint64_t>(b));
    }
    int shift = ctz128(a | b);
    a >>= ctz128(a);
    do {
        b >>= ctz128(b);
        if (a > b) {
            std::swap(a, b);
        }
        b -= a;
    } while (b != 0);
    return a << shift;
}

u128 magnitude(i128 v) {
    return v < 0 ? static_cast<u128>(0) - static_cast<u128>(v) : static_cast<u128>(v);
}

[[noreturn]] void throw_too_large() {
    throw number_error(number_error::code::too_large,
                       "number too large: more than " + std::to_string(max_value_bits) + " bits",
                       "数值过大：超过 " + std::to_string(max_value_bits) + " 位二进制");
}

// Scales a small coefficient up by 10^by, reporting overflow.
bool rescale(std::int64_t coef, int by, std::int64_t& out) {
    return !__builtin_mul_overflow(coef, pow10(by), &out);
}

// Counts the factors 2 and 5 of `den`; true when nothing else remains.
template <typename Int> bool only_twos_and_fives(Int den, int& twos, int& fives) {
    twos = 0;
    fives = 0;
    while (den % 2 == 0) {
        den /= 2;
        ++twos;
    }
    while (den % 5 == 0) {
        den /= 5;
        ++fives;
    }
    return den == 1;
}

} // namespace

big_rational decimal_access::to_rational(const decimal& d) {
    if (d.big_) {
        return d.big_->value;
    }
    if (d.den_ != 0) {
        return big_rational(big_int(d.coef_), big_int(d.den_));
    }
    return big_rational(big_int(d.coef_), big_int(pow10(d.scale_)));
}

bool decimal_access::ratio_of(const decimal& d, i128& num, i128& den) noexcept {
    if (d.big_) {
        return false;
    }
    num = d.coef_;
    den = d.den_ != 0 ? d.den_ : pow10(d.scale_);
    return true;
}

std::optional<decimal> decimal_access::from_ratio(i128 num, i128 den, int min_scale) {
    u128 g = gcd128(magnitude(num), static_cast<u128>(den));
    num /= static_cast<i128>(g);
    den /= static_cast<i128>(g);
    int twos = 0;
    int fives = 0;
    if (only_twos_and_fives(den, twos, fives)) {
        int s = std::max({twos, fives, min_scale});
        if (s <= max_small_scale && fits_int64(num)) {
            i128 scaled = num * (pow10(s) / static_cast<std::int64_t>(den));
            if (fits_int64(scaled)) {
                return decimal(static_cast<std::int64_t>(scaled), s);
            }
        }
        return std::nullopt;
    }
    if (fits_int64(num) && den <= INT64_MAX) {
        return decimal::fraction(static_cast<std::int64_t>(num), static_cast<std::int64_t>(den));
    }
    return std::nullopt;
}

decimal decimal_access::from_rational(big_rational r, int min_scale) {
    const big_int& num = boost::multiprecision::numerator(r);
    const big_int& den = boost::multiprecision::denominator(r);
    if (num >= INT64_MIN && num <= INT64_MAX && den <= INT64_MAX) {
        if (auto d = from_ratio(num.convert_to<std::int64_t>(), den.convert_to<std::int64_t>(),
                                min_scale)) {
            return *d;
        }
    }
    if (boost::multiprecision::msb(abs(num) + 1) >= max_value_bits ||
        boost::multiprecision::msb(den) >= max_value_bits) {
        throw_too_large();
    }
    int twos = 0;
    int fives = 0;
    if (only_twos_and_fives(big_int(den), twos, fives)) {
        int s = std::max({twos, fives, min_scale});
        if (s <= max_small_scale) {
            big_int scaled = num * (big_int(pow10(s)) / den);
            if (scaled >= INT64_MIN && scaled <= INT64_MAX) {
                return decimal(scaled.convert_to<std::int64_t>(), s);
            }
        }
    }
    auto b = std::make_shared<decimal::big>();
    b->value = std::move(r);
    b->min_scale = min_scale;
    return decimal(std::shared_ptr<const decimal::big>(std::move(b)));
}

decimal decimal::from_scaled(std::int64_t coef, int scale) {
    if (scale < 0 || scale > max_small_scale) {
        throw number_error(number_error::code::bad_places, "scale out of range",
                           "小数位数超出范围");
    }
    return decimal(coef, scale);
}

decimal operator+(const decimal& a, const decimal& b) {
    if (a.plain() && b.plain()) {
        int s = std::max(a.scale_, b.scale_);
        std::int64_t x = 0;
        std::int64_t y = 0;
        std::int64_t r = 0;
        if (rescale(a.coef_, s - a.scale_, x) && rescale(b.coef_, s - b.scale_, y) &&
            !__builtin_add_overflow(x, y, &r)) {
            return decimal(r, s);
        }
    }
    // A fraction: a/b + c/d = (ad + cb) / bd, each term under 2^126.
    i128 an = 0;
    i128 ad = 0;
    i128 bn = 0;
    i128 bd = 0;
    i128 sum = 0;
    if ((!a.plain() || !b.plain()) && decimal_access::ratio_of(a, an, ad) &&
        decimal_access::ratio_of(b, bn, bd) && !__builtin_add_overflow(an * bd, bn * ad, &sum)) {
        if (auto r = decimal_access::from_ratio(sum, ad * bd)) {
            return *r;
        }
    }
    return decimal_access::from_rational(decimal_access::to_rational(a) +
                                         decimal_access::to_rational(b));
}

decimal decimal::operator-() const {
    if (!big_ && coef_ != INT64_MIN) {
        decimal r(-coef_, scale_);
        r.den_ = den_;
        return r;
    }
    return decimal_access::from_rational(-decimal_access::to_rational(*this));
}

decimal operator-(const decimal& a, const decimal& b) {
    return a + (-b);
}

decimal operator*(const decimal& a, const decimal& b) {
    if (a.plain() && b.plain() && a.scale_ + b.scale_ <= max_small_scale) {
        std::int64_t r = 0;
        if (!__builtin_mul_overflow(a.coef_, b.coef_, &r)) {
            return decimal(r, a.scale_ + b.scale_);
        }
    }
    i128 an = 0;
    i128 ad = 0;
    i128 bn = 0;
    i128 bd = 0;
    if ((!a.plain() || !b.plain()) && decimal_access::ratio_of(a, an, ad) &&
        decimal_access::ratio_of(b, bn, bd)) {
        if (auto r = decimal_access::from_ratio(an * bn, ad * bd)) {
            return *r;
        }
    }
    return decimal_access::from_rational(decimal_access::to_rational(a) *
                                         decimal_access::to_rational(b));
}

decimal operator/(const decimal& a, const decimal& b) {
    if (b.is_zero()) {
        throw number_error(number_error::code::division_by_zero, "division by zero", "除数为零");
    }
    // (an/ad) / (bn/bd) = (an·bd) / (ad·bn); each term under 2^126.
    i128 an = 0;
    i128 ad = 0;
    i128 bn = 0;
    i128 bd = 0;
    if (decimal_access::ratio_of(a, an, ad) && decimal_access::ratio_of(b, bn, bd)) {
        i128 num = an * bd;
        i128 den = ad * bn;
        if (den < 0) {
            num = -num;
            den = -den;
        }
        if (auto r = decimal_access::from_ratio(num, den)) {
            return *r;
        }
    }
    return decimal_access::from_rational(decimal_access::to_rational(a) /
                                         decimal_access::to_rational(b));
}

bool operator==(const decimal& a, const decimal& b) {
    return (a <=> b) == 0;
}

std::strong_ordering operator<=>(const decimal& a, const decimal& b) {
    if (a.plain() && b.plain()) {
        int s = std::max(a.scale_, b.scale_);
        i128 x = static_cast<i128>(a.coef_) * pow10(s - a.scale_);
        i128 y = static_cast<i128>(b.coef_) * pow10(s - b.scale_);
        return x <=> y;
    }
    i128 an = 0;
    i128 ad = 0;
    i128 bn = 0;
    i128 bd = 0;
    if (decimal_access::ratio_of(a, an, ad) && decimal_access::ratio_of(b, bn, bd)) {
        return an * bd <=> bn * ad; // denominators are positive
    }
    big_rational x = decimal_access::to_rational(a);
    big_rational y = decimal_access::to_rational(b);
    if (x < y) {
        return std::strong_ordering::less;
    }
    return x == y ? std::strong_ordering::equal : std::strong_ordering::greater;
}

int decimal::sign() const noexcept {
    if (big_) {
        return big_->value.sign();
    }
    return (coef_ > 0) - (coef_ < 0);
}

bool decimal::is_integer() const {
    if (big_) {
        return boost::multiprecision::denominator(big_->value) == 1;
    }
    return den_ == 0 && coef_ % pow10(scale_) == 0;
}

bool decimal::is_finite_decimal() const {
    if (!big_) {
        return den_ == 0;
    }
    int twos = 0;
    int fives = 0;
    return only_twos_and_fives(big_int(boost::multiprecision::denominator(big_->value)), twos,
                               fives);
}

namespace {

// Decides whether a truncated quotient moves one unit away from zero.
// `twice_rem_vs_div` compares 2·|remainder| with the divisor.
bool round_away(rounding_mode mode, bool rem_nonzero, int twice_rem_vs_div, bool quotient_odd) {
    switch (mode) {
    case rounding_mode::half_up:
        return twice_rem_vs_div >= 0;
    case rounding_mode::half_even:
        return twice_rem_vs_div > 0 || (twice_rem_vs_div == 0 && quotient_odd);
    case rounding_mode::toward_zero:
        return false;
    case rounding_mode::away_from_zero:
        return rem_nonzero;
    }
    return false;
}

} // namespace

decimal decimal::round(int places, rounding_mode mode) const {
    if (places < 0 || places > max_round_places) {
        throw number_error(number_error::code::bad_places,
                           "rounding places must be between 0 and " +
                               std::to_string(max_round_places) + ", got " + std::to_string(places),
                           "舍入位数须在 0 到 " + std::to_string(max_round_places) +
                               " 之间，实际为 " + std::to_string(places));
    }
    if (den_ != 0) {
        // coef / den to `places` decimals, in 128 bits (|coef| · 10^18 < 2^123).
        i128 num = static_cast<i128>(coef_) * pow10(places);
        i128 q = num / den_; // truncates toward zero
        i128 r = num % den_;
        u128 twice = magnitude(r) * 2;
        int cmp = twice < static_cast<u128>(den_) ? -1 : (twice == static_cast<u128>(den_) ? 0 : 1);
        if (round_away(mode, r != 0, cmp, (q & 1) != 0)) {
            q += num < 0 ? -1 : 1;
        }
        if (fits_int64(q)) {
            return decimal(static_cast<std::int64_t>(q), places);
        }
        return decimal_access::from_rational(big_rational(big_int(q), big_pow10(places)), places);
    }
    if (!big_) {
        if (scale_ <= places) {
            std::int64_t c = 0;
            if (rescale(coef_, places - scale_, c)) {
                return decimal(c, places);
            }
            return decimal_access::from_rational(decimal_access::to_rational(*this), places);
        }
        std::int64_t div = pow10(scale_ - places);
        std::int64_t q = coef_ / div;
        std::int64_t r = coef_ % div;
        std::int64_t abs_r = r < 0 ? -r : r;
        i128 twice = static_cast<i128>(abs_r) * 2;
        int cmp = twice < div ? -1 : (twice == div ? 0 : 1);
        if (round_away(mode, r != 0, cmp, (q & 1) != 0)) {
            q += coef_ < 0 ? -1 : 1;
        }
        return decimal(q, places);
    }
    const big_rational& v = big_->value;
    big_int num = boost::multiprecision::numerator(v) * big_pow10(places);
    const big_int& den = boost::multiprecision::denominator(v);
    big_int q = num / den; // truncates toward zero
    big_int r = num % den;
    big_int twice = abs(r) * 2;
    int cmp = twice < den ? -1 : (twice == den ? 0 : 1);
    if (round_away(mode, r != 0, cmp, bit_test(abs(q), 0))) {
        q += num.sign() < 0 ? -1 : 1;
    }
    return decimal_access::from_rational(big_rational(q, big_pow10(places)), places);
}

decimal decimal::trimmed() const {
    if (den_ != 0) {
        return *this;
    }
    if (big_) {
        return decimal_access::from_rational(big_->value);
    }
    std::int64_t c = coef_;
    int s = scale_;
    while (s > 0 && c % 10 == 0) {
        c /= 10;
        --s;
    }
    return decimal(c, s);
}

namespace {

std::string place_point(std::string digits, int scale, bool negative) {
    if (scale > 0) {
        if (digits.size() <= static_cast<std::size_t>(scale)) {
            digits.insert(0, static_cast<std::size_t>(scale) + 1 - digits.size(), '0');
        }
        digits.insert(digits.size() - static_cast<std::size_t>(scale), 1, '.');
    }
    if (negative) {
        digits.insert(0, 1, '-');
    }
    return digits;
}

// The inline form written from the right into a buffer: the digits, the point
// `scale` places from the end (with leading zeros: 0.05) and the sign, then
// one string made of it (results and explanations print thousands of these).
std::string inline_text(std::uint64_t mag, int scale, bool negative) {
    std::array<char, 48> buf; // 20 digits or 18 places and a zero, the point, the sign
    char* const end = buf.data() + buf.size();
    char* p = end;
    int digits = 0;
    do {
        if (digits == scale && scale > 0) {
            *--p = '.';
        }
        *--p = static_cast<char>('0' + mag % 10);
        mag /= 10;
        ++digits;
    } while (mag != 0 || digits <= scale);
    if (negative) {
        *--p = '-';
    }
    return std::string(p, end);
}

} // namespace

int decimal::places() const {
    if (big_ == nullptr) {
        return den_ != 0 ? 0 : scale_;
    }
    if (!is_finite_decimal()) {
        return 0;
    }
    std::string text = to_string();
    std::size_t dot = text.find('.');
    return dot == std::string::npos ? 0 : static_cast<int>(text.size() - dot - 1);
}

std::string decimal::to_string() const {
    if (den_ != 0) {
        throw number_error(number_error::code::not_decimal,
                           "the value " + to_fraction_string() +
                               " has no finite decimal form; round it first",
                           "数值 " + to_fraction_string() + " 不能精确写成有限小数，须先舍入");
    }
    if (!big_) {
        std::uint64_t mag =
            coef_ < 0 ? 0 - static_cast<std::uint64_t>(coef_) : static_cast<std::uint64_t>(coef_);
        return inline_text(mag, scale_, coef_ < 0);
    }
    const big_rational& v = big_->value;
    const big_int& den = boost::multiprecision::denominator(v);
    int twos = 0;
    int fives = 0;
    if (!only_twos_and_fives(big_int(den), twos, fives)) {
        throw number_error(number_error::code::not_decimal,
                           "the value " + to_fraction_string() +
                               " has no finite decimal form; round it first",
                           "数值 " + to_fraction_string() + " 不能精确写成有限小数，须先舍入");
    }
    int s = std::max({twos, fives, big_->min_scale});
    big_int scaled = boost::multiprecision::numerator(v) * (big_pow10(s) / den);
    big_int magnitude = abs(scaled);
    return place_point(magnitude.str(), s, scaled.sign() < 0);
}

std::string decimal::to_fraction_string() const {
    if (is_finite_decimal()) {
        return to_string();
    }
    if (den_ != 0) {
        return std::to_string(coef_) + "/" + std::to_string(den_);
    }
    const big_rational& v = big_->value;
    return boost::multiprecision::numerator(v).str() + "/" +
           boost::multiprecision::denominator(v).str();
}

const char* rounding_mode_name_zh(rounding_mode m) noexcept {
    switch (m) {
    case rounding_mode::half_up:
        return "四舍五入";
    case rounding_mode::half_even:
        return "银行家舍入";
    case rounding_mode::toward_zero:
        return "截断";
    case rounding_mode::away_from_zero:
        return "进一";
    }
    return "?";
}

const char* rounding_mode_name_en(rounding_mode m) noexcept {
    switch (m) {
    case rounding_mode::half_up:
        return "half-up";
    case rounding_mode::half_even:
        return "half-even";
    case rounding_mode::toward_zero:
        return "toward-zero";
    case rounding_mode::away_from_zero:
        return "away-from-zero";
    }
    return "?";
}

} // namespace jixiao
