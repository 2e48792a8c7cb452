// Analysis pass 4: a grade scale's bands must cover every number exactly
// once: bounds are constants in strictly decreasing order, and the last band
// is 其他 (otherwise). Overlapping or gapped bands are errors.
#include "lang/program.hpp"
#include "lang/value.hpp"
#include "units/unit_registry.hpp"

#include <optional>

namespace jixiao::jx {
namespace {

// A band bound must be a number literal, possibly negated.
std::optional<decimal> constant(const expr& e) {
    if (e.kind == expr_kind::number && e.unit.empty()) {
        return e.number;
    }
    if (e.kind == expr_kind::negate) {
        if (auto v = constant(*e.args[0])) {
            return -*v;
        }
    }
    return std::nullopt;
}

} // namespace

void check_grades(const program& p, std::vector<diagnostic>& errors) {
    for (const declaration* d : p.grades) {
        const module& m = *d->owner;
        const grade_band* previous = nullptr;
        std::optional<decimal> previous_bound;
        bool seen_otherwise = false;
        for (const auto& band : d->bands) {
            if (seen_otherwise) {
                errors.push_back(diagnose_at(
                    severity::error,
                    {"等级「" + band.label + "」永远取不到：前面的「其他」已包含其余所有分数",
                     "band '" + band.label +
                         "' can never be reached: the 其他 (otherwise) band before it takes "
                         "every remaining score"},
                    m, band.where));
                continue;
            }
            if (!band.bound) {
                seen_otherwise = true;
                continue;
            }
            std::optional<decimal> bound = constant(*band.bound);
            if (!bound) {
                errors.push_back(diagnose_at(
                    severity::error,
                    {"等级的分数线须为数字常量", "a band's bound must be a constant number"}, m,
                    band.bound->where));
                continue;
            }
            if (previous_bound &&
                (*bound > *previous_bound ||
                 (*bound == *previous_bound && !(previous->strict && !band.strict)))) {
                std::string op = band.strict ? ">" : "≥";
                std::string prev_op = previous->strict ? ">" : "≥";
                errors.push_back(diagnose_at(
                    severity::error,
                    {"等级重叠：「" + band.label + "」(" + op + " " + bound->to_string() +
                         ") 在「" + previous->label + "」(" + prev_op + " " +
                         previous_bound->to_string() + ") 之后永远取不到；分数线须从高到低排列",
                     "overlapping bands: '" + band.label + "' (" + op + " " + bound->to_string() +
                         ") can never be reached after '" + previous->label + "' (" + prev_op +
                         " " + previous_bound->to_string() +
                         "); list bounds from highest to lowest"},
                    m, band.where));
            }
            previous = &band;
            previous_bound = bound;
        }
        if (!seen_otherwise && previous) {
            std::string op = previous->strict ? "≤" : "<";
            errors.push_back(
                diagnose_at(severity::error,
                            {"等级有缺口：" + op + " " + previous_bound->to_string() +
                                 " 的分数没有等级；请以「其他」结尾，如「差 其他」",
                             "gapped bands: scores " + op + " " + previous_bound->to_string() +
                                 " get no grade; end with an otherwise band such as 差 其他"},
                            m, d->name_where));
        }
    }
}

} // namespace jixiao::jx
