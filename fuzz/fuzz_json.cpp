// libFuzzer: the JSON document loader (exact numbers, depth limit, positions)
// and the disclosure shape check on whatever parses.
#include "diag/diagnostic.hpp"
#include "document/json_value.hpp"
#include "reconcile/reconcile.hpp"

#include <cstddef>
#include <cstdint>
#include <string_view>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    std::string_view text(reinterpret_cast<const char*>(data), size);
    try {
        jixiao::json_value doc = jixiao::parse_json(text, "fuzz.json");
        jixiao::validate_disclosure(doc, "fuzz.json");
    } catch (const jixiao::diagnostic_error& e) {
        (void)jixiao::render(e.diag(), jixiao::lang::zh);
    }
    return 0;
}
