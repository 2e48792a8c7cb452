#include "pack/pack_vocabulary.hpp"

#include "text/read_bounded.hpp"

#include <fstream>
#include <set>

namespace jixiao {
namespace {

namespace fs = std::filesystem;

// Packs are found by name beside each other (pack.cpp); a dependency named
// twice, or a cycle written by a hostile pack, is read once.
void add_pack(form_vocabulary& into, const fs::path& dir, const pack_manifest& m,
              std::set<std::string>& seen) {
    if (!seen.insert(m.name).second) {
        return;
    }
    fs::path file = dir / "workbook.json";
    std::error_code ec;
    if (fs::is_regular_file(file, ec)) {
        std::ifstream in(file, std::ios::binary);
        merge_vocabulary(into, parse_vocabulary(read_bounded(in, max_file_read), file.string()));
    }
    for (const auto& [name, range] : m.dependencies) {
        fs::path other = dir.parent_path() / fs::u8path(name);
        if (fs::is_directory(other, ec)) {
            add_pack(into, other, read_manifest(other), seen);
        }
    }
}

} // namespace

form_vocabulary pack_vocabulary(const loaded_pack& pack) {
    form_vocabulary v = standard_vocabulary();
    std::set<std::string> seen;
    add_pack(v, pack.dir, pack.manifest, seen);
    return v;
}

} // namespace jixiao
