#include "calibrate_report.hpp"

#include "text_table.hpp"

#include "naikkelas/calibration/calibrated_scenario.hpp"

#include <cmath>
#include <cstdio>

namespace nk::cli {

namespace {

using namespace calibration;
using Align = TextTable::Align;

std::string percent(double share) {
    char buffer[32];
    std::snprintf(buffer, sizeof buffer, "%.0f %%", 100.0 * share);
    return buffer;
}

std::string fixed(double v, int decimals) {
    char buffer[32];
    std::snprintf(buffer, sizeof buffer, "%.*f", decimals, v);
    return buffer;
}

// Sales in juta (millions of Rp), as the survey tables give them.
std::string juta(double rupiah) {
    return fixed(rupiah / 1e6, 2);
}

} // namespace

std::string calibrationReport(const CalibrationResult& result,
                              const std::vector<FitParameter>& parameters, Language language) {
    const bool en = language == Language::English;
    std::string out;
    TextTable estimates({Align::Left, Align::Right, Align::Right, Align::Right, Align::Right});
    estimates.addRow({en ? "parameter" : "parameter", en ? "was" : "semula",
                      en ? "estimate" : "estimasi", en ? "90 % from" : "90 % dari",
                      en ? "to" : "sampai"});
    std::string warnings;
    for (std::size_t i = 0; i < result.estimates.size(); ++i) {
        const ParameterEstimate& e = result.estimates[i];
        estimates.addRow({e.path, formatValue(e.start), formatValue(writtenValue(e, parameters[i])),
                          (e.lowAtBound ? "<= " : "") + formatValue(e.low),
                          (e.highAtBound ? ">= " : "") + formatValue(e.high)});
        if (!e.identified())
            warnings +=
                (en ? "warning: " + e.path +
                          " is not identified by these data: its profile likelihood "
                          "stays flat across " +
                          formatValue(parameters[i].low) + " to " +
                          formatValue(parameters[i].high) + "; the scenario's value is kept\n"
                    : "peringatan: " + e.path +
                          " tidak teridentifikasi oleh data ini: profil likelihood-nya "
                          "datar dari " +
                          formatValue(parameters[i].low) + " sampai " +
                          formatValue(parameters[i].high) + "; nilai skenario dipertahankan\n");
        else if (e.lowAtBound || e.highAtBound)
            warnings +=
                (en ? "note: the interval of " + e.path + " reaches the edge of its search range"
                    : "catatan: interval " + e.path + " mencapai batas rentang pencarian") +
                std::string("\n");
    }
    out += en ? "Estimates (maximum likelihood, 90 % profile-likelihood intervals):\n"
              : "Estimasi (kemungkinan maksimum, interval profil likelihood 90 %):\n";
    out += estimates.render() + warnings;
    out += (en ? "log-likelihood: " : "log-likelihood: ") + fixed(result.startLogLikelihood, 2) +
           (en ? " at the scenario's values, " : " pada nilai skenario, ") +
           fixed(result.logLikelihood, 2) + (en ? " fitted\n\n" : " setelah kalibrasi\n\n");

    out += en ? "Observed against fitted (sales in Rp juta/month among those running; "
                "pct: the model's percentile of the observed value):\n"
              : "Observasi dibanding hasil kalibrasi (omzet dalam Rp juta/bulan di antara yang "
                "berusaha; pct: persentil model dari nilai observasi):\n";
    TextTable rows({Align::Left, Align::Right, Align::Right, Align::Right, Align::Right,
                    Align::Right, Align::Right, Align::Right});
    rows.addRow({en ? "cohort" : "kohort", en ? "month" : "bulan", en ? "surveyed" : "disurvei",
                 en ? "running obs" : "berusaha obs", en ? "fitted" : "model", "≥ UMK obs/model",
                 en ? "sales obs q25/q50/q75" : "omzet obs q25/q50/q75",
                 en ? "model q25/q50/q75 (pct)" : "model q25/q50/q75 (pct)"});
    for (const RowFit& f : result.rows) {
        const FollowupRow& o = f.observed;
        const std::optional<double> observed[3] = {o.salesQ25, o.salesMedian, o.salesQ75};
        std::string obsSales, fitSales;
        for (int q = 0; q < 3; ++q) {
            const std::string sep = q == 0 ? "" : "/";
            obsSales += sep + (observed[q] ? juta(*observed[q]) : "-");
            fitSales += sep + (f.fittedSales[q] ? juta(*f.fittedSales[q]) + " (" +
                                                      fixed(100 * *f.observedPercentile[q], 0) + ")"
                                                : "-");
        }
        rows.addRow(
            {o.cohort, std::to_string(o.month), std::to_string(o.surveyed),
             std::to_string(o.running) + " (" + percent(double(o.running) / o.surveyed) + ")",
             fixed(f.running * o.surveyed, 1) + " (" + percent(f.running) + ")",
             o.atUmk ? std::to_string(*o.atUmk) + " / " + fixed(f.atUmk * o.surveyed, 1) : "-",
             obsSales, fitSales});
    }
    out += rows.render();
    return out;
}

} // namespace nk::cli
