// The self-evaluation engine with packs that override the national one.
#include "pack/pack.hpp"
#include "selfeval/selfeval.hpp"
#include "support/pack_workspace.hpp"
#include "units/unit_registry.hpp"

#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>

namespace jixiao {
namespace {

namespace fs = std::filesystem;

using SelfEval = testing_support::PackWorkspace;

const char* tier_doc = R"({"项目名称": "档次", "全年预算数": 1, "全年执行数": 1, "指标": [
  {"一级指标": "满意度指标", "二级指标": "服务对象满意度", "三级指标": "满意度",
   "年初指标值": "≥90%", "实际完成值": "达成预期指标", "分值": 2, "得分": 1.5}]})";

TEST_F(SelfEval, ReviewerScoreOutsideItsTierIsFlaggedByDefault) {
    loaded_pack pack = load_pack(root_ / "national-selfeval", unit_registry::standard());
    json_value doc = parse_json(tier_doc);
    selfeval_report r = evaluate_selfeval(pack.program, doc);
    ASSERT_EQ(r.indicators.size(), 1u);
    EXPECT_FALSE(r.indicators[0].error);
    EXPECT_EQ(r.indicators[0].score->to_string(), "1.5");
    EXPECT_EQ(r.indicators[0].flags.back(), "评审得分超出档次的分数区间");
}

TEST_F(SelfEval, StrictModeMakesItAnError) {
    write("strict/pack.json", R"({"name": "strict", "version": "1.0.0", "entry": "main.jx",
        "dependencies": {"national-selfeval": "^1.0.0"}})");
    write("strict/main.jx", "扩展 national-selfeval\n覆盖 参数 严格模式 = 真\n");
    loaded_pack pack = load_pack(root_ / "strict", unit_registry::standard());
    json_value doc = parse_json(tier_doc);
    selfeval_report r = evaluate_selfeval(pack.program, doc);
    ASSERT_TRUE(r.indicators[0].error);
    EXPECT_TRUE(
        r.indicators[0].error->en.starts_with("in fn '评审得分': 评审得分超出档次的分数区间"))
        << r.indicators[0].error->en;
    EXPECT_FALSE(r.complete);
}

// The reports print the pack's weights, not the national ones: a province that
// gives budget execution 20 points sees 20 beside its score and 20 + the
// indicators' 分值 as the total's (and a "分值" written as text counts).
TEST_F(SelfEval, ReportsPrintThePacksBudgetWeight) {
    write("twenty/pack.json", R"({"name": "twenty", "version": "1.0.0", "entry": "main.jx",
        "dependencies": {"national-selfeval": "^1.0.0"}})");
    write("twenty/main.jx", "扩展 national-selfeval\n覆盖 参数 执行率分值 = 20\n");
    loaded_pack pack = load_pack(root_ / "twenty", unit_registry::standard());
    json_value doc = parse_json(R"({"项目名称": "二十", "全年预算数": 100, "全年执行数": 93,
        "指标": [{"一级指标": "产出指标", "二级指标": "数量指标", "三级指标": "乙",
                  "年初指标值": "≥2人", "实际完成值": "2人", "分值": "7"}]})");
    selfeval_report r = evaluate_selfeval(pack.program, doc);
    ASSERT_TRUE(r.budget_weight.has_value());
    EXPECT_EQ(r.budget_weight->to_string(), "20");
    EXPECT_EQ(r.budget_score->to_string(), "18.60");
    ASSERT_TRUE(r.indicators[0].weight.has_value());
    EXPECT_EQ(r.indicators[0].weight->to_string(), "7");
    ASSERT_TRUE(r.total_weight.has_value());
    EXPECT_EQ(r.total_weight->to_string(), "27");
    std::string table = to_table(r, lang::zh);
    EXPECT_NE(table.find("93.00%  20    18.60"), std::string::npos) << table;
    std::string html = to_html(r, lang::zh);
    EXPECT_NE(html.find("<td class=\"n\">20</td><td class=\"n\">93.00%</td>"), std::string::npos)
        << html;
    EXPECT_NE(html.find("<td class=\"n\">27</td><td class=\"n\">25.60</td>"), std::string::npos)
        << html;
    EXPECT_EQ(to_json(r, lang::zh)["indicators"][0]["weight"], "7");
}

// A pack without 执行率满分 says nothing about the weight, and nothing is printed.
TEST_F(SelfEval, NoBudgetWeightWithoutTheRule) {
    write("bare/pack.json", R"({"name": "bare", "version": "1.0.0", "entry": "main.jx",
        "dependencies": {}})");
    write("bare/main.jx", "函数 指标方法(指标) = \"定额\"\n"
                          "函数 指标计算得分(指标) = 指标.分值\n"
                          "函数 指标得分(指标, 计算得分) = 计算得分\n"
                          "函数 指标标记(指标, 计算得分, 得分) = []\n"
                          "规则 执行率 = 100%\n规则 执行率得分 = 10\n"
                          "函数 等级评定(总分) = \"优\"\n");
    loaded_pack pack = load_pack(root_ / "bare", unit_registry::standard());
    json_value doc = parse_json(R"({"项目名称": "甲", "全年预算数": 1, "全年执行数": 1,
        "指标": [{"一级指标": "产出指标", "二级指标": "数量指标", "三级指标": "乙",
                  "年初指标值": "≥2人", "实际完成值": "2人", "分值": 5}]})");
    selfeval_report r = evaluate_selfeval(pack.program, doc);
    EXPECT_FALSE(r.budget_weight.has_value());
    EXPECT_FALSE(r.total_weight.has_value());
}

// A city pack extends a province pack that extends the national one: the
// province's dependency is found beside it, and each level's 上级 is the one below.
TEST_F(SelfEval, PacksChainThroughTheirDependencies) {
    write("province/pack.json", R"({"name": "province", "version": "1.2.0", "entry": "main.jx",
        "dependencies": {"national-selfeval": "^1.0.0"}})");
    write("province/main.jx", "扩展 national-selfeval\n"
                              "覆盖 函数 指标得分(指标, 计算得分) = 上级(指标, 计算得分) - 1\n");
    write("city/pack.json", R"({"name": "city", "version": "1.0.0", "entry": "main.jx",
        "dependencies": {"province": "^1.1.0"}})");
    write("city/main.jx", "扩展 province\n"
                          "覆盖 函数 指标得分(指标, 计算得分) = 上级(指标, 计算得分) × 2\n");
    loaded_pack pack = load_pack(root_ / "city", unit_registry::standard());
    json_value doc = parse_json(R"({"项目名称": "链", "全年预算数": 1, "全年执行数": 1,
        "指标": [{"一级指标": "产出指标", "二级指标": "数量指标", "三级指标": "乙",
                  "年初指标值": "≥4人", "实际完成值": "2人", "分值": 10}]})");
    selfeval_report r = evaluate_selfeval(pack.program, doc);
    ASSERT_EQ(r.indicators.size(), 1u);
    // national 10 × 2 / 4 = 5.00; province − 1 = 4.00; city × 2 = 8.00
    EXPECT_EQ(r.indicators[0].score->to_string(), "8.00");
    EXPECT_EQ(r.indicators[0].explanation,
              "10 × 2人 / 4人 = 5 → 四舍五入(2) = 5.00；(5.00 - 1) × 2 = 8.00");
}

TEST_F(SelfEval, AMissingDependencyNamesEveryPlaceSearched) {
    write("lost/pack.json", R"({"name": "lost", "version": "1.0.0", "entry": "main.jx",
        "dependencies": {"nowhere-selfeval": "^1.0.0"}})");
    write("lost/main.jx", "扩展 nowhere-selfeval\n");
    try {
        (void)load_pack(root_ / "lost", unit_registry::standard());
        FAIL() << "loaded";
    } catch (const diagnostic_error& e) {
        const std::string& en = e.diag().text.en;
        EXPECT_TRUE(en.starts_with("cannot find the pack 'nowhere-selfeval'")) << en;
        EXPECT_NE(en.find((root_ / "nowhere-selfeval").string()), std::string::npos) << en;
        EXPECT_NE(en.find("JIXIAO_PACK_PATH"), std::string::npos) << en;
    }
}

TEST_F(SelfEval, AnUndeclaredPackSaysToDeclareIt) {
    write("bare/pack.json", R"({"name": "bare", "version": "1.0.0", "entry": "main.jx"})");
    write("bare/main.jx", "扩展 national-selfeval\n");
    try {
        (void)load_pack(root_ / "bare", unit_registry::standard());
        FAIL() << "loaded";
    } catch (const diagnostic_error& e) {
        EXPECT_EQ(e.diag().text.en, "'national-selfeval' is a pack: declare it in pack.json "
                                    "under dependencies, e.g. \"national-selfeval\": \"^1.0.0\"");
    }
}

TEST_F(SelfEval, DependencyVersionRangeIsChecked) {
    write("strict/pack.json", R"({"name": "strict", "version": "1.0.0", "entry": "main.jx",
        "dependencies": {"national-selfeval": "^2.0.0"}})");
    write("strict/main.jx", "扩展 national-selfeval\n");
    try {
        (void)load_pack(root_ / "strict", unit_registry::standard());
        FAIL() << "loaded";
    } catch (const diagnostic_error& e) {
        EXPECT_EQ(e.diag().text.en, "the dependency 'national-selfeval' has version 1.0.0, which "
                                    "does not satisfy ^2.0.0");
    }
}

// A form without indicators is an error, not a project graded 差; an
// incomplete total gets no grade (a grade of a partial sum reads as the project's).
TEST_F(SelfEval, NoIndicatorsIsAnErrorAndAnIncompleteTotalIsNotGraded) {
    loaded_pack pack = load_pack(root_ / "national-selfeval", unit_registry::standard());
    selfeval_report empty = evaluate_selfeval(
        pack.program,
        parse_json(R"({"项目名称": "空", "全年预算数": 1, "全年执行数": 1, "指标": []})"));
    EXPECT_FALSE(empty.complete);
    EXPECT_EQ(empty.grade, "");
    ASSERT_EQ(empty.errors.size(), 1u);
    EXPECT_TRUE(empty.errors[0].en.starts_with("the 指标 (indicators) list is empty"));
    EXPECT_TRUE(to_json(empty, lang::zh)["grade"].is_null());
    selfeval_report partial = evaluate_selfeval(
        pack.program, parse_json(R"({"项目名称": "缺", "全年预算数": 1, "全年执行数": 1, "指标": [
            {"一级指标": "产出指标", "二级指标": "数量指标", "三级指标": "甲",
             "年初指标值": "≥2人", "实际完成值": "2户", "分值": 50}]})"));
    EXPECT_FALSE(partial.complete);
    EXPECT_EQ(partial.grade, "");
    EXPECT_NE(to_table(partial, lang::zh).find("等级：—（总分不完整，不评等级）"),
              std::string::npos);
}

// A parameter in 元/人 set against a target in 元/页 makes a score in 页/人:
// an error of the indicator, positioned at the parameter, not a score.
TEST_F(SelfEval, AScoreWithAUnitIsAnErrorAtTheParameter) {
    write("unit/pack.json", R"({"name": "unit", "version": "1.0.0", "entry": "main.jx",
        "dependencies": {"national-selfeval": "^1.0.0"}})");
    write("unit/main.jx",
          "扩展 national-selfeval\n参数 单价 = 0.45元/人\n"
          "覆盖 函数 指标计算得分(指标) = 分值(指标) × 单价 / 目标数(目标(指标))\n");
    loaded_pack pack = load_pack(root_ / "unit", unit_registry::standard());
    json_value doc = parse_json(R"({"项目名称": "单位", "全年预算数": 1, "全年执行数": 1,
        "指标": [{"一级指标": "产出指标", "二级指标": "成本指标", "三级指标": "印刷成本",
                  "年初指标值": "≤0.32元/页", "实际完成值": "0.30元/页", "分值": 10}]})");
    selfeval_report r = evaluate_selfeval(pack.program, doc);
    ASSERT_TRUE(r.indicators[0].error);
    EXPECT_EQ(r.indicators[0].error->en,
              "a score must be a plain number, but '指标计算得分' gives 14.0625页/人; the "
              "parameter '单价' is in 元/人, which does not cancel with the indicator's unit "
              "(unit/main.jx:2:4)");
    EXPECT_FALSE(r.indicators[0].score);
    EXPECT_FALSE(r.complete);
}

// Whether a reviewer's score counts is the pack's to say: one that scores by
// the formula only does not get the filed 得分 marked as the reviewer's.
TEST_F(SelfEval, WhetherTheReviewerScoreCountsIsThePacks) {
    write("formula/pack.json", R"({"name": "formula", "version": "1.0.0", "entry": "main.jx",
        "dependencies": {"national-selfeval": "^1.0.0"}})");
    write("formula/main.jx", "扩展 national-selfeval\n覆盖 函数 有评审得分(指标) = 假\n");
    loaded_pack pack = load_pack(root_ / "formula", unit_registry::standard());
    json_value doc = parse_json(R"({"项目名称": "公式", "全年预算数": 1, "全年执行数": 1,
        "指标": [{"一级指标": "产出指标", "二级指标": "数量指标", "三级指标": "人数",
                  "年初指标值": "≥100人", "实际完成值": "90人", "分值": 20, "得分": 19}]})");
    selfeval_report r = evaluate_selfeval(pack.program, doc);
    ASSERT_FALSE(r.indicators[0].error);
    EXPECT_FALSE(r.indicators[0].manual);
    EXPECT_EQ(r.indicators[0].score->to_string(), "18.00");
    EXPECT_EQ(r.indicators[0].explanation, "20 × 90人 / 100人 = 18 → 四舍五入(2) = 18.00");
}

TEST(Versions, Ranges) {
    EXPECT_TRUE(version_satisfies("1.2.3", "^1.0.0"));
    EXPECT_FALSE(version_satisfies("2.0.0", "^1.0.0"));
    EXPECT_FALSE(version_satisfies("0.3.0", "^0.2.0"));
    EXPECT_TRUE(version_satisfies("1.2.9", "~1.2.0"));
    EXPECT_FALSE(version_satisfies("1.3.0", "~1.2.0"));
    EXPECT_TRUE(version_satisfies("3.0.0", ">=1.0.0"));
    EXPECT_TRUE(version_satisfies("1.0.0", "1.0.0"));
    EXPECT_FALSE(version_satisfies("1.0.1", "1.0.0"));
    EXPECT_TRUE(version_satisfies("9.9.9", "*"));
    EXPECT_FALSE(version_satisfies("1.0", "*"));
}

// Found by fuzzing: an indicator that is not an object (here a number) is an
// error entry of its own; it must not be read as a record.
TEST(SelfEvalInput, AnIndicatorThatIsNotAnObjectIsAnErrorEntry) {
    auto pack = load_pack(fs::path(JIXIAO_SOURCE_DIR) / "rules/national-selfeval",
                          unit_registry::standard());
    json_value doc = parse_json(R"({"项目名称": "甲", "全年预算数": 1, "全年执行数": 1,
        "指标": [1, {"一级指标": "产出指标", "二级指标": "数量指标", "三级指标": "乙",
                     "年初指标值": "≥2人", "实际完成值": "2人", "分值": 5}]})");
    selfeval_report r = evaluate_selfeval(pack.program, doc);
    ASSERT_EQ(r.indicators.size(), 2u);
    ASSERT_TRUE(r.indicators[0].error.has_value());
    EXPECT_NE(r.indicators[0].error->zh.find("对象"), std::string::npos)
        << r.indicators[0].error->zh;
    EXPECT_FALSE(r.complete);
    ASSERT_TRUE(r.indicators[1].score.has_value());
    EXPECT_EQ(r.indicators[1].score->to_string(), "5");
}

// A pack's flags are remarks, not data: a pack that returns a hundred
// thousand of them gets a warning instead (docs/limits.md), and the score stands.
TEST(SelfEvalInput, FlagsBeyondTheLimitBecomeAWarning) {
    fs::path dir = fs::temp_directory_path() / "jixiao-flags-pack";
    fs::remove_all(dir);
    fs::create_directories(dir);
    std::ofstream(dir / "pack.json")
        << R"({"name": "flags", "version": "1.0.0", "entry": "main.jx", "dependencies": {}})";
    std::ofstream(dir / "main.jx")
        << "参数 十 = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10]\n"
           "函数 加倍(文) = 文 + 文\n"
           "函数 指标方法(指标) = \"定额\"\n"
           "函数 指标计算得分(指标) = 指标.分值\n"
           "函数 指标得分(指标, 计算得分) = 计算得分\n"
           // 10 flags of 24 KiB each: 240 KiB in all.
           "函数 指标标记(指标, 计算得分, 得分) = 对每个 a 属于 十 取 "
           "加倍(加倍(加倍(加倍(加倍(加倍(加倍(加倍(加倍(加倍(加倍(\"偏差较大\")))))))))))\n"
           "规则 执行率 = 100%\n"
           "规则 执行率得分 = 10\n"
           "函数 等级评定(总分) = 若 总分 ≥ 90 则 \"优\" 否则 \"良\"\n";
    auto pack = load_pack(dir, unit_registry::standard());
    json_value doc = parse_json(R"({"项目名称": "甲", "全年预算数": 1, "全年执行数": 1,
        "指标": [{"一级指标": "产出指标", "二级指标": "数量指标", "三级指标": "乙",
                  "年初指标值": "≥2人", "实际完成值": "2人", "分值": 5}]})");
    selfeval_report r = evaluate_selfeval(pack.program, doc);
    fs::remove_all(dir);
    ASSERT_EQ(r.indicators.size(), 1u);
    EXPECT_TRUE(r.indicators[0].flags.empty());
    ASSERT_EQ(r.indicators[0].warnings.size(), 1u);
    EXPECT_NE(r.indicators[0].warnings[0].en.find("64 KiB"), std::string::npos);
    ASSERT_TRUE(r.indicators[0].score.has_value());
    EXPECT_EQ(r.indicators[0].score->to_string(), "5");
}

} // namespace
} // namespace jixiao
