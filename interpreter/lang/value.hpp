// Runtime values of the rule language: one closed variant (STYLE.md §8).
// Lists are shared and immutable; records, and texts read from the input or
// written in the rules, point into the input document and the program, which
// outlive the evaluation and every value it returns.
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

// A text value. Texts written in the rules and texts of the input document
// are borrowed, not copied: the program and the document outlive every
// evaluation (and every value it makes). Texts the rules compute are owned.
class text_value {
  public:
    text_value() = default;
    explicit text_value(std::string s) : owned_(std::move(s)) {}
    static text_value borrowed(const std::string& s) noexcept {
        text_value t;
        t.borrowed_ = &s;
        return t;
    }
    const std::string& str() const noexcept { return borrowed_ != nullptr ? *borrowed_ : owned_; }

  private:
    const std::string* borrowed_ = nullptr;
    std::string owned_;
};

struct value {
    std::variant<std::monostate, bool, quantity, text_value, std::shared_ptr<const target>,
                 std::shared_ptr<const value_list>, const json_value*>
        data;

    value_kind kind() const noexcept { return static_cast<value_kind>(data.index()); }
    static value number(decimal d, unit u = {}) { return value{quantity{std::move(d), u}}; }
    static value boolean(bool b) { return value{b}; }
    static value text(std::string s) { return value{text_value(std::move(s))}; }
    // A text that lives in the program or the input document (see text_value).
    static value text_of(const std::string& s) { return value{text_value::borrowed(s)}; }
    // The text, or nullptr for any other kind.
    const std::string* text_if() const noexcept {
        const auto* t = std::get_if<text_value>(&data);
        return t != nullptr ? &t->str() : nullptr;
    }
    static value list(value_list items) {
        return value{std::make_shared<const value_list>(std::move(items))};
    }
};

// How a value reads in an explanation: 151人, 90%, 真, "及时", ≈0.864939 for a
// quotient with no finite decimal form (display only; the value stays exact).
// A list shows its first 8 items, and stops after about max_shown_list_bytes.
inline constexpr std::size_t max_shown_list_bytes = 4096;
std::string show(const value& v, const unit_registry& units);

// The longest explanation of one value. Explanations nest (a sum explains its
// terms, a call its arguments, a remembered call is quoted wherever it is
// used), so without a ceiling a few lines of a pack could make one grow
// without bound. A longer one keeps its beginning and its end, where the
// result is: "2 × (…) = 8".
inline constexpr std::size_t max_shown_bytes = 4096;
void shorten_shown(std::string& shown);
// show(), a text over max_shown_bytes shortened without copying it whole: what
// an explanation quotes of a value (a field may hold megabytes).
std::string show_within(const value& v, const unit_registry& units);
std::string show_number(const quantity& q, const unit_registry& units);

} // namespace jixiao::jx
