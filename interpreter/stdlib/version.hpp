// The version of jixiao, from the project() call of CMakeLists.txt: shown by
// `jixiao --version` and pinned by pack locks beside the standard library.
#pragma once

#include <string_view>

namespace jixiao {

std::string_view jixiao_version() noexcept;

} // namespace jixiao
