// The caches a batch worker keeps between documents (指标值 texts read into
// targets, the grammar's reading of each shape of text, unit texts). They live
// as long as the thread, across every document of a batch, so each is bounded
// twice: in entries (a full cache is emptied, not grown) and in what one entry
// may hold (a text longer than max_cached_text_bytes is read every time and
// never kept: real 指标值 are under 100 bytes, and a hostile document may carry
// megabytes in one field). docs/limits.md lists them.
#pragma once

#include <cstddef>
#include <functional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <utility>

namespace jixiao {

inline constexpr std::size_t max_cached_text_bytes = 256;

// Hashes std::string and std::string_view alike, so a lookup by view copies
// nothing.
struct text_hash {
    using is_transparent = void;
    std::size_t operator()(std::string_view s) const noexcept {
        return std::hash<std::string_view>{}(s);
    }
};

template <typename Key, typename Value, typename Hash = text_hash, typename Equal = std::equal_to<>>
class bounded_cache {
  public:
    explicit bounded_cache(std::size_t max_entries) : max_entries_(max_entries) {}

    // The value kept for k, or nullptr (K: the key or a view of it).
    template <typename K> const Value* find(const K& k) const {
        auto hit = map_.find(k);
        return hit == map_.end() ? nullptr : &hit->second;
    }
    // Keeps (k, v) unless the texts of k are longer than max_cached_text_bytes.
    void remember(Key k, Value v, std::size_t text_bytes) {
        if (text_bytes > max_cached_text_bytes) {
            return;
        }
        if (map_.size() >= max_entries_) {
            map_.clear();
        }
        map_.emplace(std::move(k), std::move(v));
    }
    std::size_t size() const noexcept { return map_.size(); }

  private:
    std::size_t max_entries_;
    std::unordered_map<Key, Value, Hash, Equal> map_;
};

} // namespace jixiao
