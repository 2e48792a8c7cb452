// Unit algebra over the standard library's declarations (stdlib/units.jx).
#include "diag/diagnostic.hpp"
#include "number/decimal_parse.hpp"
#include "units/unit_algebra.hpp"
#include "units/unit_registry.hpp"

#include <gtest/gtest.h>

namespace jixiao {
namespace {

const unit_registry& reg() {
    return unit_registry::standard();
}

parsed_unit parse(std::string_view text) {
    unit_text_error err;
    auto u = reg().parse(text, err);
    if (!u) {
        ADD_FAILURE() << "could not parse unit '" << text << "': " << err.text.en;
        return {};
    }
    return *u;
}

struct unit_case {
    int line;
    const char* text;
    const char* canonical;
    const char* magnitude;
};

const unit_case canonical_cases[] = {
    {__LINE__, "人", "人", "1"},
    {__LINE__, "万人", "人", "10000"},
    {__LINE__, "万元", "元", "10000"},
    {__LINE__, "亿", "", "100000000"},
    {__LINE__, "千万元", "元", "10000000"},
    {__LINE__, "元/页", "元/页", "1"},
    {__LINE__, "元/平方米·月", "元/平方米·月", "1"},
    {__LINE__, "元/人、天", "元/人·天", "1"},
    {__LINE__, "元/人天", "元/人·天", "1"},
    {__LINE__, "元/车年", "元/车·年", "1"},
    {__LINE__, "人/次", "人/次", "1"},
    {__LINE__, "人次", "人次", "1"},
    {__LINE__, "次/每年", "次/年", "1"},
    {__LINE__, "份/年", "份/年", "1"},
    {__LINE__, "台(套)", "台(套)", "1"},
    {__LINE__, "台（套）", "台(套)", "1"},
    {__LINE__, "平米", "平方米", "1"},
    {__LINE__, "m²", "平方米", "1"},
    {__LINE__, "个月", "月", "1"},
    {__LINE__, "%", "%", "1"},
    {__LINE__, "％", "%", "1"},
    {__LINE__, "百分点", "%", "1"},
    {__LINE__, "批/次", "批/次", "1"},
    {__LINE__, "千米", "公里", "1"},
    {__LINE__, "元/万人", "元/人", "0.0001"},
};

TEST(Units, CanonicalNamesAndMagnitudes) {
    for (const auto& c : canonical_cases) {
        SCOPED_TRACE("table row at line " + std::to_string(c.line));
        parsed_unit p = parse(c.text);
        EXPECT_EQ(reg().name(p.unit), c.canonical);
        EXPECT_EQ(p.magnitude.to_string(), c.magnitude);
    }
}

struct conversion_case {
    int line;
    const char* value;
    const char* from;
    const char* to;
    const char* expected; // empty: not comparable
};

const conversion_case conversions[] = {
    {__LINE__, "1", "天", "小时", "24"},
    {__LINE__, "36", "小时", "天", "1.5"},
    {__LINE__, "1", "年", "月", "12"},
    {__LINE__, "2", "周", "小时", "336"},
    {__LINE__, "1.5", "公里", "米", "1500"},
    {__LINE__, "90", "%", "", "0.9"},
    {__LINE__, "2.5", "元/平方米·月", "元/平方米·年", "30"},
    {__LINE__, "0.25", "元/平方米·年", "元/平方米·月", "0.020833333333333333"},
    {__LINE__, "1", "人", "户", ""},
    {__LINE__, "1", "元", "元/页", ""},
    {__LINE__, "1", "月", "天", ""},
    {__LINE__, "1", "人次", "人/次", ""},
    {__LINE__, "1", "%", "人", ""},
};

TEST(Units, ExactConversionBetweenEqualDimensionsOnly) {
    for (const auto& c : conversions) {
        SCOPED_TRACE("table row at line " + std::to_string(c.line));
        unit from = parse(c.from).unit;
        unit to = parse(c.to).unit;
        if (*c.expected == 0) {
            EXPECT_FALSE(reg().comparable(from, to));
            continue;
        }
        ASSERT_TRUE(reg().comparable(from, to));
        decimal v = reg().convert(parse_decimal(c.value), from, to);
        if (v.is_finite_decimal()) {
            EXPECT_EQ(v.to_string(), c.expected);
        } else {
            EXPECT_EQ(v.round(18, rounding_mode::toward_zero).to_string(), c.expected);
        }
    }
}

TEST(Units, MismatchNamesBothUnits) {
    auto m = reg().mismatch(parse("元").unit, parse("元/页").unit);
    ASSERT_TRUE(m);
    EXPECT_EQ(m->en, "cannot compare 元 with 元/页: they measure different things");
    EXPECT_EQ(m->zh, "单位「元」与「元/页」量纲不同，不能比较");
    EXPECT_EQ(reg().mismatch(parse("人").unit, parse("户").unit)->en,
              "cannot compare 人 with 户: they measure different things");
    EXPECT_FALSE(reg().mismatch(parse("万元").unit, parse("元").unit));
    EXPECT_FALSE(reg().mismatch(parse("天").unit, parse("小时").unit));
}

TEST(Units, KindsComeFromDeclarations) {
    EXPECT_TRUE(reg().is_time(parse("小时").unit));
    EXPECT_TRUE(reg().is_time(parse("年").unit));
    EXPECT_TRUE(reg().is_time(parse("个月").unit));
    EXPECT_FALSE(reg().is_time(parse("人").unit));
    EXPECT_FALSE(reg().is_time(parse("元/年").unit));
    EXPECT_EQ(reg().kind(parse("平米").unit), "面积");
}

struct bad_unit_case {
    int line;
    const char* text;
    std::size_t offset;
    const char* message;
};

const bad_unit_case bad_units[] = {
    {__LINE__, "以上", 0, "unknown unit '以上'"},
    {__LINE__, "元/页/天", 7, "a unit may contain only one '/'"},
    {__LINE__, "元/", 3, "expected a unit after '/'"},
    {__LINE__, "人≥0", 3, "unknown unit '≥0'"},
    // Hundreds of 万 would pass every number limit; a power kept in 8 bits
    // would wrap round to another unit.
    {__LINE__, "万万万万万人", 12, "too many magnitude words in a unit (at most 4, as in 万亿)"},
    {__LINE__, "平方米·平方米·平方米·平方米·平方米·平方米·平方米·平方米·平方米·平方米", 9 * 11,
     "a unit's power is at most 9"},
};

TEST(Units, PowersAndMagnitudesUpToTheLimitAreRead) {
    EXPECT_EQ(reg().name(parse("平方米·平方米·平方米").unit), "平方米^3");
    EXPECT_EQ(parse("万万万万人").magnitude.to_string(), "10000000000000000");
}

TEST(Units, AProductStopsBeforeItsPowerCouldWrap) {
    unit square = parse("平方米").unit;
    unit u = square;
    for (int i = 2; i <= unit::max_power; ++i) {
        auto next = combine(u, square, 1);
        ASSERT_TRUE(next) << i;
        u = *next;
    }
    EXPECT_EQ(reg().name(u), "平方米^9");
    EXPECT_FALSE(combine(u, square, 1));
    unit per = *combine(unit{}, u, -1);
    EXPECT_FALSE(combine(per, square, -1));
}

TEST(Units, UnknownUnitsArePositioned) {
    for (const auto& c : bad_units) {
        SCOPED_TRACE("table row at line " + std::to_string(c.line));
        unit_text_error err;
        EXPECT_FALSE(reg().parse(c.text, err));
        EXPECT_EQ(err.offset, c.offset);
        EXPECT_EQ(err.text.en, c.message);
    }
}

// The standard registry keeps what each thread has read: reading again gives
// the same unit, and an unknown one is reported in full every time.
TEST(Units, ReadingAgainGivesTheSameAnswer) {
    for (int round = 0; round < 3; ++round) {
        SCOPED_TRACE("round " + std::to_string(round));
        unit_text_error err;
        auto u = reg().parse("万元/平方米·月", err);
        ASSERT_TRUE(u);
        EXPECT_EQ(reg().name(u->unit), "元/平方米·月");
        EXPECT_EQ(u->magnitude.to_string(), "10000");
        EXPECT_TRUE(u->had_magnitude);
        for (const auto& c : bad_units) {
            unit_text_error bad;
            EXPECT_FALSE(reg().parse(c.text, bad));
            EXPECT_EQ(bad.offset, c.offset);
            EXPECT_EQ(bad.text.en, c.message);
        }
    }
}

TEST(Units, DeclarationErrorsArePositioned) {
    struct bad_decl {
        const char* source;
        const char* rendered;
    };
    const bad_decl cases[] = {
        {"单位 人\n单位 户、人\n",
         "t.jx:2:6: error: '人' is already declared\n单位 户、人\n         ^~\n"},
        {"单位 天 = 24 时辰\n",
         "t.jx:1:4: error: unit '天' converts to '时辰', which is not declared\n单位 天 = 24 "
         "时辰\n     ^~\n"},
        {"单位 = 3\n", "t.jx:1:4: error: expected a unit name\n单位 = 3\n     ^\n"},
        {"单位 天 = 小时\n",
         "t.jx:1:8: error: expected a number after '='\n单位 天 = 小时\n          ^~\n"},
        {"面积 平方米\n", "t.jx:1:1: error: expected a 单位 (unit), 量级 (magnitude) or 档次 "
                          "(tier) declaration\n面积 平方米\n^~\n"},
        {"档次 优秀 用语 很好\n",
         "t.jx:1:4: error: there is no tier '优秀': the tiers are 达成, 部分达成 and 未达成\n档次 "
         "优秀 用语 很好\n     ^~~~\n"},
        {"档次 达成 用语 完成、完成\n",
         "t.jx:1:13: error: the tier phrase '完成' is already declared\n档次 达成 用语 "
         "完成、完成\n                     ^~~~\n"},
        {"档次 达成 完成\n",
         "t.jx:1:7: error: expected 用语 (phrases) after the tier name\n档次 达成 完成\n"
         "          ^~\n"},
        {"单位 人 别名 口、人\n",
         "t.jx:1:11: error: '人' is already declared\n单位 人 别名 口、人\n                 ^~\n"},
        {"量级 万 = 0\n",
         "t.jx:1:4: error: magnitude '万' must be positive\n量级 万 = 0\n     ^~\n"},
    };
    for (const auto& c : cases) {
        SCOPED_TRACE(c.source);
        unit_registry r;
        try {
            r.load("t.jx", c.source);
            ADD_FAILURE() << "loaded";
        } catch (const diagnostic_error& e) {
            EXPECT_EQ(render(e.diag(), lang::en), c.rendered);
        }
    }
}

} // namespace
} // namespace jixiao
