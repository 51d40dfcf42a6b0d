// `naikkelas compare`: scenarios against the first on the same random numbers.
#include "cli_support.hpp"
#include "temp_dir.hpp"

#include <doctest/doctest.h>

#include <filesystem>
#include <fstream>

using nk::test::cli;
using nk::test::contains;
using nk::test::ProcessResult;

namespace {

const std::string kMalang = NK_SCENARIO_DIR "/001_malang_cookies_2023.yaml";
const std::string kMojokerto = NK_SCENARIO_DIR "/004_mojokerto_pmks_batik_kube_2017.yaml";

int countOf(const std::string& text, const std::string& part) {
    int n = 0;
    for (std::size_t at = text.find(part); at != std::string::npos; at = text.find(part, at + 1))
        ++n;
    return n;
}

} // namespace

TEST_SUITE("cli compare") {
    TEST_CASE("compare needs two files and one mode") {
        const ProcessResult one = cli({"compare", kMalang});
        CHECK(one.status == 2);
        CHECK(contains(one.err, "at least two scenario files"));
        const ProcessResult both = cli({"compare", kMalang, kMalang, "--mode", "both"});
        CHECK(both.status == 2);
        CHECK(contains(both.err, "one mode"));
        const ProcessResult missing = cli({"compare", kMalang, "/nonexistent/x.yaml"});
        CHECK(missing.status == 1);
    }

    TEST_CASE("a scenario against itself differs by nothing, within the noise") {
        const ProcessResult r = cli({"compare", kMojokerto, kMojokerto, "--mode", "montecarlo",
                                     "--replications", "30", "--lang", "en"});
        REQUIRE_MESSAGE(r.status == 0, r.err);
        CHECK(contains(r.out, "paired band"));
        CHECK(contains(r.out, "same random numbers"));
        // Every indicator with a band says it cannot be told apart from no difference.
        CHECK(countOf(r.out, "not distinguishable at 90%") >= 6);
    }

    TEST_CASE("a real change shows its difference; expected mode has no band") {
        nk::test::TempDir temp;
        const std::string larger = (temp.path / "larger.yaml").string();
        REQUIRE(
            cli({"set", kMalang, "cohorts[blimbing].participants=60", "--out", larger}).status ==
            0);
        const ProcessResult r = cli({"compare", kMalang, larger, "--lang", "en"});
        REQUIRE_MESSAGE(r.status == 0, r.err);
        CHECK(contains(r.out, "expected"));
        CHECK_FALSE(contains(r.out, "paired band"));
        CHECK(contains(r.out, "larger.yaml"));
        CHECK(contains(r.out, "Additional active enterprises"));
    }
}
