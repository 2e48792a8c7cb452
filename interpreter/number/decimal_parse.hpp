// Reading a decimal from text, exactly: rule source, JSON raw tokens and the
// figures of budget documents. Never through double (docs/domain.md §3.4).
#pragma once

#include "number/decimal.hpp"

#include <cstddef>
#include <stdexcept>
#include <string>
#include <string_view>

namespace jixiao {

struct number_syntax {
    bool grouping = true;  // thousands separators: 1,618.788
    bool exponent = false; // 1.5e3 (JSON)
    bool sign = true;      // + - and their full-width forms
};

// A malformed number: `offset` is the byte in the text where it went wrong.
class number_syntax_error : public std::runtime_error {
  public:
    number_syntax_error(std::size_t offset, std::string en, std::string zh)
        : std::runtime_error(std::move(en)), offset_(offset), zh_(std::move(zh)) {}
    std::size_t offset() const noexcept { return offset_; }
    const std::string& zh() const noexcept { return zh_; }

  private:
    std::size_t offset_;
    std::string zh_;
};

// Parses the whole of `text` (no surrounding space). ASCII and full-width
// digits, signs and decimal points are accepted; a thousands separator must
// sit between groups of three digits. Beyond max_literal_digits significant
// digits or max_literal_exponent it throws, never hangs.
decimal parse_decimal(std::string_view text, number_syntax syntax = {});

} // namespace jixiao
