// Reading target literals: the per-indicator cost of a self-evaluation run.
#include "target/target.hpp"
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
BENCHMARK(BM_TargetComparison);
BENCHMARK(BM_TargetCompoundUnit);
BENCHMARK(BM_TargetMagnitude);
BENCHMARK(BM_TargetDeadline);
BENCHMARK(BM_TargetQualitative);

} // namespace
