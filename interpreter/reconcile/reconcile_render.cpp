// The reconciliation report as JSON (stable English keys) and as text for a
// terminal: discrepancies first, each with both sides, the difference, the
// tolerance and why, and where every figure came from.
#include "reconcile/reconcile.hpp"

#include "text/table.hpp"

#include <array>

namespace jixiao {

namespace {

using json = nlohmann::ordered_json;

json number(const std::optional<decimal>& d) {
    return d ? json(d->to_fraction_string()) : json(nullptr);
}

json place_json(const figure_place& p, const char* side) {
    json j;
    j["side"] = side;
    j["figure"] = p.figure;
    if (!p.table.empty()) {
        j["table"] = p.table;
        j["row"] = p.row;
        j["column"] = p.column;
        j["line"] = p.line ? json(*p.line) : json(nullptr);
    } else if (!p.label.empty()) {
        j["section"] = p.section;
        j["label"] = p.label;
        j["quote"] = p.quote;
        j["line"] = p.line ? json(*p.line) : json(nullptr);
    }
    return j;
}

constexpr std::array<jx::check_status, 4> report_order{
    jx::check_status::mismatch, jx::check_status::not_computable, jx::check_status::rounding,
    jx::check_status::exact};

// 预算公开表4 2026年财政拨款收支总表｜六、科学技术支出｜支出/金额/小计（第 210 行）
std::string place_text(const figure_place& p, bool zh) {
    if (!p.table.empty()) {
        std::string s = p.table + "｜" + p.row + "｜" + p.column;
        if (p.line) {
            s += zh ? "（原文第 " + std::to_string(*p.line) + " 行）"
                    : " (source line " + std::to_string(*p.line) + ")";
        }
        return s;
    }
    if (!p.label.empty()) {
        std::string s = (zh ? "说明「" : "prose '") + p.section + (zh ? "」：“" : "': \"") +
                        p.quote + (zh ? "”" : "\"");
        if (p.line) {
            s += zh ? "（原文第 " + std::to_string(*p.line) + " 行）"
                    : " (source line " + std::to_string(*p.line) + ")";
        }
        return s;
    }
    return zh ? "（规则中的数）" : "(a figure of the rules)";
}

std::string optional_text(const std::optional<decimal>& d) {
    return d ? d->to_fraction_string() : "—";
}

} // namespace

json to_json(const reconcile_report& r, lang l) {
    json out;
    out["document"] = r.title;
    json summary;
    summary["checks"] = r.checks.size();
    summary["exact"] = r.exact;
    summary["rounding"] = r.rounding;
    summary["mismatch"] = r.mismatch;
    summary["not_computable"] = r.not_computable;
    summary["errors"] = r.errors;
    summary["unlinked"] = r.unlinked.size();
    out["summary"] = summary;
    json checks = json::array();
    for (const auto& c : r.checks) {
        json j;
        j["id"] = c.id;
        j["rule"] = c.rule;
        j["description"] = c.description;
        j["status"] = status_key(c.status);
        j["left"] = number(c.left);
        j["right"] = number(c.right);
        j["difference"] = number(c.difference);
        j["tolerance"] = number(c.tolerance);
        j["tolerance_reason"] = c.tolerance_reason.in(l);
        j["explanation"] = c.explanation;
        j["notes"] = c.notes;
        json where = json::array();
        for (const auto& p : c.left_places) {
            where.push_back(place_json(p, "left"));
        }
        for (const auto& p : c.right_places) {
            where.push_back(place_json(p, "right"));
        }
        j["where"] = where;
        j["error"] = c.error ? json(render(*c.error, l)) : json(nullptr);
        checks.push_back(j);
    }
    out["checks"] = checks;
    json unlinked = json::array();
    for (const auto& p : r.unlinked) {
        json u;
        u["label"] = p.label;
        u["figure"] = p.figure;
        u["section"] = p.section;
        u["quote"] = p.quote;
        u["line"] = p.line ? json(*p.line) : json(nullptr);
        unlinked.push_back(u);
    }
    out["unlinked"] = unlinked;
    return out;
}

std::string to_table(const reconcile_report& r, lang l) {
    bool zh = l == lang::zh;
    std::string out = r.title + "\n";
    out += zh ? "共 " + std::to_string(r.checks.size()) + " 项核对：不一致 " +
                    std::to_string(r.mismatch) + "，无法计算 " + std::to_string(r.not_computable) +
                    "，尾差 " + std::to_string(r.rounding) + "，一致 " + std::to_string(r.exact)
              : std::to_string(r.checks.size()) + " checks: " + std::to_string(r.mismatch) +
                    " mismatch, " + std::to_string(r.not_computable) + " not computable, " +
                    std::to_string(r.rounding) + " rounding, " + std::to_string(r.exact) + " exact";
    if (!r.unlinked.empty()) {
        out += zh ? "；说明中未对应任何表格或计算的数 " + std::to_string(r.unlinked.size())
                  : "; figures of the prose no check reads: " + std::to_string(r.unlinked.size());
    }
    out += "\n";
    bool r_unlinked_done = false;
    auto unlinked_section = [&] {
        if (r.unlinked.empty() || r_unlinked_done) {
            return;
        }
        out += "\n" + std::string(zh ? "未对应" : "unlinked") + " (" +
               std::to_string(r.unlinked.size()) + ")\n";
        for (const auto& p : r.unlinked) {
            out += "  " + p.figure + " ← " + place_text(p, zh) + "\n";
        }
        r_unlinked_done = true;
    };
    for (jx::check_status s : report_order) {
        if (s == jx::check_status::rounding) {
            unlinked_section(); // after the discrepancies, before the residuals
        }
        std::size_t n = 0;
        for (const auto& c : r.checks) {
            n += c.status == s ? 1 : 0;
        }
        if (n == 0) {
            continue;
        }
        out += "\n" + std::string(zh ? status_zh(s) : status_key(s)) + " (" + std::to_string(n) +
               ")\n";
        if (s == jx::check_status::exact) {
            text_table t({zh ? "核对" : "check", zh ? "计算过程" : "explanation"});
            for (const auto& c : r.checks) {
                if (c.status == s) {
                    t.add({c.id, c.explanation});
                }
            }
            out += t.render();
            continue;
        }
        for (const auto& c : r.checks) {
            if (c.status != s) {
                continue;
            }
            out += "  " + c.id + "\n";
            if (!c.description.empty()) {
                out += "    " + c.description + "\n";
            }
            if (c.error) {
                out += "    " + render(*c.error, l);
                continue;
            }
            out += "    " + c.explanation + "\n";
            for (const auto& n : c.notes) {
                out += std::string("    ") + (zh ? "注：" : "note: ") + n + "\n";
            }
            out += std::string("    ") + (zh ? "左 " : "left ") + optional_text(c.left) +
                   (zh ? "，右 " : ", right ") + optional_text(c.right) +
                   (zh ? "，差额 " : ", difference ") + optional_text(c.difference) +
                   (zh ? "，容差 " : ", tolerance ") + optional_text(c.tolerance) + "\n";
            if (!c.tolerance_reason.in(l).empty()) {
                out += "    " + std::string(zh ? "容差：" : "tolerance: ") +
                       c.tolerance_reason.in(l) + "\n";
            }
            for (const auto& p : c.left_places) {
                out += "    " + std::string(zh ? "左：" : "left: ") + p.figure + " ← " +
                       place_text(p, zh) + "\n";
            }
            for (const auto& p : c.right_places) {
                out += "    " + std::string(zh ? "右：" : "right: ") + p.figure + " ← " +
                       place_text(p, zh) + "\n";
            }
        }
    }
    unlinked_section();
    return out;
}

} // namespace jixiao
