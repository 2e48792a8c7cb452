// Long texts shown to people keep their beginning and end, cut between characters.
#include "text/shorten.hpp"
#include "text/utf8.hpp"

#include <gtest/gtest.h>

#include <string>

namespace jixiao {
namespace {

TEST(Shorten, AShortTextIsItself) {
    EXPECT_EQ(shortened("人均成本", 16), "人均成本");
    std::string s(100, 'a');
    EXPECT_EQ(shortened(s, 100), s);
}

TEST(Shorten, ALongTextKeepsItsBeginningAndEnd) {
    std::string s = std::string(50, 'a') + std::string(50, 'b');
    // 20 bytes: 7 of each end around the 5-byte " … ".
    EXPECT_EQ(shortened(s, 20), "aaaaaaa … bbbbbbb");
    std::string t = s;
    shorten(t, 20);
    EXPECT_EQ(t, shortened(s, 20));
}

// Property: for every length and limit, the result fits, is valid UTF-8 when
// the text was, and is a prefix and a suffix of the text around the gap.
TEST(Shorten, PropertyFitsAndCutsBetweenCharacters) {
    const std::string pieces[] = {"a", "元", "𠀀", "·", "%"};
    std::string text;
    for (int n = 0; n < 400; ++n) {
        text += pieces[(n * 7 + n / 3) % 5];
        for (std::size_t limit : {16u, 17u, 18u, 33u, 64u, 100u}) {
            std::string r = shortened(text, limit);
            if (text.size() <= limit) {
                ASSERT_EQ(r, text);
                continue;
            }
            ASSERT_LE(r.size(), limit) << n;
            ASSERT_TRUE(utf8::valid(r)) << n << " " << limit;
            std::size_t gap = r.find(" … ");
            ASSERT_NE(gap, std::string::npos);
            ASSERT_EQ(text.substr(0, gap), r.substr(0, gap));
            std::string end = r.substr(gap + std::string(" … ").size());
            ASSERT_EQ(text.substr(text.size() - end.size()), end);
        }
    }
}

} // namespace
} // namespace jixiao
