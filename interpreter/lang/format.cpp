// jixiao fmt: prints a module in canonical layout, with Chinese or English
// keywords. Literals keep their source spelling (0.45元/页 stays so); blanks,
// separators, parentheses and keywords are normalized. Comments are kept:
// those between declarations stay where they were; a comment inside a
// declaration is moved to just before it.
#include "lang/format.hpp"

#include "grammar/language.hpp"
#include "lang/builtins.hpp"
#include "lang/precedence.hpp"
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

class formatter {
  public:
    formatter(const module& m, lang l) : m_(m), k_(l == lang::zh ? zh_words : en_words), l_(l) {}

    std::string run();

  private:
    std::string source(span s) const { return m_.source.substr(s.offset, s.length); }
    // `column`: where the expression starts (否则 aligns under its 若);
    // `line`: the indentation of the line it is on (match arms go 4 deeper).
    std::string expr_text(const expr& e, int column, int line);
    std::string operand(const expr& child, const expr& parent, bool right, int column, int line);
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

    const module& m_;
    const keywords& k_;
    lang l_;
};

std::string formatter::operand(const expr& child, const expr& parent, bool right, int column,
                               int line) {
    std::string s = expr_text(child, column, line);
    return needs_parentheses(child, parent, right) ? "(" + s + ")" : s;
}

std::string formatter::expr_text(const expr& e, int column, int line) {
    std::string pad(static_cast<std::size_t>(column), ' ');
    // Sub-expressions on the same line: their exact column matters only for
    // a nested 若, which is rare; aligning under the outer start is canonical.
    int indent = column;
    switch (e.kind) {
    case expr_kind::number:
    case expr_kind::target:
        return source(e.where);
    case expr_kind::text:
        return quote_text(e.text);
    case expr_kind::boolean:
        return e.number.sign() != 0 ? k_.true_ : k_.false_;
    case expr_kind::list: {
        std::string s = "[";
        for (std::size_t i = 0; i < e.args.size(); ++i) {
            s += (i ? ", " : "") + expr_text(*e.args[i], indent, line);
        }
        return s + "]";
    }
    case expr_kind::name:
        if (e.name == "输入" || e.name == "input") {
            return l_ == lang::zh ? "输入" : "input";
        }
        return quote_name(e.name);
    case expr_kind::field: {
        bool simple = precedence(*e.args[0]) == 9;
        std::string base = expr_text(*e.args[0], indent, line);
        return (simple ? base : "(" + base + ")") + "." + quote_field(e.name);
    }
    case expr_kind::call: {
        // Built-in names follow the keyword language.
        std::string callee = quote_name(e.name);
        if (auto b = find_builtin(e.name)) {
            callee = std::string(l_ == lang::zh ? builtins()[*b].zh : builtins()[*b].en);
        }
        std::string s = callee + "(";
        for (std::size_t i = 0; i < e.args.size(); ++i) {
            s += (i ? ", " : "") + expr_text(*e.args[i], indent, line);
        }
        return s + ")";
    }
    case expr_kind::negate: {
        bool simple = precedence(*e.args[0]) == 9 && e.args[0]->kind != expr_kind::negate;
        std::string x = expr_text(*e.args[0], indent, line);
        return simple ? "-" + x : "-(" + x + ")";
    }
    case expr_kind::logical_not: {
        bool simple = precedence(*e.args[0]) >= 3;
        std::string x = expr_text(*e.args[0], indent, line);
        return std::string(k_.not_) + " " + (simple ? x : "(" + x + ")");
    }
    case expr_kind::binary:
        return operand(*e.args[0], e, false, indent, line) + " " + op_text(e.op) + " " +
               operand(*e.args[1], e, true, indent, line);
    case expr_kind::if_else: {
        std::string s = std::string(k_.if_) + " " + expr_text(*e.args[0], indent, line) + " " +
                        k_.then + " " + expr_text(*e.args[1], indent, line);
        if (e.args.size() > 3) {
            s += std::string(" ") + k_.note + " " + expr_text(*e.args[3], indent, line);
        }
        // 否则 starts a new line, aligned under 若.
        return s + "\n" + pad + k_.else_ + " " + expr_text(*e.args[2], indent, line);
    }
    case expr_kind::let:
        return std::string(k_.let) + " " + quote_name(e.name) + " = " +
               expr_text(*e.args[0], indent, line) + " " + k_.in + " " +
               expr_text(*e.args[1], indent, line);
    case expr_kind::match: {
        int arm_line = line + 4;
        std::string inner(static_cast<std::size_t>(arm_line), ' ');
        std::string s = std::string(k_.match) + " " + expr_text(*e.args[0], indent, line) + " {\n";
        for (const auto& arm : e.arms) {
            std::string head = (arm.pattern ? expr_text(*arm.pattern, arm_line, arm_line)
                                            : std::string(k_.otherwise)) +
                               " => ";
            s += inner + head + expr_text(*arm.result, arm_line + utf8::width(head), arm_line) +
                 "\n";
        }
        return s + std::string(static_cast<std::size_t>(line), ' ') + "}";
    }
    case expr_kind::for_each: {
        std::string s = std::string(k_.for_) + " " + quote_name(e.name) + " " + k_.of + " " +
                        expr_text(*e.args[0], indent, line);
        if (e.args[1]) {
            s += std::string(" ") + k_.where + " " + expr_text(*e.args[1], indent, line);
        }
        return s + " " + k_.yield + " " + expr_text(*e.args[2], indent, line);
    }
    }
    return {};
}

std::string formatter::decl_text(const declaration& d) {
    std::string s = d.is_override ? std::string(k_.override_) + " " : std::string();
    std::string name = quote_name(d.name);
    // Continuation lines of a body are indented under its first character.
    auto body_at = [&](const std::string& head) {
        int indent = utf8::width(head);
        return head + expr_text(*d.body, indent, 0);
    };
    switch (d.kind) {
    case decl_kind::param:
        return body_at(s + k_.param + " " + name + " = ");
    case decl_kind::rule:
        return body_at(s + k_.rule + " " + name + " = ");
    case decl_kind::function: {
        std::string head = s + k_.fn + " " + name + "(";
        for (std::size_t i = 0; i < d.params.size(); ++i) {
            head += (i ? ", " : "") + quote_name(d.params[i]);
        }
        return body_at(head + ") = ");
    }
    case decl_kind::grade: {
        std::string out = s + k_.grade + " " + name + " { ";
        for (std::size_t i = 0; i < d.bands.size(); ++i) {
            const grade_band& b = d.bands[i];
            out += (i ? std::string(k_.band_sep) : std::string()) + quote_name(b.label) + " ";
            if (b.bound) {
                out += std::string(k_.if_) + " " + (b.strict ? ">" : "≥") + " " +
                       expr_text(*b.bound, 0, 0);
            } else {
                out += k_.otherwise;
            }
        }
        return out + " }";
    }
    case decl_kind::check: {
        std::string head = std::string(k_.check) + " " + name;
        for (std::size_t i = 0; i < d.loops.size(); ++i) {
            head += i == 0 ? std::string(" ") + k_.for_ + " " : std::string(", ");
            head +=
                quote_name(d.loops[i].name) + " " + k_.of + " " + expr_text(*d.loops[i].list, 0, 0);
        }
        if (d.filter) {
            head += std::string(" ") + k_.where + " " + expr_text(*d.filter, 0, 0);
        }
        if (d.label) {
            head += std::string(" ") + k_.label + " " + expr_text(*d.label, 0, 0);
        }
        std::string out = body_at(head + ": ");
        if (d.infer_tolerance) {
            out += std::string(" ") + k_.tolerance + " ≈";
        } else if (d.tolerance) {
            out += std::string(" ") + k_.tolerance + " " + expr_text(*d.tolerance, 0, 0);
        }
        if (!d.message.empty()) {
            out += std::string(" ") + k_.message + " " + quote_text(d.message);
        }
        return out;
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
