// A Monte Carlo run in parts (engine/split_run.hpp): blocks of replications run apart,
// on any thread count, and added in any order give the whole run's result bit for bit.
#include "test_scenarios.hpp"

#include "naikkelas/engine/split_run.hpp"

#include <doctest/doctest.h>

#include <cstring>
#include <utility>
#include <vector>

using namespace nk;

namespace {

bool sameBits(const std::vector<double>& a, const std::vector<double>& b) {
    return a.size() == b.size() &&
           (a.empty() || std::memcmp(a.data(), b.data(), a.size() * sizeof(double)) == 0);
}

bool sameBits(double a, double b) {
    return std::memcmp(&a, &b, sizeof a) == 0;
}

void requireSameBits(const ResultSet& a, const ResultSet& b) {
    REQUIRE(a.series.size() == b.series.size());
    for (std::size_t i = 0; i < a.series.size(); ++i) {
        INFO(armName(a.series[i].arm) << " " << a.series[i].scope << " " << a.series[i].name);
        CHECK(sameBits(a.series[i].mean, b.series[i].mean));
        REQUIRE(a.series[i].quantiles.size() == b.series[i].quantiles.size());
        for (std::size_t l = 0; l < a.series[i].quantiles.size(); ++l)
            CHECK(sameBits(a.series[i].quantiles[l], b.series[i].quantiles[l]));
    }
    REQUIRE(a.indicators.size() == b.indicators.size());
    for (std::size_t i = 0; i < a.indicators.size(); ++i) {
        INFO(a.indicators[i].key);
        CHECK(sameBits(a.indicators[i].mean, b.indicators[i].mean));
        CHECK(sameBits(a.indicators[i].standardError, b.indicators[i].standardError));
        CHECK(sameBits(a.indicators[i].quantiles, b.indicators[i].quantiles));
    }
    CHECK(sameBits(a.replicationIndicators, b.replicationIndicators));
    CHECK(a.manifest.threads == b.manifest.threads);
    CHECK(a.manifest.replications == b.manifest.replications);
}

RunOptions monteCarlo(const CompiledScenario& s, int replications, int threads) {
    RunOptions options = defaultRunOptions(s);
    options.mode = RunMode::MonteCarlo;
    options.replications = replications;
    options.threads = threads;
    options.seed = 77;
    Modifiers program;
    program.start_mult = 2.0;
    options.pipelines = test::constantPipelines(program);
    return options;
}

} // namespace

TEST_SUITE("split Monte Carlo run") {
    TEST_CASE("blocks run apart and added in any order equal the whole run") {
        Scenario s = test::smallScenario(120);
        test::addLateCohort(s, 4);
        const auto compiled = test::compileOrFail(s);
        const RunOptions whole = monteCarlo(*compiled, 11, 2);
        const RunOutcome reference = test::runOrFail(*compiled, whole);

        MonteCarloAssembly assembly(*compiled, whole);
        REQUIRE(assembly.error().empty());
        // Blocks as three ranks would run them, each on its own thread count; the last
        // arrives first.
        const std::pair<int, int> blocks[] = {{7, 4}, {3, 4}};
        for (const auto& [first, count] : blocks) {
            RunOptions part = whole;
            part.firstReplication = first;
            part.replications = count;
            part.threads = first == 7 ? 1 : 3;
            ReplicationBlock block = runReplications(*compiled, part);
            REQUIRE_MESSAGE(block.ok, block.error);
            REQUIRE(block.frames.size() == std::size_t(count));
            for (int i = 0; i < count; ++i) assembly.add(first + i, std::move(block.frames[i]));
        }
        std::string error;
        REQUIRE_MESSAGE(assembly.run(0, 3, error), error); // the first block, here
        const RunOutcome assembled = assembly.finish();
        REQUIRE_MESSAGE(assembled.ok, assembled.error);
        requireSameBits(reference.results, assembled.results);
    }

    TEST_CASE("a run that lacks a replication is refused") {
        const auto compiled = test::compileOrFail(test::smallScenario(50));
        const RunOptions whole = monteCarlo(*compiled, 4, 1);
        MonteCarloAssembly assembly(*compiled, whole);
        std::string error;
        REQUIRE(assembly.run(0, 3, error));
        const RunOutcome outcome = assembly.finish();
        CHECK_FALSE(outcome.ok);
        CHECK(outcome.error == "the Monte Carlo run lacks replications");
    }

    TEST_CASE("runReplications refuses expected mode") {
        const auto compiled = test::compileOrFail(test::smallScenario(50));
        RunOptions options = monteCarlo(*compiled, 2, 1);
        options.mode = RunMode::Expected;
        const ReplicationBlock block = runReplications(*compiled, options);
        CHECK_FALSE(block.ok);
        CHECK(block.error == "runReplications runs at least one Monte Carlo replication");
    }
}
