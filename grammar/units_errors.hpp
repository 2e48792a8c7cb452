// Parse messages of the unit declarations, phrased as expectations.
// Each is "中文\x1fEnglish"; the splitter lives in the loader.
#pragma once

#include "grammar/units.hpp"

namespace jixiao::grammar::units {

template <typename> inline constexpr const char* error_message = nullptr;
// clang-format off
template <> inline constexpr const char* error_message<space_after_keyword> = "此处应为空格\x1f" "expected a space";
template <> inline constexpr const char* error_message<unit_names> = "应为单位名称\x1f" "expected a unit name";
template <> inline constexpr const char* error_message<alias_names> = "应为别名\x1f" "expected an alias";
template <> inline constexpr const char* error_message<factor> = "「=」之后应为数字\x1f" "expected a number after '='";
template <> inline constexpr const char* error_message<kind_name> = "应为单位的类别（如「时间」）\x1f" "expected the kind of unit (such as 时间)";
template <> inline constexpr const char* error_message<magnitude_name> = "应为量级名称\x1f" "expected a magnitude word";
template <> inline constexpr const char* error_message<equals_sign> = "应为「=」\x1f" "expected '='";
template <> inline constexpr const char* error_message<magnitude_value> = "应为量级的数值\x1f" "expected the magnitude's value";
template <> inline constexpr const char* error_message<tier_name> = "应为档次名（达成、部分达成或未达成）\x1f" "expected a tier name (达成, 部分达成 or 未达成)";
template <> inline constexpr const char* error_message<phrases_keyword> = "档次名之后应为「用语」\x1f" "expected 用语 (phrases) after the tier name";
template <> inline constexpr const char* error_message<tier_phrases> = "应为档次用语\x1f" "expected a tier phrase";
template <> inline constexpr const char* error_message<statement_end> = "此处应为行尾\x1f" "expected the end of the line";
template <> inline constexpr const char* error_message<end_of_file> = "应为「单位」「量级」或「档次」声明\x1f" "expected a 单位 (unit), 量级 (magnitude) or 档次 (tier) declaration";
// clang-format on

struct errors {
    template <typename Rule> static constexpr const char* message = error_message<Rule>;
};

} // namespace jixiao::grammar::units
