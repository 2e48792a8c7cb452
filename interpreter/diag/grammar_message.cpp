#include "diag/grammar_message.hpp"

#include "text/utf8.hpp"

namespace jixiao {

message grammar_message(std::string_view raw) {
    auto sep = raw.find('\x1f');
    if (sep == std::string_view::npos) {
        return {std::string(raw), std::string(raw)};
    }
    return {std::string(raw.substr(0, sep)), std::string(raw.substr(sep + 1))};
}

void say_what_was_found(message& m, std::string_view source, std::size_t at,
                        std::string_view end_zh, std::string_view end_en) {
    if (at >= source.size()) {
        m.zh += "，却已到";
        m.zh += end_zh;
        m.en += ", found ";
        m.en += end_en;
        return;
    }
    std::size_t end = at;
    utf8::next(source, end);
    std::string found(source.substr(at, end - at));
    if (found == "\n") {
        m.zh += "，却遇到行尾";
        m.en += ", found the end of the line";
    } else {
        m.zh += "，却遇到「" + found + "」";
        m.en += ", found '" + found + "'";
    }
}

} // namespace jixiao
