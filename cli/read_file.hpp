// Reading an input file for the command line, with a bilingual message on failure.
#pragma once

#include <optional>
#include <string>

namespace jixiao::cli {

// The whole file, or nullopt after printing why it could not be read.
std::optional<std::string> read_file(const std::string& path);

} // namespace jixiao::cli
