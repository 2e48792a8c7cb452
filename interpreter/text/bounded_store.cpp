// A store of byte strings in fixed memory (text/bounded_store.hpp).
#include "text/bounded_store.hpp"

#include <bit>
#include <cstring>
#include <functional>

namespace jixiao {

bounded_store::bounded_store(std::size_t generation_bytes, std::size_t slots)
    : generation_bytes_(generation_bytes), slots_(std::bit_ceil(slots < 4 ? 4 : slots)) {}

std::uint64_t bounded_store::hash_of(std::string_view key) noexcept {
    return std::hash<std::string_view>{}(key) | 1; // 0 marks an empty slot
}

std::string_view bounded_store::key_at(const slot& s) const noexcept {
    const std::byte* at = buffers_[s.generation].get() + s.offset;
    header h;
    std::memcpy(&h, at, sizeof h);
    return {reinterpret_cast<const char*>(at + sizeof h), h.key_bytes};
}

std::string_view bounded_store::value_at(const slot& s) const noexcept {
    const std::byte* at = buffers_[s.generation].get() + s.offset;
    header h;
    std::memcpy(&h, at, sizeof h);
    return {reinterpret_cast<const char*>(at + sizeof h + h.key_bytes), h.value_bytes};
}

bounded_store::slot& bounded_store::probe(std::uint64_t hash, std::string_view key) {
    std::size_t mask = slots_.size() - 1;
    for (std::size_t i = hash & mask;; i = (i + 1) & mask) {
        slot& s = slots_[i];
        if (s.hash == 0 || (s.hash == hash && key_at(s) == key)) {
            return s; // ends: the table is never more than three quarters full
        }
    }
}

bool bounded_store::append(std::string_view key, std::string_view value, slot& s) {
    std::size_t bytes = sizeof(header) + key.size() + value.size();
    if (used_[current_] + bytes > generation_bytes_) {
        return false;
    }
    std::byte* at = buffers_[current_].get() + used_[current_];
    header h{static_cast<std::uint32_t>(key.size()), static_cast<std::uint32_t>(value.size())};
    std::memcpy(at, &h, sizeof h);
    std::memcpy(at + sizeof h, key.data(), key.size());
    std::memcpy(at + sizeof h + key.size(), value.data(), value.size());
    s.offset = static_cast<std::uint32_t>(used_[current_]);
    s.generation = current_;
    used_[current_] += bytes;
    return true;
}

void bounded_store::turn() {
    // What the current generation holds becomes the older one; the older one's
    // entries go. The index is rebuilt from the survivors (no tombstones).
    std::vector<slot> kept;
    kept.reserve(count_);
    for (const slot& s : slots_) {
        if (s.hash != 0 && s.generation == current_) {
            kept.push_back(s);
        }
    }
    std::fill(slots_.begin(), slots_.end(), slot{});
    std::size_t mask = slots_.size() - 1;
    for (const slot& s : kept) {
        std::size_t i = s.hash & mask;
        while (slots_[i].hash != 0) {
            i = (i + 1) & mask;
        }
        slots_[i] = s;
    }
    count_ = kept.size();
    current_ = 1 - current_;
    used_[current_] = 0;
}

std::optional<std::string_view> bounded_store::find(std::string_view key, std::uint64_t hash) {
    if (count_ == 0) {
        return std::nullopt;
    }
    slot& s = probe(hash, key);
    if (s.hash == 0) {
        return std::nullopt;
    }
    if (s.generation != current_) {
        // Asked for again: into the current generation, so it outlives the
        // older one. When the current one is full it stays where it is (and
        // goes with it).
        slot moved = s;
        if (append(key, value_at(s), moved)) {
            s = moved;
        }
    }
    return value_at(s);
}

bool bounded_store::put(std::string_view key, std::string_view value, std::uint64_t hash) {
    std::size_t bytes = sizeof(header) + key.size() + value.size();
    if (bytes > generation_bytes_ / 8) {
        return false;
    }
    if (!buffers_[0]) {
        // Both at once, zeroed (so touched): the store's memory is taken
        // when it is first used and does not grow after.
        buffers_[0] = std::make_unique<std::byte[]>(generation_bytes_);
        buffers_[1] = std::make_unique<std::byte[]>(generation_bytes_);
    }
    if (probe(hash, key).hash != 0) {
        return false; // kept already (another thread scored it too)
    }
    // Room in the index and in the current generation; turning twice empties
    // everything, so this ends.
    while ((count_ + 1) * 4 > slots_.size() * 3 || used_[current_] + bytes > generation_bytes_) {
        turn();
    }
    slot& s = probe(hash, key);
    s.hash = hash;
    append(key, value, s);
    ++count_;
    return true;
}

} // namespace jixiao
