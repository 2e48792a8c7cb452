// run_batch: one output line per input line, in input order, whatever the
// number of workers and however unevenly long each record takes.
#include "batch/batch.hpp"

#include <gtest/gtest.h>

#include <chrono>
#include <sstream>
#include <stdexcept>
#include <thread>

namespace jixiao {
namespace {

// Echoes "line:text"; some records take much longer than others.
batch_record echo(std::string_view text, std::uint64_t line) {
    if (line % 7 == 0) {
        std::this_thread::sleep_for(std::chrono::microseconds(200));
    }
    return {std::to_string(line) + ":" + std::string(text),
            text == "bad",
            std::string(text.substr(0, 1)),
            {}};
}

std::string run(const std::string& input, unsigned jobs, std::size_t per_chunk,
                batch_summary* summary = nullptr) {
    std::istringstream in(input);
    std::ostringstream out;
    batch_options o;
    o.jobs = jobs;
    o.lines_per_chunk = per_chunk;
    batch_summary s = run_batch(in, out, echo, o);
    if (summary != nullptr) {
        *summary = s;
    }
    return out.str();
}

TEST(Batch, EveryLineOnceInInputOrderForAnyNumberOfWorkers) {
    std::string input;
    std::string want;
    for (int i = 1; i <= 500; ++i) {
        input += "r" + std::to_string(i) + "\n";
        want += std::to_string(i) + ":r" + std::to_string(i) + "\n";
    }
    for (unsigned jobs : {1u, 2u, 3u, 8u}) {
        for (std::size_t chunk : {1u, 7u, 64u}) {
            EXPECT_EQ(run(input, jobs, chunk), want) << jobs << " jobs, " << chunk << " per chunk";
        }
    }
}

TEST(Batch, EmptyInputGivesNoOutput) {
    batch_summary s;
    EXPECT_EQ(run("", 2, 4, &s), "");
    EXPECT_EQ(s.records, 0u);
}

TEST(Batch, ALastLineWithoutNewlineIsALine) {
    EXPECT_EQ(run("a\nb", 2, 1), "1:a\n2:b\n");
}

TEST(Batch, BlankLinesAreLinesToo) {
    EXPECT_EQ(run("a\n\n\nb\n", 2, 2), "1:a\n2:\n3:\n4:b\n");
}

TEST(Batch, CountsErrorsAndTallies) {
    batch_summary s;
    run("bad\nok\nbad\nother\n", 3, 1, &s);
    EXPECT_EQ(s.records, 4u);
    EXPECT_EQ(s.errors, 2u);
    EXPECT_EQ(s.tallies["b"], 2u);
    EXPECT_EQ(s.tallies["o"], 2u);
}

TEST(Batch, AThrowingRecordBecomesAnErrorRecordAndTheRestGoOn) {
    std::istringstream in("1\nthrow\n3\n");
    std::ostringstream out;
    batch_options o;
    o.jobs = 2;
    batch_summary s = run_batch(
        in, out,
        [](std::string_view text, std::uint64_t line) -> batch_record {
            if (text == "throw") {
                throw std::runtime_error("boom");
            }
            return {std::to_string(line), false, {}, {}};
        },
        o);
    EXPECT_EQ(out.str(), "1\n{\"error\":\"内部错误 / internal error: boom\",\"line\":2}\n3\n");
    EXPECT_EQ(s.errors, 1u);
}

TEST(Batch, AVeryLongLineIsOneRecord) {
    std::string big(5u << 20, 'x');
    std::string out = run("a\n" + big + "\nb\n", 2, 1);
    EXPECT_EQ(out.size(), 4 + (2 + big.size() + 1) + 4);
    EXPECT_EQ(out.substr(out.size() - 4), "3:b\n");
}

// Lines are read in 64 KiB pieces: lengths at and around a piece's edge,
// with and without a final newline, come out whole and once.
TEST(Batch, LinesAroundTheReadBufferEdgeComeOutWhole) {
    for (std::size_t n : {65534u, 65535u, 65536u, 65537u, 131070u, 131071u, 131072u}) {
        std::string line(n, 'x');
        for (const char* end : {"\n", ""}) {
            std::string out = run("a\n" + line + "\nb" + end, 2, 1);
            EXPECT_EQ(out, "1:a\n2:" + line + "\n3:b\n") << n << (*end ? " with" : " without");
            out = run(line + end, 1, 1);
            EXPECT_EQ(out, "1:" + line + "\n") << n;
        }
    }
}

} // namespace
} // namespace jixiao
