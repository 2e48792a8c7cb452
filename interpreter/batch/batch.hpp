// Batch runs over JSON Lines: one input line in, exactly one output line out,
// in input order, whatever the number of worker threads (issue: thousands to
// millions of documents per run).
//
// A reader cuts the input into chunks of lines, workers turn each chunk into
// output lines, and the writer emits chunks in sequence. At most a fixed
// number of chunks are in flight, so memory stays flat however long the
// input is; the analysed pack is shared read-only by all workers, and each
// record gets its own evaluator.
#pragma once

#include <any>
#include <chrono>
#include <cstddef>
#include <cstdint>
#include <functional>
#include <iosfwd>
#include <map>
#include <string>
#include <string_view>

namespace jixiao {

// What a worker makes of one input line.
struct batch_record {
    std::string json; // one line of JSON, without the newline
    bool error = false;
    std::string tally; // counted in the summary (the grade of a 自评, the worst status of a check)
    std::any attachment; // what the caller's on_record wants of the record (a reviewer's digest)
};

// Turns one line (1-based number `line`) into its output record. Called
// concurrently from several threads; must not throw.
using batch_work = std::function<batch_record(std::string_view text, std::uint64_t line)>;

struct batch_progress {
    std::uint64_t records = 0;
    std::uint64_t bytes = 0; // input bytes consumed so far
};

struct batch_options {
    unsigned jobs = 1;
    std::size_t lines_per_chunk = 64;
    // Called from the writer thread now and then (at most ~10 times a second).
    std::function<void(const batch_progress&)> on_progress;
    // Called from the writer thread for every record, in input order, after
    // its line is written, with the input line it came from (a summary
    // gathered while streaming keeps the few lines it will show).
    std::function<void(batch_record&, std::string_view line)> on_record;
};

struct batch_summary {
    std::uint64_t records = 0;
    std::uint64_t errors = 0;
    std::map<std::string, std::uint64_t> tallies;
    std::chrono::steady_clock::duration elapsed{};
};

// Reads `in` to its end, writing one line to `out` per input line. A final
// line without a newline is a line too; an empty input gives no output.
batch_summary run_batch(std::istream& in, std::ostream& out, const batch_work& work,
                        const batch_options& options);

} // namespace jixiao
