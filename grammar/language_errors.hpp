// Parse messages of the rule language, phrased as expectations: "中文\x1fEnglish".
#pragma once

#include "grammar/language.hpp"

namespace jixiao::grammar::language {

template <typename> inline constexpr const char* error_message = nullptr;
// clang-format off
template <> inline constexpr const char* error_message<paren_inner> = "此处应为表达式\x1f" "expected an expression";
template <> inline constexpr const char* error_message<negated> = "负号之后应为表达式\x1f" "expected an expression after '-'";
template <> inline constexpr const char* error_message<close_paren> = "应为「)」\x1f" "expected ')'";
template <> inline constexpr const char* error_message<close_bracket> = "应为「]」以结束列表\x1f" "expected ']' to close the list";
template <> inline constexpr const char* error_message<target_number> = "比较符之后应为数字\x1f" "expected a number after the comparison operator";
template <> inline constexpr const char* error_message<text_close> = "文本缺少结尾的「\"」\x1f" "expected '\"' to close the text";
template <> inline constexpr const char* error_message<cjk_text_close> = "文本缺少结尾的「”」\x1f" "expected '”' to close the text";
template <> inline constexpr const char* error_message<field_name> = "「.」之后应为字段名\x1f" "expected a field name after '.'";
template <> inline constexpr const char* error_message<mul_rhs> = "乘除号之后应为表达式\x1f" "expected an expression after the operator";
template <> inline constexpr const char* error_message<add_rhs> = "加减号之后应为表达式\x1f" "expected an expression after the operator";
template <> inline constexpr const char* error_message<cmp_rhs> = "比较符之后应为表达式\x1f" "expected an expression after the comparison";
template <> inline constexpr const char* error_message<not_rhs> = "「非」之后应为表达式\x1f" "expected an expression after 非 (not)";
template <> inline constexpr const char* error_message<and_rhs> = "「且」之后应为表达式\x1f" "expected an expression after 且 (and)";
template <> inline constexpr const char* error_message<or_rhs> = "「或」之后应为表达式\x1f" "expected an expression after 或 (or)";
template <> inline constexpr const char* error_message<if_cond> = "「若」之后应为条件\x1f" "expected a condition after 若 (if)";
template <> inline constexpr const char* error_message<then_kw> = "条件之后应为「则」\x1f" "expected 则 (then) after the condition";
template <> inline constexpr const char* error_message<if_then> = "「则」之后应为表达式\x1f" "expected an expression after 则 (then)";
template <> inline constexpr const char* error_message<if_note> = "「注」之后应为说明的文字（带引号的文本，或得出文本的表达式）\x1f" "expected the note after 注 (note): quoted text, or an expression giving text";
template <> inline constexpr const char* error_message<else_kw> = "「若」缺少「否则」分支\x1f" "expected 否则 (else): every 若 (if) needs one";
template <> inline constexpr const char* error_message<if_else> = "「否则」之后应为表达式\x1f" "expected an expression after 否则 (else)";
template <> inline constexpr const char* error_message<let_name> = "「令」之后应为名称\x1f" "expected a name after 令 (let)";
template <> inline constexpr const char* error_message<equals> = "应为「=」\x1f" "expected '='";
template <> inline constexpr const char* error_message<let_value> = "「=」之后应为表达式\x1f" "expected an expression after '='";
template <> inline constexpr const char* error_message<in_kw> = "应为「于」\x1f" "expected 于 (in) after the value of 令 (let)";
template <> inline constexpr const char* error_message<let_body> = "「于」之后应为表达式\x1f" "expected an expression after 于 (in)";
template <> inline constexpr const char* error_message<match_subject> = "「匹配」之后应为表达式\x1f" "expected an expression after 匹配 (match)";
template <> inline constexpr const char* error_message<open_brace> = "应为「{」\x1f" "expected '{'";
template <> inline constexpr const char* error_message<arm_list> = "应为匹配分支（模式 => 结果）\x1f" "expected a match arm (pattern => result)";
template <> inline constexpr const char* error_message<arrow> = "应为「=>」\x1f" "expected '=>'";
template <> inline constexpr const char* error_message<arm_result> = "「=>」之后应为表达式\x1f" "expected an expression after '=>'";
template <> inline constexpr const char* error_message<close_brace> = "应为「}」\x1f" "expected '}'";
template <> inline constexpr const char* error_message<for_name> = "「对每个」之后应为名称\x1f" "expected a name after 对每个 (for)";
template <> inline constexpr const char* error_message<of_kw> = "应为「属于」\x1f" "expected 属于 (of)";
template <> inline constexpr const char* error_message<for_list> = "「属于」之后应为列表\x1f" "expected a list after 属于 (of)";
template <> inline constexpr const char* error_message<for_filter> = "「其中」之后应为条件\x1f" "expected a condition after 其中 (where)";
template <> inline constexpr const char* error_message<yield_kw> = "应为「取」\x1f" "expected 取 (yield)";
template <> inline constexpr const char* error_message<for_result> = "「取」之后应为表达式\x1f" "expected an expression after 取 (yield)";
template <> inline constexpr const char* error_message<check_loop_name> = "「对每个」之后应为名称\x1f" "expected a name after 对每个 (for)";
template <> inline constexpr const char* error_message<check_loop_list> = "「属于」之后应为列表\x1f" "expected a list after 属于 (of)";
template <> inline constexpr const char* error_message<check_filter> = "「其中」之后应为条件\x1f" "expected a condition after 其中 (where)";
template <> inline constexpr const char* error_message<check_label> = "「标识」之后应为表达式\x1f" "expected an expression after 标识 (label)";
template <> inline constexpr const char* error_message<check_tolerance_value> = "「容差」之后应为表达式或「≈」\x1f" "expected an expression or '≈' after 容差 (tolerance)";
template <> inline constexpr const char* error_message<decl_name> = "应为名称\x1f" "expected a name";
template <> inline constexpr const char* error_message<definition_body> = "「=」之后应为表达式\x1f" "expected an expression after '='";
template <> inline constexpr const char* error_message<fn_open> = "函数名之后应为「(」\x1f" "expected '(' after the function name";
template <> inline constexpr const char* error_message<band_op> = "「若」之后应为「≥」或「>」\x1f" "expected '≥' or '>' after 若 (if)";
template <> inline constexpr const char* error_message<band_bound> = "应为分数线\x1f" "expected the band's lower bound";
template <> inline constexpr const char* error_message<band_rest> = "等级名之后应为「若 ≥ 数」或「其他」\x1f" "expected 若 ≥ bound, or 其他 (otherwise), after the grade name";
template <> inline constexpr const char* error_message<band_list> = "应为等级（如「优 若 ≥ 90」）\x1f" "expected a band such as 优 若 ≥ 90";
template <> inline constexpr const char* error_message<colon> = "应为「：」\x1f" "expected ':'";
template <> inline constexpr const char* error_message<check_body> = "「：」之后应为核对的等式\x1f" "expected the identity to check after ':'";
template <> inline constexpr const char* error_message<check_tolerance> = "「容差」之后应为数值\x1f" "expected a value after 容差 (tolerance)";
template <> inline constexpr const char* error_message<check_message> = "「说明」之后应为带引号的文本\x1f" "expected quoted text after 说明 (message)";
template <> inline constexpr const char* error_message<pack_name> = "应为规则包名称\x1f" "expected the pack's name";
template <> inline constexpr const char* error_message<version_text> = "应为版本号（如 1.0.0）\x1f" "expected a version such as 1.0.0";
template <> inline constexpr const char* error_message<basis_text> = "「依据」之后应为带引号的文本\x1f" "expected quoted text after 依据 (basis)";
template <> inline constexpr const char* error_message<module_path> = "应为模块名\x1f" "expected a module name";
template <> inline constexpr const char* error_message<overridden> = "「覆盖」之后应为参数、函数、规则或等级\x1f" "expected a param, fn, rule or grade after 覆盖 (override)";
template <> inline constexpr const char* error_message<end_of_file> = "应为声明（参数、函数、规则、等级、核对……）\x1f" "expected a declaration (参数 param, 函数 fn, 规则 rule, 等级 grade, 核对 check, …)";
// clang-format on

struct errors {
    template <typename Rule> static constexpr const char* message = error_message<Rule>;
};

} // namespace jixiao::grammar::language
