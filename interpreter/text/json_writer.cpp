#include "text/json_writer.hpp"

#include <array>
#include <cstring>

namespace jixiao {

namespace {

std::uint64_t load8(const char* p) {
    std::uint64_t w = 0;
    std::memcpy(&w, p, sizeof w);
    return w;
}

// True when one of the eight bytes of w is a control character, '"' or '\\'
// (the classic "has a byte less than n" and "has a zero byte" bit tricks;
// bytes >= 0x80 never match).
bool needs_escape(std::uint64_t w) {
    constexpr std::uint64_t ones = 0x0101010101010101ULL;
    constexpr std::uint64_t highs = 0x8080808080808080ULL;
    auto has_zero = [](std::uint64_t v) { return (v - ones) & ~v & highs; };
    std::uint64_t control = (w - ones * 0x20) & ~w & highs;
    return (control | has_zero(w ^ (ones * '"')) | has_zero(w ^ (ones * '\\'))) != 0;
}

} // namespace

void append_json_string(std::string& out, std::string_view s) {
    static constexpr char hex[] = "0123456789abcdef";
    out.reserve(out.size() + s.size() + 2);
    out += '"';
    // Most text needs no escape: copy each run of such bytes at once, finding
    // its end eight bytes at a time (CJK text is all bytes >= 0x80).
    std::size_t run = 0;
    std::size_t i = 0;
    for (;;) {
        while (i + 8 <= s.size() && !needs_escape(load8(s.data() + i))) {
            i += 8;
        }
        if (i >= s.size()) {
            break;
        }
        auto u = static_cast<unsigned char>(s[i++]);
        if (u >= 0x20 && u != '"' && u != '\\') {
            continue;
        }
        out.append(s.data() + run, i - 1 - run);
        run = i;
        switch (u) {
        case '"':
            out += "\\\"";
            break;
        case '\\':
            out += "\\\\";
            break;
        case '\b':
            out += "\\b";
            break;
        case '\f':
            out += "\\f";
            break;
        case '\n':
            out += "\\n";
            break;
        case '\r':
            out += "\\r";
            break;
        case '\t':
            out += "\\t";
            break;
        default:
            out += "\\u00";
            out += hex[u >> 4];
            out += hex[u & 0xF];
        }
    }
    out.append(s.data() + run, s.size() - run);
    out += '"';
}

void json_writer::separate() {
    if (after_key_) {
        after_key_ = false;
        return;
    }
    if (!first_.empty()) {
        if (!first_.back()) {
            out_ += ',';
        }
        first_.back() = false;
    }
}

json_writer& json_writer::begin_object() {
    separate();
    out_ += '{';
    first_.push_back(true);
    return *this;
}

json_writer& json_writer::end_object() {
    out_ += '}';
    first_.pop_back();
    return *this;
}

json_writer& json_writer::begin_array() {
    separate();
    out_ += '[';
    first_.push_back(true);
    return *this;
}

json_writer& json_writer::end_array() {
    out_ += ']';
    first_.pop_back();
    return *this;
}

json_writer& json_writer::key(json_key k) {
    separate();
    // One append of "key": (keys are short; three appends cost twice as much).
    std::string_view t = k.text();
    std::array<char, 64> buf;
    if (t.size() + 3 > buf.size()) {
        out_ += '"';
        out_ += t;
        out_ += "\":";
    } else {
        buf[0] = '"';
        std::memcpy(buf.data() + 1, t.data(), t.size());
        buf[t.size() + 1] = '"';
        buf[t.size() + 2] = ':';
        out_.append(buf.data(), t.size() + 3);
    }
    after_key_ = true;
    return *this;
}

json_writer& json_writer::string(std::string_view s) {
    separate();
    append_json_string(out_, s);
    return *this;
}

json_writer& json_writer::number(std::uint64_t n) {
    separate();
    out_ += std::to_string(n);
    return *this;
}

json_writer& json_writer::boolean(bool b) {
    separate();
    out_ += b ? "true" : "false";
    return *this;
}

json_writer& json_writer::null() {
    separate();
    out_ += "null";
    return *this;
}

json_writer& json_writer::strings(const std::vector<std::string>& items) {
    begin_array();
    for (const auto& s : items) {
        string(s);
    }
    return end_array();
}

} // namespace jixiao
