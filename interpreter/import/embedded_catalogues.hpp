// The standard table catalogues of the disclosure packs (rules/*/tables.json),
// embedded at build time (cmake/embed.cmake) so `jixiao import` works from
// any folder; a catalogue given on the command line is read from its file.
#pragma once

#include "stdlib/embedded.hpp"

#include <span>

namespace jixiao {

// Named by their path under rules/: "budget-disclosure/tables.json".
std::span<const embedded_file> embedded_catalogues();

} // namespace jixiao
