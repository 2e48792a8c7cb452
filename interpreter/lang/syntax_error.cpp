// A syntax error of a rule file, said the way an author can act on it: a
// missing bracket at the bracket that was never closed, a keyword where a name
// was expected, a word typed for a keyword (如果 for 若) with the keyword to write.
#include "lang/syntax_error.hpp"

#include "diag/grammar_message.hpp"
#include "grammar/language.hpp"
#include "text/utf8.hpp"

#include <algorithm>
#include <optional>

namespace jixiao::jx {
namespace {

namespace g = grammar::language;
namespace pegtl = tao::pegtl;

// Words authors type for a keyword of the language, with the keyword: a
// parse error next to one of them says how to write it.
struct synonym {
    std::string_view typed, keyword, example;
};
constexpr synonym synonyms[] = {
    {"如果", "若", "若 条件 则 甲 否则 乙"},
    {"假如", "若", "若 条件 则 甲 否则 乙"},
    {"那么", "则", "若 条件 则 甲 否则 乙"},
    {"否则如果", "否则 若", "否则 若 条件 则 …"},
    {"不然", "否则", "若 条件 则 甲 否则 乙"},
    {"并且", "且", "甲 且 乙"},
    {"而且", "且", "甲 且 乙"},
    {"或者", "或", "甲 或 乙"},
    {"设", "令", "令 名 = 值 于 表达式"},
    {"对于每个", "对每个", "对每个 名 属于 列表 取 表达式"},
};

bool word_char(char32_t c) {
    return (c >= U'0' && c <= U'9') || (c >= U'A' && c <= U'Z') || (c >= U'a' && c <= U'z') ||
           c == U'_' || (c >= 0x3400 && c <= 0x9FFF) || (c >= 0x20000 && c <= 0x2FFFF);
}

// The word (a run of letters, digits, ideographs) starting at `at`, and the
// one ending before it across blanks: where a mistyped keyword sits when the
// parser stops.
std::vector<std::pair<std::size_t, std::size_t>> words_around(const std::string& s,
                                                              std::size_t at) {
    std::vector<std::pair<std::size_t, std::size_t>> out;
    std::size_t end = at;
    for (std::size_t p = at; p < s.size();) {
        if (!word_char(utf8::next(s, p))) {
            break;
        }
        end = p;
    }
    if (end > at) {
        out.emplace_back(at, end - at);
    }
    std::size_t back = at;
    while (back > 0 && (s[back - 1] == ' ' || s[back - 1] == '\t')) {
        --back;
    }
    std::size_t start = back;
    while (start > 0) {
        std::size_t q = start - 1;
        while (q > 0 && (static_cast<unsigned char>(s[q]) & 0xC0) == 0x80) {
            --q;
        }
        std::size_t r = q;
        if (!word_char(utf8::next(s, r))) {
            break;
        }
        start = q;
    }
    if (start < back) {
        out.emplace_back(start, back - start);
    }
    return out;
}

// A synonym of a keyword at the error, if any: the message says how to write it
// instead, with the caret under it (a whole word only: 就业 is not 就).
bool hint_synonym(message& m, const std::string& source, std::size_t& at, std::size_t& length) {
    for (auto [start, size] : words_around(source, at)) {
        std::string_view word(source.data() + start, size);
        for (const synonym& s : synonyms) {
            if (word != s.typed) {
                continue;
            }
            std::string typed(s.typed), kw(s.keyword), ex(s.example);
            m = {"「" + typed + "」不是规则语言的关键字，请写作「" + kw + "」（" + ex + "）",
                 "'" + typed + "' is not a keyword of the rule language; write " + kw + " (" + ex +
                     ")"};
            at = start;
            length = size;
            return true;
        }
    }
    return false;
}

// The innermost bracket opened before `at` and not closed by then (texts,
// quoted names and comments skipped), if any: where a missing ) belongs.
std::optional<std::size_t> unclosed_before(const std::string& s, std::size_t at) {
    std::vector<std::size_t> open;
    for (std::size_t p = 0; p < at && p < s.size();) {
        std::size_t here = p;
        char32_t c = utf8::next(s, p);
        if (c == U'"') {
            while (p < at && s[p] != '"' && s[p] != '\n') {
                p += s[p] == '\\' ? 2 : 1;
            }
            ++p;
        } else if (c == U'「') {
            while (p < at && utf8::next(s, p) != U'」') {
            }
        } else if (c == U'#') {
            while (p < at && s[p] != '\n') {
                ++p;
            }
        } else if (c == U'(' || c == U'[' || c == U'{') {
            open.push_back(here);
        } else if ((c == U')' || c == U']' || c == U'}') && !open.empty()) {
            open.pop_back();
        }
    }
    if (open.empty()) {
        return std::nullopt;
    }
    return open.back();
}

} // namespace

diagnostic syntax_error(const module& mod, message m, std::size_t at) {
    std::size_t keyword_length = 1;
    // A missing closing bracket is noticed only where the next declaration
    // begins: point at the bracket that was never closed instead.
    bool wants_closing = m.en.find("')'") != std::string::npos ||
                         m.en.find("']'") != std::string::npos ||
                         m.en.find("'}'") != std::string::npos;
    if (auto opened = unclosed_before(mod.source, at);
        wants_closing && opened &&
        mod.source.find('\n', *opened) < std::min(at, mod.source.size())) {
        std::string bracket = mod.source.substr(*opened, 1);
        std::string closing = bracket == "(" ? ")" : bracket == "[" ? "]" : "}";
        bool at_end = mod.source.find_first_not_of(" \t\r\n", at) == std::string::npos;
        std::string line =
            std::to_string(diagnose(severity::note, {}, mod.file, mod.source, at).line);
        return diagnose(severity::error,
                        {"这个「" + bracket + "」没有配对的「" + closing + "」（" +
                             (at_end ? "到文件末尾" : "读到第 " + line + " 行") + "仍未闭合）",
                         "this '" + bracket + "' is never closed (still open " +
                             (at_end ? "at the end of the file" : "at line " + line) + ")"},
                        mod.file, mod.source, *opened, 1);
    }
    // A keyword where a name was expected: say so.
    pegtl::memory_input<> rest(mod.source.data() + at, mod.source.size() - at, "");
    if (at < mod.source.size() && pegtl::parse<pegtl::seq<g::keyword>>(rest)) {
        keyword_length = static_cast<std::size_t>(rest.current() - rest.begin());
        std::string word = mod.source.substr(at, keyword_length);
        m.zh += "，却遇到关键字「" + word + "」";
        m.en += ", found the keyword '" + word + "'";
        if (!wants_closing) {
            m.zh += "（关键字不能作名称；如确需使用，请写作 「" + word + "」）";
            m.en += " (a keyword cannot be a name; quote it as 「" + word + "」)";
        }
    } else {
        say_what_was_found(m, mod.source, at, "文件末尾", "the end of the file");
        hint_synonym(m, mod.source, at, keyword_length);
    }
    return diagnose(severity::error, std::move(m), mod.file, mod.source, at, keyword_length);
}

} // namespace jixiao::jx
