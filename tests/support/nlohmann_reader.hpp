// The oracle for the document reader: nlohmann's parser building json_value
// (see nlohmann_reader.cpp). Test and fuzz code only.
#pragma once

#include "document/json_value.hpp"

#include <string_view>

namespace jixiao::testing {

json_value parse_json_with_nlohmann(std::string_view text, std::string_view file = "input",
                                    const json_limits& limits = {});

} // namespace jixiao::testing
