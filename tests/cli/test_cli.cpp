#include "../core/json_check.hpp"
#include "cli_support.hpp"
#include "scenario_files.hpp"
#include "temp_dir.hpp"

#include <doctest/doctest.h>

#include <algorithm>
#include <cctype>
#include <cmath>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <unistd.h>

namespace fs = std::filesystem;
using nk::test::cli;
using nk::test::contains;
using nk::test::ProcessOptions;
using nk::test::ProcessResult;

using nk::test::readAll;
using nk::test::TempDir;

namespace {

const std::string kDefaultYaml = NK_SCENARIO_DIR "/default.yaml";
const std::string kHeader = "arm,scope,series,month,mode,mean,q05,q50,q95";

std::string firstLine(const std::string& text) {
    return text.substr(0, text.find('\n'));
}

// Small matchers instead of std::regex, which g++ 12 under ASan warns about (-Werror).
bool isDigit(char c) {
    return c >= '0' && c <= '9';
}

std::size_t digitsAt(const std::string& text, std::size_t pos) {
    std::size_t n = 0;
    while (pos + n < text.size() && isDigit(text[pos + n])) ++n;
    return n;
}

// "Rp 1.250.000" (separator '.') or "Rp 1,250,000" (','): 1-3 digits, then groups of 3.
bool hasGroupedRupiah(const std::string& text, char separator) {
    for (std::size_t at = text.find("Rp "); at != std::string::npos;
         at = text.find("Rp ", at + 1)) {
        std::size_t pos = at + 3;
        const std::size_t lead = digitsAt(text, pos);
        if (lead < 1 || lead > 3) continue;
        pos += lead;
        int groups = 0;
        while (pos + 4 <= text.size() && text[pos] == separator && digitsAt(text, pos + 1) == 3) {
            pos += 4;
            ++groups;
        }
        if (groups > 0 && (pos == text.size() || !isDigit(text[pos]))) return true;
    }
    return false;
}

// "Rp 1,25 juta", "Rp 924 million": a number, a space and one of the scale words.
bool hasRupiahWords(const std::string& text, std::initializer_list<std::string> words) {
    for (std::size_t at = text.find("Rp "); at != std::string::npos;
         at = text.find("Rp ", at + 1)) {
        std::size_t pos = at + 3;
        const std::size_t start = pos;
        while (pos < text.size() && (isDigit(text[pos]) || text[pos] == '.' || text[pos] == ','))
            ++pos;
        if (pos == start || pos >= text.size() || text[pos] != ' ') continue;
        for (const auto& word : words)
            if (text.compare(pos + 1, word.size(), word) == 0) return true;
    }
    return false;
}

} // namespace

TEST_SUITE("cli") {

    TEST_CASE("--version prints the name and version") {
        const ProcessResult r = cli({"--version"});
        CHECK(r.status == 0);
        CHECK(r.out.rfind("naikkelas ", 0) == 0);
        CHECK(digitsAt(r.out, 10) >= 1);
        CHECK(r.out.find('.') != std::string::npos);
    }

    TEST_CASE("--help, -h and help describe the commands and the language rule") {
        for (const char* flag : {"--help", "-h", "help"}) {
            CAPTURE(flag);
            const ProcessResult r = cli({flag});
            CHECK(r.status == 0);
            CHECK(contains(r.out, "Usage"));
            CHECK(contains(r.out, "naikkelas run [FILE]"));
            CHECK(contains(r.out, "naikkelas validate FILE"));
            CHECK(contains(r.out, "--replications"));
            CHECK(contains(r.out, "LANG"));
        }
        const ProcessResult runHelp = cli({"run", "--help"});
        CHECK(runHelp.status == 0);
        CHECK(contains(runHelp.out, "--mode"));
    }

    TEST_CASE("usage errors exit 2 with a message and print nothing on stdout") {
        const struct {
            std::vector<std::string> args;
            std::string message;
        } cases[] = {
            {{}, "Usage"},
            {{"run", "--thread", "4"}, "unknown option --thread; did you mean --threads?"},
            {{"rn"}, "did you mean run?"},
            {{"run", "--seed"}, "--seed needs a value"},
            {{"run", "--replications", "abc"},
             "--replications expects a whole number from 1 to 1000000, got 'abc'"},
            {{"run", "--replications=0"}, "--replications must be from 1 to"},
            {{"run", "--threads", "-1"}, "--threads must be from 0 to"},
            // the caps are the scenario file's (simulation.replications, simulation.threads)
            {{"run", "--threads", "257"}, "--threads must be from 0 to 256"},
            {{"run", "--replications", "1000001"}, "--replications must be from 1 to 1000000"},
            {{"run", "--seed", "99999999999999999999999"}, "--seed must be from 0 to"},
            {{"run", "--mode", "montecarl"}, "did you mean montecarlo?"},
            {{"run", "--lang", "fr"}, "--lang must be id or en"},
            {{"validate"}, "validate needs at least one"},
        };
        for (const auto& c : cases) {
            const ProcessResult r = cli(c.args);
            INFO(r.err);
            CHECK(r.status == 2);
            CHECK(contains(r.err, c.message));
            CHECK(r.out.empty());
        }
    }

    TEST_CASE("validate accepts the default scenario") {
        const ProcessResult r = cli({"validate", kDefaultYaml});
        CHECK(r.status == 0);
        CHECK(contains(r.out, kDefaultYaml + ": ok"));
        CHECK_FALSE(contains(r.err, "error:"));
    }

    TEST_CASE("validate accepts every shipped scenario") {
        std::vector<std::string> args{"validate"};
        for (const fs::path& file : nk::test::scenarioFiles()) args.push_back(file.string());
        REQUIRE(args.size() >= 2);
        const ProcessResult r = cli(args);
        CHECK_MESSAGE(r.status == 0, r.err);
        for (std::size_t i = 1; i < args.size(); ++i) CHECK(contains(r.out, args[i] + ": ok"));
    }

    TEST_CASE("validate reports a broken file with its line and exits 1") {
        TempDir temp;
        const fs::path bad = temp.path / "bad.yaml";
        std::ofstream(bad) << "naikkelas: 1\n"
                              "scenario:\n"
                              "  id: broken\n"
                              "  horizon_months: 60\n"
                              "cohorts:\n"
                              "  - id: c1\n"
                              "    participants: many\n";
        const ProcessResult r = cli({"validate", kDefaultYaml, bad.string()});
        CHECK(r.status == 1);
        // The good file is still reported, the bad one by file:line.
        CHECK(contains(r.out, kDefaultYaml + ": ok"));
        CHECK_FALSE(contains(r.out, bad.string() + ": ok"));
        const std::size_t at = r.err.find(bad.string() + ":");
        REQUIRE(at != std::string::npos);
        const std::size_t line = at + bad.string().size() + 1;
        CHECK(line < r.err.size());
        CHECK(std::isdigit(static_cast<unsigned char>(r.err[line])));
        CHECK(contains(r.err, "error"));
    }

    TEST_CASE("validate and run report a missing file and exit 1") {
        const ProcessResult v = cli({"validate", "/nonexistent/scenario.yaml"});
        CHECK(v.status == 1);
        CHECK(contains(v.err, "/nonexistent/scenario.yaml"));
        const ProcessResult r = cli({"run", "/nonexistent/scenario.yaml"});
        CHECK(r.status == 1);
        CHECK(contains(r.err, "/nonexistent/scenario.yaml"));
        CHECK(r.out.empty());
    }

    TEST_CASE("a scenario naming a plugin that is not installed is refused at its line") {
        TempDir temp;
        const fs::path file = temp.path / "with_plugin.yaml";
        std::ofstream(file) << "naikkelas: 1\n"
                               "cohorts:\n"
                               "  - id: c1\n"
                               "    participants: 20\n"
                               "plugins:\n"
                               "  - id: cohort_outcome\n";
        for (const char* command : {"run", "validate"}) {
            const ProcessResult r = cli({command, file.string()});
            CHECK(r.status == 1);
            CHECK(contains(r.err, file.string() + ":6:9: error: plugins[0].id: plugin "
                                                  "`cohort_outcome` is not installed"));
            CHECK(contains(r.err, "did you mean `cohort_outcomes`?"));
            CHECK(r.out.find("Indikator") == std::string::npos);
        }
    }

    TEST_CASE("an over-budget scenario runs, warns and shows the overrun above the results") {
        const std::string file =
            std::string(NK_SCENARIO_DIR) + "/../tests/data/good/over_budget.yaml";
        const ProcessResult r = cli({"run", file, "--lang", "en"});
        REQUIRE_MESSAGE(r.status == 0, r.err);
        CHECK(contains(r.err, "warning: budget.envelope: planned costs Rp 600,000,000 exceed"));
        CHECK(contains(r.out, "*** OVER the envelope by Rp 100 million (Rp 100,000,000) ***"));
        CHECK(r.out.find("***") < r.out.find("Key indicators"));
        const ProcessResult v = cli({"validate", file});
        CHECK(v.status == 0);
        CHECK(contains(v.err, "warning: budget.envelope"));
    }

    TEST_CASE("run of the default scenario in Indonesian (the default language)") {
        const ProcessResult r = cli({"run"});
        REQUIRE_MESSAGE(r.status == 0, r.err);
        CHECK(contains(r.out, "Kota Malang"));
        CHECK(contains(r.out, "Biaya terencana"));
        CHECK(contains(r.out, "Indikator utama"));
        CHECK(contains(r.out, "Tambahan usaha aktif"));
        CHECK(contains(r.out, "Biaya per tambahan usaha aktif"));
        CHECK(contains(r.out, "Rasio manfaat/biaya"));
        CHECK(contains(r.out, "tanpa program"));
        CHECK(contains(r.out, "dampak"));
        CHECK(contains(r.out, "Bulan 12"));
        CHECK(contains(r.out, "Bulan 60"));
        CHECK(hasGroupedRupiah(r.out, '.'));
        CHECK(hasRupiahWords(r.out, {"juta", "miliar"}));
        CHECK_FALSE(hasGroupedRupiah(r.out, ','));
        CHECK_FALSE(contains(r.out, "Additional active enterprises"));
    }

    TEST_CASE("run in English with --lang en and with LANG=en_US") {
        const ProcessResult flag = cli({"run", "--lang", "en"});
        REQUIRE_MESSAGE(flag.status == 0, flag.err);
        ProcessOptions env;
        env.setEnv.emplace_back("LANG", "en_US.UTF-8");
        const ProcessResult byEnv = nk::test::runProcess(NK_CLI, {"run"}, env);
        REQUIRE(byEnv.status == 0);
        for (const ProcessResult* r : {&flag, &byEnv}) {
            CHECK(contains(r->out, "Planned cost"));
            CHECK(contains(r->out, "Additional active enterprises"));
            CHECK(contains(r->out, "Cost per additional active enterprise"));
            CHECK(contains(r->out, "baseline"));
            CHECK(contains(r->out, "Month 24"));
            // The class table climbs the sales ladder: the bands inside mikro first.
            CHECK(contains(r->out, "micro \u2264 Rp 60 million/yr"));
            CHECK(contains(r->out, "micro Rp 60\u2013300 million/yr"));
            CHECK(contains(r->out, "small Rp 2\u201315 billion/yr"));
            CHECK(contains(r->out, "large > Rp 50 billion/yr"));
            CHECK(hasGroupedRupiah(r->out, ','));
            CHECK_FALSE(hasGroupedRupiah(r->out, '.'));
            CHECK(hasRupiahWords(r->out, {"million", "billion"}));
            CHECK_FALSE(contains(r->out, "Tambahan usaha aktif"));
        }
        CHECK(flag.out == byEnv.out);
        // --lang wins over LANG.
        ProcessOptions both;
        both.setEnv.emplace_back("LANG", "en_US.UTF-8");
        const ProcessResult id = nk::test::runProcess(NK_CLI, {"run", "--lang", "id"}, both);
        CHECK(id.status == 0);
        CHECK(contains(id.out, "Tambahan usaha aktif"));
        CHECK(contains(id.out, "mikro \u2264 Rp 60 juta/thn"));
    }

    TEST_CASE("run in both modes shows Monte Carlo bands") {
        const ProcessResult r =
            cli({"run", "--mode", "both", "--replications", "20", "--lang", "en"});
        REQUIRE_MESSAGE(r.status == 0, r.err);
        CHECK(contains(r.out, "expected"));
        CHECK(contains(r.out, "Monte Carlo, 20 replications"));
        CHECK(contains(r.out, "(90%: "));
        // The Monte Carlo mean is named the estimate, expected mode its approximation.
        CHECK(contains(r.out, "Estimate: the Monte Carlo mean"));
    }

    TEST_CASE("the summary reads the results in one plain sentence, in the user's language") {
        // The default scenario has the budget but no kit or oven: few reach kecil.
        const ProcessResult en = cli({"run", "--lang", "en"});
        REQUIRE_MESSAGE(en.status == 0, en.err);
        CHECK(contains(en.out, "In 60 months the program adds about "));
        CHECK(contains(en.out, "participants at least one sales band"));
        CHECK(contains(en.out, "to pass Rp 2 billion a year in sales (kecil)."));
        CHECK(contains(en.out, "Additional participants moved up a band"));
        const ProcessResult id = cli({"run", "--lang", "id"});
        REQUIRE_MESSAGE(id.status == 0, id.err);
        CHECK(contains(id.out, "Dalam 60 bulan program "));
        CHECK(contains(id.out, "omzet Rp 2 miliar/tahun (kecil)."));
        // With Monte Carlo the sentence reads its mean and 90 % band.
        const ProcessResult mc =
            cli({"run", "--mode", "both", "--replications", "20", "--lang", "en"});
        REQUIRE_MESSAGE(mc.status == 0, mc.err);
        CHECK(contains(mc.out, "active enterprises (90%: "));
    }

    TEST_CASE("in both modes indicators.json names the estimate and flags gaps beyond 3 SE") {
        TempDir temp;
        const fs::path out = temp.path / "results";
        const ProcessResult r = cli(
            {"run", kDefaultYaml, "--out", out.string(), "--mode", "both", "--replications", "40"});
        REQUIRE_MESSAGE(r.status == 0, r.err);
        const std::string json = readAll(out / "indicators.json");
        CHECK(contains(json, "\"estimate\": \"montecarlo\""));
        CHECK(contains(json, "\"standard_error\": "));
        // Each indicator's flag agrees with its gap.
        std::size_t at = json.find("\"mode_agreement\"");
        REQUIRE(at != std::string::npos);
        int entries = 0;
        while ((at = json.find("\"gap_standard_errors\": ", at)) != std::string::npos) {
            at += std::string("\"gap_standard_errors\": ").size();
            const std::string gapText = json.substr(at, json.find_first_of(",\n", at) - at);
            const std::string flagKey = "\"outside_3_standard_errors\": ";
            const std::size_t flagAt = json.find(flagKey, at) + flagKey.size();
            const bool flagged = json.compare(flagAt, 4, "true") == 0;
            if (gapText != "null") CHECK(flagged == (std::fabs(std::stod(gapText)) > 3.0));
            ++entries;
        }
        CHECK(entries == 10); // the key indicators, with additional_moved_up
    }

    TEST_CASE("--out writes series.csv, indicators.json and manifest.json") {
        TempDir temp;
        const fs::path out = temp.path / "results";
        const ProcessResult r = cli({"run", kDefaultYaml, "--out", out.string(), "--mode", "both",
                                     "--replications", "10", "--seed", "7", "--threads", "2"});
        REQUIRE_MESSAGE(r.status == 0, r.err);
        REQUIRE(fs::exists(out / "series.csv"));
        REQUIRE(fs::exists(out / "indicators.json"));
        REQUIRE(fs::exists(out / "manifest.json"));
        const std::string series = readAll(out / "series.csv");
        CHECK(firstLine(series) == kHeader);
        CHECK(contains(series, "\nprogram,total,active,0,expected,"));
        CHECK(contains(series, "\nbaseline,total,active,60,montecarlo,"));
        const std::string indicators = readAll(out / "indicators.json");
        CHECK(nk::test::isValidJson(indicators));
        CHECK(contains(indicators, "\"additional_active\": {"));
        CHECK(contains(indicators, "\"montecarlo\": {"));
        const std::string manifest = readAll(out / "manifest.json");
        CHECK(nk::test::isValidJson(manifest));
        CHECK(contains(manifest, "\"seed\": 7"));
        CHECK(contains(manifest, "\"threads\": 2"));
        CHECK(contains(manifest, "\"scenario_file\": \"" + kDefaultYaml + "\""));
        const std::string key = "\"scenario_sha256\": \"";
        const std::size_t digest = manifest.find(key);
        REQUIRE(digest != std::string::npos);
        const std::string hex = manifest.substr(digest + key.size(), 65);
        CHECK(hex.size() == 65);
        CHECK(hex.back() == '"');
        CHECK(hex.find_first_not_of("0123456789abcdef") == 64);
    }

    TEST_CASE("--out into an impossible path exits 1 and writes nothing") {
        TempDir temp;
        const fs::path file = temp.path / "file";
        std::ofstream(file) << "x";
        const ProcessResult r = cli({"run", "--out", (file / "sub").string()});
        CHECK(r.status == 1);
        CHECK(contains(r.err, "cannot create directory"));
    }

    TEST_CASE("--format csv prints series.csv, --format json the indicators") {
        const ProcessResult csv = cli({"run", "--format", "csv"});
        REQUIRE_MESSAGE(csv.status == 0, csv.err);
        CHECK(firstLine(csv.out) == kHeader);
        CHECK(std::count(csv.out.begin(), csv.out.end(), '\n') > 61);
        CHECK_FALSE(contains(csv.out, "Tambahan"));

        const ProcessResult json = cli({"run", "--format=json"});
        REQUIRE_MESSAGE(json.status == 0, json.err);
        CHECK(nk::test::isValidJson(json.out));
        CHECK(contains(json.out, "\"modes\""));
        CHECK(contains(json.out, "\"benefit_cost_ratio\": {"));
    }

    TEST_CASE("Ctrl-C cancels a long run: exit 130 and nothing written") {
        // One large cohort: each Monte Carlo replication takes a while but needs little memory,
        // so the run is still going when the interrupt arrives.
        TempDir temp;
        const fs::path big = temp.path / "big.yaml";
        std::ofstream(big) << "naikkelas: 1\n"
                              "scenario:\n"
                              "  id: big\n"
                              "  start: \"2025-01\"\n"
                              "programs:\n"
                              "  - id: training\n"
                              "    cost_per_participant: 1_000_000\n"
                              "cohorts:\n"
                              "  - id: everyone\n"
                              "    participants: 200_000\n"
                              "    program: training\n";
        const fs::path out = temp.path / "results";
        ProcessOptions options;
        options.interruptAfter = std::chrono::milliseconds(1500);
        options.timeout = std::chrono::milliseconds(60'000);
        const ProcessResult r = cli({"run", big.string(), "--mode", "montecarlo", "--replications",
                                     "5000", "--threads", "1", "--out", out.string()},
                                    options);
        CHECK(r.status == 130);
        CHECK(contains(r.err, "cancelled; nothing written"));
        CHECK(r.out.empty());
        CHECK_FALSE(fs::exists(out));
        CHECK_FALSE(contains(r.err, "ETA")); // stderr is a pipe here: no progress bar
    }

    TEST_CASE("on a terminal a run longer than a second shows a progress bar on stderr") {
        TempDir temp;
        const fs::path big = temp.path / "big.yaml";
        std::ofstream(big) << "naikkelas: 1\n"
                              "cohorts:\n"
                              "  - id: everyone\n"
                              "    participants: 200_000\n";
        ProcessOptions options;
        options.stderrIsTerminal = true;
        options.interruptAfter = std::chrono::milliseconds(2500);
        options.timeout = std::chrono::milliseconds(60'000);
        const ProcessResult r = cli({"run", big.string(), "--mode", "montecarlo", "--replications",
                                     "400", "--threads", "1"},
                                    options);
        CHECK(r.status == 130);
        CHECK(contains(r.err, "\r["));
        CHECK(contains(r.err, "%  ETA"));
        // The bar is erased before the closing message.
        const std::size_t message = r.err.find("cancelled; nothing written");
        REQUIRE(message != std::string::npos);
        CHECK(r.err.rfind("\r[", message) < r.err.rfind("\r ", message));
    }

} // TEST_SUITE
