// The prose layer: the figures of 第三部分 as claims (docs/disclosure.md),
// one per figure, each with the clause it stands in, linked to the cell it
// states or to the claims it is computed from. Which table a name is looked
// up in comes from the catalogue (the section's table, phrase rules), never
// from a judgement about one document; a figure that links nowhere is kept
// and reported as unlinked, never dropped.
#pragma once

#include "diag/diagnostic.hpp"
#include "import/catalogue.hpp"
#include "import/disclosure_model.hpp"
#include "import/source_text.hpp"

#include <vector>

namespace jixiao::import {

std::vector<claim> read_claims(const source_text& src, const document& doc, const catalogue& cat,
                               std::vector<diagnostic>& warnings);

// True when no check uses the claim: no 对应, no 计算, and no other claim
// refers to it.
bool unlinked(const claim& c, const std::vector<claim>& all);

} // namespace jixiao::import
