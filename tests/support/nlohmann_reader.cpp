// The previous document reader, built on nlohmann's SAX parser: kept as the
// oracle the project's own reader (document/json_reader.cpp) is compared with,
// in tests/unit/json_reader_test.cpp and fuzz/fuzz_json.cpp. Same contract as
// parse_json: exact numbers from their raw text, depth limit, positioned errors.
#include "support/nlohmann_reader.hpp"

#include "diag/diagnostic.hpp"
#include "number/decimal_parse.hpp"

#include <nlohmann/json.hpp>

#include <algorithm>
#include <iterator>
#include <optional>

namespace jixiao::testing {

namespace {

// A char iterator that tells how far nlohmann's lexer has read, so errors
// raised in SAX callbacks (which get no position) can still be located.
class counting_iterator {
  public:
    using iterator_category = std::input_iterator_tag;
    using value_type = char;
    using difference_type = std::ptrdiff_t;
    using pointer = const char*;
    using reference = const char&;

    counting_iterator(const char* p, std::size_t* read) : p_(p), read_(read) {}
    reference operator*() const { return *p_; }
    counting_iterator& operator++() {
        ++p_;
        ++*read_;
        return *this;
    }
    counting_iterator operator++(int) {
        counting_iterator old = *this;
        ++*this;
        return old;
    }
    friend bool operator==(const counting_iterator& a, const counting_iterator& b) {
        return a.p_ == b.p_;
    }

  private:
    const char* p_;
    std::size_t* read_;
};

using sax_base = nlohmann::json_sax<nlohmann::json>;

class document_builder final : public sax_base {
  public:
    document_builder(std::string_view text, std::string_view file, const json_limits& limits,
                     const std::size_t* read)
        : text_(text), file_(file), limits_(limits), read_(read) {}

    bool null() override { return add(json_value()); }
    bool boolean(bool v) override { return add(json_value(v)); }
    bool number_integer(number_integer_t v) override {
        return add(json_value(decimal::from_int(v)));
    }
    bool number_unsigned(number_unsigned_t v) override {
        // Above INT64_MAX the raw digits are the only exact source.
        if (v > static_cast<number_unsigned_t>(INT64_MAX)) {
            return add(json_value(parse_decimal(std::to_string(v))));
        }
        return add(json_value(decimal::from_int(static_cast<std::int64_t>(v))));
    }
    bool number_float(number_float_t, const string_t& raw) override {
        try {
            return add(json_value(parse_decimal(raw, {.grouping = false, .exponent = true})));
        } catch (const number_syntax_error& e) {
            return fail_at(token_start(raw) + e.offset(), {e.zh(), e.what()});
        }
    }
    bool string(string_t& s) override { return add(json_value(std::move(s))); }
    bool binary(binary_t&) override { return add(json_value()); }
    bool start_object(std::size_t) override { return open(json_value(json_object{})); }
    bool key(string_t& k) override {
        key_ = std::move(k);
        return true;
    }
    bool end_object() override {
        stack_.back()->object()->seal();
        return close();
    }
    bool start_array(std::size_t) override { return open(json_value(json_array{})); }
    bool end_array() override { return close(); }
    bool parse_error(std::size_t position, const std::string& last_token,
                     const nlohmann::detail::exception& ex) override {
        if (!error_) {
            // "[json.exception.parse_error.101] parse error at line 1, column 5: syntax
            // error while parsing value - invalid literal; last read: 'x'": keep the
            // explanation; our own position is more precise than nlohmann's.
            std::string detail = ex.what();
            if (auto bracket = detail.find("] "); bracket != std::string::npos) {
                detail.erase(0, bracket + 2);
            }
            if (auto colon = detail.find(": ");
                detail.starts_with("parse error") && colon != std::string::npos) {
                detail.erase(0, colon + 2);
            }
            // `position` counts the bytes read up to the offending one; a number
            // that overflows nlohmann's own range (406) is reported at its start.
            std::size_t back = ex.id == 406 ? std::max<std::size_t>(1, last_token.size()) : 1;
            fail_at(position >= back ? position - back : 0,
                    {"JSON 格式错误：" + detail, "malformed JSON: " + detail});
        }
        return false;
    }

    json_value take_root() { return std::move(root_); }
    const std::optional<diagnostic>& error() const { return error_; }

  private:
    bool add(json_value v) {
        if (stack_.empty()) {
            root_ = std::move(v);
            return true;
        }
        json_value* top = stack_.back();
        if (json_array* a = top->array()) {
            a->push_back(std::move(v));
        } else {
            top->object()->emplace_back(std::move(key_), std::move(v));
        }
        return true;
    }
    json_value* last_added() {
        if (stack_.empty()) {
            return &root_;
        }
        json_value* top = stack_.back();
        if (json_array* a = top->array()) {
            return &a->back();
        }
        return &top->object()->back().second;
    }
    bool open(json_value container) {
        if (stack_.size() >= limits_.max_depth) {
            return fail_at(
                *read_ > 0 ? *read_ - 1 : 0,
                {"JSON 嵌套超过 " + std::to_string(limits_.max_depth) + " 层",
                 "JSON nested deeper than " + std::to_string(limits_.max_depth) + " levels"});
        }
        add(std::move(container));
        // Parents are not appended to while a child is open, so this pointer stays valid.
        stack_.push_back(last_added());
        return true;
    }
    bool close() {
        stack_.pop_back();
        return true;
    }
    // The lexer has read one byte past a number; find where its token began.
    std::size_t token_start(const std::string& raw) const {
        std::size_t end = std::min(*read_, text_.size());
        std::size_t at = text_.rfind(raw, end);
        return at == std::string_view::npos ? (end >= raw.size() ? end - raw.size() : 0) : at;
    }
    bool fail_at(std::size_t offset, message m) {
        error_ = diagnose(severity::error, std::move(m), file_, text_, offset);
        return false;
    }

    std::string_view text_;
    std::string_view file_;
    const json_limits& limits_;
    const std::size_t* read_;
    json_value root_;
    std::vector<json_value*> stack_;
    std::string key_;
    std::optional<diagnostic> error_;
};

} // namespace

json_value parse_json_with_nlohmann(std::string_view text, std::string_view file,
                                    const json_limits& limits) {
    if (text.size() > limits.max_bytes) {
        throw diagnostic_error(
            diagnose(severity::error,
                     {"JSON 文档超过 " + std::to_string(limits.max_bytes >> 20) + " MiB 的上限",
                      "the JSON document is larger than the limit of " +
                          std::to_string(limits.max_bytes >> 20) + " MiB"},
                     file));
    }
    std::size_t read = 0;
    document_builder builder(text, file, limits, &read);
    counting_iterator first(text.data(), &read);
    counting_iterator last(text.data() + text.size(), &read);
    bool ok = nlohmann::json::sax_parse(first, last, &builder, nlohmann::json::input_format_t::json,
                                        true);
    if (!ok || builder.error()) {
        if (builder.error()) {
            throw diagnostic_error(*builder.error());
        }
        throw diagnostic_error(
            diagnose(severity::error, {"JSON 格式错误", "malformed JSON"}, file, text, read));
    }
    return builder.take_root();
}

} // namespace jixiao::testing
