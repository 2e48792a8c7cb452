#include "batch/batch.hpp"

#include "text/read_bounded.hpp"

#include <nlohmann/json.hpp>

#if defined(__GLIBC__)
#include <malloc.h>
#endif

#include <condition_variable>
#include <deque>
#include <istream>
#include <mutex>
#include <optional>
#include <ostream>
#include <thread>
#include <vector>

namespace jixiao {

namespace {

struct chunk {
    std::uint64_t sequence = 0;
    std::uint64_t first_line = 1;
    std::uint64_t bytes = 0;
    std::vector<std::string> lines;
    std::vector<batch_record> results;
};

// A bounded hand-off between the stages: the reader blocks when the workers
// fall behind, the workers when the writer does.
class pipeline {
  public:
    explicit pipeline(std::size_t in_flight) : in_flight_(in_flight) {}

    // Reader: waits until fewer than `in_flight` chunks are anywhere in the pipeline.
    void push_input(chunk c) {
        std::unique_lock lock(m_);
        room_.wait(lock, [&] { return count_ < in_flight_; });
        ++count_;
        inputs_.push_back(std::move(c));
        work_ready_.notify_one();
    }
    void close_input() {
        std::lock_guard lock(m_);
        closed_ = true;
        work_ready_.notify_all();
        done_ready_.notify_all();
    }
    // Worker: the next chunk to process, or nothing when the input is over.
    std::optional<chunk> pop_input() {
        std::unique_lock lock(m_);
        work_ready_.wait(lock, [&] { return !inputs_.empty() || closed_; });
        if (inputs_.empty()) {
            return std::nullopt;
        }
        chunk c = std::move(inputs_.front());
        inputs_.pop_front();
        return c;
    }
    void push_done(chunk c) {
        std::lock_guard lock(m_);
        done_.emplace(c.sequence, std::move(c));
        done_ready_.notify_one();
    }
    // Writer: the chunk with sequence `next`, in order; nothing when all are written.
    std::optional<chunk> pop_done(std::uint64_t next, std::uint64_t& total_known) {
        std::unique_lock lock(m_);
        done_ready_.wait(lock,
                         [&] { return done_.count(next) != 0 || (closed_ && next >= sequences_); });
        total_known = sequences_;
        auto it = done_.find(next);
        if (it == done_.end()) {
            return std::nullopt;
        }
        chunk c = std::move(it->second);
        done_.erase(it);
        --count_;
        room_.notify_one();
        return c;
    }
    void count_sequence() {
        std::lock_guard lock(m_);
        ++sequences_;
    }

  private:
    std::mutex m_;
    std::condition_variable room_, work_ready_, done_ready_;
    std::deque<chunk> inputs_;
    std::map<std::uint64_t, chunk> done_;
    std::size_t in_flight_;
    std::size_t count_ = 0;
    std::uint64_t sequences_ = 0;
    bool closed_ = false;
};

} // namespace

// Reads one line into `text`, keeping at most `limit` bytes of it: a 10 GB
// line is consumed and dropped, never held, and its record reports the size
// limit. False at the end of the input.
bool read_line(std::istream& in, std::string& text, std::size_t limit) {
    text.clear();
    char buffer[1 << 16];
    bool any = false;
    for (;;) {
        in.getline(buffer, sizeof buffer);
        auto n = static_cast<std::size_t>(in.gcount());
        bool full = in.fail() && !in.eof() && n == sizeof buffer - 1;
        std::size_t stored = full || in.eof() ? n : n - 1; // gcount counts the newline
        any = any || n > 0;
        text.append(buffer, std::min(stored, limit - std::min(limit, text.size())));
        if (full) {
            in.clear(in.rdstate() & ~std::ios::failbit);
            continue;
        }
        return in.eof() ? any : true;
    }
}

batch_summary run_batch(std::istream& in, std::ostream& out, const batch_work& work,
                        const batch_options& options) {
    auto start = std::chrono::steady_clock::now();
    unsigned jobs = options.jobs == 0 ? 1 : options.jobs;
    std::size_t per_chunk = options.lines_per_chunk == 0 ? 1 : options.lines_per_chunk;
    pipeline p(static_cast<std::size_t>(jobs) * 4);

    std::thread reader([&] {
        std::uint64_t line = 1;
        std::uint64_t sequence = 0;
        chunk c;
        std::string text;
        auto flush = [&] {
            if (c.lines.empty()) {
                return;
            }
            c.sequence = sequence++;
            p.count_sequence();
            chunk next;
            next.first_line = line;
            std::swap(c, next);
            p.push_input(std::move(next));
        };
        c.first_line = line;
        while (read_line(in, text, max_file_read)) {
            c.bytes += text.size() + 1;
            c.lines.push_back(std::move(text));
            text.clear();
            ++line;
            if (c.lines.size() >= per_chunk) {
                flush();
            }
        }
        flush();
        p.close_input();
    });

    std::vector<std::thread> workers;
    for (unsigned i = 0; i < jobs; ++i) {
        workers.emplace_back([&] {
            while (auto c = p.pop_input()) {
                c->results.reserve(c->lines.size());
                for (std::size_t k = 0; k < c->lines.size(); ++k) {
                    std::uint64_t line = c->first_line + k;
                    try {
                        c->results.push_back(work(c->lines[k], line));
                    } catch (const std::exception& e) {
                        // The work function reports its own errors; this is a last
                        // resort so one record can never stop the run.
                        nlohmann::json j;
                        j["line"] = line;
                        j["error"] = std::string("内部错误 / internal error: ") + e.what();
                        c->results.push_back(
                            {j.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace),
                             true,
                             {},
                             {}});
                    }
                }
                if (!options.on_record) {
                    c->lines.clear(); // else kept for on_record, which sees each line
                    c->lines.shrink_to_fit();
                }
                p.push_done(std::move(*c));
            }
        });
    }

    batch_summary summary;
    batch_progress progress;
    auto last_report = start;
    std::uint64_t next = 0;
    std::uint64_t total = 0;
    while (auto c = p.pop_done(next, total)) {
        for (std::size_t k = 0; k < c->results.size(); ++k) {
            batch_record& r = c->results[k];
            out << r.json << '\n';
            ++summary.records;
            summary.errors += r.error ? 1 : 0;
            if (!r.tally.empty()) {
                ++summary.tallies[r.tally];
            }
            if (options.on_record) {
                options.on_record(r, c->lines[k]);
            }
        }
        progress.records = summary.records;
        progress.bytes += c->bytes;
        ++next;
#if defined(__GLIBC__)
        // Lines are made on the reader's thread and results on the workers',
        // and freed on others; glibc's per-thread arenas then keep free pages
        // between live blocks, and RSS crept up by 15 % over a million
        // records. Giving whole free pages back now and then keeps it flat.
        // (The jixiao command allocates with mimalloc, whose pages go back to
        // the thread that owns them; this is for a build without it.)
        if (next % 256 == 0) {
            malloc_trim(0);
        }
#endif
        auto now = std::chrono::steady_clock::now();
        if (options.on_progress && now - last_report > std::chrono::milliseconds(100)) {
            options.on_progress(progress);
            last_report = now;
        }
    }
    reader.join();
    for (auto& w : workers) {
        w.join();
    }
    out.flush();
    if (options.on_progress) {
        options.on_progress(progress);
    }
    summary.elapsed = std::chrono::steady_clock::now() - start;
    return summary;
}

} // namespace jixiao
