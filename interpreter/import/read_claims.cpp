#include "import/read_claims.hpp"

#include "import/claim_links.hpp"
#include "import/read_table.hpp"
#include "text/utf8.hpp"

#include <algorithm>
#include <map>

namespace jixiao::import {
namespace {

constexpr std::size_t none = static_cast<std::size_t>(-1);

bool contains(std::string_view s, std::string_view part) {
    return s.find(part) != std::string_view::npos;
}

bool is_digit(char c) {
    return c >= '0' && c <= '9';
}

std::string strip_markup(std::string_view s) {
    std::string out;
    for (std::size_t i = 0; i < s.size(); ++i) {
        if (s[i] == '<') {
            auto close = s.find('>', i);
            if (close != std::string_view::npos && close - i <= 4) {
                i = close;
                continue;
            }
        }
        out += s[i];
    }
    std::size_t start = 0;
    while (start < out.size() && (out[start] == '#' || out[start] == ' ' || out[start] == '*')) {
        ++start;
    }
    out = out.substr(start);
    while (!out.empty() && out.back() == '*') {
        out.pop_back();
    }
    return out;
}

struct token {
    std::size_t begin = 0; // byte offset in the clause
    std::size_t end = 0;
    std::string number;
    std::string unit;
};

const std::string_view units[] = {"亿元", "万元", "元", "%", "％", "个", "项", "辆"};

// The figures of a clause: a number (thousands separators allowed) followed by a unit.
std::vector<token> tokens(std::string_view s) {
    std::vector<token> out;
    for (std::size_t i = 0; i < s.size();) {
        if (!is_digit(s[i]) || (i > 0 && (is_digit(s[i - 1]) || s[i - 1] == '.' ||
                                          std::isalpha(static_cast<unsigned char>(s[i - 1]))))) {
            ++i;
            continue;
        }
        std::size_t j = i;
        while (j < s.size() && (is_digit(s[j]) || s[j] == ',' ||
                                (s[j] == '.' && j + 1 < s.size() && is_digit(s[j + 1])))) {
            ++j;
        }
        std::string_view raw = s.substr(i, j - i);
        while (!raw.empty() && raw.back() == ',') {
            raw.remove_suffix(1);
        }
        std::size_t after = i + raw.size();
        for (std::string_view u : units) {
            if (s.substr(after).starts_with(u)) {
                if (auto f = figure_text(raw)) {
                    out.push_back(
                        {i, after + u.size(), *f, u == "％" ? std::string("%") : std::string(u)});
                }
                break;
            }
        }
        i = j;
    }
    return out;
}

// Splits at the marks that end a clause; a sentence ends at 。
std::vector<std::string> split_any(std::string_view s,
                                   std::initializer_list<std::string_view> marks) {
    std::vector<std::string> out;
    std::size_t begin = 0;
    for (std::size_t i = 0; i < s.size();) {
        bool cut = false;
        for (auto m : marks) {
            // 10,930.18: a thousands separator, not a comma between clauses
            bool separator =
                m == "," && i > 0 && i + 1 < s.size() && is_digit(s[i - 1]) && is_digit(s[i + 1]);
            if (!separator && s.substr(i).starts_with(m)) {
                out.emplace_back(s.substr(begin, i - begin));
                i += m.size();
                begin = i;
                cut = true;
                break;
            }
        }
        if (!cut) {
            ++i;
        }
    }
    out.emplace_back(s.substr(begin));
    std::erase_if(out, [](const std::string& x) { return x.empty(); });
    return out;
}

// A figure named so is a total: it ends the list before it and heads its own.
const std::string_view total_words[] = {"总计", "合计", "总额", "总预算"};

enum class kind { plain, share, change_up, change_down, rate_up, rate_down };

std::string quoted_with_connector(const std::string& sentence, const std::string& connector,
                                  const std::string& piece);

struct reader {
    const source_text& src;
    const document& doc;
    const catalogue& cat;
    std::vector<claim> claims;
    std::map<std::string, int> labels;
    std::string section;
    std::string subsection;
    claim_linker linker;
    std::map<std::string, std::size_t> section_leads; // unit → claim
    std::size_t section_begin = 0;                    // the section's first claim

    std::string unique(std::string label) {
        int& n = labels[label];
        ++n;
        return n == 1 ? label : label + "（" + std::to_string(n) + "）";
    }

    // The words before a figure, without connectors, years and the unit's own name.
    std::string noun(std::string_view before) const {
        std::string s(before);
        for (bool again = true; again;) {
            again = false;
            for (const auto& c : cat.prose.connectors) {
                if (s.starts_with(c)) {
                    s.erase(0, c.size());
                    again = true;
                }
            }
            for (std::string_view lead :
                 {"主要原因是", "原因是", "主要是", "：", ":", "、", "是", "为", "了", "“", "”"}) {
                if (s.starts_with(lead)) {
                    s.erase(0, lead.size());
                    again = true;
                }
            }
        }
        if (s.size() >= 7 && is_digit(s[0]) && is_digit(s[3]) && s.substr(4).starts_with("年")) {
            s.erase(0, 4 + std::string_view("年").size());
            if (s.starts_with("度")) {
                s.erase(0, std::string_view("度").size());
            }
        }
        if (!doc.unit_name.empty()) {
            if (auto at = s.find(doc.unit_name); at != std::string::npos) {
                s.erase(at, doc.unit_name.size());
            }
        }
        for (std::string_view w : {"本单位", "本部门"}) {
            if (s.starts_with(w)) {
                s.erase(0, w.size());
            }
        }
        std::erase(s, ' ');
        // 一般公共服务支出(类) / （款）/（项）: the level of the 科目, not its name
        for (std::string_view level : {"(类)", "（类）", "(款)", "（款）", "(项)", "（项）"}) {
            if (s.ends_with(level)) {
                s.resize(s.size() - level.size());
            }
        }
        for (std::string_view open : {"（", "(", "“", "《"}) {
            while (s.ends_with(open)) {
                s.resize(s.size() - open.size());
            }
        }
        return s;
    }

    reference ref_to(std::size_t i) const {
        reference r;
        r.claim = claims[i].label;
        return r;
    }

    void paragraph(const source_line& line, const std::string& text) {
        for (const std::string& sentence : split_any(text, {"。"})) {
            read_sentence(line, sentence);
        }
    }

    void read_sentence(const source_line& line, const std::string& sentence) {
        std::vector<std::string> clauses = split_any(sentence, {"，", "；", "：", ",", ";", ":"});
        std::map<std::string, std::size_t> leads;              // unit → the sentence's lead
        std::map<std::string, std::vector<std::size_t>> parts; // unit → the parts of the open list
        std::map<std::string, std::size_t> list_lead; // unit → the lead the list belongs to
        bool list_open = false;
        std::size_t subject = none; // the last amount stated
        std::string budget_subject; // 一般公共服务支出, of 一般公共服务支出年初预算
        std::size_t change = none; // the last change stated
        std::string pending_connector;
        auto close_list = [&] {
            for (auto& [unit, items] : parts) {
                auto lead = list_lead.find(unit);
                if (lead == list_lead.end() || items.size() < 2) {
                    continue;
                }
                std::size_t target = lead->second;
                if (!claims[target].method.empty()) {
                    // A second list of the same total: a claim of its own.
                    claim again = claims[target];
                    again.label = unique(claims[target].label + "（各项）");
                    again.target.reset();
                    again.method.clear();
                    again.operands.clear();
                    again.items.clear();
                    claims.push_back(std::move(again));
                    target = claims.size() - 1;
                }
                claims[target].method = "求和";
                for (std::size_t i : items) {
                    claims[target].items.push_back(ref_to(i));
                }
            }
            parts.clear();
            list_lead.clear();
            list_open = false;
        };
        for (const std::string& clause : clauses) {
            bool connector =
                std::any_of(cat.prose.connectors.begin(), cat.prose.connectors.end(),
                            [&](const std::string& c) { return clause.starts_with(c); });
            std::vector<token> found = tokens(clause);
            if (connector) {
                close_list();
                list_open = true;
            }
            if (found.empty()) {
                pending_connector = connector ? clause : std::string();
                continue;
            }
            std::size_t from = 0;
            for (const token& tk : found) {
                std::string before = clause.substr(from, tk.begin - from);
                // 教育支出63.85万元、科学技术支出4,424.00万元: one figure per piece
                std::string piece = clause.substr(from, tk.end - from);
                if (piece.starts_with("、")) {
                    piece.erase(0, std::string_view("、").size());
                }
                std::string rest = clause.substr(tk.end);
                if (&tk == &found.back() && rest.find_first_not_of(" ") != std::string::npos &&
                    utf8::length(rest) <= 4) {
                    piece += rest; // 等
                }
                from = tk.end;
                claim c;
                c.section = section;
                c.line = line.number;
                c.quote = pending_connector.empty() || from != tk.end || &tk != &found.front()
                              ? piece
                              : quoted_with_connector(sentence, pending_connector, piece);
                c.number = tk.number;
                c.unit = tk.unit;
                kind k = kind::plain;
                bool up = contains(before, "增加") || contains(before, "增长") ||
                          contains(before, "上升");
                bool down = contains(before, "减少") || contains(before, "下降") ||
                            contains(before, "降低");
                if (c.unit == "%") {
                    k = contains(before, "占") ? kind::share
                        : up                   ? kind::rate_up
                        : down                 ? kind::rate_down
                                               : kind::plain;
                } else if (up || down) {
                    k = up ? kind::change_up : kind::change_down;
                }
                std::string name = noun(before);
                std::size_t lead_of_list = none;
                if (list_open) {
                    auto l = leads.find(c.unit);
                    lead_of_list =
                        l != leads.end()
                            ? l->second
                            : (section_leads.contains(c.unit) ? section_leads[c.unit] : none);
                }
                bool reason = contains(clause, "原因");
                bool total_word =
                    std::any_of(std::begin(total_words), std::end(total_words),
                                [&](std::string_view w) { return name.ends_with(w); });
                if (k == kind::plain && total_word && list_open) {
                    close_list();
                    lead_of_list = none;
                }
                switch (k) {
                case kind::plain: {
                    c.label =
                        unique(name.empty() ? (subject != none ? claims[subject].label + "（续）"
                                                               : "说明中的数")
                                            : name);
                    bool section_lead = !section_leads.contains(c.unit);
                    if (c.unit == "万元" || c.unit == "元" || c.unit == "亿元") {
                        c.target = linker.link(name, c.unit, section_lead && !list_open,
                                               list_open && lead_of_list != none);
                        if (!c.target && !budget_subject.empty()) {
                            // 一般公共服务支出年初预算0万元，支出决算27.00万元: the
                            // second figure is of the subject the first one named
                            c.target = linker.link(budget_subject, c.unit, false, false);
                        }
                    } else if (c.unit != "%" && !linker.count_rows(c, clause)) {
                        // 共有车辆4辆, 主要负责人用车1辆: a count in a table of counts
                        c.target = linker.link(name, c.unit, section_lead && !list_open,
                                               list_open && lead_of_list != none);
                    }
                    for (const auto& w : cat.prose.unlinked_words) {
                        if (auto at = name.find(w); at != std::string::npos && at > 0) {
                            budget_subject = name.substr(0, at);
                        }
                    }
                    claims.push_back(std::move(c));
                    std::size_t i = claims.size() - 1;
                    if (reason) {
                        // a figure given as a reason is neither a part nor a total
                    } else if (claims[i].unit == "%") {
                        // 完成年初预算的110.62%: a ratio stated, neither part nor total
                        break;
                    } else if (list_open && lead_of_list != none) {
                        parts[claims[i].unit].push_back(i);
                        list_lead.emplace(claims[i].unit, lead_of_list);
                    } else if (!list_open) {
                        // The first figure of a sentence, or a total named anew, leads it;
                        // the first of a section leads the section.
                        leads[claims[i].unit] = i; // a list that follows is of the last figure
                        if (!section_leads.contains(claims[i].unit)) {
                            section_leads[claims[i].unit] = i;
                        }
                    }
                    subject = i;
                    break;
                }
                case kind::share: {
                    c.label = unique((subject != none ? claims[subject].label : name) + "占比");
                    // 占部门项目支出总额的99.38%: the whole is named, and looked up as
                    // named or not at all.
                    std::optional<reference> whole;
                    bool named_whole = false;
                    if (auto zhan = before.find("占");
                        zhan != std::string::npos && before.find("的", zhan) != std::string::npos) {
                        std::string named =
                            noun(before.substr(zhan + std::string_view("占").size()));
                        named = named.substr(0, named.find("的"));
                        named_whole = !named.empty();
                        whole = linker.by_phrase(named, "万元");
                        if (!whole) {
                            whole = linker.link(named, "万元", false,
                                                false); // a row or column of the section's table
                        }
                        if (!whole) {
                            for (const auto& rule : cat.prose.phrases) {
                                for (const auto& p : rule.phrases) {
                                    if (named.ends_with(p) && rule.method.empty()) {
                                        whole = linker.by_phrase(p, "万元");
                                    }
                                }
                            }
                        }
                    }
                    std::size_t whole_claim =
                        list_open && lead_of_list == none ? none : lead_of_list;
                    if (whole_claim == none) {
                        auto l = leads.find("万元");
                        whole_claim = l != leads.end() ? l->second : none;
                    }
                    if ((whole_claim == none || whole_claim == subject) &&
                        section_leads.contains("万元")) {
                        whole_claim = section_leads["万元"]; // the section's total, stated before
                    }
                    if (subject != none && (whole || (!named_whole && whole_claim != none &&
                                                      whole_claim != subject))) {
                        c.method = "占比";
                        c.operands.emplace_back("部分", ref_to(subject));
                        c.operands.emplace_back("整体", whole ? *whole : ref_to(whole_claim));
                    }
                    claims.push_back(std::move(c));
                    break;
                }
                case kind::change_up:
                case kind::change_down: {
                    // 比上年增加 X: of the list's total if a list is open, else of the last amount.
                    std::size_t of = list_open && lead_of_list != none ? lead_of_list : subject;
                    std::string own = name;
                    for (std::string_view w : {"比上年", "较上年", "与上年相比", "比", "较", "增加",
                                               "减少", "增长", "下降"}) {
                        if (auto at = own.find(w); at != std::string::npos) {
                            own = own.substr(0, at);
                        }
                    }
                    // 收入总计增加 X: the change of a figure named before in the section.
                    if (!own.empty()) {
                        for (std::size_t j = claims.size(); j-- > section_begin;) {
                            if (claims[j].unit == c.unit && claims[j].label == own) {
                                of = j;
                                break;
                            }
                        }
                    }
                    std::string what = k == kind::change_up ? "比上年增加" : "比上年减少";
                    c.label =
                        unique(!own.empty()
                                   ? own + what
                                   : (of != none ? claims[of].label : std::string("说明")) + what);
                    claims.push_back(std::move(c));
                    change = claims.size() - 1;
                    subject = of;
                    break;
                }
                case kind::rate_up:
                case kind::rate_down: {
                    std::size_t of = subject;
                    c.label = unique((of != none ? claims[of].label : name) +
                                     (k == kind::rate_up ? "增长率" : "下降率"));
                    if (change != none && of != none) {
                        c.method = k == kind::rate_up ? "增长率" : "下降率";
                        c.operands.emplace_back(k == kind::rate_up ? "增加额" : "减少额",
                                                ref_to(change));
                        c.operands.emplace_back("本年", ref_to(of));
                    }
                    claims.push_back(std::move(c));
                    break;
                }
                }
            }
            pending_connector.clear();
        }
        close_list();
    }
};

// 其中:因公出国(境)费0.00万元: the connector, the separator as printed (a
// full-width or an ASCII colon), and the figure's piece: the quote is the text
// as published.
std::string quoted_with_connector(const std::string& sentence, const std::string& connector,
                                  const std::string& piece) {
    for (std::size_t at = sentence.find(connector); at != std::string::npos;
         at = sentence.find(connector, at + 1)) {
        std::string_view rest = std::string_view(sentence).substr(at + connector.size());
        for (std::string_view sep : {"：", ":", "，", ",", "；", ";"}) {
            if (rest.starts_with(sep) && rest.substr(sep.size()).starts_with(piece)) {
                return connector + std::string(sep) + piece;
            }
        }
    }
    return connector + "：" + piece;
}

// A line that ends its sentence (or its clause, before a list).
bool closes_sentence(std::string_view s) {
    for (std::string_view end : {"。", "；", "！", "？", "：", ";", ":", "）", ")"}) {
        if (s.ends_with(end)) {
            return true;
        }
    }
    return false;
}

bool heading(std::string_view s, bool& major) {
    std::size_t e = enumerator_length(s);
    if (e == 0 || utf8::length(s) > 40 || contains(s, "。") || contains(s, "，")) {
        return false;
    }
    std::size_t p = 0;
    major = numeral(utf8::next(s, p));
    return true;
}

} // namespace

std::vector<claim> read_claims(const source_text& src, const document& doc, const catalogue& cat,
                               std::vector<diagnostic>& warnings) {
    const auto& lines = src.lines;
    std::size_t begin = none;
    for (std::size_t i = 0; i < lines.size() && begin == none; ++i) {
        if (!lines[i].single()) {
            continue;
        }
        std::string t = strip_markup(lines[i].cells[0].text);
        if (std::any_of(cat.prose.start.begin(), cat.prose.start.end(),
                        [&](const std::string& w) { return t.starts_with(w); }) &&
            !contains(t, "..") && !contains(t, "…")) {
            begin = i + 1;
        }
    }
    if (begin == none) {
        return {};
    }
    reader r{src, doc, cat, {}, {}, {}, {}, claim_linker(doc, cat), {}};
    for (std::size_t i = begin; i < lines.size(); ++i) {
        if (!lines[i].single()) {
            continue;
        }
        std::string t = strip_markup(lines[i].cells[0].text);
        if (utf8::length(t) <= 40 && !contains(t, "，") &&
            std::any_of(cat.prose.end.begin(), cat.prose.end.end(),
                        [&](const std::string& w) { return contains(t, w); })) {
            break;
        }
        bool major = false;
        if (heading(t, major)) {
            if (major) {
                r.section = t;
                r.subsection.clear();
            } else {
                r.subsection = t;
            }
            r.linker.set_heading(r.section, r.subsection);
            r.section_leads.clear();
            r.section_begin = r.claims.size();
            continue;
        }
        // A sentence the extraction broke over lines (the line runs on
        // without closing, and the next is prose, not a heading): one paragraph.
        std::size_t first_line = i;
        while (i + 1 < lines.size() && lines[i + 1].single() && utf8::length(t) >= 30 &&
               !closes_sentence(t)) {
            std::string next = strip_markup(lines[i + 1].cells[0].text);
            bool next_major = false;
            if (next.empty() || heading(next, next_major) ||
                std::any_of(cat.prose.end.begin(), cat.prose.end.end(),
                            [&](const std::string& w) { return contains(next, w); })) {
                break;
            }
            warnings.push_back(at(
                src, lines[i + 1], 0, severity::note,
                {"此行接上一行的句子（排版断行），已连接",
                 "this line continues the sentence of the line above (a layout break); joined"}));
            t += next;
            ++i;
        }
        r.paragraph(lines[first_line], t);
    }
    return std::move(r.claims);
}

bool unlinked(const claim& c, const std::vector<claim>& all) {
    if (c.target || !c.method.empty()) {
        return false;
    }
    for (const auto& other : all) {
        auto refers = [&](const reference& ref) { return ref.claim == c.label; };
        if ((other.target && refers(*other.target)) ||
            std::any_of(other.operands.begin(), other.operands.end(),
                        [&](const auto& o) { return refers(o.second); }) ||
            std::any_of(other.items.begin(), other.items.end(), refers)) {
            return false;
        }
    }
    return true;
}

} // namespace jixiao::import
