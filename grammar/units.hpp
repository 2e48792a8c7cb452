// Unit declarations, the first statements of the standard library
// (stdlib/units.jx):
//
//   file       = { line } eof
//   line       = [ unit_decl | magnitude_decl ] line_end
//   unit_decl  = ("单位" | "unit") name_list [ "=" number [ unit_ref ] ]
//                [ ("类" | "kind") name ] [ ("别名" | "alias") name_list ]
//   magnitude_decl = ("量级" | "magnitude") name "=" number
//   tier_decl  = ("档次" | "tier") name ("用语" | "phrases") name_list
//   name_list  = name { ("、" | "," | "，") [ newline ] name }
#pragma once

#include "grammar/lexical.hpp"

namespace jixiao::grammar::units {

// One rule per line (STYLE.md §4).
// clang-format off

struct kw_unit : pegtl::sor<TAO_PEGTL_STRING("单位"), TAO_PEGTL_STRING("unit")> {};
struct kw_alias : pegtl::sor<TAO_PEGTL_STRING("别名"), TAO_PEGTL_STRING("alias")> {};
struct kw_kind : pegtl::sor<TAO_PEGTL_STRING("类"), TAO_PEGTL_STRING("kind")> {};
struct kw_magnitude : pegtl::sor<TAO_PEGTL_STRING("量级"), TAO_PEGTL_STRING("magnitude")> {};
struct kw_tier : pegtl::sor<TAO_PEGTL_STRING("档次"), TAO_PEGTL_STRING("tier")> {};
struct kw_phrases : pegtl::sor<TAO_PEGTL_STRING("用语"), TAO_PEGTL_STRING("phrases")> {};

// A list goes on to the next line after a separator that ends a line.
struct list_sep : pegtl::seq<blanks, u8::one<U'、', U',', 0xFF0C>, blanks, pegtl::opt<pegtl::eol, blanks>> {};
struct name_char : u8::not_one<U' ', U'\t', U'\r', U'\n', 0x3000, U'、', U',', 0xFF0C, U'=', U'#'> {};
struct name : pegtl::plus<name_char> {};

struct unit_name : name {};
struct alias_name : name {};
struct keyword : pegtl::seq<pegtl::sor<kw_unit, kw_alias, kw_kind, kw_magnitude, kw_tier, kw_phrases>, pegtl::not_at<name_char>> {};
// Absent for a dimensionless unit: 单位 % = 0.01
struct base_ref : pegtl::seq<pegtl::not_at<keyword>, name> {};
struct factor : number {};
struct kind_name : name {};
struct magnitude_name : name {};
struct magnitude_value : number {};

// Named must-points: with must_if, a rule that has a message raises wherever
// it fails, so generic rules such as plus<blank> never get one.
struct space_after_keyword : pegtl::plus<blank> {};
struct equals_sign : pegtl::one<'='> {};
struct end_of_file : pegtl::eof {};

struct unit_names : pegtl::list<unit_name, list_sep> {};
struct alias_names : pegtl::list<alias_name, list_sep> {};
struct definition : pegtl::seq<blanks, pegtl::one<'='>, blanks, pegtl::must<factor>, pegtl::opt<pegtl::plus<blank>, base_ref>> {};
struct kind_clause : pegtl::if_must<pegtl::seq<pegtl::plus<blank>, kw_kind>, space_after_keyword, kind_name> {};
struct aliases : pegtl::if_must<pegtl::seq<pegtl::plus<blank>, kw_alias>, space_after_keyword, alias_names> {};
struct unit_decl : pegtl::seq<kw_unit, pegtl::must<space_after_keyword, unit_names>, pegtl::opt<definition>, pegtl::opt<kind_clause>, pegtl::opt<aliases>> {};
struct magnitude_decl : pegtl::seq<kw_magnitude, pegtl::must<space_after_keyword, magnitude_name>, blanks, pegtl::must<equals_sign>, blanks, pegtl::must<magnitude_value>> {};
// 档次 达成 用语 达成预期指标、达成年度指标: the phrases of a tier in 实际完成值.
struct tier_name : name {};
struct tier_phrase : name {};
struct phrases_keyword : pegtl::seq<pegtl::plus<blank>, kw_phrases> {};
struct tier_phrases : pegtl::list<tier_phrase, list_sep> {};
struct tier_decl : pegtl::seq<kw_tier, pegtl::must<space_after_keyword, tier_name, phrases_keyword, space_after_keyword, tier_phrases>> {};
struct statement : pegtl::sor<unit_decl, magnitude_decl, tier_decl> {};
struct statement_end : line_end {};
struct statement_line : pegtl::seq<blanks, statement, pegtl::must<statement_end>> {};
struct file : pegtl::seq<skip_lines, pegtl::star<statement_line, skip_lines>, pegtl::must<end_of_file>> {};

// clang-format on

} // namespace jixiao::grammar::units
