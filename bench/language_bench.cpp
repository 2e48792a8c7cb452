// Parse + analysis of a large rule file (5,000 lines), and evaluation of a
// small scoring program: the fixed cost of loading a pack, and the per-rule cost.
// And a check over a table of N rows, whose cost should grow with N, not N².
#include "document/json_value.hpp"
#include "lang/driver.hpp"
#include "lang/render.hpp"
#include "units/unit_registry.hpp"

#include <benchmark/benchmark.h>

#include <string>

namespace {

// 5,000 lines: params, functions, grades and rules that use them, with comments.
std::string large_program() {
    std::string s = "# generated: 5,000 lines\n";
    s += "等级 自评等级 { 优 若 ≥ 90；良 若 ≥ 80；中 若 ≥ 60；差 其他 }\n";
    int lines = 1;
    for (int i = 0; lines < 5000; ++i) {
        std::string n = std::to_string(i);
        s += "# 第 " + n + " 组\n";
        s += "参数 权重" + n + " = " + std::to_string(i % 10 + 1) + "\n";
        s += "函数 得分" + n + "(实际, 目标) = 若 实际 ≥ 目标 则 权重" + n + " 否则 四舍五入(权重" +
             n + " × 实际 / 目标, 2)\n";
        s += "规则 指标" + n + " = 得分" + n + "(" + std::to_string(100 + i) + "人, 400人)\n";
        s += "规则 等级" + n + " = 自评等级(指标" + n + " × 10)\n";
        lines += 5;
    }
    return s;
}

void BM_ParseAnalyse5000Lines(benchmark::State& state) {
    std::string src = large_program();
    const auto& units = jixiao::unit_registry::standard();
    for (auto _ : state) {
        auto p = jixiao::jx::load_program({{"large.jx", src}}, units);
        benchmark::DoNotOptimize(p);
    }
    state.counters["bytes"] = static_cast<double>(src.size());
}
BENCHMARK(BM_ParseAnalyse5000Lines)->Unit(benchmark::kMillisecond);

void BM_Evaluate5000Lines(benchmark::State& state) {
    std::string src = large_program();
    const auto& units = jixiao::unit_registry::standard();
    auto p = jixiao::jx::load_program({{"large.jx", src}}, units);
    for (auto _ : state) {
        jixiao::jx::evaluator ev(p, nullptr);
        auto r = jixiao::jx::run_all(p, ev);
        benchmark::DoNotOptimize(r);
    }
    state.counters["rules"] = static_cast<double>(p.rules.size());
}
BENCHMARK(BM_Evaluate5000Lines)->Unit(benchmark::kMillisecond);

// 核对 合计: the sum of N rows' 金额 against their printed total, tolerance
// inferred from every figure read (each listed once).
void BM_CheckOverRows(benchmark::State& state) {
    auto rows = static_cast<std::int64_t>(state.range(0));
    std::string doc = "{\"行\": [";
    for (std::int64_t i = 1; i <= rows; ++i) {
        doc += (i > 1 ? ", " : "") + std::string("{\"金额\": ") + std::to_string(i) + "}";
    }
    doc += "], \"合计\": " + std::to_string(rows * (rows + 1) / 2) + "}";
    jixiao::json_value input = jixiao::parse_json(doc);
    const auto& units = jixiao::unit_registry::standard();
    auto p = jixiao::jx::load_program(
        {{"check.jx", "核对 合计: 求和(对每个 x 属于 输入.行 取 x.金额) = 输入.合计 容差 ≈\n"}},
        units);
    for (auto _ : state) {
        jixiao::jx::evaluator ev(p, &input);
        auto r = jixiao::jx::run_all(p, ev);
        benchmark::DoNotOptimize(r);
    }
    state.SetComplexityN(rows);
}
BENCHMARK(BM_CheckOverRows)
    ->RangeMultiplier(10)
    ->Range(1'000, 100'000)
    ->Unit(benchmark::kMillisecond)
    ->Complexity();

} // namespace
