#include "selfeval/form_display.hpp"

#include "number/decimal_display.hpp"
#include "number/decimal_parse.hpp"

#include <algorithm>

namespace jixiao::form_display {

std::string score(const std::optional<decimal>& d) {
    return d ? at_least_places(*d, 2) : "—";
}

std::string weight(const std::optional<decimal>& d) {
    return d ? d->to_string() : "—";
}

std::string rate(const std::optional<decimal>& d) {
    return d ? as_percentage(*d, 2) : "—";
}

std::string amount(const std::string& exact) {
    if (exact.empty()) {
        return "—";
    }
    try {
        return with_thousands(parse_decimal(exact));
    } catch (const number_syntax_error&) {
        return exact;
    }
}

std::string amount_unit(const project_form& f) {
    return f.amount_unit.empty() ? "元" : f.amount_unit;
}

bool any_adjusted_target(const selfeval_report& r) {
    return std::any_of(r.indicators.begin(), r.indicators.end(),
                       [](const indicator_score& s) { return !s.adjusted_target.empty(); });
}

std::string head_line(const project_form& f, lang l) {
    bool zh = l == lang::zh;
    std::string out;
    auto add = [&](const std::string& part) { out += (out.empty() ? "" : "    ") + part; };
    if (!f.year.empty()) {
        add(zh ? "（" + f.year + "年度）" : "(" + f.year + ")");
    }
    if (!f.department.empty()) {
        add((zh ? "主管部门：" : "department: ") + f.department);
    }
    if (!f.implementing_unit.empty()) {
        add((zh ? "实施单位：" : "implementing unit: ") + f.implementing_unit);
    }
    return out;
}

} // namespace jixiao::form_display
