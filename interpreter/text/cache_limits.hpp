// What the per-thread caches of a batch worker (指标值 texts, their shapes, unit
// texts) may keep. They live as long as the thread, across every document of a
// batch, so besides a bound on entries each entry is bounded: a text longer
// than this is read every time and never kept (real 指标值 are under 100 bytes;
// a hostile document may carry megabytes in one field).
#pragma once

#include <cstddef>

namespace jixiao {

inline constexpr std::size_t max_cached_text_bytes = 256;

} // namespace jixiao
