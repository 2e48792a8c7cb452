// Golden tests of target literals: each tests/golden/targets/NAME.txt holds
// one target per line; NAME.expected holds, for each, the line itself and
// below it, indented, the JSON it reads as or the exact diagnostic (caret
// included). Lines starting "#!" set options for the lines after them:
//   #! category 成本指标     #! actual     #! target     #! lang zh
// Set JIXIAO_UPDATE_GOLDEN=1 to rewrite the .expected files after a
// deliberate change, then review the diff.
#include "golden/golden_files.hpp"
#include "target/target_json.hpp"
#include "units/unit_registry.hpp"

#include <gtest/gtest.h>

#include <sstream>

namespace jixiao {
namespace {

std::string indent(const std::string& text) {
    std::istringstream in(text);
    std::string out;
    for (std::string line; std::getline(in, line);) {
        out += "  " + line + "\n";
    }
    return out;
}

std::string run_targets(const std::string& input) {
    target_context ctx;
    lang language = lang::en;
    std::istringstream in(input);
    std::string out;
    for (std::string line; std::getline(in, line);) {
        if (line.starts_with("#!")) {
            std::string directive = line.substr(2);
            directive.erase(0, directive.find_first_not_of(' '));
            if (directive.starts_with("reading ")) {
                ctx.reading = reading_named(directive.substr(8)).value();
            } else if (directive == "actual") {
                ctx.actual = true;
            } else if (directive == "target") {
                ctx.actual = false;
            } else if (directive == "lang zh") {
                language = lang::zh;
            } else if (directive == "lang en") {
                language = lang::en;
            }
            out += line + "\n";
            continue;
        }
        out += line + "\n";
        try {
            target t = parse_target(line, ctx, unit_registry::standard());
            out += indent(to_json(t, unit_registry::standard(), language).dump());
        } catch (const diagnostic_error& e) {
            out += indent(render(e.diag(), language));
        }
    }
    return out;
}

class TargetGolden : public testing::TestWithParam<std::string> {};

TEST_P(TargetGolden, MatchesExpected) {
    golden::check(GetParam(), run_targets);
}

INSTANTIATE_TEST_SUITE_P(Files, TargetGolden, testing::ValuesIn(golden::inputs("targets", ".txt")),
                         golden::test_name);

// The corpus copy in tests/ must stay the corpus of the disclosures.
TEST(TargetCorpus, CopyMatchesSharedCorpus) {
    std::string shared = golden::source_dir() + "/../shared/corpus/targets.txt";
    if (!golden::exists(shared)) {
        GTEST_SKIP() << "no shared/ beside the checkout";
    }
    EXPECT_EQ(golden::read(golden::source_dir() + "/tests/golden/targets/corpus.txt"),
              golden::read(shared));
}

} // namespace
} // namespace jixiao
