// libFuzzer: the rule parser and every analysis pass, then evaluation of
// what survives (an untrusted pack must never crash, hang or exhaust memory).
#include "diag/diagnostic.hpp"
#include "lang/driver.hpp"
#include "lang/evaluate.hpp"
#include "lang/render.hpp"
#include "units/unit_registry.hpp"

#include <cstddef>
#include <cstdint>
#include <string>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    static const jixiao::unit_registry& units = jixiao::unit_registry::standard();
    std::string source(reinterpret_cast<const char*>(data), size);
    try {
        jixiao::jx::program p = jixiao::jx::load_program({{"fuzz.jx", source}}, units);
        jixiao::jx::evaluation_limits limits;
        limits.max_steps = 100'000; // keeps each run short; the limit itself is under test
        jixiao::jx::evaluator ev(p, nullptr, limits);
        jixiao::jx::run_result r = jixiao::jx::run_all(p, ev);
        (void)jixiao::jx::to_json(p, r, jixiao::lang::zh).dump();
        (void)jixiao::jx::to_table(p, r, jixiao::lang::en);
    } catch (const jixiao::diagnostic_error& e) {
        (void)jixiao::render(e.diag(), jixiao::lang::zh);
    } catch (const jixiao::jx::analysis_error& e) {
        for (const auto& d : e.errors()) {
            (void)jixiao::render(d, jixiao::lang::en);
        }
    }
    return 0;
}
