// `jixiao import`: a published disclosure (its text as published) read into
// the disclosure document that `jixiao check` takes (docs/disclosure.md,
// docs/import.md). The layers, each in its own file:
//   source_text   bytes → lines of cells (tabs or aligned spaces), positions kept
//   find_tables   where each table of the catalogue stands (titles, notes)
//   read_table    header rows → column paths, rows → figures, the structure
//   write_document the document as JSON text, figures as printed
#pragma once

#include "diag/diagnostic.hpp"
#include "import/catalogue.hpp"
#include "import/disclosure_model.hpp"
#include "import/source_text.hpp"

#include <span>
#include <string>
#include <vector>

namespace jixiao::import {

struct import_result {
    document doc;
    const catalogue* matched = nullptr; // the catalogue whose tables were found
    std::vector<std::string> missing;   // 类别 of its tables the text does not have
    std::vector<diagnostic> warnings;   // positioned: repairs, unreadable cells
    std::vector<std::size_t> unlinked;  // claims no check uses (docs/import.md)
};

// Reads the tables of `src` against the catalogue that finds most of them.
// Throws diagnostic_error when no catalogue finds any table (exit 65), saying
// what was looked for.
import_result import_disclosure(const source_text& src, std::span<const catalogue> catalogues);

} // namespace jixiao::import
