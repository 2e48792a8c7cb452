// Reading numbers from text: the forms of budget documents and JSON.
#include "number/decimal_parse.hpp"

#include <gtest/gtest.h>

namespace jixiao {
namespace {

struct parse_case {
    int line;
    const char* text;
    const char* expected;
};

const parse_case good[] = {
    {__LINE__, "0", "0"},
    {__LINE__, "90", "90"},
    {__LINE__, "0.45", "0.45"},
    {__LINE__, "294.80", "294.80"},
    {__LINE__, "1,618.788", "1618.788"},
    {__LINE__, "2,000,000", "2000000"},
    {__LINE__, "-3.5", "-3.5"},
    {__LINE__, "+7", "7"},
    {__LINE__, "９０", "90"},
    {__LINE__, "１２．５", "12.5"},
    {__LINE__, "－１", "-1"},
    {__LINE__, "−2", "-2"},
    {__LINE__, "007", "7"},
    {__LINE__, "1e3", "1000"},
    {__LINE__, "1.5E-3", "0.0015"},
    {__LINE__, "12345678901234567890.5", "12345678901234567890.5"},
    // Around the plain-ASCII reading (18 digits at most) and the zeros.
    {__LINE__, "123456789012345678", "123456789012345678"},
    {__LINE__, "1234567890123456789", "1234567890123456789"},
    {__LINE__, "0.000000000000000001", "0.000000000000000001"},
    {__LINE__, "-0.00", "0.00"},
    {__LINE__, "00.50", "0.50"},
};

TEST(ParseDecimal, AcceptedForms) {
    for (const auto& c : good) {
        SCOPED_TRACE("table row at line " + std::to_string(c.line));
        EXPECT_EQ(parse_decimal(c.text, {.exponent = true}).to_string(), c.expected);
    }
}

struct bad_case {
    int line;
    const char* text;
    std::size_t offset;
    const char* message;
};

const bad_case bad[] = {
    {__LINE__, "", 0, "expected a number, found the end of the text"},
    {__LINE__, "abc", 0, "expected a digit"},
    {__LINE__, "1,61", 4, "a thousands group must have three digits"},
    {__LINE__, "1234,567", 4, "misplaced thousands separator ','"},
    {__LINE__, "1,2345", 6, "a thousands group must have three digits"},
    {__LINE__, "5.", 2, "expected a digit after the decimal point"},
    {__LINE__, ".5", 0, "expected a digit"},
    {__LINE__, "-", 1, "expected a digit"},
    {__LINE__, "1.2.3", 3, "unexpected character in a number"},
    {__LINE__, "1e", 2, "expected a digit in the exponent"},
    {__LINE__, "12人", 2, "unexpected character in a number"},
    {__LINE__, "1e101", 0, "exponent beyond ±100"},
    {__LINE__, "1e99999999999999999999", 0, "exponent beyond ±100"},
};

TEST(ParseDecimal, RejectedFormsSayWhereAndWhy) {
    for (const auto& c : bad) {
        SCOPED_TRACE("table row at line " + std::to_string(c.line));
        try {
            (void)parse_decimal(c.text, {.exponent = true});
            ADD_FAILURE() << "parsed '" << c.text << "'";
        } catch (const number_syntax_error& e) {
            EXPECT_EQ(e.offset(), c.offset);
            EXPECT_STREQ(e.what(), c.message);
            EXPECT_FALSE(e.zh().empty());
        }
    }
}

TEST(ParseDecimal, DigitLimit) {
    std::string ok(100, '9');
    EXPECT_EQ(parse_decimal(ok).to_string(), ok);
    std::string too_many(101, '9');
    try {
        (void)parse_decimal(too_many);
        FAIL();
    } catch (const number_syntax_error& e) {
        EXPECT_STREQ(e.what(), "number has 101 significant digits; the limit is 100");
    }
    // leading zeros are not significant
    EXPECT_EQ(parse_decimal(std::string(500, '0') + "1").to_string(), "1");
}

// Zeros after the point are not significant either, but each is a place: 200
// at most (0.000…1 with 2,000 zeros was a number beyond every limit, found by
// fuzz_target_literal; fuzz/regressions/target-literal-many-places.txt).
TEST(ParseDecimal, PlacesLimit) {
    std::string ok = "0." + std::string(199, '0') + "1";
    EXPECT_EQ(parse_decimal(ok).to_string(), ok);
    EXPECT_EQ(parse_decimal("0." + std::string(5'000, '0')).to_string(), "0");
    EXPECT_EQ(parse_decimal("1.5e-100", {.exponent = true}).to_string(),
              "0." + std::string(99, '0') + "15");
    for (const std::string& too_many :
         {"0." + std::string(200, '0') + "1", "0." + std::string(2'000, '0') + "7"}) {
        try {
            (void)parse_decimal(too_many);
            ADD_FAILURE() << too_many.size();
        } catch (const number_syntax_error& e) {
            EXPECT_EQ(e.offset(), 0u);
            EXPECT_EQ(std::string(e.what()), "number has " + std::to_string(too_many.size() - 2) +
                                                 " decimal places; the limit is 200");
        }
    }
}

TEST(ParseDecimal, ExponentOnlyWhenAskedFor) {
    EXPECT_THROW((void)parse_decimal("1e3"), number_syntax_error);
    EXPECT_THROW((void)parse_decimal("-1", {.sign = false}), number_syntax_error);
    EXPECT_THROW((void)parse_decimal("1,000", {.grouping = false}), number_syntax_error);
}

// Property: plain ASCII figures (read in one pass) read as their full-width
// spelling does (which only the full reader takes): the same value and scale,
// or the same refusal.
TEST(ParseDecimal, PropertyPlainAsciiReadsAsTheFullReader) {
    auto full_width = [](const std::string& ascii) {
        std::string out;
        for (char c : ascii) {
            if (c >= '0' && c <= '9') {
                out += "\xEF\xBC";
                out += static_cast<char>(0x90 + (c - '0')); // ０..９: U+FF10..U+FF19
            } else if (c == '.') {
                out += "．";
            } else if (c == '-') {
                out += "－";
            } else {
                out += c;
            }
        }
        return out;
    };
    auto read = [](const std::string& text) {
        try {
            return parse_decimal(text).to_string();
        } catch (const number_syntax_error& e) {
            return "error at " + std::to_string(e.offset() > 0) + ": " + e.what();
        }
    };
    const char* pieces[] = {"0", "7", "9", ".", "-", "1", "5"};
    std::uint32_t seed = 12345;
    int compared = 0;
    for (int n = 0; n < 20000; ++n) {
        std::string text;
        int length = static_cast<int>(seed % 24);
        for (int i = 0; i < length; ++i) {
            seed = seed * 1103515245u + 12345u;
            text += pieces[(seed >> 16) % 7];
        }
        seed = seed * 1103515245u + 12345u;
        std::string a = read(text);
        std::string b = read(full_width(text));
        // Offsets differ (full-width characters are three bytes); whether
        // there is one, and the message, do not.
        ASSERT_EQ(a, b) << text;
        compared += a.starts_with("error") ? 0 : 1;
    }
    EXPECT_GT(compared, 1000); // numbers were read, not only refusals
}

} // namespace
} // namespace jixiao
