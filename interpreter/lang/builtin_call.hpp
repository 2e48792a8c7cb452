// One call of a built-in as its family sees it (lang/builtins_<family>.cpp):
// the arguments evaluated with their explanations, the call's own text for
// the explanation, and the readers of arguments every family shares, each
// failing with a message that names the argument and what it was.
#pragma once

#include "lang/builtins.hpp"
#include "lang/evaluate.hpp"

#include <boost/container/small_vector.hpp>

#include <string>
#include <vector>

namespace jixiao::jx {

// What 方向 and 档次 give for a target: texts that live as long as the
// process, so a value borrows them (builtins_targets.cpp). tier_word is
// nullptr for a target that is not a tier phrase.
const std::string& direction_name(const target& t);
const std::string* tier_word(const target& t);

struct builtin_call {
    // Members default-initialized, not value-initialized: `{}` would zero the
    // inline room for three arguments on every call of a built-in (≈75
    // instructions, a tenth of a million times per thousand indicators).
    builtin_call(evaluator& ev_, const expr& e_, const builtin& b_) : ev(ev_), e(e_), b(b_) {}

    evaluator& ev;
    const expr& e;
    const builtin& b;
    // Inline for the usual one to three arguments: a call allocates nothing for them.
    boost::container::small_vector<explained, 3> args;
    std::vector<value> spread;

    // A function over "a list or several arguments" sees one list either
    // way; a list argument is read in place, not copied.
    const std::vector<value>& items();
    quantity number_arg(std::size_t i);
    const std::string& text_arg(std::size_t i);
    const json_value* record_arg(std::size_t i);
    const value_list& items_of(std::size_t i);
    // A value's text, when explanations are wanted (an error re-runs explaining).
    std::string shown_of(const value& v) const;
    // 名(甲, 乙) with the arguments' texts, when explaining; made only for the
    // built-ins whose explanation it is (数值, 方向, 有值 …), not for those that
    // show their own formula (比率, 四舍五入).
    std::string call_text() const;
    // What a family says of an id that is not one of its own (a table error).
    [[noreturn]] void not_in_family() const;
};

} // namespace jixiao::jx
