#include "pack/pack_search.hpp"

#include <cstdlib>
#include <string_view>

namespace jixiao {

namespace fs = std::filesystem;

std::vector<fs::path> pack_search_roots() {
    std::vector<fs::path> roots;
    if (const char* path = std::getenv("JIXIAO_PACK_PATH"); path != nullptr) {
        std::string_view all = path;
        while (!all.empty()) {
            auto colon = all.find(':');
            std::string_view part = all.substr(0, colon);
            if (!part.empty()) {
                roots.emplace_back(std::string(part));
            }
            all = colon == std::string_view::npos ? std::string_view() : all.substr(colon + 1);
        }
    }
    std::error_code ec;
    fs::path exe = fs::read_symlink("/proc/self/exe", ec);
    if (!ec) {
        roots.push_back(exe.parent_path().parent_path() / "rules");
        roots.push_back(exe.parent_path().parent_path() / "share" / "jixiao" / "rules");
    }
    roots.emplace_back("rules");
    return roots;
}

bool is_pack_name(const std::string& name) {
    return !name.empty() && name != "." && name != ".." &&
           name.find_first_of("/\\:") == std::string::npos && name.find('\0') == std::string::npos;
}

std::optional<fs::path> find_pack_dir(const std::string& name, const std::vector<fs::path>& first,
                                      std::vector<std::string>& searched) {
    if (!is_pack_name(name)) {
        return std::nullopt;
    }
    std::vector<fs::path> roots = first;
    for (auto& r : pack_search_roots()) {
        roots.push_back(std::move(r));
    }
    std::error_code ec;
    for (const auto& root : roots) {
        fs::path dir = root / fs::u8path(name);
        std::string shown = dir.string();
        bool seen = false;
        for (const auto& s : searched) {
            seen = seen || s == shown;
        }
        if (!seen) {
            searched.push_back(shown);
        }
        if (fs::is_regular_file(dir / "pack.json", ec)) {
            return dir;
        }
    }
    return std::nullopt;
}

} // namespace jixiao
