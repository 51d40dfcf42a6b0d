#include "naikkelas/calibration/calibrated_scenario.hpp"

#include "naikkelas/decision/factors.hpp"
#include "naikkelas/io/scenario_preserving.hpp"
#include "naikkelas/io/scenario_yaml.hpp"
#include "naikkelas/scenario/schema_access.hpp"

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <sstream>

namespace nk::calibration {

namespace {

double roundSignificant(double v, int digits) {
    if (v == 0 || !std::isfinite(v)) return v;
    const double scale = std::pow(10.0, digits - 1 - int(std::floor(std::log10(std::fabs(v)))));
    return std::round(v * scale) / scale;
}

std::string intervalText(const ParameterEstimate& e) {
    return "90 % " + std::string(e.lowAtBound ? "<= " : "") + formatValue(e.low) + " to " +
           std::string(e.highAtBound ? ">= " : "") + formatValue(e.high);
}

std::string lineComment(const ParameterEstimate& e, const CalibrationStamp& stamp) {
    const std::string source =
        stamp.dataFile + " (sha256 " + stamp.dataSha256.substr(0, 12) + "), " + stamp.date;
    if (!e.identified())
        return "# calibration " + source + ": not identified by the data, value kept";
    return "# calibrated to " + source + ", " + intervalText(e) + "; was " + formatValue(e.start);
}

// Replaces the comment of line `line` (1-based) of `text`, or appends one.
void setLineComment(std::vector<std::string>& lines, int line, const std::string& comment) {
    std::string& l = lines[std::size_t(line - 1)];
    bool quoted = false;
    char quote = 0;
    std::size_t cut = l.size();
    for (std::size_t i = 0; i < l.size(); ++i) {
        const char c = l[i];
        if (quoted) {
            quoted = c != quote;
        } else if (c == '"' || c == '\'') {
            quoted = true;
            quote = c;
        } else if (c == '#' && (i == 0 || l[i - 1] == ' ' || l[i - 1] == '\t')) {
            cut = i;
            break;
        }
    }
    l = l.substr(0, cut);
    while (!l.empty() && (l.back() == ' ' || l.back() == '\t')) l.pop_back();
    l += "  " + comment;
}

} // namespace

std::string formatValue(double value) {
    char buffer[64];
    if (std::fabs(value) >= 1000)
        std::snprintf(buffer, sizeof buffer, "%.0f", value);
    else
        std::snprintf(buffer, sizeof buffer, "%.4g", value);
    return buffer;
}

double writtenValue(const ParameterEstimate& estimate, const FitParameter& parameter) {
    if (!estimate.identified()) return parameter.start;
    return std::clamp(roundSignificant(estimate.estimate, 4), parameter.low, parameter.high);
}

std::string calibratedScenarioText(std::string_view originalText, const ModelLikelihood& model,
                                   const CalibrationResult& result, const CalibrationStamp& stamp,
                                   std::string& error) {
    const auto& parameters = model.parameters();
    std::vector<double> values;
    for (std::size_t i = 0; i < parameters.size(); ++i)
        values.push_back(writtenValue(result.estimates[i], parameters[i]));
    const Scenario fitted = model.variant(values, error);
    if (!error.empty()) return {};
    const io::PreservingWrite written = io::writeScenarioPreserving(originalText, fitted);
    const io::LoadResult reread = io::loadScenarioText(written.text, "calibrated scenario");
    if (!reread.scenario) {
        error = "the calibrated scenario does not read back";
        for (const auto& d : reread.diagnostics.items())
            if (d.severity == Severity::Error) {
                error += ": " + formatDiagnostic(d);
                break;
            }
        return {};
    }

    std::vector<std::string> lines;
    std::istringstream in(written.text);
    for (std::string line; std::getline(in, line);) lines.push_back(line);
    for (std::size_t i = 0; i < parameters.size(); ++i)
        for (const auto& path : decision::expandFactorPath(fitted, parameters[i].path)) {
            Diagnostic where;
            where.path = schema::readNumber(fitted, path).path; // indexes, as positions hold
            if (!reread.positions.has(where.path)) continue;
            reread.positions.locate(where);
            if (where.line > 0 && where.line <= int(lines.size()))
                setLineComment(lines, where.line, lineComment(result.estimates[i], stamp));
        }

    std::string out = "# Calibrated with `naikkelas calibrate` on " + stamp.date +
                      " to the follow-up data\n# " + stamp.dataFile + "\n# (sha256 " +
                      stamp.dataSha256 +
                      "):\n# maximum likelihood in expected mode, 90 % profile-likelihood "
                      "intervals\n# (docs/calibration.md). Fitted:\n";
    for (std::size_t i = 0; i < parameters.size(); ++i) {
        const ParameterEstimate& e = result.estimates[i];
        out += "#   " + e.path + " = " + formatValue(values[i]);
        out += e.identified() ? " (" + intervalText(e) + "), was " + formatValue(e.start) + "\n"
                              : ": not identified by these data; the scenario's value is kept\n";
    }
    out += "# Every other value is the original scenario's: not fitted, it keeps its source or\n"
           "# assumption as marked below.\n";
    for (const auto& line : lines) out += line + "\n";
    return out;
}

} // namespace nk::calibration
