#include "run_parts.hpp"

#include "naikkelas/results/series_names.hpp"

#include <algorithm>
#include <cmath>
#include <limits>
#include <thread>

namespace nk::engine {

const std::vector<IndicatorSpec>& indicatorSpecs() {
    static const std::vector<IndicatorSpec> specs = {
        {"additional_active", "enterprises"},
        {"additional_ever_started", "enterprises"},
        {"additional_kecil_or_above", "enterprises"},
        {"additional_at_umk", "participants"},
        {"benefit_discounted", "rupiah"},
        {"cost_discounted", "rupiah"},
        {"cost_per_additional_active", "rupiah"},
        {"cost_per_additional_kecil_or_above", "rupiah"},
        {"benefit_cost_ratio", "ratio"},
        {"additional_moved_up", "participants"},
    };
    return specs;
}

std::vector<double> computeIndicators(const SeriesLayout& layout, const ArmFrames& frames,
                                      double discountMonthly) {
    const auto& cols = layout.total();
    const int width = layout.width();
    const int horizon = layout.months() - 1;
    auto at = [&](const std::vector<double>& frame, int t, int column) {
        return frame[static_cast<std::size_t>(t) * width + column];
    };
    auto difference = [&](int t, int column) {
        return at(frames.program, t, column) - at(frames.baseline, t, column);
    };
    double kecil = 0.0;
    for (int c : cols.kecilOrAbove) kecil += difference(horizon, c);
    double benefit = 0.0, cost = 0.0;
    for (int t = 0; t <= horizon; ++t) {
        const double factor = std::pow(discountMonthly, t);
        benefit += difference(t, cols.profit) / factor;
        cost += difference(t, cols.cost) / factor;
    }
    std::vector<double> values = {difference(horizon, cols.active),
                                  difference(horizon, cols.everStarted),
                                  kecil,
                                  difference(horizon, cols.atUmk),
                                  benefit,
                                  cost,
                                  0.0,
                                  0.0,
                                  0.0,
                                  difference(horizon, cols.movedUp)};
    fillRatios(values);
    return values;
}

void fillRatios(std::vector<double>& v) {
    // A cost per enterprise is undefined below a hundredth of an additional enterprise:
    // the expected mode gives tiny positive tails (1e-12 kecil firms) whose ratio
    // would read as an absurd price rather than "none".
    const double nan = std::numeric_limits<double>::quiet_NaN();
    auto per = [&](double amount, double count, double least) {
        return count >= least ? amount / count : nan;
    };
    v[kCostPerActive] = per(v[kCost], v[kActive], kMinAdditionalForRatio);
    v[kCostPerKecil] = per(v[kCost], v[kKecil], kMinAdditionalForRatio);
    v[kBenefitCostRatio] = per(v[kBenefit], v[kCost], 1.0);
}

std::vector<double> standardErrors(const std::vector<double>& values, int replications,
                                   const std::vector<double>& means) {
    const std::size_t n = means.size();
    const double nan = std::numeric_limits<double>::quiet_NaN();
    std::vector<double> errors(n, nan);
    if (replications < 2) return errors;
    // Standard error of the mean of f(r) over the replications.
    auto errorOf = [&](auto&& f) {
        double sum = 0.0, squares = 0.0;
        for (int r = 0; r < replications; ++r) sum += f(r);
        const double mean = sum / replications;
        for (int r = 0; r < replications; ++r) squares += (f(r) - mean) * (f(r) - mean);
        return std::sqrt(squares / (replications - 1) / replications);
    };
    auto at = [&](int r, std::size_t i) { return values[std::size_t(r) * n + i]; };
    for (std::size_t i : {kActive, kEverStarted, kKecil, kAtUmk, kBenefit, kCost, kMovedUp})
        errors[i] = errorOf([&](int r) { return at(r, i); });
    const std::pair<std::size_t, std::size_t> ratios[] = {
        {kCostPerActive, kActive}, {kCostPerKecil, kKecil}, {kBenefitCostRatio, kCost}};
    for (const auto& [ratio, denominator] : ratios) {
        const std::size_t numerator = ratio == kBenefitCostRatio ? kBenefit : kCost;
        if (!std::isfinite(means[ratio])) continue;
        errors[ratio] =
            errorOf([&](int r) { return at(r, numerator) - means[ratio] * at(r, denominator); }) /
            std::fabs(means[denominator]);
    }
    return errors;
}

bool groupModifiers(ModifierPipeline* pipeline, const CompiledScenario& scenario, Arm arm,
                    int month, int group, Modifiers& out, std::string& error) {
    out = Modifiers{};
    if (!pipeline) return true;
    if (!pipeline->modifiers(arm, month, group, out, error)) return false;
    if (!out.finite()) {
        error = "modifiers are not finite for cohort `" +
                scenario.spec.cohorts[scenario.groups[group].cohort].id + "` (" + armName(arm) +
                " arm) in month " + std::to_string(month);
        return false;
    }
    return true;
}

SeriesBand makeBand(Arm arm, const SeriesLayout& layout, int column) {
    SeriesBand band;
    band.arm = arm;
    band.scope = layout.columnScope(column);
    band.name = layout.columnSeries(column);
    band.mean.resize(layout.months());
    return band;
}

int runThreads(const RunOptions& options) {
    return options.threads > 0 ? options.threads
                               : std::max(1, static_cast<int>(std::thread::hardware_concurrency()));
}

RunManifest manifestOf(const CompiledScenario& s, const RunOptions& options) {
    RunManifest m;
    m.version = NK_VERSION;
    m.scenarioId = s.spec.scenario.id;
    if (options.scenarioDigest) m.scenarioSha256 = s.specSha256();
    m.seed = options.seed;
    m.threads = runThreads(options);
    m.replications = options.mode == RunMode::MonteCarlo ? options.replications : 0;
    m.mode = names::modeName(options.mode);
    m.plugins = options.plugins;
    return m;
}

} // namespace nk::engine
