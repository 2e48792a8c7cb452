// What the target grammar's actions record: lexemes with their byte
// positions, before any number or unit is interpreted. Private to target/.
#pragma once

#include "target/target.hpp"

#include <optional>
#include <string>
#include <string_view>

namespace jixiao::detail {

// Where the grammar found something, by byte position in the text it read.
// Positions only: a scan remembered for one text of a shape is the scan of
// every text of that shape (target_scan.cpp), with nothing to read again.
struct lexeme {
    std::size_t offset = 0;
    std::size_t length = 0;
    std::string_view in(std::string_view text) const { return text.substr(offset, length); }
};

enum class alternative {
    none,
    empty,
    comparison,
    bracket_range,
    deadline,
    dash_range,
    quantity,
    qualitative
};

struct date_parts {
    date_spec date;
    recurrence rec = recurrence::none;
    std::optional<lexeme> month; // for range checks with a position
    std::optional<lexeme> day;
};

// A field added here is written by tests/support/scratch_dump.cpp, which
// compares remembered scans with the grammar's own.
struct target_scratch {
    alternative matched = alternative::none;

    std::optional<comparison_op> op;
    std::optional<lexeme> op_text;
    std::optional<lexeme> number;
    std::optional<lexeme> unit;

    std::optional<lexeme> low;
    std::optional<lexeme> high;
    std::optional<lexeme> low_unit;
    std::optional<lexeme> high_unit;
    bool low_inclusive = true;
    bool high_inclusive = true;

    date_parts current;
    std::optional<date_parts> at;
    std::optional<date_parts> from;
    std::optional<date_parts> to;
    bool period = false;
    bool within_year = false;
    bool by = false;
    std::optional<lexeme> note;
    // An action read the value of a digit (a date's year, month or day): the
    // scan holds for this text only, not for its shape.
    bool read_digit_values = false;
};

// Runs the grammar; throws diagnostic_error for a malformed comparison.
target_scratch scan_target(std::string_view text, std::string_view file);
// The same, always running the grammar (scan_target remembers shapes; a test
// holds the two together).
target_scratch scan_target_uncached(std::string_view text, std::string_view file);
// How many shapes this thread remembers (for tests of the cache's bounds).
std::size_t remembered_shapes() noexcept;

} // namespace jixiao::detail
