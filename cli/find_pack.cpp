#include "cli/find_pack.hpp"

#include "pack/pack_search.hpp"

namespace jixiao::cli {

std::optional<std::filesystem::path> find_pack(const std::string& name,
                                               std::vector<std::string>& searched) {
    return find_pack_dir(name, {}, searched);
}

} // namespace jixiao::cli
