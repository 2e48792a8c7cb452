// Where a pack named by a document (budget-disclosure for a 预算 disclosure)
// is found when no --pack is given: each folder of JIXIAO_PACK_PATH
// (':'-separated), then rules/ beside the binary's folder (a build tree) and
// share/jixiao/rules above it (an installed jixiao), then ./rules.
#pragma once

#include <filesystem>
#include <optional>
#include <string>
#include <vector>

namespace jixiao::cli {

// The pack's folder, or nullopt; `searched` lists every place looked at.
std::optional<std::filesystem::path> find_pack(const std::string& name,
                                               std::vector<std::string>& searched);

} // namespace jixiao::cli
