#include "text/shorten.hpp"

namespace jixiao {

namespace {

constexpr std::string_view gap = " … ";

bool continuation(char c) {
    return (static_cast<unsigned char>(c) & 0xC0) == 0x80;
}

struct cut {
    std::size_t head; // bytes kept from the start
    std::size_t tail; // where the kept end starts
};

cut cut_points(std::string_view s, std::size_t max_bytes) {
    std::size_t keep = (max_bytes - gap.size()) / 2;
    std::size_t head = keep;
    while (head > 0 && continuation(s[head])) {
        --head;
    }
    std::size_t tail = s.size() - keep;
    while (tail < s.size() && continuation(s[tail])) {
        ++tail;
    }
    return {head, tail};
}

} // namespace

std::string shortened(std::string_view s, std::size_t max_bytes) {
    if (s.size() <= max_bytes) {
        return std::string(s);
    }
    cut c = cut_points(s, max_bytes);
    std::string out;
    out.reserve(c.head + gap.size() + (s.size() - c.tail));
    out.append(s.substr(0, c.head));
    out.append(gap);
    out.append(s.substr(c.tail));
    return out;
}

void shorten(std::string& s, std::size_t max_bytes) {
    if (s.size() <= max_bytes) {
        return;
    }
    cut c = cut_points(s, max_bytes);
    s.replace(c.head, c.tail - c.head, gap);
}

} // namespace jixiao
