// Indicators already scored (selfeval/indicator_cache.hpp): the key of a
// record, and the bounded, shared store.
#include "selfeval/indicator_cache.hpp"

#include "lang/evaluate.hpp"
#include "lang/reads.hpp"

#include <algorithm>
#include <cstdlib>
#include <functional>

namespace jixiao {
namespace {

bool same_message(const message& a, const message& b) {
    return a.zh == b.zh && a.en == b.en;
}

// A JSON value written so that two values have the same text exactly when
// they are the same to the pack: kind, then content, lengths before texts.
void append_value(std::string& out, const json_value& v, std::size_t limit) {
    if (out.size() > limit) {
        return; // the caller gives up on this key
    }
    auto count = [&](std::size_t n) { // four bytes: a key is never compared as text
        for (int i = 0; i < 4; ++i) {
            out += static_cast<char>((n >> (8 * i)) & 0xff);
        }
    };
    auto text = [&](std::string_view t) {
        if (out.size() + t.size() > limit) {
            out.resize(limit + 1); // too long to keep: not copied
            return;
        }
        count(t.size());
        out += t;
    };
    switch (v.which()) {
    case json_value::kind::null:
        out += 'n';
        return;
    case json_value::kind::boolean:
        out += *v.boolean() ? 't' : 'f';
        return;
    case json_value::kind::number:
        out += '#';
        text(v.number()->to_fraction_string());
        return;
    case json_value::kind::string:
        out += 's';
        text(*v.string());
        return;
    case json_value::kind::array:
        out += '[';
        count(v.array()->size());
        for (const json_value& item : *v.array()) {
            append_value(out, item, limit);
        }
        return;
    case json_value::kind::object:
        out += '{';
        count(v.object()->size());
        for (const auto& [k, item] : *v.object()) {
            text(k);
            append_value(out, item, limit);
        }
        return;
    }
}

std::size_t bytes_of(const scored_indicator& r) {
    std::size_t n = sizeof(scored_indicator) + r.method.size() + r.explanation.size();
    for (const auto& t : r.notes) {
        n += sizeof(t) + t.size();
    }
    for (const auto& t : r.flags) {
        n += sizeof(t) + t.size();
    }
    for (const auto& m : r.warnings) {
        n += sizeof(m) + m.zh.size() + m.en.size();
    }
    n += r.target ? r.target->size() : 0;
    n += r.actual ? r.actual->size() : 0;
    return n;
}

} // namespace

bool same_result(const scored_indicator& a, const scored_indicator& b) {
    auto same_messages = [](const std::vector<message>& x, const std::vector<message>& y) {
        return std::equal(x.begin(), x.end(), y.begin(), y.end(), same_message);
    };
    return a.manual == b.manual && a.computed == b.computed && a.score == b.score &&
           a.method == b.method && a.explanation == b.explanation && a.notes == b.notes &&
           a.flags == b.flags && same_messages(a.warnings, b.warnings) &&
           a.error.has_value() == b.error.has_value() &&
           (!a.error || same_message(*a.error, *b.error)) && a.target == b.target &&
           a.actual == b.actual;
}

std::unique_ptr<indicator_cache>
indicator_cache::for_pack(const jx::program& pack, std::span<const std::uint32_t> contract) {
    if (jx::evaluator::reference_evaluator() ||
        std::getenv("JIXIAO_NO_INDICATOR_CACHE") != nullptr) {
        return nullptr;
    }
    jx::reads r = jx::what_calls_read(pack, contract);
    if (r.document) {
        return nullptr;
    }
    r.fields.push_back("得分"); // the engine reads it: whether a reviewer scored
    std::sort(r.fields.begin(), r.fields.end());
    r.fields.erase(std::unique(r.fields.begin(), r.fields.end()), r.fields.end());
    return std::unique_ptr<indicator_cache>(new indicator_cache(std::move(r.fields), r.any_field));
}

std::optional<std::string> indicator_cache::key_of(const json_value& record) const {
    std::string key;
    key.reserve(256);
    if (whole_record_) {
        append_value(key, record, max_key_bytes);
    } else {
        for (const std::string& f : fields_) {
            const json_value* v = record.find(f);
            if (v == nullptr) {
                key += '-';
            } else {
                append_value(key, *v, max_key_bytes);
            }
        }
    }
    if (key.size() > max_key_bytes) {
        return std::nullopt;
    }
    return key;
}

std::shared_ptr<const indicator_cache::entry> indicator_cache::find(const std::string& key) {
    std::lock_guard lock(mutex_);
    ++counts_.asked;
    auto hit = map_.find(key);
    if (hit == map_.end()) {
        return nullptr;
    }
    ++counts_.found;
    ++hit->second.uses;
    return hit->second.result;
}

void indicator_cache::sweep(std::size_t bytes) {
    for (auto it = map_.begin(); it != map_.end();) {
        if (it->second.uses == 0) {
            bytes_ -= it->second.bytes;
            it = map_.erase(it);
        } else {
            it->second.uses = 0;
            ++it;
        }
    }
    if (bytes_ + bytes > max_bytes / 4 * 3) { // most of it recurs: start again
        map_.clear();
        bytes_ = 0;
    }
}

indicator_cache::counts indicator_cache::tally() const {
    std::lock_guard lock(mutex_);
    return counts_;
}

bool indicator_cache::admit(const std::string& key) {
    std::uint64_t h = std::hash<std::string_view>{}(key) | 1; // 0 marks an empty slot
    std::lock_guard lock(mutex_);
    std::uint64_t& slot = seen_[h % seen_.size()];
    if (slot == h) {
        return true;
    }
    slot = h;
    return false;
}

void indicator_cache::remember(std::string key, entry e) {
    std::size_t bytes = key.size() + bytes_of(e.result) + 64;
    if (bytes > max_entry_bytes) {
        return;
    }
    auto result = std::make_shared<const entry>(std::move(e));
    std::lock_guard lock(mutex_);
    if (bytes_ + bytes > max_bytes) {
        sweep(bytes);
    }
    if (map_.emplace(std::move(key), kept{std::move(result), bytes, 0}).second) {
        bytes_ += bytes;
        ++counts_.kept;
    }
}

} // namespace jixiao
