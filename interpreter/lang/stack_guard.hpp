// How deep this thread's native stack may still go. Evaluation recurses once
// per level of the syntax tree and once per call; the level count is bounded
// (evaluation_limits::max_depth), but a frame's size depends on the build
// (sanitizers make them several times larger) and a thread's stack on how it
// was started, so the evaluator also stops before it nears the real end.
#pragma once

#include <cstdint>

namespace jixiao::jx {

// The lowest frame address evaluation may reach on the calling thread: its
// stack's lower end plus a margin for reporting the error. 0 when unknown.
std::uintptr_t stack_floor() noexcept;

} // namespace jixiao::jx
