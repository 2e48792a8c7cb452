// Target literals: the properties that matter beyond the golden files.
#include "number/decimal_parse.hpp"
#include "target/target.hpp"
#include "units/unit_registry.hpp"

#include <gtest/gtest.h>

namespace jixiao {
namespace {

target read(std::string_view text, target_context ctx = {}) {
    return parse_target(text, ctx, unit_registry::standard());
}

const comparison_form& comparison(const target& t) {
    return std::get<comparison_form>(t.form);
}

TEST(Target, MagnitudeIsFoldedIntoTheValue) {
    auto t = read("≥12万人");
    EXPECT_EQ(t.kind, target_kind::comparison);
    EXPECT_EQ(comparison(t).op, comparison_op::ge);
    EXPECT_EQ(comparison(t).value.q.value.to_string(), "120000");
    EXPECT_EQ(unit_registry::standard().name(comparison(t).value.q.unit), "人");
    EXPECT_EQ(read("3.5万元").kind, target_kind::comparison);
    EXPECT_EQ(comparison(read("3.5万元")).value.q.value.to_string(), "35000");
}

TEST(Target, BareQuantityInfersOperatorFromCategory) {
    EXPECT_EQ(comparison(read("279 人")).op, comparison_op::ge);
    EXPECT_TRUE(comparison(read("279 人")).inferred);
    EXPECT_EQ(comparison(read("60元", {.reading = bare_reading::upper})).op, comparison_op::le);
    EXPECT_FALSE(comparison(read("≥60元", {.reading = bare_reading::upper})).inferred);
}

TEST(Target, FullWidthFormsReadAsAscii) {
    auto t = read("＞９０％");
    EXPECT_EQ(comparison(t).op, comparison_op::gt);
    EXPECT_EQ(comparison(t).value.q.value, parse_decimal("90"));
    EXPECT_EQ(unit_registry::standard().name(comparison(t).value.q.unit), "%");
}

TEST(Target, ActualWithCopiedOperatorIsAQuantityWithANote) {
    auto t = read("≥151人", {.actual = true});
    EXPECT_EQ(t.kind, target_kind::quantity);
    EXPECT_EQ(comparison(t).value.q.value.to_string(), "151");
    ASSERT_EQ(t.warnings.size(), 1u);
    EXPECT_EQ(t.warnings[0].en,
              "the '≥' before the actual value was copied from the target; read as 151人");
}

TEST(Target, TierPhrasesOnlyForActuals) {
    EXPECT_EQ(read("部分达成预期指标", {.actual = true}).kind, target_kind::tier);
    EXPECT_EQ(std::get<tier_form>(read("部分达成预期", {.actual = true}).form).level,
              tier_level::partial);
    EXPECT_EQ(read("部分达成预期指标").kind, target_kind::qualitative);
}

struct diagnostic_case {
    int line;
    const char* text;
    std::size_t column;
    const char* message;
};

const diagnostic_case diagnostics[] = {
    {__LINE__, "≥人", 2,
     "expected a number after the comparison operator (is the target's figure missing?), found "
     "'人'"},
    {__LINE__, "≥", 2,
     "expected a number after the comparison operator (is the target's figure missing?), found "
     "the end of the text"},
    {__LINE__, "≥0≥0", 3, "a target has only one comparison operator, found '≥'"},
    {__LINE__, "≥90%以左", 5, "unknown unit '以左'"},
    {__LINE__, "≥90% 左右", 6, "expected the end of the target here, found '左'"},
    {__LINE__, "2026年13月底", 6, "there is no month 13"},
    {__LINE__, "每年2月30日", 5, "day 30 is beyond the end of the month"},
    {__LINE__, "", 1, "the target is empty"},
    {__LINE__, "   ", 1, "the target is empty"},
    {__LINE__, "90%-80%", 1, "the range's lower bound is above its upper bound"},
    {__LINE__, "5人-8户", 5, "the bounds' units '人' and '户' cannot be compared"},
    {__LINE__, "≥1e5人", 3, "unknown unit 'e5人'"},
};

// Deadlines compare by date, a day of 0 meaning the month's last day: the
// same order as their ISO 8601 forms, and years past 9999 still in order.
TEST(Target, DatesCompareAsTheDaysTheyName) {
    struct row {
        date_spec a, b;
        int order; // -1: a is earlier, 0: the same day, 1: a is later
    };
    const row rows[] = {
        {{2026, 12, 0}, {2026, 12, 31}, 0}, {{2026, 11, 30}, {2026, 12, 0}, -1},
        {{2024, 2, 0}, {2024, 2, 29}, 0},   {{2025, 2, 0}, {2025, 2, 28}, 0},
        {{2100, 2, 0}, {2100, 2, 28}, 0},   {{2000, 2, 0}, {2000, 2, 29}, 0},
        {{2026, 1, 31}, {2025, 12, 31}, 1}, {{2026, 6, 1}, {2026, 5, 31}, 1},
        {{10000, 1, 1}, {9999, 12, 31}, 1},
    };
    for (const row& r : rows) {
        auto c = r.a <=> r.b;
        int got = c < 0 ? -1 : (c == 0 ? 0 : 1);
        EXPECT_EQ(got, r.order) << r.a.iso() << " vs " << r.b.iso();
        if (r.a.year < 10000) {
            int by_text = r.a.iso() < r.b.iso() ? -1 : (r.a.iso() == r.b.iso() ? 0 : 1);
            EXPECT_EQ(got, by_text) << r.a.iso() << " vs " << r.b.iso();
        }
    }
}

TEST(Target, DiagnosticsArePositioned) {
    for (const auto& c : diagnostics) {
        SCOPED_TRACE("table row at line " + std::to_string(c.line));
        try {
            (void)read(c.text);
            ADD_FAILURE() << "read '" << c.text << "' without a diagnostic";
        } catch (const diagnostic_error& e) {
            EXPECT_EQ(e.diag().column, c.column);
            EXPECT_EQ(e.diag().text.en, c.message);
            EXPECT_FALSE(e.diag().text.zh.empty());
        }
    }
}

TEST(Target, HostileInputNeverCrashes) {
    // Invalid UTF-8, control bytes, huge numbers: a target or a diagnostic, nothing else.
    const std::string inputs[] = {
        std::string("\xff\xfe\x00\x01", 4),
        "≥\xE4\xBA",
        std::string(5000, '9') + "人",
        "≥" + std::string(100000, '1'),
        std::string(10000, '['),
        "[1,2" + std::string(3000, ')'),
        "每年" + std::string(1000, '5') + "月底",
    };
    for (const auto& in : inputs) {
        try {
            (void)read(in);
        } catch (const diagnostic_error& e) {
            EXPECT_FALSE(e.diag().text.en.empty());
        }
    }
}

} // namespace
} // namespace jixiao
