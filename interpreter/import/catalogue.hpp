// The catalogue of standard tables a disclosure is read against: data that
// ships with the disclosure packs (rules/*/tables.json), never code, so a
// province adds a title variant or a header word with a line (STYLE.md §16).
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace jixiao::import {

struct table_kind {
    std::string category; // 类别: how the packs find the table (收支总表 …)
    std::string number; // 编号 in the standard layout (预算公开表1), used when none is printed
    std::vector<std::string> titles; // what its title says, without year or number
    bool two_sided = false;          // 收入 | 支出 side by side
    bool counts = false;             // its figures are counts (车辆数), not amounts
    // A table printed as several (决算 公开10表: 一、政府采购情况 …): each
    // section row starts a table of its own kind; titles are the sections'.
    std::vector<table_kind> sections;
};

// The words of table headers and rows, by the part they play.
struct header_words {
    std::vector<std::string> code_columns;       // 科目编码
    std::vector<std::string> name_columns;       // 科目名称, 项目 …
    std::vector<std::string> text_columns;       // 行次 …
    std::vector<std::string> column_number_rows; // 栏次
    std::vector<std::string> sides;              // 收入, 支出
    std::vector<std::string> total_columns;      // 合计, 小计 (a column whose name ends so)
    std::vector<std::string> subtotal_rows;      // 本年收入合计 …
    std::vector<std::string> total_rows;         // 收入总计 …
    std::vector<std::string> no_data;            // 本表无数据
    std::vector<std::string> not_applicable;     // — in a cell: blank
    std::vector<std::string> unit_name_labels;   // 单位名称：
    std::vector<std::string> amount_unit_labels; // 金额单位：
    std::vector<std::string>
        organization_endings; // 局, 委员会 …: a row naming a unit, not a project
};

// Where a phrase of the prose points: a cell named by table, row and column
// (a column's name, or its total when none is given), or a count of rows.
struct phrase_rule {
    std::vector<std::string> phrases;
    std::string table;                 // 类别
    std::string row;                   // a row name, or empty for the table's total row
    std::string column;                // a column name, or empty for the total column
    std::string side;                  // 收入 | 支出 in a two-sided table
    std::string unit;                  // applies only to figures in this unit (个)
    std::string method;                // 行数: the figure counts the table's rows
    std::vector<std::string> sections; // applies only under headings naming one of these
};

// The section a clause stands in decides which table its names are looked up in.
struct section_rule {
    std::vector<std::string> keywords;
    std::string table;
    std::string side;
};

struct prose_words {
    std::vector<std::string> start;      // 第三部分
    std::vector<std::string> end;        // 第四部分, 绩效目标表 …
    std::vector<std::string> connectors; // 其中, 主要包括 …: a list of parts follows
    std::vector<std::string>
        name_suffixes; // 拨款收入 …: 一般公共预算拨款收入 names row 一般公共预算
    std::vector<std::string> unlinked_words; // 年初预算 …: a figure the tables do not hold
    std::vector<section_rule> sections;
    std::vector<phrase_rule> phrases;
};

// The 项目支出绩效目标表 an appendix prints, one form per project: the labels
// its fields are found by, and the words of its indicator grid.
struct form_words {
    std::vector<std::string> titles;
    std::vector<std::string> name, department, unit, period_total, year_total, funds, grid, end;
    std::vector<std::string> level1; // 产出指标 …
    std::vector<std::string> level2; // 数量指标 … (a cell starting with one: 经济效益指标)
};

struct catalogue {
    std::string source; // where it was read from, for messages
    std::string type;   // 类型: 预算 | 决算
    std::string pack;   // the pack that checks such documents
    std::vector<table_kind> tables;
    std::vector<std::string> number_prefixes; // 预算公开表, 公开 …: a printed 编号
    header_words words;
    prose_words prose;
    form_words forms;
};

// Reads a catalogue (JSON). Throws diagnostic_error naming `source` and the
// member that is wrong.
catalogue parse_catalogue(std::string_view json, std::string source);

// The catalogues built into jixiao (rules/budget-disclosure/tables.json,
// rules/final-accounts-disclosure/tables.json), read once.
const std::vector<catalogue>& standard_catalogues();

} // namespace jixiao::import
