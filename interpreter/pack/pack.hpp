// A rule pack is a folder: pack.json (name, semantic version, description,
// entry file, dependencies with version ranges), rule files, and test cases.
// Other packs are found by name beside it (the pack search path is the
// folder that holds the pack) and only through its declared dependencies.
#pragma once

#include "lang/driver.hpp"

#include <filesystem>
#include <map>
#include <string>

namespace jixiao {

struct pack_manifest {
    std::string name;
    std::string version;
    std::string description;
    std::string entry = "main.jx";
    std::map<std::string, std::string> dependencies; // pack name -> version range
};

struct loaded_pack {
    std::filesystem::path dir;
    pack_manifest manifest;
    jx::program program;
};

// Reads dir/pack.json and loads its entry with its dependencies. Throws
// diagnostic_error (manifest, syntax, missing module) or jx::analysis_error.
loaded_pack load_pack(const std::filesystem::path& dir, const unit_registry& units);

// Loads `file` in the context of the pack at `dir`: it extends the pack (as
// if it began 扩展 <pack name>), and imports what the pack could. For authors
// who want to see a pack's intermediate rules with their explanations.
jx::program load_in_pack(const std::filesystem::path& dir, const jx::source_file& file,
                         const unit_registry& units);

pack_manifest read_manifest(const std::filesystem::path& dir);

// True when `version` (x.y.z) satisfies `range`: "1.2.3", "^1.2.0", "~1.2.0",
// ">=1.0.0", or "*".
bool version_satisfies(const std::string& version, const std::string& range);

} // namespace jixiao
