// Table-driven tests of exact decimal arithmetic (docs/domain.md §3).
#include "number/decimal.hpp"
#include "number/decimal_big.hpp"
#include "number/decimal_parse.hpp"

#include <gtest/gtest.h>

#include <limits>
#include <string>
#include <vector>

namespace jixiao {
namespace {

decimal d(std::string_view s) {
    return parse_decimal(s, {.grouping = true, .exponent = true});
}

struct binary_case {
    int line;
    const char* a;
    char op;
    const char* b;
    const char* expected; // to_fraction_string()
};

const binary_case binary_cases[] = {
    {__LINE__, "0.1", '+', "0.2", "0.3"},
    {__LINE__, "1.10", '+', "2", "3.10"},
    {__LINE__, "-5", '+', "5", "0"},
    {__LINE__, "9223372036854775807", '+', "1", "9223372036854775808"},
    {__LINE__, "-9223372036854775808", '-', "1", "-9223372036854775809"},
    {__LINE__, "0.000000000000000001", '+', "1", "1.000000000000000001"},
    {__LINE__, "0.3", '-', "0.1", "0.2"},
    {__LINE__, "7", '*', "151", "1057"},
    {__LINE__, "1.5", '*', "1.5", "2.25"},
    {__LINE__, "3037000500", '*', "3037000500", "9223372037000250000"},
    {__LINE__, "0.000000001", '*', "0.0000000001", "0.0000000000000000001"},
    {__LINE__, "-2.5", '*', "4", "-10.0"},
    {__LINE__, "1057", '/', "400", "2.6425"},
    {__LINE__, "10", '/', "15", "2/3"},
    {__LINE__, "1", '/', "3", "1/3"},
    {__LINE__, "-1", '/', "8", "-0.125"},
    {__LINE__, "254.984", '/', "294.8", "31873/36850"},
    {__LINE__, "1", '/', "1024", "0.0009765625"},
    {__LINE__, "100000000000000000000", '/', "3", "100000000000000000000/3"},
};

TEST(Decimal, BinaryOperationsAreExact) {
    for (const auto& c : binary_cases) {
        SCOPED_TRACE("table row at line " + std::to_string(c.line));
        decimal a = d(c.a);
        decimal b = d(c.b);
        decimal r;
        switch (c.op) {
        case '+':
            r = a + b;
            break;
        case '-':
            r = a - b;
            break;
        case '*':
            r = a * b;
            break;
        case '/':
            r = a / b;
            break;
        }
        EXPECT_EQ(r.to_fraction_string(), c.expected);
    }
}

TEST(Decimal, PointOnePlusPointTwoIsPointThree) {
    EXPECT_EQ(d("0.1") + d("0.2"), d("0.3"));
    EXPECT_EQ((d("0.1") + d("0.2")).to_string(), "0.3");
}

TEST(Decimal, EqualityIgnoresScale) {
    EXPECT_EQ(d("10"), d("10.00"));
    EXPECT_EQ(d("10.00").to_string(), "10.00");
    EXPECT_LT(d("9.99"), d("10"));
    EXPECT_GT(d("-9.99"), d("-10"));
    EXPECT_EQ(d("0"), d("-0.000"));
}

TEST(Decimal, QuotientStaysExactUntilRounded) {
    decimal q = d("10") / d("15");
    EXPECT_FALSE(q.is_finite_decimal());
    EXPECT_EQ(q * d("15"), d("10"));
    EXPECT_EQ(q * d("3"), d("2"));
    EXPECT_EQ(q.round(2, rounding_mode::half_up).to_string(), "0.67");
    EXPECT_THROW((void)q.to_string(), number_error);
}

TEST(Decimal, BudgetExecutionExamplesOfProductBrief) {
    // docs/domain.md §6: 四舍五入(min(R, 1) × 10, 2)
    auto score = [](const char* executed, const char* budget) {
        decimal r = d(executed) / d(budget);
        if (r > decimal::from_int(1)) {
            r = decimal::from_int(1);
        }
        return (r * decimal::from_int(10)).round(2, rounding_mode::half_up).to_string();
    };
    EXPECT_EQ(score("254.984", "294.8"), "8.65");
    EXPECT_EQ(score("3.036", "25.6"), "1.19");
    EXPECT_EQ(score("30", "25.6"), "10.00");
}

struct rounding_case {
    int line;
    const char* value;
    int places;
    rounding_mode mode;
    const char* expected;
};

constexpr auto up = rounding_mode::half_up;
constexpr auto even = rounding_mode::half_even;
constexpr auto trunc = rounding_mode::toward_zero;
constexpr auto away = rounding_mode::away_from_zero;

const rounding_case rounding_cases[] = {
    // ties
    {__LINE__, "2.5", 0, up, "3"},
    {__LINE__, "2.5", 0, even, "2"},
    {__LINE__, "3.5", 0, even, "4"},
    {__LINE__, "2.5", 0, trunc, "2"},
    {__LINE__, "2.5", 0, away, "3"},
    {__LINE__, "2.6425", 2, up, "2.64"},
    {__LINE__, "2.645", 2, up, "2.65"},
    {__LINE__, "2.645", 2, even, "2.64"},
    {__LINE__, "2.655", 2, even, "2.66"},
    // negative ties
    {__LINE__, "-2.5", 0, up, "-3"},
    {__LINE__, "-2.5", 0, even, "-2"},
    {__LINE__, "-3.5", 0, even, "-4"},
    {__LINE__, "-2.5", 0, trunc, "-2"},
    {__LINE__, "-2.5", 0, away, "-3"},
    {__LINE__, "-2.645", 2, up, "-2.65"},
    // not ties
    {__LINE__, "2.4", 0, up, "2"},
    {__LINE__, "2.41", 1, away, "2.5"},
    {__LINE__, "2.49", 1, trunc, "2.4"},
    {__LINE__, "-2.41", 1, away, "-2.5"},
    {__LINE__, "2.6", 0, even, "3"},
    {__LINE__, "0.004", 2, up, "0.00"},
    {__LINE__, "0.005", 2, up, "0.01"},
    {__LINE__, "-0.005", 2, up, "-0.01"},
    // padding: the result has exactly `places` decimals
    {__LINE__, "9", 2, up, "9.00"},
    {__LINE__, "0.5", 3, up, "0.500"},
    {__LINE__, "12345678901234567", 2, up, "12345678901234567.00"},
    // exact already
    {__LINE__, "2.64", 2, up, "2.64"},
};

TEST(Decimal, RoundingModes) {
    for (const auto& c : rounding_cases) {
        SCOPED_TRACE("table row at line " + std::to_string(c.line));
        EXPECT_EQ(d(c.value).round(c.places, c.mode).to_string(), c.expected);
    }
}

TEST(Decimal, RoundingRationalValues) {
    decimal third = d("1") / d("3");
    EXPECT_EQ(third.round(4, up).to_string(), "0.3333");
    EXPECT_EQ(third.round(4, away).to_string(), "0.3334");
    decimal two_thirds = d("-2") / d("3");
    EXPECT_EQ(two_thirds.round(2, up).to_string(), "-0.67");
    EXPECT_EQ(two_thirds.round(2, trunc).to_string(), "-0.66");
    // a big tie: (10^20 + 1) / 2 = 50000000000000000000.5
    decimal big_tie = (d("100000000000000000001") / d("2"));
    EXPECT_EQ(big_tie.round(0, up).to_string(), "50000000000000000001");
    EXPECT_EQ(big_tie.round(0, even).to_string(), "50000000000000000000");
}

TEST(Decimal, RoundingPlacesOutOfRangeIsAnError) {
    try {
        (void)d("1.5").round(19, up);
        FAIL() << "expected number_error";
    } catch (const number_error& e) {
        EXPECT_EQ(e.which(), number_error::code::bad_places);
        EXPECT_STREQ(e.what(), "rounding places must be between 0 and 18, got 19");
    }
    EXPECT_THROW((void)d("1.5").round(-1, up), number_error);
}

TEST(Decimal, DivisionByZeroIsAnError) {
    try {
        (void)(d("1") / d("0.00"));
        FAIL() << "expected number_error";
    } catch (const number_error& e) {
        EXPECT_EQ(e.which(), number_error::code::division_by_zero);
        EXPECT_EQ(e.zh(), "除数为零");
    }
}

TEST(Decimal, HugeAndTinyValuesPrintWithoutExponent) {
    EXPECT_EQ(d("1e100").to_string(), "1" + std::string(100, '0'));
    EXPECT_EQ(d("1e-100").to_string(), "0." + std::string(99, '0') + "1");
    EXPECT_EQ(d("123456789012345678901234567890.123456789").to_string(),
              "123456789012345678901234567890.123456789");
    EXPECT_EQ((d("1e100") * d("1e-100")), d("1"));
    EXPECT_EQ(d("-0.000001").to_string(), "-0.000001");
}

TEST(Decimal, GrowthBeyondTheBitLimitIsAnError) {
    decimal x = d("1e100");
    try {
        for (int i = 0; i < 20; ++i) {
            x = x * x;
        }
        FAIL() << "expected number_error";
    } catch (const number_error& e) {
        EXPECT_EQ(e.which(), number_error::code::too_large);
    }
}

TEST(Decimal, SmallValuesStayOnTheFastPath) {
    EXPECT_TRUE((d("294.8") + d("254.984")).is_small());
    EXPECT_TRUE((d("254.984") / d("0.5")).is_small());
    // a quotient with no finite decimal form stays inline while its terms fit 64 bits
    EXPECT_TRUE((d("10") / d("15")).is_small());
    EXPECT_TRUE((d("78.8") / d("83") * d("7")).is_small());
    EXPECT_FALSE((d("1") / d("3") / d("100000000000000000000")).is_small());
    // a rational that becomes decimal again returns to the fast path
    EXPECT_TRUE(((d("10") / d("15")) * d("3")).is_small());
    EXPECT_TRUE(
        (d("1") / d("3") / d("100000000000000000000") * d("300000000000000000000")).is_small());
}

// Property: the inline form prints as its coefficient with the point `scale`
// places from the right, for every scale and coefficients at the 64-bit edges,
// and reads back as the same text.
TEST(Decimal, PropertyInlineFormsPrintTheirDigits) {
    auto expected = [](std::int64_t coef, int scale) {
        std::uint64_t mag =
            coef < 0 ? 0 - static_cast<std::uint64_t>(coef) : static_cast<std::uint64_t>(coef);
        std::string digits = std::to_string(mag);
        if (scale > 0) {
            if (digits.size() <= static_cast<std::size_t>(scale)) {
                digits.insert(0, static_cast<std::size_t>(scale) + 1 - digits.size(), '0');
            }
            digits.insert(digits.size() - static_cast<std::size_t>(scale), ".");
        }
        return (coef < 0 ? "-" : "") + digits;
    };
    std::vector<std::int64_t> coefs = {0,
                                       1,
                                       -1,
                                       9,
                                       10,
                                       -10,
                                       12345,
                                       999999999999999999,
                                       1000000000000000000,
                                       std::numeric_limits<std::int64_t>::max(),
                                       std::numeric_limits<std::int64_t>::min() + 1};
    std::uint64_t state = 0x2545F4914F6CDD1DULL;
    for (int i = 0; i < 2'000; ++i) {
        state ^= state << 13;
        state ^= state >> 7;
        state ^= state << 17;
        coefs.push_back(static_cast<std::int64_t>(state >> (state % 64)) * (i % 2 ? -1 : 1));
    }
    for (std::int64_t coef : coefs) {
        for (int scale = 0; scale <= 18; ++scale) {
            decimal v = decimal::from_scaled(coef, scale);
            ASSERT_EQ(v.to_string(), expected(coef, scale)) << coef << " scale " << scale;
            ASSERT_EQ(d(v.to_string()), v);
        }
    }
}

// Property: for many pairs, (a / b) * b == a and (a + b) - b == a exactly.
TEST(Decimal, PropertyDivisionAndAdditionRoundTrip) {
    std::uint64_t state = 0x9E3779B97F4A7C15ULL; // fixed seed: results are reproducible
    auto next = [&] {
        state ^= state << 13;
        state ^= state >> 7;
        state ^= state << 17;
        return state;
    };
    for (int i = 0; i < 5000; ++i) {
        auto a = decimal::from_scaled(static_cast<std::int64_t>(next() % 2000001) - 1000000,
                                      static_cast<int>(next() % 5));
        auto b = decimal::from_scaled(static_cast<std::int64_t>(next() % 2000001) - 1000000,
                                      static_cast<int>(next() % 5));
        ASSERT_EQ((a + b) - b, a) << a.to_string() << " " << b.to_string();
        ASSERT_EQ(a * b, b * a);
        if (!b.is_zero()) {
            ASSERT_EQ((a / b) * b, a) << a.to_string() << " / " << b.to_string();
        }
        auto r = a.round(2, rounding_mode::half_up);
        ASSERT_LE((r - a) * decimal::from_int(200), decimal::from_int(1));
        ASSERT_GE((r - a) * decimal::from_int(200), decimal::from_int(-1));
    }
}

// Property: inline fractions (and everything they meet) agree with Boost
// rationals, the heap form's arithmetic, for + - × ÷, comparison and every
// rounding mode, at the edges of 64 bits too.
big_rational reference_round(const big_rational& v, int places, rounding_mode mode) {
    big_int scale = 1;
    for (int i = 0; i < places; ++i) {
        scale *= 10;
    }
    big_rational x = v * scale;
    big_int num = boost::multiprecision::numerator(x);
    big_int den = boost::multiprecision::denominator(x);
    big_int q = num / den; // toward zero
    big_rational rest = abs(x - big_rational(q));
    big_rational half(1, 2);
    bool away = false;
    switch (mode) {
    case rounding_mode::half_up:
        away = rest >= half;
        break;
    case rounding_mode::half_even:
        away = rest > half || (rest == half && bit_test(abs(q), 0));
        break;
    case rounding_mode::toward_zero:
        break;
    case rounding_mode::away_from_zero:
        away = rest != 0;
        break;
    }
    if (away) {
        q += x.sign() < 0 ? -1 : 1;
    }
    return big_rational(q, scale);
}

TEST(Decimal, PropertyInlineFractionsAgreeWithRationals) {
    std::uint64_t state = 0x2545F4914F6CDD1DULL;
    auto next = [&] {
        state ^= state << 13;
        state ^= state >> 7;
        state ^= state << 17;
        return state;
    };
    const std::int64_t edges[] = {
        1, 3, 7, 83, 415, 999983, 3037000499LL, INT64_MAX / 3, INT64_MAX, INT64_MIN + 1};
    auto operand = [&]() -> decimal {
        std::int64_t c = 0;
        switch (next() % 4) {
        case 0: // a budget figure
            c = static_cast<std::int64_t>(next() % 2000001) - 1000000;
            return decimal::from_scaled(c, static_cast<int>(next() % 5));
        case 1: // near the edges of 64 bits
            c = edges[next() % std::size(edges)];
            return decimal::from_scaled(next() % 2 ? c : -c, static_cast<int>(next() % 3));
        default: { // a quotient, often with no finite decimal form
            decimal n = decimal::from_scaled(static_cast<std::int64_t>(next() % 200001) - 100000,
                                             static_cast<int>(next() % 3));
            decimal m = decimal::from_int(static_cast<std::int64_t>(next() % 9999) + 1);
            return n / m;
        }
        }
    };
    auto rational = [](const decimal& x) { return decimal_access::to_rational(x); };
    for (int i = 0; i < 20000; ++i) {
        decimal a = operand();
        decimal b = operand();
        SCOPED_TRACE(a.to_fraction_string() + " and " + b.to_fraction_string());
        big_rational ra = rational(a);
        big_rational rb = rational(b);
        auto same = [&](const decimal& got, const big_rational& want) {
            ASSERT_EQ(rational(got), want) << got.to_fraction_string();
        };
        try {
            same(a + b, ra + rb);
            same(a - b, ra - rb);
            same(a * b, ra * rb);
            if (!b.is_zero()) {
                same(a / b, ra / rb);
            }
        } catch (const number_error& e) {
            ASSERT_EQ(e.which(), number_error::code::too_large);
        }
        ASSERT_EQ(a < b, ra < rb);
        ASSERT_EQ(a == b, ra == rb);
        big_int den = boost::multiprecision::denominator(ra);
        while (den % 2 == 0) {
            den /= 2;
        }
        while (den % 5 == 0) {
            den /= 5;
        }
        ASSERT_EQ(a.is_finite_decimal(), den == 1);
        for (auto mode : {rounding_mode::half_up, rounding_mode::half_even,
                          rounding_mode::toward_zero, rounding_mode::away_from_zero}) {
            int places = static_cast<int>(next() % 7);
            decimal r = a.round(places, mode);
            same(r, reference_round(ra, places, mode));
            ASSERT_EQ(r.places(), places);
        }
    }
}

TEST(Decimal, FractionsPrintAsFractionsAndRefuseDecimalText) {
    decimal third = d("1") / d("3");
    EXPECT_EQ(third.to_fraction_string(), "1/3");
    EXPECT_EQ((-third).to_fraction_string(), "-1/3");
    EXPECT_FALSE(third.is_finite_decimal());
    EXPECT_FALSE(third.is_integer());
    EXPECT_EQ(third.places(), 0);
    EXPECT_EQ(third.sign(), 1);
    EXPECT_THROW((void)third.to_string(), number_error);
    EXPECT_EQ(third.trimmed(), third);
    EXPECT_EQ((third + third + third).to_string(), "1");
    EXPECT_EQ(third.round(2, rounding_mode::half_up).to_string(), "0.33");
    EXPECT_EQ((d("2") / d("3")).round(0, rounding_mode::half_up).to_string(), "1");
    EXPECT_EQ((d("-2") / d("3")).round(0, rounding_mode::toward_zero).to_string(), "0");
}

} // namespace
} // namespace jixiao
