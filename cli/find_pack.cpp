#include "cli/find_pack.hpp"

#include <cstdlib>
#include <string_view>

namespace jixiao::cli {

std::optional<std::filesystem::path> find_pack(const std::string& name,
                                               std::vector<std::string>& searched) {
    namespace fs = std::filesystem;
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
    for (const auto& root : roots) {
        fs::path dir = root / name;
        searched.push_back(dir.string());
        if (fs::is_regular_file(dir / "pack.json", ec)) {
            return dir;
        }
    }
    return std::nullopt;
}

} // namespace jixiao::cli
