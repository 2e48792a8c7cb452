// jixiao fmt over every golden program that parses: formatting is idempotent,
// keyword conversion round-trips (zh -> en -> zh), and a formatted program
// computes exactly what the original did.
#include "document/json_value.hpp"
#include "golden/golden_files.hpp"
#include "lang/driver.hpp"
#include "lang/format.hpp"
#include "lang/parse.hpp"
#include "lang/render.hpp"
#include "text/layout.hpp"
#include "text/utf8.hpp"
#include "units/unit_registry.hpp"
#include "units/units_format.hpp"

#include <filesystem>
#include <sstream>

namespace jixiao {
namespace {

std::string format(const std::string& source, lang l) {
    return jx::format_module(jx::parse_module("f.jx", source, unit_registry::standard()), l);
}

// The outputs (not the warnings, whose positions move) of a program.
std::string outputs(const std::string& source, const std::optional<json_value>& input) {
    try {
        jx::program p = jx::load_program({{"f.jx", source}}, unit_registry::standard());
        jx::evaluator ev(p, input ? &*input : nullptr);
        auto j = jx::to_json(p, jx::run_all(p, ev), lang::en);
        j.erase("warnings");
        return j.dump();
    } catch (const diagnostic_error& e) {
        return "error: " + e.diag().text.en;
    } catch (const jx::analysis_error& e) {
        return "error: " + e.errors().front().text.en;
    }
}

class FormatGolden : public testing::TestWithParam<std::string> {};

TEST_P(FormatGolden, IdempotentAndMeaningPreserving) {
    std::string source = golden::read(GetParam());
    std::string once;
    try {
        once = format(source, lang::zh);
    } catch (const diagnostic_error&) {
        GTEST_SKIP() << "does not parse (a syntax-error test)";
    }
    EXPECT_EQ(format(once, lang::zh), once) << "formatting twice changed the text";
    std::string english = format(once, lang::en);
    EXPECT_EQ(format(english, lang::zh), once) << "zh -> en -> zh changed the text";

    std::string input_path = std::filesystem::path(GetParam()).replace_extension(".json").string();
    std::string input_text;
    std::optional<json_value> input;
    if (golden::exists(input_path)) {
        input_text = golden::read(input_path);
        input = parse_json(input_text);
    }
    // A program that runs computes the same after formatting; one that fails
    // still fails (its message may quote the reformatted source).
    std::string original = outputs(source, input);
    if (original.starts_with("error: ")) {
        EXPECT_TRUE(outputs(once, input).starts_with("error: "));
        EXPECT_TRUE(outputs(english, input).starts_with("error: "));
    } else {
        EXPECT_EQ(outputs(once, input), original);
        EXPECT_EQ(outputs(english, input), original);
    }
}

INSTANTIATE_TEST_SUITE_P(Programs, FormatGolden, testing::ValuesIn(golden::inputs("lang", ".jx")),
                         golden::test_name);

// Lines wider than the width: only those a long atom (a text), a comment or
// an expression without a blank to break at (-(-(-1))) makes so may remain.
std::vector<std::string> too_wide(const std::string& text) {
    std::vector<std::string> out;
    std::istringstream in(text);
    for (std::string line; std::getline(in, line);) {
        std::size_t body = line.find(" = ");
        bool breakable = body != std::string::npos && line.find(' ', body + 3) != std::string::npos;
        if (utf8::width(line) > jx::line_width && line.find('"') == std::string::npos &&
            line.find('#') == std::string::npos && breakable) {
            out.push_back(line);
        }
    }
    return out;
}

TEST_P(FormatGolden, KeepsToTheLineWidth) {
    std::string once;
    try {
        once = format(golden::read(GetParam()), lang::zh);
    } catch (const diagnostic_error&) {
        GTEST_SKIP() << "does not parse (a syntax-error test)";
    }
    EXPECT_EQ(too_wide(once), std::vector<std::string>{});
}

// Every .jx file that ships (rule packs, the standard library with its unit
// and phrase declarations, the example packs) is in canonical layout, so
// `jixiao fmt --check` passes over all of them.
std::vector<std::string> shipped_files() {
    std::vector<std::string> out;
    namespace fs = std::filesystem;
    for (const char* dir : {"rules", "stdlib", "examples/packs"}) {
        for (const auto& e :
             fs::recursive_directory_iterator(fs::path(golden::source_dir()) / dir)) {
            if (e.path().extension() == ".jx") {
                out.push_back(e.path().string());
            }
        }
    }
    std::sort(out.begin(), out.end());
    return out;
}

class ShippedFile : public testing::TestWithParam<std::string> {};

TEST_P(ShippedFile, IsInCanonicalLayout) {
    std::string source = golden::read(GetParam());
    std::string formatted = is_declaration_file(source)
                                ? format_declarations(GetParam(), source, lang::zh, jx::line_width)
                                : format(source, lang::zh);
    EXPECT_EQ(formatted, source) << "run: jixiao fmt --write " << GetParam();
    EXPECT_EQ(too_wide(source), std::vector<std::string>{});
}

INSTANTIATE_TEST_SUITE_P(
    Files, ShippedFile, testing::ValuesIn(shipped_files()),
    [](const testing::TestParamInfo<std::string>& info) {
        std::string name;
        for (unsigned char c :
             std::filesystem::relative(info.param, golden::source_dir()).string()) {
            name += std::isalnum(c) ? static_cast<char>(c) : '_';
        }
        return name + "_" + std::to_string(info.index);
    });

// The layout itself, case by case: what fits stays on one line; what does
// not breaks where the shape says, at the width given.
struct layout_case {
    const char* source;
    const char* canonical;
};

class Layout : public testing::TestWithParam<layout_case> {};

TEST_P(Layout, BreaksWhereItMust) {
    EXPECT_EQ(format(GetParam().source, lang::zh), GetParam().canonical);
    EXPECT_EQ(format(GetParam().canonical, lang::zh), GetParam().canonical);
}

INSTANTIATE_TEST_SUITE_P(
    Cases, Layout,
    testing::Values(
        // A short if stays one line up to 否则, which always begins a line under 若.
        layout_case{"规则 甲 = 若 真 则 1 否则 2\n", "规则 甲 = 若 真 则 1\n          否则 2\n"},
        // An else-if chain keeps every 否则 under the first 若.
        layout_case{"参数 x = 1\n规则 甲 = 若 x > 2 则 1 否则 若 x > 1 则 2 否则 3\n",
                    "参数 x = 1\n规则 甲 = 若 x > 2 则 1\n          否则 若 x > 1 则 2\n          "
                    "否则 3\n"},
        // A long 且 chain breaks before an operator, the operands aligned.
        layout_case{
            "参数 长长长长长长长长长长的名字 = 1\n规则 甲 = 长长长长长长长长长长的名字 > 0 且 "
            "长长长长长长长长长长的名字 > 0 且 长长长长长长长长长长的名字 > 0 且 "
            "长长长长长长长长长长的名字 > 0\n",
            // 10 + 30 + 34 columns fit; a third operand (+34) would not.
            "参数 长长长长长长长长长长的名字 = 1\n规则 甲 = 长长长长长长长长长长的名字 > 0 且 "
            "长长长长长长长长长长的名字 > 0\n          且 长长长长长长长长长长的名字 > 0 且 "
            "长长长长长长长长长长的名字 > 0\n"},
        // A list of atoms fills its lines, aligned after the bracket.
        layout_case{"规则 表 = [\"一二三四五六七八九十\", \"一二三四五六七八九十\", "
                    "\"一二三四五六七八九十\", \"一二三四五六七八九十\", "
                    "\"一二三四五六七八九十\"]\n",
                    // 11 + 3 × 24 columns fit; a fourth item would end at 105.
                    "规则 表 = [\"一二三四五六七八九十\", \"一二三四五六七八九十\", "
                    "\"一二三四五六七八九十\",\n           \"一二三四五六七八九十\", "
                    "\"一二三四五六七八九十\"]\n"},
        // A body that a long head leaves too little room for starts on the next line.
        layout_case{"函数 很长很长很长很长很长的函数名(第一个参数, 第二个参数, 第三个参数) = "
                    "[若 第一个参数 > 0 则 第二个参数 否则 第三个参数, 若 第二个参数 > 0 则 "
                    "第一个参数 否则 第三个参数]\n",
                    "函数 很长很长很长很长很长的函数名(第一个参数, 第二个参数, 第三个参数) =\n"
                    "    [若 第一个参数 > 0 则 第二个参数\n     否则 第三个参数,\n"
                    "     若 第二个参数 > 0 则 第一个参数\n     否则 第三个参数]\n"},
        // A check fits on one line, or puts its body and tail on lines of their own.
        layout_case{"核对 甲: 1 = 1 说明 \"一\"\n", "核对 甲: 1 = 1 说明 \"一\"\n"},
        layout_case{
            "核对 一个名字比较长的核对 对每个 一个元素 属于 [1, 2, 3] 其中 一个元素 > 1: "
            "一个元素 × 一个元素 = 一个元素 + 一个元素 容差 0.5 说明 \"平方与和\"\n",
            "核对 一个名字比较长的核对 对每个 一个元素 属于 [1, 2, 3] 其中 一个元素 > 1:\n"
            "    一个元素 × 一个元素 = 一个元素 + 一个元素\n    容差 0.5 说明 \"平方与和\"\n"}),
    [](const testing::TestParamInfo<layout_case>& info) {
        return "case" + std::to_string(info.index);
    });

// Declaration files: blanks and separators normalized, long lists wrapped
// after a 、 under their first item, comments kept, keywords converted.
TEST(DeclarationLayout, NormalizesAndWraps) {
    // At 80 columns: "档次 达成 用语 " is 15 wide and each phrase with its 、 22,
    // so two phrases fit on the first line and three on the next.
    std::string messy = "# 单位\n\n\n单位   人 ,户，次   别名 人员\n量级 万=10000  # 万\n"
                        "档次 达成 用语 甲二三四五六七八九十、乙二三四五六七八九十、"
                        "丙二三四五六七八九十、丁二三四五六七八九十、戊二三四五六七八九十\n";
    std::string want = "# 单位\n\n单位 人、户、次 别名 人员\n量级 万 = 10000  # 万\n"
                       "档次 达成 用语 甲二三四五六七八九十、乙二三四五六七八九十、\n"
                       "               丙二三四五六七八九十、丁二三四五六七八九十、"
                       "戊二三四五六七八九十\n";
    std::string got = format_declarations("u.jx", messy, lang::zh, 80);
    EXPECT_EQ(got, want);
    EXPECT_EQ(format_declarations("u.jx", got, lang::zh, 80), want) << "not idempotent";
    EXPECT_EQ(format_declarations("u.jx", "unit 人 alias 人员\n", lang::zh, 80),
              "单位 人 别名 人员\n");
    EXPECT_EQ(format_declarations("u.jx", "单位 人 别名 人员\n", lang::en, 80),
              "unit 人 alias 人员\n");
    // The wrapped list reads back as the same declarations.
    unit_registry r;
    r.load("u.jx", got);
    EXPECT_TRUE(r.tier_of("戊二三四五六七八九十").has_value());
}

TEST(DeclarationLayout, AMalformedFileIsAPositionedError) {
    try {
        format_declarations("u.jx", "单位 人\n单位\n", lang::zh, 80);
        FAIL() << "no error";
    } catch (const diagnostic_error& e) {
        EXPECT_EQ(e.diag().file, "u.jx");
        EXPECT_EQ(e.diag().line, 2u);
    }
}

} // namespace
} // namespace jixiao
