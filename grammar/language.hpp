// The jixiao rule language (docs/language.md). Keywords are Chinese with
// English equivalents; both spell the same tree.
// clang-format off
//
//   file        = sp { declaration [";"] sp } eof
//   declaration = pack | basis | import | extends | param | function | rule | grade | check
//   param       = ["覆盖"] "参数" name "=" expr
//   function    = ["覆盖"] "函数" name "(" [name {"," name}] ")" "=" expr
//   rule        = ["覆盖"] "规则" name "=" expr
//   grade       = ["覆盖"] "等级" name "{" band {";" band} "}"
//   band        = name ("若" cmp expr | "其他")
//   check       = "核对" name ["对每个" loop {"," loop}] ["其中" expr] ["标识" expr]
//                 ":" expr ["容差" ("≈" | expr)] ["说明" text]
//   loop        = name "属于" expr
//   expr        = if | let | match | for | or
//   if          = "若" expr "则" expr ["注" expr] "否则" expr
//   let         = "令" name "=" expr "于" expr
//   match       = "匹配" expr "{" arm {";" arm} "}"      arm = (expr | "其他") "=>" expr
//   for         = "对每个" name "属于" expr ["其中" expr] "取" expr
//   or … postfix: the usual precedence; postfix = primary { "." field | "(" args ")" }
// clang-format on
#pragma once

#include "grammar/lexical.hpp"

namespace jixiao::grammar::language {

// One rule per line (STYLE.md §4).
// clang-format off

// ---- blanks: newlines and comments are blanks; declarations start with keywords ----
struct line_comment : pegtl::seq<pegtl::one<'#'>, pegtl::until<pegtl::at<pegtl::eolf>>> {};
struct sp : pegtl::star<pegtl::sor<blank, pegtl::eol, line_comment>> {};

// ---- identifiers (UAX #31, approximated by ranges: letters, ideographs, kana, hangul) ----
struct ident_start : u8::ranges<U'A', U'Z', U'a', U'z', U'_', U'_', 0xC0, 0xD6, 0xD8, 0xF6, 0xF8, 0x2FF, 0x370, 0x1FFF, 0x3040, 0x30FF, 0x3400, 0x4DBF, 0x4E00, 0x9FFF, 0xAC00, 0xD7A3, 0xF900, 0xFAFF, 0xFF21, 0xFF3A, 0xFF41, 0xFF5A, 0x20000, 0x2FFFF> {};
struct ident_continue : pegtl::sor<ident_start, digit> {};

template <typename Zh, typename En> struct kw : pegtl::seq<pegtl::sor<Zh, En>, pegtl::not_at<ident_continue>> {};
#define JIXIAO_KW(name, zh, en) struct name : kw<TAO_PEGTL_STRING(zh), TAO_PEGTL_STRING(en)> {}
JIXIAO_KW(kw_pack, "规则包", "pack");
JIXIAO_KW(kw_version, "版本", "version");
JIXIAO_KW(kw_basis, "依据", "basis");
JIXIAO_KW(kw_import, "导入", "import");
JIXIAO_KW(kw_extends, "扩展", "extends");
JIXIAO_KW(kw_override, "覆盖", "override");
JIXIAO_KW(kw_param, "参数", "param");
JIXIAO_KW(kw_fn, "函数", "fn");
JIXIAO_KW(kw_rule, "规则", "rule");
JIXIAO_KW(kw_grade, "等级", "grade");
JIXIAO_KW(kw_check, "核对", "check");
JIXIAO_KW(kw_tolerance, "容差", "tolerance");
JIXIAO_KW(kw_message, "说明", "message");
JIXIAO_KW(kw_if, "若", "if");
JIXIAO_KW(kw_then, "则", "then");
JIXIAO_KW(kw_else, "否则", "else");
JIXIAO_KW(kw_note, "注", "note");
JIXIAO_KW(kw_otherwise, "其他", "otherwise");
JIXIAO_KW(kw_let, "令", "let");
JIXIAO_KW(kw_in, "于", "in");
JIXIAO_KW(kw_match, "匹配", "match");
JIXIAO_KW(kw_for, "对每个", "for");
JIXIAO_KW(kw_of, "属于", "of");
JIXIAO_KW(kw_where, "其中", "where");
JIXIAO_KW(kw_yield, "取", "yield");
JIXIAO_KW(kw_and, "且", "and");
JIXIAO_KW(kw_or, "或", "or");
JIXIAO_KW(kw_not, "非", "not");
JIXIAO_KW(kw_true, "真", "true");
JIXIAO_KW(kw_false, "假", "false");
JIXIAO_KW(kw_meets, "满足", "meets");
JIXIAO_KW(kw_label, "标识", "label");
#undef JIXIAO_KW
struct keyword : pegtl::sor<kw_pack, kw_version, kw_basis, kw_import, kw_extends, kw_override, kw_param, kw_fn, kw_rule, kw_grade, kw_check, kw_tolerance, kw_message, kw_if, kw_then, kw_else, kw_note, kw_otherwise, kw_let, kw_in, kw_match, kw_for, kw_of, kw_where, kw_yield, kw_and, kw_or, kw_not, kw_true, kw_false, kw_meets, kw_label> {};

// 「《山西省属企业社会责任报告》质量」 or `name with punctuation`
struct quoted_name : pegtl::sor<pegtl::seq<TAO_PEGTL_STRING("「"), pegtl::plus<pegtl::not_at<TAO_PEGTL_STRING("」")>, pegtl::not_at<pegtl::eol>, u8::any>, TAO_PEGTL_STRING("」")>, pegtl::seq<pegtl::one<'`'>, pegtl::plus<pegtl::not_one<'`', '\n'>>, pegtl::one<'`'>>> {};
struct bare_name : pegtl::seq<pegtl::not_at<keyword>, ident_start, pegtl::star<ident_continue>> {};
struct name : pegtl::sor<quoted_name, bare_name> {};

// ---- literals ----
struct escape : pegtl::seq<pegtl::one<'\\'>, pegtl::one<'"', '\\', 'n', 't'>> {};
struct text_body : pegtl::star<pegtl::sor<escape, pegtl::seq<pegtl::not_one<'"', '\\', '\n'>>>> {};
struct text_close : pegtl::one<'"'> {};
struct cjk_text_body : pegtl::star<pegtl::not_at<TAO_PEGTL_STRING("”")>, pegtl::not_at<pegtl::eol>, u8::any> {};
struct cjk_text_close : TAO_PEGTL_STRING("”") {};
struct text_literal : pegtl::sor<pegtl::seq<pegtl::one<'"'>, text_body, pegtl::must<text_close>>, pegtl::seq<TAO_PEGTL_STRING("“"), cjk_text_body, pegtl::must<cjk_text_close>>> {};

struct source_number : pegtl::seq<pegtl::plus<digit>, pegtl::opt<fraction_part>> {};
// A unit follows its number without a space: 3.5万元  0.45元/页  90%. A '/' belongs to
// the unit only when a unit character follows, so 151人/400人 is a division.
struct unit_stop : pegtl::sor<blank, pegtl::eol, digit, u8::one<U'+', U'-', U'×', U'*', U'÷', U'(', U')', 0xFF08, 0xFF09, U'[', U']', U'{', U'}', U',', U'，', U';', U'；', U':', U'：', U'=', U'≠', U'<', U'>', U'≤', U'≥', U'!', U'"', U'“', U'”', U'「', U'」', U'#', U'.', U'/', U'`'>> {};
struct unit_char : pegtl::sor<pegtl::seq<pegtl::one<'/'>, pegtl::not_at<unit_stop>>, pegtl::seq<pegtl::not_at<unit_stop>, u8::any>> {};
struct literal_unit : pegtl::plus<unit_char> {};
struct number_literal : pegtl::seq<source_number, pegtl::opt<literal_unit>> {};
// ≥90%  ≤0.45元/页: a target literal is an operator with no left operand.
struct target_op : pegtl::sor<TAO_PEGTL_STRING("≥"), TAO_PEGTL_STRING("≤"), TAO_PEGTL_STRING(">="), TAO_PEGTL_STRING("<="), TAO_PEGTL_STRING("≧"), TAO_PEGTL_STRING("≦"), pegtl::one<'>', '<', '='>> {};
struct target_number : number_literal {};
struct target_literal : pegtl::seq<target_op, blanks, pegtl::must<target_number>> {};
struct true_literal : kw_true {};
struct false_literal : kw_false {};

// ---- expressions ----
struct expr;
struct open_paren : u8::one<U'(', 0xFF08> {};
struct close_paren : u8::one<U')', 0xFF09> {};
struct paren_inner : pegtl::seq<expr> {};
struct paren_expr : pegtl::seq<open_paren, sp, pegtl::must<paren_inner>, sp, pegtl::must<close_paren>> {};
struct close_bracket : pegtl::one<']'> {};
struct list_item : pegtl::seq<expr> {};
struct list_open : pegtl::one<'['> {};
struct list_literal : pegtl::seq<list_open, sp, pegtl::opt<pegtl::list<list_item, pegtl::seq<sp, u8::one<U',', U'，'>, sp>>>, sp, pegtl::must<close_bracket>> {};
struct variable : name {};
struct primary : pegtl::sor<number_literal, target_literal, text_literal, true_literal, false_literal, paren_expr, list_literal, variable> {};

// After '.' only a field can follow, so a keyword is a field name too (句.说明).
struct field_name : pegtl::sor<quoted_name, pegtl::seq<ident_start, pegtl::star<ident_continue>>> {};
struct field_access : pegtl::seq<pegtl::one<'.'>, sp, pegtl::must<field_name>> {};
struct argument : pegtl::seq<expr> {};
struct call_open : pegtl::seq<open_paren> {};
struct call_args : pegtl::seq<call_open, sp, pegtl::opt<pegtl::list<argument, pegtl::seq<sp, u8::one<U',', U'，'>, sp>>>, sp, pegtl::must<close_paren>> {};
struct postfix : pegtl::seq<primary, pegtl::star<blanks, pegtl::sor<field_access, call_args>>> {};

struct negate_op : pegtl::sor<pegtl::one<'-'>, TAO_PEGTL_STRING("－")> {};
struct unary;
struct negated : pegtl::seq<unary> {};
struct negation : pegtl::seq<negate_op, sp, pegtl::must<negated>> {};
struct unary : pegtl::sor<negation, postfix> {};

struct mul_op : u8::one<U'×', U'*', U'÷', U'/'> {};
struct mul_rhs : unary {};
struct mul_step : pegtl::seq<sp, mul_op, sp, pegtl::must<mul_rhs>> {};
struct mul_expr : pegtl::seq<unary, pegtl::star<mul_step>> {};

struct add_op : pegtl::sor<pegtl::one<'+'>, pegtl::one<'-'>, TAO_PEGTL_STRING("＋"), TAO_PEGTL_STRING("－")> {};
struct add_rhs : mul_expr {};
struct add_step : pegtl::seq<sp, add_op, sp, pegtl::must<add_rhs>> {};
struct add_expr : pegtl::seq<mul_expr, pegtl::star<add_step>> {};

// '=' before '>' is the arrow of a match arm, not equality.
struct cmp_op : pegtl::sor<TAO_PEGTL_STRING("≠"), TAO_PEGTL_STRING("!="), TAO_PEGTL_STRING("≤"), TAO_PEGTL_STRING("<="), TAO_PEGTL_STRING("≥"), TAO_PEGTL_STRING(">="), TAO_PEGTL_STRING("=="), pegtl::one<'<', '>'>, pegtl::seq<pegtl::one<'='>, pegtl::not_at<pegtl::one<'>'>>>, kw_meets> {};
struct cmp_rhs : add_expr {};
struct cmp_step : pegtl::seq<sp, cmp_op, sp, pegtl::must<cmp_rhs>> {};
struct cmp_expr : pegtl::seq<add_expr, pegtl::opt<cmp_step>> {};

struct not_expr;
struct not_rhs : pegtl::seq<not_expr> {};
struct logical_not : pegtl::seq<kw_not, sp, pegtl::must<not_rhs>> {};
struct not_expr : pegtl::sor<logical_not, cmp_expr> {};
struct and_rhs : not_expr {};
struct and_step : pegtl::seq<sp, kw_and, sp, pegtl::must<and_rhs>> {};
struct and_expr : pegtl::seq<not_expr, pegtl::star<and_step>> {};
struct or_rhs : and_expr {};
struct or_step : pegtl::seq<sp, kw_or, sp, pegtl::must<or_rhs>> {};
struct or_expr : pegtl::seq<and_expr, pegtl::star<or_step>> {};

// 若 c 则 a [注 "…" | 注 text-valued expression] 否则 b
struct if_cond : pegtl::seq<expr> {};
struct if_then : pegtl::seq<expr> {};
struct if_note : pegtl::seq<expr> {};
struct if_else : pegtl::seq<expr> {};
struct then_kw : kw_then {};
struct else_kw : kw_else {};
struct if_expr : pegtl::seq<kw_if, sp, pegtl::must<if_cond>, sp, pegtl::must<then_kw>, sp, pegtl::must<if_then>, sp, pegtl::opt<kw_note, sp, pegtl::must<if_note>, sp>, pegtl::must<else_kw>, sp, pegtl::must<if_else>> {};

// 令 x = e 于 body
struct let_name : name {};
struct let_value : pegtl::seq<expr> {};
struct let_body : pegtl::seq<expr> {};
struct equals : pegtl::one<'='> {};
struct in_kw : kw_in {};
struct let_expr : pegtl::seq<kw_let, sp, pegtl::must<let_name>, sp, pegtl::must<equals>, sp, pegtl::must<let_value>, sp, pegtl::must<in_kw>, sp, pegtl::must<let_body>> {};

// 匹配 e { p => r ; 其他 => r }
struct match_subject : pegtl::seq<expr> {};
struct arrow : pegtl::sor<TAO_PEGTL_STRING("=>"), TAO_PEGTL_STRING("→")> {};
struct arm_pattern : pegtl::seq<expr> {};
struct arm_otherwise : kw_otherwise {};
struct arm_result : pegtl::seq<expr> {};
struct match_arm : pegtl::seq<pegtl::sor<arm_otherwise, arm_pattern>, sp, pegtl::must<arrow>, sp, pegtl::must<arm_result>> {};
struct separator : pegtl::sor<u8::one<U';', U'；', U',', U'，'>, pegtl::eol> {};
struct open_brace : pegtl::one<'{'> {};
struct close_brace : pegtl::one<'}'> {};
struct arm_list : pegtl::list<match_arm, pegtl::seq<blanks, pegtl::plus<separator, sp>>> {};
struct match_expr : pegtl::seq<kw_match, sp, pegtl::must<match_subject>, sp, pegtl::must<open_brace>, sp, pegtl::must<arm_list>, sp, pegtl::opt<separator, sp>, pegtl::must<close_brace>> {};

// 对每个 x 属于 L 其中 c 取 e
struct for_name : name {};
struct for_list : pegtl::seq<expr> {};
struct for_filter : pegtl::seq<expr> {};
struct for_result : pegtl::seq<expr> {};
struct of_kw : kw_of {};
struct yield_kw : kw_yield {};
struct for_expr : pegtl::seq<kw_for, sp, pegtl::must<for_name>, sp, pegtl::must<of_kw>, sp, pegtl::must<for_list>, sp, pegtl::opt<kw_where, sp, pegtl::must<for_filter>, sp>, pegtl::must<yield_kw>, sp, pegtl::must<for_result>> {};

struct expr : pegtl::sor<if_expr, let_expr, match_expr, for_expr, or_expr> {};

// ---- declarations ----
struct decl_name : name {};
struct definition_body : pegtl::seq<expr> {};
struct override_mark : kw_override {};
struct param_decl : pegtl::seq<kw_param, sp, pegtl::must<decl_name>, sp, pegtl::must<equals>, sp, pegtl::must<definition_body>> {};
struct rule_decl : pegtl::seq<kw_rule, sp, pegtl::must<decl_name>, sp, pegtl::must<equals>, sp, pegtl::must<definition_body>> {};
struct fn_param : name {};
struct fn_open : pegtl::seq<open_paren> {};
struct fn_params : pegtl::seq<pegtl::must<fn_open>, sp, pegtl::opt<pegtl::list<fn_param, pegtl::seq<sp, u8::one<U',', U'，'>, sp>>>, sp, pegtl::must<close_paren>> {};
struct fn_decl : pegtl::seq<kw_fn, sp, pegtl::must<decl_name>, sp, fn_params, sp, pegtl::must<equals>, sp, pegtl::must<definition_body>> {};

struct band_name : name {};
struct band_op : pegtl::sor<TAO_PEGTL_STRING("≥"), TAO_PEGTL_STRING(">="), pegtl::one<'>'>> {};
struct band_bound : pegtl::seq<expr> {};
struct band_condition : pegtl::seq<kw_if, sp, pegtl::must<band_op>, sp, pegtl::must<band_bound>> {};
struct band_otherwise : kw_otherwise {};
struct band_rest : pegtl::sor<band_condition, band_otherwise> {};
struct band : pegtl::seq<band_name, sp, pegtl::must<band_rest>> {};
struct band_list : pegtl::list<band, pegtl::seq<blanks, pegtl::plus<separator, sp>>> {};
struct grade_decl : pegtl::seq<kw_grade, sp, pegtl::must<decl_name>, sp, pegtl::must<open_brace>, sp, pegtl::must<band_list>, sp, pegtl::opt<separator, sp>, pegtl::must<close_brace>> {};

struct colon : u8::one<U':', U'：'> {};
struct check_body : pegtl::seq<expr> {};
struct check_tolerance : pegtl::seq<expr> {};
struct check_message : text_literal {};
// 核对 名 对每个 表 属于 输入.表, 行 属于 表.行 其中 c 标识 e: 左 = 右 容差 ≈ 说明 "…"
struct check_loop_name : name {};
struct check_loop_list : pegtl::seq<expr> {};
struct check_loop : pegtl::seq<pegtl::must<check_loop_name>, sp, pegtl::must<of_kw>, sp, pegtl::must<check_loop_list>> {};
struct check_loops : pegtl::seq<kw_for, sp, check_loop, pegtl::star<sp, u8::one<U',', U'，'>, sp, check_loop>> {};
struct check_filter : pegtl::seq<expr> {};
struct check_label : pegtl::seq<expr> {};
struct check_tolerance_inferred : TAO_PEGTL_STRING("≈") {};
struct check_tolerance_value : pegtl::sor<check_tolerance_inferred, check_tolerance> {};
struct check_decl : pegtl::seq<kw_check, sp, pegtl::must<decl_name>, pegtl::opt<sp, check_loops>, pegtl::opt<sp, kw_where, sp, pegtl::must<check_filter>>, pegtl::opt<sp, kw_label, sp, pegtl::must<check_label>>, sp, pegtl::must<colon>, sp, pegtl::must<check_body>, pegtl::opt<sp, kw_tolerance, sp, pegtl::must<check_tolerance_value>>, pegtl::opt<sp, kw_message, sp, pegtl::must<check_message>>> {};

struct pack_name : pegtl::plus<pegtl::sor<ident_continue, pegtl::one<'-', '_', '.'>>> {};
struct version_text : pegtl::seq<pegtl::plus<digit>, pegtl::one<'.'>, pegtl::plus<digit>, pegtl::one<'.'>, pegtl::plus<digit>> {};
struct pack_decl : pegtl::seq<kw_pack, sp, pegtl::must<pack_name>, pegtl::opt<sp, kw_version, sp, pegtl::must<version_text>>> {};
struct basis_text : text_literal {};
struct basis_decl : pegtl::seq<kw_basis, sp, pegtl::must<basis_text>> {};
struct module_path : pegtl::plus<pegtl::sor<ident_continue, pegtl::one<'-', '_', '.', '/'>>> {};
struct import_decl : pegtl::seq<kw_import, sp, pegtl::must<module_path>> {};
struct extends_decl : pegtl::seq<kw_extends, sp, pegtl::must<module_path>> {};

struct overridable : pegtl::sor<param_decl, fn_decl, rule_decl, grade_decl> {};
struct overridden : pegtl::seq<overridable> {};
struct overriding : pegtl::seq<override_mark, sp, pegtl::must<overridden>> {};
struct declaration : pegtl::sor<overriding, overridable, check_decl, pack_decl, basis_decl, import_decl, extends_decl> {};
struct end_of_file : pegtl::eof {};
struct statement_separator : pegtl::opt<u8::one<U';', U'；'>> {};
struct file : pegtl::seq<sp, pegtl::star<declaration, sp, statement_separator, sp>, pegtl::must<end_of_file>> {};

// clang-format on

} // namespace jixiao::grammar::language
