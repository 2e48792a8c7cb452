// The hot paths of exact decimal arithmetic, on the values budget documents
// hold: small decimals with two or three places.
#include "number/decimal.hpp"
#include "number/decimal_parse.hpp"

#include <benchmark/benchmark.h>

#include <vector>

namespace {

using jixiao::decimal;

std::vector<decimal> amounts() {
    // 全年执行数 / 全年预算数 style figures, fixed so runs compare.
    const char* texts[] = {"294.8", "254.984", "25.6", "3.036", "451200", "0.45", "118000", "7"};
    std::vector<decimal> v;
    for (const char* t : texts) {
        v.push_back(jixiao::parse_decimal(t));
    }
    return v;
}

void BM_DecimalAdd(benchmark::State& state) {
    auto v = amounts();
    std::size_t i = 0;
    for (auto _ : state) {
        decimal r = v[i & 7] + v[(i + 3) & 7];
        benchmark::DoNotOptimize(r);
        ++i;
    }
}
BENCHMARK(BM_DecimalAdd);

void BM_DecimalMultiply(benchmark::State& state) {
    auto v = amounts();
    std::size_t i = 0;
    for (auto _ : state) {
        decimal r = v[i & 7] * v[(i + 5) & 7];
        benchmark::DoNotOptimize(r);
        ++i;
    }
}
BENCHMARK(BM_DecimalMultiply);

// 7 × 151 / 400 → 四舍五入(2): a finite quotient stays on the fast path.
void BM_DecimalDivideRoundFinite(benchmark::State& state) {
    decimal w = decimal::from_int(7);
    decimal a = decimal::from_int(151);
    decimal t = decimal::from_int(400);
    for (auto _ : state) {
        decimal r = (w * a / t).round(2, jixiao::rounding_mode::half_up);
        benchmark::DoNotOptimize(r);
    }
}
BENCHMARK(BM_DecimalDivideRoundFinite);

// 254.984 / 294.8 × 10 → 四舍五入(2): a repeating quotient takes the rational path.
void BM_DecimalDivideRoundRepeating(benchmark::State& state) {
    decimal a = jixiao::parse_decimal("254.984");
    decimal b = jixiao::parse_decimal("294.8");
    decimal ten = decimal::from_int(10);
    for (auto _ : state) {
        decimal r = (a / b * ten).round(2, jixiao::rounding_mode::half_up);
        benchmark::DoNotOptimize(r);
    }
}
BENCHMARK(BM_DecimalDivideRoundRepeating);

void BM_DecimalCompare(benchmark::State& state) {
    auto v = amounts();
    std::size_t i = 0;
    for (auto _ : state) {
        bool r = v[i & 7] < v[(i + 1) & 7];
        benchmark::DoNotOptimize(r);
        ++i;
    }
}
BENCHMARK(BM_DecimalCompare);

void BM_DecimalParse(benchmark::State& state) {
    for (auto _ : state) {
        decimal r = jixiao::parse_decimal("1,618.788");
        benchmark::DoNotOptimize(r);
    }
}
BENCHMARK(BM_DecimalParse);

void BM_DecimalToString(benchmark::State& state) {
    decimal d = jixiao::parse_decimal("254.984");
    for (auto _ : state) {
        std::string s = d.to_string();
        benchmark::DoNotOptimize(s);
    }
}
BENCHMARK(BM_DecimalToString);

} // namespace
