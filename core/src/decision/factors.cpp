#include "naikkelas/decision/factors.hpp"

#include "naikkelas/scenario/key_path.hpp"
#include "naikkelas/scenario/schema_access.hpp"

#include <algorithm>
#include <cmath>

namespace nk::decision {

namespace {

constexpr std::string_view kEvery = "[*]";

} // namespace

double factorValue(const Factor& f, double u) {
    u = std::clamp(u, 0.0, 1.0);
    if (!f.values.empty()) {
        const auto n = f.values.size();
        return f.values[std::min(n - 1, static_cast<std::size_t>(u * double(n)))];
    }
    if (f.distribution) {
        const double v = quantile(*f.distribution, u);
        return f.integer ? std::round(v) : v;
    }
    double v = f.scale == Scale::Log ? std::exp(std::log(f.low) + u * std::log(f.high / f.low))
                                     : f.low + u * (f.high - f.low);
    // exp/log may land a hair outside the range at its ends.
    v = std::clamp(v, f.low, f.high);
    return f.integer ? std::round(v) : v;
}

int gridLevels(const Factor& f, int levels) {
    if (!f.values.empty()) return static_cast<int>(f.values.size());
    if (f.integer) {
        const double count = std::floor(f.high) - std::ceil(f.low) + 1;
        if (count >= 2 && count <= levels) return static_cast<int>(count);
    }
    return levels;
}

std::vector<double> factorValues(const std::vector<Factor>& factors, const Point& point) {
    std::vector<double> values(factors.size());
    for (std::size_t i = 0; i < factors.size(); ++i) values[i] = factorValue(factors[i], point[i]);
    return values;
}

std::vector<std::string> expandFactorPath(const Scenario& scenario, const std::string& path) {
    const std::size_t star = path.find(kEvery);
    if (star == std::string::npos) return {path};
    std::vector<std::string> out;
    for (std::size_t i = 0;; ++i) {
        const std::string entry = path.substr(0, star) + "[" + std::to_string(i) + "]";
        // The entry itself is no number: Unknown means the list has no element i.
        if (schema::readNumber(scenario, entry).status == schema::PathStatus::Unknown) break;
        for (auto& p : expandFactorPath(scenario, entry + path.substr(star + kEvery.size())))
            out.push_back(std::move(p));
    }
    return out;
}

Diagnostics applyFactor(Scenario& scenario, const std::string& path, double value) {
    Diagnostics problems;
    const auto paths = expandFactorPath(scenario, path);
    if (paths.empty()) problems.error(path, "names no element", "the list behind `[*]` is empty");
    for (const auto& p : paths) {
        schema::NumberAt at = schema::writeNumber(scenario, p, value);
        if (at.status == schema::PathStatus::PluginParameter) {
            // plugins[I].params.NAME, as the accessor resolved it
            const auto steps = parseKeyPath(at.path);
            if (!steps || steps->size() != 4 || (*steps)[1].kind != KeyStep::Kind::Index) {
                problems.error(path, "is not a plugin parameter path",
                               "plugins[ID].NAME, e.g. plugins[cohort_outcomes].kit_start_mult");
                continue;
            }
            ParamValue& slot = scenario.plugins[(*steps)[1].index].params[(*steps)[3].name];
            if (std::trunc(value) == value && std::fabs(value) < 9.0e15)
                slot = static_cast<std::int64_t>(value);
            else
                slot = value;
        } else if (!at.ok()) {
            Diagnostic d = at.problem;
            d.path = path;
            problems.add(std::move(d));
        }
    }
    return problems;
}

} // namespace nk::decision
