// The bundled self-evaluation examples are golden tests: each
// examples/selfeval/NAME.json, scored with rules/national-selfeval, must give
// exactly NAME.expected.json (--format json), NAME.expected.txt (table) and
// NAME.expected.html (the printable page).
#include "golden/golden_files.hpp"
#include "pack/pack.hpp"
#include "pack/pack_vocabulary.hpp"
#include "selfeval/selfeval.hpp"
#include "units/unit_registry.hpp"

#include <algorithm>
#include <cstdlib>
#include <filesystem>
#include <regex>

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
    // As `jixiao eval` reads it: in the pack's words (004 is written in the
    // budget system's: 预算单位, amounts in 万元).
    static const selfeval_canonicalizer canonical(pack_vocabulary(pack));
    selfeval_report r = evaluate_selfeval(pack.program, doc, canonical);
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
        json_value doc = parse_json(text);
        selfeval_report r =
            evaluate_selfeval(pack.program, doc, selfeval_canonicalizer(standard_vocabulary()));
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

// A reader of the JSON Schema subset docs/schema uses (type, enum, pattern,
// oneOf, $ref, required, properties, items): enough that a key of the wrong
// type, not only a missing one, fails. Appends one line per violation.
void validate(const json_value& v, const json_value& schema, const json_value& root,
              const std::string& where, std::vector<std::string>& out) {
    if (const json_value* ref = schema.find("$ref")) {
        std::string name = ref->string()->substr(std::string("#/$defs/").size());
        validate(v, *root.find("$defs")->find(name), root, where, out);
        return;
    }
    if (const json_value* one = schema.find("oneOf")) {
        int matches = 0;
        for (const auto& alt : *one->array()) {
            std::vector<std::string> errs;
            validate(v, alt, root, where, errs);
            matches += errs.empty() ? 1 : 0;
        }
        if (matches != 1) {
            out.push_back(where + ": matches " + std::to_string(matches) + " of oneOf");
        }
        return;
    }
    if (const json_value* type = schema.find("type")) {
        std::vector<std::string> allowed;
        if (type->string() != nullptr) {
            allowed.push_back(*type->string());
        } else {
            for (const auto& t : *type->array()) {
                allowed.push_back(*t.string());
            }
        }
        std::string kind = kind_name(v.which());
        if (kind == "number" && v.number()->to_string().find('.') == std::string::npos) {
            kind = "integer"; // an integer is a number too, below
        }
        bool ok = std::any_of(allowed.begin(), allowed.end(), [&](const std::string& t) {
            return t == kind || (t == "number" && kind == "integer");
        });
        if (!ok) {
            out.push_back(where + ": is " + kind);
            return;
        }
    }
    if (const json_value* options = schema.find("enum")) {
        bool found = false;
        for (const auto& o : *options->array()) {
            found = found ||
                    (o.string() != nullptr && v.string() != nullptr && *o.string() == *v.string());
        }
        if (!found) {
            out.push_back(where + ": not one of the enum");
        }
    }
    if (const json_value* pattern = schema.find("pattern"); pattern != nullptr && v.string()) {
        if (!std::regex_search(*v.string(), std::regex(*pattern->string()))) {
            out.push_back(where + ": \"" + *v.string() + "\" does not match " + *pattern->string());
        }
    }
    if (const json_value* required = schema.find("required"); required != nullptr && v.object()) {
        for (const auto& key : *required->array()) {
            if (v.find(*key.string()) == nullptr) {
                out.push_back(where + ": lacks " + *key.string());
            }
        }
    }
    if (const json_value* props = schema.find("properties"); props != nullptr && v.object()) {
        for (const auto& [key, sub] : *props->object()) {
            if (const json_value* member = v.find(key)) {
                validate(*member, sub, root, where + "." + key, out);
            }
        }
    }
    if (const json_value* items = schema.find("items"); items != nullptr && v.array()) {
        for (std::size_t i = 0; i < v.array()->size(); ++i) {
            validate((*v.array())[i], *items, root, where + "[" + std::to_string(i) + "]", out);
        }
    }
}

// The output schema in docs/ and every example's report agree: keys and types.
TEST(SelfEvalSchema, EveryReportFitsTheSchema) {
    std::string schema_text =
        golden::read(golden::source_dir() + "/docs/schema/selfeval-output.schema.json");
    json_value schema = parse_json(schema_text);
    static const loaded_pack pack =
        load_pack(golden::source_dir() + "/rules/national-selfeval", unit_registry::standard());
    for (const auto& path : example_documents()) {
        std::string text = golden::read(path);
        json_value doc = parse_json(text);
        std::string report_text =
            to_json(
                evaluate_selfeval(pack.program, doc, selfeval_canonicalizer(standard_vocabulary())),
                lang::zh)
                .dump();
        std::vector<std::string> errors;
        validate(parse_json(report_text), schema, schema, "report", errors);
        EXPECT_TRUE(errors.empty()) << path << "\n" << testing::PrintToString(errors);
    }
}

// The validator itself: a report with a key of the wrong type must fail it.
// The reviewer's summary of examples/review fits its schema: keys and types.
TEST(ReviewSummarySchema, TheExampleFitsTheSchema) {
    std::string schema_text =
        golden::read(golden::source_dir() + "/docs/schema/review-summary.schema.json");
    json_value schema = parse_json(schema_text);
    json_value summary = parse_json(
        golden::read(golden::source_dir() + "/examples/review/004-自评表.summary.expected.json"));
    std::vector<std::string> errors;
    validate(summary, schema, schema, "summary", errors);
    EXPECT_TRUE(errors.empty()) << errors.front();
    // and a wrong type is caught: a total as a JSON number
    std::string broken =
        golden::read(golden::source_dir() + "/examples/review/004-自评表.summary.expected.json");
    std::size_t at = broken.find("\"formula_total\": \"");
    ASSERT_NE(at, std::string::npos);
    broken.replace(at, 18, "\"formula_total\": ");
    std::size_t quote = broken.find('"', at + 17);
    broken.erase(quote, 1);
    errors.clear();
    validate(parse_json(broken), schema, schema, "summary", errors);
    EXPECT_FALSE(errors.empty());
}

TEST(SelfEvalSchema, AWrongTypeFails) {
    std::string schema_text =
        golden::read(golden::source_dir() + "/docs/schema/selfeval-output.schema.json");
    json_value schema = parse_json(schema_text);
    json_value report = parse_json(R"({"project": "p", "year": 2024, "department": null,
        "implementing_unit": null, "budget": {"amount_unit": "美元", "initial": null, "full_year": null,
        "executed": null, "rate": 0.93, "score": "9.30", "explanation": "", "notes": []},
        "goal": {"expected": null, "achieved": null}, "indicators": [], "total": "90", "complete": true,
        "grade": "优", "warnings": [], "errors": []})");
    std::vector<std::string> errors;
    validate(report, schema, schema, "report", errors);
    EXPECT_EQ(errors, (std::vector<std::string>{"report.year: is integer",
                                                "report.budget.amount_unit: not one of the enum",
                                                "report.budget.rate: matches 0 of oneOf"}));
}

INSTANTIATE_TEST_SUITE_P(Examples, SelfEvalExample, testing::ValuesIn(example_documents()),
                         [](const testing::TestParamInfo<std::string>& info) {
                             return "example_" + std::to_string(info.index);
                         });

} // namespace
} // namespace jixiao
