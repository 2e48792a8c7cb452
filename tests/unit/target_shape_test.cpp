// The target scanner remembers the scratch of each shape of text (digits
// masked); a text of a known shape is never run through the grammar. These
// tests hold the remembered path to the grammar's own answer on every target
// of the golden files and on many digit variants of each.
#include "support/scratch_dump.hpp"

#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <random>
#include <string>
#include <vector>

namespace jixiao::detail {
namespace {

std::vector<std::string> golden_targets() {
    std::vector<std::string> out;
    auto dir = std::filesystem::path(JIXIAO_SOURCE_DIR) / "tests/golden/targets";
    for (const auto& entry : std::filesystem::directory_iterator(dir)) {
        if (entry.path().extension() != ".txt") {
            continue;
        }
        std::ifstream in(entry.path());
        for (std::string line; std::getline(in, line);) {
            if (!line.starts_with("#!")) {
                out.push_back(line);
            }
        }
    }
    return out;
}

TEST(TargetShapes, RememberedScansAreTheGrammars) {
    std::vector<std::string> texts = golden_targets();
    ASSERT_GT(texts.size(), 200u);
    std::mt19937 rng(20261127);
    std::size_t variants = 0;
    for (const std::string& text : texts) {
        // The text itself, first and again (the second from what was remembered).
        std::string grammar = scanned(text, false);
        EXPECT_EQ(scanned(text, true), grammar) << text;
        EXPECT_EQ(scanned(text, true), grammar) << text;
        // The same shape with other digits: some with dates (never remembered).
        for (int n = 0; n < 12; ++n) {
            std::string other = text;
            for (char& c : other) {
                if (c >= '0' && c <= '9') {
                    c = static_cast<char>('0' + rng() % 10);
                }
            }
            EXPECT_EQ(scanned(other, true), scanned(other, false)) << text << " as " << other;
            ++variants;
        }
    }
    EXPECT_GT(variants, 2'000u);
}

// Texts that differ in where their digits are have different shapes.
TEST(TargetShapes, DigitsElsewhereAreAnotherShape) {
    const char* texts[] = {"≥90%",      "≥9%0",    "90%-100%",    "9-0%",
                           "2026年底",  "12月",    "1,618.788元", "1618,788元",
                           "[85%,95%)", "(0,100]", "每月25日前",  "第1名"};
    for (const char* a : texts) {
        for (const char* b : texts) {
            EXPECT_EQ(scanned(b, true), scanned(b, false)) << a << " then " << b;
        }
        EXPECT_EQ(scanned(a, true), scanned(a, false)) << a;
    }
}

// The cache lives as long as the thread, across a whole batch: a long text
// (a hostile document can put megabytes in 实际完成值) is scanned every time,
// never kept, and the number of shapes is bounded.
TEST(TargetShapes, OnlyShortTextsAreRemembered) {
    std::string long_text = "≥90" + std::string(300, 'x');
    std::size_t before = remembered_shapes();
    EXPECT_EQ(scanned(long_text, true), scanned(long_text, false));
    EXPECT_EQ(remembered_shapes(), before);
    for (int i = 0; i < 3'000; ++i) {
        std::string text = "≥90" + std::string(static_cast<std::size_t>(i % 200), 'y') + "元" +
                           std::string(static_cast<std::size_t>(i / 200), 'z');
        (void)scanned(text, true);
        ASSERT_LE(remembered_shapes(), 1'024u);
    }
}

} // namespace
} // namespace jixiao::detail
