// Turning a PEGTL parse error into our message: the grammar's *_errors.hpp
// hold "中文\x1fEnglish" expectations, and every parser adds what it found.
#pragma once

#include "diag/diagnostic.hpp"

#include <string_view>

namespace jixiao {

// Splits "中文\x1fEnglish" (a message without \x1f is used for both).
message grammar_message(std::string_view raw);

// Appends "，却遇到「X」 / , found 'X'" for the character at `at` of `source`,
// "the end of the line" for a newline, and `end_zh` / `end_en` at the end.
void say_what_was_found(message& m, std::string_view source, std::size_t at,
                        std::string_view end_zh, std::string_view end_en);

} // namespace jixiao
