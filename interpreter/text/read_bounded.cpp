#include "text/read_bounded.hpp"

#include <algorithm>

namespace jixiao {

std::string read_bounded(std::istream& in, std::size_t limit) {
    std::string out;
    char buffer[1 << 16];
    while (out.size() < limit && in) {
        std::size_t want = std::min(sizeof buffer, limit - out.size());
        in.read(buffer, static_cast<std::streamsize>(want));
        out.append(buffer, static_cast<std::size_t>(in.gcount()));
    }
    return out;
}

} // namespace jixiao
