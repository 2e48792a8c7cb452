// Where a pack named by a document (budget-disclosure for a 预算 disclosure),
// or the national rules when eval has no --pack, is found: the pack search
// path of pack/pack_search.hpp.
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
