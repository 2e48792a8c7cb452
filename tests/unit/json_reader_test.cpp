// The document reader against its oracle (nlohmann's parser building the same
// json_value): the same documents are accepted, with the same values and the
// same numbers to the last digit and scale; the same ones are refused, at a
// position and with a message in both languages.
#include "diag/diagnostic.hpp"
#include "document/json_value.hpp"
#include "support/nlohmann_reader.hpp"

#include <gtest/gtest.h>

#include <optional>
#include <random>
#include <string>

namespace jixiao {
namespace {

// A json_value written out with numbers as their exact decimal text, so two
// trees compare by one string.
void describe(const json_value& v, std::string& out) {
    switch (v.which()) {
    case json_value::kind::null:
        out += "null";
        return;
    case json_value::kind::boolean:
        out += *v.boolean() ? "true" : "false";
        return;
    case json_value::kind::number:
        out += "#" + v.number()->to_string();
        return;
    case json_value::kind::string:
        out += "\"" + *v.string() + "\"";
        return;
    case json_value::kind::array:
        out += "[";
        for (const auto& item : *v.array()) {
            describe(item, out);
            out += ",";
        }
        out += "]";
        return;
    case json_value::kind::object:
        out += "{";
        for (const auto& [k, item] : *v.object()) {
            out += "\"" + k + "\":";
            describe(item, out);
            out += ",";
        }
        out += "}";
        return;
    }
}

// The tree as text, or nullopt when the reader refuses the document.
template <typename Read> std::optional<std::string> outcome(Read read, std::string_view text) {
    try {
        std::string out;
        describe(read(text), out);
        return out;
    } catch (const diagnostic_error&) {
        return std::nullopt;
    }
}

void expect_same_as_oracle(std::string_view text) {
    SCOPED_TRACE(std::string("document: ") + std::string(text.substr(0, 200)));
    auto ours = outcome([](std::string_view t) { return parse_json(t); }, text);
    auto oracle =
        outcome([](std::string_view t) { return testing::parse_json_with_nlohmann(t); }, text);
    EXPECT_EQ(ours.has_value(), oracle.has_value());
    if (ours && oracle) {
        EXPECT_EQ(*ours, *oracle);
    }
}

TEST(JsonReader, AgreesWithTheOracleOnATableOfDocuments) {
    const char* cases[] = {
        // accepted
        "{}",
        "[]",
        "0",
        "-0",
        "1",
        "-1",
        "0.5",
        "-0.50",
        "1e2",
        "1E+2",
        "1.25e-3",
        "2.50E2",
        "9223372036854775807",
        "-9223372036854775808",
        "9223372036854775808",
        "18446744073709551615",
        "18446744073709551616",
        "123456789012345678",
        "1234567890123456789",
        "-123456789012345678",
        "-1234567890123456789",
        "123456789012345678901234567890.5",
        "true",
        "false",
        "null",
        "\"\"",
        "\"a\\\"b\\\\c\\/d\\b\\f\\n\\r\\t\"",
        "\"\\u0041\\u00e9\"",
        "\"\\u4e2d\\u6587\"",
        "\"\\ud83d\\ude00\"",
        "\"\\u0000\"",
        "\"中文 全角　空格\"",
        "\"\xF0\x9F\x98\x80\"",
        "\"\x7F\"",
        " \t\r\n{ \"a\" : [ 1 , 2 ] } \n",
        "{\"a\":1,\"a\":2}",
        "\xEF\xBB\xBF{\"bom\":1}",
        "[[[[]]]]",
        "{\"k\":{\"k\":{\"k\":null}}}",
        "{\"指标\":[{\"分值\":3,\"得分\":\"0.80\"}]}",
        // refused
        "",
        " ",
        "{",
        "}",
        "[",
        "]",
        "[1,]",
        "[,1]",
        "{\"a\"}",
        "{\"a\":}",
        "{\"a\" 1}",
        "{a:1}",
        "{'a':1}",
        "{\"a\":1,}",
        "[1 2]",
        "01",
        "-",
        "-a",
        "1.",
        ".5",
        "1e",
        "1e+",
        "+1",
        "1.5.2",
        "tru",
        "truex",
        "nul",
        "NaN",
        "Infinity",
        "-Infinity",
        "\"abc",
        "\"\\x\"",
        "\"\\u12\"",
        "\"\\u12g4\"",
        "\"\\ud800\"",
        "\"\\ud800x\"",
        "\"\\ud800\\u0041\"",
        "\"\\udc00\"",
        "\"\x01\"",
        "\"a\nb\"",
        "\"\xC0\x80\"",
        "\"\xED\xA0\x80\"",
        "\"\xF4\x90\x80\x80\"",
        "\"\xE4\xB8\"",
        "\"\x80\"",
        "\"\xFF\"",
        "1e400",
        "1e200",
        "[1]x",
        "{}{}",
        "\xEF\xBB",
        "\xEF\xBB\xBF",
        "//c\n1",
        // numbers beyond the documented limits
        "1e-200",
        "0.000000000000000000000000000000000000000000000000000000000000000000000000000000"
        "000000000000000000000000000000001",
    };
    for (const char* c : cases) {
        expect_same_as_oracle(c);
    }
    // nlohmann stops reading at a NUL byte, so "[1]\0garbage" would pass as [1];
    // a NUL is not JSON whitespace and we refuse it, as RFC 8259 does.
    EXPECT_THROW((void)parse_json(std::string_view("[1]\0x", 5)), diagnostic_error);
    expect_same_as_oracle(std::string_view("\"a\0b\"", 5));
}

TEST(JsonReader, AgreesWithTheOracleOnTheDepthLimit) {
    for (std::size_t depth : {127u, 128u, 129u}) {
        expect_same_as_oracle(std::string(depth, '[') + std::string(depth, ']'));
        std::string objects;
        for (std::size_t i = 0; i < depth; ++i) {
            objects += "{\"a\":";
        }
        expect_same_as_oracle(objects + "1" + std::string(depth, '}'));
    }
}

// Random documents near JSON (and random damage to them): a property test of
// the same acceptance and the same values.
TEST(JsonReader, AgreesWithTheOracleOnRandomDocuments) {
    std::mt19937 rng(20261127);
    const std::string pieces[] = {
        "{",    "}",       "[",
        "]",    ",",       ":",
        "\"",   "\"k\"",   "\"指标\"",
        "0",    "-",       "1",
        "9",    ".",       "e",
        "E",    "+",       "true",
        "null", "false",   " ",
        "\n",   "\\",      "\\u",
        "d83d", "00e9",    "\xE4\xB8\xAD",
        "\xE4", "\xB8",    "\xF0\x9F\x98\x80",
        "\x01", "123.450", "\"值\"",
    };
    std::uniform_int_distribution<std::size_t> pick(0, std::size(pieces) - 1);
    std::uniform_int_distribution<int> length(1, 24);
    for (int i = 0; i < 20000; ++i) {
        std::string doc;
        for (int n = length(rng); n > 0; --n) {
            doc += pieces[pick(rng)];
        }
        expect_same_as_oracle(doc);
        if (::testing::Test::HasFailure()) {
            return;
        }
    }
}

struct bad_document {
    int line;
    std::string text;
    std::size_t json_line;
    std::size_t column;
    const char* en;
    const char* zh;
};

TEST(JsonReader, ErrorsSayWhatWasExpectedWhere) {
    const bad_document cases[] = {
        {__LINE__, "{\"a\": 1,\n \"b\": x}", 2, 7,
         "malformed JSON: expected a value (object, array, string, number, true, false or null), "
         "got 'x'",
         "JSON 格式错误：此处应为值（对象、数组、文本、数、true、false 或 null），实际为「x」"},
        {__LINE__, "{\"a\" 1}", 1, 6, "malformed JSON: expected ':', got '1'",
         "JSON 格式错误：此处应为「:」，实际为「1」"},
        {__LINE__, "[1 2]", 1, 4, "malformed JSON: expected ',' or ']', got '2'",
         "JSON 格式错误：此处应为「,」或「]」，实际为「2」"},
        {__LINE__, "{\"a\": 1", 1, 8, "malformed JSON: unexpected end of JSON; expected ',' or '}'",
         "JSON 格式错误：JSON 意外结束，此处应为「,」或「}」"},
        {__LINE__, "{\"名称\": \"未完", 1, 8, "malformed JSON: string without its closing quote",
         "JSON 格式错误：文本缺少结尾的双引号"},
        {__LINE__, "{\"名\xE7\xA7\": 1}", 1, 4,
         "malformed JSON: string is not valid UTF-8 (byte 0xE7)",
         "JSON 格式错误：文本不是有效的 UTF-8（字节 0xE7）"},
        {__LINE__, "{\"名\xE5\x8F", 1, 4,
         "malformed JSON: unexpected end of JSON in the middle of a character",
         "JSON 格式错误：JSON 意外结束，文本在一个字符的中间截断"},
        {__LINE__, "[\"a\tb\"]", 1, 4,
         "malformed JSON: unescaped control character 0x09 in a string (write it as \\u00XX)",
         "JSON 格式错误：文本中有未转义的控制字符 0x09（须写作 \\u00XX）"},
        {__LINE__, "[\"\\q\"]", 1, 3, "malformed JSON: invalid escape '\\q'",
         "JSON 格式错误：无效的转义「\\q」"},
        {__LINE__, "{} x", 1, 4, "malformed JSON: unexpected 'x' after the JSON value",
         "JSON 格式错误：JSON 值之后还有多余的内容「x」"},
        {__LINE__, "{\"a\": 1e400}", 1, 7, "exponent beyond ±100", nullptr},
        {__LINE__, "{\"a\": 01}", 1, 8, "malformed JSON: expected ',' or '}', got '1'", nullptr},
        {__LINE__, "", 1, 1, "malformed JSON: unexpected end of JSON; expected a value", nullptr},
    };
    for (const auto& c : cases) {
        SCOPED_TRACE("table row at line " + std::to_string(c.line));
        try {
            (void)parse_json(c.text);
            ADD_FAILURE() << "parsed";
        } catch (const diagnostic_error& e) {
            EXPECT_EQ(e.diag().line, c.json_line);
            EXPECT_EQ(e.diag().column, c.column);
            EXPECT_TRUE(e.diag().text.en.find(c.en) != std::string::npos) << e.diag().text.en;
            if (c.zh != nullptr) {
                EXPECT_EQ(e.diag().text.zh, c.zh);
            }
        }
    }
}

} // namespace
} // namespace jixiao
