// The terminal progress bar: what it draws, and that quick runs draw nothing.
#include "progress.hpp"

#include <doctest/doctest.h>

#include <cstdio>
#include <string>
#include <thread>

using nk::cli::ProgressBar;

namespace {
std::string contentsOf(std::FILE* f) {
    std::fflush(f);
    std::rewind(f);
    std::string text;
    for (int c = std::fgetc(f); c != EOF; c = std::fgetc(f)) text += static_cast<char>(c);
    return text;
}
} // namespace

TEST_CASE("the bar shows the share done and the time left") {
    CHECK(ProgressBar::render(0.45, 3.2, 10) == "[####      ] 45%  ETA 4 s");
    CHECK(ProgressBar::render(1.0, 0.0, 4) == "[####] 100%  ETA 0 s");
    CHECK(ProgressBar::render(0.1, 250.0, 4) == "[    ] 10%  ETA 5 min");
    CHECK(ProgressBar::render(0.0, -1.0, 4) == "[    ] 0%");
    CHECK(ProgressBar::render(2.0, -1.0, 2) == "[##] 100%"); // clamped
}

TEST_CASE("a run shorter than a second draws nothing; a longer one draws and clears") {
    std::FILE* out = std::tmpfile();
    REQUIRE(out);
    {
        ProgressBar bar(true, out);
        bar.update(0.5);
        CHECK(contentsOf(out).empty());
        std::this_thread::sleep_for(std::chrono::milliseconds(1100));
        bar.update(0.5);
        const std::string drawn = contentsOf(out);
        CHECK(drawn.find("\r[") == 0);
        CHECK(drawn.find("50%") != std::string::npos);
        bar.clear();
        CHECK(contentsOf(out).back() == '\r'); // erased, cursor back at the start
    }
    std::fclose(out);
    std::FILE* quiet = std::tmpfile();
    {
        ProgressBar bar(false, quiet); // not a terminal
        std::this_thread::sleep_for(std::chrono::milliseconds(1100));
        bar.update(0.5);
    }
    CHECK(contentsOf(quiet).empty());
    std::fclose(quiet);
}
