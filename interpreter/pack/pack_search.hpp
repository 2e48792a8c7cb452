// Where packs are found by name: the pack search path. A dependency
// (`扩展 national-selfeval` with "national-selfeval": "^1.0.0" in pack.json)
// is looked for beside the pack that names it first, so a folder of packs
// shared together stays self-contained; then in each folder of
// JIXIAO_PACK_PATH (':'-separated), rules/ beside the binary's folder (a build
// tree), share/jixiao/rules above it (an installed jixiao), and ./rules.
#pragma once

#include <filesystem>
#include <optional>
#include <string>
#include <vector>

namespace jixiao {

// The folders searched after the ones a caller puts first, in order.
std::vector<std::filesystem::path> pack_search_roots();

// True for a name that can only name a folder directly inside a root (no
// '/', '\\', ':', '.', '..' or empty): pack names come from untrusted packs.
bool is_pack_name(const std::string& name);

// The folder of the pack `name` (one holding pack.json) under the first of
// `first` and then pack_search_roots() that has it; nullopt otherwise.
// `searched` gets every folder looked at, for the error that names them.
std::optional<std::filesystem::path> find_pack_dir(const std::string& name,
                                                   const std::vector<std::filesystem::path>& first,
                                                   std::vector<std::string>& searched);

} // namespace jixiao
