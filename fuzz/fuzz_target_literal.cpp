// libFuzzer: the target / actual literal parser (≥90%, 2026年底, 及时及时 …)
// under every reading (下限, 上限, 时效). Any input gives a target or a diagnostic, and
// the scan of a shape the thread remembers is the grammar's, for the input and
// for the input with other digits.
#include "diag/diagnostic.hpp"
#include "support/scratch_dump.hpp"
#include "target/target.hpp"
#include "units/unit_registry.hpp"

#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <string>
#include <string_view>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    static const jixiao::unit_registry& units = jixiao::unit_registry::standard();
    std::string_view text(reinterpret_cast<const char*>(data), size);
    for (auto reading :
         {jixiao::bare_reading::lower, jixiao::bare_reading::upper, jixiao::bare_reading::timely}) {
        for (bool actual : {false, true}) {
            try {
                jixiao::target t = jixiao::parse_target(text, {reading, actual}, units);
                (void)t;
            } catch (const jixiao::diagnostic_error& e) {
                (void)jixiao::render(e.diag(), jixiao::lang::zh);
            }
        }
    }
    std::string other(text);
    for (char& c : other) {
        if (c >= '0' && c <= '9') {
            c = static_cast<char>('0' + (c - '0' + 7) % 10);
        }
    }
    for (std::string_view t : {text, std::string_view(other)}) {
        if (jixiao::detail::scanned(t, true) != jixiao::detail::scanned(t, false)) {
            std::abort();
        }
    }
    return 0;
}
