#include "report_xlsx/selfeval_xlsx.hpp"

#include "diag/diagnostic.hpp"
#include "number/decimal_parse.hpp"
#include "text/utf8.hpp"

#include <xlsxwriter.h>

#include <algorithm>
#include <cmath>
#include <cstdlib>
#include <filesystem>
#include <map>
#include <memory>
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

// How a figure is shown: with the decimals its exact value has, never fewer
// than the form prints (two for scores, amounts and rates), so a cell never
// displays a rounded value (9.375 stays 9.375; 254.984 stays 254.984).
enum class figure { score, manual, amount, weight, rate };

// Decimals that carry a digit: 86.4900 → 2, 9.375 → 3, 20 → 0.
int decimals_of(const std::string& text) {
    auto point = text.find('.');
    if (point == std::string::npos) {
        return 0;
    }
    auto last = text.find_last_not_of('0');
    return last <= point ? 0 : static_cast<int>(last - point);
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
    lxw_workbook* wb = nullptr;
    // (kind, decimals) → its format, made once per workbook
    std::shared_ptr<std::map<std::pair<figure, int>, lxw_format*>> made =
        std::make_shared<std::map<std::pair<figure, int>, lxw_format*>>();

    lxw_format* shown(figure kind, const decimal& d) const {
        int places = kind == figure::rate ? decimals_of((d * decimal::from_int(100)).to_string())
                                          : decimals_of(d.to_string());
        places = std::clamp(places, kind == figure::weight ? 0 : 2, 18);
        auto [it, fresh] = made->try_emplace({kind, places}, nullptr);
        if (fresh) {
            std::string zeros = places > 0
                                    ? "." + std::string(static_cast<std::size_t>(places), '0')
                                    : std::string();
            lxw_format* f = workbook_add_format(wb);
            format_set_font_name(f, "SimSun");
            format_set_font_size(f, 10);
            format_set_align(f, LXW_ALIGN_VERTICAL_CENTER);
            format_set_border(f, LXW_BORDER_THIN);
            std::string pattern = kind == figure::amount ? "#,##0" + zeros
                                  : kind == figure::rate ? "0" + zeros + "%"
                                                         : "0" + zeros;
            format_set_num_format(f, pattern.c_str());
            if (kind == figure::manual) {
                format_set_italic(f);
                format_set_bg_color(f, 0xFFF2CC);
            }
            it->second = f;
        }
        return it->second;
    }
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
    f.wb = wb;
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
                    const std::optional<decimal>& d, const formats& f, figure kind) {
    if (d) {
        worksheet_write_number(ws, row, col, cell_number(*d), f.shown(kind, *d));
    } else {
        worksheet_write_string(ws, row, col, "—", f.center);
    }
}

// An amount as the report keeps it: a number cell when it is one, else its text.
void amount_cell(lxw_worksheet* ws, lxw_row_t row, lxw_col_t col, const std::string& exact,
                 const formats& f) {
    if (exact.empty()) {
        worksheet_write_string(ws, row, col, "—", f.center);
        return;
    }
    try {
        decimal d = parse_decimal(exact);
        worksheet_write_number(ws, row, col, cell_number(d), f.shown(figure::amount, d));
    } catch (const number_syntax_error&) {
        worksheet_write_string(ws, row, col, exact.c_str(), f.text);
    }
}

// Rows a wrapped text takes in a column `width` characters wide: wrapped text
// does not grow a row by itself in every spreadsheet.
double wrapped_lines(const std::string& text, double width) {
    double columns = static_cast<double>(utf8::width(text));
    return std::max(1.0, std::ceil(columns / (width * 1.1)) +
                             static_cast<double>(std::count(text.begin(), text.end(), '\n')));
}

struct column {
    const char* zh;
    const char* en;
    double width;
};

void write_sheet(lxw_workbook* wb, const formats& f, const scored_sheet& s, lang l) {
    bool zh = l == lang::zh;
    const selfeval_report& r = *s.report;
    const project_form& form = r.form;
    bool adjusted =
        std::any_of(r.indicators.begin(), r.indicators.end(),
                    [](const indicator_score& x) { return !x.adjusted_target.empty(); });
    // The grid's columns: the form's, then 计算过程 and 标记; 年初 and 调整后
    // 指标值 side by side when the document has adjusted targets.
    std::vector<column> cols{
        {"一级指标", "level 1", 12}, {"二级指标", "level 2", 11}, {"三级指标", "indicator", 18}};
    if (adjusted) {
        cols.push_back({"年初指标值", "initial target", 12});
        cols.push_back({"调整后指标值", "adjusted target", 12});
    } else {
        cols.push_back({"指标值", "target", 14});
    }
    const lxw_col_t c_actual = static_cast<lxw_col_t>(cols.size());
    cols.push_back({"实际完成值", "actual", 14});
    cols.push_back({"分值", "weight", 7});
    cols.push_back({"得分", "score", 8});
    cols.push_back({"偏差原因分析及改进措施", "reason for deviation", 20});
    cols.push_back({"计算过程", "explanation", 40});
    cols.push_back({"标记", "flags", 16});
    const lxw_col_t last = static_cast<lxw_col_t>(cols.size() - 1);

    lxw_worksheet* ws = workbook_add_worksheet(wb, s.sheet.c_str());
    worksheet_set_paper(ws, 9); // A4
    worksheet_set_landscape(ws);
    worksheet_fit_to_pages(ws, 1, 0);
    worksheet_set_margins(ws, 0.4, 0.4, 0.5, 0.5);
    for (lxw_col_t c = 0; c <= last; ++c) {
        worksheet_set_column(ws, c, c, cols[c].width, nullptr);
    }
    worksheet_merge_range(ws, 0, 0, 0, last,
                          zh ? "项目支出绩效自评表" : "Project performance self-evaluation",
                          f.title);
    worksheet_merge_range(ws, 1, 0, 1, last,
                          form.year.empty() ? "" : ("（" + form.year + "年度）").c_str(), f.title);
    worksheet_set_row(ws, 0, 24, nullptr);
    worksheet_write_string(ws, 2, 0, zh ? "项目名称" : "project", f.label);
    worksheet_merge_range(ws, 2, 1, 2, last, r.project.c_str(), f.text);
    worksheet_write_string(ws, 3, 0, zh ? "主管部门" : "department", f.label);
    worksheet_merge_range(ws, 3, 1, 3, 4, form.department.c_str(), f.text);
    worksheet_write_string(ws, 3, 5, zh ? "实施单位" : "unit", f.label);
    worksheet_merge_range(ws, 3, 6, 3, last, form.implementing_unit.c_str(), f.text);
    // 项目资金: A label | B 年初预算数 | C 全年预算数 | D 全年执行数 | E 分值 | F 执行率 | G 得分 |
    // H… 计算过程
    std::string unit = form.amount_unit.empty() ? "元" : form.amount_unit;
    std::string funds = zh ? "项目资金（" + unit + "）" : "funds (" + unit + ")";
    const char* budget_heads_zh[] = {"年初预算数", "全年预算数", "全年执行数",
                                     "分值",       "执行率",     "得分"};
    const char* budget_heads_en[] = {"initial", "full year", "executed", "weight", "rate", "score"};
    worksheet_write_string(ws, 4, 0, funds.c_str(), f.label);
    worksheet_set_row(ws, 4, 27, nullptr); // 项目资金（万元） takes two lines
    for (lxw_col_t c = 1; c <= 6; ++c) {
        worksheet_write_string(ws, 4, c, zh ? budget_heads_zh[c - 1] : budget_heads_en[c - 1],
                               f.label);
    }
    worksheet_merge_range(ws, 4, 7, 4, last, zh ? "计算过程" : "explanation", f.label);
    worksheet_write_string(ws, 5, 0, zh ? "年度资金总额" : "total funds", f.center);
    amount_cell(ws, 5, 1, form.initial_budget, f);
    amount_cell(ws, 5, 2, form.budget, f);
    amount_cell(ws, 5, 3, form.spent, f);
    if (r.budget_weight) {
        worksheet_write_number(ws, 5, 4, cell_number(*r.budget_weight),
                               f.shown(figure::weight, *r.budget_weight));
    }
    number_or_dash(ws, 5, 5, r.budget_rate, f, figure::rate);
    number_or_dash(ws, 5, 6, r.budget_score, f, figure::score);
    std::string budget_explanation = r.budget_error ? r.budget_error->in(l) : r.budget_explanation;
    for (const auto& n : r.budget_notes) {
        budget_explanation += (zh ? "\n注：" : "\nnote: ") + n;
    }
    worksheet_merge_range(ws, 5, 7, 5, last, budget_explanation.c_str(), f.wrap);
    // 年度总体目标: 预期目标 | 实际完成情况
    worksheet_merge_range(ws, 6, 0, 7, 0, zh ? "年度总体目标" : "annual goal", f.label);
    worksheet_merge_range(ws, 6, 1, 6, 5, zh ? "预期目标" : "expected", f.label);
    worksheet_merge_range(ws, 6, 6, 6, last, zh ? "实际完成情况" : "achieved", f.label);
    worksheet_merge_range(ws, 7, 1, 7, 5, form.goal.c_str(), f.text);
    worksheet_merge_range(ws, 7, 6, 7, last, form.goal_result.c_str(), f.text);
    double goal_width = 0;
    for (lxw_col_t c = 1; c <= 5; ++c) {
        goal_width += cols[c].width;
    }
    worksheet_set_row(ws, 7,
                      13.5 * std::max(wrapped_lines(form.goal, goal_width),
                                      wrapped_lines(form.goal_result, goal_width)),
                      nullptr);
    // 绩效指标
    const lxw_row_t head = 9;
    for (lxw_col_t c = 0; c <= last; ++c) {
        worksheet_write_string(ws, head, c, zh ? cols[c].zh : cols[c].en, f.label);
    }
    lxw_row_t row = head + 1;
    for (const indicator_score& x : r.indicators) {
        worksheet_write_string(ws, row, 0, x.level1.c_str(), f.center);
        worksheet_write_string(ws, row, 1, x.level2.c_str(), f.center);
        worksheet_write_string(ws, row, 2, x.name.c_str(), f.text);
        if (adjusted) {
            worksheet_write_string(ws, row, 3, x.initial_target.c_str(), f.center);
            worksheet_write_string(ws, row, 4, x.adjusted_target.c_str(), f.center);
        } else {
            worksheet_write_string(ws, row, 3, x.target.c_str(), f.center);
        }
        worksheet_write_string(ws, row, c_actual, x.actual.c_str(), f.center);
        number_or_dash(ws, row, c_actual + 1, x.weight, f, figure::weight);
        number_or_dash(ws, row, c_actual + 2, x.score, f,
                       x.manual ? figure::manual : figure::score);
        worksheet_write_string(ws, row, c_actual + 3, x.reason.c_str(), f.wrap);
        std::string explanation = x.error ? x.error->in(l) : x.explanation;
        for (const auto& n : x.notes) {
            explanation += (zh ? "\n注：" : "\nnote: ") + n;
        }
        worksheet_write_string(ws, row, c_actual + 4, explanation.c_str(), f.wrap);
        std::string flags;
        if (x.manual) {
            flags = zh ? "评审给分" : "reviewer's score";
        }
        for (const auto& fl : x.flags) {
            flags += (flags.empty() ? "" : "；") + fl;
        }
        worksheet_write_string(ws, row, c_actual + 5, flags.c_str(), f.wrap);
        double lines = 1;
        for (auto [text, col] :
             {std::pair<const std::string*, lxw_col_t>{&explanation, c_actual + 4},
              {&flags, c_actual + 5},
              {&x.reason, c_actual + 3},
              {&x.name, 2}}) {
            lines = std::max(lines, wrapped_lines(*text, cols[col].width));
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
    worksheet_merge_range(ws, row, 0, row, c_actual, zh ? "总分" : "total", f.label);
    if (r.total_weight) {
        worksheet_write_number(ws, row, c_actual + 1, cell_number(*r.total_weight),
                               f.shown(figure::weight, *r.total_weight));
    }
    worksheet_write_number(ws, row, c_actual + 2, cell_number(r.total),
                           f.shown(figure::score, r.total));
    worksheet_write_string(ws, row, c_actual + 3, zh ? "等级" : "grade", f.label);
    worksheet_write_string(ws, row, c_actual + 4, r.complete ? r.grade.c_str() : "—", f.center);
    worksheet_write_string(ws, row, c_actual + 5,
                           r.complete ? "" : (zh ? "不完整：有指标无法评分" : "incomplete"),
                           f.text);
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
            worksheet_write_number(ws, r, 3, cell_number(named[i].report->total),
                                   f.shown(figure::score, named[i].report->total));
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
    std::string unit = field("金额单位").empty() ? "元" : field("金额单位");
    unit.erase(0, unit.starts_with("（") ? std::string("（").size() : 0);
    if (unit.ends_with("）")) {
        unit.resize(unit.size() - std::string("）").size());
    }
    worksheet_write_string(ws, 4, 0, ("项目资金（" + unit + "）").c_str(), f.label);
    worksheet_set_row(ws, 4, 27, nullptr);
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
    // 年度总体目标: the 年度目标 the document states, 实际完成情况 for the unit to write
    worksheet_merge_range(ws, 6, 0, 7, 0, "年度总体目标", f.label);
    worksheet_merge_range(ws, 6, 1, 6, 4, "年度目标", f.label);
    worksheet_merge_range(ws, 6, 5, 6, 8, "实际完成情况", f.label);
    worksheet_merge_range(ws, 7, 1, 7, 4, field("年度目标").c_str(), f.text);
    worksheet_merge_range(ws, 7, 5, 7, 8, field("实际完成情况").c_str(), f.text);
    worksheet_set_row(ws, 7, 40, nullptr);
    const char* heads[] = {"绩效指标", "一级指标",   "二级指标",
                           "三级指标", "年初指标值", "实际完成值",
                           "分值",     "得分",       "偏差原因分析及改进措施"};
    const lxw_row_t head = 9;
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
