#include "cli/read_file.hpp"

#include <fstream>
#include <iostream>
#include <sstream>

namespace jixiao::cli {

std::optional<std::string> read_file(const std::string& path) {
    std::ifstream in(path, std::ios::binary);
    if (!in) {
        std::cerr << path << ": 错误: 无法读取文件 / error: cannot read the file\n";
        return std::nullopt;
    }
    std::ostringstream s;
    s << in.rdbuf();
    return s.str();
}

} // namespace jixiao::cli
