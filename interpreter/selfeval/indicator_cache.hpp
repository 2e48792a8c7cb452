// Indicators already scored, for the next record that is the same to the pack.
//
// A batch of 自评 repeats itself: "服务对象满意度 ≥90%, 实际 95%, 分值 10", "及时 /
// 达成预期指标" recur across thousands of projects with only the indicator's name
// changed. The pack's contract functions are pure, so when they read neither
// the document (输入, a rule) nor a field by a computed name, an indicator's
// scores, explanation, notes, flags and warnings are a function of the fields
// they read (lang/reads.hpp) and of its 得分. A record that agrees with one
// scored before on those fields gets its result without evaluating anything.
//
// The output is the same with or without the cache, whatever the order of
// documents and threads:
//  - only a result without any error is kept (an error message may name the
//    record's place in the document), and only one that a fresh evaluator,
//    with nothing remembered, gives the same: scoring it used nothing its
//    document had evaluated before (evaluator::begin_part, so it is what a
//    fresh evaluator gives, at the steps and bytes it would take), or a fresh
//    evaluator scored it again and gave the same;
//  - reusing it charges the document the steps and bytes that fresh
//    evaluation takes, which is never less than computing it in the document
//    would take (a document's evaluator only has more already computed), so a
//    document that stays within its limits with reuse stays within them
//    without; one that reaches a limit is evaluated again without the cache
//    (evaluate_selfeval).
// Bounded: the results are kept as bytes in a fixed store (text/bounded_store.hpp:
// two generations, so what recurs stays and what came twice goes), and per
// entry; a key seen once is only noted (most records of a batch are unique,
// and a cache that kept them would keep nothing that repeats). Shared by a
// batch's threads, in shards by the key's hash, each with its own lock and
// store: with one lock, two workers found it held at one lookup in 23 and
// waited for the kernel to wake them (measured, 20,000 projects).
// JIXIAO_NO_INDICATOR_CACHE=1 (or JIXIAO_REFERENCE_EVALUATOR=1) turns it off:
// bench/run.sh reports the batch both ways.
#pragma once

#include "diag/diagnostic.hpp"
#include "document/json_value.hpp"
#include "lang/program.hpp"
#include "number/decimal.hpp"
#include "text/bounded_store.hpp"

#include <array>
#include <atomic>
#include <cstdint>
#include <memory>
#include <mutex>
#include <optional>
#include <span>
#include <string>
#include <vector>

namespace jixiao {

// What scoring one indicator sets in its row (the rest is the document's:
// read_selfeval).
struct scored_indicator {
    bool manual = false;
    std::optional<decimal> computed, score;
    std::string method, explanation;
    std::vector<std::string> notes, flags;
    std::vector<message> warnings;
    std::optional<message> error;
    std::optional<std::string> target, actual; // the pack's texts, where it gives them
};
bool same_result(const scored_indicator& a, const scored_indicator& b);

class indicator_cache {
  public:
    struct entry {
        scored_indicator result;
        std::uint64_t steps = 0, bytes = 0; // what computing it took, nothing remembered
    };

    // A cache for the contract functions `contract` of `pack`, or nullptr when
    // their results are not the record's alone (they read the document or a
    // field by a computed name) or when the whole process evaluates as the
    // reference does (JIXIAO_REFERENCE_EVALUATOR).
    static std::unique_ptr<indicator_cache> for_pack(const jx::program& pack,
                                                     std::span<const std::uint32_t> contract);

    // The record as the contract sees it: the fields it reads and 得分 (the
    // engine's own), or nullopt when longer than max_key_bytes.
    std::optional<std::string> key_of(const json_value& record) const;
    std::optional<entry> find(const std::string& key);
    // Whether a result for `key` is worth keeping: it was asked for before.
    bool admit(const std::string& key);
    void remember(std::string key, entry e);

    // How often a result was asked for and found, and how many were kept
    // (for tests and the benchmark's report).
    struct counts {
        std::uint64_t asked = 0, found = 0, kept = 0;
    };
    counts tally() const;

    static constexpr std::size_t max_key_bytes = 1024;
    static constexpr std::size_t max_entry_bytes = 16u << 10;
    // Each of the store's two generations, all shards together: 4 MiB keeps
    // every indicator that recurs in 20,000 generated projects (13,831 of
    // them, under 300 bytes each).
    static constexpr std::size_t generation_bytes = 4u << 20;
    static constexpr std::size_t shards = 16;
    static_assert(shards <= 16 && (shards & (shards - 1)) == 0, "shard_of takes 4 top bits");

  private:
    indicator_cache(std::vector<std::string> fields, bool whole_record)
        : fields_(std::move(fields)), whole_record_(whole_record) {}

    std::vector<std::string> fields_; // the fields read, sorted, and 得分
    bool whole_record_;               // a field is read by a computed name
    struct shard {
        mutable std::mutex mutex;
        bounded_store store{generation_bytes / shards, generation_bytes / 64 / shards};
        counts tally;
    };
    // The shard of a key's hash: its top bits (the store's index uses the low ones).
    shard& shard_of(std::uint64_t hash) noexcept { return shards_[hash >> 60 & (shards - 1)]; }
    std::array<shard, shards> shards_;
    // Fingerprints of keys asked for once, one per slot (a later key may take
    // the slot: the note is forgotten, never wrong, so a race between two
    // threads on a slot is harmless too).
    std::vector<std::atomic<std::uint64_t>> seen_ =
        std::vector<std::atomic<std::uint64_t>>(1u << 16);
};

} // namespace jixiao
