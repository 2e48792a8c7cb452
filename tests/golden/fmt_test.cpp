// jixiao fmt over every golden program that parses: formatting is idempotent,
// keyword conversion round-trips (zh -> en -> zh), and a formatted program
// computes exactly what the original did.
#include "document/json_value.hpp"
#include "golden/golden_files.hpp"
#include "lang/driver.hpp"
#include "lang/format.hpp"
#include "lang/parse.hpp"
#include "lang/render.hpp"
#include "units/unit_registry.hpp"

#include <filesystem>

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

} // namespace
} // namespace jixiao
