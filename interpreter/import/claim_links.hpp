// Where a figure of the prose points (docs/import.md, Claims): a phrase rule
// of the catalogue, a quoted name that is a row, the table of the section it
// stands in (a row or a column of that name, or the table's total for the
// section's first figure); and how many rows a count of projects counts.
// The catalogue decides, never a judgement about one document.
#pragma once

#include "import/catalogue.hpp"
#include "import/disclosure_model.hpp"

#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace jixiao::import {

// 一、 二十二、 / （一） / 1、 2. / ① …: the length of the enumerator a heading
// or a row name starts with (0 when none), and the name without it.
std::size_t enumerator_length(std::string_view s);
std::string strip_enumerator(std::string_view s);
// 一 … 十: a Chinese numeral of an enumerator.
bool numeral(char32_t cp);

class claim_linker {
  public:
    claim_linker(const document& doc, const catalogue& cat) : doc_(doc), cat_(cat) {}

    // The heading the next figures stand under (its section picks the table).
    void set_heading(std::string section, std::string subsection) {
        section_ = std::move(section);
        subsection_ = std::move(subsection);
    }

    // 对应 of an amount named `label` in `clause`: a phrase rule, a quoted row
    // name, else in the section's table a row of that name (its total column)
    // or a column of that name (the total row), else, for the first figure of
    // the section (`section_lead`), the table's total. A phrase naming a total
    // does not apply to a part of a list (`part`).
    std::optional<reference> link(const std::string& label, const std::string& unit,
                                  bool section_lead, bool part,
                                  const std::string& clause = {}) const;
    std::optional<reference> by_phrase(const std::string& label, const std::string& unit,
                                       bool part = false) const;
    // 行数: a count of projects, per a phrase rule: the rows under the unit row
    // that holds the most of them; false when no rule applies.
    bool count_rows(claim& c, std::string_view clause) const;

  private:
    const table* find_table(const std::string& category) const;
    // The total column (of `group` when one is named): 金额 for money, 数量 for counts.
    std::string total_column(const table& t, const std::string& side, bool money,
                             const std::string& group = {}) const;
    std::string named_group(const table& t, const std::string& label) const;
    std::string named_column(const table& t, const std::string& name,
                             const std::string& side) const;
    // The row of `t` a name names (on `side` of a two-sided table), with the
    // side it was found on.
    std::optional<std::pair<const table_row*, std::string>>
    find_row(const table& t, const std::string& name, const std::string& side) const;
    std::string row_name(const table& t, const table_row& r, const std::string& side) const;
    const table_row* total_row(const table& t, const std::string& side) const;
    std::optional<reference> cell(const table& t, const table_row& r, const std::string& side,
                                  const std::string& column) const;
    // A phrase rule scoped to sections applies under a heading naming one of
    // them whose own table is the rule's.
    bool in_sections(const std::vector<std::string>& keywords, const std::string& category) const;
    const section_rule* section_table() const;
    std::optional<reference> by_quoted_name(const std::string& clause,
                                            const std::string& unit) const;

    const document& doc_;
    const catalogue& cat_;
    std::string section_;
    std::string subsection_;
};

} // namespace jixiao::import
