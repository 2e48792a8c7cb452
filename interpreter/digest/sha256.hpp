// SHA-256 (FIPS 180-4), for pack locks. Small enough to own: the project
// takes no cryptography library for one hash of a few files.
#pragma once

#include <array>
#include <cstdint>
#include <string>
#include <string_view>

namespace jixiao {

class sha256 {
  public:
    sha256() noexcept;
    void update(std::string_view data) noexcept;
    std::array<std::uint8_t, 32> finish() noexcept; // the object is spent afterwards

  private:
    void block(const std::uint8_t* p) noexcept;

    std::array<std::uint32_t, 8> h_;
    std::array<std::uint8_t, 64> buffer_{};
    std::size_t buffered_ = 0;
    std::uint64_t length_ = 0; // bytes
};

// The lowercase hex digest of `data`.
std::string sha256_hex(std::string_view data);
std::string to_hex(const std::array<std::uint8_t, 32>& digest);

} // namespace jixiao
