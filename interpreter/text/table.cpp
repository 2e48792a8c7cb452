#include "text/table.hpp"

#include "text/utf8.hpp"

#include <algorithm>

namespace jixiao {

std::string text_table::render() const {
    std::vector<int> widths(header_.size(), 0);
    auto measure = [&](const std::vector<std::string>& row) {
        for (std::size_t i = 0; i < row.size() && i < widths.size(); ++i) {
            widths[i] = std::max(widths[i], utf8::width(row[i]));
        }
    };
    measure(header_);
    for (const auto& r : rows_) {
        measure(r);
    }
    auto line = [&](const std::vector<std::string>& row) {
        std::string out;
        for (std::size_t i = 0; i < widths.size(); ++i) {
            std::string cell = i < row.size() ? row[i] : "";
            out += cell;
            if (i + 1 < widths.size()) {
                out +=
                    std::string(static_cast<std::size_t>(widths[i] - utf8::width(cell) + 2), ' ');
            }
        }
        while (!out.empty() && out.back() == ' ') {
            out.pop_back();
        }
        return out + "\n";
    };
    std::string out = line(header_);
    std::vector<std::string> rule;
    for (int w : widths) {
        rule.push_back(std::string(static_cast<std::size_t>(w), '-'));
    }
    out += line(rule);
    for (const auto& r : rows_) {
        out += line(r);
    }
    return out;
}

} // namespace jixiao
