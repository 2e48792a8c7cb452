#include "diag/diagnostic.hpp"
#include "text/utf8.hpp"

#include <gtest/gtest.h>

namespace jixiao {
namespace {

TEST(Utf8, DisplayWidth) {
    EXPECT_EQ(utf8::width("abc"), 3);
    EXPECT_EQ(utf8::width("人"), 2);
    EXPECT_EQ(utf8::width("≥90%"), 4); // ≥ is ambiguous width: one column
    EXPECT_EQ(utf8::width("９０％"), 6);
    EXPECT_EQ(utf8::width("元/平方米·月"), 12);
}

TEST(Utf8, InvalidSequencesAreReplacedNotOverrun) {
    std::string bad = "a\xE4\xBA"; // truncated 人
    EXPECT_FALSE(utf8::valid(bad));
    std::size_t pos = 1;
    EXPECT_EQ(utf8::next(bad, pos), utf8::invalid);
    EXPECT_EQ(pos, 2u);
    EXPECT_TRUE(utf8::valid("人\xEF\xBF\xBD"));
    EXPECT_FALSE(utf8::valid("\xC0\x80")); // overlong
}

TEST(Diagnostic, CaretIsPlacedByDisplayWidth) {
    std::string src = "≥人";
    diagnostic d = diagnose(severity::error, {"应为数字", "expected a number"}, "input", src,
                            std::string("≥").size(), std::string("人").size());
    EXPECT_EQ(d.line, 1u);
    EXPECT_EQ(d.column, 2u);
    EXPECT_EQ(render(d, lang::zh), "input:1:2: 错误: 应为数字\n≥人\n ^~\n");
    EXPECT_EQ(render(d, lang::en), "input:1:2: error: expected a number\n≥人\n ^~\n");
}

TEST(Diagnostic, SecondLineAndWideCharactersBefore) {
    std::string src = "第一行\n单位 人、户、=\n";
    std::size_t at = src.find('=');
    diagnostic d =
        diagnose(severity::error, {"应为单位名称", "expected a unit name"}, "u.jx", src, at, 1);
    EXPECT_EQ(d.line, 2u);
    EXPECT_EQ(d.column, 8u);
    EXPECT_EQ(render(d, lang::en), "u.jx:2:8: error: expected a unit name\n单位 人、户、=\n"
                                   "             ^\n");
}

// A line too wide to read (a JSON document on one line) shows 100 columns
// around the caret: a third before it, "..." where it was cut, the caret
// counted in display columns from the window's start.
TEST(Diagnostic, ALongLineShowsAWindowAroundTheCaret) {
    std::string src = std::string(1000, 'x') + "人人=" + std::string(1000, 'y');
    std::size_t at = src.find('=');
    diagnostic d = diagnose(severity::error, {"此处有误", "wrong here"}, "doc.json", src, at, 1);
    EXPECT_EQ(d.column, 1003u); // the column is the real one
    std::string r = render(d, lang::en);
    std::string want_line = "..." + std::string(29, 'x') + "人人=" + std::string(66, 'y') + "...";
    EXPECT_EQ(r, "doc.json:1:1003: error: wrong here\n" + want_line + "\n" +
                     std::string(3 + 29 + 4, ' ') + "^\n");
}

TEST(Diagnostic, AWindowAtEitherEndIsCutOnOneSideOnly) {
    std::string src = "=" + std::string(500, 'y');
    diagnostic head = diagnose(severity::error, {"此处有误", "wrong here"}, "f", src, 0, 1);
    EXPECT_EQ(render(head, lang::en),
              "f:1:1: error: wrong here\n=" + std::string(99, 'y') + "...\n^\n");
    std::string tail_src = std::string(500, 'x') + "=";
    diagnostic tail = diagnose(severity::error, {"此处有误", "wrong here"}, "f", tail_src, 500, 1);
    EXPECT_EQ(render(tail, lang::en), "f:1:501: error: wrong here\n..." + std::string(33, 'x') +
                                          "=\n" + std::string(36, ' ') + "^\n");
}

} // namespace
} // namespace jixiao
