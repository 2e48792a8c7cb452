// Documents of the right shape with hostile values: a self-evaluation (项目名称,
// budget, 指标 records) or a disclosure (表 with 列 and 行, 说明 claims) whose
// every field is drawn from values chosen to break a reader: huge, negative,
// fractional, exponent-laden, of the wrong type, empty, missing. Each choice
// is taken from a stream of bytes, so the same generator serves a property
// test (bytes from a seeded generator) and a structure-aware fuzz target
// (bytes from libFuzzer, fuzz/fuzz_documents.cpp).
#pragma once

#include <cstddef>
#include <cstdint>
#include <string>

namespace jixiao::hostile {

// Reads choices from bytes; past the end every choice is 0.
class choices {
  public:
    choices(const std::uint8_t* data, std::size_t size) : data_(data), size_(size) {}
    std::size_t pick(std::size_t n) { return n == 0 ? 0 : (at_ < size_ ? data_[at_++] : 0) % n; }

  private:
    const std::uint8_t* data_;
    std::size_t size_;
    std::size_t at_ = 0;
};

// JSON text of a self-evaluation document, and of a disclosure document.
std::string selfeval_document(choices& c);
std::string disclosure_document(choices& c);

} // namespace jixiao::hostile
