// Rebuilding what a page shows from where its words stand: lines of prose,
// and tables as rows of tab-separated cells (pdf_text.hpp says how). The
// geometry is shared by the two sources of positioned words: a PDF's text
// layer (points) and a text laid out with spaces (character columns).
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace jixiao::pdf {

// A run of text with its box (x grows right, y grows down).
struct span {
    std::string text;
    double x0 = 0, x1 = 0, y0 = 0, y1 = 0;
    bool space_after = false;
    double xc() const { return (x0 + x1) / 2; }
    double yc() const { return (y0 + y1) / 2; }
    double h() const { return y1 - y0; }
};

struct column {
    double x0 = 0, x1 = 0;
    double xc() const { return (x0 + x1) / 2; }
};

// The columns of the last table, for a table that goes on on the next page.
struct table_layout {
    std::vector<column> cols;
};

// 十六、金融支出 / （一）行政单位 / 1. …: the name of a row of its own, never
// the wrapped part of another cell nor a header label.
bool enumerated(std::string_view s);

// Appends the page's text to `out`: its words grouped into lines and cells,
// prose lines as they are, zones of cells side by side as tab-separated rows.
void page_text(std::vector<span> words, std::optional<table_layout>& previous, std::string& out);

} // namespace jixiao::pdf
