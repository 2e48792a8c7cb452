// A store of byte strings by byte-string keys in a fixed amount of memory: what
// a batch keeps between documents when what it keeps varies in size.
//
// Entries of varying size kept in the heap and dropped when the store is full
// leave holes among the live ones, and the process grows with the batch (the
// indicator cache did: 26 MB at 10^4 projects, 30 MB at 10^6). Here entries
// are written one after the other into two buffers of fixed size, the
// generations, allocated and touched once when the first entry comes. New
// entries go into the current generation; when it is full, the older one is
// emptied at once and becomes the current one. An entry found in the older
// generation is copied into the current one, so what keeps being asked for
// survives and what was asked for once goes with its generation. The index is
// a fixed table of hashes (open addressing), rebuilt when a generation goes.
//
// Not synchronized: the owner holds its own lock around every call.
#pragma once

#include <cstddef>
#include <cstdint>
#include <memory>
#include <optional>
#include <string_view>
#include <vector>

namespace jixiao {

class bounded_store {
  public:
    // generation_bytes: the size of each of the two buffers; slots: entries
    // the index can hold, rounded up to a power of two (it is kept at most
    // three quarters full).
    bounded_store(std::size_t generation_bytes, std::size_t slots);

    // The value kept for `key`, valid until the store is next changed (the
    // next find or put), or nullopt.
    std::optional<std::string_view> find(std::string_view key) { return find(key, hash_of(key)); }
    // Keeps `value` for `key`; false when the entry is larger than an eighth
    // of a generation, or when the key is kept already (its value stays).
    bool put(std::string_view key, std::string_view value) { return put(key, value, hash_of(key)); }
    // The key's hash as the store uses it (never 0). An owner that already
    // hashed the key (to choose a lock) passes it to the overloads below,
    // which take it to be hash_of(key).
    static std::uint64_t hash_of(std::string_view key) noexcept;
    std::optional<std::string_view> find(std::string_view key, std::uint64_t hash);
    bool put(std::string_view key, std::string_view value, std::uint64_t hash);

    std::size_t size() const noexcept { return count_; }
    // The bytes the store holds whatever it keeps (both generations and the index).
    std::size_t footprint() const noexcept {
        return 2 * generation_bytes_ + slots_.size() * sizeof(slot);
    }

  private:
    struct slot {
        std::uint64_t hash = 0; // 0: empty
        std::uint32_t offset = 0;
        std::uint32_t generation = 0;
    };
    struct header {
        std::uint32_t key_bytes, value_bytes;
    };
    // The slot holding `key`, or the empty slot where it would go.
    slot& probe(std::uint64_t hash, std::string_view key);
    std::string_view key_at(const slot& s) const noexcept;
    std::string_view value_at(const slot& s) const noexcept;
    // Writes the entry at the end of the current generation; false if full.
    bool append(std::string_view key, std::string_view value, slot& s);
    // Empties the older generation and makes it the current one.
    void turn();

    std::size_t generation_bytes_;
    std::vector<slot> slots_;
    std::unique_ptr<std::byte[]> buffers_[2];
    std::size_t used_[2] = {0, 0};
    std::uint32_t current_ = 0;
    std::size_t count_ = 0;
};

} // namespace jixiao
