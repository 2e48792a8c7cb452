// The target grammar's scratch written out field by field, so that two scans
// compare as a whole: the remembered scan of a known shape against the
// grammar's own (unit tests and fuzz_target_literal).
#pragma once

#include "target/target_scratch.hpp"

#include <string>
#include <string_view>

namespace jixiao::detail {

// `text`: the text scanned (a scan holds positions in it).
std::string dump(const target_scratch& st, std::string_view text);

// The scan of text as a dump, or "error: " and the message; remembered picks
// scan_target (which remembers shapes) over scan_target_uncached.
std::string scanned(std::string_view text, bool remembered);

} // namespace jixiao::detail
