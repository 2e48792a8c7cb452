// libFuzzer: whole evaluation. A mutated document is scored with the national
// self-evaluation pack and, when it has tables, reconciled with the budget-
// disclosure pack; both packs are parsed once, as in a batch run.
#include "diag/diagnostic.hpp"
#include "document/json_value.hpp"
#include "pack/pack.hpp"
#include "reconcile/reconcile.hpp"
#include "selfeval/selfeval.hpp"
#include "units/unit_registry.hpp"

#include <cstddef>
#include <cstdint>
#include <string_view>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    static const jixiao::loaded_pack selfeval = jixiao::load_pack(
        JIXIAO_SOURCE_DIR "/rules/national-selfeval", jixiao::unit_registry::standard());
    static const jixiao::loaded_pack budget = jixiao::load_pack(
        JIXIAO_SOURCE_DIR "/rules/budget-disclosure", jixiao::unit_registry::standard());
    std::string_view text(reinterpret_cast<const char*>(data), size);
    try {
        jixiao::json_value doc = jixiao::parse_json(text, "fuzz.json");
        if (doc.find("表") != nullptr) {
            jixiao::validate_disclosure(doc, "fuzz.json");
            jixiao::reconcile_report r = jixiao::reconcile(budget.program, doc);
            (void)jixiao::to_table(r, jixiao::lang::zh);
        } else {
            jixiao::selfeval_report r = jixiao::evaluate_selfeval(selfeval.program, doc);
            (void)jixiao::to_json_line(r, jixiao::lang::zh, 1);
        }
    } catch (const jixiao::diagnostic_error& e) {
        (void)jixiao::render(e.diag(), jixiao::lang::en);
    }
    return 0;
}
