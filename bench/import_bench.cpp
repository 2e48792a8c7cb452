// Importing a published disclosure: the 79 KB text of 001
// (examples/disclosures/published, the largest seed) read into its disclosure document, tables and
// prose claims, and written as JSON. The goal is under 50 ms.
#include "import/import.hpp"
#include "import/write_document.hpp"

#include <benchmark/benchmark.h>

#include <filesystem>
#include <fstream>
#include <sstream>

namespace {

std::string seed_text() {
    std::filesystem::path dir = std::string(JIXIAO_SOURCE_DIR) + "/examples/disclosures/published";
    std::ifstream in(dir / "001_7a39c04ae9182609.txt", std::ios::binary);
    std::ostringstream s;
    s << in.rdbuf();
    return s.str();
}

void BM_ImportDisclosure(benchmark::State& state) {
    std::string text = seed_text();
    if (text.empty()) {
        state.SkipWithError("no examples/disclosures/published in the checkout");
        return;
    }
    for (auto _ : state) {
        auto src = jixiao::import::read_source(text, "001.txt");
        auto result = jixiao::import::import_disclosure(src, jixiao::import::standard_catalogues());
        std::string json = jixiao::import::write_document(result.doc);
        benchmark::DoNotOptimize(json);
    }
    state.SetBytesProcessed(static_cast<std::int64_t>(state.iterations() * text.size()));
}
BENCHMARK(BM_ImportDisclosure)->Unit(benchmark::kMillisecond);

} // namespace
