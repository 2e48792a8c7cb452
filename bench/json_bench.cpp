// Reading one generated project document (bench/data/project.json, 5.4 KB):
// the project's own reader against the nlohmann SAX reader it replaced (kept
// as the test oracle). Both build the same json_value with exact numbers.
#include "document/json_value.hpp"
#include "support/nlohmann_reader.hpp"

#include <benchmark/benchmark.h>

#include <fstream>
#include <sstream>

namespace {

std::string project_text() {
    std::ifstream in(std::string(JIXIAO_SOURCE_DIR) + "/bench/data/project.json", std::ios::binary);
    std::ostringstream s;
    s << in.rdbuf();
    return s.str();
}

void BM_ReadDocument(benchmark::State& state) {
    std::string text = project_text();
    for (auto _ : state) {
        jixiao::json_value doc = jixiao::parse_json(text);
        benchmark::DoNotOptimize(doc);
    }
    state.SetBytesProcessed(static_cast<std::int64_t>(state.iterations() * text.size()));
}
BENCHMARK(BM_ReadDocument)->Unit(benchmark::kMicrosecond);

void BM_ReadDocumentWithNlohmann(benchmark::State& state) {
    std::string text = project_text();
    for (auto _ : state) {
        jixiao::json_value doc = jixiao::testing::parse_json_with_nlohmann(text);
        benchmark::DoNotOptimize(doc);
    }
    state.SetBytesProcessed(static_cast<std::int64_t>(state.iterations() * text.size()));
}
BENCHMARK(BM_ReadDocumentWithNlohmann)->Unit(benchmark::kMicrosecond);

} // namespace
