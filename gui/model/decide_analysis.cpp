#include "model/decide_analysis.hpp"

#include "model/field_schema.hpp"
#include "model/ui_text.hpp"

#include "naikkelas/decision/evaluator.hpp"
#include "naikkelas/decision/exploration.hpp"
#include "naikkelas/decision/factors.hpp"
#include "naikkelas/units/strings.hpp"

#include <algorithm>
#include <chrono>
#include <cmath>
#include <thread>

namespace nk::gui {

namespace {

using decision::SensitivityRow;

double measure(const DesignRun& run, const std::string& factor, const std::string& indicator,
               const std::string& name) {
    for (const SensitivityRow& r : run.analysis.sensitivity)
        if (r.factor == factor && r.indicator == indicator && r.measure == name) return r.value;
    return std::nan("");
}

chart::AxisFormatter unitAxis(const std::string& unit, Language language) {
    return unit == "rupiah" ? chart::rupiahAxis(language) : chart::countAxis(language);
}

// The entry of a list a path names: `cohorts[2].participants` -> the id of cohort 2.
std::string entryId(const Scenario& s, const std::string& path, Language language) {
    const auto open = path.find('['), close = path.find(']');
    if (open == std::string::npos || close == std::string::npos || close < open) return {};
    const std::string list = path.substr(0, open), at = path.substr(open + 1, close - open - 1);
    if (at == "*") return tr(language, "semua", "all");
    if (at.empty() || !std::all_of(at.begin(), at.end(), ::isdigit)) return at;
    const std::size_t i = std::stoul(at);
    const std::string equipment = path.substr(close + 1);
    if (list == "cohorts" && i < s.cohorts.size()) return s.cohorts[i].id;
    if (list == "programs" && i < s.programs.size()) return s.programs[i].id;
    if (list == "equipment" && i < s.equipment.size()) return s.equipment[i].id;
    if (list == "clusters" && i < s.clusters.size()) {
        std::string id = s.clusters[i].id;
        const auto jOpen = equipment.find('['), jClose = equipment.find(']');
        if (jOpen != std::string::npos && jClose != std::string::npos) {
            const std::string j = equipment.substr(jOpen + 1, jClose - jOpen - 1);
            const bool index = !j.empty() && std::all_of(j.begin(), j.end(), ::isdigit);
            const std::size_t k = index ? std::stoul(j) : 0;
            id += ", " + (index && k < s.clusters[i].equipment.size()
                              ? s.clusters[i].equipment[k].equipment
                              : j);
        }
        return id;
    }
    return at;
}

} // namespace

decision::Experiment analysisExperiment(std::vector<decision::Factor> factors,
                                        decision::DesignSpec design) {
    decision::Experiment e;
    e.mode = RunMode::Expected;
    e.factors = std::move(factors);
    e.design = std::move(design);
    return e;
}

std::optional<std::size_t> DesignRun::indicatorIndex(const std::string& key) const {
    const auto it = std::find(indicators.begin(), indicators.end(), key);
    if (it == indicators.end()) return std::nullopt;
    return static_cast<std::size_t>(it - indicators.begin());
}

int analysisThreads() {
    return static_cast<int>(std::max(1u, std::thread::hardware_concurrency()));
}

DesignRun runDesign(const Scenario& scenario, const PluginRegistry& registry,
                    decision::Experiment experiment, int threads, const std::atomic<bool>* cancel,
                    std::atomic<double>* progress) {
    const auto start = std::chrono::steady_clock::now();
    DesignRun run;
    run.experiment = std::move(experiment);
    const decision::Experiment& e = run.experiment;
    const decision::DesignPlan plan =
        decision::planDesign(e, decision::baseCoordinates(e, scenario, registry));
    run.values = decision::pointValues(e, plan);
    const decision::Evaluator evaluator(scenario, registry, e);
    run.indicators = evaluator.indicators();
    run.units = evaluator.units();
    run.stride = evaluator.stride();
    decision::EvaluationOptions options;
    options.threads = threads;
    options.cancel = cancel;
    options.onPoint = [&](std::size_t, const decision::PointOutcome& outcome) {
        run.outputs.push_back(outcome.outputs);
    };
    options.progress = [progress](std::size_t finished, std::size_t count) {
        if (progress && count > 0) *progress = double(finished) / double(count);
    };
    const decision::EvaluationRun done =
        decision::evaluatePoints(evaluator, run.values, 0, run.values.size(), options);
    run.cancelled = done.cancelled;
    run.error = done.error;
    if (run.complete())
        run.analysis =
            decision::analyzeExploration(e, plan, run.indicators, run.stride, run.outputs);
    run.milliseconds =
        std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - start).count();
    return run;
}

std::vector<TornadoBar> tornadoBars(const DesignRun& run, const std::string& indicator) {
    std::vector<TornadoBar> bars;
    if (!run.complete() || !run.indicatorIndex(indicator)) return bars;
    for (const decision::Factor& f : run.experiment.factors) {
        TornadoBar bar;
        bar.factor = f.path;
        bar.low = f.values.empty() ? f.low : f.values.front();
        bar.high = f.values.empty() ? f.high : f.values.back();
        bar.swingLow = measure(run, f.path, indicator, "swing_low");
        bar.swingHigh = measure(run, f.path, indicator, "swing_high");
        bars.push_back(bar);
    }
    const auto width = [](const TornadoBar& b) {
        const double w = std::max(std::fabs(b.swingLow), std::fabs(b.swingHigh));
        return std::isfinite(w) ? w : -1.0;
    };
    std::stable_sort(bars.begin(), bars.end(),
                     [&](const TornadoBar& a, const TornadoBar& b) { return width(a) > width(b); });
    return bars;
}

double tornadoBase(const DesignRun& run, const std::string& indicator) {
    const auto k = run.indicatorIndex(indicator);
    if (!k || run.outputs.empty()) return std::nan("");
    return run.outputs.front()[*k * run.stride];
}

std::string factorLabel(const Scenario& scenario, const std::string& path, Language language) {
    std::string label(fieldLabel(path, language));
    if (label.empty()) return path;
    const std::string id = entryId(scenario, path, language);
    return id.empty() ? label : label + " (" + id + ")";
}

chart::ChartModel tornadoChart(const std::vector<TornadoBar>& bars, double base,
                               const std::string& indicator, const std::string& unit,
                               const Scenario& scenario, Language language) {
    chart::ChartModel m;
    m.kind = chart::ChartKind::Tornado;
    m.language = language;
    m.valueFormat = unitAxis(unit, language);
    m.title = translate(indicator, language) +
              tr(language, ": perubahan dari dasar ", ": change from the base ") + "(" +
              m.valueFormat(base, 0.0) + ")";
    chart::Series low, high;
    low.id = "low";
    low.label = tr(language, "di ujung rendah", "at the low end");
    low.color = chart::paletteColor(0);
    high.id = "high";
    high.label = tr(language, "di ujung tinggi", "at the high end");
    high.color = chart::paletteColor(1);
    for (const TornadoBar& b : bars) {
        m.categories.push_back(factorLabel(scenario, b.factor, language));
        low.values.push_back(b.swingLow);
        high.values.push_back(b.swingHigh);
    }
    m.series = {std::move(low), std::move(high)};
    return m;
}

chart::ChartModel sensitivityChart(const DesignRun& run, const std::string& indicator,
                                   const Scenario& scenario, Language language) {
    chart::ChartModel m;
    m.kind = chart::ChartKind::Tornado;
    m.language = language;
    if (!run.complete() || !run.indicatorIndex(indicator)) return m;
    const bool sobol = run.experiment.design.kind == decision::DesignKind::Sobol;
    std::vector<std::string> factors;
    for (const decision::Factor& f : run.experiment.factors) factors.push_back(f.path);
    const auto size = [&](const std::string& f) {
        const double v = measure(run, f, indicator, sobol ? "ST" : "mu_star");
        return std::isfinite(v) ? v : -1.0;
    };
    std::stable_sort(factors.begin(), factors.end(),
                     [&](const std::string& a, const std::string& b) { return size(a) > size(b); });
    m.title =
        translate(indicator, language) +
        (sobol ? tr(language, ": indeks Sobol (interval 90%)", ": Sobol indices (90% interval)")
               : tr(language, ": Morris mu*", ": Morris mu*"));
    const auto series = [&](const char* id, const std::string& label, std::size_t color,
                            const char* value, const char* lo, const char* hi) {
        chart::Series s;
        s.id = id;
        s.label = label;
        s.color = chart::paletteColor(color);
        s.whisker = true;
        chart::BandLayer band;
        for (const std::string& f : factors) {
            s.values.push_back(measure(run, f, indicator, value));
            if (!lo) continue;
            band.lower.push_back(measure(run, f, indicator, lo));
            band.upper.push_back(measure(run, f, indicator, hi));
        }
        if (lo) s.bands.push_back(std::move(band));
        return s;
    };
    if (sobol) {
        m.series.push_back(
            series("s1", tr(language, "S1 (sendiri)", "S1 (alone)"), 0, "S1", "S1_lo", "S1_hi"));
        m.series.push_back(series("st",
                                  tr(language, "ST (dengan interaksi)", "ST (with interactions)"),
                                  1, "ST", "ST_lo", "ST_hi"));
        m.valueFormat = chart::shareAxis(language);
    } else {
        m.series.push_back(series("mu_star", "mu*", 0, "mu_star", nullptr, nullptr));
        m.valueFormat = unitAxis(run.units[*run.indicatorIndex(indicator)], language);
    }
    for (const std::string& f : factors) m.categories.push_back(factorLabel(scenario, f, language));
    return m;
}

std::optional<std::size_t> frontierPointAt(const DesignRun& run, std::size_t series,
                                           std::size_t index) {
    std::size_t efficient = 0;
    for (std::size_t k = 0; k < run.analysis.frontier.size(); ++k) {
        const decision::FrontierPoint& p = run.analysis.frontier[k];
        if (series == 0 && k == index) return p.point;
        if (series == 1 && p.efficient && efficient++ == index) return p.point;
    }
    return std::nullopt;
}

std::optional<decision::Experiment> frontierExperiment(const std::vector<decision::Factor>& factors,
                                                       const std::string& outcome, int levels) {
    std::vector<decision::Factor> levers;
    for (const decision::Factor& f : factors)
        if (isPlanLever(f)) levers.push_back(f);
    if (levers.empty()) return std::nullopt;
    decision::DesignSpec design;
    design.kind = decision::DesignKind::Frontier;
    design.levels = levels;
    design.outcome = outcome;
    return analysisExperiment(std::move(levers), design);
}

double designPointCount(const decision::Experiment& e) {
    double n = 1.0;
    for (const decision::Factor& f : e.factors) n *= decision::gridLevels(f, e.design.levels);
    return n;
}

} // namespace nk::gui
