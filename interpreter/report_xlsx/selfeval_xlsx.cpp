#include "report_xlsx/selfeval_xlsx.hpp"

#include "diag/diagnostic.hpp"
#include "text/utf8.hpp"

#include <xlsxwriter.h>

#include <algorithm>
#include <cmath>
#include <cstdlib>
#include <filesystem>
#include <map>
#include <set>

namespace jixiao {
namespace {

// The xlsx format keeps a number as a binary double; the exact decimal is
// written as the double nearest to it, whose shortest form (15 significant
// digits, how every spreadsheet reads it back) is the decimal itself.
double cell_number(const decimal& d) {
    return std::strtod(d.to_string().c_str(), nullptr);
}

std::string text_of(const json_value& doc, const char* key) {
    const json_value* v = doc.find(key);
    if (v == nullptr) {
        return {};
    }
    if (v->string() != nullptr) {
        return *v->string();
    }
    if (v->number() != nullptr) {
        return v->number()->to_string();
    }
    return {};
}

struct formats {
    lxw_format* title;
    lxw_format* label;
    lxw_format* text;
    lxw_format* wrap;
    lxw_format* center;
    lxw_format* score;  // 0.00
    lxw_format* manual; // a reviewer's score: italic, shaded
    lxw_format* amount;
    lxw_format* rate;
};

formats make_formats(lxw_workbook* wb) {
    auto base = [&](bool border) {
        lxw_format* f = workbook_add_format(wb);
        format_set_font_name(f, "SimSun");
        format_set_font_size(f, 10);
        format_set_align(f, LXW_ALIGN_VERTICAL_CENTER);
        if (border) {
            format_set_border(f, LXW_BORDER_THIN);
        }
        return f;
    };
    formats f;
    f.title = base(false);
    format_set_font_size(f.title, 16);
    format_set_bold(f.title);
    format_set_align(f.title, LXW_ALIGN_CENTER);
    f.label = base(true);
    format_set_align(f.label, LXW_ALIGN_CENTER);
    format_set_text_wrap(f.label);
    format_set_bg_color(f.label, 0xF2F2F2);
    f.text = base(true);
    format_set_text_wrap(f.text);
    f.wrap = base(true);
    format_set_text_wrap(f.wrap);
    format_set_font_size(f.wrap, 9);
    f.center = base(true);
    format_set_align(f.center, LXW_ALIGN_CENTER);
    format_set_text_wrap(f.center);
    f.score = base(true);
    format_set_num_format(f.score, "0.00");
    f.manual = base(true);
    format_set_num_format(f.manual, "0.00");
    format_set_italic(f.manual);
    format_set_bg_color(f.manual, 0xFFF2CC);
    f.amount = base(true);
    format_set_num_format(f.amount, "#,##0.00");
    f.rate = base(true);
    format_set_num_format(f.rate, "0.00%");
    return f;
}

void number_or_dash(lxw_worksheet* ws, lxw_row_t row, lxw_col_t col,
                    const std::optional<decimal>& d, lxw_format* f) {
    if (d) {
        worksheet_write_number(ws, row, col, cell_number(*d), f);
    } else {
        worksheet_write_string(ws, row, col, "—", f);
    }
}

void write_sheet(lxw_workbook* wb, const formats& f, const scored_sheet& s, lang l) {
    bool zh = l == lang::zh;
    const selfeval_report& r = *s.report;
    const json_value& doc = *s.document;
    lxw_worksheet* ws = workbook_add_worksheet(wb, s.sheet.c_str());
    worksheet_set_paper(ws, 9); // A4
    worksheet_set_landscape(ws);
    worksheet_fit_to_pages(ws, 1, 0);
    worksheet_set_margins(ws, 0.4, 0.4, 0.5, 0.5);
    // A 一级 B 二级 C 三级 D 指标值 E 实际完成值 F 分值 G 得分 H 计算过程 I 标记 J 偏差原因
    const double widths[] = {10, 11, 18, 14, 14, 7, 8, 40, 16, 20};
    for (lxw_col_t c = 0; c < 10; ++c) {
        worksheet_set_column(ws, c, c, widths[c], nullptr);
    }
    worksheet_merge_range(
        ws, 0, 0, 0, 9, zh ? "项目支出绩效自评表" : "Project performance self-evaluation", f.title);
    std::string year = text_of(doc, "年度");
    worksheet_merge_range(ws, 1, 0, 1, 9, year.empty() ? "" : ("（" + year + "年度）").c_str(),
                          f.title);
    worksheet_set_row(ws, 0, 24, nullptr);
    worksheet_write_string(ws, 2, 0, zh ? "项目名称" : "project", f.label);
    worksheet_merge_range(ws, 2, 1, 2, 9, r.project.c_str(), f.text);
    worksheet_write_string(ws, 3, 0, zh ? "主管部门" : "department", f.label);
    worksheet_merge_range(ws, 3, 1, 3, 4, text_of(doc, "主管部门").c_str(), f.text);
    worksheet_write_string(ws, 3, 5, zh ? "实施单位" : "unit", f.label);
    worksheet_merge_range(ws, 3, 6, 3, 9, text_of(doc, "实施单位").c_str(), f.text);
    // 预算执行
    const char* budget_heads_zh[] = {"项目资金", "全年预算数", "全年执行数", "执行率", "得分"};
    const char* budget_heads_en[] = {"funds", "budget", "spent", "rate", "score"};
    for (lxw_col_t c = 0; c < 5; ++c) {
        worksheet_write_string(ws, 4, c, zh ? budget_heads_zh[c] : budget_heads_en[c], f.label);
    }
    worksheet_merge_range(ws, 4, 5, 4, 9, zh ? "计算过程" : "explanation", f.label);
    worksheet_write_string(ws, 5, 0, zh ? "资金总额" : "total", f.center);
    for (auto [col, key] :
         {std::pair<lxw_col_t, const char*>{1, "全年预算数"}, {2, "全年执行数"}}) {
        const json_value* v = doc.find(key);
        if (v != nullptr && v->number() != nullptr) {
            worksheet_write_number(ws, 5, col, cell_number(*v->number()), f.amount);
        } else {
            worksheet_write_string(ws, 5, col, text_of(doc, key).c_str(), f.text);
        }
    }
    number_or_dash(ws, 5, 3, r.budget_rate, f.rate);
    number_or_dash(ws, 5, 4, r.budget_score, f.score);
    std::string budget_explanation = r.budget_error ? r.budget_error->in(l) : r.budget_explanation;
    worksheet_merge_range(ws, 5, 5, 5, 9, budget_explanation.c_str(), f.wrap);
    // 绩效指标
    const char* heads_zh[] = {
        "一级指标", "二级指标", "三级指标", "指标值", "实际完成值",
        "分值",     "得分",     "计算过程", "标记",   "偏差原因分析及改进措施"};
    const char* heads_en[] = {
        "level 1", "level 2", "indicator",   "target", "actual",
        "weight",  "score",   "explanation", "flags",  "reason for deviation"};
    const lxw_row_t head = 7;
    for (lxw_col_t c = 0; c < 10; ++c) {
        worksheet_write_string(ws, head, c, zh ? heads_zh[c] : heads_en[c], f.label);
    }
    lxw_row_t row = head + 1;
    for (std::size_t i = 0; i < r.indicators.size(); ++i) {
        const indicator_score& x = r.indicators[i];
        worksheet_write_string(ws, row, 0, x.level1.c_str(), f.center);
        worksheet_write_string(ws, row, 1, x.level2.c_str(), f.center);
        worksheet_write_string(ws, row, 2, x.name.c_str(), f.text);
        worksheet_write_string(ws, row, 3, x.target.c_str(), f.center);
        worksheet_write_string(ws, row, 4, x.actual.c_str(), f.center);
        number_or_dash(ws, row, 5, x.weight, f.score);
        number_or_dash(ws, row, 6, x.score, x.manual ? f.manual : f.score);
        std::string explanation = x.error ? x.error->in(l) : x.explanation;
        for (const auto& n : x.notes) {
            explanation += (zh ? "\n注：" : "\nnote: ") + n;
        }
        worksheet_write_string(ws, row, 7, explanation.c_str(), f.wrap);
        std::string flags;
        if (x.manual) {
            flags = zh ? "评审给分" : "reviewer's score";
        }
        for (const auto& fl : x.flags) {
            flags += (flags.empty() ? "" : "；") + fl;
        }
        worksheet_write_string(ws, row, 8, flags.c_str(), f.wrap);
        const json_value* items = doc.find("指标");
        std::string reason;
        if (items != nullptr && items->array() != nullptr && i < items->array()->size()) {
            reason = text_of((*items->array())[i], "偏差原因");
        }
        worksheet_write_string(ws, row, 9, reason.c_str(), f.wrap);
        // Wrapped text does not grow a row by itself in every spreadsheet:
        // the row is as tall as its longest wrapped cell.
        double lines = 1;
        for (auto [text, width] : {std::pair<const std::string*, double>{&explanation, widths[7]},
                                   {&flags, widths[8]},
                                   {&reason, widths[9]},
                                   {&x.name, widths[2]}}) {
            double columns = static_cast<double>(utf8::width(*text));
            lines = std::max(lines,
                             std::ceil(columns / (width * 1.1)) +
                                 static_cast<double>(std::count(text->begin(), text->end(), '\n')));
        }
        worksheet_set_row(ws, row, 13.5 * lines, nullptr);
        ++row;
    }
    // Merge runs of the same 一级 (and, inside them, 二级) as the form prints them.
    auto merge_runs = [&](lxw_col_t col, auto key) {
        std::size_t start = 0;
        for (std::size_t i = 1; i <= r.indicators.size(); ++i) {
            if (i == r.indicators.size() || key(i) != key(start)) {
                if (i - 1 > start) {
                    std::string text =
                        col == 0 ? r.indicators[start].level1 : r.indicators[start].level2;
                    worksheet_merge_range(ws, static_cast<lxw_row_t>(head + 1 + start), col,
                                          static_cast<lxw_row_t>(head + i), col, text.c_str(),
                                          f.center);
                }
                start = i;
            }
        }
    };
    merge_runs(0, [&](std::size_t i) { return r.indicators[i].level1; });
    merge_runs(
        1, [&](std::size_t i) { return r.indicators[i].level1 + "\x1f" + r.indicators[i].level2; });
    worksheet_merge_range(ws, row, 0, row, 5, zh ? "总分" : "total", f.label);
    worksheet_write_number(ws, row, 6, cell_number(r.total), f.score);
    worksheet_write_string(
        ws, row, 7, r.complete ? "" : (zh ? "不完整：有指标无法评分" : "incomplete"), f.text);
    worksheet_write_string(ws, row, 8, zh ? "等级" : "grade", f.label);
    worksheet_write_string(ws, row, 9, r.complete ? r.grade.c_str() : "—", f.center);
    worksheet_repeat_rows(ws, head, head);
}

} // namespace

void write_selfeval_xlsx(const std::string& path, const std::vector<scored_sheet>& sheets, lang l) {
    namespace fs = std::filesystem;
    std::string temp = path + ".part";
    lxw_workbook* wb = workbook_new(temp.c_str());
    if (wb == nullptr) {
        throw diagnostic_error(
            diagnose(severity::error, {"无法写入 " + temp, "cannot write " + temp}, path));
    }
    formats f = make_formats(wb);
    std::set<std::string> used;
    std::vector<scored_sheet> named = sheets;
    for (auto& s : named) {
        // Sheet names: at most 31 characters, none of []:*?/\, unique.
        std::string name;
        for (char c : s.sheet) {
            name += std::string_view("[]:*?/\\").find(c) == std::string_view::npos ? c : '_';
        }
        std::size_t chars = 0;
        std::string cut;
        for (std::size_t i = 0; i < name.size() && chars < 28;) {
            std::size_t len = 1;
            unsigned char c = static_cast<unsigned char>(name[i]);
            len = c < 0x80 ? 1 : c < 0xE0 ? 2 : c < 0xF0 ? 3 : 4;
            cut += name.substr(i, len);
            i += len;
            ++chars;
        }
        if (cut.empty()) {
            cut = "Sheet";
        }
        std::string unique = cut;
        for (int n = 2; used.contains(unique); ++n) {
            unique = cut + "(" + std::to_string(n) + ")";
        }
        used.insert(unique);
        s.sheet = unique;
    }
    if (named.size() > 1) {
        // 汇总: every project's total and grade, first.
        lxw_worksheet* ws = workbook_add_worksheet(wb, l == lang::zh ? "汇总" : "summary");
        worksheet_set_paper(ws, 9);
        worksheet_set_column(ws, 0, 0, 6, nullptr);
        worksheet_set_column(ws, 1, 2, 36, nullptr);
        worksheet_set_column(ws, 3, 4, 10, nullptr);
        const char* heads[] = {"序号", "工作表", "项目名称", "总分", "等级"};
        const char* heads_en[] = {"no.", "sheet", "project", "total", "grade"};
        for (lxw_col_t c = 0; c < 5; ++c) {
            worksheet_write_string(ws, 0, c, l == lang::zh ? heads[c] : heads_en[c], f.label);
        }
        for (std::size_t i = 0; i < named.size(); ++i) {
            lxw_row_t r = static_cast<lxw_row_t>(i + 1);
            worksheet_write_number(ws, r, 0, static_cast<double>(i + 1), f.center);
            worksheet_write_string(ws, r, 1, named[i].sheet.c_str(), f.text);
            worksheet_write_string(ws, r, 2, named[i].report->project.c_str(), f.text);
            worksheet_write_number(ws, r, 3, cell_number(named[i].report->total), f.score);
            worksheet_write_string(ws, r, 4,
                                   named[i].report->complete ? named[i].report->grade.c_str() : "—",
                                   f.center);
        }
    }
    for (const auto& s : named) {
        write_sheet(wb, f, s, l);
    }
    lxw_error e = workbook_close(wb);
    if (e != LXW_NO_ERROR) {
        std::error_code ec;
        fs::remove(temp, ec);
        throw diagnostic_error(
            diagnose(severity::error,
                     {std::string("无法写出工作簿：") + lxw_strerror(e),
                      std::string("cannot write the workbook: ") + lxw_strerror(e)},
                     path));
    }
    std::error_code ec;
    fs::rename(temp, path, ec);
    if (ec) {
        throw diagnostic_error(diagnose(severity::error,
                                        {"无法写出 " + path + "：" + ec.message(),
                                         "cannot write " + path + ": " + ec.message()},
                                        path));
    }
}

namespace {

void template_sheet(lxw_workbook* wb, const formats& f, const std::string& name,
                    const json_value* doc, std::size_t blank_rows) {
    lxw_worksheet* ws = workbook_add_worksheet(wb, name.c_str());
    worksheet_set_paper(ws, 9);
    worksheet_set_landscape(ws);
    worksheet_fit_to_pages(ws, 1, 0);
    const double widths[] = {8, 12, 12, 22, 16, 16, 8, 8, 30};
    for (lxw_col_t c = 0; c < 9; ++c) {
        worksheet_set_column(ws, c, c, widths[c], nullptr);
    }
    auto field = [&](const char* key) {
        return doc == nullptr ? std::string() : text_of(*doc, key);
    };
    worksheet_merge_range(ws, 0, 0, 0, 8, "项目支出绩效自评表", f.title);
    std::string year = field("年度");
    worksheet_merge_range(ws, 1, 0, 1, 8,
                          ("（" + (year.empty() ? std::string("    ") : year) + "年度）").c_str(),
                          f.title);
    worksheet_write_string(ws, 2, 0, "项目名称", f.label);
    worksheet_merge_range(ws, 2, 1, 2, 8, field("项目名称").c_str(), f.text);
    worksheet_write_string(ws, 3, 0, "主管部门", f.label);
    worksheet_merge_range(ws, 3, 1, 3, 3, field("主管部门").c_str(), f.text);
    worksheet_write_string(ws, 3, 4, "实施单位", f.label);
    worksheet_merge_range(ws, 3, 5, 3, 8, field("实施单位").c_str(), f.text);
    worksheet_write_string(ws, 4, 0, "项目资金（元）", f.label);
    worksheet_write_string(ws, 4, 1, "年初预算数", f.label);
    worksheet_write_string(ws, 4, 2, "全年预算数", f.label);
    worksheet_write_string(ws, 4, 3, "全年执行数", f.label);
    worksheet_write_string(ws, 5, 0, "资金总额：", f.center);
    for (auto [col, key] : {std::pair<lxw_col_t, const char*>{1, "年初预算数"},
                            {2, "全年预算数"},
                            {3, "全年执行数"}}) {
        const json_value* v = doc == nullptr ? nullptr : doc->find(key);
        if (v != nullptr && v->number() != nullptr) {
            worksheet_write_number(ws, 5, col, cell_number(*v->number()), f.amount);
        } else if (col == 1 && doc != nullptr && doc->find("全年预算数") != nullptr &&
                   doc->find("全年预算数")->number() != nullptr) {
            worksheet_write_number(ws, 5, col, cell_number(*doc->find("全年预算数")->number()),
                                   f.amount);
        } else {
            worksheet_write_blank(ws, 5, col, f.amount);
        }
    }
    const char* heads[] = {"绩效指标", "一级指标",   "二级指标",
                           "三级指标", "年初指标值", "实际完成值",
                           "分值",     "得分",       "偏差原因分析及改进措施"};
    const lxw_row_t head = 7;
    for (lxw_col_t c = 0; c < 9; ++c) {
        worksheet_write_string(ws, head, c, heads[c], f.label);
    }
    const json_array* items = nullptr;
    if (doc != nullptr && doc->find("指标") != nullptr) {
        items = doc->find("指标")->array();
    }
    std::size_t rows = items != nullptr ? items->size() : blank_rows;
    for (std::size_t i = 0; i < rows; ++i) {
        lxw_row_t r = static_cast<lxw_row_t>(head + 1 + i);
        const json_value* item = items != nullptr ? &(*items)[i] : nullptr;
        auto at = [&](const char* key) {
            return item == nullptr ? std::string() : text_of(*item, key);
        };
        std::string target = at("调整后指标值").empty() ? at("年初指标值") : at("调整后指标值");
        worksheet_write_blank(ws, r, 0, f.text);
        worksheet_write_string(ws, r, 1, at("一级指标").c_str(), f.center);
        worksheet_write_string(ws, r, 2, at("二级指标").c_str(), f.center);
        worksheet_write_string(ws, r, 3, at("三级指标").c_str(), f.text);
        worksheet_write_string(ws, r, 4, target.c_str(), f.center);
        worksheet_write_blank(ws, r, 5, f.center);
        worksheet_write_blank(ws, r, 6, f.score);
        worksheet_write_blank(ws, r, 7, f.score);
        worksheet_write_blank(ws, r, 8, f.wrap);
    }
    lxw_row_t total = static_cast<lxw_row_t>(head + 1 + rows);
    worksheet_merge_range(ws, total, 0, total, 5, "总分", f.label);
    worksheet_write_blank(ws, total, 6, f.score);
    worksheet_write_blank(ws, total, 7, f.score);
    worksheet_write_blank(ws, total, 8, f.text);
}

} // namespace

void write_selfeval_template(const std::string& path,
                             const std::vector<const json_value*>& documents,
                             std::size_t blank_rows) {
    namespace fs = std::filesystem;
    std::string temp = path + ".part";
    lxw_workbook* wb = workbook_new(temp.c_str());
    if (wb == nullptr) {
        throw diagnostic_error(
            diagnose(severity::error, {"无法写入 " + temp, "cannot write " + temp}, path));
    }
    formats f = make_formats(wb);
    if (documents.empty()) {
        template_sheet(wb, f, "自评表", nullptr, blank_rows);
    }
    std::set<std::string> used;
    for (std::size_t i = 0; i < documents.size(); ++i) {
        std::string name = "项目" + std::to_string(i + 1);
        template_sheet(wb, f, name, documents[i], blank_rows);
    }
    lxw_error e = workbook_close(wb);
    std::error_code ec;
    if (e != LXW_NO_ERROR) {
        fs::remove(temp, ec);
        throw diagnostic_error(
            diagnose(severity::error,
                     {std::string("无法写出工作簿：") + lxw_strerror(e),
                      std::string("cannot write the workbook: ") + lxw_strerror(e)},
                     path));
    }
    fs::rename(temp, path, ec);
    if (ec) {
        throw diagnostic_error(diagnose(severity::error,
                                        {"无法写出 " + path + "：" + ec.message(),
                                         "cannot write " + path + ": " + ec.message()},
                                        path));
    }
}

} // namespace jixiao
