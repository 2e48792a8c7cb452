// Golden tests of the rule language: tests/golden/lang/NAME.jx runs against
// NAME.json when present; NAME.expected holds the JSON output, or every
// diagnostic rendered in Chinese and in English (caret included).
#include "document/json_value.hpp"
#include "golden/golden_files.hpp"
#include "lang/driver.hpp"
#include "lang/render.hpp"
#include "units/unit_registry.hpp"

#include <filesystem>

namespace jixiao {
namespace {

std::string both_languages(const std::vector<diagnostic>& ds) {
    std::string out;
    for (const auto& d : ds) {
        out += render(d, lang::zh);
    }
    out += "--- en\n";
    for (const auto& d : ds) {
        out += render(d, lang::en);
    }
    return out;
}

std::string run_program(const std::string& path) {
    namespace fs = std::filesystem;
    std::string name = fs::path(path).filename().string();
    std::string input_path = fs::path(path).replace_extension(".json").string();
    std::string input_text;
    std::optional<json_value> input;
    try {
        if (golden::exists(input_path)) {
            input_text = golden::read(input_path);
            input = parse_json(input_text, fs::path(input_path).filename().string());
        }
        jx::program p = jx::load_program({{name, golden::read(path)}}, unit_registry::standard());
        jx::evaluator ev(p, input ? &*input : nullptr);
        jx::run_result r = jx::run_all(p, ev);
        return jx::to_json(p, r, lang::zh).dump(2) + "\n";
    } catch (const diagnostic_error& e) {
        return both_languages({e.diag()});
    } catch (const jx::analysis_error& e) {
        return both_languages(e.errors());
    }
}

class LanguageGolden : public testing::TestWithParam<std::string> {};

TEST_P(LanguageGolden, MatchesExpected) {
    golden::check(GetParam(), [&](const std::string&) { return run_program(GetParam()); });
}

INSTANTIATE_TEST_SUITE_P(Programs, LanguageGolden, testing::ValuesIn(golden::inputs("lang", ".jx")),
                         golden::test_name);

// The value path (lang/evaluate_unexplained.cpp) against the reference, every
// node through eval: the same output and the same number of steps, on every
// golden program, explaining as the golden output does and without
// explanations (as the self-evaluation engine asks for methods and flags).
class ValuePath : public testing::TestWithParam<std::string> {};

TEST_P(ValuePath, SameAsTheReference) {
    namespace fs = std::filesystem;
    std::string path = GetParam();
    std::string name = fs::path(path).filename().string();
    std::string input_path = fs::path(path).replace_extension(".json").string();
    std::string input_text;
    std::optional<json_value> input;
    std::optional<jx::program> p;
    try {
        if (golden::exists(input_path)) {
            input_text = golden::read(input_path);
            input = parse_json(input_text, "input");
        }
        p.emplace(jx::load_program({{name, golden::read(path)}}, unit_registry::standard()));
    } catch (const std::exception&) {
        GTEST_SKIP() << "does not load: nothing is evaluated";
    }
    auto run = [&](bool value_path, bool explaining) {
        jx::evaluator ev(*p, input ? &*input : nullptr);
        ev.use_value_path(value_path);
        std::string out;
        try {
            jx::run_result r = explaining ? jx::run_all(*p, ev)
                                          : ev.unexplained([&] { return jx::run_all(*p, ev); });
            out = jx::to_json(*p, r, lang::en).dump(2);
        } catch (const diagnostic_error& e) {
            out = render(e.diag(), lang::en);
        } catch (const jx::analysis_error& e) {
            out = both_languages(e.errors());
        }
        return out + "\nsteps: " + std::to_string(ev.steps_taken());
    };
    for (bool explaining : {true, false}) {
        EXPECT_EQ(run(true, explaining), run(false, explaining))
            << (explaining ? "explaining" : "unexplained");
    }
}

INSTANTIATE_TEST_SUITE_P(Programs, ValuePath, testing::ValuesIn(golden::inputs("lang", ".jx")),
                         golden::test_name);

} // namespace
} // namespace jixiao
