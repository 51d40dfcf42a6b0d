// A validated, immutable scenario in the form the engine runs: the grid, one group per
// cohort with its initial distribution, size-class bands as bin ranges, per-bin
// closure, jobs and wage tables.
#pragma once

#include <mutex>

#include "naikkelas/engine/grid.hpp"
#include "naikkelas/scenario/diagnostics.hpp"
#include "naikkelas/scenario/scenario.hpp"

#include <memory>
#include <string>
#include <vector>

namespace nk {

// The simulated group: the enterprises of one cohort.
struct Group {
    int cohort = 0;      // index in Scenario::cohorts
    int program = -1;    // index in Scenario::programs, -1 if none
    int cluster = -1;    // index in Scenario::clusters, -1 if none
    int targetGroup = 0; // index in CompiledScenario::targetGroups
    int entryMonth = 0;
    int enterprises = 0;
    int kubeSize = 1;
    int participants = 0; // enterprises * kubeSize (docs/model.md section 1)
    double businessShare = 0.0;
    // Keys the group's random numbers (a hash of the cohort id): a cohort draws the same
    // numbers whatever other cohorts a variant of the scenario adds, drops or resizes.
    std::uint64_t streamKey = 0;
    std::vector<double> initialBins; // initial-revenue distribution over the B bins
    std::vector<char> atUmk;         // per bin: margin * v_k / kube_size >= UMK
};

// Active enterprises whose annual sales 12 v_k fall in a class: bins first..last.
struct BinBand {
    std::string name;
    int first = 0;
    int last = -1; // inclusive; last < first: the band is empty on this grid
};

struct CompiledScenario {
    Scenario spec;
    // SHA-256 of the spec's canonical YAML, for run manifests: rendered on first use, not
    // on every compile (the app compiles on every edit and needs no digest).
    const std::string& specSha256() const;
    RevenueGrid grid;
    int horizon = 60;
    std::vector<Group> groups;
    std::vector<std::string> targetGroups;
    std::vector<BinBand> sizeClasses;   // in order, the first being mikro
    std::vector<BinBand> microBands;    // finer bands inside the first class
    std::vector<BinBand> workerClasses; // BPS classes by workers w(v_k)
    std::vector<double> closureBase;    // q0 (v_k / r_ref)^-eta, before exit_mult
    std::vector<double> workersPerBin;  // w(v_k) = 1 + floor(v_k / revenue_per_worker)
    double discountMonthly = 1.0;       // (1 + r)^(1/12)

private:
    mutable std::once_flag m_digestOnce;
    mutable std::string m_digest;
};

struct CompileResult {
    std::shared_ptr<const CompiledScenario> compiled; // null when there are errors
    Diagnostics diagnostics;
};

// Validates and compiles. The scenario must have passed loading (types); ranges and
// references are checked again here so that an edited Scenario is safe to compile.
CompileResult compileScenario(const Scenario& scenario);

// Enterprises a cohort forms: ceil(participants / kube_size).
int enterprisesOf(const Cohort& cohort);

// Annual-sales class thresholds of a scheme (upper bounds, all but the last class) and
// the class names.
struct ClassScheme {
    std::vector<double> upperBounds;
    std::vector<std::string> names;
};
ClassScheme classScheme(const SizeClasses& sizeClasses);

} // namespace nk
