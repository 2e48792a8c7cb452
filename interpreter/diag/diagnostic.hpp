// One diagnostic type for every phase (STYLE.md §11): parse errors, analysis
// errors, runtime errors and warnings all become a `diagnostic`, rendered as
//
//   file:line:col: 错误: message
//   <the source line>
//   <caret under the offending character, placed by display width>
//
// Every message is carried in Chinese and English; the caller picks one.
#pragma once

#include <cstddef>
#include <stdexcept>
#include <string>
#include <string_view>
#include <vector>

namespace jixiao {

enum class lang { zh, en };

// Bilingual text: every user-facing message has both.
struct message {
    std::string zh;
    std::string en;
    const std::string& in(lang l) const { return l == lang::zh ? zh : en; }
};

enum class severity { error, warning, note };

struct diagnostic {
    severity level = severity::error;
    message text;
    std::string file;           // "input", a path, or a rule pack file
    std::size_t line = 0;       // 1-based; 0 when there is no position
    std::size_t column = 0;     // 1-based, in code points
    std::string source_line;    // the whole line, for the caret
    std::size_t span_chars = 1; // code points underlined
};

// Locates byte range [offset, offset+length) of `source` as a diagnostic.
diagnostic diagnose(severity level, message text, std::string_view file, std::string_view source,
                    std::size_t offset, std::size_t length = 1);

// A diagnostic without a source position.
diagnostic diagnose(severity level, message text, std::string_view file = {});

std::string render(const diagnostic& d, lang l);

// Thrown when a phase cannot go on; carries the positioned diagnostic.
class diagnostic_error : public std::runtime_error {
  public:
    explicit diagnostic_error(diagnostic d) : std::runtime_error(d.text.en), diag_(std::move(d)) {}
    const diagnostic& diag() const noexcept { return diag_; }

  private:
    diagnostic diag_;
};

} // namespace jixiao
