// The importer's layers on small texts written here: figures as printed,
// spaces inside names, header rows → column paths and their 上级, row
// structure, and the errors for text that is not a disclosure.
#include "import/catalogue.hpp"
#include "import/import.hpp"
#include "import/read_table.hpp"
#include "import/source_text.hpp"

#include <gtest/gtest.h>

#include <algorithm>

namespace jixiao::import {
namespace {

TEST(ImportFigures, AsPrinted) {
    struct row {
        int line;
        const char* cell;
        const char* figure; // nullptr: not a figure
    };
    const row rows[] = {
        {__LINE__, "6424.00", "6424.00"},
        {__LINE__, "1,008.68", "1008.68"},
        {__LINE__, "1,332,440.5", "1332440.5"},
        {__LINE__, "-3.5", "-3.5"},
        {__LINE__, "0", "0"},
        {__LINE__, "0.39", "0.39"},
        {__LINE__, "12,34.5", nullptr},
        {__LINE__, "1,0000", nullptr},
        {__LINE__, "007", nullptr},
        {__LINE__, "3.", nullptr},
        {__LINE__, "合计", nullptr},
        {__LINE__, "———", nullptr},
        {__LINE__, "", nullptr},
        {__LINE__, "1e30", nullptr},
        {__LINE__, ",100", nullptr},
    };
    for (const auto& r : rows) {
        auto f = figure_text(r.cell);
        if (r.figure == nullptr) {
            EXPECT_FALSE(f.has_value()) << "line " << r.line << ": " << r.cell;
        } else {
            ASSERT_TRUE(f.has_value()) << "line " << r.line << ": " << r.cell;
            EXPECT_EQ(*f, r.figure) << "line " << r.line;
        }
    }
}

TEST(ImportSource, SpacesInsideNamesAreLayout) {
    bool repaired = false;
    EXPECT_EQ(join_cjk("二十二、国有资本经营 预算支出", &repaired), "二十二、国有资本经营预算支出");
    EXPECT_TRUE(repaired);
    repaired = false;
    EXPECT_EQ(join_cjk(" 1. 副部（省）级 ", &repaired), "1. 副部（省）级");
    EXPECT_FALSE(repaired);
}

TEST(ImportSource, CellsFromTabsOrAlignedSpaces) {
    source_text src =
        read_source("合计\t\t4320.28\t\n科目名称   合计  一般公共预算\n单独 一行\n", "t.txt");
    ASSERT_EQ(src.lines.size(), 4u);
    ASSERT_EQ(src.lines[0].cells.size(), 4u);
    EXPECT_EQ(src.lines[0].cells[2].text, "4320.28");
    EXPECT_EQ(src.lines[0].cells[3].text, "");
    ASSERT_EQ(src.lines[1].cells.size(), 3u);
    EXPECT_EQ(src.lines[1].cells[2].text, "一般公共预算");
    EXPECT_EQ(src.lines[1].cells[2].offset, std::string("科目名称   合计  ").size());
    ASSERT_TRUE(src.lines[2].single());
    EXPECT_EQ(src.lines[2].cells[0].text, "单独一行");
    EXPECT_TRUE(src.lines[3].blank());
}

TEST(ImportSource, NotTextIsAPositionedError) {
    try {
        read_source(std::string("预算\n\xff\xfe abc"), "bad.txt");
        FAIL() << "no error";
    } catch (const diagnostic_error& e) {
        EXPECT_EQ(e.diag().line, 2u);
        EXPECT_EQ(e.diag().column, 1u);
        EXPECT_NE(e.diag().text.en.find("not UTF-8"), std::string::npos) << e.diag().text.en;
    }
    try {
        read_source(std::string("PK\x03\x04", 4), "book.xlsx");
        FAIL() << "no error";
    } catch (const diagnostic_error& e) {
        EXPECT_NE(e.diag().text.en.find("control character"), std::string::npos)
            << e.diag().text.en;
    }
}

TEST(ImportDisclosure, NoTableSaysWhatWasLookedFor) {
    source_text src = read_source("第一部分 概况\n本单位职责……\n", "prose.txt");
    try {
        import_disclosure(src, standard_catalogues());
        FAIL() << "no error";
    } catch (const diagnostic_error& e) {
        EXPECT_NE(e.diag().text.zh.find("没有找到公开表"), std::string::npos);
        EXPECT_NE(e.diag().text.zh.find("预算收支总表"), std::string::npos);
    }
}

// A two-level header with a merged 本年收入, a 上年结转 merged down, codes,
// a figure with a thousands separator, a blank and a not-applicable cell.
TEST(ImportDisclosure, HeaderPathsRowsAndParents) {
    const char* text = "预算公开表2\n"
                       "\n"
                       "2026年预算收入总表\n"
                       "单位名称：某某局\n"
                       "单位：万元\n"
                       "项目\t\t本年收入\t\t\t上年结转\n"
                       "科目编码\t科目名称\t合计\t一般公共预算\t政府性基金\t\n"
                       "合计\t\t1,200.50\t1,200.50\t\t10.00\n"
                       "\n"
                       "208\t社会保障和就业支出\t1,200.50\t1,200.50\t———\t10.00\n"
                       "\n"
                       "第三部分 情况说明\n";
    source_text src = read_source(text, "doc.txt");
    import_result r = import_disclosure(src, standard_catalogues());
    EXPECT_EQ(r.doc.type, "预算");
    EXPECT_EQ(r.doc.year, "2026");
    EXPECT_EQ(r.doc.unit_name, "某某局");
    ASSERT_EQ(r.doc.tables.size(), 1u);
    const table& t = r.doc.tables[0];
    EXPECT_EQ(t.number, "预算公开表2");
    EXPECT_EQ(t.category, "收入总表");
    ASSERT_EQ(t.columns.size(), 4u);
    EXPECT_EQ(t.columns[0].path, "本年收入/合计");
    EXPECT_EQ(t.columns[1].path, "本年收入/一般公共预算");
    EXPECT_EQ(t.columns[1].parent, "本年收入/合计");
    EXPECT_EQ(t.columns[2].path, "本年收入/政府性基金");
    EXPECT_EQ(t.columns[3].path, "上年结转");
    EXPECT_EQ(t.columns[3].parent, "");
    ASSERT_EQ(t.rows.size(), 2u);
    EXPECT_EQ(t.rows[0].name.value_or(""), "合计");
    EXPECT_EQ(t.rows[0].line, 8u);
    EXPECT_EQ(t.rows[1].code, "208");
    ASSERT_TRUE(t.rows[1].values[0].has_value());
    EXPECT_EQ(t.rows[1].values[0]->text, "1200.50");
    EXPECT_FALSE(t.rows[1].values[2].has_value()); // ——— is blank, not 0
    EXPECT_EQ(t.rows[1].line, 10u);
    EXPECT_EQ(r.missing.size(), 12u); // the other tables of the 13
}

} // namespace
} // namespace jixiao::import

namespace jixiao::import {
namespace {

// A sentence the extraction broke over two lines, in the middle of a figure:
// one paragraph again, its claims whole, the repair noted at the line.
TEST(ImportClaims, SentenceBrokenOverLinesIsJoined) {
    const char* text = "预算公开表3\n"
                       "2026年预算支出总表\n"
                       "项目\t\t2026年预算数\t\t\n"
                       "科目编码\t科目名称\t合计\t基本支出\t项目支出\n"
                       "合计\t\t1,200.50\t1,000.00\t200.50\n"
                       "\n"
                       "第三部分 2026年度单位预算情况说明\n"
                       "三、支出预算情况说明\n"
                       "2026年度某某局支出预算1,200.50万元，其中：基本支出1,0\n"
                       "00.00万元，占83.30%；项目支出200.50万元，占16.70%。\n";
    source_text src = read_source(text, "doc.txt");
    import_result r = import_disclosure(src, standard_catalogues());
    std::vector<std::string> figures;
    for (const auto& c : r.doc.claims) {
        figures.push_back(c.number + c.unit);
        EXPECT_EQ(c.line, 9u) << c.label;
    }
    EXPECT_EQ(figures, (std::vector<std::string>{"1200.50万元", "1000.00万元", "83.30%",
                                                 "200.50万元", "16.70%"}));
    bool noted = std::any_of(r.warnings.begin(), r.warnings.end(), [](const diagnostic& d) {
        return d.line == 10 && d.text.en.find("continues the sentence") != std::string::npos;
    });
    EXPECT_TRUE(noted);
}

} // namespace
} // namespace jixiao::import
