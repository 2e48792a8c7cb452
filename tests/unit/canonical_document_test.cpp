// A self-evaluation document as people write it, put into the packs' words:
// labels of the form vocabulary renamed to their fields, amounts with their
// unit made numbers in the document's 金额单位; unknown keys kept.
#include "form/canonical_document.hpp"
#include "number/decimal_display.hpp"
#include "number/decimal_parse.hpp"

#include <functional>

#include <gtest/gtest.h>

namespace jixiao {
namespace {

std::string canonical(std::string_view text, std::vector<message>* warnings = nullptr) {
    json_value doc = parse_json(text);
    std::vector<message> w = selfeval_canonicalizer(standard_vocabulary())(doc);
    if (warnings != nullptr) {
        *warnings = w;
    }
    // Rendered compactly: key=value, in order (numbers exact).
    std::string out;
    std::function<void(const json_value&)> show = [&](const json_value& v) {
        if (const auto* o = v.object()) {
            out += "{";
            for (const auto& [k, m] : *o) {
                out += k + "=";
                show(m);
                out += ";";
            }
            out += "}";
        } else if (const auto* a = v.array()) {
            out += "[";
            for (const auto& m : *a) {
                show(m);
            }
            out += "]";
        } else if (v.number() != nullptr) {
            out += "#" + v.number()->to_string();
        } else if (v.string() != nullptr) {
            out += *v.string();
        }
    };
    show(doc);
    return out;
}

struct row {
    int line;
    const char* input;
    const char* expected;
};

TEST(CanonicalDocument, RenamesLabelsAndConvertsAmounts) {
    const row rows[] = {
        {__LINE__, R"({"项目名称": "p"})", "{项目名称=p;}"},
        // the budget system's words for the project's fields
        {__LINE__, R"({"预算单位": "u", "调整后预算数": 5, "预算执行数": 4})",
         "{实施单位=u;全年预算数=#5;全年执行数=#4;}"},
        // and for the grid's columns
        {__LINE__,
         R"({"指标": [{"年度指标值": "≥1次", "完成值": "2次", "权重": 10, "未完成原因分析": "r"}]})",
         "{指标=[{年初指标值=≥1次;实际完成值=2次;分值=#10;偏差原因=r;}];}"},
        // a label as typed: spaces between CJK characters, a trailing colon
        {__LINE__, R"({"项目 名称：": "p"})", "{项目名称=p;}"},
        // keys the vocabulary does not know stay (a pack may read them)
        {__LINE__, R"({"节约金额": 3})", "{节约金额=#3;}"},
        // amounts in 万元: the unit written becomes the 金额单位
        {__LINE__, R"({"全年预算数": "1,196,540.50万元", "全年执行数": "1196540.5万元"})",
         "{全年预算数=#1196540.50;全年执行数=#1196540.5;金额单位=万元;}"},
        // an amount in 元 in a document in 万元 is converted, exactly
        {__LINE__, R"({"金额单位": "（万元）", "全年预算数": "12345元", "全年执行数": 1})",
         "{金额单位=（万元）;全年预算数=#1.2345;全年执行数=#1;}"},
        {__LINE__, R"({"金额单位": "元", "全年预算数": "1.5万元"})",
         "{金额单位=元;全年预算数=#15000.0;}"},
        // an amount that is no number is left for the pack to report
        {__LINE__, R"({"全年预算数": "若干万元"})", "{全年预算数=若干万元;}"},
    };
    for (const auto& r : rows) {
        EXPECT_EQ(canonical(r.input), r.expected) << "line " << r.line;
    }
}

TEST(CanonicalDocument, AFieldGivenTwiceKeepsItsOwnNameAndSaysSo) {
    std::vector<message> w;
    EXPECT_EQ(canonical(R"({"指标": [{"指标值": "a", "年初指标值": "b"}]})", &w),
              "{指标=[{指标值=a;年初指标值=b;}];}");
    ASSERT_EQ(w.size(), 1u);
    EXPECT_EQ(w[0].zh, "指标第 1 项：「指标值」与「年初指标值」是同一栏，采用「年初指标值」");
}

TEST(CanonicalDocument, TwoVocabulariesOnOneThreadKeepTheirOwnWords) {
    // Each canonicalizer remembers the keys it saw at each place on a thread:
    // another one, made after or at the same address, never answers from it.
    form_vocabulary a;
    a.grid = {{"实际完成值", {"完成情况"}}};
    form_vocabulary b;
    b.grid = {{"年度目标", {"完成情况"}}, {"实际完成值", {"完成数"}}};
    const char* doc = R"({"指标": [{"完成情况": "1"}, {"完成情况": "2"}]})";
    for (int round = 0; round < 3; ++round) {
        for (const auto* v : {&a, &b, &a}) {
            json_value d = parse_json(doc);
            selfeval_canonicalizer{*v}(d);
            for (const json_value& item : *d.find("指标")->array()) {
                EXPECT_NE(item.find(v == &a ? "实际完成值" : "年度目标"), nullptr);
            }
        }
    }
}

TEST(CanonicalDocument, AnUnknownAmountUnitIsSaid) {
    std::vector<message> w;
    EXPECT_EQ(canonical(R"({"金额单位": "千元", "全年预算数": "5万元"})", &w),
              "{金额单位=千元;全年预算数=5万元;}");
    ASSERT_EQ(w.size(), 1u);
    EXPECT_EQ(w[0].en, "the 金额单位 '千元' is neither 元 nor 万元; amounts are not converted");
}

TEST(DecimalDisplay, ShowsWhatTheFormPrintsWithoutRounding) {
    EXPECT_EQ(at_least_places(parse_decimal("20"), 2), "20.00");
    EXPECT_EQ(at_least_places(parse_decimal("9.375"), 2), "9.375");
    EXPECT_EQ(at_least_places(parse_decimal("10.50"), 2), "10.50");
    EXPECT_EQ(at_least_places(parse_decimal("0.5"), 2), "0.50");
    EXPECT_EQ(at_least_places(parse_decimal("93.0000"), 0), "93");
    EXPECT_EQ(as_percentage(parse_decimal("0.9300"), 2), "93.00%");
    EXPECT_EQ(as_percentage(parse_decimal("1"), 2), "100.00%");
    EXPECT_EQ(as_percentage(parse_decimal("0.86493"), 2), "86.493%");
    EXPECT_EQ(with_thousands(parse_decimal("1618.788")), "1,618.788");
    EXPECT_EQ(with_thousands(parse_decimal("-1234567")), "-1,234,567");
    EXPECT_EQ(with_thousands(parse_decimal("999")), "999");
}

} // namespace
} // namespace jixiao
