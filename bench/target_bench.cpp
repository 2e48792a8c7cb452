// Reading target literals: the per-indicator cost of a self-evaluation run.
#include "target/target.hpp"
#include "target/target_scratch.hpp"
#include "units/unit_registry.hpp"

#include <benchmark/benchmark.h>

namespace {

void read_one(benchmark::State& state, const char* text) {
    const auto& units = jixiao::unit_registry::standard();
    jixiao::target_context ctx;
    for (auto _ : state) {
        auto t = jixiao::parse_target(text, ctx, units);
        benchmark::DoNotOptimize(t);
    }
}

void BM_TargetComparison(benchmark::State& s) {
    read_one(s, "≥90%");
}
void BM_TargetCompoundUnit(benchmark::State& s) {
    read_one(s, "≤2.5元/平方米·月");
}
void BM_TargetMagnitude(benchmark::State& s) {
    read_one(s, "≥12万人");
}
void BM_TargetDeadline(benchmark::State& s) {
    read_one(s, "2026年底");
}
void BM_TargetQualitative(benchmark::State& s) {
    read_one(s, "及时及时");
}
// The grammar alone, against the same scan when the text's shape (digits
// masked) is already known to the thread, as for most actual values of a batch.
void scan_many(benchmark::State& state, bool remembered) {
    const char* texts[] = {"22.73元/人", "31.05元/人", "98.40元/人", "17.66元/人"};
    std::size_t i = 0;
    for (auto _ : state) {
        const char* text = texts[i++ % 4];
        auto st = remembered ? jixiao::detail::scan_target(text, "")
                             : jixiao::detail::scan_target_uncached(text, "");
        benchmark::DoNotOptimize(st);
    }
}
void BM_ScanActualGrammar(benchmark::State& s) {
    scan_many(s, false);
}
void BM_ScanActualShapeKnown(benchmark::State& s) {
    scan_many(s, true);
}
BENCHMARK(BM_ScanActualGrammar);
BENCHMARK(BM_ScanActualShapeKnown);

BENCHMARK(BM_TargetComparison);
BENCHMARK(BM_TargetCompoundUnit);
BENCHMARK(BM_TargetMagnitude);
BENCHMARK(BM_TargetDeadline);
BENCHMARK(BM_TargetQualitative);

} // namespace
