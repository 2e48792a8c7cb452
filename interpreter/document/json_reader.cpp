// Reads input documents (RFC 8259 JSON) straight into json_value: one pass
// over the bytes, numbers kept as their exact decimal text, strings checked as
// UTF-8, every error positioned at its byte with a message in both languages.
//
// Why our own reader and not nlohmann's SAX parser (which the rest of the
// project still uses): reading the input was a tenth of a batch run, and
// nlohmann's lexer hands numbers over as double plus raw text, keys and
// strings through extra copies, and errors in English only. This reader
// accepts exactly what nlohmann accepts (tests/unit/json_reader_test.cpp and
// fuzz/fuzz_json.cpp compare the two) at several times the speed (bench/).
#include "document/json_value.hpp"

#include "diag/diagnostic.hpp"
#include "number/decimal_parse.hpp"
#include "text/utf8.hpp"

#include <cstdint>
#include <string>

namespace jixiao {

namespace {

// A document refused: where (byte offset), what, and whether it breaks the
// JSON grammar (a number or a nesting beyond our limits is well-formed JSON).
struct read_error {
    std::size_t offset;
    message text;
    bool malformed = true;
};

std::string shown_byte(char c) {
    auto b = static_cast<unsigned char>(c);
    if (b >= 0x20 && b < 0x7F) {
        return std::string(1, c);
    }
    static const char hex[] = "0123456789ABCDEF";
    return std::string("0x") + hex[b >> 4] + hex[b & 15];
}

class reader {
  public:
    reader(std::string_view text, const json_limits& limits)
        : begin_(text.data()), p_(text.data()), end_(text.data() + text.size()), limits_(limits) {}

    json_value document() {
        // A UTF-8 byte order mark, as some Windows tools write, is not content.
        if (end_ - p_ >= 3 && p_[0] == '\xEF' && p_[1] == '\xBB' && p_[2] == '\xBF') {
            p_ += 3;
        }
        json_value root;
        value(root, 0);
        skip_space();
        if (p_ != end_) {
            fail(p_, {"JSON 值之后还有多余的内容「" + shown_byte(*p_) + "」",
                      "unexpected '" + shown_byte(*p_) + "' after the JSON value"});
        }
        return root;
    }

  private:
    [[noreturn]] void fail(const char* at, message m, bool malformed = true) const {
        throw read_error{static_cast<std::size_t>(at - begin_), std::move(m), malformed};
    }
    [[noreturn]] void fail_expected(const char* zh, const char* en) const {
        if (p_ == end_) {
            fail(p_, {std::string("JSON 意外结束，此处应为") + zh,
                      std::string("unexpected end of JSON; expected ") + en});
        }
        fail(p_, {std::string("此处应为") + zh + "，实际为「" + shown_byte(*p_) + "」",
                  std::string("expected ") + en + ", got '" + shown_byte(*p_) + "'"});
    }

    void skip_space() {
        while (p_ != end_ && (*p_ == ' ' || *p_ == '\n' || *p_ == '\r' || *p_ == '\t')) {
            ++p_;
        }
    }

    void value(json_value& out, std::size_t depth) {
        skip_space();
        if (p_ == end_) {
            fail_expected("值", "a value");
        }
        switch (*p_) {
        case '{':
            object(out, depth);
            return;
        case '[':
            array(out, depth);
            return;
        case '"': {
            std::string s;
            string(s);
            out = json_value(std::move(s));
            return;
        }
        case 't':
            literal("true");
            out = json_value(true);
            return;
        case 'f':
            literal("false");
            out = json_value(false);
            return;
        case 'n':
            literal("null");
            out = json_value();
            return;
        default:
            if (*p_ == '-' || (*p_ >= '0' && *p_ <= '9')) {
                out = json_value(number());
                return;
            }
            fail_expected("值（对象、数组、文本、数、true、false 或 null）",
                          "a value (object, array, string, number, true, false or null)");
        }
    }

    void open(std::size_t depth) {
        if (depth >= limits_.max_depth) {
            fail(p_,
                 {"JSON 嵌套超过 " + std::to_string(limits_.max_depth) + " 层",
                  "JSON nested deeper than " + std::to_string(limits_.max_depth) + " levels"},
                 false);
        }
        ++p_;
    }

    void object(json_value& out, std::size_t depth) {
        open(depth);
        out = json_value(json_object{});
        json_object& o = *out.object();
        o.reserve(8); // an indicator row has 6 to 9 members
        skip_space();
        if (p_ != end_ && *p_ == '}') {
            ++p_;
            return;
        }
        for (;;) {
            skip_space();
            if (p_ == end_ || *p_ != '"') {
                fail_expected("用双引号括起的键", "a key in double quotes");
            }
            auto& member = o.emplace_back();
            string(member.first);
            skip_space();
            if (p_ == end_ || *p_ != ':') {
                fail_expected("「:」", "':'");
            }
            ++p_;
            value(member.second, depth + 1);
            skip_space();
            if (p_ != end_ && *p_ == ',') {
                ++p_;
                continue;
            }
            if (p_ != end_ && *p_ == '}') {
                ++p_;
                o.seal();
                return;
            }
            fail_expected("「,」或「}」", "',' or '}'");
        }
    }

    void array(json_value& out, std::size_t depth) {
        open(depth);
        out = json_value(json_array{});
        json_array& a = *out.array();
        skip_space();
        if (p_ != end_ && *p_ == ']') {
            ++p_;
            return;
        }
        for (;;) {
            value(a.emplace_back(), depth + 1);
            skip_space();
            if (p_ != end_ && *p_ == ',') {
                ++p_;
                continue;
            }
            if (p_ != end_ && *p_ == ']') {
                ++p_;
                return;
            }
            fail_expected("「,」或「]」", "',' or ']'");
        }
    }

    void literal(std::string_view word) {
        for (char c : word) {
            if (p_ == end_ || *p_ != c) {
                fail_expected(("「" + std::string(word) + "」").c_str(),
                              ("'" + std::string(word) + "'").c_str());
            }
            ++p_;
        }
    }

    static bool digit(char c) { return c >= '0' && c <= '9'; }

    // The JSON number grammar, then the exact decimal of its text. Integers
    // of up to 18 digits (nearly all of them) skip the general parser.
    decimal number() {
        const char* start = p_;
        bool negative = *p_ == '-';
        if (negative) {
            ++p_;
        }
        if (p_ == end_ || !digit(*p_)) {
            fail_expected("数字", "a digit");
        }
        std::int64_t small = 0;
        if (*p_ == '0') {
            ++p_;
        } else {
            while (p_ != end_ && digit(*p_)) {
                if (p_ - start < 18 + (negative ? 1 : 0)) {
                    small = small * 10 + (*p_ - '0');
                }
                ++p_;
            }
        }
        bool integer = true;
        if (p_ != end_ && *p_ == '.') {
            integer = false;
            ++p_;
            if (p_ == end_ || !digit(*p_)) {
                fail_expected("小数点后的数字", "a digit after the decimal point");
            }
            while (p_ != end_ && digit(*p_)) {
                ++p_;
            }
        }
        if (p_ != end_ && (*p_ == 'e' || *p_ == 'E')) {
            integer = false;
            ++p_;
            if (p_ != end_ && (*p_ == '+' || *p_ == '-')) {
                ++p_;
            }
            if (p_ == end_ || !digit(*p_)) {
                fail_expected("指数的数字", "a digit in the exponent");
            }
            while (p_ != end_ && digit(*p_)) {
                ++p_;
            }
        }
        if (integer && p_ - start <= 18 + (negative ? 1 : 0)) {
            return decimal::from_int(negative ? -small : small);
        }
        std::string_view token(start, static_cast<std::size_t>(p_ - start));
        try {
            return parse_decimal(token, {.grouping = false, .exponent = true});
        } catch (const number_syntax_error& e) {
            fail(start + e.offset(), {e.zh(), e.what()}, false);
        }
    }

    static int hex_digit(char c) {
        if (c >= '0' && c <= '9') {
            return c - '0';
        }
        if (c >= 'a' && c <= 'f') {
            return c - 'a' + 10;
        }
        if (c >= 'A' && c <= 'F') {
            return c - 'A' + 10;
        }
        return -1;
    }

    // Four hex digits after "\u" (p_ on the backslash); leaves p_ after them.
    char32_t hex4() {
        const char* at = p_;
        p_ += 2;
        char32_t cp = 0;
        for (int i = 0; i < 4; ++i) {
            int h = p_ == end_ ? -1 : hex_digit(*p_);
            if (h < 0) {
                fail(at,
                     {"「\\u」之后须为 4 位十六进制数", "'\\u' must be followed by 4 hex digits"});
            }
            cp = cp * 16 + static_cast<char32_t>(h);
            ++p_;
        }
        return cp;
    }

    void escape(std::string& out) {
        const char* at = p_;
        if (p_ + 1 == end_) {
            fail(p_ + 1, {"JSON 意外结束，文本缺少结尾的双引号",
                          "unexpected end of JSON in a string (missing closing quote)"});
        }
        char c = p_[1];
        switch (c) {
        case '"':
        case '\\':
        case '/':
            out += c;
            break;
        case 'b':
            out += '\b';
            break;
        case 'f':
            out += '\f';
            break;
        case 'n':
            out += '\n';
            break;
        case 'r':
            out += '\r';
            break;
        case 't':
            out += '\t';
            break;
        case 'u': {
            char32_t cp = hex4();
            if (cp >= 0xDC00 && cp <= 0xDFFF) {
                fail(at, {"单独的低位代理 \\u" + std::string(at + 2, 4) + "（须跟在高位代理之后）",
                          "lone low surrogate \\u" + std::string(at + 2, 4)});
            }
            if (cp >= 0xD800 && cp <= 0xDBFF) {
                if (end_ - p_ < 2 || p_[0] != '\\' || p_[1] != 'u') {
                    fail(at, {"高位代理 \\u" + std::string(at + 2, 4) +
                                  " 之后须为低位代理 \\uDC00–\\uDFFF",
                              "high surrogate \\u" + std::string(at + 2, 4) +
                                  " must be followed by a low surrogate \\uDC00-\\uDFFF"});
                }
                const char* low_at = p_;
                char32_t low = hex4();
                if (low < 0xDC00 || low > 0xDFFF) {
                    fail(low_at, {"高位代理之后须为低位代理 \\uDC00–\\uDFFF",
                                  "a high surrogate must be followed by a low surrogate "
                                  "\\uDC00-\\uDFFF"});
                }
                cp = 0x10000 + ((cp - 0xD800) << 10) + (low - 0xDC00);
            }
            utf8::append(out, cp);
            return;
        }
        default:
            fail(at, {"无效的转义「\\" + shown_byte(c) + "」",
                      "invalid escape '\\" + shown_byte(c) + "'"});
        }
        p_ += 2;
    }

    // Length of the well-formed UTF-8 sequence at p (Unicode Table 3-7: no
    // overlong forms, no surrogates, nothing above U+10FFFF), or 0.
    std::size_t utf8_sequence(const char* p) const {
        auto b = [&](std::ptrdiff_t i) { return static_cast<unsigned char>(p[i]); };
        auto avail = end_ - p;
        unsigned char lead = b(0);
        auto cont = [&](std::ptrdiff_t i, unsigned char lo = 0x80, unsigned char hi = 0xBF) {
            return i < avail && b(i) >= lo && b(i) <= hi;
        };
        if (lead >= 0xC2 && lead <= 0xDF) {
            return cont(1) ? 2 : 0;
        }
        if (lead >= 0xE0 && lead <= 0xEF) {
            unsigned char lo = lead == 0xE0 ? 0xA0 : 0x80;
            unsigned char hi = lead == 0xED ? 0x9F : 0xBF;
            return cont(1, lo, hi) && cont(2) ? 3 : 0;
        }
        if (lead >= 0xF0 && lead <= 0xF4) {
            unsigned char lo = lead == 0xF0 ? 0x90 : 0x80;
            unsigned char hi = lead == 0xF4 ? 0x8F : 0xBF;
            return cont(1, lo, hi) && cont(2) && cont(3) ? 4 : 0;
        }
        return 0;
    }

    // True when the bytes from p to the end start a multi-byte character that
    // the end of the input cuts off (a truncated file or line).
    bool cut_off(const char* p) const {
        auto lead = static_cast<unsigned char>(*p);
        std::ptrdiff_t need = lead >= 0xF0 ? 4 : lead >= 0xE0 ? 3 : 2;
        if (lead < 0xC2 || lead > 0xF4 || end_ - p >= need) {
            return false;
        }
        for (const char* q = p + 1; q != end_; ++q) {
            if ((static_cast<unsigned char>(*q) & 0xC0) != 0x80) {
                return false;
            }
        }
        return true;
    }

    // A string (p_ on its opening quote) into `out`. Runs of plain bytes are
    // appended at once; escapes and multi-byte characters are checked one by one.
    void string(std::string& out) {
        const char* open_quote = p_;
        ++p_;
        const char* run = p_;
        for (;;) {
            if (p_ == end_) {
                fail(open_quote, {"文本缺少结尾的双引号", "string without its closing quote"});
            }
            auto c = static_cast<unsigned char>(*p_);
            if (c >= 0x20 && c < 0x80 && c != '"' && c != '\\') {
                ++p_;
                continue;
            }
            // Most text in budget documents is CJK: three-byte characters whose
            // lead byte alone rules out overlong forms and surrogates.
            if (((c >= 0xE1 && c <= 0xEC) || c == 0xEE || c == 0xEF) && end_ - p_ >= 3 &&
                (static_cast<unsigned char>(p_[1]) & 0xC0) == 0x80 &&
                (static_cast<unsigned char>(p_[2]) & 0xC0) == 0x80) {
                p_ += 3;
                continue;
            }
            if (c >= 0x80) {
                std::size_t n = utf8_sequence(p_);
                if (n == 0 && cut_off(p_)) {
                    fail(p_, {"JSON 意外结束，文本在一个字符的中间截断",
                              "unexpected end of JSON in the middle of a character"});
                }
                if (n == 0) {
                    fail(p_, {"文本不是有效的 UTF-8（字节 " + shown_byte(*p_) + "）",
                              "string is not valid UTF-8 (byte " + shown_byte(*p_) + ")"});
                }
                p_ += n;
                continue;
            }
            out.append(run, p_);
            if (c == '"') {
                ++p_;
                return;
            }
            if (c == '\\') {
                escape(out);
                run = p_;
                continue;
            }
            fail(p_, {"文本中有未转义的控制字符 " + shown_byte(*p_) + "（须写作 \\u00XX）",
                      "unescaped control character " + shown_byte(*p_) +
                          " in a string (write it as \\u00XX)"});
        }
    }

    const char* begin_;
    const char* p_;
    const char* end_;
    const json_limits& limits_;
};

} // namespace

json_value parse_json(std::string_view text, std::string_view file, const json_limits& limits) {
    if (text.size() > limits.max_bytes) {
        throw diagnostic_error(
            diagnose(severity::error,
                     {"JSON 文档超过 " + std::to_string(limits.max_bytes >> 20) + " MiB 的上限",
                      "the JSON document is larger than the limit of " +
                          std::to_string(limits.max_bytes >> 20) + " MiB"},
                     file));
    }
    try {
        return reader(text, limits).document();
    } catch (read_error& e) {
        if (e.malformed) {
            e.text.zh = "JSON 格式错误：" + e.text.zh;
            e.text.en = "malformed JSON: " + e.text.en;
        }
        throw diagnostic_error(diagnose(severity::error, std::move(e.text), file, text, e.offset));
    }
}

} // namespace jixiao
