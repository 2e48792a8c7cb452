#include "form/canonical_document.hpp"

#include "number/decimal_parse.hpp"

#include <array>
#include <atomic>
#include <optional>

namespace jixiao {
namespace {

constexpr std::array<std::string_view, 3> amount_fields{"年初预算数", "全年预算数", "全年执行数"};

void index(std::unordered_map<std::string, std::string>& into, const field_words& words) {
    for (const auto& [field, labels] : words) {
        into.emplace(field, field);
        for (const auto& label : labels) {
            into.emplace(label, field); // the first field to claim a label keeps it
        }
    }
}

std::string trimmed(std::string_view s) {
    while (!s.empty() && (s.front() == ' ' || s.front() == '\t')) {
        s.remove_prefix(1);
    }
    while (!s.empty() && (s.back() == ' ' || s.back() == '\t')) {
        s.remove_suffix(1);
    }
    return std::string(s);
}

// 元 or 万元, from 金额单位 as written: 万元, （万元）, 单位：万元.
std::optional<std::string> amount_unit(std::string_view written) {
    std::string s = normalized_label(written);
    for (std::string_view strip : {"（", "）", "(", ")", "单位：", "单位:", "金额单位："}) {
        for (auto at = s.find(strip); at != std::string::npos; at = s.find(strip)) {
            s.erase(at, strip.size());
        }
    }
    if (s == "元" || s == "万元") {
        return s;
    }
    return std::nullopt;
}

// "1196540.50万元" → {1196540.50, 万元}; a bare figure has no unit.
struct written_amount {
    std::string figure, unit;
};

written_amount split_amount(std::string_view text) {
    std::string s = trimmed(text);
    for (std::string_view unit : {"万元", "元"}) {
        if (s.size() > unit.size() && s.ends_with(unit)) {
            return {trimmed(std::string_view(s).substr(0, s.size() - unit.size())),
                    std::string(unit)};
        }
    }
    return {s, {}};
}

// The field a key names (nullptr: none of the vocabulary's words).
const std::string* field_named(const std::unordered_map<std::string, std::string>& words,
                               const std::string& key) {
    auto it = words.find(key);
    if (it == words.end()) {
        it = words.find(normalized_label(key));
    }
    return it == words.end() ? nullptr : &it->second;
}

// field_named for the key at `place` of an object, remembered per thread: the
// documents of a batch spell their keys alike and in the same order, so the
// key at the same place last time, compared, answers without hashing every
// key of every document (20 keys of 20 indicators, 20,000 documents).
// `words_id` names the vocabulary for the life of the process.
const std::string* field_at(const std::unordered_map<std::string, std::string>& words,
                            std::uint64_t words_id, std::size_t place, const std::string& key) {
    struct seen {
        std::uint64_t words = 0; // 0: nothing yet
        std::string key;
        std::optional<std::string> field;
    };
    constexpr std::size_t remembered_places = 64;
    thread_local std::array<seen, remembered_places> last{};
    if (place >= remembered_places) {
        return field_named(words, key);
    }
    seen& s = last[place];
    if (s.words != words_id || !same_key(s.key, key)) {
        const std::string* field = field_named(words, key);
        s.words = words_id;
        s.key = key;
        s.field = field == nullptr ? std::nullopt : std::optional<std::string>(*field);
    }
    return s.field ? &*s.field : nullptr;
}

// `item`: the indicator's number from 1, or 0 for the document's own fields
// (named in a warning; the prefix is built only then: this runs for every key).
void rename_keys(json_object& o, const std::unordered_map<std::string, std::string>& words,
                 std::uint64_t words_id, std::size_t item, std::vector<message>& warnings) {
    bool renamed = false;
    std::size_t place = 0;
    for (auto& [key, value] : o) {
        // A document's own keys and its indicators' are remembered apart.
        const std::string* field = field_at(words, words_id, place++ + (item == 0 ? 0 : 32), key);
        if (field == nullptr || *field == key) {
            continue; // the common case: already the field's own name, no copy
        }
        if (o.find(*field) != nullptr) {
            std::string where =
                item == 0 ? std::string() : "指标第 " + std::to_string(item) + " 项：";
            warnings.push_back(
                {where + "「" + key + "」与「" + *field + "」是同一栏，采用「" + *field + "」",
                 where + "'" + key + "' and '" + *field + "' are the same field; '" + *field +
                     "' is used"});
            continue;
        }
        key = *field;
        renamed = true;
    }
    if (renamed) {
        o.seal();
    }
}

} // namespace

selfeval_canonicalizer::selfeval_canonicalizer(const form_vocabulary& v) {
    static std::atomic<std::uint64_t> made{0};
    serial_ = ++made;
    index(fields_, v.fields);
    index(grid_, v.grid);
}

std::vector<message> selfeval_canonicalizer::operator()(json_value& doc) const {
    std::vector<message> warnings;
    json_object* o = doc.object();
    if (o == nullptr) {
        return warnings;
    }
    rename_keys(*o, fields_, 2 * serial_, 0, warnings);
    if (json_value* list = doc.find("指标"); list != nullptr && list->array() != nullptr) {
        std::size_t n = 0;
        for (json_value& item : *list->array()) {
            ++n;
            if (json_object* io = item.object()) {
                rename_keys(*io, grid_, 2 * serial_ + 1, n, warnings);
            }
        }
    }

    // Amounts with their unit: in the document's 金额单位 (given, or the first
    // unit written), as exact numbers.
    std::optional<std::string> unit;
    if (const json_value* u = doc.find("金额单位"); u != nullptr && u->string() != nullptr) {
        unit = amount_unit(*u->string());
        if (!unit) {
            warnings.push_back({"金额单位「" + *u->string() + "」不是 元 或 万元，未予换算",
                                "the 金额单位 '" + *u->string() +
                                    "' is neither 元 nor 万元; amounts are not converted"});
            return warnings;
        }
    }
    bool unit_given = unit.has_value();
    for (std::string_view field : amount_fields) {
        json_value* v = doc.find(field);
        if (v == nullptr || v->string() == nullptr) {
            continue;
        }
        written_amount a = split_amount(*v->string());
        if (a.unit.empty()) {
            continue;
        }
        try {
            decimal figure = parse_decimal(a.figure);
            if (!unit) {
                unit = a.unit; // the first amount written with its unit sets it
            }
            if (a.unit != *unit) {
                figure = a.unit == "万元" ? figure * decimal::from_int(10000)
                                          : figure * decimal::from_scaled(1, 4);
            }
            *v = json_value(figure);
        } catch (const number_syntax_error&) {
            // Left as written: the pack's 数值 reports it with its text.
        }
    }
    if (unit && !unit_given) {
        o->emplace_back("金额单位", json_value(*unit));
        o->seal();
    }
    return warnings;
}

} // namespace jixiao
