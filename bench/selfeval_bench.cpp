// Scoring with the national pack: one indicator, one bundled project (8
// indicators), and one generated project as a batch run sees it (parse, score,
// write the result line).
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

// One indicator: ≥400人 against 151人, weight 7 (docs/domain.md §6: 2.64).
void BM_ScoreOneIndicator(benchmark::State& state) {
    const std::string root = JIXIAO_SOURCE_DIR;
    auto pack =
        jixiao::load_pack(root + "/rules/national-selfeval", jixiao::unit_registry::standard());
    std::string text = R"({"项目名称": "被评审人员", "全年预算数": 294.8, "全年执行数": 254.984,
        "指标": [{"一级指标": "产出指标", "二级指标": "数量指标", "三级指标": "被评审人员",
                  "年初指标值": "≥400人", "实际完成值": "151人", "分值": 7}]})";
    jixiao::json_value doc = jixiao::parse_json(text);
    for (auto _ : state) {
        auto report = jixiao::evaluate_selfeval(pack.program, doc);
        benchmark::DoNotOptimize(report);
    }
}
BENCHMARK(BM_ScoreOneIndicator)->Unit(benchmark::kMicrosecond);

// A generated project (bench/gen_projects.py 1: 27 indicators, 5.4 KB), as
// `jixiao eval --jsonl` handles it: parse, score, write the result line.
void BM_BatchRecord(benchmark::State& state) {
    const std::string root = JIXIAO_SOURCE_DIR;
    auto pack =
        jixiao::load_pack(root + "/rules/national-selfeval", jixiao::unit_registry::standard());
    std::string text = read(root + "/bench/data/project.json");
    for (auto _ : state) {
        jixiao::json_value doc = jixiao::parse_json(text);
        auto report = jixiao::evaluate_selfeval(pack.program, doc);
        std::string line = jixiao::to_json_line(report, jixiao::lang::zh, 1);
        benchmark::DoNotOptimize(line);
    }
    state.counters["bytes"] = static_cast<double>(text.size());
}
BENCHMARK(BM_BatchRecord)->Unit(benchmark::kMicrosecond);

} // namespace
