// What calls of a program's functions can read besides their arguments: the
// document (输入, or a rule, which is the document's), the fields of a record
// argument, the pack's parameters. A host that calls the same functions on
// many records asks it once per pack: calls that read neither the document
// nor a field by a computed name give the same result for records that agree
// on the fields read (selfeval/indicator_cache.hpp remembers them so).
#pragma once

#include "lang/program.hpp"

#include <cstdint>
#include <span>
#include <string>
#include <vector>

namespace jixiao::jx {

struct reads {
    bool document = false;  // 输入, or a rule
    bool any_field = false; // a field named by a value (取值, 有字段, 字段名, 查找)
    std::vector<std::string> fields; // names read with `.`, sorted, each once
};

// What the given functions read, through every function, parameter and
// 上级 they reach (the functions form no cycle: check_recursion).
reads what_calls_read(const program& p, std::span<const std::uint32_t> functions);

} // namespace jixiao::jx
