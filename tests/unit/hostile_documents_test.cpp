// Property: a document of the right shape with hostile values (huge,
// negative, fractional, of the wrong type, missing) is scored or reconciled,
// or refused with a positioned diagnostic; never another exception, never a
// crash. 3,000 self-evaluations and 3,000 disclosures from a seeded generator
// (fuzz/fuzz_documents.cpp takes the same generator's choices from libFuzzer).
#include "document/json_value.hpp"
#include "pack/pack.hpp"
#include "reconcile/reconcile.hpp"
#include "selfeval/selfeval.hpp"
#include "support/hostile_documents.hpp"
#include "units/unit_registry.hpp"

#include <gtest/gtest.h>

#include <random>
#include <vector>

namespace jixiao {
namespace {

std::vector<std::uint8_t> bytes_for(std::uint32_t seed) {
    std::mt19937 rng(seed);
    std::vector<std::uint8_t> out(256);
    for (auto& b : out) {
        b = static_cast<std::uint8_t>(rng());
    }
    return out;
}

TEST(HostileDocuments, SelfEvaluationsAreScoredOrRefused) {
    loaded_pack pack = load_pack(std::string(JIXIAO_SOURCE_DIR) + "/rules/national-selfeval",
                                 unit_registry::standard());
    int scored = 0;
    for (std::uint32_t seed = 0; seed < 3000; ++seed) {
        auto bytes = bytes_for(seed);
        hostile::choices c(bytes.data(), bytes.size());
        std::string text = hostile::selfeval_document(c);
        try {
            json_value doc = parse_json(text, "doc.json");
            selfeval_report r = evaluate_selfeval(pack.program, doc);
            (void)to_json_line(r, lang::zh, 1);
            ++scored;
        } catch (const diagnostic_error&) {
            // refused with a positioned message: fine
        } catch (const std::exception& e) {
            ADD_FAILURE() << "seed " << seed << ": " << e.what() << "\n" << text;
        }
    }
    EXPECT_GT(scored, 500) << "the generator should make mostly scorable documents";
}

TEST(HostileDocuments, DisclosuresAreReconciledOrRefused) {
    loaded_pack pack = load_pack(std::string(JIXIAO_SOURCE_DIR) + "/rules/budget-disclosure",
                                 unit_registry::standard());
    int reconciled = 0;
    for (std::uint32_t seed = 0; seed < 3000; ++seed) {
        auto bytes = bytes_for(seed);
        hostile::choices c(bytes.data(), bytes.size());
        std::string text = hostile::disclosure_document(c);
        try {
            json_value doc = parse_json(text, "doc.json");
            validate_disclosure(doc, "doc.json");
            reconcile_report r = reconcile(pack.program, doc);
            (void)to_json(r, lang::zh);
            (void)to_table(r, lang::en);
            ++reconciled;
        } catch (const diagnostic_error&) {
        } catch (const std::exception& e) {
            ADD_FAILURE() << "seed " << seed << ": " << e.what() << "\n" << text;
        }
    }
    EXPECT_GT(reconciled, 100) << "the generator should make some valid disclosures";
}

} // namespace
} // namespace jixiao
