// The documented limits (docs/limits.md) on inputs far beyond them: each is
// a positioned error, and none may exhaust the native stack, here or on a
// batch worker's thread. The readable cases are golden tests
// (tests/golden/lang/err_nesting_*.jx, err_reference_chain.jx, …).
#include "document/json_value.hpp"
#include "lang/driver.hpp"
#include "lang/evaluate.hpp"
#include "lang/render.hpp"
#include "text/utf8.hpp"
#include "units/unit_registry.hpp"

#include <gtest/gtest.h>

#include <string>
#include <thread>

namespace jixiao {
namespace {

std::string repeat(std::string_view s, std::size_t n) {
    std::string out;
    out.reserve(s.size() * n);
    for (std::size_t i = 0; i < n; ++i) {
        out += s;
    }
    return out;
}

// Loads and runs `source`; returns "ok" or the first error as "line:column: text (en)".
std::string run(const std::string& source) {
    try {
        jx::program p = jx::load_program({{"limits.jx", source}}, unit_registry::standard());
        jx::evaluator ev(p, nullptr);
        jx::run_all(p, ev);
        return "ok";
    } catch (const diagnostic_error& e) {
        const diagnostic& d = e.diag();
        return std::to_string(d.line) + ":" + std::to_string(d.column) + ": " + d.text.en;
    } catch (const jx::analysis_error& e) {
        const diagnostic& d = e.errors().front();
        return std::to_string(d.line) + ":" + std::to_string(d.column) + ": " + d.text.en;
    }
}

// "规则 甲 = " is 7 characters: the body starts at column 8.
constexpr std::size_t body = 8;

TEST(Limits, AHundredThousandParenthesesStopAtTheLimit) {
    std::string r = run("规则 甲 = " + repeat("(", 100'000) + "1" + repeat(")", 100'000) + "\n");
    EXPECT_EQ(r, "1:" + std::to_string(body + 512) +
                     ": parentheses and expressions nested deeper than 512 levels");
}

TEST(Limits, AHundredThousandNegationsStopAtTheLimit) {
    std::string r = run("规则 甲 = " + repeat("-", 100'000) + "1\n");
    EXPECT_EQ(r.substr(0, r.find(':', 2)), "1:" + std::to_string(body + 512));
}

TEST(Limits, AHundredThousandListsStopAtTheLimit) {
    std::string r = run("规则 甲 = " + repeat("[", 100'000) + repeat("]", 100'000) + "\n");
    EXPECT_NE(r.find("nested deeper than"), std::string::npos) << r;
}

TEST(Limits, AChainOfAHundredThousandTermsStopsAtTheLimit) {
    // A chain deepens the tree, not the parser: 1+1+…+1 nests to the left.
    std::string r = run("规则 甲 = 1" + repeat("+1", 100'000) + "\n");
    EXPECT_EQ(r, "1:" + std::to_string(body + 2 * 256) +
                     ": expression nested deeper than 256 levels (each operator, call and list "
                     "is a level)");
}

TEST(Limits, AHundredThousandFieldsStopAtTheLimit) {
    std::string r = run("规则 甲 = 输入" + repeat(".a", 100'000) + "\n");
    EXPECT_NE(r.find("nested deeper than 256"), std::string::npos) << r;
}

TEST(Limits, TwentyThousandChainedFunctionsStopAtTheLimit) {
    std::string source;
    for (int i = 0; i < 20'000; ++i) {
        source += "函数 f" + std::to_string(i) + "(x) = f" + std::to_string(i + 1) + "(x) + 1\n";
    }
    source += "函数 f20000(x) = x\n规则 甲 = f0(1)\n";
    std::string r = run(source);
    EXPECT_NE(r.find("more than 128 levels of references"), std::string::npos) << r;
}

TEST(Limits, ASourceOverOneMebibyteIsRefusedWhereItCrossesTheLimit) {
    // 4-byte lines of "# 中" (3 + 1 bytes + newline = 6): the limit falls inside a character.
    std::string source = repeat("# 中\n", (1u << 20) / 6 + 1);
    std::string r = run(source);
    std::size_t line = (1u << 20) / 6 + 1;
    EXPECT_EQ(r.substr(0, r.find(':')), std::to_string(line)) << r;
    EXPECT_NE(r.find("larger than the limit of 1 MiB"), std::string::npos) << r;
    EXPECT_EQ(run(repeat("# 中\n", (1u << 20) / 6)), "ok");
}

TEST(Limits, DeepEvaluationStopsOnASmallThreadStackToo) {
    // 12 functions of 200 negations each: 2,400 levels, within every static
    // limit. On a thread with a 2 MiB stack the guard must stop it before
    // the stack ends, whatever the build's frame sizes.
    std::string source;
    for (int i = 0; i < 12; ++i) {
        source += "函数 f" + std::to_string(i) + "(x) = " + repeat("- ", 200) + "f" +
                  std::to_string(i + 1) + "(x)\n";
    }
    source += "函数 f12(x) = x\n规则 甲 = f0(1)\n";
    std::string r;
    pthread_attr_t attr;
    pthread_attr_init(&attr);
    pthread_attr_setstacksize(&attr, 2u << 20);
    pthread_t t;
    struct job {
        const std::string* source;
        std::string* result;
    } j{&source, &r};
    ASSERT_EQ(pthread_create(
                  &t, &attr,
                  [](void* p) -> void* {
                      auto* jb = static_cast<job*>(p);
                      *jb->result = run(*jb->source);
                      return nullptr;
                  },
                  &j),
              0);
    pthread_join(t, nullptr);
    pthread_attr_destroy(&attr);
    EXPECT_NE(r.find("evaluation nested too deeply"), std::string::npos) << r;
}

// Reuse multiplies what a value carries besides itself: a function (or rule)
// that uses the one below twice doubles its explanation, its notes and its
// figures at each level, in a handful of steps. Forty levels are 2^40 of each.
// Explanations stop at max_shown_bytes; notes and figures count against the
// document's memory, here lowered to 8 MiB so the tests stay quick.
std::string chain(std::string_view first, std::string_view step, int levels,
                  std::string_view last) {
    std::string s = std::string(first) + "\n";
    for (int i = 1; i <= levels; ++i) {
        std::string line(step);
        for (std::string_view mark : {"{i}", "{i-1}"}) {
            std::string with = mark == "{i}" ? std::to_string(i) : std::to_string(i - 1);
            for (auto at = line.find(mark); at != std::string::npos; at = line.find(mark)) {
                line.replace(at, mark.size(), with);
            }
        }
        s += line + "\n";
    }
    return s + std::string(last) + "\n";
}

struct chain_run {
    std::string error; // "line:column: text (en)", or empty
    std::string shown; // the last rule's explanation
};

chain_run run_on(const std::string& source, std::string_view input) {
    chain_run out;
    try {
        jx::program p = jx::load_program({{"chain.jx", source}}, unit_registry::standard());
        json_value doc = parse_json(input);
        jx::evaluation_limits limits;
        limits.max_memory = 8u << 20;
        jx::evaluator ev(p, &doc, limits);
        out.shown = ev.rule(static_cast<std::uint32_t>(p.rules.size() - 1)).result.shown;
    } catch (const diagnostic_error& e) {
        const diagnostic& d = e.diag();
        out.error = std::to_string(d.line) + ":" + std::to_string(d.column) + ": " + d.text.en;
    }
    return out;
}

TEST(Limits, AnExplanationKeepsItsBeginningAndItsEnd) {
    // Figures double too: 2^20 of them are 8 MiB, so this chain stops at 16 levels.
    chain_run r = run_on(chain("函数 f0(r) = r.分值", "函数 f{i}(r) = f{i-1}(r) + f{i-1}(r)", 16,
                               "规则 结果 = f16(输入)"),
                         R"({"分值": 1})");
    ASSERT_EQ(r.error, "");
    EXPECT_LE(r.shown.size(), jx::max_shown_bytes);
    EXPECT_GT(r.shown.size(), jx::max_shown_bytes - 8);
    EXPECT_TRUE(r.shown.starts_with("1 + 1 + 1 + 1")) << r.shown.substr(0, 40);
    EXPECT_NE(r.shown.find(" … "), std::string::npos);
    EXPECT_TRUE(r.shown.ends_with("1 + 1 + 1 + 1")) << r.shown.substr(r.shown.size() - 40);
}

TEST(Limits, AnExplanationIsCutBetweenCharacters) {
    std::string text = repeat("长", 3000); // 9,000 bytes
    chain_run r = run_on("参数 t = \"" + text + "\"\n规则 结果 = t = t\n", "{}");
    ASSERT_EQ(r.error, "");
    EXPECT_LE(r.shown.size(), jx::max_shown_bytes);
    EXPECT_TRUE(utf8::valid(r.shown));
    // "t = t", each side the 9,000-byte text: its beginning, the cut, its end.
    EXPECT_TRUE(r.shown.starts_with("长长长")) << r.shown.substr(0, 40);
    EXPECT_NE(r.shown.find(" … "), std::string::npos);
    EXPECT_TRUE(r.shown.ends_with("长长长")) << r.shown.substr(r.shown.size() - 40);
}

TEST(Limits, FiguresDoublingThroughFunctionsStopAtTheMemoryLimit) {
    chain_run r = run_on(chain("函数 f0(r) = r.分值", "函数 f{i}(r) = f{i-1}(r) + f{i-1}(r)", 40,
                               "规则 结果 = f40(输入)"),
                         R"({"分值": 1})");
    EXPECT_NE(r.error.find("evaluation built more than 8 MiB"), std::string::npos) << r.error;
}

TEST(Limits, FiguresDoublingThroughRulesStopAtTheMemoryLimit) {
    chain_run r =
        run_on(chain("规则 r0 = 输入.分值", "规则 r{i} = r{i-1} + r{i-1}", 40, "规则 结果 = r40"),
               R"({"分值": 1})");
    EXPECT_NE(r.error.find("evaluation built more than 8 MiB"), std::string::npos) << r.error;
}

TEST(Limits, NotesDoublingThroughFunctionsStopAtTheMemoryLimit) {
    // Conditions read no figures: only the notes double.
    chain_run r = run_on(chain("函数 g0(r) = 若 r.分值 > 0 则 1 注 \"注一\" 否则 0",
                               "函数 g{i}(r) = 若 g{i-1}(r) > 0 且 g{i-1}(r) > 0 则 1 否则 0", 40,
                               "规则 结果 = g40(输入)"),
                         R"({"分值": 1})");
    EXPECT_NE(r.error.find("evaluation built more than 8 MiB"), std::string::npos) << r.error;
}

// A step is bounded work: what a built-in or a comparison does over a list or
// a text counts a step per item (per 64 bytes), or one step could take
// seconds and the step limit would not bound time.
std::string rows(int n) {
    std::string s = R"({"列": [)";
    for (int i = 0; i < n; ++i) {
        s += (i > 0 ? ", " : "") + std::to_string(i);
    }
    return s + "]}";
}

TEST(Limits, ASumInsideALoopCountsTheItemsItAdds) {
    // 30,000 × 30,000 additions: 22 s when 求和 was one step.
    chain_run r = run_on("规则 L = 对每个 i 属于 输入.列 取 i\n"
                         "规则 x = 计数(对每个 i 属于 输入.列 其中 求和(L) > 0 取 i)\n",
                         rows(30'000));
    EXPECT_NE(r.error.find("stopped after 5000000 evaluation steps"), std::string::npos) << r.error;
}

// An input list read again is the list made the first time (from_json keeps
// it), yet counted against the memory limit each time, as if made again: the
// limits decide as they did when it was made again.
TEST(Limits, AnInputListReadAgainCountsAgain) {
    jx::program p =
        jx::load_program({{"again.jx", "规则 一 = 计数(输入.指标)\n"
                                       "规则 二 = 计数(输入.指标) + 计数(输入.别的)\n"}},
                         unit_registry::standard());
    json_value doc = parse_json(R"({"指标": [1, 2, 3], "别的": [4]})");
    jx::evaluator ev(p, &doc);
    ev.rule(0);
    std::uint64_t once = ev.memory_used();
    EXPECT_GE(once, 3 * sizeof(jx::value));
    ev.rule(1);
    EXPECT_EQ(ev.memory_used(), 2 * once + sizeof(jx::value));
    jx::evaluator fresh(p, &doc);
    fresh.rule(1);
    EXPECT_EQ(ev.memory_used() - once, fresh.memory_used());
    EXPECT_EQ(jx::show(ev.rule(1).result.v, unit_registry::standard()), "4");
}

TEST(Limits, ComparingNestedSharedListsCountsEveryItem) {
    // c holds b a thousand times, b holds a: c = c compares 10⁹ numbers.
    chain_run r = run_on("规则 a = 对每个 i 属于 输入.列 取 1\n"
                         "规则 b = 对每个 i 属于 输入.列 取 a\n"
                         "规则 c = 对每个 i 属于 输入.列 取 b\n"
                         "规则 x = c = c\n",
                         rows(1'000));
    EXPECT_NE(r.error.find("stopped after 5000000 evaluation steps"), std::string::npos) << r.error;
}

TEST(Limits, ComparingLongTextsCountsTheirBytes) {
    std::string text = repeat("长", 20'000); // 60,000 bytes: 937 steps a comparison
    chain_run r =
        run_on("参数 t = \"" + text + "\"\n规则 x = 计数(对每个 i 属于 输入.列 其中 t = t 取 i)\n",
               rows(10'000));
    EXPECT_NE(r.error.find("stopped after 5000000 evaluation steps"), std::string::npos) << r.error;
    // The same loop over fewer rows is well within the limit.
    chain_run fine =
        run_on("参数 t = \"" + text + "\"\n规则 x = 计数(对每个 i 属于 输入.列 其中 t = t 取 i)\n",
               rows(1'000));
    EXPECT_EQ(fine.error, "");
}

// What quotes a value is bounded too: an explanation, and a message, which
// both keep the beginning and end of a field of 100,000 digits.
TEST(Limits, AnExplanationAndAMessageQuoteAHugeFieldInPart) {
    std::string doc = R"({"长": ")" + std::string(100'000, '1') + R"("})";
    chain_run shown = run_on("规则 x = 输入.长\n", doc);
    ASSERT_EQ(shown.error, "");
    EXPECT_LE(shown.shown.size(), jx::max_shown_bytes);
    EXPECT_NE(shown.shown.find("111 … 111"), std::string::npos);
    chain_run failed = run_on("规则 x = 数值(输入.长)\n", doc);
    EXPECT_LE(failed.error.size(), 4096u + 100u);
    EXPECT_NE(failed.error.find("111 … 111"), std::string::npos) << failed.error.substr(0, 200);
    EXPECT_NE(failed.error.find("significant digits"), std::string::npos)
        << failed.error.substr(failed.error.size() - 200);
}

// A file of thousands of mistakes reports the first hundred and how many more;
// only the first few unknown names get a "did you mean" (each compares the
// name with every name in scope: 3,000 of them against 15,000 rules took 10 s).
TEST(Limits, AnalysisReportsAHundredErrorsAndCountsTheRest) {
    std::string source;
    for (int i = 0; i < 15'000; ++i) {
        source += "规则 名" + std::to_string(i) + " = 1\n";
    }
    for (int i = 0; i < 3'000; ++i) {
        source += "规则 总" + std::to_string(i) + " = 无" + std::to_string(i) + "\n";
    }
    try {
        jx::load_program({{"many.jx", source}}, unit_registry::standard());
        FAIL() << "expected errors";
    } catch (const jx::analysis_error& e) {
        ASSERT_EQ(e.errors().size(), 101u);
        EXPECT_EQ(e.errors().back().level, severity::note);
        EXPECT_EQ(e.errors().back().text.en, "2900 more errors not shown");
        EXPECT_EQ(e.errors()[0].text.en, "unknown name '无0'; did you mean '名0'?");
        EXPECT_EQ(e.errors()[19].text.en, "unknown name '无19'; did you mean '名19'?");
        EXPECT_EQ(e.errors()[20].text.en,
                  "unknown name '无20'; a field of the input document is written 输入.无20");
    }
}

} // namespace
} // namespace jixiao
