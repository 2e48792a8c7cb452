// The batch writer escapes strings exactly as nlohmann's dump() does, for
// every kind of byte: plain ASCII, CJK, quotes, backslashes, each control
// character, and runs of them at either end.
#include "text/json_writer.hpp"

#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

namespace jixiao {
namespace {

TEST(JsonWriter, StringsAreEscapedAsNlohmannDoes) {
    std::vector<std::string> cases = {"",
                                      "plain",
                                      "偏差较大，需说明原因",
                                      "\"quoted\"",
                                      "back\\slash",
                                      "\n",
                                      "line\nbreak\ttab\rreturn",
                                      "\x7f del is not escaped",
                                      "ends with a quote\"",
                                      "\"starts with a quote",
                                      "\\\\\"\"",
                                      "≥90% «» ８０"};
    for (int c = 0; c < 0x20; ++c) {
        cases.push_back(std::string("a") + static_cast<char>(c) + "b");
        cases.push_back(std::string(1, static_cast<char>(c)));
    }
    // Every byte that needs an escape at every character boundary of a
    // 24-byte string, so the eight-bytes-at-a-time scan meets it in each lane.
    const std::string base = "ab说明cd原因ef偏差gh"; // 24 bytes
    for (char special : {'"', '\\', '\n', '\x01', '\x1f'}) {
        for (std::size_t at = 0; at <= base.size(); ++at) {
            if (at < base.size() && (static_cast<unsigned char>(base[at]) & 0xC0) == 0x80) {
                continue; // inside a character
            }
            cases.push_back(base.substr(0, at) + special + base.substr(at));
        }
    }
    for (const auto& s : cases) {
        std::string out;
        json_writer(out).string(s);
        EXPECT_EQ(out, nlohmann::json(s).dump()) << s;
    }
}

TEST(JsonWriter, ObjectsAndArraysMatchNlohmann) {
    std::string out;
    json_writer w(out);
    w.begin_object().key("a").number(1).key("列表").begin_array().string("x").null().boolean(true);
    w.end_array().key("b").strings({"p", "q"}).end_object();
    nlohmann::ordered_json j;
    j["a"] = 1;
    j["列表"] = {"x", nullptr, true};
    j["b"] = {"p", "q"};
    EXPECT_EQ(out, j.dump());
}

} // namespace
} // namespace jixiao
