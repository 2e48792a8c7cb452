#include "import/write_document.hpp"

#include "text/json_writer.hpp"

namespace jixiao::import {
namespace {

void str(std::string& out, std::string_view s) {
    append_json_string(out, s);
}

void member(std::string& out, std::string_view key, std::string_view value, bool& first) {
    if (!first) {
        out += ", ";
    }
    first = false;
    str(out, key);
    out += ": ";
    str(out, value);
}

void write_column(std::string& out, const column& c) {
    out += '{';
    bool first = true;
    member(out, "路径", c.path, first);
    member(out, "名称", c.name, first);
    member(out, "类型", c.type, first);
    if (!c.side.empty()) {
        member(out, "侧", c.side, first);
    }
    if (!c.parent.empty()) {
        member(out, "上级", c.parent, first);
    }
    out += '}';
}

void write_row(std::string& out, const table& t, const table_row& r) {
    out += '{';
    bool first = true;
    if (!r.code.empty()) {
        member(out, "科目编码", r.code, first);
    }
    if (r.name) {
        member(out, "名称", *r.name, first);
    }
    if (!first) {
        out += ", ";
    }
    first = false;
    out += "\"值\": {";
    for (std::size_t k = 0; k < t.columns.size(); ++k) {
        if (k > 0) {
            out += ", ";
        }
        str(out, t.columns[k].path);
        out += ": ";
        const auto& v = r.values[k];
        if (!v) {
            out += "null";
        } else if (v->number) {
            out += v->text;
        } else {
            str(out, v->text);
        }
    }
    out += '}';
    if (!r.parents.empty()) {
        out += ", \"上级\": {";
        for (std::size_t i = 0; i < r.parents.size(); ++i) {
            if (i > 0) {
                out += ", ";
            }
            str(out, r.parents[i].first);
            out += ": ";
            str(out, r.parents[i].second);
        }
        out += '}';
    }
    out += ", \"原文行\": " + std::to_string(r.line) + '}';
}

void write_reference(std::string& out, const reference& r) {
    out += '{';
    bool first = true;
    if (!r.claim.empty()) {
        member(out, "说明", r.claim, first);
    } else {
        member(out, "表", r.table, first);
        if (!r.code.empty()) {
            member(out, "科目编码", r.code, first);
        } else if (!r.row.empty()) {
            member(out, "行", r.row, first);
        }
        member(out, "列", r.column, first);
    }
    out += '}';
}

void write_claim(std::string& out, const claim& c) {
    out += '{';
    bool first = true;
    member(out, "节", c.section, first);
    out += ", \"原文行\": " + std::to_string(c.line);
    member(out, "原文", c.quote, first);
    member(out, "标签", c.label, first);
    out += ", \"数值\": " + c.number;
    member(out, "单位", c.unit, first);
    if (c.target) {
        out += ", \"对应\": ";
        write_reference(out, *c.target);
    }
    if (!c.method.empty()) {
        out += ", \"计算\": {";
        bool inner = true;
        member(out, "方式", c.method, inner);
        for (const auto& [role, ref] : c.operands) {
            out += ", ";
            str(out, role);
            out += ": ";
            write_reference(out, ref);
        }
        if (!c.items.empty()) {
            out += ", \"各项\": [";
            for (std::size_t i = 0; i < c.items.size(); ++i) {
                if (i > 0) {
                    out += ", ";
                }
                write_reference(out, c.items[i]);
            }
            out += ']';
        }
        if (c.method == "行数") {
            member(out, "表", c.count_table, inner);
            if (!c.count_parent.empty()) {
                member(out, "上级", c.count_parent, inner);
            }
        }
        out += '}';
    }
    out += '}';
}

void write_form(std::string& out, const target_form& f) {
    out += "{";
    bool first = true;
    member(out, "项目名称", f.name, first);
    out += ", \"原文行\": " + std::to_string(f.line);
    if (!f.department.empty()) {
        member(out, "主管部门", f.department, first);
    }
    if (!f.unit.empty()) {
        member(out, "实施单位", f.unit, first);
    }
    member(out, "金额单位", f.money_unit, first);
    out +=
        ", \"实施期资金总额\": " + (f.period_total.empty() ? std::string("null") : f.period_total);
    out += ", \"年度资金总额\": " + (f.year_total.empty() ? std::string("null") : f.year_total);
    out += ", \"指标\": [";
    for (std::size_t i = 0; i < f.indicators.size(); ++i) {
        const form_indicator& x = f.indicators[i];
        out += i == 0 ? "\n        {" : ",\n        {";
        bool inner = true;
        member(out, "一级指标", x.level1, inner);
        member(out, "二级指标", x.level2, inner);
        member(out, "三级指标", x.level3, inner);
        member(out, "指标值", x.target, inner);
        out += ", \"原文行\": " + std::to_string(x.line) + "}";
    }
    out += f.indicators.empty() ? "]}" : "\n      ]}";
}

} // namespace

std::string write_document(const document& doc) {
    std::string out = "{\n";
    auto top = [&](std::string_view key, std::string_view value) {
        out += "  ";
        str(out, key);
        out += ": ";
        str(out, value);
        out += ",\n";
    };
    top("单位名称", doc.unit_name);
    out += "  \"年度\": " + (doc.year.empty() ? std::string("null") : doc.year) + ",\n";
    top("类型", doc.type);
    top("金额单位", doc.amount_unit);
    top("来源", doc.source);
    out += "  \"表\": [";
    for (std::size_t i = 0; i < doc.tables.size(); ++i) {
        const table& t = doc.tables[i];
        out += i == 0 ? "\n" : ",\n";
        out += "    {\n";
        out += "      \"编号\": ";
        str(out, t.number);
        out += ",\n      \"名称\": ";
        str(out, t.title);
        out += ",\n      \"类别\": ";
        str(out, t.category);
        out += ",\n      \"原文行\": " + std::to_string(t.title_line);
        if (t.no_data) {
            out += ",\n      \"无数据\": true";
        }
        out += ",\n      \"列\": [";
        for (std::size_t k = 0; k < t.columns.size(); ++k) {
            out += k == 0 ? "\n        " : ",\n        ";
            write_column(out, t.columns[k]);
        }
        out += t.columns.empty() ? "],\n" : "\n      ],\n";
        out += "      \"行\": [";
        for (std::size_t k = 0; k < t.rows.size(); ++k) {
            out += k == 0 ? "\n        " : ",\n        ";
            write_row(out, t, t.rows[k]);
        }
        out += t.rows.empty() ? "]\n" : "\n      ]\n";
        out += "    }";
    }
    out += doc.tables.empty() ? "],\n" : "\n  ],\n";
    out += "  \"说明\": [";
    for (std::size_t i = 0; i < doc.claims.size(); ++i) {
        out += i == 0 ? "\n    " : ",\n    ";
        write_claim(out, doc.claims[i]);
    }
    out += doc.claims.empty() ? "]" : "\n  ]";
    if (!doc.forms.empty()) {
        out += ",\n  \"绩效目标表\": [";
        for (std::size_t i = 0; i < doc.forms.size(); ++i) {
            out += i == 0 ? "\n    " : ",\n    ";
            write_form(out, doc.forms[i]);
        }
        out += "\n  ]";
    }
    out += "\n}\n";
    return out;
}

std::string write_selfeval_start(const target_form& form, const std::string& year) {
    std::string out = "{\n  \"项目名称\": ";
    str(out, form.name);
    if (!year.empty()) {
        out += ",\n  \"年度\": " + year;
    }
    if (!form.department.empty()) {
        out += ",\n  \"主管部门\": ";
        str(out, form.department);
    }
    if (!form.unit.empty()) {
        out += ",\n  \"实施单位\": ";
        str(out, form.unit);
    }
    // 全年预算数 in 元, as the self-evaluation form counts it.
    std::string budget = form.year_total;
    if (!budget.empty() && form.money_unit == "万元") {
        budget += "万元";
        out += ",\n  \"全年预算数\": ";
        str(out, budget);
    } else {
        out += ",\n  \"全年预算数\": " + (budget.empty() ? std::string("null") : budget);
    }
    out += ",\n  \"全年执行数\": null,\n  \"指标\": [";
    for (std::size_t i = 0; i < form.indicators.size(); ++i) {
        const form_indicator& x = form.indicators[i];
        out += i == 0 ? "\n    {" : ",\n    {";
        bool first = true;
        member(out, "一级指标", x.level1, first);
        member(out, "二级指标", x.level2, first);
        member(out, "三级指标", x.level3, first);
        member(out, "年初指标值", x.target, first);
        out += ", \"实际完成值\": \"\", \"分值\": null}";
    }
    out += form.indicators.empty() ? "]\n}\n" : "\n  ]\n}\n";
    return out;
}

} // namespace jixiao::import
