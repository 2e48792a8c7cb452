#include "lang/stack_guard.hpp"

#include <algorithm>

#include <pthread.h>

namespace jixiao::jx {

namespace {

// Left for building and throwing the message: a quarter of the stack, at most 256 KiB.
constexpr std::uintptr_t max_margin = 256u << 10;

std::uintptr_t find_floor() noexcept {
    pthread_attr_t attr;
    if (pthread_getattr_np(pthread_self(), &attr) != 0) {
        return 0;
    }
    void* low = nullptr;
    std::size_t size = 0;
    int rc = pthread_attr_getstack(&attr, &low, &size);
    pthread_attr_destroy(&attr);
    if (rc != 0 || low == nullptr || size == 0) {
        return 0;
    }
    return reinterpret_cast<std::uintptr_t>(low) + std::min<std::uintptr_t>(max_margin, size / 4);
}

} // namespace

std::uintptr_t stack_floor() noexcept {
    // Asking is slow for the main thread (glibc reads /proc/self/maps): once per thread.
    thread_local const std::uintptr_t floor = find_floor();
    return floor;
}

} // namespace jixiao::jx
