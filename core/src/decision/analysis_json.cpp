#include "naikkelas/decision/analysis.hpp"

#include "../io/json_writer.hpp"

namespace nk::decision {

namespace {

void writeFrontier(io::JsonWriter& json, const Experiment& e,
                   const std::vector<std::vector<double>>& values,
                   const std::vector<FrontierPoint>& frontier) {
    const auto columns = pointColumns(e);
    json.key("frontier");
    json.beginArray();
    for (const FrontierPoint& f : frontier) {
        json.beginObject();
        json.key("point");
        json.value(static_cast<std::uint64_t>(f.point));
        json.key("factors");
        json.beginObject();
        for (std::size_t c = 0; c < columns.size(); ++c) {
            json.key(columns[c]);
            json.value(values.at(f.point)[c]);
        }
        json.endObject();
        json.key("cost_discounted");
        json.value(f.cost);
        json.key(e.design.outcome);
        json.value(f.outcome);
        json.key("efficient");
        json.value(f.efficient);
        json.key("hull");
        json.value(f.hull);
        json.key("gain_per_rupiah");
        json.value(f.gainPerRupiah);
        json.endObject();
    }
    json.endArray();
}

void writeUncertainty(io::JsonWriter& json, const std::vector<std::string>& indicators,
                      const UncertaintyReport& report) {
    json.key("uncertainty");
    json.beginObject();
    json.key("outcome");
    json.value(report.outcome);
    json.key("plans");
    json.beginArray();
    for (const PlanUncertainty& u : report.plans) {
        json.beginObject();
        json.key("name");
        json.value(u.name);
        json.key("indicators");
        json.beginObject();
        for (std::size_t i = 0; i < indicators.size(); ++i) {
            json.key(indicators[i]);
            json.beginObject();
            const std::pair<const char*, double> measures[] = {
                {"mean", u.mean[i]}, {"q05", u.q05[i]}, {"q50", u.q50[i]}, {"q95", u.q95[i]}};
            for (const auto& [name, value] : measures) {
                json.key(name);
                json.value(value);
            }
            json.endObject();
        }
        json.endObject();
        const std::pair<const char*, double> paired[] = {
            {"difference_mean", u.differenceMean},
            {"difference_q05", u.differenceQ05},
            {"difference_q95", u.differenceQ95},
            {"probability_better", u.probabilityBetter}};
        for (const auto& [name, value] : paired) {
            json.key(name);
            json.value(value);
        }
        json.endObject();
    }
    json.endArray();
    json.key("acceptability");
    json.beginArray();
    for (const AcceptabilityPoint& a : report.acceptability) {
        json.beginObject();
        json.key("threshold");
        json.value(a.threshold);
        json.key("probability");
        json.beginArray(true);
        for (double p : a.probability) json.value(p);
        json.endArray();
        json.endObject();
    }
    json.endArray();
    json.endObject();
}

} // namespace

std::string explorationJson(const Experiment& e, const std::vector<std::vector<double>>& values,
                            const std::vector<std::string>& indicators,
                            const ExplorationAnalysis& analysis) {
    io::JsonWriter json;
    json.beginObject();
    json.key("design");
    json.value(designName(e.design.kind));
    json.key("points");
    json.value(static_cast<std::uint64_t>(values.size()));
    json.key("sensitivity");
    json.beginArray();
    for (const SensitivityRow& r : analysis.sensitivity) {
        json.beginObject();
        json.key("factor");
        json.value(r.factor);
        json.key("indicator");
        json.value(r.indicator);
        json.key("measure");
        json.value(r.measure);
        json.key("value");
        json.value(r.value);
        json.endObject();
    }
    json.endArray();
    if (e.design.kind == DesignKind::Frontier) writeFrontier(json, e, values, analysis.frontier);
    if (analysis.uncertainty) writeUncertainty(json, indicators, *analysis.uncertainty);
    json.endObject();
    return json.finish();
}

} // namespace nk::decision
