#include "target/target_phrases.hpp"

#include <array>

namespace jixiao {
namespace {

std::string_view trimmed(std::string_view s) {
    while (!s.empty() && (s.front() == ' ' || s.front() == '\t')) {
        s.remove_prefix(1);
    }
    while (!s.empty() && (s.back() == ' ' || s.back() == '\t')) {
        s.remove_suffix(1);
    }
    return s;
}

bool starts_with_figure(std::string_view s) {
    return !s.empty() && s.front() >= '0' && s.front() <= '9';
}

// A trailing note that the bound is included: （含）, (含), （含90%）, （含本数）.
std::optional<std::string_view> without_inclusive_note(std::string_view s) {
    for (std::string_view close : {std::string_view("）"), std::string_view(")")}) {
        if (!s.ends_with(close)) {
            continue;
        }
        for (std::string_view open : {std::string_view("（含"), std::string_view("(含")}) {
            std::size_t at = s.rfind(open);
            if (at != std::string_view::npos && at > 0) {
                return trimmed(s.substr(0, at));
            }
        }
    }
    return std::nullopt;
}

struct suffix {
    std::string_view word;
    std::string_view op;
};

// Longest first: 及以上 before 以上, 以内 before 内.
constexpr std::array<suffix, 7> suffixes{{{"及以上", "≥"},
                                          {"以上", "≥"},
                                          {"及以下", "≤"},
                                          {"以下", "≤"},
                                          {"以内", "≤"},
                                          {"之内", "≤"},
                                          {"内", "≤"}}};

} // namespace

std::optional<phrase_reading> operator_first(std::string_view text) {
    std::string_view s = trimmed(text);
    bool changed = false;
    if (auto stripped = without_inclusive_note(s)) {
        s = *stripped;
        changed = true;
    }
    std::string out(s);
    for (const suffix& x : suffixes) {
        if (s.size() > x.word.size() && s.ends_with(x.word)) {
            std::string_view stem = trimmed(s.substr(0, s.size() - x.word.size()));
            // 90%以上 → ≥90%; ≥90%以上 keeps its operator, the word only repeats it
            out = starts_with_figure(stem) ? std::string(x.op) + std::string(stem)
                                           : std::string(stem);
            changed = true;
            break;
        }
    }
    if (!changed || out.empty()) {
        return std::nullopt;
    }
    std::string original(text);
    return phrase_reading{out,
                          {"「" + original + "」按「" + out + "」理解",
                           "'" + original + "' was read as '" + out + "'"}};
}

} // namespace jixiao
