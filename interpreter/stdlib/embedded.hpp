// The standard library's source files, embedded into the binary at build time
// (cmake/embed.cmake), so a deployed jixiao cannot lose or mix up its stdlib.
#pragma once

#include <span>
#include <string_view>

namespace jixiao {

struct embedded_file {
    std::string_view name; // file name inside stdlib/, e.g. "units.jx"
    std::string_view text;
};

std::span<const embedded_file> embedded_files();

// The text of stdlib/<name>; throws std::out_of_range if it is not embedded.
std::string_view embedded_file_text(std::string_view name);

} // namespace jixiao
