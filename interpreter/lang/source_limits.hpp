// Documented limits of rule files (docs/limits.md). Packs travel between
// provinces and are untrusted: these bound what one file can ask of the parser
// and of every pass that walks its syntax tree, and they keep every recursive
// walk far inside the native stack.
#pragma once

#include <cstddef>
#include <cstdint>

namespace jixiao::jx {

inline constexpr std::size_t max_source_bytes = 1u << 20; // one rule file: 1 MiB
inline constexpr std::uint32_t max_nesting = 256;         // levels of one expression
inline constexpr std::uint32_t max_reference_chain = 128; // definitions reached one through another
inline constexpr std::uint64_t max_output_bytes = 16u << 20; // what one run writes (16 MiB)

} // namespace jixiao::jx
