#include "support/hostile_documents.hpp"

#include <array>
#include <string_view>

namespace jixiao::hostile {
namespace {

// JSON values a field may hold: of its type and of others.
constexpr std::array<std::string_view, 26> any_values{"0",
                                                      "-1",
                                                      "1e30",
                                                      "-1e30",
                                                      "1e-30",
                                                      "0.1",
                                                      "1.5",
                                                      "123456789012345678901234567890",
                                                      "2147483648",
                                                      "9223372036854775808",
                                                      "-0",
                                                      "1E400",
                                                      "null",
                                                      "true",
                                                      "false",
                                                      "[]",
                                                      "{}",
                                                      "\"\"",
                                                      "\"≥90%\"",
                                                      "\"≥\"",
                                                      "\"1e30\"",
                                                      "\"-5\"",
                                                      "\"达成预期指标\"",
                                                      "\"１２３\"",
                                                      "\"12,345.67\"",
                                                      "[1, 2]"};

constexpr std::array<std::string_view, 14> target_texts{
    "\"≥90%\"",    "\"≤0.45元/页\"",
    "\"≥12万人\"", "\"2026年底\"",
    "\"及时\"",    "\"≥0辆\"",
    "\"279 人\"",  "\"[85%,95%)\"",
    "\"≥人\"",     "\"≥0≥0\"",
    "\"12月\"",    "\"≥1e30元\"",
    "\"≤-5元\"",   "\"0.000000000000000000001%\""};

std::string any_value(choices& c) {
    return std::string(any_values[c.pick(any_values.size())]);
}

// A field: usually a value of its kind, sometimes anything, sometimes absent.
// A structural field (a table's 列, a document's 类型) is spoiled rarely, so
// that most documents get past validation to the rules with hostile figures.
void field(std::string& out, choices& c, std::string_view key, std::string_view usual, bool& first,
           bool structural = false) {
    std::size_t how = structural ? c.pick(40) : c.pick(8);
    if (how == 0) {
        return; // missing
    }
    out += first ? "" : ", ";
    first = false;
    out += "\"" + std::string(key) + "\": ";
    out += how >= 3 ? std::string(usual) : any_value(c);
}

std::string number_text(choices& c) {
    constexpr std::array<std::string_view, 10> numbers{
        "100", "0", "-3", "99.999", "1e30", "1e-30", "\"294.8\"", "\"1,618.788\"", "7", "0.001"};
    return std::string(numbers[c.pick(numbers.size())]);
}

} // namespace

std::string selfeval_document(choices& c) {
    std::string out = "{";
    bool first = true;
    field(out, c, "项目名称", "\"项目\"", first);
    field(out, c, "全年预算数", number_text(c), first);
    field(out, c, "全年执行数", number_text(c), first);
    field(out, c, "年初预算数", number_text(c), first);
    std::string list = "[";
    std::size_t n = c.pick(6);
    for (std::size_t i = 0; i < n; ++i) {
        list += i ? ", " : "";
        if (c.pick(10) == 0) {
            list += any_value(c); // an indicator that is not an object
            continue;
        }
        constexpr std::array<std::string_view, 4> level1{"\"产出指标\"", "\"效益指标\"",
                                                         "\"满意度指标\"", "\"\""};
        constexpr std::array<std::string_view, 5> level2{"\"数量指标\"", "\"成本指标\"",
                                                         "\"时效指标\"", "\"质量指标\"", "\"\""};
        std::string rec = "{";
        bool f = true;
        field(rec, c, "一级指标", level1[c.pick(level1.size())], f);
        field(rec, c, "二级指标", level2[c.pick(level2.size())], f);
        field(rec, c, "三级指标", "\"指标\"", f);
        field(rec, c, "年初指标值", target_texts[c.pick(target_texts.size())], f);
        field(rec, c, "调整后指标值", target_texts[c.pick(target_texts.size())], f);
        field(rec, c, "实际完成值", target_texts[c.pick(target_texts.size())], f);
        field(rec, c, "分值", number_text(c), f);
        field(rec, c, "得分", number_text(c), f);
        field(rec, c, "偏差原因", "\"原因\"", f);
        list += rec + "}";
    }
    field(out, c, "指标", list + "]", first);
    return out + "}";
}

std::string disclosure_document(choices& c) {
    std::string out = "{";
    bool first = true;
    field(out, c, "单位名称", "\"单位\"", first, true);
    field(out, c, "年度", "2026", first, true);
    field(out, c, "类型", c.pick(2) ? "\"预算\"" : "\"决算\"", first, true);
    field(out, c, "金额单位", "\"万元\"", first, true);
    std::string tables = "[";
    std::size_t n = c.pick(4);
    constexpr std::array<std::string_view, 5> kinds{"\"支出总表\"", "\"收入总表\"", "\"收支总表\"",
                                                    "\"基本支出明细表\"", "\"未知表\""};
    for (std::size_t t = 0; t < n; ++t) {
        std::string table = "{";
        bool f = true;
        field(table, c, "编号", "\"表" + std::to_string(t + 1) + "\"", f, true);
        field(table, c, "名称", "\"表\"", f, true);
        field(table, c, "类别", kinds[c.pick(kinds.size())], f, true);
        field(table, c, "列",
              "[{\"路径\": \"合计\", \"名称\": \"合计\", \"类型\": \"金额\"}, {\"路径\": \"甲\", "
              "\"名称\": \"甲\", \"类型\": \"金额\", \"上级\": \"合计\"}]",
              f, true);
        std::string rows = "[";
        std::size_t m = c.pick(5);
        for (std::size_t r = 0; r < m; ++r) {
            constexpr std::array<std::string_view, 5> codes{"\"205\"", "\"20508\"", "\"2050803\"",
                                                            "\"\"", "\"2x5\""};
            std::string row = "{";
            bool g = true;
            field(row, c, "科目编码", codes[c.pick(codes.size())], g);
            field(row, c, "名称", r == 0 ? "\"合计\"" : "\"教育支出\"", g, true);
            field(row, c, "值",
                  "{\"合计\": " + number_text(c) + ", \"甲\": " + number_text(c) + "}", g);
            field(row, c, "原文行", number_text(c), g);
            rows += (r ? ", " : "") + row + "}";
        }
        field(table, c, "行", rows + "]", f, true);
        tables += (t ? ", " : "") + table + "}";
    }
    field(out, c, "表", tables + "]", first, true);
    std::string claims = "[";
    std::size_t k = c.pick(3);
    for (std::size_t i = 0; i < k; ++i) {
        std::string claim = "{";
        bool f = true;
        field(claim, c, "章节", "\"一、\"", f);
        field(claim, c, "原文", "\"支出 100 万元\"", f);
        field(claim, c, "数值", number_text(c), f);
        field(claim, c, "单位", "\"万元\"", f);
        field(claim, c, "原文行", number_text(c), f);
        field(claim, c, "对应", "{\"表\": \"支出总表\", \"行\": \"合计\", \"列\": \"合计\"}", f);
        claims += (i ? ", " : "") + claim + "}";
    }
    field(out, c, "说明", claims + "]", first, true);
    return out + "}";
}

} // namespace jixiao::hostile
