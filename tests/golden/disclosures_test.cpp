// The bundled disclosure documents are golden tests: each
// examples/disclosures/NNN.json, reconciled with the pack for its 类型
// (预算 → rules/budget-disclosure, 决算 → rules/final-accounts-disclosure),
// must give exactly NNN.expected.json, .txt and .html.
//
// Planted discrepancies: in a copy of each document one total changed by 1.00
// must be a mismatch at that cell, and the same total changed by 0.01 (it has
// several parts) must be a rounding residual.
#include "golden/golden_files.hpp"
#include "number/decimal_parse.hpp"
#include "pack/pack.hpp"
#include "reconcile/reconcile.hpp"
#include "units/unit_registry.hpp"

#include <cstdlib>
#include <filesystem>
#include <set>

namespace jixiao {
namespace {

namespace fs = std::filesystem;

std::vector<std::string> disclosure_documents() {
    std::vector<std::string> out;
    for (const auto& p : golden::inputs("../../examples/disclosures", ".json")) {
        if (p.find(".expected.") == std::string::npos) {
            out.push_back(p);
        }
    }
    return out;
}

const loaded_pack& pack_for(const json_value& doc) {
    static const loaded_pack budget =
        load_pack(golden::source_dir() + "/rules/budget-disclosure", unit_registry::standard());
    static const loaded_pack final_accounts = load_pack(
        golden::source_dir() + "/rules/final-accounts-disclosure", unit_registry::standard());
    return *doc.find("类型")->string() == "决算" ? final_accounts : budget;
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

class DisclosureExample : public testing::TestWithParam<std::string> {};

TEST_P(DisclosureExample, MatchesGoldenReports) {
    std::string text = golden::read(GetParam());
    json_value doc = parse_json(text, fs::path(GetParam()).filename().string());
    validate_disclosure(doc, GetParam());
    reconcile_report r = reconcile(pack_for(doc).program, doc);
    EXPECT_EQ(r.errors, 0u);
    std::string stem = fs::path(GetParam()).replace_extension("").string();
    compare(stem + ".expected.json", to_json(r, lang::zh).dump(2) + "\n");
    compare(stem + ".expected.txt", to_table(r, lang::zh));
    compare(stem + ".expected.html", to_html(r, lang::zh));
}

// The output schema in docs/ and the report agree on every required key.
TEST(CheckSchema, ReportHasEveryRequiredKey) {
    json_value schema =
        parse_json(golden::read(golden::source_dir() + "/docs/schema/check-output.schema.json"));
    const json_value* props = schema.find("properties");
    const json_value* item = props->find("checks")->find("items");
    for (const auto& path : disclosure_documents()) {
        json_value doc = parse_json(golden::read(path));
        std::string text = to_json(reconcile(pack_for(doc).program, doc), lang::zh).dump();
        json_value report = parse_json(text);
        for (const auto& key : *schema.find("required")->array()) {
            EXPECT_NE(report.find(*key.string()), nullptr) << *key.string();
        }
        for (const auto& key : *props->find("summary")->find("required")->array()) {
            EXPECT_NE(report.find("summary")->find(*key.string()), nullptr) << *key.string();
        }
        for (const auto& c : *report.find("checks")->array()) {
            for (const auto& key : *item->find("required")->array()) {
                EXPECT_NE(c.find(*key.string()), nullptr) << *key.string();
            }
        }
    }
}

INSTANTIATE_TEST_SUITE_P(Examples, DisclosureExample, testing::ValuesIn(disclosure_documents()),
                         [](const testing::TestParamInfo<std::string>& info) {
                             return "disclosure_" + std::to_string(info.index);
                         });

// A total to plant a discrepancy in: a table's 合计 row (or another named
// row), one of its columns, and the check that must catch it.
struct planted {
    const char* document; // examples/disclosures/NNN.json
    const char* table;    // 表.编号
    const char* row;      // 行.名称
    const char* column;   // 列.路径
    const char* check;    // the id of the check that compares this total with its parts
};

const planted plantings[] = {
    {"000", "预算公开表3", "合计", "2026年预算数/合计",
     "科目编码层级[预算公开表3｜合计｜2026年预算数/合计]"},
    {"001", "预算公开表3", "合计", "2023年预算数/合计",
     "科目编码层级[预算公开表3｜合计｜2023年预算数/合计]"},
    {"002", "预算公开表3", "政府办公厅（室）及相关机构事务", "2026年预算数/合计",
     "科目编码层级[预算公开表3｜20103 政府办公厅（室）及相关机构事务｜2026年预算数/合计]"},
    {"003", "预算公开表3", "行政事业单位养老支出", "2026年预算数/合计",
     "科目编码层级[预算公开表3｜20805 行政事业单位养老支出｜2026年预算数/合计]"},
    {"004", "公开05表", "合计", "本年支出/小计", "科目编码层级[公开05表｜合计｜本年支出/小计]"},
};

json_value* cell(json_value& doc, const planted& p) {
    for (auto& t : *doc.find("表")->array()) {
        if (*t.find("编号")->string() != p.table) {
            continue;
        }
        for (auto& row : *t.find("行")->array()) {
            const json_value* name = row.find("名称");
            if (name != nullptr && name->string() != nullptr && *name->string() == p.row) {
                return row.find("值")->find(p.column);
            }
        }
    }
    return nullptr;
}

const reconcile_check* find_check(const reconcile_report& r, const std::string& id) {
    for (const auto& c : r.checks) {
        if (c.id == id) {
            return &c;
        }
    }
    return nullptr;
}

class PlantedDiscrepancy : public testing::TestWithParam<planted> {};

TEST_P(PlantedDiscrepancy, OneIsAMismatchAndOneCentIsARoundingResidual) {
    const planted& p = GetParam();
    std::string path =
        golden::source_dir() + "/examples/disclosures/" + std::string(p.document) + ".json";
    std::string text = golden::read(path);
    json_value original = parse_json(text, path);
    reconcile_report as_published = reconcile(pack_for(original).program, original);
    const reconcile_check* before = find_check(as_published, p.check);
    ASSERT_NE(before, nullptr) << p.check;
    decimal gap = *before->difference;
    std::set<std::string> before_mismatch; // real discrepancies already in the document
    for (const auto& k : as_published.checks) {
        if (k.status == jx::check_status::mismatch) {
            before_mismatch.insert(k.id);
        }
    }

    for (const char* delta : {"1.00", "0.01", "-0.01"}) {
        json_value doc = parse_json(text, path);
        json_value* figure = cell(doc, p);
        ASSERT_NE(figure, nullptr) << p.table << " " << p.row << " " << p.column;
        decimal d = parse_decimal(delta);
        *figure = json_value(*figure->number() + d);
        reconcile_report r = reconcile(pack_for(doc).program, doc);
        const reconcile_check* c = find_check(r, p.check);
        ASSERT_NE(c, nullptr) << p.check;
        decimal moved = gap + d;
        decimal size = moved.sign() < 0 ? -moved : moved;
        auto reads_planted = [&](const reconcile_check& k) {
            for (const auto* side : {&k.left_places, &k.right_places}) {
                for (const auto& place : *side) {
                    if (place.row.find(p.row) != std::string::npos && place.column == p.column &&
                        place.table.starts_with(std::string(p.table) + " ")) {
                        return true;
                    }
                }
            }
            return false;
        };
        if (std::string(delta) == "1.00") {
            EXPECT_EQ(c->status, jx::check_status::mismatch) << delta;
            // Every mismatch is one the planted figure takes part in.
            for (const auto& k : r.checks) {
                if (k.status == jx::check_status::mismatch && before_mismatch.count(k.id) == 0) {
                    EXPECT_TRUE(reads_planted(k)) << k.id;
                }
            }
        } else if (size.is_zero()) {
            continue; // the change cancelled a residual already there
        } else {
            EXPECT_EQ(c->status, jx::check_status::rounding) << delta;
        }
        // The report points at the changed cell.
        ASSERT_FALSE(c->left_places.empty());
        EXPECT_NE(c->left_places[0].row.find(p.row), std::string::npos);
        EXPECT_EQ(c->left_places[0].column, p.column);
        EXPECT_TRUE(c->left_places[0].table.starts_with(std::string(p.table) + " "));
    }
}

INSTANTIATE_TEST_SUITE_P(Documents, PlantedDiscrepancy, testing::ValuesIn(plantings),
                         [](const testing::TestParamInfo<planted>& info) {
                             return std::string("document_") + info.param.document;
                         });

} // namespace
} // namespace jixiao
