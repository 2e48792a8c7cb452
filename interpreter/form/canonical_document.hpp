// A self-evaluation document in the words of the pack: the keys a person or a
// budget system wrote (年度指标值, 权重, 完成值, 调整后预算数 …) renamed to the
// fields the packs read (年初指标值, 分值, 实际完成值, 全年预算数; the
// vocabulary of vocabulary.hpp), and amounts written with their unit
// (`"1196540.50万元"`) turned into numbers in the document's 金额单位. A JSON
// document and a workbook then say the same thing in the same words, and the
// pack's rules see one shape. Keys the vocabulary does not know are kept as
// they are (a pack may read fields of its own).
#pragma once

#include "diag/diagnostic.hpp"
#include "document/json_value.hpp"
#include "form/vocabulary.hpp"

#include <cstdint>
#include <string>
#include <unordered_map>
#include <vector>

namespace jixiao {

class selfeval_canonicalizer {
  public:
    explicit selfeval_canonicalizer(const form_vocabulary& v);

    // Rewrites `doc` in place (anything but an object is left for the
    // evaluator to refuse) and returns what it could not settle: a field
    // given under two labels (the field's own name wins), an amount unit
    // other than 元 / 万元.
    std::vector<message> operator()(json_value& doc) const;

  private:
    std::unordered_map<std::string, std::string> fields_; // label → field
    std::unordered_map<std::string, std::string> grid_;
    // Which canonicalizer this is, in this process (never reused, unlike an
    // address): what a thread remembers of its keys is its own (rename_keys).
    std::uint64_t serial_;
};

} // namespace jixiao
