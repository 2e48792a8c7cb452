#include "stdlib/version.hpp"

namespace jixiao {

std::string_view jixiao_version() noexcept {
    return JIXIAO_VERSION;
}

} // namespace jixiao
