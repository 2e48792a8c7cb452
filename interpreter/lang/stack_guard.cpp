#include "lang/stack_guard.hpp"

#include <pthread.h>

namespace jixiao::jx {

namespace {

constexpr std::uintptr_t margin = 256u << 10; // for building and throwing the message

std::uintptr_t find_floor() noexcept {
    pthread_attr_t attr;
    if (pthread_getattr_np(pthread_self(), &attr) != 0) {
        return 0;
    }
    void* low = nullptr;
    std::size_t size = 0;
    int rc = pthread_attr_getstack(&attr, &low, &size);
    pthread_attr_destroy(&attr);
    if (rc != 0 || low == nullptr || size <= 2 * margin) {
        return 0;
    }
    return reinterpret_cast<std::uintptr_t>(low) + margin;
}

} // namespace

std::uintptr_t stack_floor() noexcept {
    // Asking is slow for the main thread (glibc reads /proc/self/maps): once per thread.
    thread_local const std::uintptr_t floor = find_floor();
    return floor;
}

} // namespace jixiao::jx
