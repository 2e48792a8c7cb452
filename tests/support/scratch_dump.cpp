#include "support/scratch_dump.hpp"

#include "diag/diagnostic.hpp"

namespace jixiao::detail {
namespace {

std::string dump(const std::optional<lexeme>& l) {
    return l ? "[" + l->text + "@" + std::to_string(l->offset) + "+" + std::to_string(l->length) +
                   "]"
             : "-";
}

std::string dump(const date_parts& d) {
    return d.date.iso() + "/" + std::to_string(static_cast<int>(d.rec)) + dump(d.month) +
           dump(d.day);
}

std::string dump(const std::optional<date_parts>& d) {
    return d ? dump(*d) : "-";
}

} // namespace

std::string dump(const target_scratch& st) {
    return std::to_string(static_cast<int>(st.matched)) + " op" +
           (st.op ? std::to_string(static_cast<int>(*st.op)) : "-") + dump(st.op_text) +
           dump(st.number) + dump(st.unit) + dump(st.low) + dump(st.high) + dump(st.low_unit) +
           dump(st.high_unit) + (st.low_inclusive ? "[" : "(") + (st.high_inclusive ? "]" : ")") +
           dump(st.current) + dump(st.at) + dump(st.from) + dump(st.to) + (st.period ? "P" : "") +
           (st.within_year ? "Y" : "") + (st.by ? "B" : "") + dump(st.note);
}

std::string scanned(std::string_view text, bool remembered) {
    try {
        return dump(remembered ? scan_target(text, "t") : scan_target_uncached(text, "t"));
    } catch (const diagnostic_error& e) {
        return "error: " + e.diag().text.en;
    }
}

} // namespace jixiao::detail
