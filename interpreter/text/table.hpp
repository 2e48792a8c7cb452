// Plain-text tables for a terminal, aligned by display width so Chinese
// columns line up (a CJK character takes two columns).
#pragma once

#include <string>
#include <vector>

namespace jixiao {

class text_table {
  public:
    explicit text_table(std::vector<std::string> header) : header_(std::move(header)) {}
    void add(std::vector<std::string> row) { rows_.push_back(std::move(row)); }
    std::string render() const;

  private:
    std::vector<std::string> header_;
    std::vector<std::vector<std::string>> rows_;
};

} // namespace jixiao
