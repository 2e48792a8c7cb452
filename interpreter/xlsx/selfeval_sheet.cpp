#include "xlsx/selfeval_sheet.hpp"

#include "diag/diagnostic.hpp"
#include "text/json_writer.hpp"
#include "text/utf8.hpp"

#include <nlohmann/json.hpp>

#include <algorithm>
#include <map>

namespace jixiao::xlsx {
namespace {

[[noreturn]] void refuse(const std::string& where, message text) {
    throw diagnostic_error(diagnose(severity::error, std::move(text), where));
}

// 产出指标(50分) / 产出指标（50分） → 产出指标
std::string without_weight(std::string s) {
    for (std::string_view open : {"（", "("}) {
        auto at = s.find(open);
        if (at != std::string::npos && at > 0 && s.find("分", at) != std::string::npos) {
            s.resize(at);
        }
    }
    return s;
}

bool is_bare_number(std::string_view s) {
    if (s.empty()) {
        return false;
    }
    std::size_t i = s[0] == '-' ? 1 : 0;
    bool digit = false;
    for (; i < s.size(); ++i) {
        if (s[i] >= '0' && s[i] <= '9') {
            digit = true;
        } else if (s[i] != '.' && s[i] != ',') {
            return false;
        }
    }
    return digit;
}

// 0.96 for 96%: a fraction typed in a cell shown as a percentage.
bool looks_like_fraction(std::string_view s) {
    return s.starts_with("0.") || s.starts_with("-0.") || s == "1" || s == "0";
}

// The unit a target is written in: ≥50个 → 个, ≤30万元 → 万元, ≥95% → %;
// nothing for a target without a number (及时, 2026年底 is a date).
std::string unit_of(std::string_view target) {
    std::size_t last_digit = target.find_last_of("0123456789");
    if (last_digit == std::string_view::npos) {
        return {};
    }
    std::string unit(target.substr(last_digit + 1));
    while (!unit.empty() && unit.back() == ' ') {
        unit.pop_back();
    }
    if (unit.empty() || unit.find_first_of("0123456789") != std::string::npos || unit.size() > 24 ||
        unit.find("年") != std::string::npos || unit.find("月") != std::string::npos ||
        unit.find("日") != std::string::npos) {
        return {}; // no unit, or a date (2026年底)
    }
    return unit;
}

bool one_of(const std::string& s, const std::vector<std::string>& words) {
    return std::find(words.begin(), words.end(), s) != words.end();
}

struct located {
    std::size_t row = 0, col = 0;
};

std::optional<located> find_label(const sheet& s, const std::vector<std::string>& labels) {
    for (const auto& [rc, c] : s.cells) {
        if (!c.number && one_of(normalized_label(c.text), labels)) {
            return located{rc.first, rc.second};
        }
    }
    return std::nullopt;
}

// The value a label introduces: the next cell to its right that is not empty.
std::string value_right_of(const sheet& s, const located& at) {
    for (std::size_t col = at.col + 1; col <= s.cols; ++col) {
        auto it = s.cells.find({at.row, col});
        if (it != s.cells.end() && !it->second.text.empty()) {
            return it->second.text;
        }
    }
    return {};
}

// The figure under a budget heading: the first number below it in its column.
std::optional<std::string> number_below(const sheet& s, const located& at) {
    for (std::size_t row = at.row + 1; row <= std::min(s.rows, at.row + 6); ++row) {
        auto it = s.cells.find({row, at.col});
        if (it != s.cells.end() && it->second.number) {
            return it->second.text;
        }
    }
    return std::nullopt;
}

void member(std::string& out, std::string_view key, std::string_view text, bool number = false) {
    out += out.back() == '{' ? "" : ", ";
    append_json_string(out, key);
    out += ": ";
    if (number) {
        out += text;
    } else {
        append_json_string(out, text);
    }
}

// The header row of the indicator grid: the row that names 三级指标 and 分值
// (or their variants); field → column.
std::optional<std::pair<std::size_t, std::map<std::string, std::size_t>>>
grid_header(const sheet& s, const form_vocabulary& v) {
    for (std::size_t row = 1; row <= s.rows; ++row) {
        std::map<std::string, std::size_t> columns;
        for (std::size_t col = 1; col <= s.cols; ++col) {
            auto it = s.cells.find({row, col});
            if (it == s.cells.end() || it->second.number) {
                continue;
            }
            std::string label = normalized_label(it->second.text);
            for (const auto& [field, words] : v.grid) {
                if (one_of(label, words) && !columns.contains(field)) {
                    columns[field] = col;
                }
            }
        }
        if (columns.contains("三级指标") &&
            (columns.contains("实际完成值") || columns.contains("分值"))) {
            return std::make_pair(row, columns);
        }
    }
    return std::nullopt;
}

} // namespace

bool is_selfeval_form(const sheet& s, const form_vocabulary& v) {
    return grid_header(s, v).has_value();
}

std::string selfeval_document(const workbook& book, const sheet& s, const form_vocabulary& v,
                              std::vector<diagnostic>* warnings) {
    if (warnings != nullptr) {
        for (const auto& [rc, c] : s.cells) {
            if (c.formula && !c.cached) {
                std::string where = address(s.name, rc.first, rc.second);
                warnings->push_back(diagnose(severity::warning,
                                             {where + " 是公式，工作簿里没有它的计算结果，按空白读"
                                                      "取（在 Excel 或 WPS 中打开并保存一次即可）",
                                              where + " holds a formula with no cached result and "
                                                      "reads as blank (open and save the workbook "
                                                      "once in Excel or WPS)"},
                                             book.file));
            }
        }
    }
    auto header = grid_header(s, v);
    if (!header) {
        refuse(book.file + "!" + s.name,
               {"工作表「" + s.name + "」没有指标表头（应有 三级指标、实际完成值、分值 等栏）",
                "the sheet '" + s.name +
                    "' has no indicator grid (a header row naming 三级指标, 实际完成值, 分值 …)"});
    }
    std::size_t header_row = header->first; // (no structured binding: lambdas capture these)
    std::map<std::string, std::size_t> columns = header->second;
    for (const char* needed : {"分值", "实际完成值"}) {
        if (!columns.contains(needed)) {
            std::size_t first_col =
                std::min_element(columns.begin(), columns.end(), [](const auto& a, const auto& b) {
                    return a.second < b.second;
                })->second;
            std::string where = address(s.name, header_row, first_col);
            refuse(book.file,
                   {where + "：指标表头没有「" + needed + "」栏（工作表「" + s.name + "」第 " +
                        std::to_string(header_row) + " 行）",
                    where + ": the indicator header has no '" + needed + "' column (sheet '" +
                        s.name + "', row " + std::to_string(header_row) + ")"});
        }
    }
    std::string out = "{";
    auto field_right = [&](const std::vector<std::string>& labels, std::string_view key) {
        if (auto at = find_label(s, labels)) {
            std::string value = value_right_of(s, *at);
            if (key == "主管部门" || key == "实施单位") {
                // 238-山西省民营经济发展局: the name without its code
                auto dash = value.find('-');
                if (dash != std::string::npos && dash > 0 &&
                    std::all_of(value.begin(), value.begin() + static_cast<std::ptrdiff_t>(dash),
                                [](char c) { return c >= '0' && c <= '9'; })) {
                    value.erase(0, dash + 1);
                }
            }
            if (!value.empty()) {
                member(out, key, value);
            }
        }
    };
    field_right(v.words("项目名称"), "项目名称");
    // (2024年度) anywhere above the grid
    for (const auto& [rc, c] : s.cells) {
        if (rc.first >= header_row || c.number) {
            continue;
        }
        std::string t = normalized_label(c.text);
        auto at = t.find("年度");
        if (at >= 4 && at != std::string::npos &&
            std::all_of(t.begin() + static_cast<std::ptrdiff_t>(at - 4),
                        t.begin() + static_cast<std::ptrdiff_t>(at),
                        [](char ch) { return ch >= '0' && ch <= '9'; })) {
            member(out, "年度", t.substr(at - 4, 4), true);
            break;
        }
    }
    field_right(v.words("主管部门"), "主管部门");
    field_right(v.words("实施单位"), "实施单位");
    auto budget_figure = [&](const std::vector<std::string>& labels, std::string_view key) {
        if (auto at = find_label(s, labels)) {
            if (auto n = number_below(s, *at)) {
                member(out, key, *n, true);
                return;
            }
        }
        member(out, key, "null", true);
    };
    budget_figure(v.words("年初预算数"), "年初预算数");
    budget_figure(v.words("全年预算数"), "全年预算数");
    budget_figure(v.words("全年执行数"), "全年执行数");
    // 年度目标 / 实际完成情况: the text under its heading (项目年度绩效目标 | 年度目标 …
    // 实际完成情况)
    auto text_below = [&](const std::vector<std::string>& labels, std::string_view key) {
        for (const auto& [rc, c] : s.cells) {
            if (rc.first >= header_row || c.number || !one_of(normalized_label(c.text), labels)) {
                continue;
            }
            for (std::size_t row = rc.first + 1; row <= std::min(header_row - 1, rc.first + 2);
                 ++row) {
                std::string text = s.text(row, rc.second);
                if (!text.empty() && !one_of(normalized_label(text), labels)) {
                    member(out, key, text);
                    return;
                }
            }
        }
    };
    text_below(v.words("年度目标"), "年度目标");
    text_below(v.words("实际完成情况"), "实际完成情况");
    // 金额单位: 项目资金预算安排及执行进度（万元）, 单位：万元 above the grid
    for (const auto& [rc, c] : s.cells) {
        if (rc.first >= header_row || c.number) {
            continue;
        }
        std::string t = normalized_label(c.text);
        if (t.find("（万元）") != std::string::npos || t.find("(万元)") != std::string::npos ||
            t.find("单位：万元") != std::string::npos || t.find("单位:万元") != std::string::npos) {
            member(out, "金额单位", "万元");
            break;
        }
    }
    // The budget row's 得分 as filed (执行率得分): a 得分 heading above the grid.
    for (const auto& [rc, c] : s.cells) {
        if (rc.first < header_row && !c.number && normalized_label(c.text) == "得分") {
            if (auto n = number_below(s, {rc.first, rc.second})) {
                member(out, "执行率得分", *n, true);
            }
            break;
        }
    }
    member(out, "来源", address(s.name, header_row, 1));
    out += ", \"指标\": [";
    bool first_indicator = true;
    std::string total_filed, grade_filed;
    std::size_t empty_rows = 0;
    std::string last_level1;
    std::string last_level2;
    auto column_text = [&](std::size_t row, const char* field) -> std::string {
        auto it = columns.find(field);
        return it == columns.end() ? std::string() : s.text(row, it->second);
    };
    for (std::size_t row = header_row + 1; row <= s.rows; ++row) {
        std::string first;
        for (std::size_t col = 1; col <= s.cols && first.empty(); ++col) {
            auto it = s.cells.find({row, col});
            if (it != s.cells.end()) {
                first = normalized_label(it->second.text);
            }
        }
        if (one_of(first, v.total)) {
            // 总分 as filed: the figure in the row (under 得分 where there is one),
            // and the grade written after it
            std::size_t at = 0;
            auto score_col = columns.find("得分");
            if (score_col != columns.end()) {
                if (auto c = s.at(row, score_col->second); c != nullptr && c->number) {
                    at = score_col->second;
                }
            }
            for (std::size_t col = 1; col <= s.cols && at == 0; ++col) {
                if (auto c = s.at(row, col); c != nullptr && c->number) {
                    at = col;
                }
            }
            if (at != 0) {
                total_filed = s.at(row, at)->text;
                for (std::size_t col = at + 1; col <= s.cols; ++col) {
                    if (auto c = s.at(row, col); c != nullptr && !c->text.empty()) {
                        std::string g = normalized_label(c->text);
                        if (!c->number && utf8::length(g) <= 4) {
                            grade_filed = g;
                        }
                        break;
                    }
                }
            }
            break;
        }
        std::string level3 = normalized_label(column_text(row, "三级指标"));
        std::string actual = column_text(row, "实际完成值");
        std::string weight = column_text(row, "分值");
        if (level3.empty() && actual.empty() && weight.empty()) {
            if (++empty_rows >= 2) {
                break;
            }
            continue;
        }
        empty_rows = 0;
        std::string target = column_text(row, "年初指标值");
        // A target split over 指标性质 | 指标值 | 度量单位: ≤ | 30 | 万元 → ≤30万元
        if (columns.contains("指标性质")) {
            std::string nature = normalized_label(column_text(row, "指标性质"));
            std::string unit = normalized_label(column_text(row, "度量单位"));
            if (!one_of(nature, v.qualitative)) {
                target = nature + target + unit;
            }
        }
        // A 一级 / 二级 cell left blank under the one above (not merged) is the one above.
        std::string level1 = without_weight(normalized_label(column_text(row, "一级指标")));
        std::string level2 = without_weight(normalized_label(column_text(row, "二级指标")));
        level1 = level1.empty() ? last_level1 : level1;
        level2 = level2.empty() ? last_level2 : level2;
        last_level1 = level1;
        last_level2 = level2;
        std::string item = "{";
        member(item, "一级指标", level1);
        member(item, "二级指标", level2);
        member(item, "三级指标", level3);
        member(item, "年初指标值", target);
        if (std::string adjusted = column_text(row, "调整后指标值"); !adjusted.empty()) {
            member(item, "调整后指标值", adjusted);
        }
        // A bare number under a target with a unit (52 under ≥50个) is in the
        // target's unit, as the form means it (docs/domain.md §5).
        if (is_bare_number(actual)) {
            std::string unit = unit_of(target);
            if (!unit.empty() && (unit != "%" || !looks_like_fraction(actual))) {
                actual += unit;
            } else if (unit == "%" && warnings != nullptr) {
                std::string where = address(s.name, row, columns["实际完成值"]);
                warnings->push_back(
                    diagnose(severity::warning,
                             {where + " 的 " + actual + " 在百分比指标下：若是 " + actual +
                                  "×100%，请写作百分数（如 96%）",
                              where + ": " + actual + " under a percentage target; if it means " +
                                  actual + " × 100%, write it as a percentage (96%)"},
                             book.file));
            }
        }
        member(item, "实际完成值", actual);
        auto weight_cell = s.at(row, columns["分值"]);
        member(item, "分值", weight.empty() ? std::string("null") : weight,
               weight_cell != nullptr && weight_cell->number);
        if (columns.contains("得分")) {
            auto score = s.at(row, columns["得分"]);
            if (score != nullptr) {
                member(item, "得分", score->text, score->number);
            }
        }
        if (std::string reason = column_text(row, "偏差原因"); !reason.empty()) {
            member(item, "偏差原因", reason);
        }
        member(item, "单元格", address(s.name, row, columns["三级指标"]));
        item += "}";
        out += (first_indicator ? "\n    " : ",\n    ") + item;
        first_indicator = false;
    }
    out += "\n  ]";
    if (!total_filed.empty()) {
        member(out, "总分", total_filed, true);
    }
    if (!grade_filed.empty()) {
        member(out, "等级", grade_filed);
    }
    out += "}\n";
    return out;
}

} // namespace jixiao::xlsx
