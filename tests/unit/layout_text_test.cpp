// Text laid out with spaces, rebuilt into tab-separated rows: the shapes a
// layout tool prints (pdf/layout_text.hpp).
#include "pdf/layout_text.hpp"
#include "text/utf8.hpp"

#include <gtest/gtest.h>

#include <string>

namespace {

using jixiao::pdf::is_laid_out;
using jixiao::pdf::laid_out_text;

// A line as a layout tool prints it: each piece at its character column (a
// CJK character counts one), figures right-aligned to the column's end.
struct piece {
    std::size_t column;
    std::string text;
    bool right = false;
};

std::string laid(std::initializer_list<piece> pieces) {
    std::u32string line;
    for (const auto& p : pieces) {
        std::u32string t;
        for (std::size_t pos = 0; pos < p.text.size();) {
            t += jixiao::utf8::next(p.text, pos);
        }
        std::size_t at = p.right ? p.column - t.size() : p.column;
        if (line.size() < at) {
            line.append(at - line.size(), U' ');
        }
        line += t;
    }
    std::string out;
    for (char32_t cp : line) {
        jixiao::utf8::append(out, cp);
    }
    return out + "\n";
}

// code at 0, name at 10, figures ending at 36 and 46
std::string row(const std::string& code, const std::string& name, const std::string& a,
                const std::string& b) {
    return laid({{0, code}, {10, name}, {36, a, true}, {46, b, true}});
}

const std::string table =
    "支出决算表\n" + laid({{34, "单位：万元"}}) +
    laid({{0, "科目编码"}, {10, "科目名称"}, {32, "合计"}, {40, "基本支出"}}) +
    row("201", "一般公共服务支出", "264.87", "62.63") +
    row("20139", "社会工作事务", "264.87", "62.63") + laid({{10, "机关事业单位基本养老保"}}) +
    row("2080505", "", "6.18", "6.18") + laid({{10, "险缴费支出"}}) + laid({{10, "机关事业单位"}}) +
    row("2080506", "职业年金缴费", "4.64", "4.64") + laid({{10, "支出"}}) +
    row("210", "卫生健康支出", "2.71", "");

std::string line_with(const std::string& text, const std::string& start) {
    std::size_t at = text.find("\n" + start);
    if (at == std::string::npos) {
        return "";
    }
    std::size_t end = text.find('\n', at + 1);
    return text.substr(at + 1, end - at - 1);
}

TEST(LayoutText, RecognizedByAlignedFigures) {
    EXPECT_TRUE(is_laid_out(table));
    EXPECT_FALSE(is_laid_out("201\t一般公共服务支出\t264.87\n"));      // tabs: cells as copied
    EXPECT_FALSE(is_laid_out("一、部门职责\n本部门  主要职责是……\n")); // prose
}

TEST(LayoutText, RowsBecomeCells) {
    std::string out = laid_out_text(table);
    EXPECT_EQ(line_with(out, "201\t"), "201\t一般公共服务支出\t264.87\t62.63");
    EXPECT_EQ(line_with(out, "210\t"), "210\t卫生健康支出\t2.71\t"); // a blank cell stays
}

TEST(LayoutText, NamePrintedAroundItsRowJoinsIt) {
    std::string out = laid_out_text(table);
    // the row on the middle line, its name above and below it
    EXPECT_EQ(line_with(out, "2080505"), "2080505\t机关事业单位基本养老保险缴费支出\t6.18\t6.18");
    // three lines, the middle one on the row
    EXPECT_EQ(line_with(out, "2080506"), "2080506\t机关事业单位职业年金缴费支出\t4.64\t4.64");
    EXPECT_EQ(out.find("\t险缴费支出"), std::string::npos);
}

TEST(LayoutText, EnumeratedRowsAreNotWrappedNames) {
    auto side = [](const std::string& name, const std::string& figure) {
        return laid({{0, name}, {36, figure, true}});
    };
    std::string text = "收支总表\n" + laid({{30, "单位：万元"}}) +
                       laid({{0, "项目"}, {31, "决算数"}}) +
                       side("一、一般公共服务支出", "264.87") + side("二、外交支出", "") +
                       side("三、社会保障和就业支出", "10.82") + side("四、国防支出", "") +
                       side("五、卫生健康支出", "2.71") + side("六、教育支出", "1.00") +
                       side("七、住房保障支出", "29.42");
    std::string out = laid_out_text(text);
    EXPECT_EQ(line_with(out, "二、"), "二、外交支出\t");
    EXPECT_EQ(line_with(out, "三、"), "三、社会保障和就业支出\t10.82");
}

TEST(LayoutText, HeaderCellSplitAroundItsNeighboursIsOneCell) {
    // 附属单位上缴收入 in two lines, the one-line cells centred between them
    std::string text = "收入决算表\n" + laid({{40, "单位：万元"}}) + laid({{34, "附属单位"}}) +
                       laid({{0, "科目编码"}, {12, "本年收入合计"}, {22, "财政拨款收入"}}) +
                       laid({{34, "上缴收入"}});
    for (const char* code : {"201", "20139", "2013901", "2013950", "2013999"}) {
        text += laid({{0, code}, {18, "264.87", true}, {28, "264.87", true}, {38, "1.00", true}});
    }
    std::string out = laid_out_text(text);
    EXPECT_NE(out.find("\t附属单位上缴收入"), std::string::npos) << out;
}

TEST(LayoutText, PagesSplitAtFormFeeds) {
    std::string out = laid_out_text(table + "\f" + table);
    EXPECT_NE(out.find("〔第 1 页〕"), std::string::npos);
    EXPECT_NE(out.find("〔第 2 页〕"), std::string::npos);
}

} // namespace
