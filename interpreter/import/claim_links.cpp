#include "import/claim_links.hpp"

#include "text/utf8.hpp"

#include <algorithm>
#include <map>

namespace jixiao::import {
namespace {

bool contains(std::string_view s, std::string_view part) {
    return s.find(part) != std::string_view::npos;
}

// A figure of money is read from 金额 columns, a count (辆, 个) from 数量 columns.
bool fits(const column& c, bool money) {
    return c.type == (money ? "金额" : "数量");
}

bool is_money(const std::string& unit) {
    return unit == "万元" || unit == "元" || unit == "亿元";
}

// 预算数/合计 → 预算数: the group of columns a column stands in ("" for none).
std::string group_of(const std::string& path) {
    auto slash = path.find('/');
    return slash == std::string::npos ? std::string() : path.substr(0, slash);
}

// （一）车辆数合计（辆） → （一）车辆数合计: a row name without the unit it ends with.
std::string without_trailing_unit(std::string n) {
    for (auto [open, close] :
         {std::pair<std::string_view, std::string_view>{"（", "）"}, {"(", ")"}}) {
        if (n.ends_with(close)) {
            auto at = n.rfind(open);
            if (at != std::string::npos && at > 0) {
                n.resize(at);
            }
        }
    }
    return n;
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

std::string claim_linker::total_column(const table& t, const std::string& side, bool money,
                                       const std::string& group) const {
    for (const auto& c : t.columns) {
        if (fits(c, money) && c.parent.empty() && (side.empty() || c.side == side) &&
            (group.empty() || group_of(c.path) == group)) {
            return c.path;
        }
    }
    return {};
}

// The group of columns a label names by its measure word: 全年预算 → 预算数,
// 支出决算 → 决算数 (the group's name without its 数); "" when it names none.
// One-sided tables only: the groups of a two-sided table are its sides.
std::string claim_linker::named_group(const table& t, const std::string& label) const {
    std::string found;
    for (const auto& c : t.columns) {
        std::string g = group_of(c.path);
        if (g.empty() || !c.side.empty()) {
            continue;
        }
        std::string key =
            g.ends_with("数") ? g.substr(0, g.size() - std::string_view("数").size()) : g;
        if (!key.empty() && contains(label, key)) {
            found = g;
        }
    }
    return found;
}

std::string claim_linker::named_column(const table& t, const std::string& name,
                                       const std::string& side) const {
    for (const auto& c : t.columns) {
        if ((c.type == "金额" || c.type == "数量") && c.name == name &&
            (side.empty() || c.side == side)) {
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
    if (t.rows.size() == 1) {
        return &t.rows.front(); // a table of one row (三公经费) is its own total
    }
    for (const auto& r : t.rows) {
        std::string n = without_trailing_unit(row_name(t, r, side));
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
        if (ref.row.empty() && t.rows.size() != 1) {
            return std::nullopt; // (the one row of a one-row table needs no name)
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
            std::string column = rule.column.empty() ? total_column(*t, side, is_money(unit))
                                                     : named_column(*t, rule.column, side);
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
    std::size_t best_at = std::string::npos;
    for (const auto& s : cat_.prose.sections) {
        for (const auto& k : s.keywords) {
            // The longest keyword; of two as long, the one the heading names
            // first (六、…基本支出决算情况说明 is about 基本支出决算, not 支出决算情况).
            std::size_t at = heading.find(k);
            if (at != std::string::npos &&
                (k.size() > best_size || (k.size() == best_size && at < best_at))) {
                best = &s;
                best_size = k.size();
                best_at = at;
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
    return cell(*best, *best_row, "", total_column(*best, "", true));
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
    bool money = is_money(unit);
    // 财政拨款收入总计 under a section about the 支出 side: the side the label names
    std::string side = s->side;
    if (!side.empty()) {
        for (const auto& w : cat_.words.sides) {
            bool others =
                std::any_of(cat_.words.sides.begin(), cat_.words.sides.end(),
                            [&](const std::string& o) { return o != w && contains(label, o); });
            if (contains(label, w) && !others) {
                side = w;
            }
        }
    }
    // 政府采购货物支出 under 政府采购: the row 货物 (the section's word, then a suffix)
    std::vector<std::string> names{label};
    for (const auto& k : s->keywords) {
        if (label.starts_with(k) && label.size() > k.size()) {
            names.push_back(label.substr(k.size()));
        }
    }
    for (const auto& name : names) {
        if (auto found = find_row(*t, name, side)) {
            std::string row_side = found->second.empty() ? side : found->second;
            return cell(*t, *found->first, row_side, total_column(*t, row_side, money));
        }
    }
    auto names_column = [&](std::string name) {
        // 公务用车购置支出 names 公务用车购置费: a 费 the prose leaves out
        std::vector<std::string> forms{name};
        if (name.ends_with("费") && utf8::length(name) > 3) {
            forms.push_back(name.substr(0, name.size() - std::string_view("费").size()));
        }
        return std::any_of(forms.begin(), forms.end(), [&](const std::string& n) {
            return label.ends_with(n) ||
                   std::any_of(
                       cat_.prose.name_suffixes.begin(), cat_.prose.name_suffixes.end(),
                       [&](const std::string& suffix) { return label.ends_with(n + suffix); });
        });
    };
    // A column the label names (因公出国（境）费支出): in the group the label
    // names, else the last group (决算数 after 预算数, this year after last).
    std::string group = named_group(*t, label);
    const column* named = nullptr;
    for (const auto& c : t->columns) {
        if (fits(c, money) && !c.parent.empty() && (side.empty() || c.side == side) &&
            names_column(c.name) && (group.empty() || group_of(c.path) == group)) {
            named = &c;
        }
    }
    if (named != nullptr) {
        if (const table_row* r = total_row(*t, side)) {
            return cell(*t, *r, side, named->path);
        }
    }
    if (!group.empty()) {
        // 支出决算 in a table of 预算数 and 决算数: the total of its group
        if (const table_row* r = total_row(*t, side)) {
            return cell(*t, *r, side, total_column(*t, side, money, group));
        }
    }
    if (!side.empty()) {
        if (auto found = find_row(*t, label, "")) { // 上年结转收入 is on the other side
            return cell(*t, *found->first, found->second, total_column(*t, found->second, money));
        }
    }
    // The figure of what the section is about (一般公共预算财政拨款支出 under
    // 一般公共预算财政拨款支出决算), or the section's first figure: the total.
    bool names_table = std::any_of(s->keywords.begin(), s->keywords.end(),
                                   [&](const std::string& k) { return k.starts_with(label); }) &&
                       utf8::length(label) >= 4;
    if (section_lead || names_table) {
        if (const table_row* r = total_row(*t, side)) {
            return cell(*t, *r, side, total_column(*t, side, money, group));
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
