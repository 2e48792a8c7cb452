// Parse messages of target literals, phrased as expectations. Each message is
// "中文\x1fEnglish"; split_message() in the interpreter separates them.
#pragma once

#include "grammar/target.hpp"

namespace jixiao::grammar::target {

template <typename> inline constexpr const char* error_message = nullptr;
// clang-format off
template <> inline constexpr const char* error_message<required_number> = "比较符之后应为数字（指标值缺少数值？）\x1f" "expected a number after the comparison operator (is the target's figure missing?)";
template <> inline constexpr const char* error_message<second_comparison> = "一个指标值只能有一个比较符\x1f" "a target has only one comparison operator";
template <> inline constexpr const char* error_message<required_end> = "指标值在此处应结束\x1f" "expected the end of the target here";
// clang-format on

struct errors {
    template <typename Rule> static constexpr const char* message = error_message<Rule>;
};

} // namespace jixiao::grammar::target
