#include "model/cluster_effects.hpp"

#include "model/equipment_plan.hpp"
#include "model/prepare_run.hpp"

#include "naikkelas/engine/engine.hpp"
#include "naikkelas/results/series_names.hpp"

#include <algorithm>
#include <thread>

namespace nk::gui {

namespace {

constexpr std::string_view kBandPrefix = "micro_band:";

double atHorizon(const ResultSet& r, Arm arm, const std::string& scope, std::string_view name) {
    const SeriesBand* s = r.find(arm, scope, std::string(name));
    return s && !s->mean.empty() ? s->mean.back() : 0.0;
}

double mean(const ResultSet& r, const char* key) {
    const Indicator* i = r.indicator(key);
    return i ? i->mean : 0.0;
}

UnitChange changeFrom(const ResultSet& now, const ResultSet& changed) {
    return {mean(changed, "benefit_discounted") - mean(now, "benefit_discounted"),
            mean(changed, "additional_at_umk") - mean(now, "additional_at_umk"),
            mean(changed, "cost_discounted") - mean(now, "cost_discounted")};
}

int unitsOf(const Cluster& c, const std::string& item) {
    for (const EquipmentAllocation& a : c.equipment)
        if (a.equipment == item) return a.units;
    return 0;
}

} // namespace

ClusterEffects clusterEffects(const ResultSet& results, const Scenario& scenario) {
    ClusterEffects out;
    for (const SeriesBand& s : results.series)
        if (s.arm == Arm::Program && s.scope == std::string(names::kTotal) &&
            s.name.rfind(kBandPrefix, 0) == 0)
            out.bands.push_back(s.name.substr(kBandPrefix.size()));
    for (const Cluster& c : scenario.clusters) {
        const std::string scope = names::clusterScope(c.id);
        ClusterFigures f;
        f.id = c.id;
        f.additionalActive = atHorizon(results, Arm::Program, scope, names::kActive) -
                             atHorizon(results, Arm::Baseline, scope, names::kActive);
        f.incomePerParticipant =
            atHorizon(results, Arm::Program, scope, names::kIncomePerParticipant);
        f.participantsAtUmk = atHorizon(results, Arm::Program, scope, names::kParticipantsAtUmk);
        for (const std::string& band : out.bands)
            f.bands.push_back(
                atHorizon(results, Arm::Program, scope, names::microBandSeries(band)));
        out.clusters.push_back(std::move(f));
    }
    return out;
}

std::optional<ResultSet> runScenarioIn(const Scenario& scenario, const PluginRegistry& registry,
                                       RunMode mode, int replications,
                                       const std::atomic<bool>* cancel, std::string& error) {
    PreparedRun prepared = prepareRun(scenario, nullptr, {}, registry);
    if (!prepared.runnable()) {
        error = "the scenario does not run (see Diagnostics)";
        return std::nullopt;
    }
    RunOptions options = defaultRunOptions(*prepared.compiled);
    options.mode = mode;
    options.replications = replications;
    options.seed = scenario.scenario.seed;
    options.threads = mode == RunMode::Expected
                          ? 1
                          : std::max(1, static_cast<int>(std::thread::hardware_concurrency()));
    options.scenarioDigest = false;
    options.bands = BandScope::None;
    options.cancel = cancel;
    prepared.binding->apply(options); // after the seed
    RunOutcome outcome = runScenario(*prepared.compiled, options);
    if (!outcome.ok) {
        error = outcome.cancelled ? "cancelled" : outcome.error;
        return std::nullopt;
    }
    return std::move(outcome.results);
}

UnitMargins unitMargins(const Scenario& scenario, const PluginRegistry& registry,
                        const std::vector<std::string>& items, const std::atomic<bool>* cancel) {
    UnitMargins out;
    const auto now = runScenarioIn(scenario, registry, RunMode::Expected, 1, cancel, out.error);
    if (!now) {
        out.cancelled = cancel && *cancel;
        return out;
    }
    for (std::size_t c = 0; c < scenario.clusters.size(); ++c)
        for (const std::string& item : items) {
            UnitMargin cell;
            cell.cluster = c;
            cell.item = item;
            const int units = unitsOf(scenario.clusters[c], item);
            for (const int step : {+1, -1}) {
                if (units + step < 0) continue;
                std::string error;
                const auto changed = runScenarioIn(withUnits(scenario, c, item, units + step),
                                                   registry, RunMode::Expected, 1, cancel, error);
                if (cancel && *cancel) {
                    out.cancelled = true;
                    return out;
                }
                if (changed) (step > 0 ? cell.plus : cell.minus) = changeFrom(*now, *changed);
            }
            out.cells.push_back(std::move(cell));
        }
    return out;
}

PairedAllocation pairedAllocation(const Scenario& reference, const Scenario& current,
                                  const PluginRegistry& registry, int replications,
                                  const std::atomic<bool>* cancel, std::atomic<double>* progress) {
    PairedAllocation out;
    // The same seed for both: the reference's, so that replication r meets the same chance.
    Scenario now = current;
    now.scenario.seed = reference.scenario.seed;
    out.reference =
        runScenarioIn(reference, registry, RunMode::MonteCarlo, replications, cancel, out.error);
    if (progress) *progress = 0.5;
    if (out.reference)
        out.current =
            runScenarioIn(now, registry, RunMode::MonteCarlo, replications, cancel, out.error);
    out.cancelled = cancel && *cancel;
    if (out.reference && out.current)
        out.differences = pairedDifferences(*out.reference, *out.current);
    if (progress) *progress = 1.0;
    return out;
}

} // namespace nk::gui
