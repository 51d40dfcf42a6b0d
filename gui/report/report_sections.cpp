#include "report/report_sections.hpp"

#include "report/frontier_section.hpp"
#include "report/plain_reading.hpp"
#include "report/scenario_comments.hpp"

#include "chart/axis_format.hpp"
#include "chart/series_from_results.hpp"
#include "model/indicator_text.hpp"
#include "model/results_charts.hpp"
#include "model/ui_text.hpp"
#include "naikkelas/results/paired_comparison.hpp"
#include "naikkelas/results/series_names.hpp"
#include "naikkelas/units/strings.hpp"
#include "naikkelas/version.hpp"

#include <algorithm>
#include <cmath>
#include <map>

namespace nk::gui::report {

namespace {

using Align = TextTable::Align;

// The standard indicators first, then any the engine adds.
std::vector<const Indicator*> orderedIndicators(const ResultSet& r) {
    std::vector<const Indicator*> out;
    for (const auto key : names::kIndicatorReadingOrder)
        if (const Indicator* i = r.indicator(std::string(key))) out.push_back(i);
    for (const Indicator& i : r.indicators)
        if (std::find(out.begin(), out.end(), &i) == out.end()) out.push_back(&i);
    return out;
}

// Monte Carlo when run (bands and fans), else the expected projection.
const ResultSet& shownResults(const ReportRun& run) {
    for (const ResultSet& r : run.results)
        if (r.mode == RunMode::MonteCarlo) return r;
    return run.results.front();
}

std::string scenarioTitle(const ReportRun& run, Language language) {
    const ScenarioInfo& info = run.scenario->spec.scenario;
    if (!info.title.empty()) return info.title;
    if (!info.id.empty()) return info.id;
    return translate("untitled", language);
}

std::string bandText(const std::vector<double>& quantiles, const std::string& unit,
                     Language language) {
    if (quantiles.size() < 2 || !std::isfinite(quantiles.front()) ||
        !std::isfinite(quantiles.back()))
        return {};
    return indicatorText(quantiles.front(), unit, language) + " \u2013 " +
           indicatorText(quantiles.back(), unit, language);
}

std::string bandHeading(const ResultSet& r, Language language) {
    if (r.quantileLevels.size() < 2) return translate("band", language);
    const double width = (r.quantileLevels.back() - r.quantileLevels.front()) * 100.0;
    return translate("band", language) + " " + formatNumber(width, 0, language) + "%";
}

std::string modeText(const ResultSet& r, Language language) {
    std::string out = translate(names::modeName(r.mode), language);
    if (r.mode == RunMode::MonteCarlo)
        out += ", " + std::to_string(r.replications) + " " + translate("replications", language);
    return out;
}

void titleBlock(PageWriter& w, const ReportInput& in) {
    const Language l = in.language;
    const ReportRun& run = in.main;
    const ScenarioInfo& info = run.scenario->spec.scenario;
    w.title(scenarioTitle(run, l));
    TextTable t;
    t.widths = {0.22, 0.78};
    t.aligns = {Align::Left, Align::Left};
    t.header = {tr(l, "Laporan rapat", "Meeting report"), run.name};
    const auto add = [&t](std::string k, std::string v) { t.rows.push_back({k, v}); };
    add(translate("region", l), info.region.empty() ? std::string(kNotANumber) : info.region);
    add(translate("start", l) + " / " + translate("horizon", l),
        info.start + " / " + std::to_string(run.scenario->horizon) + " " + translate("months", l));
    std::string modes;
    for (const ResultSet& r : run.results) modes += (modes.empty() ? "" : "; ") + modeText(r, l);
    add(tr(l, "Mode", "Mode"), modes);
    add(tr(l, "Tanggal", "Date"), in.date);
    add(tr(l, "Versi alat", "Tool version"), "NaikKelas " + std::string(versionString()));
    add(tr(l, "Hash skenario (SHA-256)", "Scenario hash (SHA-256)"), run.scenario->specSha256());
    w.table(t, 8.0);
}

void programBullets(PageWriter& w, const CompiledScenario& c, Language l) {
    const Scenario& s = c.spec;
    long long participants = 0, enterprises = 0;
    for (const Group& g : c.groups) {
        participants += g.participants;
        enterprises += g.enterprises;
    }
    const auto count = [l](long long n) { return formatNumber(double(n), 0, l); };
    w.bullet(translate("cohorts", l) + ": " + count(static_cast<long long>(s.cohorts.size())) +
             "; " + translate("participants", l) + ": " + count(participants) + "; " +
             translate("enterprises", l) + ": " + count(enterprises) + ".");
    for (const Program& p : s.programs) {
        std::string line =
            tr(l, "Pelatihan ", "Training ") + p.name + ": " + std::to_string(p.duration_days) +
            (p.duration_days == 1 ? tr(l, " hari, ", " day, ") : tr(l, " hari, ", " days, ")) +
            formatRupiah(p.cost_per_participant, l) +
            tr(l, " per peserta, ", " per participant, ") + formatPercent(p.completion_rate, 0, l) +
            tr(l, " selesai", " complete");
        if (p.mentoring_months > 0)
            line += tr(l, "; pendampingan ", "; mentoring ") + std::to_string(p.mentoring_months) +
                    tr(l, " bulan", " months");
        for (const Equipment& e : s.equipment)
            if (e.id == p.kit)
                line += tr(l, "; kit usaha: ", "; kit: ") + e.name + " (" +
                        formatRupiah(e.unit_cost, l) + ")";
        w.bullet(line + ".");
    }
    // Shared equipment: one line per item, its units summed over the clusters that hold it.
    for (const Equipment& e : s.equipment) {
        int units = 0, clusters = 0;
        for (const Cluster& cl : s.clusters)
            for (const EquipmentAllocation& a : cl.equipment)
                if (a.equipment == e.id) {
                    units += a.units;
                    ++clusters;
                }
        if (units > 0)
            w.bullet(tr(l, "Peralatan bersama: ", "Shared equipment: ") + std::to_string(units) +
                     " \u00d7 " + e.name + " (" + formatRupiah(e.unit_cost, l) +
                     tr(l, " per unit) di ", " each) in ") + std::to_string(clusters) +
                     tr(l, " klaster.", clusters == 1 ? " cluster." : " clusters."));
    }
}

// Costs per fiscal (calendar) year, summed over the categories of the costs chart.
std::map<int, double> costsByYear(const chart::ChartModel& costs) {
    std::map<int, double> out;
    for (std::size_t c = 0; c < costs.categories.size(); ++c) {
        double sum = 0.0;
        for (const chart::Series& s : costs.series) sum += c < s.values.size() ? s.values[c] : 0.0;
        out[std::stoi(costs.categories[c])] = sum;
    }
    return out;
}

BudgetFacts budgetFacts(const CompiledScenario& c, const ResultSet& r,
                        const chart::ChartModel& costs) {
    BudgetFacts facts;
    const SeriesBand* cumulative =
        r.find(Arm::Program, std::string(names::kTotal), std::string(names::kCostCumulative));
    facts.planned =
        cumulative && !cumulative->mean.empty() ? std::llround(cumulative->mean.back()) : 0;
    facts.envelope = c.spec.budget.envelope;
    for (const auto& [year, cost] : costsByYear(costs))
        for (const FiscalYearLimit& f : c.spec.budget.fiscal_years)
            if (f.year == year && std::llround(cost) > f.limit)
                facts.yearsOverLimit.push_back(year);
    return facts;
}

void budgetSection(PageWriter& w, const CompiledScenario& c, const BudgetFacts& facts,
                   const chart::ChartModel& costs, Language l) {
    std::string line = translate("planned_cost", l) + ": " +
                       formatRupiahWords(static_cast<double>(facts.planned), l) + " (" +
                       formatRupiah(facts.planned, l) + "). " + translate("envelope", l) + ": ";
    if (facts.envelope <= 0)
        line += translate("no_envelope", l) + ".";
    else if (facts.planned > facts.envelope)
        line += formatRupiah(facts.envelope, l) + "; " + translate("over_envelope", l) + " " +
                formatRupiah(facts.planned - facts.envelope, l) + ".";
    else
        line +=
            formatRupiah(facts.envelope, l) + "; " +
            formatPercent(static_cast<double>(facts.planned) / static_cast<double>(facts.envelope),
                          1, l) +
            " " + translate("of_envelope", l) + ".";
    w.paragraph(line);

    TextTable t;
    t.widths = {0.2, 0.3, 0.3, 0.2};
    t.aligns = {Align::Left, Align::Right, Align::Right, Align::Left};
    t.header = {tr(l, "Tahun anggaran", "Fiscal year"), tr(l, "Biaya", "Cost"),
                tr(l, "Batas", "Limit"), ""};
    for (const auto& [year, cost] : costsByYear(costs)) {
        std::string limit = "\u2013", status;
        for (const FiscalYearLimit& f : c.spec.budget.fiscal_years)
            if (f.year == year) {
                limit = formatRupiah(f.limit, l);
                status = std::llround(cost) > f.limit ? tr(l, "MELEBIHI", "OVER")
                                                      : tr(l, "dalam batas", "within");
            }
        t.rows.push_back({std::to_string(year), formatRupiah(cost, l), limit, status});
    }
    if (!t.rows.empty()) w.table(t, 8.0);
}

void indicatorTable(PageWriter& w, const ReportRun& run, Language l) {
    const ResultSet& shown = shownResults(run);
    const ResultSet* expected = nullptr;
    for (const ResultSet& r : run.results)
        if (r.mode == RunMode::Expected && &r != &shown) expected = &r;
    TextTable t;
    const bool bands = shown.mode == RunMode::MonteCarlo;
    if (expected) {
        t.widths = {0.36, 0.18, 0.18, 0.28};
        t.header = {"", translate("expected", l), translate("montecarlo", l),
                    bandHeading(shown, l)};
    } else if (bands) {
        t.widths = {0.4, 0.24, 0.36};
        t.header = {"", translate("mean", l), bandHeading(shown, l)};
    } else {
        t.widths = {0.6, 0.4};
        t.header = {"", translate(names::modeName(shown.mode), l)};
    }
    t.aligns.assign(t.widths.size(), Align::Right);
    t.aligns[0] = Align::Left;
    for (const Indicator* i : orderedIndicators(shown)) {
        std::vector<std::string> row{translate(i->key, l)};
        if (expected) {
            const Indicator* e = expected->indicator(i->key);
            row.push_back(e ? indicatorText(e->mean, e->unit, l) : std::string(kNotANumber));
        }
        row.push_back(indicatorText(i->mean, i->unit, l));
        if (bands) row.push_back(bandText(i->quantiles, i->unit, l));
        t.rows.push_back(std::move(row));
    }
    w.table(t, 8.0);
}

void summary(PageWriter& w, const ReportInput& in, const ResultCharts& charts) {
    const Language l = in.language;
    const ReportRun& run = in.main;
    const ResultSet& shown = shownResults(run);
    w.heading(tr(l, "Ringkasan", "Summary"));
    // The reading first, for who reads one paragraph; its budget facts come from the cost
    // table, which is written below it.
    const BudgetFacts facts = budgetFacts(*run.scenario, shown, charts.costs);
    std::string reading;
    for (const std::string& s : reportReading(*run.scenario, shown, facts, l))
        reading += (reading.empty() ? "" : " ") + s;
    w.paragraph(reading);
    w.subheading(tr(l, "Apa yang dilakukan program", "What the program does"));
    programBullets(w, *run.scenario, l);
    w.subheading(tr(l, "Biaya terhadap pagu", "Cost against the envelope"));
    budgetSection(w, *run.scenario, facts, charts.costs, l);
    w.subheading(translate("key_indicators", l) + " " + translate("at_month", l) + " " +
                 std::to_string(std::max(0, shown.months - 1)) + " (" +
                 translate("program_minus_baseline", l) + ")");
    indicatorTable(w, run, l);
}

// Size classes with the first (mikro) split into its bands where the run has them.
chart::ChartModel sizeClassChart(const CompiledScenario& c, const ResultSet& r,
                                 const chart::ChartModel& classes, Language l) {
    chart::ChartModel m = classes;
    m.title = tr(l, "Usaha program menurut kelas ukuran (dengan pita dalam mikro)",
                 "Program enterprises by size class (with the bands inside mikro)");
    if (c.microBands.empty() || c.sizeClasses.empty()) return m;
    m.series.clear();
    std::size_t colour = 0;
    for (const BinBand& band : c.microBands)
        if (const SeriesBand* s =
                r.find(Arm::Program, std::string(names::kTotal), names::microBandSeries(band.name)))
            m.series.push_back(chart::seriesFromBand(*s, {}, s->name, translate(band.name, l),
                                                     chart::paletteColor(colour++)));
    if (m.series.empty()) return classes;
    for (std::size_t i = 1; i < c.sizeClasses.size(); ++i)
        if (const SeriesBand* s = r.find(Arm::Program, std::string(names::kTotal),
                                         names::sizeClassSeries(c.sizeClasses[i].name)))
            m.series.push_back(chart::seriesFromBand(*s, {}, s->name,
                                                     translate(c.sizeClasses[i].name, l),
                                                     chart::paletteColor(colour++)));
    return m;
}

void chartsSection(PageWriter& w, const ReportInput& in, const ResultCharts& charts) {
    const Language l = in.language;
    w.newPage();
    w.heading(tr(l, "Grafik", "Charts"), 170);
    const ResultSet& shown = shownResults(in.main);
    if (shown.mode == RunMode::MonteCarlo)
        w.paragraph(tr(l,
                       "Garis: rata-rata; kipas: rentang antar-replikasi Monte Carlo (makin gelap "
                       "makin dekat ke tengah).",
                       "Lines: the mean; fans: the range over Monte Carlo replications (darker "
                       "nearer the middle)."),
                    FontStyle::Italic, 8.0);
    w.chart(charts.active, 168);
    w.chart(charts.income, 168);
    w.chart(sizeClassChart(*in.main.scenario, shown, charts.sizeClasses, l), 168);
    w.chart(charts.costs, 168);
}

void comparisonSection(PageWriter& w, const ReportInput& in) {
    if (in.compares.empty()) return;
    const Language l = in.language;
    const ResultSet& reference = shownResults(in.main);
    const bool paired = reference.mode == RunMode::MonteCarlo;
    w.heading(translate("comparison", l) + " (" + translate("program_minus_baseline", l) + ", " +
              modeText(reference, l) + ")");
    w.paragraph(translate("reference", l) + ": " + in.main.name, FontStyle::Regular, 8.5);
    for (const ReportRun& other : in.compares) {
        const ResultSet& results = shownResults(other);
        w.paragraph(other.name + " \u2014 " + scenarioTitle(other, l), FontStyle::Bold, 9.0);
        TextTable t;
        t.widths = paired ? std::vector{0.26, 0.14, 0.14, 0.14, 0.32}
                          : std::vector{0.34, 0.22, 0.22, 0.22};
        t.aligns.assign(t.widths.size(), Align::Right);
        t.aligns[0] = Align::Left;
        t.header = {"", translate("reference", l), tr(l, "pembanding", "compared"),
                    translate("difference", l)};
        if (paired) t.header.push_back(translate("paired_band", l));
        for (const IndicatorDifference& d : pairedDifferences(reference, results)) {
            const Indicator* a = reference.indicator(d.key);
            const Indicator* b = results.indicator(d.key);
            std::vector<std::string> row{translate(d.key, l), indicatorText(a->mean, d.unit, l),
                                         indicatorText(b->mean, d.unit, l),
                                         differenceText(d.difference, d.unit, l)};
            if (paired) {
                std::string band = bandText(d.quantiles, d.unit, l);
                if (!band.empty() && !d.distinguishable)
                    band += " (" + translate("not_distinguishable", l) + ")";
                row.push_back(band);
            }
            t.rows.push_back(std::move(row));
        }
        w.table(t, 7.5);
    }
    if (paired)
        w.paragraph(tr(l,
                       "Rentang berpasangan: setiap replikasi kedua skenario memakai bilangan "
                       "acak yang sama, sehingga rentang selisih jauh lebih sempit daripada "
                       "selisih dua rentang terpisah.",
                       "Paired band: each replication of both scenarios uses the same random "
                       "numbers, so the band of the difference is far narrower than the "
                       "difference of two separate bands."),
                    FontStyle::Italic, 8.0);
}

// The tornado of one indicator: OAT swings, Morris mu*, or Sobol total indices.
std::optional<chart::ChartModel> tornadoChart(const ExperimentResults& e, Language l) {
    if (e.sensitivity.empty()) return std::nullopt;
    std::string indicator = e.sensitivity.front().indicator;
    for (const SensitivityEntry& s : e.sensitivity)
        if (s.indicator == "additional_active") indicator = s.indicator;
    const std::string design = e.sensitivity.front().design;
    std::vector<std::string> factors;
    std::map<std::string, std::map<std::string, double>> measures;
    for (const SensitivityEntry& s : e.sensitivity) {
        if (s.indicator != indicator) continue;
        if (!measures.contains(s.factor)) factors.push_back(s.factor);
        measures[s.factor][s.measure] = s.value;
    }
    const auto get = [&](const std::string& f, const char* m) {
        const auto& row = measures[f];
        const auto it = row.find(m);
        return it == row.end() ? std::nan("") : it->second;
    };
    // The widest on top.
    const auto size = [&](const std::string& f) {
        if (design == "oat")
            return std::max(std::fabs(get(f, "swing_low")), std::fabs(get(f, "swing_high")));
        if (design == "morris") return get(f, "mu_star");
        return get(f, "ST");
    };
    std::stable_sort(factors.begin(), factors.end(),
                     [&](const std::string& a, const std::string& b) { return size(a) > size(b); });
    chart::ChartModel m;
    m.kind = chart::ChartKind::Tornado;
    m.language = l;
    m.categories = factors;
    m.title = translate(indicator, l) + " (" + design + ")";
    chart::Series s;
    s.id = design;
    s.color = chart::paletteColor(0);
    chart::BandLayer band;
    for (const std::string& f : factors) {
        if (design == "oat") {
            const double lo = get(f, "swing_low"), hi = get(f, "swing_high");
            band.lower.push_back(std::min(lo, hi));
            band.upper.push_back(std::max(lo, hi));
            s.values.push_back(std::nan(""));
        } else if (design == "morris") {
            s.values.push_back(get(f, "mu_star"));
        } else {
            band.lower.push_back(get(f, "ST_lo"));
            band.upper.push_back(get(f, "ST_hi"));
            s.values.push_back(get(f, "ST"));
        }
    }
    if (!band.lower.empty()) s.bands.push_back(std::move(band));
    s.label = design == "oat"      ? tr(l, "perubahan dari titik dasar, rendah ke tinggi",
                                        "change from the base point, low to high")
              : design == "morris" ? "mu*"
                                   : tr(l, "indeks total ST dengan interval 90%",
                                        "total index ST with its 90% interval");
    m.series.push_back(std::move(s));
    if (design == "oat" || design == "morris") m.valueFormat = chart::countAxis(l);
    return m;
}

void sensitivitySection(PageWriter& w, const ReportInput& in) {
    if (!in.experiment) return;
    const Language l = in.language;
    const ExperimentResults& e = *in.experiment;
    w.heading(tr(l, "Sensitivitas", "Sensitivity"), 200);
    w.paragraph(tr(l, "Dari folder eksplorasi ", "From the exploration folder ") + e.folder + " (" +
                    std::to_string(e.pointCount) + tr(l, " titik).", " points)."),
                FontStyle::Regular, 8.5);
    if (const auto tornado = tornadoChart(e, l))
        w.chart(*tornado, std::min(520.0, 70.0 + 22.0 * double(tornado->categories.size())));
    else
        w.paragraph(tr(l,
                       "Desain ini tidak menghasilkan ukuran sensitivitas (grid, lhs, frontier, "
                       "uncertainty).",
                       "This design gives no sensitivity measures (grid, lhs, frontier, "
                       "uncertainty)."),
                    FontStyle::Italic, 8.0);
    frontierSection(w, in);
}

void assumptionsSection(PageWriter& w, const ReportInput& in) {
    const Language l = in.language;
    const ScenarioComments comments = scenarioComments(in.main.text);
    w.newPage();
    w.heading(tr(l, "Asumsi: apa yang diketahui dan apa yang diperkirakan",
                 "Assumptions: what is known and what is guessed"));
    w.paragraph(tr(l,
                   "Dari komentar berkas skenario itu sendiri: angka yang dikutip dari sumber "
                   "(# article) dan angka yang diasumsikan (# assumption).",
                   "From the scenario file's own comments: figures cited from a source "
                   "(# article) and figures assumed (# assumption)."),
                FontStyle::Regular, 8.5);
    const auto list = [&](const std::vector<AnnotatedSetting>& settings, const char* heading,
                          const char* column) {
        w.subheading(std::string(heading) + " (" + std::to_string(settings.size()) + ")");
        if (settings.empty()) {
            w.paragraph(tr(l, "Tidak ada.", "None."), FontStyle::Italic, 8.0);
            return;
        }
        TextTable t;
        t.widths = {0.07, 0.38, 0.55};
        t.aligns = {Align::Right, Align::Left, Align::Left};
        t.header = {tr(l, "baris", "line"), tr(l, "pengaturan", "setting"), column};
        for (const AnnotatedSetting& s : settings)
            t.rows.push_back({std::to_string(s.line), s.setting, s.note});
        w.table(t, 7.0);
    };
    list(comments.cited, tr(l, "Dikutip dari sumber", "Cited from a source"),
         tr(l, "sumber", "source"));
    list(comments.assumed, tr(l, "Diasumsikan", "Assumed"), tr(l, "asumsi", "assumption"));
}

void modelSection(PageWriter& w, Language l) {
    w.newPage();
    w.heading(tr(l, "Cara kerja model", "How the model works"));
    const char* paragraphs[][2] = {
        {"NaikKelas mengikuti usaha (bukan orang) bulan demi bulan. Setiap usaha berada pada "
         "satu keadaan: prospek (belum berusaha), aktif dengan omzet bulanan tertentu, atau "
         "tutup. Omzet disimpan pada kisi logaritmik dari Rp 100 ribu sampai Rp 10 miliar "
         "per bulan.",
         "NaikKelas follows enterprises (not people) month by month. Each enterprise is in one "
         "state: a prospect (no business yet), active with a given monthly revenue, or closed. "
         "Revenue is kept on a logarithmic grid from Rp 100 thousand to Rp 10 billion a month."},
        {"Setiap bulan, usaha aktif bisa tutup (usaha kecil lebih sering daripada yang besar), "
         "dan omzetnya bergerak acak dengan kecenderungan (drift) dan volatilitas, dibatasi "
         "kapasitas produksi di rumah atau peralatan bersama. Prospek bisa memulai usaha dengan "
         "omzet awal yang diundi.",
         "Each month an active enterprise may close (small ones more often than large ones), "
         "and its revenue moves at random with a drift and a volatility, capped by the capacity "
         "of a home kitchen or of shared equipment. A prospect may start a business with a "
         "drawn starting revenue."},
        {"Setiap proyeksi mengikuti orang yang sama dua kali: dengan program (pelatihan, kit, "
         "pendampingan, peralatan bersama, saluran pasar, lewat plugin yang mengubah peluang "
         "mulai, tutup, tumbuh dan kapasitas) dan tanpa program. Dampak adalah selisih "
         "keduanya; indikator utama dibaca di akhir horizon dan didiskonto.",
         "Every projection follows the same people twice: with the program (training, kits, "
         "mentoring, shared equipment, market channels, through plugins that change the "
         "chances to start, close and grow, and the capacity) and without it. The impact is the "
         "difference; the key indicators are read at the end of the horizon, discounted."},
        {"Mode nilai harapan menghitung peluang secara tepat, tanpa keacakan. Mode Monte Carlo "
         "mensimulasikan setiap usaha dalam banyak replikasi dengan bilangan acak yang dapat "
         "diulang; rentangnya menunjukkan ketidakpastian dari peluang itu sendiri, bukan dari "
         "asumsi. Ketidakpastian asumsi dibaca dari bagian sensitivitas.",
         "Expected mode computes the probabilities exactly, without randomness. Monte Carlo "
         "mode simulates every enterprise in many replications on reproducible random numbers; "
         "its bands show the uncertainty of chance itself, not of the assumptions. The "
         "uncertainty of the assumptions is read from the sensitivity section."},
        {"Biaya dihitung dalam rupiah utuh dari baris biaya plugin anggaran: pelatihan, kit, "
         "pendampingan, pembelian dan pemeliharaan peralatan bersama, dan baris anggaran "
         "sendiri, per bulan dan per tahun anggaran.",
         "Costs are counted in whole rupiah from the budget plugin's cost lines: training, "
         "kits, mentoring, shared equipment purchase and upkeep, and the budget's own lines, "
         "per month and per fiscal year."},
        {"Rumus lengkap, nilai bawaan dan sumbernya ada di docs/model.md (juga di menu Bantuan "
         "aplikasi).",
         "The full equations, default values and their sources are in docs/model.md (also in "
         "the app's Help menu)."},
    };
    for (const auto& p : paragraphs) w.paragraph(tr(l, p[0], p[1]), FontStyle::Regular, 9.0);
}

} // namespace

std::string footerText(Language l) {
    return tr(l,
              "Proyeksi model dengan asumsi yang dinyatakan, bukan ramalan. Dibuat dengan "
              "NaikKelas.",
              "Model projections under stated assumptions, not forecasts. Made with NaikKelas.");
}

std::string pageWord(Language l) {
    return tr(l, "Halaman", "Page");
}

void writeSections(PageWriter& w, const ReportInput& in) {
    const ResultSet& shown = shownResults(in.main);
    const ResultCharts charts = buildResultCharts(*in.main.scenario, shown, in.language);
    titleBlock(w, in);
    summary(w, in, charts);
    chartsSection(w, in, charts);
    comparisonSection(w, in);
    sensitivitySection(w, in);
    assumptionsSection(w, in);
    modelSection(w, in.language);
}

} // namespace nk::gui::report
