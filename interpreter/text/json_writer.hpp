// Compact JSON written straight into a string, for batch output where
// building an nlohmann document per record costs more than scoring it. The
// bytes are the same as nlohmann's dump() (a test holds the two together).
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace jixiao {

// An object key written in the program text. Checked when compiled to need
// no escape, so the writer copies it as it is (keys are most of what a result
// line writes, by count).
class json_key {
  public:
    template <std::size_t N> consteval json_key(const char (&k)[N]) : text_(k, N - 1) {
        for (char c : text_) {
            auto u = static_cast<unsigned char>(c);
            if (u < 0x20 || c == '"' || c == '\\') {
                throw "a JSON key in the program must need no escape";
            }
        }
    }
    std::string_view text() const noexcept { return text_; }

  private:
    std::string_view text_;
};

class json_writer {
  public:
    explicit json_writer(std::string& out) : out_(out) {}

    json_writer& begin_object();
    json_writer& end_object();
    json_writer& begin_array();
    json_writer& end_array();
    json_writer& key(json_key k);
    json_writer& string(std::string_view s);
    json_writer& number(std::uint64_t n);
    json_writer& boolean(bool b);
    json_writer& null();
    // A list of strings as an array.
    json_writer& strings(const std::vector<std::string>& items);

  private:
    void separate();
    std::string& out_;
    std::vector<unsigned char> first_; // per open container: nothing written in it yet
    bool after_key_ = false;
};

// s as a JSON string literal: quotes, \" \\ \b \f \n \r \t, \u00xx for other
// control characters; UTF-8 passes through.
void append_json_string(std::string& out, std::string_view s);

} // namespace jixiao
