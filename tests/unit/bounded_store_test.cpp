// The fixed-memory store under the indicator cache (text/bounded_store.hpp):
// what it gives back is what was put, what is asked for again survives its
// generation, and it never grows.
#include "text/bounded_store.hpp"

#include <gtest/gtest.h>

#include <map>
#include <random>
#include <string>

namespace jixiao {
namespace {

std::string found(bounded_store& s, std::string_view key) {
    std::optional<std::string_view> v = s.find(key);
    return v ? std::string(*v) : std::string("<none>");
}

TEST(BoundedStore, GivesBackWhatWasPut) {
    bounded_store s(1024, 16);
    EXPECT_EQ(found(s, "满意度"), "<none>"); // empty
    EXPECT_TRUE(s.put("满意度", "≥90% → 10"));
    EXPECT_TRUE(s.put("及时", ""));
    EXPECT_TRUE(s.put("", "an empty key"));
    EXPECT_EQ(found(s, "满意度"), "≥90% → 10");
    EXPECT_EQ(found(s, "及时"), "");
    EXPECT_EQ(found(s, ""), "an empty key");
    EXPECT_EQ(found(s, "满意"), "<none>"); // a prefix is another key
    // A key kept already keeps its value (two threads scored the same record).
    EXPECT_FALSE(s.put("满意度", "other"));
    EXPECT_EQ(found(s, "满意度"), "≥90% → 10");
    EXPECT_EQ(s.size(), 3u);
}

TEST(BoundedStore, RefusesAnEntryOverAnEighthOfAGeneration) {
    bounded_store s(1024, 16);
    // 8 bytes of lengths + key + value: 128 bytes fit, 129 do not.
    EXPECT_TRUE(s.put("k", std::string(119, 'v')));
    EXPECT_FALSE(s.put("l", std::string(120, 'v')));
    EXPECT_EQ(found(s, "l"), "<none>");
    EXPECT_EQ(s.size(), 1u);
}

TEST(BoundedStore, WhatIsAskedForAgainOutlivesItsGeneration) {
    // Entries of 8 + 2 + 90 = 100 bytes: ten fill a generation.
    bounded_store s(1000, 1024);
    auto key = [](int i) { return "k" + std::to_string(i % 10); };
    auto value = [](int i) { return std::string(90, static_cast<char>('a' + i % 26)); };
    for (int i = 0; i < 10; ++i) {
        ASSERT_TRUE(s.put(key(i), value(i)));
    }
    // The eleventh turns: the ten are now the older generation, still found.
    ASSERT_TRUE(s.put("x0", value(0)));
    EXPECT_EQ(found(s, "k3"), value(3)); // asked for: copied into the current one
    for (int i = 1; i < 9; ++i) {
        ASSERT_TRUE(s.put("y" + std::to_string(i), value(i)));
    }
    // The current generation is full (x0, k3, y1..y8); the next put turns again
    // and the older generation goes, all but k3.
    ASSERT_TRUE(s.put("z", value(25)));
    EXPECT_EQ(found(s, "k3"), value(3));
    EXPECT_EQ(found(s, "k4"), "<none>");
    EXPECT_EQ(found(s, "x0"), value(0));
    EXPECT_EQ(found(s, "z"), value(25));
}

TEST(BoundedStore, AFullIndexTurnsToo) {
    bounded_store s(1 << 20, 8); // at most 6 entries in 8 slots
    for (int i = 0; i < 6; ++i) {
        ASSERT_TRUE(s.put("k" + std::to_string(i), "v"));
    }
    EXPECT_EQ(s.size(), 6u);
    ASSERT_TRUE(s.put("k6", "v")); // six survive as the older generation: too many
    EXPECT_EQ(found(s, "k6"), "v");
    EXPECT_LE(s.size(), 6u);
}

// Property: over random puts and finds, with generations small enough to turn
// hundreds of times, a find gives the value put for that key or nothing, and
// the entries never exceed what the index holds.
TEST(BoundedStore, PropertyNeverGivesAWrongValue) {
    bounded_store s(2048, 64);
    std::map<std::string, std::string> put;
    std::mt19937 rng(7);
    std::uniform_int_distribution<int> keys(0, 60), lengths(0, 200);
    std::size_t hits = 0;
    for (int n = 0; n < 20000; ++n) {
        std::string k = "指标" + std::to_string(keys(rng));
        if (rng() % 2 == 0) {
            std::string v(static_cast<std::size_t>(lengths(rng)), static_cast<char>('a' + n % 26));
            bool kept_before = s.find(k).has_value();
            bool kept = s.put(k, v);
            ASSERT_FALSE(kept && kept_before) << n;
            if (kept) {
                put[k] = v;
            }
        } else if (std::optional<std::string_view> v = s.find(k)) {
            ASSERT_TRUE(put.contains(k)) << n;
            ASSERT_EQ(*v, put[k]) << n;
            ++hits;
        }
        ASSERT_LE(s.size(), 48u);
    }
    EXPECT_GT(hits, 1000u); // the property was exercised, not vacuous
    EXPECT_EQ(s.footprint(), 2 * 2048 + 64 * 16u);
}

} // namespace
} // namespace jixiao
