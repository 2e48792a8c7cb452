// A PDF's text layer as the text the importer reads (docs/import.md): the
// first layer of the importer for a published PDF (STYLE.md §17). Poppler
// gives words with their boxes; this rebuilds what a person sees — lines of
// prose, and tables as rows of tab-separated cells — from coordinates, not
// from spacing: a cell's wrapped lines are joined, a row's figures printed
// between its wrapped name lines stay on its row, columns come from where
// the figures and names stand, and a table continued on the next page keeps
// its columns. Nothing here knows what a budget table is.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>

namespace jixiao::pdf {

struct pdf_limits {
    std::size_t max_bytes = 64u << 20; // the file
    std::size_t max_pages = 500;
    std::size_t max_boxes = 200000; // words, in all
};

// The text of the PDF at `path`, one line per line of prose or row of a
// table, cells separated by tabs, each page after a line 〔第 N 页〕. Throws
// diagnostic_error when the file is not a PDF, is encrypted, is over the
// limits, or has no text layer (a scan).
std::string pdf_text(const std::string& path, const pdf_limits& limits = {});

} // namespace jixiao::pdf
