// jixiao fmt: prints a module in canonical layout, with Chinese or English
// keywords. Literals keep their source spelling (0.45元/页 stays so); blanks,
// separators, parentheses and keywords are normalized. Comments are kept:
// those between declarations stay where they were; a comment inside a
// declaration is moved to just before it.
#include "lang/format.hpp"

#include "grammar/language.hpp"
#include "lang/builtins.hpp"
#include "lang/precedence.hpp"
#include "text/layout.hpp"
#include "text/utf8.hpp"

#include <tao/pegtl.hpp>

#include <algorithm>

namespace jixiao::jx {
namespace {

struct keywords {
    const char* pack;
    const char* version;
    const char* basis;
    const char* import;
    const char* extends;
    const char* override_;
    const char* param;
    const char* fn;
    const char* rule;
    const char* grade;
    const char* check;
    const char* tolerance;
    const char* message;
    const char* if_;
    const char* then;
    const char* else_;
    const char* note;
    const char* otherwise;
    const char* let;
    const char* in;
    const char* match;
    const char* for_;
    const char* of;
    const char* where;
    const char* yield;
    const char* and_;
    const char* or_;
    const char* not_;
    const char* true_;
    const char* false_;
    const char* meets;
    const char* band_sep;
    const char* label;
};

constexpr keywords zh_words{
    "规则包", "版本", "依据", "导入", "扩展", "覆盖", "参数", "函数", "规则", "等级", "核对",
    "容差",   "说明", "若",   "则",   "否则", "注",   "其他", "令",   "于",   "匹配", "对每个",
    "属于",   "其中", "取",   "且",   "或",   "非",   "真",   "假",   "满足", "；",   "标识"};
constexpr keywords en_words{
    "pack",  "version", "basis",     "import",  "extends", "override", "param", "fn",   "rule",
    "grade", "check",   "tolerance", "message", "if",      "then",     "else",  "note", "otherwise",
    "let",   "in",      "match",     "for",     "of",      "where",    "yield", "and",  "or",
    "not",   "true",    "false",     "meets",   "; ",      "label"};

// A field name needs quotes only when it is not an identifier: keywords are
// plain field names after '.'.
bool is_field_name(const std::string& n) {
    namespace g = grammar::language;
    tao::pegtl::memory_input<> in(n.data(), n.size(), "");
    return !n.empty() && tao::pegtl::parse<tao::pegtl::seq<g::field_name, tao::pegtl::eof>>(in) &&
           !n.starts_with("「") && !n.starts_with("`");
}

bool is_bare_name(const std::string& n) {
    namespace g = grammar::language;
    tao::pegtl::memory_input<> in(n.data(), n.size(), "");
    return !n.empty() && tao::pegtl::parse<tao::pegtl::seq<g::bare_name, tao::pegtl::eof>>(in);
}

std::string quote_name(const std::string& n) {
    return is_bare_name(n) ? n : "「" + n + "」";
}

std::string quote_field(const std::string& n) {
    return is_field_name(n) ? n : "「" + n + "」";
}

std::string quote_text(const std::string& t) {
    std::string out = "\"";
    for (char c : t) {
        if (c == '"' || c == '\\') {
            out += '\\';
            out += c;
        } else if (c == '\n') {
            out += "\\n";
        } else if (c == '\t') {
            out += "\\t";
        } else {
            out += c;
        }
    }
    return out + "\"";
}

bool atomic(const expr& e) {
    switch (e.kind) {
    case expr_kind::number:
    case expr_kind::target:
    case expr_kind::text:
    case expr_kind::boolean:
    case expr_kind::name:
        return true;
    case expr_kind::field:
    case expr_kind::negate:
        return atomic(*e.args[0]);
    default:
        return false;
    }
}

using layout::doc;
using layout::text;

doc joined(std::vector<doc> items, const std::string& separator) {
    std::vector<doc> parts;
    for (std::size_t i = 0; i < items.size(); ++i) {
        if (i > 0) {
            parts.push_back(text(separator));
            parts.push_back(layout::line());
        }
        parts.push_back(std::move(items[i]));
    }
    return layout::concat(std::move(parts));
}

class formatter {
  public:
    formatter(const module& m, lang l) : m_(m), k_(l == lang::zh ? zh_words : en_words), l_(l) {}

    std::string run();

  private:
    std::string source(span s) const { return m_.source.substr(s.offset, s.length); }
    doc expr_doc(const expr& e);
    doc operand(const expr& child, const expr& parent, bool right);
    doc sequence(const std::vector<std::unique_ptr<expr>>& items, const char* open,
                 const char* close);
    doc if_chain(const expr& e);
    std::string decl_text(const declaration& d);
    std::string op_text(binary_op op) const {
        if (op == binary_op::and_) {
            return k_.and_;
        }
        if (op == binary_op::or_) {
            return k_.or_;
        }
        if (op == binary_op::meets) {
            return k_.meets;
        }
        return binary_op_symbol(op);
    }
    std::string kw(const char* k) const { return std::string(k) + " "; }

    const module& m_;
    const keywords& k_;
    lang l_;
};

doc formatter::operand(const expr& child, const expr& parent, bool right) {
    doc d = expr_doc(child);
    return needs_parentheses(child, parent, right) ? text("(") + layout::align(d) + text(")") : d;
}

// Arguments or list items: on one line when they fit; atoms fill lines, other
// items go one per line, aligned after the opening bracket.
doc formatter::sequence(const std::vector<std::unique_ptr<expr>>& items, const char* open,
                        const char* close) {
    std::vector<doc> docs;
    bool atoms = true;
    for (const auto& a : items) {
        docs.push_back(expr_doc(*a));
        atoms = atoms && atomic(*a);
    }
    doc inner = atoms ? layout::fill(std::move(docs), ",") : joined(std::move(docs), ",");
    return layout::group(text(open) + layout::align(inner) + text(close));
}

// 若 … 则 … 否则 若 … 则 … 否则 …: each 否则 starts a line under the first 若;
// 则 and 注 break onto such a line when their condition is long.
doc formatter::if_chain(const expr& e) {
    std::vector<doc> parts;
    const expr* at = &e;
    while (true) {
        parts.push_back(text(kw(k_.if_)) + layout::align(expr_doc(*at->args[0])));
        parts.push_back(layout::group(layout::line() + text(kw(k_.then)) +
                                      layout::align(expr_doc(*at->args[1]))));
        if (at->args.size() > 3) {
            parts.push_back(layout::group(layout::line() + text(kw(k_.note)) +
                                          layout::align(expr_doc(*at->args[3]))));
        }
        parts.push_back(layout::hardline());
        parts.push_back(text(kw(k_.else_)));
        const expr& otherwise = *at->args[2];
        if (otherwise.kind != expr_kind::if_else) {
            parts.push_back(layout::align(expr_doc(otherwise)));
            break;
        }
        at = &otherwise;
    }
    return layout::align(layout::concat(std::move(parts)));
}

doc formatter::expr_doc(const expr& e) {
    switch (e.kind) {
    case expr_kind::number:
    case expr_kind::target:
        return text(source(e.where));
    case expr_kind::text:
        return text(quote_text(e.text));
    case expr_kind::boolean:
        return text(e.number.sign() != 0 ? k_.true_ : k_.false_);
    case expr_kind::list:
        return sequence(e.args, "[", "]");
    case expr_kind::name:
        if (e.name == "输入" || e.name == "input") {
            return text(l_ == lang::zh ? "输入" : "input");
        }
        return text(quote_name(e.name));
    case expr_kind::field: {
        bool simple = precedence(*e.args[0]) == 9;
        doc base = expr_doc(*e.args[0]);
        return (simple ? base : text("(") + base + text(")")) + text("." + quote_field(e.name));
    }
    case expr_kind::call: {
        // Built-in names follow the keyword language.
        std::string callee = quote_name(e.name);
        if (auto b = find_builtin(e.name)) {
            callee = std::string(l_ == lang::zh ? builtins()[*b].zh : builtins()[*b].en);
        }
        return text(callee) + sequence(e.args, "(", ")");
    }
    case expr_kind::negate: {
        bool simple = precedence(*e.args[0]) == 9 && e.args[0]->kind != expr_kind::negate;
        doc x = expr_doc(*e.args[0]);
        return simple ? text("-") + x : text("-(") + x + text(")");
    }
    case expr_kind::logical_not: {
        bool simple = precedence(*e.args[0]) >= 3;
        doc x = expr_doc(*e.args[0]);
        return text(kw(k_.not_)) + (simple ? x : text("(") + layout::align(x) + text(")"));
    }
    case expr_kind::binary: {
        // A chain of one precedence (a 且 b 且 c, a + b - c) breaks before an
        // operator, as many operands to a line as fit, under the first.
        std::vector<const expr*> chain{&e};
        while (chain.back()->args[0]->kind == expr_kind::binary &&
               !needs_parentheses(*chain.back()->args[0], *chain.back(), false) &&
               precedence(*chain.back()->args[0]) == precedence(e)) {
            chain.push_back(chain.back()->args[0].get());
        }
        const expr& first = *chain.back();
        std::vector<doc> parts{operand(*first.args[0], first, false)};
        for (auto it = chain.rbegin(); it != chain.rend(); ++it) {
            parts.push_back(layout::group(layout::line() + text(op_text((*it)->op) + " ") +
                                          operand(*(*it)->args[1], **it, true)));
        }
        return layout::align(layout::concat(std::move(parts)));
    }
    case expr_kind::if_else:
        return if_chain(e);
    case expr_kind::let:
        // 令 x = … 于 and its body on one line, or the body on the next line.
        return layout::align(layout::group(
            text(kw(k_.let) + quote_name(e.name) + " = ") + layout::align(expr_doc(*e.args[0])) +
            text(" " + std::string(k_.in)) + layout::line() + expr_doc(*e.args[1])));
    case expr_kind::match: {
        std::vector<doc> arms;
        for (const auto& arm : e.arms) {
            doc head = arm.pattern ? expr_doc(*arm.pattern) : text(k_.otherwise);
            arms.push_back(layout::hardline() + head + text(" => ") +
                           layout::align(expr_doc(*arm.result)));
        }
        return text(kw(k_.match)) + expr_doc(*e.args[0]) + text(" {") +
               layout::nest(4, layout::concat(std::move(arms))) + layout::hardline() + text("}");
    }
    case expr_kind::for_each: {
        std::vector<doc> parts{text(kw(k_.for_) + quote_name(e.name) + " " + kw(k_.of)) +
                               layout::align(expr_doc(*e.args[0]))};
        if (e.args[1]) {
            parts.push_back(layout::group(layout::line() + text(kw(k_.where)) +
                                          layout::align(expr_doc(*e.args[1]))));
        }
        parts.push_back(layout::group(layout::line() + text(kw(k_.yield)) +
                                      layout::align(expr_doc(*e.args[2]))));
        return layout::align(layout::concat(std::move(parts)));
    }
    }
    return text("");
}

std::string formatter::decl_text(const declaration& d) {
    std::string s = d.is_override ? kw(k_.override_) : std::string();
    std::string name = quote_name(d.name);
    // Continuation lines of a body are aligned under its first character;
    // when a long head leaves the body too little room (more lines, or lines
    // too wide), the body starts on the next line, indented by four.
    auto body_at = [&](const std::string& head) {
        doc body = expr_doc(*d.body);
        std::string beside = layout::render(text(head) + layout::align(body), line_width);
        std::string below = layout::render(text(head.substr(0, head.size() - 1)) +
                                               layout::nest(4, layout::hardline() + body),
                                           line_width);
        auto measure = [](const std::string& t) {
            std::size_t lines = 0;
            std::size_t wide = 0;
            for (std::size_t at = 0; at <= t.size();) {
                std::size_t end = std::min(t.find('\n', at), t.size());
                ++lines;
                wide += utf8::width(std::string_view(t).substr(at, end - at)) > line_width;
                at = end + 1;
            }
            return std::pair(wide, lines);
        };
        return measure(beside) <= measure(below) ? beside : below;
    };
    switch (d.kind) {
    case decl_kind::param:
        return body_at(s + kw(k_.param) + name + " = ");
    case decl_kind::rule:
        return body_at(s + kw(k_.rule) + name + " = ");
    case decl_kind::function: {
        std::string head = s + kw(k_.fn) + name + "(";
        for (std::size_t i = 0; i < d.params.size(); ++i) {
            head += (i ? ", " : "") + quote_name(d.params[i]);
        }
        return body_at(head + ") = ");
    }
    case decl_kind::grade: {
        std::vector<doc> bands;
        for (const grade_band& b : d.bands) {
            doc band = text(quote_name(b.label) + " ");
            if (b.bound) {
                band = band + text(kw(k_.if_) + (b.strict ? "> " : "≥ ")) + expr_doc(*b.bound);
            } else {
                band = band + text(k_.otherwise);
            }
            bands.push_back(band);
        }
        std::vector<doc> parts;
        for (std::size_t i = 0; i < bands.size(); ++i) {
            if (i > 0) {
                parts.push_back(text(k_.band_sep) + layout::softline());
            }
            parts.push_back(bands[i]);
        }
        return layout::render(
            layout::group(text(s + kw(k_.grade) + name + " {") +
                          layout::nest(4, layout::line() + layout::concat(std::move(parts))) +
                          layout::line() + text("}")),
            line_width);
    }
    case decl_kind::check: {
        // 核对 名 [对每个 …] [其中 …] [标识 …]: 左 = 右 [容差 …] [说明 …] on one
        // line, or the head's clauses as they fit and the body and its tail
        // on lines of their own, indented by four.
        auto clause = [](std::vector<doc>& to, doc d) {
            to.push_back(layout::nest(4, layout::line() + layout::align(std::move(d))));
        };
        std::vector<doc> head{text(kw(k_.check) + name)};
        if (!d.loops.empty()) {
            std::vector<doc> loops;
            for (const auto& loop : d.loops) {
                loops.push_back(text(quote_name(loop.name) + " " + kw(k_.of)) +
                                layout::align(expr_doc(*loop.list)));
            }
            clause(head, text(kw(k_.for_)) + layout::group(joined(std::move(loops), ",")));
        }
        if (d.filter) {
            clause(head, text(kw(k_.where)) + layout::align(expr_doc(*d.filter)));
        }
        if (d.label) {
            clause(head, text(kw(k_.label)) + layout::align(expr_doc(*d.label)));
        }
        head.push_back(text(":"));
        std::vector<doc> parts{layout::group(layout::concat(std::move(head)))};
        clause(parts, expr_doc(*d.body));
        std::vector<doc> tail;
        if (d.infer_tolerance) {
            tail.push_back(text(std::string(k_.tolerance) + " ≈"));
        } else if (d.tolerance) {
            tail.push_back(text(kw(k_.tolerance)) + expr_doc(*d.tolerance));
        }
        if (!d.message.empty()) {
            tail.push_back(text(kw(k_.message) + quote_text(d.message)));
        }
        if (!tail.empty()) {
            clause(parts, layout::group(joined(std::move(tail), "")));
        }
        return layout::render(layout::group(layout::concat(std::move(parts))), line_width);
    }
    }
    return {};
}

std::string formatter::run() {
    // Everything that prints, by source position: header lines and declarations.
    struct item {
        std::uint32_t offset;
        std::uint32_t end;
        std::string text;
    };
    std::vector<item> items;
    if (!m_.pack_name.empty()) {
        std::string t = std::string(k_.pack) + " " + m_.pack_name;
        if (!m_.version.empty()) {
            t += std::string(" ") + k_.version + " " + m_.version;
        }
        items.push_back({m_.pack_where.offset, m_.pack_where.offset + m_.pack_where.length, t});
    }
    if (!m_.basis.empty()) {
        items.push_back({m_.basis_where.offset, m_.basis_where.offset + m_.basis_where.length,
                         std::string(k_.basis) + " " + quote_text(m_.basis)});
    }
    for (const auto& [path, where] : m_.imports) {
        items.push_back(
            {where.offset, where.offset + where.length, std::string(k_.import) + " " + path});
    }
    for (const auto& [path, where] : m_.extends) {
        items.push_back(
            {where.offset, where.offset + where.length, std::string(k_.extends) + " " + path});
    }
    for (const auto& d : m_.decls) {
        items.push_back({d.where.offset, d.where.offset + d.where.length, decl_text(d)});
    }
    std::sort(items.begin(), items.end(),
              [](const item& a, const item& b) { return a.offset < b.offset; });

    std::string out;
    auto comment_it = m_.comments.begin();
    std::uint32_t previous_end = 0;
    bool first = true;
    // True when the source has an empty line somewhere in [from, to).
    auto blank_line_between = [&](std::uint32_t from, std::uint32_t to) {
        bool after_newline = false;
        for (std::uint32_t i = from; i < to && i < m_.source.size(); ++i) {
            char c = m_.source[i];
            if (c == '\n') {
                if (after_newline) {
                    return true;
                }
                after_newline = true;
            } else if (c != ' ' && c != '\t' && c != '\r') {
                after_newline = false;
            }
        }
        return false;
    };
    for (const auto& it : items) {
        // Comments before this item (and inside it, moved before it).
        std::uint32_t cursor = previous_end;
        while (comment_it != m_.comments.end() && comment_it->first < it.end) {
            bool trailing_previous = !first && comment_it->first >= previous_end &&
                                     m_.source.find('\n', previous_end) > comment_it->first;
            if (trailing_previous) {
                out.pop_back(); // the newline of the previous item
                out += "  " + comment_it->second + "\n";
            } else {
                if (!first && blank_line_between(cursor, comment_it->first)) {
                    out += "\n";
                }
                out += comment_it->second + "\n";
            }
            cursor = comment_it->first;
            first = false;
            ++comment_it;
        }
        if (!first && cursor <= it.offset && blank_line_between(cursor, it.offset)) {
            out += "\n";
        }
        out += it.text + "\n";
        previous_end = it.end;
        first = false;
    }
    for (; comment_it != m_.comments.end(); ++comment_it) {
        bool trailing_previous = !first && m_.source.find('\n', previous_end) > comment_it->first;
        if (trailing_previous) {
            out.pop_back();
            out += "  " + comment_it->second + "\n";
        } else {
            out += comment_it->second + "\n";
        }
        previous_end = comment_it->first;
        first = false;
    }
    return out;
}

} // namespace

std::string format_module(const module& m, lang l) {
    return formatter(m, l).run();
}

} // namespace jixiao::jx
