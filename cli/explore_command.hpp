// `naikkelas explore EXPERIMENT.yaml --out DIR`: runs an experiment's design over its
// scenario (core/include/naikkelas/decision/), saving each point as it finishes so that
// an interrupted exploration resumes where it stopped, then prints and saves the
// sensitivity measures.
#pragma once

#include "arguments.hpp"
#include "scaleout.hpp"

#include "naikkelas/decision/evaluator.hpp"
#include "naikkelas/decision/exploration.hpp"

#include <memory>
#include <string>
#include <vector>

namespace nk::cli {

// The files an exploration reads and their digests, as its manifest records them.
struct ExplorationInputs {
    std::string experimentFile, experimentSha, scenarioFile, scenarioSha;
};

// An experiment ready to evaluate: what every rank of a distributed run prepares alike.
struct Exploration {
    std::unique_ptr<PluginRegistry> registry;
    ExplorationInputs inputs;
    decision::Experiment experiment;
    decision::DesignPlan plan;
    std::vector<std::vector<double>> values; // each point's columns
    std::unique_ptr<decision::Evaluator> evaluator;
};

// Reads the experiment and its scenario, checks them and plans the design, printing the
// diagnostics; nothing, with the exit status in `status`, when they are not runnable.
std::unique_ptr<Exploration> prepareExploration(const ExploreArguments& arguments,
                                                const std::vector<std::string>& pluginDirs,
                                                int& status);

int exploreCommand(const ExploreArguments& arguments, const std::vector<std::string>& pluginDirs,
                   Language language, const Scaleout& scaleout = {});

} // namespace nk::cli
