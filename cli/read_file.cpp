#include "cli/read_file.hpp"

#include "text/read_bounded.hpp"

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
    // Bounded: a rule file or document larger than its limit is reported as
    // such by the parser, never read whole.
    return read_bounded(in, max_file_read);
}

} // namespace jixiao::cli
