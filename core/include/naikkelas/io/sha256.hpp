// SHA-256 (FIPS 180-4) for the run manifest's digests of scenarios and output files.
// Small and dependency-free; not meant for secrets, only for identifying content.
#pragma once

#include <array>
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

namespace nk::io {

// Incremental hashing: update() any number of times, then digest() once.
class Sha256 {
public:
    Sha256();
    void update(std::string_view bytes);
    void update(const void* data, std::size_t size);
    std::array<std::uint8_t, 32> digest(); // finishes; the object must not be reused
    std::string hexDigest();               // lower-case, 64 characters

private:
    void compress(const std::uint8_t* block);

    std::array<std::uint32_t, 8> m_state;
    std::array<std::uint8_t, 64> m_buffer{};
    std::size_t m_buffered = 0;
    std::uint64_t m_totalBytes = 0;
};

// Lower-case hex digest of the bytes.
std::string sha256Hex(std::string_view bytes);

// Lower-case hex digest of a file's contents; false (with `error`) if it cannot be read.
bool sha256File(const std::string& path, std::string& hex, std::string& error);

} // namespace nk::io
