// A published disclosure read for `import` and `check`: the file's text
// imported against the standard catalogues, its warnings printed on stderr.
#pragma once

#include "diag/diagnostic.hpp"
#include "import/import.hpp"

#include <optional>
#include <string>

namespace jixiao::cli {

// True for the files `check` imports rather than reads as JSON (.txt, .pdf).
bool is_published_text(const std::string& path);
bool is_pdf(const std::string& path);

// The text the importer reads: the file's, or for a PDF the text rebuilt
// from its text layer (lines of prose, rows of tab-separated cells), or for
// a text laid out with spaces the same rebuilt from its words' columns. Nullopt
// after printing why the file could not be read; a bad PDF throws.
std::optional<std::string> published_text(const std::string& path, lang l);

// The imported document, or nullopt after printing why the file could not be
// read. Import errors are thrown as diagnostic_error.
std::optional<import::import_result> import_file(const std::string& path, lang l);

} // namespace jixiao::cli
