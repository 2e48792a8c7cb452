// Reads a stream up to a limit. Files come from untrusted packs and many
// hands: a 10 GB "rule file" must be refused for its size (docs/limits.md),
// not read whole first. Reading one byte past the limit lets the caller's
// own size check report it, with its position.
#pragma once

#include <cstddef>
#include <istream>
#include <string>

namespace jixiao {

// At most `limit` bytes of `in`.
std::string read_bounded(std::istream& in, std::size_t limit);

// What callers pass: one more than the largest input they accept anywhere
// (a 64 MiB JSON document), so the limit check downstream sees the excess.
inline constexpr std::size_t max_file_read = (64u << 20) + 1;

} // namespace jixiao
