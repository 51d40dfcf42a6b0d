#include "expected_mode.hpp"

#include "expected_moved_up.hpp"
#include "expected_step.hpp"

namespace nk::engine {

bool runExpected(const CompiledScenario& s, const SeriesLayout& layout, const RunOptions& options,
                 ArmFrames& frames, std::string& error, StateHistory* history) {
    const int bins = s.grid.bins();
    const int groups = static_cast<int>(s.groups.size());
    const int months = layout.months();
    const std::size_t stateSize = static_cast<std::size_t>(bins) + 2;
    auto pipeline = options.pipelines ? options.pipelines(-1) : nullptr;
    StartDistributions starts(s);

    std::vector<double>* armFrames[2] = {&frames.program, &frames.baseline};
    std::vector<std::vector<double>> counts[2];
    std::vector<double> next(stateSize);
    std::vector<double> bases(static_cast<std::size_t>(groups) * layout.baseSize());
    std::vector<GroupState> views(groups);
    std::vector<Modifiers> modifiers(groups);
    ExpectedMovedUp movedUp(s, 2 * groups);
    for (int a = 0; a < 2; ++a) {
        armFrames[a]->assign(static_cast<std::size_t>(months) * layout.width(), 0.0);
        layout.fillCosts(kSimulatedArms[a], armFrames[a]->data());
        counts[a].assign(groups, std::vector<double>(stateSize, 0.0));
    }
    if (history) history->reset(months, groups, static_cast<int>(stateSize));

    for (int t = 0; t < months; ++t) {
        for (int a = 0; a < 2; ++a) {
            for (int g = 0; g < groups; ++g) {
                const Group& group = s.groups[g];
                auto& c = counts[a][g];
                if (group.entryMonth == t) { // enters: active with probability b
                    c[0] = group.enterprises * (1.0 - group.businessShare);
                    for (int k = 0; k < bins; ++k)
                        c[1 + k] = group.enterprises * group.businessShare * group.initialBins[k];
                    if (options.movedUp) movedUp.enter(a * groups + g, c);
                }
                layout.groupBase(g, c.data(), group.enterprises * group.businessShare,
                                 !options.movedUp        ? kNotFollowed
                                 : group.entryMonth <= t ? movedUp.movedUp(a * groups + g, c)
                                                         : 0.0,
                                 bases.data() + static_cast<std::size_t>(g) * layout.baseSize());
                if (history) std::copy(c.begin(), c.end(), history->at(t, a, g));
            }
            layout.fillStates(bases, t, armFrames[a]->data());
            if (pipeline) {
                for (int g = 0; g < groups; ++g) views[g] = {g, counts[a][g], counts[a][g]};
                const std::span<double> series(layout.pluginSeries(armFrames[a]->data(), t),
                                               layout.pluginSeriesCount());
                if (!pipeline->observe(kSimulatedArms[a], t, views, series, error)) return false;
            }
        }
        if (t + 1 == months) break;
        if (options.cancel && options.cancel->load()) return false;
        // All modifiers of month t first, from the states at t (MODEL.md 2.3): a plugin
        // may read any group's counts while giving another group's modifiers.
        for (int a = 0; a < 2; ++a) {
            const Arm arm = kSimulatedArms[a];
            {
                const PhaseTimer timer(options.profile, RunPhase::Plugins);
                for (int g = 0; g < groups; ++g) {
                    if (s.groups[g].entryMonth > t) continue;
                    if (!groupModifiers(pipeline.get(), s, arm, t, g, modifiers[g], error))
                        return false;
                }
            }
            const PhaseTimer timer(options.profile, RunPhase::Moves);
            for (int g = 0; g < groups; ++g) {
                if (s.groups[g].entryMonth > t) continue;
                const ExpectedStep step(s, modifiers[g], starts.get(modifiers[g].start_shift));
                step.advance(counts[a][g], next);
                counts[a][g].swap(next);
                if (options.movedUp) movedUp.advance(a * groups + g, step);
            }
        }
        if (options.progress) options.progress(double(t + 1) / (months - 1));
    }
    return true;
}

} // namespace nk::engine
