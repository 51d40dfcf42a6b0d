#include "naikkelas/io/sha256.hpp"

#include <doctest/doctest.h>

#include <cstdio>
#include <cstdlib>
#include <string>
#include <unistd.h>

// Test vectors of FIPS 180-4 examples (NIST CSRC "SHA256.pdf") and the NESSIE set.

TEST_SUITE("sha256") {

    TEST_CASE("standard test vectors") {
        CHECK(nk::io::sha256Hex("abc") ==
              "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
        CHECK(nk::io::sha256Hex("") ==
              "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
        // 448 bits: the padding no longer fits in the message's last block.
        CHECK(nk::io::sha256Hex("abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq") ==
              "248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1");
        CHECK(nk::io::sha256Hex("abcdefghbcdefghicdefghijdefghijkefghijklfghijklmghijklmnhijklmno"
                                "ijklmnopjklmnopqklmnopqrlmnopqrsmnopqrstnopqrstu") ==
              "cf5b16a778af8380036ce59e7b0492370b249b11e8f07a51afac45037afee9d1");
        CHECK(nk::io::sha256Hex(std::string(1'000'000, 'a')) ==
              "cdc76e5c9914fb9281a1c7e284d73e67f1809a48a497200e046d39ccc7112cd0");
    }

    TEST_CASE("lengths around the block and padding boundaries") {
        // 55 bytes fit the padding in one block, 56 need two; 64 is exactly one block.
        CHECK(nk::io::sha256Hex(std::string(55, 'a')) ==
              "9f4390f8d30c2dd92ec9f095b65e2b9ae9b0a925a5258e241c9f1e910f734318");
        CHECK(nk::io::sha256Hex(std::string(56, 'a')) ==
              "b35439a4ac6f0948b6d6f9e3c6af0f5f590ce20f1bde7090ef7970686ec6738a");
        CHECK(nk::io::sha256Hex(std::string(64, 'a')) ==
              "ffe054fe7ae0cb6dc65c3af9b61d5209f439851db43d0ba5997337df154668eb");
    }

    TEST_CASE("incremental updates in uneven pieces give the one-shot digest") {
        std::string message;
        for (int i = 0; i < 1000; ++i) message += static_cast<char>('a' + i % 26);
        nk::io::Sha256 hash;
        std::size_t offset = 0;
        for (std::size_t piece = 1; offset < message.size(); piece = piece * 3 % 97 + 1) {
            const std::size_t n = std::min(piece, message.size() - offset);
            hash.update(std::string_view(message).substr(offset, n));
            offset += n;
        }
        CHECK(hash.hexDigest() == nk::io::sha256Hex(message));
        CHECK(nk::io::sha256Hex(message) != nk::io::sha256Hex(message + "a"));
    }

    TEST_CASE("digest of a file") {
        char path[] = "/tmp/nk_sha256_XXXXXX";
        const int fd = ::mkstemp(path);
        REQUIRE(fd >= 0);
        const std::string contents(100'000, 'a');
        REQUIRE(::write(fd, contents.data(), contents.size()) ==
                static_cast<ssize_t>(contents.size()));
        ::close(fd);

        std::string hex;
        std::string error;
        CHECK(nk::io::sha256File(path, hex, error));
        CHECK(hex == nk::io::sha256Hex(contents));
        CHECK(hex.size() == 64);
        ::unlink(path);

        CHECK_FALSE(nk::io::sha256File(path, hex, error));
        CHECK(error.find(path) != std::string::npos);
    }

} // TEST_SUITE
