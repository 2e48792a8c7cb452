// Indicators scored once and reused for records that are the same to the pack
// (selfeval/indicator_cache.hpp): the report is byte for byte the one scored
// without the cache, whatever is reused; only what may be reused is kept.
#include "form/vocabulary.hpp"
#include "lang/driver.hpp"
#include "lang/evaluate.hpp"
#include "pack/pack.hpp"
#include "selfeval/selfeval.hpp"
#include "support/pack_workspace.hpp"
#include "units/unit_registry.hpp"

#include <gtest/gtest.h>

#include <string>
#include <vector>

namespace jixiao {
namespace {

class IndicatorCache : public testing_support::PackWorkspace {
  protected:
    // A pack over the national one, with `main` as its entry.
    loaded_pack pack_over_national(const std::string& name, const std::string& main) {
        write(name + "/pack.json", R"({"name": ")" + name + R"(", "version": "1.0.0",
              "entry": "main.jx", "dependencies": {"national-selfeval": "^1.0.0"}})");
        write(name + "/main.jx", main);
        return load_pack(root_ / name, unit_registry::standard());
    }
    loaded_pack national() {
        return load_pack(root_ / "national-selfeval", unit_registry::standard());
    }
};

// Each document scored with the cache and without: the same line.
void expect_same_reports(const loaded_pack& pack, indicator_cache& cache,
                         const std::vector<std::string>& documents, int rounds) {
    selfeval_canonicalizer canonical(standard_vocabulary());
    for (int round = 0; round < rounds; ++round) {
        for (const std::string& text : documents) {
            json_value with = parse_json(text);
            json_value without = parse_json(text);
            std::string a =
                to_json_line(evaluate_selfeval(pack.program, with, canonical, &cache), lang::zh, 1);
            std::string b =
                to_json_line(evaluate_selfeval(pack.program, without, canonical), lang::zh, 1);
            EXPECT_EQ(a, b) << text;
        }
    }
}

std::string row(const std::string& name, const std::string& level2, const std::string& target,
                const std::string& actual, const std::string& weight,
                const std::string& extra = "") {
    return R"({"一级指标": "产出指标", "二级指标": ")" + level2 + R"(", "三级指标": ")" + name +
           R"(", "年初指标值": ")" + target + R"(", "实际完成值": ")" + actual + R"(", "分值": )" +
           weight + extra + "}";
}

std::string document(const std::string& project, const std::vector<std::string>& rows) {
    std::string out =
        R"({"项目名称": ")" + project + R"(", "全年预算数": 100, "全年执行数": 90, "指标": [)";
    for (std::size_t i = 0; i < rows.size(); ++i) {
        out += (i > 0 ? ", " : "") + rows[i];
    }
    return out + "]}";
}

TEST_F(IndicatorCache, ReportsAreTheSameWithAndWithout) {
    loaded_pack pack = national();
    std::unique_ptr<indicator_cache> cache = indicator_cache_for(pack.program);
    ASSERT_NE(cache, nullptr);
    // The same rows under other names and in another order, a reviewer's
    // score, a tier phrase, an adjusted target, an inferred comparison (a
    // warning), a deadline, a row that cannot be scored, a tier phrase scored
    // by default (a note) and one far over its target (a flag).
    std::vector<std::string> rows = {
        row("满意度", "质量指标", "≥90%", "95%", "10"),
        row("培训人数", "数量指标", "≥200人", "150人", "20"),
        row("及时性", "时效指标", "2025年底", "2025年10月31日", "5"),
        row("成本", "成本指标", "60元", "66元", "5"),
        row("规范", "质量指标", "规范", "部分达成预期指标", "5", R"(, "得分": 3.5)"),
        row("调整", "数量指标", "≥10个", "12个", "5", R"(, "调整后指标值": "≥15个")"),
        row("无法评分", "质量指标", "及时", "很好", "5"),
        row("宣传", "质量指标", "规范", "达成预期指标", "5"),
        row("超额", "数量指标", "≥100人", "150人", "5"),
    };
    std::vector<std::string> documents = {
        document("甲", rows),
        document("乙", {rows[3], rows[0], rows[6], rows[1]}),
        document("丙", {rows[5], rows[4], rows[2], rows[0], rows[0], rows[7], rows[8]}),
        document("丁", {rows[8], rows[7]}),
    };
    expect_same_reports(pack, *cache, documents, 3);
    indicator_cache::counts n = cache->tally();
    EXPECT_GT(n.found, 10u);
    EXPECT_EQ(n.kept, 8u); // each row that scores, once; never the one with an error
}

TEST_F(IndicatorCache, NotForAContractThatReadsTheDocument) {
    loaded_pack pack = pack_over_national(
        "reads-input", "扩展 national-selfeval\n"
                       "覆盖 函数 指标计算得分(指标) = 上级(指标) × 数值(输入.全年执行数) / 100\n");
    EXPECT_EQ(indicator_cache_for(pack.program), nullptr);
    loaded_pack rule =
        pack_over_national("reads-rule", "扩展 national-selfeval\n"
                                         "覆盖 函数 指标方法(指标) = 上级(指标) + 文本(执行率)\n");
    EXPECT_EQ(indicator_cache_for(rule.program), nullptr);
}

TEST_F(IndicatorCache, KeyIsTheFieldsTheContractReads) {
    loaded_pack pack = national();
    std::unique_ptr<indicator_cache> cache = indicator_cache_for(pack.program);
    ASSERT_NE(cache, nullptr);
    auto key = [&](const char* text) { return cache->key_of(parse_json(text)); };
    const char* base =
        R"({"三级指标": "甲", "年初指标值": "≥4个", "实际完成值": "4个", "分值": 4})";
    ASSERT_TRUE(key(base));
    EXPECT_EQ(key(base), key(R"({"三级指标": "乙", "实际完成值": "4个", "分值": 4,
                                 "年初指标值": "≥4个"})")); // a name, the order: not read
    struct differs {
        const char* record;
        const char* why;
    } rows[] = {
        {R"({"年初指标值": "≥4个", "实际完成值": "4个", "分值": 4.0})", "4.0 prints otherwise"},
        {R"({"年初指标值": "≥4个", "实际完成值": "4个", "分值": "4"})", "a text"},
        {R"({"年初指标值": "≥4个", "实际完成值": "4个", "分值": null})", "null"},
        {R"({"年初指标值": "≥4个", "实际完成值": "4个"})", "absent"},
        {R"({"年初指标值": "≥4个", "实际完成值": "4个", "分值": 4, "得分": 4})", "a reviewer's"},
        {R"({"年初指标值": "≥4个", "实际完成值": "4个", "分值": 4, "调整后指标值": ""})",
         "adjusted, empty"},
    };
    for (const differs& d : rows) {
        EXPECT_NE(key(base), key(d.record)) << d.why;
    }
    std::string long_actual(2000, 'x');
    EXPECT_FALSE(key(("{\"实际完成值\": \"" + long_actual + "\"}").c_str())) << "too long";
}

TEST_F(IndicatorCache, FieldsByNameMakeTheWholeRecordTheKey) {
    loaded_pack pack = pack_over_national(
        "by-name", "扩展 national-selfeval\n"
                   "覆盖 函数 指标方法(指标) = 上级(指标) + 文本(取值(指标, \"三级指标\"))\n");
    std::unique_ptr<indicator_cache> cache = indicator_cache_for(pack.program);
    ASSERT_NE(cache, nullptr);
    EXPECT_NE(cache->key_of(parse_json(R"({"三级指标": "甲", "分值": 4})")),
              cache->key_of(parse_json(R"({"三级指标": "乙", "分值": 4})")));
    std::vector<std::string> documents = {
        document("甲", {row("甲", "质量指标", "≥90%", "95%", "10")}),
        document("乙", {row("乙", "质量指标", "≥90%", "95%", "10")}),
    };
    expect_same_reports(pack, *cache, documents, 3);
}

// 2.9 million evaluation steps (the limit is 5 million), worked out once per document.
std::string expensive_parameter(const std::string& name) {
    std::string list = "[";
    for (int i = 0; i < 1200; ++i) {
        list += (i > 0 ? ", " : "") + std::to_string(i);
    }
    return "参数 " + name + " = 求和(对每个 x 属于 " + list + "] 取 计数(对每个 y 属于 " + list +
           "] 取 y))\n";
}

// A result's cost is what it takes with nothing remembered. A pack whose
// every indicator reads an expensive parameter computes it once per
// document; reused, each result charges it again, and a document that would
// go over a limit so is scored again without the cache: the same report,
// no error.
TEST_F(IndicatorCache, NearALimitTheDocumentIsScoredWithout) {
    loaded_pack pack = pack_over_national(
        "expensive", "扩展 national-selfeval\n" + expensive_parameter("重") +
                         "覆盖 函数 指标计算得分(指标) = 若 重 > 0 则 上级(指标) 否则 0\n");
    std::unique_ptr<indicator_cache> cache = indicator_cache_for(pack.program);
    ASSERT_NE(cache, nullptr);
    std::string r = row("满意度", "质量指标", "≥90%", "95%", "10");
    std::string doc = document("甲", {r, r, r, r, r, r});
    json_value plain = parse_json(doc);
    selfeval_report without = evaluate_selfeval(pack.program, plain);
    ASSERT_TRUE(without.errors.empty()) << without.errors[0].en;
    expect_same_reports(pack, *cache, {doc}, 2);
    EXPECT_GT(cache->tally().found, 0u);
}

// The limits decide what they decide without the cache. Here the document
// goes over its steps computing 重 for its indicators and 重甲 for its
// remarks; with the results reused, 重 is charged as if computed, so the
// remarks still fail as they do without (a cache that charged nothing would
// let them pass).
TEST_F(IndicatorCache, LimitsDecideAsWithout) {
    loaded_pack pack = pack_over_national(
        "over", "扩展 national-selfeval\n" + expensive_parameter("重") +
                    expensive_parameter("重甲") +
                    "覆盖 函数 指标计算得分(指标) = 若 重 > 0 则 上级(指标) 否则 0\n"
                    "覆盖 规则 权重提示 = 若 重甲 > 0 则 [] 否则 []\n");
    std::unique_ptr<indicator_cache> cache = indicator_cache_for(pack.program);
    ASSERT_NE(cache, nullptr);
    std::string r = row("满意度", "质量指标", "≥90%", "95%", "10");
    std::string doc = document("甲", {r, r});
    json_value plain = parse_json(doc);
    selfeval_report without = evaluate_selfeval(pack.program, plain);
    ASSERT_FALSE(without.warnings.empty());
    EXPECT_NE(without.warnings[0].en.find("evaluation steps"), std::string::npos)
        << without.warnings[0].en;
    expect_same_reports(pack, *cache, {doc}, 2);
    EXPECT_GT(cache->tally().found, 0u);
}

// What reading an actual value noticed reaches the report even when the
// first to read it is the pack's 有评审得分, asked before the score: the
// calls after it find 实际(指标) remembered and do not read it again.
TEST_F(IndicatorCache, ReadingsOfTheReviewerCheckReachTheReport) {
    loaded_pack pack = pack_over_national(
        "reads-actual", "扩展 national-selfeval\n"
                        "覆盖 函数 有评审得分(指标) = 有值(实际(指标)) 且 有值(指标.得分)\n");
    std::string r = row("满意度", "质量指标", "≥90%", "≥95%", "10", R"(, "得分": 9)");
    json_value doc = parse_json(document("甲", {r}));
    selfeval_report report = evaluate_selfeval(pack.program, doc);
    ASSERT_EQ(report.indicators.size(), 1u);
    const auto& warnings = report.indicators[0].warnings;
    bool noticed = false;
    for (const message& w : warnings) {
        noticed = noticed || w.zh.find("实际完成值「≥95%」") != std::string::npos;
    }
    EXPECT_TRUE(noticed) << (warnings.empty() ? "no warnings" : warnings[0].zh);
}

TEST(EvaluatorWork, TakeWorkStopsShortOfTheLimits) {
    jx::program p = jx::load_program({{"w.jx", "规则 r = 1\n"}}, unit_registry::standard());
    jx::evaluator ev(p, nullptr, {.max_steps = 100, .max_memory = 1000});
    EXPECT_TRUE(ev.take_work(50, 10));
    EXPECT_FALSE(ev.take_work(51, 0)); // 101 steps
    EXPECT_FALSE(ev.take_work(0, 991));
    EXPECT_EQ(ev.steps_taken(), 50u);
    EXPECT_EQ(ev.memory_used(), 10u);
    EXPECT_TRUE(ev.take_work(50, 990)); // exactly at the limits
    EXPECT_FALSE(ev.take_work(1, 0));
    EXPECT_FALSE(ev.stopped());
}

} // namespace
} // namespace jixiao
