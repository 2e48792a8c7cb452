// Indicators already scored (selfeval/indicator_cache.hpp): the key of a
// record, and the bounded, shared store.
#include "selfeval/indicator_cache.hpp"

#include "lang/evaluate.hpp"
#include "lang/reads.hpp"
#include "number/decimal_parse.hpp"

#include <algorithm>
#include <cstdlib>
#include <functional>

namespace jixiao {
namespace {

bool same_message(const message& a, const message& b) {
    return a.zh == b.zh && a.en == b.en;
}

// n in `bytes` bytes, least significant first: the lengths in keys and entries.
void append_count(std::string& out, std::uint64_t n, int bytes) {
    for (int i = 0; i < bytes; ++i) {
        out += static_cast<char>((n >> (8 * i)) & 0xff);
    }
}

// A JSON value written so that two values have the same text exactly when
// they are the same to the pack: kind, then content, lengths before texts.
void append_value(std::string& out, const json_value& v, std::size_t limit) {
    if (out.size() > limit) {
        return; // the caller gives up on this key
    }
    auto count = [&](std::size_t n) { append_count(out, n, 4); }; // never compared as text
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

// An entry as the store keeps it: lengths before texts, a decimal as it
// prints (only results whose numbers have a finite decimal form are kept, and
// only when they read back the same: remember()).
class entry_writer {
  public:
    void flag(bool b) { out_ += b ? '1' : '0'; }
    void count(std::uint64_t n) { append_count(out_, n, 8); }
    void text(std::string_view t) {
        count(t.size());
        out_ += t;
    }
    void texts(const std::vector<std::string>& ts) {
        count(ts.size());
        for (const auto& t : ts) {
            text(t);
        }
    }
    bool number(const std::optional<decimal>& d) {
        flag(d.has_value());
        if (!d) {
            return true;
        }
        if (!d->is_finite_decimal()) {
            return false;
        }
        text(d->to_string());
        return true;
    }
    void optional_text(const std::optional<std::string>& t) {
        flag(t.has_value());
        if (t) {
            text(*t);
        }
    }
    std::string& bytes() { return out_; }

  private:
    std::string out_;
};

class entry_reader {
  public:
    explicit entry_reader(std::string_view in) : in_(in) {}
    bool flag() { return take(1) == "1"; }
    std::uint64_t count() {
        std::string_view b = take(8);
        std::uint64_t n = 0;
        for (int i = 7; i >= 0; --i) {
            n = n << 8 | static_cast<unsigned char>(b[static_cast<std::size_t>(i)]);
        }
        return n;
    }
    std::string text() { return std::string(take(count())); }
    std::vector<std::string> texts() {
        std::vector<std::string> ts(count());
        for (auto& t : ts) {
            t = text();
        }
        return ts;
    }
    std::optional<decimal> number() {
        if (!flag()) {
            return std::nullopt;
        }
        return parse_decimal(take(count()));
    }
    std::optional<std::string> optional_text() {
        if (!flag()) {
            return std::nullopt;
        }
        return text();
    }

  private:
    // The store gives back what was written, so the bytes are there.
    std::string_view take(std::uint64_t n) {
        std::string_view t = in_.substr(0, n);
        in_.remove_prefix(n);
        return t;
    }
    std::string_view in_;
};

std::optional<std::string> entry_bytes(const indicator_cache::entry& e) {
    const scored_indicator& r = e.result;
    entry_writer w;
    w.count(e.steps);
    w.count(e.bytes);
    w.flag(r.manual);
    if (r.error || !w.number(r.computed) || !w.number(r.score)) {
        return std::nullopt; // an error is never kept (indicator_cache.hpp)
    }
    w.text(r.method);
    w.text(r.explanation);
    w.texts(r.notes);
    w.texts(r.flags);
    w.count(r.warnings.size());
    for (const message& m : r.warnings) {
        w.text(m.zh);
        w.text(m.en);
    }
    w.optional_text(r.target);
    w.optional_text(r.actual);
    return std::move(w.bytes());
}

indicator_cache::entry entry_of(std::string_view bytes) {
    entry_reader in(bytes);
    indicator_cache::entry e;
    e.steps = in.count();
    e.bytes = in.count();
    scored_indicator& r = e.result;
    r.manual = in.flag();
    r.computed = in.number();
    r.score = in.number();
    r.method = in.text();
    r.explanation = in.text();
    r.notes = in.texts();
    r.flags = in.texts();
    r.warnings.resize(in.count());
    for (message& m : r.warnings) {
        m.zh = in.text();
        m.en = in.text();
    }
    r.target = in.optional_text();
    r.actual = in.optional_text();
    return e;
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

std::optional<indicator_cache::entry> indicator_cache::find(const std::string& key) {
    // The bytes are copied while locked (the store may change after) and read
    // after, so the other threads wait for a copy, not for a reading.
    thread_local std::string bytes;
    std::uint64_t hash = bounded_store::hash_of(key); // once, outside the lock
    shard& s = shard_of(hash);
    {
        std::lock_guard lock(s.mutex);
        ++s.tally.asked;
        std::optional<std::string_view> hit = s.store.find(key, hash);
        if (!hit) {
            return std::nullopt;
        }
        ++s.tally.found;
        bytes.assign(*hit);
    }
    return entry_of(bytes);
}

indicator_cache::counts indicator_cache::tally() const {
    counts sum;
    for (const shard& s : shards_) {
        std::lock_guard lock(s.mutex);
        sum.asked += s.tally.asked;
        sum.found += s.tally.found;
        sum.kept += s.tally.kept;
    }
    return sum;
}

bool indicator_cache::admit(const std::string& key) {
    std::uint64_t h = bounded_store::hash_of(key); // never 0, which marks an empty slot
    std::atomic<std::uint64_t>& slot = seen_[h % seen_.size()];
    return slot.exchange(h, std::memory_order_relaxed) == h;
}

void indicator_cache::remember(std::string key, entry e) {
    std::optional<std::string> bytes = entry_bytes(e);
    // Kept only when it reads back as it is, scale of every number included
    // (4.00 and 4 are equal but print differently): written again, the same bytes.
    if (!bytes || key.size() + bytes->size() > max_entry_bytes ||
        entry_bytes(entry_of(*bytes)) != bytes) {
        return;
    }
    std::uint64_t hash = bounded_store::hash_of(key);
    shard& s = shard_of(hash);
    std::lock_guard lock(s.mutex);
    if (s.store.put(key, *bytes, hash)) {
        ++s.tally.kept;
    }
}

} // namespace jixiao
