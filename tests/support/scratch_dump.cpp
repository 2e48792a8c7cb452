#include "support/scratch_dump.hpp"

#include "diag/diagnostic.hpp"

namespace jixiao::detail {
namespace {

std::string dump(const std::optional<lexeme>& l, std::string_view text) {
    return l ? "[" + std::string(l->in(text)) + "@" + std::to_string(l->offset) + "+" +
                   std::to_string(l->length) + "]"
             : "-";
}

std::string dump(const date_parts& d, std::string_view text) {
    return d.date.iso() + "/" + std::to_string(static_cast<int>(d.rec)) + dump(d.month, text) +
           dump(d.day, text);
}

std::string dump(const std::optional<date_parts>& d, std::string_view text) {
    return d ? dump(*d, text) : "-";
}

} // namespace

std::string dump(const target_scratch& st, std::string_view text) {
    auto l = [&](const std::optional<lexeme>& x) { return dump(x, text); };
    auto d = [&](const auto& x) { return dump(x, text); };
    return std::to_string(static_cast<int>(st.matched)) + " op" +
           (st.op ? std::to_string(static_cast<int>(*st.op)) : "-") + l(st.op_text) + l(st.number) +
           l(st.unit) + l(st.low) + l(st.high) + l(st.low_unit) + l(st.high_unit) +
           (st.low_inclusive ? "[" : "(") + (st.high_inclusive ? "]" : ")") + d(st.current) +
           d(st.at) + d(st.from) + d(st.to) + (st.period ? "P" : "") + (st.within_year ? "Y" : "") +
           (st.by ? "B" : "") + l(st.note) + (st.read_digit_values ? "D" : "");
}

std::string scanned(std::string_view text, bool remembered) {
    try {
        return dump(remembered ? scan_target(text, "t") : scan_target_uncached(text, "t"), text);
    } catch (const diagnostic_error& e) {
        return "error: " + e.diag().text.en;
    }
}

} // namespace jixiao::detail
