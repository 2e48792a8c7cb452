// The figures of a 自评表 as the printed form shows them, shared by the table,
// the HTML page and the workbook: scores with two decimals, the execution
// rate as a percentage, amounts with thousands separators (display only:
// number/decimal_display.hpp never rounds).
#pragma once

#include "selfeval/selfeval.hpp"

#include <string>

namespace jixiao::form_display {

std::string score(const std::optional<decimal>& d);  // 9.38, 20.00, or —
std::string rate(const std::optional<decimal>& d);   // 93.00%, or —
std::string weight(const std::optional<decimal>& d); // 分值 as given: 10, 2.5, or —
std::string amount(const std::string& exact);        // 1,618.788, as written, or —
std::string amount_unit(const project_form& f);      // 元 or 万元
bool any_adjusted_target(const selfeval_report& r);  // show 年初 and 调整后 both
// Year and department, as the form's head prints them: （2024年度） 主管部门：…
std::string head_line(const project_form& f, lang l);

} // namespace jixiao::form_display
