#include "naikkelas/io/results_export.hpp"
#include "naikkelas/results/mode_agreement.hpp"
#include "naikkelas/results/series_names.hpp"

#include "json_writer.hpp"
#include "naikkelas/io/atomic_file.hpp"
#include "naikkelas/io/sha256.hpp"

#include <algorithm>
#include <array>
#include <charconv>
#include <cmath>
#include <filesystem>
#include <system_error>
#include <variant>

namespace nk::io {

namespace {

// Levels equal up to rounding noise (0.05 typed in a file vs. computed 1 - 0.95).
bool sameLevel(double a, double b) {
    return std::fabs(a - b) < 1e-9;
}

const std::vector<double> kDefaultLevels{0.05, 0.5, 0.95};

// The quantile columns of a run: the union of its sets' levels, ascending, so that the
// CSV has one fixed header whatever the mode; the defaults when no set has levels.
std::vector<double> columnLevels(std::span<const ResultSet> results) {
    std::vector<double> levels;
    for (const auto& r : results)
        for (const double level : r.quantileLevels)
            if (std::none_of(levels.begin(), levels.end(),
                             [&](double l) { return sameLevel(l, level); }))
                levels.push_back(level);
    if (levels.empty()) return kDefaultLevels;
    std::sort(levels.begin(), levels.end());
    return levels;
}

// Index of `level` in a set's quantileLevels, or -1.
int levelIndex(const ResultSet& r, double level) {
    for (std::size_t i = 0; i < r.quantileLevels.size(); ++i)
        if (sameLevel(r.quantileLevels[i], level)) return static_cast<int>(i);
    return -1;
}

// RFC 4180: quote a cell holding a separator, quote or line break.
void appendCsvCell(std::string& out, std::string_view cell) {
    if (cell.find_first_of(",\"\r\n") == std::string_view::npos) {
        out += cell;
        return;
    }
    out += '"';
    for (const char c : cell) {
        if (c == '"') out += '"';
        out += c;
    }
    out += '"';
}

int horizonOf(std::span<const ResultSet> results) {
    return results.empty() ? 0 : std::max(0, results.front().months - 1);
}

void writeLevels(JsonWriter& json, const std::vector<double>& levels) {
    json.beginArray(true);
    for (const double level : levels) json.value(level);
    json.endArray();
}

} // namespace

std::string shortestNumber(double value) {
    std::array<char, 32> buffer{};
    const auto result = std::to_chars(buffer.data(), buffer.data() + buffer.size(), value);
    return std::string(buffer.data(), result.ptr);
}

std::string shortestFloat(double value) {
    std::array<char, 32> buffer{};
    const auto result =
        std::to_chars(buffer.data(), buffer.data() + buffer.size(), static_cast<float>(value));
    return std::string(buffer.data(), result.ptr);
}

std::string quantileColumn(double level) {
    if (!std::isfinite(level) || level < 0.0 || level >= 1.0) {
        if (level == 1.0) return "q100";
        return "q" + shortestNumber(level);
    }
    // Shortest fixed notation ("0.05", "0.025", "0.5") keeps what the user typed.
    std::array<char, 64> buffer{};
    const auto result = std::to_chars(buffer.data(), buffer.data() + buffer.size(), level,
                                      std::chars_format::fixed);
    std::string digits(buffer.data(), result.ptr);
    digits = digits.size() > 2 ? digits.substr(2) : std::string(); // drop "0."
    while (digits.size() < 2) digits += '0';                       // 0.5 -> q50, 0 -> q00
    return "q" + digits;
}

std::string seriesCsv(std::span<const ResultSet> results) {
    const std::vector<double> levels = columnLevels(results);
    std::string out = "arm,scope,series,month,mode,mean";
    for (const double level : levels) out += "," + quantileColumn(level);
    out += '\n';
    for (const auto& r : results) {
        const std::string_view mode = names::modeName(r.mode);
        std::vector<int> columns; // per column, index into the band's quantiles or -1
        for (const double level : levels) columns.push_back(levelIndex(r, level));
        for (const auto& band : r.series) {
            std::string prefix;
            appendCsvCell(prefix, armName(band.arm));
            prefix += ',';
            appendCsvCell(prefix, band.scope);
            prefix += ',';
            appendCsvCell(prefix, band.name);
            prefix += ',';
            for (std::size_t t = 0; t < band.mean.size(); ++t) {
                out += prefix;
                out += std::to_string(t);
                out += ',';
                out += mode;
                out += ',';
                out += shortestNumber(band.mean[t]);
                for (const int q : columns) {
                    out += ',';
                    if (q >= 0 && static_cast<std::size_t>(q) < band.quantiles.size() &&
                        t < band.quantiles[q].size())
                        out += shortestFloat(band.quantiles[q][t]);
                }
                out += '\n';
            }
        }
    }
    return out;
}

namespace {

// With both modes: the Monte Carlo mean is the estimate; each indicator's expected value
// against it, in standard errors, flagged beyond kModeGapLimit.
void writeModeAgreement(JsonWriter& json, std::span<const ResultSet> results) {
    const ModePair pair = findModePair(results);
    if (!pair.expected) return;
    json.key("estimate");
    json.value(names::modeName(RunMode::MonteCarlo));
    json.key("mode_agreement");
    json.beginObject();
    for (const ModeAgreement& a : compareModes(*pair.expected, *pair.monteCarlo)) {
        json.key(a.key);
        json.beginObject();
        json.key("expected");
        json.value(a.expected);
        json.key("montecarlo");
        json.value(a.monteCarlo);
        json.key("standard_error");
        json.value(a.standardError);
        json.key("gap_standard_errors");
        json.value(a.gap);
        json.key("outside_3_standard_errors");
        json.value(a.flagged);
        json.endObject();
    }
    json.endObject();
}

} // namespace

std::string indicatorsJson(std::span<const ResultSet> results) {
    JsonWriter json;
    json.beginObject();
    json.key("start");
    json.value(results.empty() ? std::string_view() : std::string_view(results.front().start));
    json.key("horizon_months");
    json.value(horizonOf(results));
    json.key("modes");
    json.beginObject();
    for (const auto& r : results) {
        json.key(names::modeName(r.mode));
        json.beginObject();
        json.key("replications");
        json.value(r.replications);
        json.key("quantile_levels");
        writeLevels(json, r.quantileLevels);
        json.key("indicators");
        json.beginObject();
        for (const auto& indicator : r.indicators) {
            json.key(indicator.key);
            json.beginObject();
            json.key("unit");
            json.value(indicator.unit);
            json.key("mean");
            json.value(indicator.mean);
            if (r.mode == RunMode::MonteCarlo) {
                json.key("standard_error");
                json.value(indicator.standardError);
            }
            json.key("quantiles");
            json.beginObject();
            const std::size_t n = std::min(indicator.quantiles.size(), r.quantileLevels.size());
            for (std::size_t i = 0; i < n; ++i) {
                json.key(quantileColumn(r.quantileLevels[i]));
                json.value(indicator.quantiles[i]);
            }
            json.endObject();
            json.endObject();
        }
        json.endObject();
        json.endObject();
    }
    json.endObject();
    writeModeAgreement(json, results);
    json.endObject();
    return json.finish();
}

namespace {

// What a run used of a plugin: enough to find and check the very module again.
void writePlugin(JsonWriter& json, const PluginRecord& plugin) {
    json.beginObject();
    json.key("id");
    json.value(plugin.id);
    json.key("version");
    json.value(plugin.version);
    json.key("abi");
    json.value(plugin.abi);
    json.key("file");
    json.value(plugin.file);
    json.key("sha256");
    json.value(plugin.sha256);
    json.key("params");
    json.beginObject();
    for (const auto& [name, value] : plugin.params) {
        json.key(name);
        std::visit([&json](const auto& v) { json.value(v); }, value);
    }
    json.endObject();
    json.endObject();
}

} // namespace

std::string manifestJson(std::span<const ResultSet> results, const ManifestExtras& extras) {
    const RunManifest none;
    const RunManifest& first = results.empty() ? none : results.front().manifest;
    JsonWriter json;
    json.beginObject();
    json.key("tool");
    json.value("naikkelas");
    json.key("version");
    json.value(first.version);
    json.key("scenario_id");
    json.value(first.scenarioId);
    json.key("scenario_sha256");
    json.value(first.scenarioSha256);
    json.key("scenario_file");
    json.value(extras.scenarioFile);
    json.key("scenario_file_sha256");
    json.value(extras.scenarioFileSha256);
    json.key("start");
    json.value(results.empty() ? std::string_view() : std::string_view(results.front().start));
    json.key("horizon_months");
    json.value(horizonOf(results));
    json.key("mode");
    json.value(results.size() == 1 ? names::modeName(results.front().mode)
                                   : names::modeName(RunMode::Both));
    json.key("seed");
    json.value(first.seed);
    json.key("threads");
    json.value(first.threads);
    if (extras.ranks > 0) {
        json.key("ranks");
        json.value(extras.ranks);
        json.key("hosts");
        json.beginArray(true);
        for (const auto& host : extras.hosts) json.value(host);
        json.endArray();
    }
    json.key("plugins");
    json.beginArray();
    for (const auto& plugin : first.plugins) writePlugin(json, plugin);
    json.endArray();
    json.key("runs");
    json.beginArray();
    for (const auto& r : results) {
        json.beginObject();
        json.key("mode");
        json.value(names::modeName(r.mode));
        json.key("replications");
        json.value(r.replications);
        json.key("seed");
        json.value(r.manifest.seed);
        json.key("threads");
        json.value(r.manifest.threads);
        json.key("quantile_levels");
        writeLevels(json, r.quantileLevels);
        json.endObject();
    }
    json.endArray();
    json.key("files");
    json.beginObject();
    for (const auto& [name, digest] : extras.files) {
        json.key(name);
        json.value(digest);
    }
    json.endObject();
    json.endObject();
    return json.finish();
}

bool writeRunOutputs(const std::string& dir, std::span<const ResultSet> results,
                     const ManifestExtras& extras, std::string& error) {
    namespace fs = std::filesystem;
    if (results.empty()) {
        error = "no results to write";
        return false;
    }
    std::error_code ec;
    const fs::path root(dir);
    fs::create_directories(root, ec);
    if (ec || !fs::is_directory(root, ec)) {
        error = "cannot create directory " + dir + ": " +
                (ec ? ec.message() : std::string("a file of that name exists"));
        return false;
    }
    const std::string series = seriesCsv(results);
    const std::string indicators = indicatorsJson(results);
    ManifestExtras withDigests = extras;
    withDigests.files.emplace_back(kSeriesFile, sha256Hex(series));
    withDigests.files.emplace_back(kIndicatorsFile, sha256Hex(indicators));
    // The manifest goes last: its presence says the other two are complete.
    const std::string manifest = manifestJson(results, withDigests);
    const std::pair<std::string_view, std::string_view> files[] = {
        {kSeriesFile, series},
        {kIndicatorsFile, indicators},
        {kManifestFile, manifest},
    };
    for (const auto& [name, contents] : files)
        if (!writeFileAtomically((root / name).string(), contents, error)) return false;
    return true;
}

} // namespace nk::io
