#include "target/target_json.hpp"

#include "units/unit_registry.hpp"

namespace jixiao {
namespace {

using json = nlohmann::ordered_json;

void put_quantity(json& j, const read_quantity& q, const unit_registry& units) {
    j["value"] = q.q.value.to_string();
    j["unit"] = q.unitless ? json(nullptr) : json(units.name(q.q.unit));
}

const char* recurrence_name(recurrence r) {
    switch (r) {
    case recurrence::none:
        return "none";
    case recurrence::yearly:
        return "yearly";
    case recurrence::monthly:
        return "monthly";
    }
    return "?";
}

} // namespace

json to_json(const target& t, const unit_registry& units, lang l) {
    json j;
    j["input"] = t.input;
    j["kind"] = kind_name(t.kind);
    std::visit(
        [&](const auto& f) {
            using F = std::decay_t<decltype(f)>;
            if constexpr (std::is_same_v<F, comparison_form>) {
                if (t.kind != target_kind::quantity) {
                    j["op"] = op_symbol(f.op);
                }
                put_quantity(j, f.value, units);
                if (t.kind != target_kind::quantity) {
                    j["inferred"] = f.inferred;
                }
                j["unitless"] = f.value.unitless;
            } else if constexpr (std::is_same_v<F, range_form>) {
                json low;
                put_quantity(low, f.low, units);
                low["inclusive"] = f.low_inclusive;
                json high;
                put_quantity(high, f.high, units);
                high["inclusive"] = f.high_inclusive;
                j["low"] = low;
                j["high"] = high;
                j["unitless"] = f.low.unitless;
            } else if constexpr (std::is_same_v<F, deadline_form>) {
                if (f.from) {
                    j["from"] = f.from->iso();
                }
                j["date"] = f.date.iso();
                j["recurrence"] = recurrence_name(f.recurrence);
                if (!f.note.empty()) {
                    j["note"] = f.note;
                }
            } else if constexpr (std::is_same_v<F, qualitative_form>) {
                j["text"] = f.text;
            } else if constexpr (std::is_same_v<F, tier_form>) {
                j["tier"] = tier_name(f.level);
                j["phrase"] = tier_phrase(f.level);
            }
        },
        t.form);
    json warnings = json::array();
    for (const auto& w : t.warnings) {
        warnings.push_back(w.in(l));
    }
    j["warnings"] = warnings;
    return j;
}

} // namespace jixiao
