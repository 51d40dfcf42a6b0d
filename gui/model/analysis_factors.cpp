#include "model/analysis_factors.hpp"

#include "naikkelas/decision/factors.hpp"
#include "naikkelas/scenario/schema_access.hpp"

#include <algorithm>
#include <cmath>
#include <filesystem>

namespace nk::gui {

namespace {

constexpr double kShare = 0.25; // "Vary in analysis": the value ±25 %

bool wholeNumbers(schema::Kind kind) {
    return kind == schema::Kind::Integer || kind == schema::Kind::Rupiah;
}

// The valid range of a key, as closed bounds a factor's ends may take.
std::pair<double, double> validBounds(const schema::Range& r, bool integer) {
    double lo = r.min, hi = r.max;
    if (r.minExclusive) lo = integer ? std::floor(lo) + 1 : std::nextafter(lo, hi);
    if (r.maxExclusive) hi = integer ? std::ceil(hi) - 1 : std::nextafter(hi, lo);
    return {lo, hi};
}

void addCore(const Scenario& s, const char* path, std::vector<decision::Factor>& out) {
    if (auto f = defaultFactor(s, path)) out.push_back(std::move(*f));
}

} // namespace

bool AnalysisFactors::contains(const std::string& path) const {
    return std::any_of(m_factors.begin(), m_factors.end(),
                       [&](const decision::Factor& f) { return f.path == path; });
}

bool AnalysisFactors::add(decision::Factor factor) {
    if (contains(factor.path)) return false;
    m_factors.push_back(std::move(factor));
    ++m_revision;
    return true;
}

void AnalysisFactors::remove(std::size_t index) {
    if (index >= m_factors.size()) return;
    m_factors.erase(m_factors.begin() + static_cast<std::ptrdiff_t>(index));
    ++m_revision;
}

void AnalysisFactors::setRange(std::size_t index, double low, double high) {
    if (index >= m_factors.size() || !std::isfinite(low) || !std::isfinite(high)) return;
    decision::Factor& f = m_factors[index];
    if (f.integer) {
        low = std::round(low);
        high = std::round(high);
    }
    if (!(low < high) || (low == f.low && high == f.high)) return;
    f.low = low;
    f.high = high;
    ++m_revision;
}

void AnalysisFactors::replace(std::vector<decision::Factor> factors) {
    m_factors = std::move(factors);
    ++m_revision;
}

std::optional<decision::Factor> defaultFactor(const Scenario& scenario,
                                              const std::string& keyPath) {
    // A `[*]` path takes the value and range of its first key.
    const std::vector<std::string> keys = decision::expandFactorPath(scenario, keyPath);
    if (keys.empty()) return std::nullopt;
    const schema::NumberAt at = schema::readNumber(scenario, keys.front());
    if (!at.ok() || !at.field) return std::nullopt;
    decision::Factor f;
    f.path = keyPath;
    f.integer = wholeNumbers(at.field->kind);
    const auto [validLow, validHigh] = validBounds(at.field->range, f.integer);
    const double v = at.value;
    double lo = v - std::fabs(v) * kShare, hi = v + std::fabs(v) * kShare;
    if (v == 0.0) {
        lo = std::isfinite(validLow) && std::isfinite(validHigh) ? validLow : -1.0;
        hi = std::isfinite(validLow) && std::isfinite(validHigh) ? validHigh : 1.0;
    }
    if (f.integer) {
        lo = std::floor(lo);
        hi = std::ceil(hi);
        if (lo == hi) hi += 1.0;
    }
    lo = std::clamp(lo, validLow, validHigh);
    hi = std::clamp(hi, validLow, validHigh);
    if (f.integer && lo == hi) lo = std::max(validLow, hi - 1.0);
    if (!(lo < hi)) return std::nullopt;
    f.low = lo;
    f.high = hi;
    return f;
}

bool isPlanLever(const decision::Factor& factor) {
    for (const char* section : {"cohorts[", "programs[", "clusters["})
        if (factor.path.rfind(section, 0) == 0) return true;
    return false;
}

std::vector<decision::Factor> suggestedFactors(const Scenario& s) {
    std::vector<decision::Factor> out;
    for (const char* path : {"parameters.start_prob_monthly", "parameters.closure_monthly_at_ref",
                             "parameters.volatility_monthly", "parameters.margin"})
        addCore(s, path, out);
    // A few levers, so that the frontier's grid (3 levels each) stays small: every
    // cohort's participants together when all follow a program (else the first that
    // does), the first program's mentoring, the first two shared allocations.
    const bool allTrained = std::all_of(s.cohorts.begin(), s.cohorts.end(),
                                        [](const Cohort& c) { return !c.program.empty(); });
    const auto trained = std::find_if(s.cohorts.begin(), s.cohorts.end(),
                                      [](const Cohort& c) { return !c.program.empty(); });
    const std::size_t levers = out.size();
    if (allTrained && !s.cohorts.empty())
        addCore(s, "cohorts[*].participants", out);
    else if (trained != s.cohorts.end())
        addCore(
            s,
            ("cohorts[" + std::to_string(trained - s.cohorts.begin()) + "].participants").c_str(),
            out);
    // No fewer participants than a KUBE (joint business group) of the cohort holds.
    int kube = 1;
    for (const Cohort& c : s.cohorts) kube = std::max(kube, c.kube_size);
    if (out.size() > levers) out.back().low = std::max(out.back().low, double(kube));
    if (out.size() > levers && !(out.back().low < out.back().high)) out.pop_back();
    if (!s.programs.empty() && s.programs.front().mentoring_months > 0)
        addCore(s, "programs[0].mentoring_months", out);
    std::size_t allocations = 0;
    for (std::size_t c = 0; c < s.clusters.size() && allocations < 2; ++c)
        for (std::size_t j = 0; j < s.clusters[c].equipment.size() && allocations < 2;
             ++j, ++allocations)
            addCore(
                s,
                ("clusters[" + std::to_string(c) + "].equipment[" + std::to_string(j) + "].units")
                    .c_str(),
                out);
    return out;
}

std::string experimentPathFor(const std::string& scenarioPath) {
    if (scenarioPath.empty()) return {};
    std::filesystem::path p(scenarioPath);
    p.replace_extension(".experiment.yaml");
    return p.string();
}

std::string experimentYaml(const std::vector<decision::Factor>& factors,
                           const std::string& scenarioPath) {
    std::string out =
        "# The factors the app's Decide tab varies; `naikkelas explore` runs this file.\n"
        "naikkelas: 1\nexperiment:\n";
    out += "  scenario: " +
           (scenarioPath.empty() ? std::string("default")
                                 : std::filesystem::path(scenarioPath).filename().string()) +
           "\n";
    out += "  mode: expected\n  design: oat\n  factors:\n";
    for (const decision::Factor& f : factors) {
        out += "    - path: " + f.path + "\n";
        if (f.values.empty()) {
            out += "      range: [" + schema::formatNumber(f.low) + ", " +
                   schema::formatNumber(f.high) + "]\n";
        } else {
            out += "      values: [";
            for (std::size_t i = 0; i < f.values.size(); ++i)
                out += (i ? ", " : "") + schema::formatNumber(f.values[i]);
            out += "]\n";
        }
        if (f.integer) out += "      integer: true\n";
        if (f.scale == decision::Scale::Log) out += "      scale: log\n";
    }
    return out;
}

std::vector<decision::Factor> loadFactorsBeside(const std::string& scenarioPath,
                                                std::string& problem) {
    const std::string path = experimentPathFor(scenarioPath);
    std::error_code ec;
    if (path.empty() || !std::filesystem::exists(path, ec)) return {};
    const decision::ExperimentLoad loaded = decision::loadExperimentFile(path);
    if (!loaded.experiment) {
        for (const Diagnostic& d : loaded.diagnostics.items())
            if (d.severity == Severity::Error) {
                problem = formatDiagnostic(d);
                break;
            }
        return {};
    }
    return loaded.experiment->factors;
}

} // namespace nk::gui
