#include "units/unit_registry.hpp"

#include "text/bounded_cache.hpp"

#include "text/utf8.hpp"

#include <algorithm>

namespace jixiao {
namespace {

[[noreturn]] void fail(diagnostic where, message text) {
    where.text = std::move(text);
    throw diagnostic_error(std::move(where));
}

std::size_t longest_match(std::string_view text, std::size_t pos, std::size_t longest,
                          const auto& table) {
    std::size_t max = std::min(longest, text.size() - pos);
    for (std::size_t len = max; len > 0; --len) {
        if (table.find(text.substr(pos, len)) != table.end()) {
            return len;
        }
    }
    return 0;
}

} // namespace

decimal pow10_decimal(int n) {
    decimal ten = decimal::from_int(10);
    decimal r = decimal::from_int(1);
    for (int i = 0; i < (n < 0 ? -n : n); ++i) {
        r = n < 0 ? r / ten : r * ten;
    }
    return r;
}

namespace {

bool is_factor_separator(char32_t cp) {
    return cp == U'·' || cp == U'•' || cp == U'*' || cp == U'×' || cp == U'、' || cp == 0x30FB ||
           cp == 0xFF65;
}

} // namespace

std::optional<unit_id> unit_registry::find(std::string_view name) const {
    auto it = names_.find(name);
    if (it == names_.end()) {
        return std::nullopt;
    }
    return it->second;
}

void unit_registry::declare_unit(const std::string& name,
                                 const std::optional<std::pair<decimal, std::string>>& def,
                                 const std::string& kind, const diagnostic& where) {
    if (decls_.size() >= 0xFFFF) {
        fail(where, {"单位过多", "too many units"});
    }
    auto id = static_cast<unit_id>(decls_.size());
    unit_declaration d{name, id, decimal::from_int(1), false, kind};
    if (def) {
        d.factor = def->first;
        if (def->second.empty()) {
            d.dimensionless = true;
        } else {
            auto base = find(def->second);
            if (!base) {
                fail(where, {"单位「" + name + "」换算所依据的单位「" + def->second + "」尚未声明",
                             "unit '" + name + "' converts to '" + def->second +
                                 "', which is not declared"});
            }
            const unit_declaration& b = decls_[*base];
            d.base = b.base;
            d.factor = def->first * b.factor;
            d.dimensionless = b.dimensionless;
            if (d.kind.empty()) {
                d.kind = b.kind;
            }
        }
        if (d.factor.sign() <= 0) {
            fail(where, {"单位「" + name + "」的换算系数须为正数",
                         "the factor of unit '" + name + "' must be positive"});
        }
    }
    if (names_.count(name) != 0 || magnitudes_.count(name) != 0) {
        fail(where, {"「" + name + "」已声明过", "'" + name + "' is already declared"});
    }
    decls_.push_back(std::move(d));
    names_.emplace(name, id);
    longest_name_ = std::max(longest_name_, name.size());
}

void unit_registry::declare_alias(const std::string& alias, const std::string& of,
                                  const diagnostic& where) {
    if (names_.count(alias) != 0 || magnitudes_.count(alias) != 0) {
        fail(where, {"「" + alias + "」已声明过", "'" + alias + "' is already declared"});
    }
    names_.emplace(alias, names_.at(of));
    longest_name_ = std::max(longest_name_, alias.size());
}

void unit_registry::declare_magnitude(const std::string& name, const decimal& value,
                                      const diagnostic& where) {
    if (names_.count(name) != 0 || magnitudes_.count(name) != 0) {
        fail(where, {"「" + name + "」已声明过", "'" + name + "' is already declared"});
    }
    if (value.sign() <= 0) {
        fail(where, {"量级「" + name + "」须为正数", "magnitude '" + name + "' must be positive"});
    }
    magnitudes_.emplace(name, value);
    longest_name_ = std::max(longest_name_, name.size());
}

void unit_registry::declare_tier_phrase(const std::string& tier, const std::string& phrase,
                                        const diagnostic& where) {
    tier_level level;
    if (tier == "达成" || tier == "achieved") {
        level = tier_level::achieved;
    } else if (tier == "部分达成" || tier == "partial") {
        level = tier_level::partial;
    } else if (tier == "未达成" || tier == "not_achieved") {
        level = tier_level::not_achieved;
    } else {
        fail(where, {"没有档次「" + tier + "」：档次为达成、部分达成、未达成",
                     "there is no tier '" + tier + "': the tiers are 达成, 部分达成 and 未达成"});
    }
    if (!tier_phrases_.emplace(phrase, level).second) {
        fail(where, {"档次用语「" + phrase + "」已声明过",
                     "the tier phrase '" + phrase + "' is already declared"});
    }
}

std::optional<tier_level> unit_registry::tier_of(std::string_view phrase) const {
    auto it = tier_phrases_.find(phrase);
    if (it == tier_phrases_.end()) {
        return std::nullopt;
    }
    return it->second;
}

// Unit texts repeat without end in a batch (元/人, 万元, %, 小时): each thread
// keeps those it has read, so a worker segments each once. Only for the
// standard registry, which lives as long as the process; bounded, so a stream
// of distinct texts cannot grow it. Errors are not kept (they are rare).
std::optional<parsed_unit> unit_registry::parse(std::string_view text,
                                                unit_text_error& error) const {
    if (this != &standard()) {
        return parse_text(text, error);
    }
    thread_local bounded_cache<std::string, parsed_unit> cache(1'024);
    if (const parsed_unit* hit = cache.find(text)) {
        return *hit;
    }
    auto parsed = parse_text(text, error);
    if (parsed) {
        cache.remember(std::string(text), *parsed, text.size());
    }
    return parsed;
}

std::optional<parsed_unit> unit_registry::parse_text(std::string_view original,
                                                     unit_text_error& error) const {
    // Match on a copy with full-width forms folded (％ is %), keeping the
    // original offset of every byte for error positions.
    std::string text;
    std::vector<std::size_t> origin;
    for (std::size_t p = 0; p < original.size();) {
        std::size_t start = p;
        char32_t cp = utf8::next(original, p);
        char32_t folded = utf8::fold_width(cp);
        std::size_t before = text.size();
        if (folded == cp) {
            text.append(original, start, p - start);
        } else {
            utf8::append(text, folded);
        }
        origin.insert(origin.end(), text.size() - before, start);
    }
    origin.push_back(original.size());
    auto optional_error = unit_text_error{};
    auto result = parse_folded(text, optional_error);
    if (!result) {
        error = optional_error;
        std::size_t end = std::min(error.offset + error.length, text.size());
        error.offset = origin[error.offset];
        error.length = origin[end] - error.offset;
    }
    return result;
}

// 万亿 is two, 百万亿 three; more is no amount anyone writes (and hundreds of 万
// would pass every number limit before they failed one).
constexpr int max_magnitude_words = 4;

std::optional<parsed_unit> unit_registry::parse_folded(std::string_view text,
                                                       unit_text_error& error) const {
    parsed_unit out;
    bool denominator = false;
    int magnitudes = 0;
    std::size_t pos = 0;
    auto unknown = [&](std::size_t at, message m) {
        error.offset = at;
        std::size_t end = at;
        utf8::next(text, end);
        error.length = end - at;
        error.text = std::move(m);
        return std::nullopt;
    };
    while (pos < text.size()) {
        std::size_t next = pos;
        char32_t cp = utf8::next(text, next);
        if (utf8::is_space(cp) || is_factor_separator(cp)) {
            pos = next;
            continue;
        }
        if (cp == U'/') {
            if (denominator) {
                return unknown(pos, {"单位中只能有一个「/」", "a unit may contain only one '/'"});
            }
            denominator = true;
            pos = next;
            if (text.substr(pos).starts_with("每")) { // 次/每年 is 次/年
                pos += std::string_view("每").size();
            }
            continue;
        }
        std::size_t unit_len = longest_match(text, pos, longest_name_, names_);
        std::size_t magnitude_len = longest_match(text, pos, longest_name_, magnitudes_);
        if (unit_len == 0 && magnitude_len == 0) {
            std::size_t end = pos;
            while (end < text.size()) {
                std::size_t p = end;
                char32_t c = utf8::next(text, p);
                if (c == U'/' || is_factor_separator(c) || utf8::is_space(c)) {
                    break;
                }
                end = p;
            }
            std::string word(text.substr(pos, end - pos));
            auto r = unknown(pos, {"未知的单位「" + word + "」", "unknown unit '" + word + "'"});
            error.length = end - pos;
            return r;
        }
        if (unit_len >= magnitude_len) {
            unit_id id = names_.find(text.substr(pos, unit_len))->second;
            std::int8_t e = denominator ? -1 : 1;
            bool merged = false;
            for (int i = 0; i < out.unit.count; ++i) {
                auto k = static_cast<std::size_t>(i);
                if (out.unit.id[k] == id) {
                    // 平方米·平方米 is 平方米^2 (unit::max_power).
                    int power = out.unit.exp[k] + e;
                    if (power > unit::max_power || power < -unit::max_power) {
                        return unknown(
                            pos,
                            {"单位的次数过高（最多 " + std::to_string(unit::max_power) + " 次）",
                             "a unit's power is at most " + std::to_string(unit::max_power)});
                    }
                    out.unit.exp[k] = static_cast<std::int8_t>(power);
                    merged = true;
                }
            }
            if (!merged) {
                if (out.unit.count == unit::max_factors) {
                    return unknown(pos, {"复合单位最多由 4 个单位组成",
                                         "a compound unit has at most 4 parts"});
                }
                out.unit.id[out.unit.count] = id;
                out.unit.exp[out.unit.count] = e;
                ++out.unit.count;
            }
            pos += unit_len;
        } else {
            if (++magnitudes > max_magnitude_words) {
                return unknown(pos, {"单位中的数量级词过多（最多 " +
                                         std::to_string(max_magnitude_words) + " 个，如「万亿」）",
                                     "too many magnitude words in a unit (at most " +
                                         std::to_string(max_magnitude_words) + ", as in 万亿)"});
            }
            const decimal& m = magnitudes_.find(text.substr(pos, magnitude_len))->second;
            out.magnitude = denominator ? out.magnitude / m : out.magnitude * m;
            out.had_magnitude = true;
            pos += magnitude_len;
        }
    }
    if (denominator && std::none_of(out.unit.exp.begin(), out.unit.exp.begin() + out.unit.count,
                                    [](std::int8_t e) { return e < 0; })) {
        return unknown(text.size() - 1, {"「/」之后应为单位", "expected a unit after '/'"});
    }
    return out;
}

std::string unit_registry::name(const unit& u) const {
    // The usual cases, no unit and one unit to the first power (人, 元, %),
    // without assembling the parts: every number in an explanation asks.
    if (u.pow10 == 0 && (u.count == 0 || (u.count == 1 && u.exp[0] == 1))) {
        return u.count == 0 ? std::string() : decls_[u.id[0]].name;
    }
    auto part = [&](bool numerator) {
        std::string s;
        for (int i = 0; i < u.count; ++i) {
            auto k = static_cast<std::size_t>(i);
            int e = u.exp[k];
            if (e == 0 || (e > 0) != numerator) {
                continue;
            }
            if (!s.empty()) {
                s += "·";
            }
            s += decls_[u.id[k]].name;
            int a = e < 0 ? -e : e;
            if (a > 1) {
                s += '^'; // two statements: GCC 12 misreports "^" + string (-Wrestrict)
                s += std::to_string(a);
            }
        }
        return s;
    };
    std::string num = part(true);
    std::string den = part(false);
    if (u.pow10 != 0) {
        std::string word;
        for (const auto& [w, m] : magnitudes_) {
            if (m == pow10_decimal(u.pow10)) {
                word = w;
            }
        }
        num = (word.empty() ? "10^" + std::to_string(u.pow10) + "·" : word) + num;
    }
    if (den.empty()) {
        return num;
    }
    return (num.empty() ? "1" : num) + "/" + den;
}

dimension unit_registry::dimension_of(const unit& u) const {
    dimension d;
    for (int i = 0; i < u.count; ++i) {
        auto k = static_cast<std::size_t>(i);
        const unit_declaration& decl = decls_[u.id[k]];
        if (decl.dimensionless || u.exp[k] == 0) {
            continue;
        }
        auto it = std::find_if(d.powers.begin(), d.powers.end(),
                               [&](const auto& p) { return p.first == decl.base; });
        if (it == d.powers.end()) {
            d.powers.emplace_back(decl.base, u.exp[k]);
        } else {
            it->second += u.exp[k];
        }
    }
    std::erase_if(d.powers, [](const auto& p) { return p.second == 0; });
    std::sort(d.powers.begin(), d.powers.end());
    return d;
}

decimal unit_registry::factor(const unit& u) const {
    decimal f = pow10_decimal(u.pow10);
    for (int i = 0; i < u.count; ++i) {
        auto k = static_cast<std::size_t>(i);
        const decimal& df = decls_[u.id[k]].factor;
        for (int e = 0; e < (u.exp[k] < 0 ? -u.exp[k] : u.exp[k]); ++e) {
            f = u.exp[k] < 0 ? f / df : f * df;
        }
    }
    return f;
}

bool unit_registry::comparable(const unit& a, const unit& b) const {
    return a == b || dimension_of(a) == dimension_of(b);
}

std::optional<message> unit_registry::mismatch(const unit& a, const unit& b) const {
    if (comparable(a, b)) {
        return std::nullopt;
    }
    auto shown = [&](const unit& u) { return u.empty() ? std::string("无单位") : name(u); };
    auto shown_en = [&](const unit& u) { return u.empty() ? std::string("no unit") : name(u); };
    return message{"单位「" + shown(a) + "」与「" + shown(b) + "」量纲不同，不能比较",
                   "cannot compare " + shown_en(a) + " with " + shown_en(b) +
                       ": they measure different things"};
}

decimal unit_registry::convert(const decimal& value, const unit& from, const unit& to) const {
    if (from == to) {
        return value;
    }
    return value * factor(from) / factor(to);
}

std::string unit_registry::kind(const unit& u) const {
    if (u.count == 1 && u.exp[0] == 1) {
        return decls_[u.id[0]].kind;
    }
    return {};
}

bool unit_registry::is_time(const unit& u) const {
    return kind(u) == "时间";
}

} // namespace jixiao
