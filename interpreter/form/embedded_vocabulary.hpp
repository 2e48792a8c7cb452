// The workbook vocabularies of the self-evaluation packs
// (rules/*/workbook.json), embedded at build time (cmake/embed.cmake).
#pragma once

#include "stdlib/embedded.hpp"

#include <span>

namespace jixiao {

std::span<const embedded_file> embedded_form_vocabularies();

} // namespace jixiao
