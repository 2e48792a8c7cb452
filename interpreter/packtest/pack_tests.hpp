// A pack's own test cases: tests/NAME.json (a document) and
// tests/NAME.expected.json (the parts of the report that must come out so:
// any subset of the eval JSON, or of the check JSON for a pack with checks,
// whose checks are named by id; numbers compare exactly by value, so 9 and
// "9.00" are equal). `jixiao test PACK` runs them.
#pragma once

#include "pack/pack.hpp"

#include <string>
#include <vector>

namespace jixiao {

struct pack_test_result {
    std::string name;
    bool passed = false;
    std::vector<std::string> differences; // "indicators[#3].score: expected 9.00, got 8.89"
    std::string error;                    // the case could not run
};

std::vector<pack_test_result> run_pack_tests(const loaded_pack& pack, lang l);

} // namespace jixiao
