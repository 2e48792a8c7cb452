// Target and actual-value literals as they appear in 绩效目标表 and 自评表
// (docs/domain.md §5): ≥90%  ≤0.45元/页  279 人  [85%,95%)  2026年底  每月25日前
// 及时  达成预期指标. The grammar only recognises the shape; units are looked
// up afterwards in the unit registry, which is data (stdlib/units.jx).
//
//   target      = blanks ( comparison | bracket_range | deadline | dash_range
//                        | quantity | qualitative ) blanks eof
//   comparison  = op_symbol blanks number blanks [ unit_text ]      (commits at the operator)
//               | op_word blanks number blanks [ unit_text ]
//   quantity    = number blanks [ unit_text ]
//   qualitative = any text (the fallback: 及时, 提高, 国资国企账数清, 情况明 …)
#pragma once

#include "grammar/lexical.hpp"

namespace jixiao::grammar::target {

// clang-format off

// ---- comparison operators: symbols commit, words only before a number ----
struct op_ge : pegtl::sor<TAO_PEGTL_STRING("≥"), TAO_PEGTL_STRING("≧"), TAO_PEGTL_STRING(">="), TAO_PEGTL_STRING("＞＝"), TAO_PEGTL_STRING("＞="), TAO_PEGTL_STRING("⩾")> {};
struct op_le : pegtl::sor<TAO_PEGTL_STRING("≤"), TAO_PEGTL_STRING("≦"), TAO_PEGTL_STRING("<="), TAO_PEGTL_STRING("＜＝"), TAO_PEGTL_STRING("＜="), TAO_PEGTL_STRING("⩽")> {};
struct op_gt : pegtl::sor<TAO_PEGTL_STRING(">"), TAO_PEGTL_STRING("＞")> {};
struct op_lt : pegtl::sor<TAO_PEGTL_STRING("<"), TAO_PEGTL_STRING("＜")> {};
struct op_eq : pegtl::sor<TAO_PEGTL_STRING("=="), TAO_PEGTL_STRING("="), TAO_PEGTL_STRING("＝")> {};
struct op_symbol : pegtl::sor<op_ge, op_le, op_gt, op_lt, op_eq> {};

struct word_ge : pegtl::sor<TAO_PEGTL_STRING("不低于"), TAO_PEGTL_STRING("不少于"), TAO_PEGTL_STRING("不小于"), TAO_PEGTL_STRING("大于等于"), TAO_PEGTL_STRING("大于或等于"), TAO_PEGTL_STRING("至少"), TAO_PEGTL_STRING("达到")> {};
struct word_le : pegtl::sor<TAO_PEGTL_STRING("不高于"), TAO_PEGTL_STRING("不超过"), TAO_PEGTL_STRING("不大于"), TAO_PEGTL_STRING("不多于"), TAO_PEGTL_STRING("小于等于"), TAO_PEGTL_STRING("小于或等于"), TAO_PEGTL_STRING("至多"), TAO_PEGTL_STRING("控制在")> {};
struct word_gt : pegtl::sor<TAO_PEGTL_STRING("大于"), TAO_PEGTL_STRING("高于"), TAO_PEGTL_STRING("超过"), TAO_PEGTL_STRING("多于")> {};
struct word_lt : pegtl::sor<TAO_PEGTL_STRING("小于"), TAO_PEGTL_STRING("低于"), TAO_PEGTL_STRING("少于")> {};
struct word_eq : pegtl::sor<TAO_PEGTL_STRING("等于")> {};
struct op_word : pegtl::sor<word_ge, word_le, word_gt, word_lt, word_eq> {};

// ---- numbers and the unit text after them ----
struct value : number {};
struct dash : u8::one<U'-', U'－', U'~', U'～', U'—', U'–', U'至', U'到'> {};
struct unit_stop : pegtl::sor<blank, digit, op_symbol, dash, u8::one<U',', U'，', U'[', U']', U'【', U'】', U'；', U';'>> {};
// A unit starts with a non-digit; after that ASCII digits may follow (m2).
struct unit_text : pegtl::seq<pegtl::not_at<unit_stop>, u8::any, pegtl::star<pegtl::not_at<pegtl::sor<blank, op_symbol, dash, u8::one<U',', U'，', U'[', U']', U'【', U'】', U'；', U';'>>>, u8::any>> {};
struct opt_unit : pegtl::opt<blanks, unit_text> {};

// ---- the end of a target ----
struct end_of_target : pegtl::seq<blanks, pegtl::eof> {};
struct second_comparison : pegtl::not_at<blanks, op_symbol> {};

// ≥90%  ≤ 0.45元/页  ≥人 (a template without its number: a diagnostic)
struct comparison_number : value {};
// Must-points are rules of their own: with must_if, a rule with a message
// raises wherever it fails, so shared rules never carry one.
struct required_number : value {};
struct required_end : end_of_target {};
struct symbol_comparison : pegtl::seq<op_symbol, blanks, pegtl::must<required_number>, opt_unit, pegtl::must<second_comparison, required_end>> {};
struct word_comparison : pegtl::seq<op_word, blanks, pegtl::at<number>, comparison_number, opt_unit, end_of_target> {};
struct comparison : pegtl::sor<symbol_comparison, word_comparison> {};

// [85%,95%)  （0，100]: brackets give inclusivity; no thousands separators inside.
struct open_inclusive : u8::one<U'[', U'【'> {};
struct open_exclusive : u8::one<U'(', U'（'> {};
struct close_inclusive : u8::one<U']', U'】'> {};
struct close_exclusive : u8::one<U')', U'）'> {};
struct bracket_sep : u8::one<U',', U'，', U'~', U'～', U'、'> {};
struct bracket_unit_stop : pegtl::sor<unit_stop, close_inclusive, close_exclusive> {};
struct bracket_unit : pegtl::plus<pegtl::not_at<bracket_unit_stop>, u8::any> {};
struct low_number : plain_number {};
struct high_number : plain_number {};
struct low_unit : bracket_unit {};
struct high_unit : bracket_unit {};
struct bracket_range : pegtl::seq<pegtl::sor<open_inclusive, open_exclusive>, blanks, low_number, blanks, pegtl::opt<low_unit>, blanks, bracket_sep, blanks, high_number, blanks, pegtl::opt<high_unit>, blanks, pegtl::sor<close_inclusive, close_exclusive>, end_of_target> {};

// 90%-100%  80-90%  3~5天
struct dash_low_unit : unit_text {};
struct dash_high_unit : unit_text {};
struct dash_range : pegtl::seq<low_number, blanks, pegtl::opt<dash_low_unit>, blanks, dash, blanks, high_number, blanks, pegtl::opt<dash_high_unit>, end_of_target> {};

// ---- deadlines and periods ----
// Each piece that carries a figure is one rule whose action reads its own
// digits, so a half-matched alternative never leaves a stale figure behind.
struct year : pegtl::seq<digit, digit, digit, digit> {};
struct month : pegtl::seq<digit, pegtl::opt<digit>> {};
struct day : pegtl::seq<digit, pegtl::opt<digit>> {};
struct nian : pegtl::seq<blanks, TAO_PEGTL_STRING("年"), blanks> {};
struct yue : pegtl::seq<blanks, TAO_PEGTL_STRING("月"), blanks> {};
struct ri : pegtl::seq<blanks, pegtl::sor<TAO_PEGTL_STRING("日"), TAO_PEGTL_STRING("号")>, blanks> {};
struct year_end_word : pegtl::sor<TAO_PEGTL_STRING("年底"), TAO_PEGTL_STRING("年末")> {};
struct every_year : pegtl::sor<TAO_PEGTL_STRING("每年度"), TAO_PEGTL_STRING("每年")> {};
struct every_month : TAO_PEGTL_STRING("每月") {};
struct within_year : pegtl::sor<TAO_PEGTL_STRING("本年度内"), TAO_PEGTL_STRING("年度内"), TAO_PEGTL_STRING("年内"), TAO_PEGTL_STRING("当年")> {};

struct point_start : pegtl::success {};
struct month_yue : pegtl::seq<month, yue> {};
struct day_ri : pegtl::seq<day, ri> {};
struct end_marker : pegtl::sor<TAO_PEGTL_STRING("底"), TAO_PEGTL_STRING("末")> {};
// 5月  5月底  5月20日
struct month_day : pegtl::seq<month_yue, pegtl::opt<pegtl::sor<day_ri, end_marker>>> {};
// Without a year a bare "12月" is twelve months, not December: a day or 底 is required.
struct month_day_strict : pegtl::seq<month_yue, pegtl::sor<day_ri, end_marker>> {};
// 2026年底  2023 年底
struct year_end_date : pegtl::seq<year, blanks, year_end_word> {};
struct year_nian : pegtl::seq<year, nian> {};
// 2026年6月  2026年6月30日
struct dated : pegtl::sor<year_end_date, pegtl::seq<year_nian, month_day>> {};
// 每年5月底  每年年底
struct every_year_end : year_end_word {};
struct yearly : pegtl::seq<every_year, blanks, pegtl::sor<every_year_end, month_day>> {};
// 每月25日  每月底
struct monthly : pegtl::seq<every_month, blanks, pegtl::sor<day_ri, end_marker>> {};
// 年底前
struct year_end_only : year_end_word {};
struct point : pegtl::seq<point_start, pegtl::sor<dated, yearly, monthly, year_end_only, month_day_strict>> {};
struct point_from : point {};
struct point_to : point {};
// 1月1日-12月31日
struct period : pegtl::seq<point_from, blanks, dash, blanks, point_to> {};
struct by : pegtl::sor<TAO_PEGTL_STRING("以前"), TAO_PEGTL_STRING("之前"), TAO_PEGTL_STRING("前")> {};
// 2023 年底完成建设: the words after the date are kept as a note.
struct note : pegtl::plus<u8::any> {};
struct deadline_tail : pegtl::seq<blanks, pegtl::opt<by>, blanks, pegtl::opt<note>, pegtl::eof> {};
struct deadline : pegtl::seq<pegtl::sor<period, point, within_year>, deadline_tail> {};

// ---- bare quantities and everything else ----
struct quantity : pegtl::seq<comparison_number, opt_unit, end_of_target> {};
struct qualitative : pegtl::seq<pegtl::plus<u8::any>, pegtl::eof> {};
struct empty_target : pegtl::eof {};

// Every alternative starts from clean scratch (alternative_start's action).
struct alternative_start : pegtl::success {};
template <typename Rule> struct alternative : pegtl::seq<alternative_start, Rule> {};
struct target : pegtl::seq<blanks, pegtl::sor<empty_target, alternative<comparison>, alternative<bracket_range>, alternative<deadline>, alternative<dash_range>, alternative<quantity>, alternative<qualitative>>> {};

// clang-format on

} // namespace jixiao::grammar::target
