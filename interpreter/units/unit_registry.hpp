// The vocabulary of budget documents a pack knows, loaded from declarations
// in the language and immutable afterwards, so one registry is shared by
// every thread of a batch run without locks: units and magnitude words
// (stdlib/units.jx) and the tier phrases of 实际完成值 (stdlib/用语.jx).
#pragma once

#include "diag/diagnostic.hpp"
#include "number/decimal.hpp"
#include "units/tier_level.hpp"
#include "units/unit.hpp"

#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace jixiao {

// The dimension of a unit: exponents over base units (sorted by base id).
struct dimension {
    std::vector<std::pair<unit_id, int>> powers;
    friend bool operator==(const dimension&, const dimension&) = default;
};

struct unit_declaration {
    std::string name;           // canonical spelling
    unit_id base = 0;           // the base unit it converts to (itself for a base unit)
    decimal factor;             // 1 of this = factor of base
    bool dimensionless = false; // % and ‰
    std::string kind;           // 时间, 货币 … (inherited from the base)
};

// Where a unit text went wrong, in bytes of that text.
struct unit_text_error {
    std::size_t offset = 0;
    std::size_t length = 0;
    message text;
};

struct parsed_unit {
    jixiao::unit unit;
    decimal magnitude = decimal::from_int(1); // multiply the number by this
    bool had_magnitude = false;
};

// 10^n, exactly.
decimal pow10_decimal(int n);

class unit_registry {
  public:
    // Reads declarations in the units notation; throws diagnostic_error.
    void load(std::string_view file_name, std::string_view source);

    // The registry of the embedded standard library (stdlib/units.jx).
    static const unit_registry& standard();

    // Segments `text` ("万元/平方米·月", "次/每年", "人天") into declared units
    // and magnitude words, longest name first.
    std::optional<parsed_unit> parse(std::string_view text, unit_text_error& error) const;

    // Canonical name: aliases resolved, numerator·factors/denominator·factors.
    std::string name(const unit& u) const;
    dimension dimension_of(const unit& u) const;
    // The factor that converts 1 of u to base units.
    decimal factor(const unit& u) const;
    bool comparable(const unit& a, const unit& b) const;
    // Why a and b cannot be compared, naming both units; nullopt when they can.
    std::optional<message> mismatch(const unit& a, const unit& b) const;
    // Converts `value` in `from` to `to`; both must be comparable.
    decimal convert(const decimal& value, const unit& from, const unit& to) const;
    // True when every factor is a time unit (小时, 天, 月, 年 …).
    bool is_time(const unit& u) const;
    // The kind shared by all factors of a one-factor unit ("时间"), else "".
    std::string kind(const unit& u) const;

    const unit_declaration& declaration(unit_id id) const { return decls_[id]; }
    std::optional<unit_id> find(std::string_view name) const;

    void declare_unit(const std::string& name,
                      const std::optional<std::pair<decimal, std::string>>& def,
                      const std::string& kind, const diagnostic& where);
    void declare_alias(const std::string& alias, const std::string& of, const diagnostic& where);
    void declare_magnitude(const std::string& name, const decimal& value, const diagnostic& where);
    void declare_tier_phrase(const std::string& tier, const std::string& phrase,
                             const diagnostic& where);
    // The tier a phrase names (达成预期指标 -> achieved), if it is a declared phrase.
    std::optional<tier_level> tier_of(std::string_view phrase) const;
    const std::map<std::string, tier_level, std::less<>>& tier_phrases() const {
        return tier_phrases_;
    }

  private:
    std::optional<parsed_unit> parse_text(std::string_view text, unit_text_error& error) const;
    std::optional<parsed_unit> parse_folded(std::string_view text, unit_text_error& error) const;

    std::vector<unit_declaration> decls_;
    std::map<std::string, unit_id, std::less<>> names_; // names and aliases
    std::map<std::string, decimal, std::less<>> magnitudes_;
    std::map<std::string, tier_level, std::less<>> tier_phrases_;
    std::size_t longest_name_ = 0; // in bytes
};

} // namespace jixiao
