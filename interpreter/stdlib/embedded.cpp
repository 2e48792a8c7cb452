#include "stdlib/embedded.hpp"

#include <stdexcept>
#include <string>

namespace jixiao {

std::string_view embedded_file_text(std::string_view name) {
    for (const auto& f : embedded_files()) {
        if (f.name == name) {
            return f.text;
        }
    }
    throw std::out_of_range("stdlib file not embedded: " + std::string(name));
}

} // namespace jixiao
