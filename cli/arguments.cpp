#include "arguments.hpp"
#include "naikkelas/results/series_names.hpp"

#include "naikkelas/scenario/diagnostics.hpp"
#include "naikkelas/scenario/schema.hpp"

#include <charconv>
#include <string_view>

namespace nk::cli {

namespace {

// --replications and --threads take what a scenario file may hold (scenario/schema.hpp).
const schema::Range& rangeOf(std::string_view keyPath) {
    return schema::findField(keyPath)->range;
}

struct OptionSpec {
    std::string_view name; // with the leading dashes
    bool takesValue;
};

constexpr OptionSpec kRunOptions[] = {
    {"--mode", true}, {"--replications", true}, {"--seed", true},   {"--threads", true},
    {"--out", true},  {"--lang", true},         {"--format", true}, {"--plugin-dir", true},
    {"--set", true},  {"--help", false},        {"-h", false},
};
constexpr OptionSpec kSetOptions[] = {
    {"--out", true}, {"--plugin-dir", true}, {"--help", false}, {"-h", false}};
constexpr OptionSpec kValidateOptions[] = {
    {"--lang", true}, {"--plugin-dir", true}, {"--help", false}, {"-h", false}};
constexpr OptionSpec kCompareOptions[] = {
    {"--mode", true}, {"--replications", true}, {"--seed", true},  {"--threads", true},
    {"--lang", true}, {"--plugin-dir", true},   {"--help", false}, {"-h", false},
};
constexpr OptionSpec kExploreOptions[] = {
    {"--out", true},        {"--threads", true}, {"--resume", false},
    {"--max-points", true}, {"--lang", true},    {"--plugin-dir", true},
    {"--format", true},     {"--help", false},   {"-h", false},
};
constexpr OptionSpec kCalibrateOptions[] = {
    {"--data", true},       {"--fit", true},   {"--out", true}, {"--lang", true},
    {"--plugin-dir", true}, {"--help", false}, {"-h", false},
};
constexpr OptionSpec kReportOptions[] = {
    {"--compare", true},    {"--experiment", true}, {"--mode", true}, {"--replications", true},
    {"--seed", true},       {"--threads", true},    {"--out", true},  {"--lang", true},
    {"--plugin-dir", true}, {"--help", false},      {"-h", false},
};
constexpr OptionSpec kOptimiseOptions[] = {
    {"--out", true},        {"--threads", true}, {"--lang", true},
    {"--plugin-dir", true}, {"--help", false},   {"-h", false},
};
constexpr OptionSpec kPluginsOptions[] = {
    {"--lang", true}, {"--plugin-dir", true}, {"--help", false}, {"-h", false}};

const std::vector<std::string> kCommands{"run",      "validate", "compare",   "explore",
                                         "optimise", "report",   "calibrate", "plugins",
                                         "set",      "help",     "version"};

template <std::size_t N>
const OptionSpec* findOption(const OptionSpec (&options)[N], std::string_view name) {
    for (const auto& o : options)
        if (o.name == name) return &o;
    return nullptr;
}

template <std::size_t N>
std::string unknownOption(const OptionSpec (&options)[N], const std::string& name) {
    std::vector<std::string> candidates;
    for (const auto& o : options)
        if (o.name.size() > 2) candidates.emplace_back(o.name);
    const std::string match = closestMatch(name, candidates);
    if (!match.empty()) return "unknown option " + name + "; did you mean " + match + "?";
    return "unknown option " + name + "; see naikkelas --help";
}

// "a, b or c"
std::string listChoices(const std::vector<std::string>& choices) {
    std::string out;
    for (std::size_t i = 0; i < choices.size(); ++i) {
        if (i > 0) out += i + 1 == choices.size() ? " or " : ", ";
        out += choices[i];
    }
    return out;
}

std::string badChoice(const std::string& option, const std::string& value,
                      const std::vector<std::string>& choices) {
    std::string out = option + " must be " + listChoices(choices) + ", got '" + value + "'";
    const std::string match = closestMatch(value, choices);
    if (!match.empty()) out += "; did you mean " + match + "?";
    return out;
}

template <class T>
bool parseNumber(const std::string& option, const std::string& text, T min, T max, T& out,
                 std::string& error) {
    T value{};
    const char* end = text.data() + text.size();
    const auto [ptr, ec] = std::from_chars(text.data(), end, value);
    const std::string range = "from " + std::to_string(min) + " to " + std::to_string(max);
    if (text.empty() || (ec != std::errc() && ec != std::errc::result_out_of_range) || ptr != end) {
        error = option + " expects a whole number " + range + ", got '" + text + "'";
        return false;
    }
    if (ec == std::errc::result_out_of_range || value < min || value > max) {
        error = option + " must be " + range + ", got " + text;
        return false;
    }
    out = value;
    return true;
}

bool applyValue(Arguments& a, const std::string& option, const std::string& value,
                std::string& error) {
    RunArguments& run = a.run;
    if (option == "--lang") {
        const auto language = parseLanguage(value);
        if (!language) {
            error = badChoice(option, value,
                              {std::string(languageCode(Language::Indonesian)),
                               std::string(languageCode(Language::English))});
            return false;
        }
        a.language = language;
        return true;
    }
    if (option == "--mode") {
        if (const auto mode = names::parseMode(value)) {
            run.mode = *mode;
            return true;
        }
        error = badChoice(option, value,
                          {std::string(names::modeName(RunMode::Expected)),
                           std::string(names::modeName(RunMode::MonteCarlo)),
                           std::string(names::modeName(RunMode::Both))});
        return false;
    }
    if (option == "--format") {
        OutputFormat& format = a.command == CommandKind::Explore ? a.explore.format : run.format;
        if (value == "table")
            format = OutputFormat::Table;
        else if (value == "csv")
            format = OutputFormat::Csv;
        else if (value == "json")
            format = OutputFormat::Json;
        else {
            error = badChoice(option, value, {"table", "csv", "json"});
            return false;
        }
        return true;
    }
    if (option == "--plugin-dir") {
        if (value.empty()) {
            error = "--plugin-dir needs a directory";
            return false;
        }
        a.pluginDirs.push_back(value);
        return true;
    }
    if (option == "--compare" || option == "--experiment") {
        if (value.empty()) {
            error = option + (option == "--compare" ? " needs a scenario file"
                                                    : " needs the folder naikkelas explore wrote");
            return false;
        }
        if (option == "--compare")
            a.report.compares.push_back(value);
        else
            a.report.experimentDir = value;
        return true;
    }
    if (option == "--out" && a.command == CommandKind::Report) {
        if (value.empty()) {
            error = "--out needs a file, e.g. --out report.pdf";
            return false;
        }
        a.report.outFile = value;
        return true;
    }
    if (option == "--out") {
        const bool set = a.command == CommandKind::Set;
        if (value.empty()) {
            error = set || a.command == CommandKind::Calibrate ? "--out needs a file"
                                                               : "--out needs a directory";
            return false;
        }
        (set                                   ? a.set.outFile
         : a.command == CommandKind::Explore   ? a.explore.outDir
         : a.command == CommandKind::Calibrate ? a.calibrate.outFile
         : a.command == CommandKind::Optimise  ? a.optimise.outDir
                                               : run.outDir) = value;
        return true;
    }
    if (option == "--data") {
        if (value.empty()) {
            error = "--data needs a follow-up CSV file (docs/calibration.md)";
            return false;
        }
        a.calibrate.dataFile = value;
        return true;
    }
    if (option == "--fit") return calibration::parseFitList(value, a.calibrate.fit, error);
    if (option == "--set") {
        const auto setting = io::parseKeySetting(value, error);
        if (!setting) {
            error = "--set " + error;
            return false;
        }
        run.settings.push_back(*setting);
        return true;
    }
    if (option == "--replications") {
        int n = 0;
        const schema::Range& valid = rangeOf("simulation.replications");
        if (!parseNumber(option, value, static_cast<int>(valid.min), static_cast<int>(valid.max), n,
                         error))
            return false;
        run.replications = n;
        return true;
    }
    if (option == "--threads") {
        int n = 0;
        const schema::Range& valid = rangeOf("simulation.threads");
        if (!parseNumber(option, value, static_cast<int>(valid.min), static_cast<int>(valid.max), n,
                         error))
            return false;
        (a.command == CommandKind::Explore    ? a.explore.threads
         : a.command == CommandKind::Optimise ? a.optimise.threads
                                              : run.threads) = n;
        return true;
    }
    if (option == "--max-points") {
        std::size_t n = 0;
        if (!parseNumber<std::size_t>(option, value, 1, SIZE_MAX, n, error)) return false;
        a.explore.maxPoints = n;
        return true;
    }
    if (option == "--seed") {
        std::uint64_t n = 0;
        if (!parseNumber<std::uint64_t>(option, value, 0, UINT64_MAX, n, error)) return false;
        run.seed = n;
        return true;
    }
    error = "internal: unhandled option " + option;
    return false;
}

template <std::size_t N>
ParseOutcome parseCommand(Arguments a, const OptionSpec (&options)[N],
                          const std::vector<std::string>& args,
                          std::vector<std::string>& positional) {
    ParseOutcome outcome;
    bool optionsEnded = false;
    for (std::size_t i = 1; i < args.size(); ++i) {
        const std::string& arg = args[i];
        if (optionsEnded || arg.size() < 2 || arg[0] != '-') {
            positional.push_back(arg);
            continue;
        }
        if (arg == "--") {
            optionsEnded = true;
            continue;
        }
        const std::size_t eq = arg.find('=');
        const std::string name = arg.substr(0, eq);
        const OptionSpec* spec = findOption(options, name);
        if (!spec) {
            outcome.error = unknownOption(options, name);
            return outcome;
        }
        if (!spec->takesValue) {
            if (eq != std::string::npos) {
                outcome.error = "option " + name + " takes no value";
                return outcome;
            }
            if (name == "--resume")
                a.explore.resume = true;
            else
                a.command = CommandKind::Help; // --help and -h
            continue;
        }
        std::string value;
        if (eq != std::string::npos) {
            value = arg.substr(eq + 1);
        } else if (i + 1 < args.size() && args[i + 1].rfind("--", 0) != 0) {
            value = args[++i];
        } else {
            outcome.error = "option " + name + " needs a value; see naikkelas --help";
            return outcome;
        }
        if (!applyValue(a, name, value, outcome.error)) return outcome;
    }
    outcome.ok = true;
    outcome.arguments = std::move(a);
    return outcome;
}

} // namespace

ParseOutcome parseArguments(const std::vector<std::string>& args) {
    ParseOutcome outcome;
    if (args.empty()) {
        outcome.ok = true; // no command: the caller prints the usage and exits 2
        return outcome;
    }
    const std::string& first = args[0];
    Arguments a;
    if (first == "--help" || first == "-h" || first == "help") {
        a.command = CommandKind::Help;
        outcome.ok = true;
        outcome.arguments = a;
        return outcome;
    }
    if (first == "--version" || first == "version") {
        a.command = CommandKind::Version;
        outcome.ok = true;
        outcome.arguments = a;
        return outcome;
    }
    std::vector<std::string> positional;
    if (first == "run") {
        a.command = CommandKind::Run;
        outcome = parseCommand(a, kRunOptions, args, positional);
        if (!outcome.ok || outcome.arguments.command == CommandKind::Help) return outcome;
        if (positional.size() > 1) {
            outcome.ok = false;
            outcome.error = "run takes one scenario file, got " +
                            std::to_string(positional.size()) + " ('" + positional[1] + "' too)";
            return outcome;
        }
        if (!positional.empty()) outcome.arguments.run.file = positional.front();
        return outcome;
    }
    if (first == "compare") {
        a.command = CommandKind::Compare;
        outcome = parseCommand(a, kCompareOptions, args, positional);
        if (!outcome.ok || outcome.arguments.command == CommandKind::Help) return outcome;
        if (positional.size() < 2) {
            outcome.ok = false;
            outcome.error = "compare needs at least two scenario files (the first is the "
                            "reference)";
            return outcome;
        }
        if (outcome.arguments.run.mode == RunMode::Both) {
            outcome.ok = false;
            outcome.error = "compare runs one mode: --mode expected or --mode montecarlo";
            return outcome;
        }
        outcome.arguments.files = std::move(positional);
        return outcome;
    }
    if (first == "report") {
        a.command = CommandKind::Report;
        outcome = parseCommand(a, kReportOptions, args, positional);
        if (!outcome.ok || outcome.arguments.command == CommandKind::Help) return outcome;
        if (positional.size() != 1) {
            outcome.ok = false;
            outcome.error = "report takes one scenario file, e.g. naikkelas report "
                            "scenarios/001_malang_cookies_2023.yaml --out report.pdf";
            return outcome;
        }
        if (outcome.arguments.report.outFile.empty()) {
            outcome.ok = false;
            outcome.error = "report needs --out FILE for the PDF, e.g. --out report.pdf";
            return outcome;
        }
        outcome.arguments.run.file = positional.front();
        return outcome;
    }
    if (first == "explore") {
        a.command = CommandKind::Explore;
        outcome = parseCommand(a, kExploreOptions, args, positional);
        if (!outcome.ok || outcome.arguments.command == CommandKind::Help) return outcome;
        if (positional.size() != 1) {
            outcome.ok = false;
            outcome.error = "explore takes one experiment file, e.g. naikkelas explore "
                            "scenarios/experiments/kabat_tornado.yaml --out results/";
            return outcome;
        }
        if (outcome.arguments.explore.outDir.empty()) {
            outcome.ok = false;
            outcome.error = "explore needs --out DIR for points.csv, sensitivity.csv and "
                            "manifest.json";
            return outcome;
        }
        outcome.arguments.explore.file = positional.front();
        return outcome;
    }
    if (first == "calibrate") {
        a.command = CommandKind::Calibrate;
        outcome = parseCommand(a, kCalibrateOptions, args, positional);
        if (!outcome.ok || outcome.arguments.command == CommandKind::Help) return outcome;
        CalibrateArguments& c = outcome.arguments.calibrate;
        const char* missing = positional.size() != 1 ? "one scenario file"
                              : c.dataFile.empty()   ? "--data FOLLOWUP.csv"
                              : c.fit.empty()        ? "--fit KEY_PATH[,KEY_PATH...]"
                              : c.outFile.empty()    ? "--out FILE for the calibrated scenario"
                                                     : nullptr;
        if (missing) {
            outcome.ok = false;
            outcome.error = std::string("calibrate needs ") + missing +
                            ", e.g. naikkelas calibrate scenarios/001_malang_cookies_2023.yaml "
                            "--data scenarios/followup/malang_followup_2024.csv --fit "
                            "parameters.start_prob_monthly --out calibrated.yaml";
            return outcome;
        }
        c.file = positional.front();
        return outcome;
    }
    if (first == "optimise") {
        a.command = CommandKind::Optimise;
        outcome = parseCommand(a, kOptimiseOptions, args, positional);
        if (!outcome.ok || outcome.arguments.command == CommandKind::Help) return outcome;
        if (positional.size() != 1) {
            outcome.ok = false;
            outcome.error = "optimise takes one experiment file, e.g. naikkelas optimise "
                            "scenarios/experiments/malang_ovens.yaml --out results/";
            return outcome;
        }
        if (outcome.arguments.optimise.outDir.empty()) {
            outcome.ok = false;
            outcome.error = "optimise needs --out DIR for best.yaml, top10.csv and "
                            "comparison.csv";
            return outcome;
        }
        outcome.arguments.optimise.file = positional.front();
        return outcome;
    }
    if (first == "validate") {
        a.command = CommandKind::Validate;
        outcome = parseCommand(a, kValidateOptions, args, positional);
        if (!outcome.ok || outcome.arguments.command == CommandKind::Help) return outcome;
        if (positional.empty()) {
            outcome.ok = false;
            outcome.error = "validate needs at least one scenario file";
            return outcome;
        }
        outcome.arguments.files = std::move(positional);
        return outcome;
    }
    if (first == "plugins") {
        a.command = CommandKind::Plugins;
        outcome = parseCommand(a, kPluginsOptions, args, positional);
        if (!outcome.ok || outcome.arguments.command == CommandKind::Help) return outcome;
        if (!positional.empty()) {
            outcome.ok = false;
            outcome.error = "plugins takes no file, got '" + positional.front() +
                            "'; use --plugin-dir DIR to add a folder";
        }
        return outcome;
    }
    if (first == "set") {
        a.command = CommandKind::Set;
        outcome = parseCommand(a, kSetOptions, args, positional);
        if (!outcome.ok || outcome.arguments.command == CommandKind::Help) return outcome;
        if (positional.size() < 2) {
            outcome.ok = false;
            outcome.error = positional.empty()
                                ? "set needs a scenario file and KEY=VALUE, e.g. naikkelas set "
                                  "FILE cohorts[0].participants=30"
                                : "set needs at least one KEY=VALUE after the file, e.g. "
                                  "cohorts[0].participants=30";
            return outcome;
        }
        outcome.arguments.set.file = positional.front();
        for (std::size_t i = 1; i < positional.size(); ++i) {
            const auto setting = io::parseKeySetting(positional[i], outcome.error);
            if (!setting) {
                outcome.ok = false;
                return outcome;
            }
            outcome.arguments.set.settings.push_back(*setting);
        }
        return outcome;
    }
    if (first.rfind("-", 0) == 0) {
        const std::string match = closestMatch(first, {"--help", "--version"});
        outcome.error =
            "unknown option " + first +
            (match.empty() ? "; see naikkelas --help" : "; did you mean " + match + "?");
        return outcome;
    }
    const std::string match = closestMatch(first, kCommands);
    outcome.error = "unknown command '" + first + "'" +
                    (match.empty() ? "; the commands are run, validate, compare, explore, "
                                     "optimise, calibrate, report, set and plugins"
                                   : "; did you mean " + match + "?");
    return outcome;
}

Language chooseLanguage(const std::optional<Language>& flag, const char* langEnvironment) {
    if (flag) return *flag;
    const std::string_view lang = langEnvironment ? langEnvironment : "";
    return lang.rfind("en", 0) == 0 ? Language::English : Language::Indonesian;
}

} // namespace nk::cli
