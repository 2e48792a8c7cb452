// Qualitative targets and tier phrases: the normalizations PDF extraction
// makes necessary (及时及时 -> 及时, 持续 发展 -> 持续发展), each reported as a
// warning, and the tier phrases of 财预〔2020〕10号.
#pragma once

#include "diag/diagnostic.hpp"
#include "target/target.hpp"

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace jixiao {

class unit_registry;

// Trims, removes spaces between Chinese characters and collapses a repeated
// word (two or more Chinese characters written twice in a row).
std::string normalize_qualitative(std::string_view text, std::vector<message>& warnings);

// 达成预期指标 / 部分达成预期指标 / 未达成预期指标, the 财预〔2020〕10号 wordings,
// and a truncated phrase (部分达成预期) with a warning.
// The phrases are data: stdlib/用语.jx, held by the registry.
std::optional<tier_level> read_tier(std::string_view normalized, const unit_registry& vocabulary,
                                    std::vector<message>& warnings);

} // namespace jixiao
