// libFuzzer, structure-aware: the bytes choose the fields and values of a
// document of the right shape (tests/support/hostile_documents.hpp): a
// self-evaluation scored with the national pack, or a disclosure reconciled
// with the budget-disclosure pack. Text mutation (fuzz_eval) rarely reaches a
// well-formed document with a hostile number in one field; this does at once.
#include "diag/diagnostic.hpp"
#include "document/json_value.hpp"
#include "pack/pack.hpp"
#include "reconcile/reconcile.hpp"
#include "selfeval/selfeval.hpp"
#include "support/hostile_documents.hpp"
#include "units/unit_registry.hpp"

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    static const jixiao::loaded_pack selfeval = jixiao::load_pack(
        JIXIAO_SOURCE_DIR "/rules/national-selfeval", jixiao::unit_registry::standard());
    static const jixiao::loaded_pack budget = jixiao::load_pack(
        JIXIAO_SOURCE_DIR "/rules/budget-disclosure", jixiao::unit_registry::standard());
    if (size == 0) {
        return 0;
    }
    jixiao::hostile::choices c(data + 1, size - 1);
    bool disclosure = data[0] % 2 == 1;
    std::string text = disclosure ? jixiao::hostile::disclosure_document(c)
                                  : jixiao::hostile::selfeval_document(c);
    try {
        jixiao::json_value doc = jixiao::parse_json(text, "fuzz.json");
        if (disclosure) {
            jixiao::validate_disclosure(doc, "fuzz.json");
            (void)jixiao::to_table(jixiao::reconcile(budget.program, doc), jixiao::lang::zh);
        } else {
            jixiao::selfeval_report r = jixiao::evaluate_selfeval(selfeval.program, doc);
            (void)jixiao::to_json_line(r, jixiao::lang::zh, 1);
        }
    } catch (const jixiao::diagnostic_error&) {
        // a positioned refusal is an answer; anything else escapes and is a finding
    }
    return 0;
}
