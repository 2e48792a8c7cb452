// Documented limits of rule files (docs/limits.md). Packs travel between
// provinces and are untrusted: these bound what one file can ask of the parser
// and of every pass that walks its syntax tree, and they keep every recursive
// walk far inside the native stack.
#pragma once

#include <cstddef>
#include <cstdint>

namespace jixiao::jx {

inline constexpr std::size_t max_source_bytes = 1u << 20; // one rule file: 1 MiB
inline constexpr std::uint32_t max_nesting = 256;         // levels of one expression's tree
// Levels the parser descends while reading one expression (parentheses count
// here, not in the tree): twice the tree's, so that whatever `jixiao fmt`
// writes, with a parenthesis around each operand that needs one, reads again.
inline constexpr std::uint32_t max_open_nesting = 2 * max_nesting;
inline constexpr std::uint32_t max_reference_chain = 128; // definitions reached one through another
inline constexpr std::size_t max_modules =
    256; // files in one program, the standard library's included
inline constexpr std::size_t max_import_depth = 64;          // modules imported one through another
inline constexpr std::uint64_t max_output_bytes = 16u << 20; // what one run writes (16 MiB)

} // namespace jixiao::jx
