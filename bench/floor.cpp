// The floor of a batch run: every document read and its result line written
// exactly as `jixiao eval --jsonl` does (the same JSON reader, the same
// canonical form, the same report writer), with no pack evaluated. What jixiao
// takes beyond this is the cost of scoring; bench/run.sh reports the ratio.
//
// usage: bench_floor PACK_DIR [JOBS] < projects.jsonl > lines.jsonl
#include "batch/batch.hpp"
#include "document/json_value.hpp"
#include "pack/pack.hpp"
#include "pack/pack_vocabulary.hpp"
#include "selfeval/selfeval.hpp"
#include "units/unit_registry.hpp"

#include <cstdlib>
#include <iostream>
#include <string>

int main(int argc, char** argv) {
    using namespace jixiao;
    if (argc < 2) {
        std::cerr << "usage: bench_floor PACK_DIR [JOBS] < projects.jsonl\n";
        return 64;
    }
    std::ios::sync_with_stdio(false);
    // The pack is loaded only for its vocabulary (the canonical form of a
    // document depends on it), as the real run does before its first line.
    loaded_pack pack = load_pack(argv[1], unit_registry::standard());
    const selfeval_canonicalizer canonical(pack_vocabulary(pack));
    batch_options options;
    options.jobs = argc > 2 ? static_cast<unsigned>(std::strtoul(argv[2], nullptr, 10)) : 1;
    batch_summary s = run_batch(
        std::cin, std::cout,
        [&](std::string_view text, std::uint64_t line) {
            try {
                json_value doc = parse_json(text, "line " + std::to_string(line));
                std::vector<message> settled = canonical(doc);
                selfeval_report r = read_selfeval(doc);
                r.warnings = std::move(settled);
                return batch_record{to_json_line(r, lang::zh, line), false, {}, {}};
            } catch (const diagnostic_error& e) {
                return batch_record{
                    "{\"line\":" + std::to_string(line) + ",\"error\":true}", true, {}, {}};
            }
        },
        options);
    std::cerr << "bench_floor: " << s.records << " records\n";
    return 0;
}
