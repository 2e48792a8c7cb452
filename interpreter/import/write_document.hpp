// The disclosure document as JSON text (docs/disclosure.md), laid out to be
// read and corrected by a person: one column and one row per line. Figures
// are written as printed.
#pragma once

#include "import/disclosure_model.hpp"

#include <string>

namespace jixiao::import {

std::string write_document(const document& doc);

} // namespace jixiao::import
