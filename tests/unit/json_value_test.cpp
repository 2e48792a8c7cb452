// Input documents: exact numbers from raw JSON tokens, positioned errors.
#include "diag/diagnostic.hpp"
#include "document/json_value.hpp"

#include <gtest/gtest.h>

#include <random>
#include <string>
#include <vector>

namespace jixiao {
namespace {

TEST(JsonDocument, NumbersAreExactAndKeepTheirScale) {
    json_value v = parse_json(R"({"全年预算数": 294.80, "全年执行数": 254.984, "n": 7,
        "big": 123456789012345678901234567890.5, "huge_int": 18446744073709551616,
        "u": 18446744073709551615, "neg": -0.1, "exp": 1.5e3, "tiny": 1e-30})");
    auto num = [&](const char* k) { return v.find(k)->number()->to_string(); };
    EXPECT_EQ(num("全年预算数"), "294.80");
    EXPECT_EQ(num("全年执行数"), "254.984");
    EXPECT_EQ(num("n"), "7");
    EXPECT_EQ(num("big"), "123456789012345678901234567890.5");
    EXPECT_EQ(num("huge_int"), "18446744073709551616");
    EXPECT_EQ(num("u"), "18446744073709551615");
    EXPECT_EQ(num("neg"), "-0.1");
    EXPECT_EQ(num("exp"), "1500");
    EXPECT_EQ(num("tiny"), "0.000000000000000000000000000001");
}

TEST(JsonDocument, KeysKeepTheirOrder) {
    json_value v = parse_json(R"({"b": 1, "a": [true, null, "x"], "c": {}})");
    const json_object& o = *v.object();
    ASSERT_EQ(o.size(), 3u);
    EXPECT_EQ(o[0].first, "b");
    EXPECT_EQ(o[1].first, "a");
    EXPECT_EQ(o[2].first, "c");
    const json_array& a = *o[1].second.array();
    EXPECT_TRUE(*a[0].boolean());
    EXPECT_TRUE(a[1].is_null());
    EXPECT_EQ(*a[2].string(), "x");
}

// What find must answer: the first member with the key, as a scan finds it.
const json_value* first_member(const json_object& o, std::string_view key) {
    for (const auto& [k, v] : o) {
        if (k == key) {
            return &v;
        }
    }
    return nullptr;
}

// Objects past json_object::scanned_up_to members are searched through their
// sorted index: the same answers as a scan, duplicate keys included, for
// objects of every size around the threshold and far past it.
TEST(JsonDocument, PropertyAnIndexedObjectFindsWhatAScanFinds) {
    std::mt19937 random(20261127);
    const std::vector<std::string> alphabet = {"a", "b", "中", "z", "指标", "\u0000", "é"};
    for (int round = 0; round < 300; ++round) {
        std::size_t members = round < 40 ? static_cast<std::size_t>(round) : random() % 400;
        std::vector<std::string> keys;
        std::string text = "{";
        for (std::size_t i = 0; i < members; ++i) {
            std::string key;
            for (std::size_t n = 1 + random() % 3; n > 0; --n) {
                key += alphabet[random() % alphabet.size()];
            }
            keys.push_back(key);
            text += (i > 0 ? ", \"" : "\"") + key + "\": " + std::to_string(i);
        }
        text += "}";
        SCOPED_TRACE(text.substr(0, 200));
        json_value v = parse_json(text);
        const json_object& o = *v.object();
        ASSERT_EQ(o.size(), members);
        keys.push_back("absent");
        keys.push_back("");
        for (const std::string& written : keys) {
            // The key as parsed (escapes read), or one no member has.
            json_value k = parse_json("\"" + written + "\"");
            const std::string& key = *k.string();
            EXPECT_EQ(v.find(key), first_member(o, key)) << key;
        }
    }
}

TEST(JsonDocument, PropertySameKeyIsEquality) {
    // Keys of every length around the 8- and 16-byte loads, equal or differing
    // in one byte at each place (the first, the last, the overlap of the loads).
    std::mt19937 random(20261204);
    for (std::size_t length = 0; length <= 40; ++length) {
        for (int round = 0; round < 20; ++round) {
            std::string a;
            for (std::size_t i = 0; i < length; ++i) {
                a += static_cast<char>("ab\xe4\xb8\x80"[random() % 5]);
            }
            EXPECT_TRUE(same_key(a, a));
            EXPECT_TRUE(same_key(a, std::string(a))); // another buffer
            for (std::size_t at = 0; at < length; ++at) {
                std::string b = a;
                b[at] = static_cast<char>(b[at] ^ (1 << (random() % 8)));
                EXPECT_FALSE(same_key(a, b)) << length << " " << at;
            }
            EXPECT_FALSE(same_key(a, a + "a"));
            if (length > 0) {
                EXPECT_FALSE(same_key(a, a.substr(1)));
            }
        }
    }
    EXPECT_FALSE(same_key("一级指标", "二级指标"));
    EXPECT_FALSE(same_key("二级指标", "三级指标"));
    EXPECT_TRUE(same_key("年初指标值", "年初指标值"));
}

TEST(JsonDocument, MembersAddedAfterSealingAreFound) {
    json_object o;
    for (int i = 0; i < 40; ++i) {
        o.emplace_back("k" + std::to_string(i), json_value(decimal::from_int(i)));
    }
    o.seal();
    o.emplace_back("late", json_value(true));
    ASSERT_NE(o.find("late"), nullptr);
    EXPECT_TRUE(*o.find("late")->boolean());
    EXPECT_EQ(o.find("k39")->number()->to_string(), "39");
}

struct bad_json {
    int line;
    std::string text;
    std::size_t json_line;
    std::size_t column;
    const char* starts_with;
};

TEST(JsonDocument, ErrorsArePositioned) {
    const bad_json cases[] = {
        {__LINE__, "{\"a\": 1,\n \"b\": x}", 2, 7, "malformed JSON: expected a value"},
        {__LINE__, "{\"a\": 1e400}", 1, 7, "exponent beyond ±100"},
        {__LINE__, "{\"a\": 1e200}", 1, 7, "exponent beyond ±100"},
        {__LINE__, "{\"a\":\n  1" + std::string(120, '0') + ".5}", 2, 3,
         "number has 122 significant digits"},
        {__LINE__, std::string(200, '[') + std::string(200, ']'), 1, 129,
         "JSON nested deeper than 128 levels"},
        {__LINE__, "", 1, 1, "malformed JSON"},
        {__LINE__, "{\"a\": 1", 1, 8, "malformed JSON"},
    };
    for (const auto& c : cases) {
        SCOPED_TRACE("table row at line " + std::to_string(c.line));
        try {
            (void)parse_json(c.text);
            ADD_FAILURE() << "parsed";
        } catch (const diagnostic_error& e) {
            EXPECT_EQ(e.diag().line, c.json_line);
            EXPECT_EQ(e.diag().column, c.column);
            EXPECT_TRUE(e.diag().text.en.starts_with(c.starts_with)) << e.diag().text.en;
            EXPECT_FALSE(e.diag().text.zh.empty());
        }
    }
}

TEST(JsonDocument, DeepNestingDoesNotOverflowTheStack) {
    std::string deep = std::string(1000000, '[') + std::string(1000000, ']');
    EXPECT_THROW((void)parse_json(deep), diagnostic_error);
}

} // namespace
} // namespace jixiao
