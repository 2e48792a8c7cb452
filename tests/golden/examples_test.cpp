// The bundled self-evaluation examples are golden tests: each
// examples/selfeval/NAME.json, scored with rules/national-selfeval, must give
// exactly NAME.expected.json (--format json), NAME.expected.txt (table) and
// NAME.expected.html (the printable page).
#include "golden/golden_files.hpp"
#include "pack/pack.hpp"
#include "selfeval/selfeval.hpp"
#include "units/unit_registry.hpp"

#include <cstdlib>
#include <filesystem>

namespace jixiao {
namespace {

namespace fs = std::filesystem;

std::vector<std::string> example_documents() {
    std::vector<std::string> out;
    for (const auto& p : golden::inputs("../../examples/selfeval", ".json")) {
        if (p.find(".expected.") == std::string::npos) {
            out.push_back(p);
        }
    }
    return out;
}

void compare(const std::string& path, const std::string& actual) {
    const char* update = std::getenv("JIXIAO_UPDATE_GOLDEN");
    if (update != nullptr && std::string(update) == "1") {
        golden::write(path, actual);
        return;
    }
    ASSERT_TRUE(golden::exists(path)) << path << " is missing";
    EXPECT_EQ(actual, golden::read(path)) << "golden file " << path;
}

class SelfEvalExample : public testing::TestWithParam<std::string> {};

TEST_P(SelfEvalExample, MatchesGoldenReports) {
    static const loaded_pack pack =
        load_pack(golden::source_dir() + "/rules/national-selfeval", unit_registry::standard());
    std::string text = golden::read(GetParam());
    json_value doc = parse_json(text, fs::path(GetParam()).filename().string());
    selfeval_report r = evaluate_selfeval(pack.program, doc);
    std::string stem = fs::path(GetParam()).replace_extension("").string();
    compare(stem + ".expected.json", to_json(r, lang::zh).dump(2) + "\n");
    compare(stem + ".expected.txt", to_table(r, lang::zh));
    compare(stem + ".expected.html", to_html(r, lang::zh));
}

// The batch writer (to_json_line) and the document writer agree byte for byte.
TEST(SelfEvalJsonLine, SameBytesAsTheDocumentWriter) {
    static const loaded_pack pack =
        load_pack(golden::source_dir() + "/rules/national-selfeval", unit_registry::standard());
    int n = 0;
    for (const auto& path : example_documents()) {
        std::string text = golden::read(path);
        selfeval_report r = evaluate_selfeval(pack.program, parse_json(text));
        for (lang l : {lang::zh, lang::en}) {
            nlohmann::ordered_json j;
            j["line"] = 42;
            nlohmann::ordered_json report = to_json(r, l); // items() must not outlive it
            for (auto& [k, v] : report.items()) {
                j[k] = v;
            }
            EXPECT_EQ(to_json_line(r, l, 42), j.dump()) << path;
        }
        ++n;
    }
    EXPECT_GE(n, 8);
}

// The output schema in docs/ and the report agree on every required key.
TEST(SelfEvalSchema, ReportHasEveryRequiredKey) {
    std::string schema_text =
        golden::read(golden::source_dir() + "/docs/schema/selfeval-output.schema.json");
    json_value schema = parse_json(schema_text);
    static const loaded_pack pack =
        load_pack(golden::source_dir() + "/rules/national-selfeval", unit_registry::standard());
    for (const auto& path : example_documents()) {
        std::string text = golden::read(path);
        std::string report_text =
            to_json(evaluate_selfeval(pack.program, parse_json(text)), lang::zh).dump();
        json_value report = parse_json(report_text);
        for (const auto& key : *schema.find("required")->array()) {
            EXPECT_NE(report.find(*key.string()), nullptr) << *key.string();
        }
        const json_value* item_schema =
            schema.find("properties")->find("indicators")->find("items");
        for (const auto& item : *report.find("indicators")->array()) {
            for (const auto& key : *item_schema->find("required")->array()) {
                EXPECT_NE(item.find(*key.string()), nullptr) << *key.string();
            }
        }
    }
}

INSTANTIATE_TEST_SUITE_P(Examples, SelfEvalExample, testing::ValuesIn(example_documents()),
                         [](const testing::TestParamInfo<std::string>& info) {
                             return "example_" + std::to_string(info.index);
                         });

} // namespace
} // namespace jixiao
