// Text laid out with spaces — what `pdftotext -layout` and other PDF-to-text
// tools print: columns aligned by runs of spaces, a blank cell only a wider
// gap, header cells wrapped over several lines, pages split by form feeds.
// Spacing alone cannot tell a blank cell from a separator, so the words are
// given their positions (the character column, the line) and the page is
// rebuilt by the same geometry as a PDF's text layer (page_layout.hpp): the
// result is the tab-separated text the importer reads.
#pragma once

#include <string>
#include <string_view>

namespace jixiao::pdf {

// True when the text aligns its columns with spaces rather than tabs: valid
// UTF-8, no tab at all, and at least a few lines with a figure after a run of
// two or more spaces.
bool is_laid_out(std::string_view text);

// The text rebuilt: one line per line of prose or row of a table, cells
// separated by tabs, each page after a line 〔第 N 页〕 (as pdf_text gives).
std::string laid_out_text(std::string_view text);

} // namespace jixiao::pdf
