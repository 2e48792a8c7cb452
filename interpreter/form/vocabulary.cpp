#include "form/vocabulary.hpp"

#include "diag/diagnostic.hpp"
#include "form/embedded_vocabulary.hpp"
#include "text/utf8.hpp"

#include <nlohmann/json.hpp>

#include <algorithm>

namespace jixiao {
namespace {

[[noreturn]] void refuse(const std::string& where, message text) {
    throw diagnostic_error(diagnose(severity::error, std::move(text), where));
}

std::vector<std::string> words_of(const nlohmann::json& list, const std::string& key,
                                  const std::string& source) {
    if (!list.is_array()) {
        refuse(source, {"表样用语「" + key + "」应为文本的数组",
                        "the form vocabulary's '" + key + "' must be an array of texts"});
    }
    std::vector<std::string> out;
    for (const auto& w : list) {
        if (!w.is_string()) {
            refuse(source, {"表样用语「" + key + "」应为文本的数组",
                            "the form vocabulary's '" + key + "' must be an array of texts"});
        }
        out.push_back(normalized_label(w.get<std::string>()));
    }
    return out;
}

void add_words(field_words& into, const std::string& field, const std::vector<std::string>& more) {
    auto it =
        std::find_if(into.begin(), into.end(), [&](const auto& f) { return f.first == field; });
    if (it == into.end()) {
        into.emplace_back(field, more);
        return;
    }
    for (const auto& w : more) {
        if (std::find(it->second.begin(), it->second.end(), w) == it->second.end()) {
            it->second.push_back(w);
        }
    }
}

} // namespace

const std::vector<std::string>& form_vocabulary::words(std::string_view field) const {
    static const std::vector<std::string> none;
    for (const field_words* list : {&fields, &grid}) {
        for (const auto& [name, labels] : *list) {
            if (name == field) {
                return labels;
            }
        }
    }
    return none;
}

std::string normalized_label(std::string_view s) {
    std::string out;
    std::size_t pos = 0;
    char32_t before = 0;
    bool pending = false;
    while (pos < s.size()) {
        char32_t cp = utf8::next(s, pos);
        if (cp == ' ' || cp == 0x3000 || cp == '\n' || cp == '\r' || cp == '\t') {
            pending = !out.empty();
            continue;
        }
        if (pending && !(utf8::is_cjk(before) && utf8::is_cjk(cp))) {
            out += ' ';
        }
        pending = false;
        utf8::append(out, cp);
        before = cp;
    }
    for (std::string_view colon : {"：", ":"}) {
        if (out.ends_with(colon)) {
            out.resize(out.size() - colon.size());
        }
    }
    return out;
}

form_vocabulary parse_vocabulary(std::string_view json, const std::string& source) {
    nlohmann::json j = nlohmann::json::parse(json, nullptr, false);
    if (j.is_discarded() || !j.is_object()) {
        refuse(source, {"表样用语不是 JSON 对象", "the form vocabulary is not a JSON object"});
    }
    form_vocabulary v;
    for (auto it = j.begin(); it != j.end(); ++it) {
        const std::string& key = it.key();
        if (key == "说明") {
            continue;
        }
        if (key == "指标") {
            if (!it->is_object()) {
                refuse(source, {"表样用语的「指标」应为对象（栏名 → 用语）",
                                "the form vocabulary's '指标' must be an object (field → labels)"});
            }
            for (auto g = it->begin(); g != it->end(); ++g) {
                add_words(v.grid, g.key(), words_of(*g, g.key(), source));
            }
        } else if (key == "定性") {
            v.qualitative = words_of(*it, key, source);
        } else if (key == "总分") {
            v.total = words_of(*it, key, source);
        } else {
            add_words(v.fields, key, words_of(*it, key, source));
        }
    }
    return v;
}

const form_vocabulary& standard_vocabulary() {
    static const form_vocabulary v = [] {
        form_vocabulary all;
        for (const auto& f : embedded_form_vocabularies()) {
            merge_vocabulary(all, parse_vocabulary(f.text, "rules/" + std::string(f.name)));
        }
        return all;
    }();
    return v;
}

void merge_vocabulary(form_vocabulary& into, const form_vocabulary& more) {
    for (const auto& [field, labels] : more.fields) {
        add_words(into.fields, field, labels);
    }
    for (const auto& [field, labels] : more.grid) {
        add_words(into.grid, field, labels);
    }
    for (const auto& w : more.qualitative) {
        if (std::find(into.qualitative.begin(), into.qualitative.end(), w) ==
            into.qualitative.end()) {
            into.qualitative.push_back(w);
        }
    }
    for (const auto& w : more.total) {
        if (std::find(into.total.begin(), into.total.end(), w) == into.total.end()) {
            into.total.push_back(w);
        }
    }
}

} // namespace jixiao
