// libFuzzer: the target / actual literal parser (≥90%, 2026年底, 及时及时 …)
// under every category context. Any input gives a target or a diagnostic.
#include "diag/diagnostic.hpp"
#include "target/target.hpp"
#include "units/unit_registry.hpp"

#include <cstddef>
#include <cstdint>
#include <string_view>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    static const jixiao::unit_registry& units = jixiao::unit_registry::standard();
    std::string_view text(reinterpret_cast<const char*>(data), size);
    for (const char* category : {"数量指标", "成本指标", "时效指标"}) {
        for (bool actual : {false, true}) {
            try {
                jixiao::target t = jixiao::parse_target(text, {category, actual}, units);
                (void)t;
            } catch (const jixiao::diagnostic_error& e) {
                (void)jixiao::render(e.diag(), jixiao::lang::zh);
            }
        }
    }
    return 0;
}
