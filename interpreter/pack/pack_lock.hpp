// Pack locks. A province that adopts a pack pins it: `jixiao lock PACK`
// writes PACK/pack.lock.json with the version of the pack and of every pack
// it depends on (transitively) and a SHA-256 of each of their files. From then
// on loading the pack checks it, and a file that was changed, added or
// removed stops the run with a message naming that file. The lock also pins
// what the binary brings: the jixiao version and a SHA-256 of each file of the
// standard library (whose formulas, bands and grade cut-offs a pack extends),
// so upgrading jixiao cannot change a locked pack's scores silently.
#pragma once

#include <filesystem>
#include <map>
#include <string>
#include <vector>

namespace jixiao {

inline constexpr const char* lock_file_name = "pack.lock.json";

struct locked_pack {
    std::string name;
    std::string version;
    std::string sha256;                       // over the file list below, in order
    std::map<std::string, std::string> files; // path inside the pack ('/') -> SHA-256
};

struct pack_lock {
    std::string jixiao_version;
    std::map<std::string, std::string> stdlib; // file name -> SHA-256
    std::vector<locked_pack> packs;            // the pack first, then its dependencies
};

// The lock of the pack in `dir` as its files are now.
pack_lock compute_lock(const std::filesystem::path& dir);

// pack.lock.json's text: stable key order and 2-space indent, so a lock diffs well.
std::string lock_json(const pack_lock& lock);

// When dir/pack.lock.json exists, checks every locked pack against it.
// Throws diagnostic_error naming the first file that differs.
void verify_lock(const std::filesystem::path& dir);

} // namespace jixiao
