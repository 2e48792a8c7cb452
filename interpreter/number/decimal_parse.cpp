#include "number/decimal_parse.hpp"

#include "number/decimal_big.hpp"
#include "text/utf8.hpp"

#include <optional>

namespace jixiao {
namespace {

struct scanner {
    std::string_view text;
    std::size_t pos = 0;

    bool done() const { return pos >= text.size(); }
    // Peeks the next code point with full-width forms folded to ASCII.
    char32_t peek(std::size_t* len = nullptr) const {
        std::size_t p = pos;
        char32_t cp = utf8::fold_width(utf8::next(text, p));
        if (len) {
            *len = p - pos;
        }
        return cp;
    }
    void skip() {
        std::size_t len = 0;
        peek(&len);
        pos += len;
    }
};

[[noreturn]] void fail(std::size_t at, const std::string& en, const std::string& zh) {
    throw number_syntax_error(at, en, zh);
}

bool is_digit(char32_t c) {
    return c >= U'0' && c <= U'9';
}

} // namespace

namespace {

// The usual figure, plain ASCII -?digits(.digits)? with at most 18 digits
// (what JSON numbers, scores and amounts are): read in one pass. nullopt for
// anything else, which the full reader below takes, with its messages.
std::optional<decimal> plain_ascii(std::string_view text, const number_syntax& syntax) {
    std::size_t i = 0;
    bool negative = false;
    if (syntax.sign && !text.empty() && (text[0] == '-' || text[0] == '+')) {
        negative = text[0] == '-';
        i = 1;
    }
    std::int64_t coef = 0;
    int digits = 0;
    int scale = -1; // -1: no point yet
    for (; i < text.size(); ++i) {
        char c = text[i];
        if (c == '.' && scale < 0 && digits > 0) {
            scale = 0;
            continue;
        }
        if (c < '0' || c > '9' || ++digits > 18) {
            return std::nullopt;
        }
        coef = coef * 10 + (c - '0');
        scale += scale >= 0 ? 1 : 0;
    }
    if (digits == 0 || scale == 0) {
        return std::nullopt; // nothing, or a point with no digit after it
    }
    return decimal::from_scaled(negative ? -coef : coef, scale < 0 ? 0 : scale);
}

} // namespace

decimal parse_decimal(std::string_view text, number_syntax syntax) {
    if (std::optional<decimal> d = plain_ascii(text, syntax)) {
        return *d;
    }
    scanner s{text};
    bool negative = false;
    if (s.done()) {
        fail(0, "expected a number, found the end of the text", "应为数字，却已到文本末尾");
    }
    if (syntax.sign) {
        char32_t c = s.peek();
        if (c == U'+' || c == U'-' || c == 0x2212) {
            negative = c != U'+';
            s.skip();
        }
    }
    std::string digits; // ASCII digits of integer and fraction parts
    int fraction_digits = 0;
    int group_len = -1; // digits since the last separator; -1 before any separator
    std::size_t first_group_start = s.pos;
    while (!s.done()) {
        char32_t c = s.peek();
        if (is_digit(c)) {
            digits += static_cast<char>(c);
            if (group_len >= 0) {
                ++group_len;
            }
            s.skip();
        } else if (c == U',' && syntax.grouping) {
            bool first = group_len < 0;
            if (digits.empty() || (first && digits.size() > 3) || (!first && group_len != 3)) {
                fail(s.pos, "misplaced thousands separator ','", "千位分隔符「,」位置不对");
            }
            group_len = 0;
            s.skip();
        } else {
            break;
        }
    }
    if (digits.empty()) {
        fail(s.pos == first_group_start ? s.pos : first_group_start, "expected a digit",
             "应为数字");
    }
    if (group_len >= 0 && group_len != 3) {
        fail(s.pos, "a thousands group must have three digits", "千位分组须为三位数字");
    }
    if (!s.done() && s.peek() == U'.') {
        s.skip();
        while (!s.done() && is_digit(s.peek())) {
            digits += static_cast<char>(s.peek());
            ++fraction_digits;
            s.skip();
        }
        if (fraction_digits == 0) {
            fail(s.pos, "expected a digit after the decimal point", "小数点后应为数字");
        }
    }
    long exponent = 0;
    if (syntax.exponent && !s.done() && (s.peek() == U'e' || s.peek() == U'E')) {
        s.skip();
        bool exp_negative = false;
        if (!s.done() && (s.peek() == U'+' || s.peek() == U'-')) {
            exp_negative = s.peek() == U'-';
            s.skip();
        }
        std::size_t exp_start = s.pos;
        while (!s.done() && is_digit(s.peek())) {
            if (exponent <= 10L * max_literal_exponent) { // stays bounded, reported below
                exponent = exponent * 10 + static_cast<long>(s.peek() - U'0');
            }
            s.skip();
        }
        if (s.pos == exp_start) {
            fail(s.pos, "expected a digit in the exponent", "指数部分应为数字");
        }
        if (exp_negative) {
            exponent = -exponent;
        }
    }
    if (!s.done()) {
        fail(s.pos, "unexpected character in a number", "数字中出现意外字符");
    }

    std::size_t first_significant = digits.find_first_not_of('0');
    std::size_t significant =
        first_significant == std::string::npos ? 0 : digits.size() - first_significant;
    if (significant > static_cast<std::size_t>(max_literal_digits)) {
        fail(0,
             "number has " + std::to_string(significant) + " significant digits; the limit is " +
                 std::to_string(max_literal_digits),
             "数字有 " + std::to_string(significant) + " 位有效数字，上限为 " +
                 std::to_string(max_literal_digits) + " 位");
    }
    long scale = fraction_digits - exponent;
    if (exponent > max_literal_exponent || exponent < -max_literal_exponent) {
        fail(0, "exponent beyond ±" + std::to_string(max_literal_exponent),
             "指数超出 ±" + std::to_string(max_literal_exponent));
    }
    // Zeros after the point are not significant digits, but each is a power of
    // ten in the denominator: 0.000…1 with 2,000 zeros was beyond every number
    // limit, and 10 million of them would take hours to build.
    if (significant > 0 && scale > max_literal_places) {
        fail(0,
             "number has " + std::to_string(scale) + " decimal places; the limit is " +
                 std::to_string(max_literal_places),
             "数字有 " + std::to_string(scale) + " 位小数，上限为 " +
                 std::to_string(max_literal_places) + " 位");
    }
    if (significant == 0) {
        return decimal::from_scaled(0, scale >= 0 && scale <= 18 ? static_cast<int>(scale) : 0);
    }
    std::string_view sig(digits);
    sig.remove_prefix(first_significant);
    if (sig.size() <= 18 && scale >= 0 && scale <= 18) {
        std::int64_t coef = 0;
        for (char d : sig) {
            coef = coef * 10 + (d - '0');
        }
        return decimal::from_scaled(negative ? -coef : coef, static_cast<int>(scale));
    }
    big_int num{std::string(sig)};
    big_int den = 1;
    for (long i = 0; i < (scale < 0 ? -scale : scale); ++i) {
        if (scale < 0) {
            num *= 10;
        } else {
            den *= 10;
        }
    }
    if (negative) {
        num = -num;
    }
    return decimal_access::from_rational(big_rational(num, den),
                                         scale > 0 ? static_cast<int>(scale) : 0);
}

} // namespace jixiao
