// libFuzzer: the JSON document reader, compared with its oracle (nlohmann's
// parser building the same json_value, tests/support/): both accept or both
// refuse, and what they accept is the same tree with the same exact numbers.
// Then the disclosure shape check on whatever parses.
#include "diag/diagnostic.hpp"
#include "document/json_value.hpp"
#include "reconcile/reconcile.hpp"
#include "support/nlohmann_reader.hpp"

#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <optional>
#include <string_view>

namespace {

bool same(const jixiao::json_value& a, const jixiao::json_value& b) {
    using kind = jixiao::json_value::kind;
    if (a.which() != b.which()) {
        return false;
    }
    switch (a.which()) {
    case kind::null:
        return true;
    case kind::boolean:
        return *a.boolean() == *b.boolean();
    case kind::number:
        return a.number()->to_string() == b.number()->to_string();
    case kind::string:
        return *a.string() == *b.string();
    case kind::array:
        if (a.array()->size() != b.array()->size()) {
            return false;
        }
        for (std::size_t i = 0; i < a.array()->size(); ++i) {
            if (!same((*a.array())[i], (*b.array())[i])) {
                return false;
            }
        }
        return true;
    case kind::object:
        if (a.object()->size() != b.object()->size()) {
            return false;
        }
        for (std::size_t i = 0; i < a.object()->size(); ++i) {
            const auto& [ka, va] = (*a.object())[i];
            const auto& [kb, vb] = (*b.object())[i];
            if (ka != kb || !same(va, vb)) {
                return false;
            }
        }
        return true;
    }
    return false;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    std::string_view text(reinterpret_cast<const char*>(data), size);
    std::optional<jixiao::json_value> ours;
    try {
        ours = jixiao::parse_json(text, "fuzz.json");
        jixiao::validate_disclosure(*ours, "fuzz.json");
    } catch (const jixiao::diagnostic_error& e) {
        (void)jixiao::render(e.diag(), jixiao::lang::zh);
    }
    // nlohmann stops reading at a NUL byte; we refuse it. Elsewhere they agree.
    if (text.find('\0') != std::string_view::npos) {
        return 0;
    }
    std::optional<jixiao::json_value> oracle;
    try {
        oracle = jixiao::testing::parse_json_with_nlohmann(text, "fuzz.json");
    } catch (const jixiao::diagnostic_error&) {
    }
    if (ours.has_value() != oracle.has_value() || (ours && !same(*ours, *oracle))) {
        std::abort();
    }
    return 0;
}
