// One project scored with the national pack: the unit of work of a batch run.
#include "pack/pack.hpp"
#include "selfeval/selfeval.hpp"
#include "units/unit_registry.hpp"

#include <benchmark/benchmark.h>

#include <fstream>
#include <sstream>

namespace {

std::string read(const std::string& path) {
    std::ifstream in(path, std::ios::binary);
    std::ostringstream s;
    s << in.rdbuf();
    return s.str();
}

void BM_ScoreOneProject(benchmark::State& state) {
    const std::string root = JIXIAO_SOURCE_DIR;
    auto pack =
        jixiao::load_pack(root + "/rules/national-selfeval", jixiao::unit_registry::standard());
    std::string text = read(root + "/examples/selfeval/000-档案室机房租赁经费.json");
    for (auto _ : state) {
        jixiao::json_value doc = jixiao::parse_json(text);
        auto report = jixiao::evaluate_selfeval(pack.program, doc);
        std::string out = jixiao::to_json(report, jixiao::lang::zh).dump();
        benchmark::DoNotOptimize(out);
    }
    state.counters["indicators"] = 8;
}
BENCHMARK(BM_ScoreOneProject)->Unit(benchmark::kMicrosecond);

} // namespace
