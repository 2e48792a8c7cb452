// UTF-8 decoding and terminal display width. Budget documents mix ASCII,
// full-width forms and CJK; diagnostics need the width to place a caret and
// the parsers need code points, never bytes.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>

namespace jixiao::utf8 {

inline constexpr char32_t invalid = 0xFFFD;

// Decodes the code point at text[pos] and advances pos. An invalid or
// truncated sequence yields `invalid` and advances by one byte.
char32_t next(std::string_view text, std::size_t& pos) noexcept;

// True when every byte sequence in `text` is valid UTF-8.
bool valid(std::string_view text) noexcept;

void append(std::string& out, char32_t cp);

// Columns a code point takes in a terminal: 2 for East Asian Wide and
// Fullwidth, 0 for combining marks, 1 otherwise.
int width(char32_t cp) noexcept;
int width(std::string_view text) noexcept;

// Number of code points.
std::size_t length(std::string_view text) noexcept;

// True for ideographs and CJK punctuation, the characters between which a
// space is PDF-extraction noise.
bool is_cjk(char32_t cp) noexcept;

// Full-width ASCII variants (U+FF01..U+FF5E) and the ideographic space mapped
// to ASCII; other code points unchanged.
char32_t fold_width(char32_t cp) noexcept;

bool is_space(char32_t cp) noexcept;

} // namespace jixiao::utf8
