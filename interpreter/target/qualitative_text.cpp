#include "target/qualitative_text.hpp"

#include "text/utf8.hpp"
#include "units/unit_registry.hpp"

#include <algorithm>
#include <array>
#include <utility>

namespace jixiao {
namespace {

std::u32string decode(std::string_view text) {
    std::u32string out;
    std::size_t pos = 0;
    while (pos < text.size()) {
        out += utf8::next(text, pos);
    }
    return out;
}

std::string encode(std::u32string_view text) {
    std::string out;
    for (char32_t c : text) {
        utf8::append(out, c);
    }
    return out;
}

bool all_ideographs(std::u32string_view s) {
    for (char32_t c : s) {
        bool ideograph = (c >= 0x3400 && c <= 0x9FFF) || (c >= 0xF900 && c <= 0xFAFF) ||
                         (c >= 0x20000 && c <= 0x3FFFD);
        if (!ideograph) {
            return false;
        }
    }
    return true;
}

} // namespace

std::string normalize_qualitative(std::string_view text, std::vector<message>& warnings) {
    std::u32string s = decode(text);
    while (!s.empty() && utf8::is_space(s.front())) {
        s.erase(0, 1);
    }
    while (!s.empty() && utf8::is_space(s.back())) {
        s.pop_back();
    }
    // 持续 发展: a space between two Chinese characters is extraction noise.
    std::u32string joined;
    bool removed_space = false;
    for (std::size_t i = 0; i < s.size(); ++i) {
        if (utf8::is_space(s[i]) && !joined.empty() && utf8::is_cjk(joined.back())) {
            std::size_t j = i;
            while (j < s.size() && utf8::is_space(s[j])) {
                ++j;
            }
            if (j < s.size() && utf8::is_cjk(s[j])) {
                removed_space = true;
                i = j - 1;
                continue;
            }
        }
        joined += s[i];
    }
    if (removed_space) {
        warnings.push_back({"已删除汉字之间的空格：「" + encode(joined) + "」",
                            "removed spaces between Chinese characters: '" + encode(joined) + "'"});
    }
    // 及时及时, 加大提升提升: a word of two to eight Chinese characters doubled.
    // Bounded word length keeps this linear on hostile input.
    constexpr std::size_t longest_word = 8;
    std::u32string out;
    out.reserve(joined.size());
    std::vector<std::string> doubled; // each word is reported once
    std::size_t i = 0;
    while (i < joined.size()) {
        bool collapsed = false;
        for (std::size_t len = std::min(longest_word, (joined.size() - i) / 2); len >= 2; --len) {
            std::u32string_view a(joined.data() + i, len);
            std::u32string_view b(joined.data() + i + len, len);
            if (a == b && all_ideographs(a)) {
                std::string word = encode(a);
                bool seen = std::find(doubled.begin(), doubled.end(), word) != doubled.end();
                if (!seen) {
                    doubled.push_back(word);
                    warnings.push_back({"重复的词「" + word + "」已合并为一个",
                                        "the doubled word '" + word + "' was read once"});
                }
                i += len; // drop the first copy; the second is examined again
                collapsed = true;
                break;
            }
        }
        if (!collapsed) {
            out += joined[i];
            ++i;
        }
    }
    return encode(out);
}

std::optional<tier_level> read_tier(std::string_view normalized, const unit_registry& vocabulary,
                                    std::vector<message>& warnings) {
    if (auto t = vocabulary.tier_of(normalized)) {
        return t;
    }
    // A truncated phrase (部分达成预期) counts when it can only mean one tier.
    if (utf8::length(normalized) < 3) {
        return std::nullopt;
    }
    std::optional<tier_level> found;
    std::string full;
    for (const auto& [phrase, level] : vocabulary.tier_phrases()) {
        if (std::string_view(phrase).starts_with(normalized)) {
            if (found && *found != level) {
                return std::nullopt;
            }
            if (!found || phrase.size() < full.size()) {
                full = phrase; // the shortest completion reads best
            }
            found = level;
        }
    }
    if (found) {
        warnings.push_back(
            {"不完整的等级用语「" + std::string(normalized) + "」按「" + full + "」理解",
             "the truncated tier phrase '" + std::string(normalized) + "' was read as '" + full +
                 "'"});
    }
    return found;
}

} // namespace jixiao
