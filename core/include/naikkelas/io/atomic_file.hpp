// Files are written whole or not at all: write to a temporary file beside the target,
// flush, then rename over it.
#pragma once

#include <string>
#include <string_view>

namespace nk::io {

bool writeFileAtomically(const std::string& path, std::string_view contents, std::string& error);

// Reads a whole file; false (with `error`) if it cannot be read or exceeds maxBytes.
bool readFile(const std::string& path, std::string& contents, std::string& error,
              std::size_t maxBytes);

} // namespace nk::io
