// What the importer builds: the disclosure document of docs/disclosure.md, as
// plain structs, before it is written as JSON. Figures stay the text they were
// printed as (6424.00 keeps its two decimals: the rounding tolerance is
// derived from it), thousands separators dropped.
#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <utility>
#include <vector>

namespace jixiao::import {

struct column {
    std::string path;   // 本年收入/合计
    std::string name;   // 合计
    std::string type;   // 金额 | 数量 | 名称 | 文本
    std::string parent; // 上级: the column this one is a part of
    std::string side;   // 侧: 收入 | 支出 in a two-sided table
};

// A cell of a row: a figure (its JSON number text) or a text; none is blank.
struct cell_value {
    bool number = false;
    std::string text;
};

struct table_row {
    std::string code;                              // 科目编码, when the table has one
    std::optional<std::string> name;               // 名称 (one-sided tables)
    std::vector<std::optional<cell_value>> values; // per column
    std::vector<std::pair<std::string, std::string>>
        parents;          // 上级: (名称 or a name column, the row)
    std::size_t line = 0; // 原文行
};

struct table {
    std::string number;   // 编号, as printed or from the catalogue
    std::string title;    // 名称
    std::string category; // 类别
    std::size_t title_line = 0;
    std::vector<column> columns;
    std::vector<table_row> rows;
    bool no_data = false; // 注：本表无数据
};

// Where a claim's figure should be found: a cell ({表, 行 | 科目编码, 列}) or
// another claim ({说明: 标签}).
struct reference {
    std::string table; // 类别
    std::string row;
    std::string code;
    std::string column; // 路径
    std::string claim;  // 标签 of another claim
};

// A figure of the prose (第三部分), one per figure: the clause it stands in,
// and how a check recomputes it (docs/disclosure.md).
struct claim {
    std::string section; // 节
    std::size_t line = 0;
    std::string quote;               // 原文: the clause
    std::string label;               // 标签, unique in the document
    std::string number;              // as printed, separators dropped
    std::string unit;                // 万元 | % | 个 …
    std::optional<reference> target; // 对应
    std::string method; // 计算.方式: 占比 | 增长率 | 下降率 | 求和 | 行数
    std::vector<std::pair<std::string, reference>> operands; // 部分/整体, 增加额/本年 …
    std::vector<reference> items;                            // 求和: 各项
    std::string count_table, count_parent;                   // 行数: 表, 上级
};

// One row of a 绩效目标表's indicator grid: the year's target (年度指标值)
// where the form prints both the period's and the year's.
struct form_indicator {
    std::string level1, level2, level3, target;
    std::size_t line = 0;
};

// A 项目支出绩效目标表 of the appendix.
struct target_form {
    std::string name;       // 项目名称
    std::string department; // 主管部门, its code dropped
    std::string unit;       // 实施单位
    std::string money_unit = "元";
    std::string period_total, year_total; // 实施期 / 年度资金总额, as printed
    std::size_t line = 0;
    std::vector<form_indicator> indicators;
};

struct document {
    std::string unit_name; // 单位名称
    std::string year;      // 年度
    std::string type;      // 类型: 预算 | 决算
    std::string amount_unit = "万元";
    std::string source;
    std::vector<table> tables;
    std::vector<claim> claims;
    std::vector<target_form> forms; // 绩效目标表
};

} // namespace jixiao::import
