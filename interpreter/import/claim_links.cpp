#include "import/claim_links.hpp"

#include "text/utf8.hpp"

#include <algorithm>
#include <map>

namespace jixiao::import {
namespace {

bool contains(std::string_view s, std::string_view part) {
    return s.find(part) != std::string_view::npos;
}

} // namespace

bool numeral(char32_t cp) {
    return std::u32string_view(U"一二三四五六七八九十").find(cp) != std::u32string_view::npos;
}

// 一、 二十二、 / （一） / 1、 2. / ① …: the enumerator a heading or a row name starts with.
std::size_t enumerator_length(std::string_view s) {
    std::size_t pos = 0;
    if (s.starts_with("（") || s.starts_with("(")) {
        std::size_t p = s.starts_with("（") ? 3 : 1;
        std::size_t digits = 0;
        while (p < s.size()) {
            std::size_t at = p;
            char32_t cp = utf8::next(s, p);
            if (!numeral(cp) && !(cp >= '0' && cp <= '9')) {
                p = at;
                break;
            }
            ++digits;
        }
        if (digits > 0 && (s.substr(p).starts_with("）") || s.substr(p).starts_with(")"))) {
            return p + (s.substr(p).starts_with("）") ? 3 : 1);
        }
        return 0;
    }
    std::size_t digits = 0;
    while (pos < s.size()) {
        std::size_t at = pos;
        char32_t cp = utf8::next(s, pos);
        if (!numeral(cp) && !(cp >= '0' && cp <= '9')) {
            pos = at;
            break;
        }
        ++digits;
    }
    if (digits > 0) {
        for (std::string_view mark : {"、", "．", ". ", "."}) {
            if (s.substr(pos).starts_with(mark)) {
                return pos + mark.size();
            }
        }
        return 0;
    }
    std::size_t p = 0;
    char32_t cp = utf8::next(s, p);
    return cp >= U'①' && cp <= U'⑳' ? p : 0;
}

std::string strip_enumerator(std::string_view s) {
    s.remove_prefix(enumerator_length(s));
    return std::string(s);
}

const table* claim_linker::find_table(const std::string& category) const {
    for (const auto& t : doc_.tables) {
        if (t.category == category) {
            return &t;
        }
    }
    return nullptr;
}

std::string claim_linker::total_column(const table& t, const std::string& side) const {
    for (const auto& c : t.columns) {
        if (c.type == "金额" && c.parent.empty() && (side.empty() || c.side == side)) {
            return c.path;
        }
    }
    return {};
}

std::string claim_linker::named_column(const table& t, const std::string& name,
                                       const std::string& side) const {
    for (const auto& c : t.columns) {
        if (c.type == "金额" && c.name == name && (side.empty() || c.side == side)) {
            return c.path;
        }
    }
    return {};
}

// The row of `t` a name names (on `side` of a two-sided table), with the
// side it was found on.
std::optional<std::pair<const table_row*, std::string>>
claim_linker::find_row(const table& t, const std::string& name, const std::string& side) const {
    std::string want = strip_enumerator(name);
    if (want.ends_with("等")) {
        want.resize(want.size() - std::string_view("等").size());
    }
    // 支出总计 on the 支出 side of a table whose row says 总计
    std::string sided;
    for (const auto& w : cat_.words.sides) {
        if ((side.empty() || side == w) && want.starts_with(w) && want.size() > w.size()) {
            sided = want.substr(w.size());
        }
    }
    auto matches = [&](const std::string& row_name) {
        std::string have = strip_enumerator(row_name);
        if (have == want || (!sided.empty() && have == sided)) {
            return true;
        }
        if (want.starts_with(have) && !have.empty()) {
            std::string rest = want.substr(have.size());
            return std::find(cat_.prose.name_suffixes.begin(), cat_.prose.name_suffixes.end(),
                             rest) != cat_.prose.name_suffixes.end();
        }
        return false;
    };
    const table_row* best = nullptr;
    std::string best_side;
    for (const auto& r : t.rows) {
        if (r.name && matches(*r.name)) {
            if (best == nullptr || (r.code.size() == 3 && best->code.size() != 3)) {
                best = &r;
                best_side.clear();
            }
        }
        for (std::size_t k = 0; k < t.columns.size(); ++k) {
            const column& c = t.columns[k];
            if (c.type == "名称" && (side.empty() || c.side == side) && r.values[k] &&
                matches(r.values[k]->text)) {
                if (best == nullptr) {
                    best = &r;
                    best_side = c.side;
                }
            }
        }
    }
    if (best == nullptr) {
        return std::nullopt;
    }
    return std::make_pair(best, best_side);
}

std::string claim_linker::row_name(const table& t, const table_row& r,
                                   const std::string& side) const {
    if (r.name) {
        return *r.name;
    }
    for (std::size_t k = 0; k < t.columns.size(); ++k) {
        if (t.columns[k].type == "名称" && t.columns[k].side == side && r.values[k]) {
            return r.values[k]->text;
        }
    }
    return {};
}

const table_row* claim_linker::total_row(const table& t, const std::string& side) const {
    // 合计 or 总计; a row ending so (部门合计) only when it is the one such
    // row (人员经费合计 and 公用经费合计 are two parts, not a total).
    const table_row* ending = nullptr;
    int endings = 0;
    for (const auto& r : t.rows) {
        std::string n = row_name(t, r, side);
        if (!r.parents.empty()) {
            continue;
        }
        if (n == "合计" || n.ends_with("总计")) {
            return &r;
        }
        if (side.empty() && n.ends_with("合计")) {
            ending = ending == nullptr ? &r : ending;
            ++endings;
        }
    }
    if (endings == 1) {
        return ending;
    }
    // A project table has no 合计 row: its first unit row holds the rest.
    for (const auto& r : t.rows) {
        if (r.name && r.parents.empty() &&
            std::any_of(t.rows.begin(), t.rows.end(), [&](const table_row& o) {
                return std::any_of(o.parents.begin(), o.parents.end(),
                                   [&](const auto& p) { return p.second == *r.name; });
            })) {
            return &r;
        }
    }
    return nullptr;
}

std::optional<reference> claim_linker::cell(const table& t, const table_row& r,
                                            const std::string& side,
                                            const std::string& column) const {
    if (column.empty()) {
        return std::nullopt;
    }
    reference ref;
    ref.table = t.category;
    ref.column = column;
    if (!r.code.empty()) {
        ref.code = r.code;
    } else {
        ref.row = row_name(t, r, side);
        if (ref.row.empty()) {
            return std::nullopt;
        }
    }
    return ref;
}

std::optional<reference> claim_linker::by_phrase(const std::string& label, const std::string& unit,
                                                 bool part) const {
    for (const auto& rule : cat_.prose.phrases) {
        if (!rule.method.empty() || (!rule.unit.empty() && rule.unit != unit) ||
            (part && rule.row.empty()) || !in_sections(rule.sections, rule.table)) {
            continue;
        }
        for (const auto& p : rule.phrases) {
            if (label != p) {
                continue;
            }
            const table* t = find_table(rule.table);
            if (t == nullptr) {
                return std::nullopt;
            }
            const table_row* r = nullptr;
            std::string side = rule.side;
            if (rule.row.empty()) {
                r = total_row(*t, side);
            } else if (auto found = find_row(*t, rule.row, side)) {
                r = found->first;
                if (side.empty()) {
                    side = found->second;
                }
            }
            if (r == nullptr) {
                return std::nullopt;
            }
            std::string column =
                rule.column.empty() ? total_column(*t, side) : named_column(*t, rule.column, side);
            return cell(*t, *r, side, column);
        }
    }
    return std::nullopt;
}

// A phrase rule scoped to sections applies under a heading naming one of
// them whose own table is the rule's (四、财政拨款收入支出决算总体 names
// 收入支出决算总体 too, but is about 财政拨款收支总表).
bool claim_linker::in_sections(const std::vector<std::string>& keywords,
                               const std::string& category) const {
    if (keywords.empty()) {
        return true;
    }
    std::string heading = section_ + " " + subsection_;
    const section_rule* own = section_table();
    return (own == nullptr || own->table == category) &&
           std::any_of(keywords.begin(), keywords.end(),
                       [&](const std::string& k) { return contains(heading, k); });
}

const section_rule* claim_linker::section_table() const {
    const section_rule* best = nullptr;
    std::size_t best_size = 0;
    std::string heading = section_ + " " + subsection_;
    for (const auto& s : cat_.prose.sections) {
        for (const auto& k : s.keywords) {
            if (k.size() > best_size && contains(heading, k)) {
                best = &s;
                best_size = k.size();
            }
        }
    }
    return best;
}

// 对应 of an amount: a phrase rule, else in the section_'s table a row of
// that name (its total column) or a column of that name (the total row),
// else, for the first figure of the section_, the table's total.
// “推动集成电路、人工智能加快发展领域”项目结转6,424万元: a quoted name that is
// a row of a table (a project) names that row's total; a 结转 prefers the
// table of carried-over projects.
std::optional<reference> claim_linker::by_quoted_name(const std::string& clause,
                                                      const std::string& unit) const {
    if (unit != "万元" && unit != "元" && unit != "亿元") {
        return std::nullopt;
    }
    auto open = clause.find("“");
    auto close = open == std::string::npos ? std::string::npos : clause.find("”", open);
    if (close == std::string::npos) {
        return std::nullopt;
    }
    std::string quoted = clause.substr(open + 3, close - open - 3);
    bool carried_over = contains(clause, "结转");
    const table* best = nullptr;
    const table_row* best_row = nullptr;
    for (const auto& t : doc_.tables) {
        for (const auto& r : t.rows) {
            if (!r.name || *r.name != quoted) {
                continue;
            }
            bool fits = contains(t.category, "结转") == carried_over;
            if (best == nullptr || (fits && contains(best->category, "结转") != carried_over)) {
                best = &t;
                best_row = &r;
            }
        }
    }
    if (best == nullptr) {
        return std::nullopt;
    }
    return cell(*best, *best_row, "", total_column(*best, ""));
}

std::optional<reference> claim_linker::link(const std::string& label, const std::string& unit,
                                            bool section_lead, bool part,
                                            const std::string& clause) const {
    if (std::any_of(cat_.prose.unlinked_words.begin(), cat_.prose.unlinked_words.end(),
                    [&](const std::string& w) { return contains(label, w); })) {
        return std::nullopt; // 年初预算: a figure of the budget, not of these tables
    }
    if (auto r = by_phrase(label, unit, part)) {
        return r;
    }
    if (auto r = by_quoted_name(clause, unit)) {
        return r;
    }
    const section_rule* s = section_table();
    if (s == nullptr) {
        return std::nullopt;
    }
    const table* t = find_table(s->table);
    if (t == nullptr) {
        return std::nullopt;
    }
    if (auto found = find_row(*t, label, s->side)) {
        std::string side = found->second.empty() ? s->side : found->second;
        return cell(*t, *found->first, side, total_column(*t, side));
    }
    auto names_column = [&](const std::string& name) {
        if (label.ends_with(name)) {
            return true;
        }
        return std::any_of(
            cat_.prose.name_suffixes.begin(), cat_.prose.name_suffixes.end(),
            [&](const std::string& suffix) { return label.ends_with(name + suffix); });
    };
    for (const auto& c : t->columns) {
        if (c.type == "金额" && !c.parent.empty() && (s->side.empty() || c.side == s->side) &&
            names_column(c.name)) {
            if (const table_row* r = total_row(*t, s->side)) {
                return cell(*t, *r, s->side, c.path);
            }
        }
    }
    if (!s->side.empty()) {
        if (auto found = find_row(*t, label, "")) { // 上年结转收入 is on the other side
            return cell(*t, *found->first, found->second, total_column(*t, found->second));
        }
    }
    if (section_lead) {
        if (const table_row* r = total_row(*t, s->side)) {
            return cell(*t, *r, s->side, total_column(*t, s->side));
        }
    }
    return std::nullopt;
}

// 行数: a count of projects, per a phrase rule: the rows under the unit
// row that holds the most of them.
bool claim_linker::count_rows(claim& c, std::string_view clause) const {
    for (const auto& rule : cat_.prose.phrases) {
        if (rule.method != "行数" || (!rule.unit.empty() && rule.unit != c.unit)) {
            continue;
        }
        bool named = std::any_of(rule.phrases.begin(), rule.phrases.end(),
                                 [&](const std::string& p) { return contains(clause, p); });
        const table* t = named ? find_table(rule.table) : nullptr;
        if (t == nullptr) {
            continue;
        }
        std::map<std::string, int> children;
        for (const auto& r : t->rows) {
            for (const auto& [key, parent] : r.parents) {
                ++children[parent];
            }
        }
        std::string parent;
        int most = 0;
        for (const auto& [p, n] : children) {
            if (n > most) {
                parent = p;
                most = n;
            }
        }
        c.method = "行数";
        c.count_table = t->category;
        c.count_parent = parent;
        return true;
    }
    return false;
}

} // namespace jixiao::import
