#include "explore_command.hpp"

#include "experiment_loading.hpp"
#include "explore_summary.hpp"
#include "interrupt.hpp"
#include "progress.hpp"
#include "scenario_loading.hpp"

#include "naikkelas/decision/analysis.hpp"
#include "naikkelas/decision/evaluator.hpp"
#include "naikkelas/decision/point_table.hpp"
#include "naikkelas/io/atomic_file.hpp"
#include "naikkelas/io/sha256.hpp"
#include "naikkelas/results/series_names.hpp"
#include "naikkelas/units/strings.hpp"
#include "naikkelas/version.hpp"

#include <chrono>
#include <cstdio>
#include <filesystem>
#include <unistd.h>

namespace nk::cli {

namespace {

namespace fs = std::filesystem;
using namespace decision;

constexpr std::size_t kMaxTableBytes = std::size_t{1} << 30;

std::string jsonText(const std::string& s) {
    std::string out = "\"";
    for (char c : s) {
        if (c == '"' || c == '\\')
            out += std::string("\\") + c;
        else if (static_cast<unsigned char>(c) < 0x20) {
            char buffer[8];
            std::snprintf(buffer, sizeof buffer, "\\u%04x", c);
            out += buffer;
        } else
            out += c;
    }
    return out + "\"";
}

// Everything that makes the points what they are, and how many are done. No thread
// count and no times: an exploration gives the same files however it was run.
std::string manifestJson(const ExplorationInputs& in, const Experiment& e, const Scaleout& scaleout,
                         std::size_t total, std::size_t done) {
    std::string out = "{\n";
    out += "  \"naikkelas_version\": " + jsonText(std::string(versionString())) + ",\n";
    out += "  \"experiment\": {\"file\": " + jsonText(in.experimentFile) +
           ", \"sha256\": " + jsonText(in.experimentSha) + "},\n";
    out += "  \"scenario\": {\"file\": " + jsonText(in.scenarioFile) +
           ", \"sha256\": " + jsonText(in.scenarioSha) + "},\n";
    out += "  \"design\": " + jsonText(designName(e.design.kind)) + ",\n";
    out += "  \"mode\": " + jsonText(std::string(names::modeName(e.mode))) + ",\n";
    if (e.mode == RunMode::MonteCarlo)
        out += "  \"replications\": " + std::to_string(e.replications) + ",\n";
    out += "  \"seed\": " + std::to_string(e.seed) + ",\n";
    if (scaleout.ranks > 0) {
        out += "  \"ranks\": " + std::to_string(scaleout.ranks) + ",\n  \"hosts\": [";
        for (std::size_t i = 0; i < scaleout.hosts.size(); ++i)
            out += (i ? ", " : "") + jsonText(scaleout.hosts[i]);
        out += "],\n";
    }
    out += "  \"points_total\": " + std::to_string(total) + ",\n";
    out += "  \"points_done\": " + std::to_string(done) + "\n}\n";
    return out;
}

// The digests a manifest records, as its text spells them.
bool sameInputs(const std::string& manifest, const ExplorationInputs& in) {
    return manifest.find("\"sha256\": " + jsonText(in.experimentSha)) != std::string::npos &&
           manifest.find("\"sha256\": " + jsonText(in.scenarioSha)) != std::string::npos;
}

} // namespace

std::unique_ptr<Exploration> prepareExploration(const ExploreArguments& a,
                                                const std::vector<std::string>& pluginDirs,
                                                int& status) {
    auto checked = loadCheckedExperiment(a.file, pluginDirs, status);
    if (!checked) return nullptr;
    auto x = std::make_unique<Exploration>();
    x->registry = std::move(checked->registry);
    x->experiment = std::move(checked->experiment);
    const Experiment& e = x->experiment;
    x->inputs = {a.file, io::sha256Hex(checked->experimentText),
                 checked->scenarioFile.empty() ? "default" : checked->scenarioFile,
                 io::sha256Hex(checked->scenarioText)};
    x->plan = planDesign(e, baseCoordinates(e, checked->scenario, *x->registry));
    x->values = pointValues(e, x->plan);
    x->evaluator = std::make_unique<Evaluator>(checked->scenario, *x->registry, e);
    return x;
}

int exploreCommand(const ExploreArguments& a, const std::vector<std::string>& pluginDirs,
                   Language language, const Scaleout& scaleout) {
    int status = kExitOk;
    const auto prepared = prepareExploration(a, pluginDirs, status);
    if (!prepared) return status;
    const Experiment& e = prepared->experiment;
    const ExplorationInputs& inputs = prepared->inputs;
    const DesignPlan& plan = prepared->plan;
    const auto& values = prepared->values;
    const Evaluator& evaluator = *prepared->evaluator;
    const std::string header = pointsHeader(e, evaluator.outputNames());
    const std::size_t total = values.size();
    std::string error;

    if (!makeOutputFolder(a.outDir)) return kExitInvalid;
    const fs::path dir(a.outDir);
    const fs::path pointsPath = dir / "points.csv";
    const fs::path manifestPath = dir / "manifest.json";
    std::vector<std::vector<double>> outputs;
    std::size_t keptBytes = 0;
    if (a.resume && fs::exists(pointsPath)) {
        std::string manifest, table;
        if (!io::readFile(manifestPath.string(), manifest, error, kMaxTableBytes) ||
            !sameInputs(manifest, inputs)) {
            printErr("error: " + manifestPath.string() +
                     " is missing or records another experiment or scenario; run without "
                     "--resume to start again");
            return kExitInvalid;
        }
        if (!io::readFile(pointsPath.string(), table, error, kMaxTableBytes)) {
            printErr("error: " + error);
            return kExitInvalid;
        }
        auto prefix =
            readPointsPrefix(table, header, values, evaluator.outputNames().size(), error);
        if (!prefix) {
            printErr("error: " + pointsPath.string() + ": " + error);
            return kExitInvalid;
        }
        outputs = std::move(prefix->outputs);
        keptBytes = prefix->bytes;
    }
    // A row cut short by an interruption goes; the finished rows stay as they are.
    if (keptBytes == 0) {
        if (!writeOutputFile(pointsPath, header)) return kExitInvalid;
    } else {
        std::error_code ec;
        fs::resize_file(pointsPath, keptBytes, ec);
        if (ec) {
            printErr("error: cannot shorten " + pointsPath.string() + ": " + ec.message());
            return kExitInvalid;
        }
    }
    const std::size_t first = outputs.size();
    const std::size_t last = a.maxPoints ? std::min(total, first + *a.maxPoints) : total;
    if (!writeOutputFile(manifestPath, manifestJson(inputs, e, scaleout, total, first)))
        return kExitInvalid;

    std::FILE* table = std::fopen(pointsPath.string().c_str(), "ab");
    if (!table) {
        printErr("error: cannot write " + pointsPath.string());
        return kExitInvalid;
    }
    InterruptGuard interrupt;
    ProgressBar bar(::isatty(STDERR_FILENO) == 1);
    const auto start = std::chrono::steady_clock::now();
    EvaluationOptions options;
    options.threads = resolveThreads(a.threads.value_or(0));
    options.cancel = &interrupt.flag();
    bool writeFailed = false;
    options.onPoint = [&](std::size_t point, const PointOutcome& outcome) {
        const std::string row = pointsRow(point, values[point], outcome.outputs);
        writeFailed |=
            std::fwrite(row.data(), 1, row.size(), table) != row.size() || std::fflush(table) != 0;
        outputs.push_back(outcome.outputs);
    };
    options.progress = [&](std::size_t finished, std::size_t count) {
        const double seconds =
            std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
        char rate[48];
        std::snprintf(rate, sizeof rate, "%.1f points/s",
                      seconds > 0 ? double(finished) / seconds : 0.0);
        bar.update(count ? double(finished) / double(count) : 1.0, rate);
    };
    const EvaluationRun run = scaleout.evaluatePoints(evaluator, values, first, last, options);
    std::fclose(table);
    bar.clear();
    const std::size_t done = first + run.finished;
    if (!writeOutputFile(manifestPath, manifestJson(inputs, e, scaleout, total, done)))
        return kExitInvalid;
    if (writeFailed) {
        printErr("error: cannot write " + pointsPath.string());
        return kExitInvalid;
    }
    if (!run.error.empty()) {
        printErr("error: " + run.error);
        return kExitInvalid;
    }
    if (done < total) {
        printErr((run.cancelled && interrupt.interrupted() ? "cancelled; " : "stopped; ") +
                 std::to_string(done) + " of " + std::to_string(total) + " points saved in " +
                 pointsPath.string() + "; --resume continues");
        return run.cancelled && interrupt.interrupted() ? kExitCancelled : kExitOk;
    }
    const ExplorationAnalysis analysis =
        analyzeExploration(e, plan, evaluator.indicators(), evaluator.stride(), outputs);
    if (!writeOutputFile(dir / "sensitivity.csv",
                         sensitivityTable(e.design.kind, analysis.sensitivity)))
        return kExitInvalid;
    if (e.design.kind == DesignKind::Frontier &&
        !writeOutputFile(dir / "frontier.csv", frontierTable(e, values, analysis.frontier)))
        return kExitInvalid;
    if (analysis.uncertainty &&
        (!writeOutputFile(dir / "uncertainty.csv",
                          uncertaintyTable(*analysis.uncertainty, evaluator.indicators())) ||
         !writeOutputFile(dir / "acceptability.csv", acceptabilityTable(*analysis.uncertainty))))
        return kExitInvalid;
    switch (a.format) {
    case OutputFormat::Table:
        printOut(renderExploration(e, evaluator, values, outputs, analysis, language));
        printOut(translate("results_written", language) + " " + a.outDir + "\n");
        break;
    case OutputFormat::Csv: // the design's own table: what it answers
        printOut(e.design.kind == DesignKind::Frontier ? frontierTable(e, values, analysis.frontier)
                 : analysis.uncertainty
                     ? uncertaintyTable(*analysis.uncertainty, evaluator.indicators())
                     : sensitivityTable(e.design.kind, analysis.sensitivity));
        break;
    case OutputFormat::Json:
        printOut(explorationJson(e, values, evaluator.indicators(), analysis));
        break;
    }
    return kExitOk;
}

} // namespace nk::cli
