// Runtime values of the rule language: one closed variant (STYLE.md §8).
// Lists are shared and immutable; records point into the input document,
// which outlives the evaluation.
#pragma once

#include "document/json_value.hpp"
#include "target/target.hpp"
#include "units/unit.hpp"

#include <memory>
#include <string>
#include <variant>
#include <vector>

namespace jixiao {
class unit_registry;
}

namespace jixiao::jx {

enum class value_kind { nothing, boolean, number, text, target, list, record };
const char* value_kind_zh(value_kind k) noexcept;
const char* value_kind_en(value_kind k) noexcept;

struct value;
using value_list = std::vector<value>;

struct value {
    std::variant<std::monostate, bool, quantity, std::string, std::shared_ptr<const target>,
                 std::shared_ptr<const value_list>, const json_value*>
        data;

    value_kind kind() const noexcept { return static_cast<value_kind>(data.index()); }
    static value number(decimal d, unit u = {}) { return value{quantity{std::move(d), u}}; }
    static value boolean(bool b) { return value{b}; }
    static value text(std::string s) { return value{std::move(s)}; }
    static value list(value_list items) {
        return value{std::make_shared<const value_list>(std::move(items))};
    }
};

// How a value reads in an explanation: 151人, 90%, 真, "及时", ≈0.864939 for a
// quotient with no finite decimal form (display only; the value stays exact).
// A list shows its first 8 items, and stops after about max_shown_list_bytes.
inline constexpr std::size_t max_shown_list_bytes = 4096;
std::string show(const value& v, const unit_registry& units);
std::string show_number(const quantity& q, const unit_registry& units);

} // namespace jixiao::jx
