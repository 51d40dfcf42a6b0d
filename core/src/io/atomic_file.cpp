#include "naikkelas/io/atomic_file.hpp"

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <fcntl.h>
#include <unistd.h>

namespace nk::io {

namespace {
std::string systemError(const std::string& what, const std::string& path) {
    return what + " " + path + ": " + std::strerror(errno);
}
} // namespace

bool writeFileAtomically(const std::string& path, std::string_view contents, std::string& error) {
    const std::string temp = path + ".tmp-" + std::to_string(::getpid());
    const int fd = ::open(temp.c_str(), O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0644);
    if (fd < 0) {
        error = systemError("cannot create", temp);
        return false;
    }
    std::size_t written = 0;
    while (written < contents.size()) {
        const ssize_t n = ::write(fd, contents.data() + written, contents.size() - written);
        if (n < 0 && errno == EINTR) continue;
        if (n <= 0) {
            error = systemError("cannot write", temp);
            ::close(fd);
            ::unlink(temp.c_str());
            return false;
        }
        written += static_cast<std::size_t>(n);
    }
    if (::fsync(fd) != 0 || ::close(fd) != 0) {
        error = systemError("cannot flush", temp);
        ::unlink(temp.c_str());
        return false;
    }
    if (std::rename(temp.c_str(), path.c_str()) != 0) {
        error = systemError("cannot rename onto", path);
        ::unlink(temp.c_str());
        return false;
    }
    return true;
}

bool readFile(const std::string& path, std::string& contents, std::string& error,
              std::size_t maxBytes) {
    std::FILE* f = std::fopen(path.c_str(), "rb");
    if (!f) {
        error = systemError("cannot open", path);
        return false;
    }
    contents.clear();
    char buffer[65536];
    std::size_t n = 0;
    while ((n = std::fread(buffer, 1, sizeof buffer, f)) > 0) {
        if (contents.size() + n > maxBytes) {
            std::fclose(f);
            error = path + " is larger than " + std::to_string(maxBytes / 1024) +
                    " KiB; a scenario file is a few KiB";
            return false;
        }
        contents.append(buffer, n);
    }
    const bool failed = std::ferror(f) != 0;
    std::fclose(f);
    if (failed) {
        error = systemError("cannot read", path);
        return false;
    }
    return true;
}

} // namespace nk::io
