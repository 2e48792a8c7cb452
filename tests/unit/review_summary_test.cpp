// The reviewer's summary gathered while streaming (review/batch_summary.hpp):
// top lists in order with ties kept by input order, bounded lists, grade
// counts, the cause of an unscored indicator without its quoted specifics.
#include "number/decimal_parse.hpp"
#include "review/batch_summary.hpp"

#include <gtest/gtest.h>

namespace {

using jixiao::batch_summary_builder;
using jixiao::decimal;
using jixiao::parse_decimal;
using jixiao::project_digest;

project_digest project(std::uint64_t line, const char* filed, const char* formula,
                       std::vector<std::string> marks = {}) {
    project_digest d;
    d.line = line;
    d.project = "项目" + std::to_string(line);
    d.department = line % 2 == 0 ? "甲局" : "乙局";
    d.filed_total = parse_decimal(filed);
    d.formula_total = parse_decimal(formula);
    d.filed_grade = "良";
    d.formula_grade = "优";
    d.grade = "良";
    d.marks = std::move(marks);
    d.source = std::string(1000, 'x');
    return d;
}

std::vector<std::uint64_t> lines_of(const batch_summary_builder& s, bool above) {
    std::vector<std::uint64_t> out;
    for (const auto* e : above ? s.filed_above() : s.filed_below()) {
        out.push_back(s.named(e->key).line);
    }
    return out;
}

TEST(ReviewSummary, LargestGapsFirstTiesByInputOrder) {
    jixiao::summary_limits limits;
    limits.top = 3;
    batch_summary_builder s(limits);
    s.add(project(1, "90", "85")); // +5
    s.add(project(2, "90", "80")); // +10
    s.add(project(3, "90", "85")); // +5, after line 1
    s.add(project(4, "90", "89")); // +1: not in the top 3
    s.add(project(5, "70", "90")); // -20
    s.add(project(6, "90", "90")); // no gap
    s.add(project(7, "91", "80")); // +11
    EXPECT_EQ(lines_of(s, true), (std::vector<std::uint64_t>{7, 2, 1}));
    EXPECT_EQ(lines_of(s, false), (std::vector<std::uint64_t>{5}));
}

TEST(ReviewSummary, MemoryStaysBounded) {
    jixiao::summary_limits limits;
    limits.top = 10;
    limits.examples = 5;
    batch_summary_builder s(limits);
    for (std::uint64_t i = 1; i <= 20000; ++i) {
        // gaps growing with i: every project enters the top list, then leaves it
        s.add(project(i, "100", (std::to_string(100 - static_cast<int>(i % 90)) + ".5").c_str(),
                      {"甲标记", i % 3 == 0 ? "乙标记" : "甲标记"}));
    }
    // kept: 10 + 10 in the top lists, 5 per mark
    EXPECT_LE(s.named_projects().size(), 30u);
    EXPECT_EQ(s.marks().at("甲标记").count, 20000u); // once per project
    EXPECT_EQ(s.marks().at("乙标记").count, 20000u / 3);
    EXPECT_EQ(s.marks().at("甲标记").examples.size(), 5u);
    EXPECT_EQ(s.report_grades().by_grade.at("良"), 20000u);
    EXPECT_EQ(s.departments().at("甲局").projects, 10000u);
}

TEST(ReviewSummary, UnscoredGroupedByCauseWithoutQuotedSpecifics) {
    batch_summary_builder s;
    for (const char* unit : {"分钟", "个·工作日", "分钟"}) {
        project_digest d = project(1, "90", "90");
        jixiao::indicator_digest x;
        x.name = "时限";
        x.unscored = std::string("未知的单位「") + unit + "」 (national-selfeval/main.jx:3:5)";
        d.indicators.push_back(x);
        s.add(d);
    }
    ASSERT_EQ(s.unscored().size(), 1u);
    EXPECT_EQ(s.unscored().begin()->first, "未知的单位「…」");
    EXPECT_EQ(s.unscored().begin()->second.count, 3u);
}

TEST(ReviewSummary, HistogramBinsOfTen) {
    batch_summary_builder s;
    s.add(project(1, "59.99", "60"));
    s.add(project(2, "100", "104"));
    EXPECT_EQ(s.filed_histogram()[5], 1u);
    EXPECT_EQ(s.formula_histogram()[6], 1u);
    EXPECT_EQ(s.filed_histogram()[10], 1u);
    EXPECT_EQ(s.formula_histogram()[10], 1u);
}

} // namespace
