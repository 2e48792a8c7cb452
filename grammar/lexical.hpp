// Lexical rules shared by every jixiao grammar: blanks, comments, digits in
// ASCII and full-width forms, numbers as they appear in documents.
#pragma once

#include <tao/pegtl.hpp>

namespace jixiao::grammar {

// One rule per line (STYLE.md §4).
// clang-format off

namespace pegtl = tao::pegtl;
namespace u8 = pegtl::utf8;

// Blank inside a line: ASCII space, tab, ideographic space U+3000, NBSP.
struct blank : u8::one<U' ', U'\t', 0x3000, 0xA0> {};
struct blanks : pegtl::star<blank> {};
struct comment : pegtl::seq<pegtl::one<'#'>, pegtl::until<pegtl::at<pegtl::eolf>>> {};
// The end of a statement line, comments and blank lines included.
struct line_end : pegtl::seq<blanks, pegtl::opt<comment>, pegtl::eolf> {};
struct skip_lines : pegtl::star<pegtl::sor<pegtl::plus<blank>, comment, pegtl::eol>> {};

// 0-9 and their full-width forms ０-９.
struct digit : u8::ranges<U'0', U'9', 0xFF10, 0xFF19> {};
struct decimal_point : u8::one<U'.', 0xFF0E> {};
struct sign : u8::one<U'+', U'-', 0xFF0B, 0xFF0D, 0x2212> {};
// 1,618.788 — a separator is only taken when three digits follow it, so a
// list such as "85%,95%" is never read as one number.
struct thousands_group : pegtl::seq<pegtl::one<','>, digit, digit, digit, pegtl::not_at<digit>> {};
struct integer_part : pegtl::seq<pegtl::plus<digit>, pegtl::star<thousands_group>> {};
struct fraction_part : pegtl::seq<decimal_point, pegtl::plus<digit>> {};
// The exact lexeme is handed to parse_decimal(), which builds the value once.
struct unsigned_number : pegtl::seq<integer_part, pegtl::opt<fraction_part>> {};
struct number : pegtl::seq<pegtl::opt<sign>, unsigned_number> {};
// Without separators, for lists and brackets where ',' separates items.
struct plain_number : pegtl::seq<pegtl::opt<sign>, pegtl::plus<digit>, pegtl::opt<fraction_part>> {};

// clang-format on

} // namespace jixiao::grammar
