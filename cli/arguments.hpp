// Parsing the command line of `naikkelas` into a plain Arguments value. Usage mistakes
// come back as a message (the caller prints it and exits with kExitUsage); nothing here
// touches files or the engine.
#pragma once

#include "naikkelas/calibration/fit_parameters.hpp"
#include "naikkelas/io/scenario_settings.hpp"
#include "naikkelas/scenario/scenario.hpp"
#include "naikkelas/units/rupiah.hpp"

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace nk::cli {

inline constexpr int kExitOk = 0;
inline constexpr int kExitInvalid = 1;     // invalid input, unreadable file, run error
inline constexpr int kExitUsage = 2;       // unknown option, missing or malformed value
inline constexpr int kExitCancelled = 130; // Ctrl-C, as shells report SIGINT

enum class CommandKind {
    Usage,
    Help,
    Version,
    Run,
    Validate,
    Plugins,
    Set,
    Compare,
    Explore,
    Calibrate,
    Report,
    Optimise
};
enum class OutputFormat { Table, Csv, Json };

struct RunArguments {
    std::string file; // empty: the embedded default scenario
    std::optional<RunMode> mode;
    std::optional<int> replications;
    std::optional<std::uint64_t> seed;
    std::optional<int> threads; // 0: all cores
    std::string outDir;         // empty: write no files
    OutputFormat format = OutputFormat::Table;
    std::vector<io::KeySetting> settings; // --set KEY=VALUE, for this run only
};

struct SetArguments {
    std::string file;
    std::vector<io::KeySetting> settings;
    std::string outFile; // empty: FILE itself
};

struct ExploreArguments {
    std::string file; // the experiment
    std::string outDir;
    std::optional<int> threads; // 0: all cores
    bool resume = false;
    std::optional<std::size_t> maxPoints;      // stop after this many new points
    OutputFormat format = OutputFormat::Table; // what stdout gets once every point is done
};

struct CalibrateArguments {
    std::string file;     // the scenario
    std::string dataFile; // --data FOLLOWUP.csv
    std::vector<calibration::FitRequest> fit;
    std::string outFile; // --out calibrated.yaml
};

struct ReportArguments {
    std::vector<std::string> compares; // --compare FILE, in order
    std::string experimentDir;         // --experiment DIR, an explore output folder
    std::string outFile;               // --out report.pdf
};

struct OptimiseArguments {
    std::string file; // the experiment, with an `optimise` section
    std::string outDir;
    std::optional<int> threads; // 0: all cores
};

struct Arguments {
    CommandKind command = CommandKind::Usage; // Usage: no command given
    std::optional<Language> language;         // --lang
    RunArguments run;
    SetArguments set;
    ExploreArguments explore;
    CalibrateArguments calibrate;
    ReportArguments report; // with run.file, mode, replications, seed, threads
    OptimiseArguments optimise;
    std::vector<std::string> files;      // validate, compare (the first is the reference)
    std::vector<std::string> pluginDirs; // --plugin-dir, searched first, in order
};

struct ParseOutcome {
    bool ok = false;
    Arguments arguments;
    std::string error; // when !ok: one line naming the mistake and what is valid
};

// `args` excludes the program name.
ParseOutcome parseArguments(const std::vector<std::string>& args);

// --lang if given, else English when LANG starts with "en", else Indonesian.
Language chooseLanguage(const std::optional<Language>& flag, const char* langEnvironment);

} // namespace nk::cli
