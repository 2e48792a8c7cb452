#include "number/decimal_display.hpp"

namespace jixiao {
namespace {

// "93.0000" with places 2 → "93.00"; "9.375" → "9.375"; "20" → "20.00".
std::string padded(std::string s, int places) {
    std::size_t point = s.find('.');
    if (point == std::string::npos) {
        if (places > 0) {
            s += '.' + std::string(static_cast<std::size_t>(places), '0');
        }
        return s;
    }
    std::size_t keep = point + 1 + static_cast<std::size_t>(places);
    while (s.size() > keep && s.back() == '0') {
        s.pop_back();
    }
    if (s.back() == '.') {
        s.pop_back();
    }
    if (s.size() < keep && places > 0) {
        s.append(keep - s.size(), '0');
    }
    return s;
}

} // namespace

std::string at_least_places(const decimal& d, int places) {
    return padded(d.to_string(), places);
}

std::string as_percentage(const decimal& fraction, int places) {
    return padded((fraction * decimal::from_int(100)).to_string(), places) + "%";
}

std::string with_thousands(const decimal& d) {
    std::string s = d.to_string();
    std::size_t start = s.starts_with('-') ? 1 : 0;
    std::size_t end = s.find('.');
    if (end == std::string::npos) {
        end = s.size();
    }
    for (std::size_t at = end; at > start + 3; at -= 3) {
        s.insert(at - 3, 1, ',');
    }
    return s;
}

} // namespace jixiao
