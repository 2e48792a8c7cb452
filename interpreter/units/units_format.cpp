#include "units/units_format.hpp"

#include "diag/grammar_message.hpp"
#include "grammar/units.hpp"
#include "grammar/units_errors.hpp"
#include "text/layout.hpp"

#include <vector>

namespace jixiao {
namespace {

namespace g = grammar::units;
namespace pegtl = tao::pegtl;

struct keywords {
    const char *unit, *kind, *alias, *magnitude, *tier, *phrases;
};
constexpr keywords zh_words{"单位", "类", "别名", "量级", "档次", "用语"};
constexpr keywords en_words{"unit", "kind", "alias", "magnitude", "tier", "phrases"};

// One declaration as read: its words, spelled as the source spells them.
struct statement {
    enum { unit, magnitude, tier } what = unit;
    std::vector<std::string> names; // units; or the magnitude / tier name
    std::string factor, base, kind;
    std::vector<std::string> aliases; // or the tier's phrases
    std::size_t begin = 0, end = 0;   // the source line(s), comment excluded
    std::string comment;              // trailing, with its '#'
};

struct read_state {
    std::vector<statement> statements;
    statement current;
};

template <typename Rule> struct action : pegtl::nothing<Rule> {};
template <> struct action<g::unit_name> {
    template <typename In> static void apply(const In& in, read_state& st) {
        st.current.names.push_back(in.string());
    }
};
template <> struct action<g::alias_name> {
    template <typename In> static void apply(const In& in, read_state& st) {
        st.current.aliases.push_back(in.string());
    }
};
template <> struct action<g::factor> {
    template <typename In> static void apply(const In& in, read_state& st) {
        st.current.factor = in.string();
    }
};
template <> struct action<g::base_ref> {
    template <typename In> static void apply(const In& in, read_state& st) {
        st.current.base = in.string();
    }
};
template <> struct action<g::kind_name> {
    template <typename In> static void apply(const In& in, read_state& st) {
        st.current.kind = in.string();
    }
};
template <> struct action<g::magnitude_name> {
    template <typename In> static void apply(const In& in, read_state& st) {
        st.current.what = statement::magnitude;
        st.current.names.push_back(in.string());
    }
};
template <> struct action<g::magnitude_value> {
    template <typename In> static void apply(const In& in, read_state& st) {
        st.current.factor = in.string();
    }
};
template <> struct action<g::tier_name> {
    template <typename In> static void apply(const In& in, read_state& st) {
        st.current.what = statement::tier;
        st.current.names.push_back(in.string());
    }
};
template <> struct action<g::tier_phrase> {
    template <typename In> static void apply(const In& in, read_state& st) {
        st.current.aliases.push_back(in.string());
    }
};
template <> struct action<g::statement> {
    template <typename In> static void apply(const In& in, read_state& st) {
        st.current.begin = in.position().byte;
        st.current.end = in.position().byte + in.size();
    }
};
template <> struct action<g::statement_end> {
    template <typename In> static void apply(const In& in, read_state& st) {
        std::string end = in.string();
        if (auto hash = end.find('#'); hash != std::string::npos) {
            st.current.comment = end.substr(hash);
            while (!st.current.comment.empty() &&
                   (st.current.comment.back() == '\n' || st.current.comment.back() == '\r')) {
                st.current.comment.pop_back();
            }
        }
        st.statements.push_back(std::move(st.current));
        st.current = {};
    }
};

layout::doc listed(const std::vector<std::string>& words) {
    std::vector<layout::doc> items;
    for (const auto& w : words) {
        items.push_back(layout::text(w));
    }
    return layout::align(layout::fill(std::move(items), "、", /*spaced=*/false));
}

layout::doc statement_doc(const statement& s, const keywords& k) {
    using layout::text;
    switch (s.what) {
    case statement::magnitude:
        return text(std::string(k.magnitude) + " " + s.names.front() + " = " + s.factor);
    case statement::tier:
        return text(std::string(k.tier) + " " + s.names.front() + " " + k.phrases + " ") +
               listed(s.aliases);
    case statement::unit:
        break;
    }
    layout::doc d = text(std::string(k.unit) + " ") + listed(s.names);
    if (!s.factor.empty()) {
        d = d + text(" = " + s.factor + (s.base.empty() ? "" : " " + s.base));
    }
    if (!s.kind.empty()) {
        d = d + text(" " + std::string(k.kind) + " " + s.kind);
    }
    if (!s.aliases.empty()) {
        d = d + text(" " + std::string(k.alias) + " ") + listed(s.aliases);
    }
    return d;
}

// The comments and blank lines of source[from, to): each comment on its line,
// runs of blank lines as one, none at the start of the file.
void copy_between(std::string_view source, std::size_t from, std::size_t to, bool first,
                  std::string& out) {
    bool blank = false;
    for (std::size_t at = from; at < to;) {
        std::size_t newline = source.find('\n', at);
        bool whole = newline != std::string_view::npos && newline < to;
        std::size_t end = whole ? newline : to;
        std::string_view line = source.substr(at, end - at);
        if (std::size_t hash = line.find('#'); hash != std::string_view::npos) {
            std::string_view comment = line.substr(hash);
            comment = comment.substr(0, comment.find_last_not_of(" \t\r") + 1);
            out += blank && !first ? "\n" : "";
            out += std::string(comment) + "\n";
            blank = false;
            first = false;
        } else if (whole) {
            blank = true;
        }
        at = end + 1;
    }
    if (blank && !first) {
        out += '\n';
    }
}

} // namespace

bool is_declaration_file(std::string_view source) {
    pegtl::memory_input in(source.data(), source.size(), "");
    pegtl::parse<grammar::skip_lines>(in);
    pegtl::memory_input rest(in.current(), in.end(), "");
    return pegtl::parse<pegtl::seq<grammar::blanks, g::keyword>>(rest);
}

std::string format_declarations(std::string_view file, std::string_view source, lang l, int width) {
    read_state st;
    pegtl::memory_input in(source.data(), source.size(), std::string(file));
    try {
        pegtl::parse<g::file, action, pegtl::must_if<g::errors>::control>(in, st);
    } catch (const pegtl::parse_error& e) {
        throw diagnostic_error(diagnose(severity::error, grammar_message(e.message()), file, source,
                                        e.positions().front().byte));
    }
    const keywords& k = l == lang::zh ? zh_words : en_words;
    std::string out;
    std::size_t previous = 0;
    for (std::size_t i = 0; i < st.statements.size(); ++i) {
        const statement& s = st.statements[i];
        copy_between(source, previous, s.begin, i == 0, out);
        out += layout::render(statement_doc(s, k), width);
        if (!s.comment.empty()) {
            out += "  " + s.comment;
        }
        out += '\n';
        previous = source.find('\n', s.end);
        previous = previous == std::string_view::npos ? source.size() : previous + 1;
    }
    copy_between(source, previous, source.size(), st.statements.empty(), out);
    while (out.size() >= 2 && out.ends_with("\n\n")) {
        out.pop_back();
    }
    return out;
}

} // namespace jixiao
