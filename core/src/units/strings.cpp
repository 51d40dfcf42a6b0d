#include "naikkelas/units/strings.hpp"

#include <array>

namespace nk {

namespace {

struct Entry {
    std::string_view key;
    std::string_view indonesian;
    std::string_view english;
};

// Indicator names follow MODEL.md 2.7; arm names follow the Indonesian planning habit of
// calling the counterfactual "tanpa program" (without the program).
constexpr std::array kEntries{
    // key indicators
    Entry{"additional_active", "Tambahan usaha aktif", "Additional active enterprises"},
    Entry{"additional_ever_started", "Tambahan usaha yang pernah berdiri",
          "Additional enterprises ever started"},
    Entry{"additional_kecil_or_above", "Tambahan usaha kecil ke atas",
          "Additional small-or-larger enterprises"},
    Entry{"additional_at_umk", "Tambahan peserta berpendapatan \u2265 UMK",
          "Additional participants earning \u2265 UMK"},
    Entry{"benefit_discounted", "Manfaat terdiskonto (tambahan laba)",
          "Discounted benefit (additional profit)"},
    Entry{"cost_discounted", "Biaya terdiskonto", "Discounted cost"},
    Entry{"cost_per_additional_active", "Biaya per tambahan usaha aktif",
          "Cost per additional active enterprise"},
    Entry{"cost_per_additional_kecil_or_above", "Biaya per tambahan usaha kecil ke atas",
          "Cost per additional small-or-larger enterprise"},
    Entry{"benefit_cost_ratio", "Rasio manfaat/biaya", "Benefit/cost ratio"},
    Entry{"additional_moved_up", "Tambahan peserta naik \u2265 1 tingkat omzet",
          "Additional participants moved up a band"},
    // series
    Entry{"prospects", "prospek (belum berusaha)", "prospects (no business yet)"},
    Entry{"active", "aktif", "active"},
    Entry{"closed", "tutup", "closed"},
    Entry{"ever_started", "pernah berdiri", "ever started"},
    Entry{"revenue", "omzet", "revenue"},
    Entry{"profit", "laba", "profit"},
    Entry{"jobs", "tenaga kerja", "jobs"},
    Entry{"moved_up", "naik tingkat omzet", "moved up a sales band"},
    // size classes (PP 7/2021, UU 20/2008)
    Entry{"ultra_mikro", "ultra mikro", "ultra-micro"},
    Entry{"mikro", "mikro", "micro"},
    Entry{"kecil", "kecil", "small"},
    Entry{"menengah", "menengah", "medium"},
    Entry{"besar", "besar", "large"},
    // arms
    Entry{"program", "program", "program"},
    Entry{"baseline", "tanpa program", "baseline"},
    Entry{"impact", "dampak", "impact"},
    // modes
    Entry{"expected", "nilai harapan", "expected"},
    Entry{"montecarlo", "Monte Carlo", "Monte Carlo"},
    // headings and notes
    Entry{"untitled", "(tanpa judul)", "(untitled)"},
    Entry{"region", "Wilayah", "Region"},
    Entry{"start", "Mulai", "Start"},
    Entry{"horizon", "Horizon", "Horizon"},
    Entry{"months", "bulan", "months"},
    Entry{"month", "Bulan", "Month"},
    Entry{"cohorts", "Kohort", "Cohorts"},
    Entry{"participants", "Peserta", "Participants"},
    Entry{"enterprises", "Usaha", "Enterprises"},
    Entry{"planned_cost", "Biaya terencana", "Planned cost"},
    Entry{"envelope", "Pagu anggaran", "Budget envelope"},
    Entry{"no_envelope", "tidak ada pagu", "no envelope set"},
    Entry{"of_envelope", "dari pagu", "of the envelope"},
    Entry{"over_envelope", "MELEBIHI pagu sebesar", "OVER the envelope by"},
    Entry{"key_indicators", "Indikator utama", "Key indicators"},
    Entry{"at_month", "pada bulan", "at month"},
    Entry{"program_minus_baseline", "program dikurangi tanpa program", "program minus baseline"},
    Entry{"replications", "replikasi", "replications"},
    Entry{"mean", "rata-rata", "mean"},
    Entry{"band", "rentang", "band"},
    Entry{"by_class", "Usaha menurut kelas ukuran", "Enterprises by size class"},
    Entry{"note_no_additional", "tidak ada tambahan usaha", "no additional enterprise"},
    Entry{"note_no_cost", "tidak ada biaya", "no cost"},
    Entry{"note_undefined", "tidak terdefinisi", "not defined"},
    Entry{"note_no_plugins",
          "Catatan: tidak ada plugin aktif, jadi program dan tanpa program memakai\n"
          "parameter yang sama dan dampaknya nol.",
          "Note: no plugin is active, so the program and baseline arms share every\n"
          "parameter and the impact is zero."},
    Entry{"note_no_cost_lines",
          "Catatan: tidak ada plugin yang memberi baris biaya (tambahkan plugin budget),\n"
          "jadi indikator biaya tidak terdefinisi.",
          "Note: no plugin gives cost lines (add the budget plugin), so the cost\n"
          "indicators are not defined."},
    Entry{"plugins_used", "Plugin", "Plugins"},
    Entry{"note_estimate",
          "Perkiraan: rata-rata Monte Carlo (rata-rata model); mode harapan adalah\n"
          "pendekatan medan-rata-ratanya yang cepat.",
          "Estimate: the Monte Carlo mean (the model's mean); expected mode is its fast\n"
          "mean-field approximation."},
    Entry{"note_mode_gap",
          "Mode harapan berada di luar rata-rata Monte Carlo +- 3 galat baku untuk:",
          "Expected mode lies outside the Monte Carlo mean +- 3 standard errors for:"},
    Entry{"standard_errors", "galat baku", "standard errors"},
    Entry{"comparison", "Perbandingan", "Comparison"},
    Entry{"reference", "acuan", "reference"},
    Entry{"difference", "selisih", "difference"},
    Entry{"paired_band", "rentang berpasangan", "paired band"},
    Entry{"not_distinguishable", "tidak terbedakan pada 90%", "not distinguishable at 90%"},
    Entry{"note_common_numbers",
          "Semua skenario memakai bilangan acak yang sama (benih {seed}): selisih dihitung\n"
          "per replikasi, jadi rentangnya hanya memuat perbedaan skenario.",
          "Every scenario runs on the same random numbers (seed {seed}): differences are\n"
          "taken replication by replication, so their bands hold only what the scenarios\n"
          "change."},
    Entry{"results_written", "Hasil ditulis ke", "Results written to"},
    // naikkelas optimise
    Entry{"optimisation", "Optimasi alokasi", "Allocation optimisation"},
    Entry{"objective", "Sasaran", "Objective"},
    Entry{"maximise", "maksimalkan", "maximise"},
    Entry{"minimise", "minimalkan", "minimise"},
    Entry{"method", "Metode", "Method"},
    Entry{"exhaustive", "semua titik dicoba", "every point tried"},
    Entry{"heuristic", "heuristik (greedy, pencarian lokal, mulai ulang)",
          "heuristic (greedy, local search, restarts)"},
    Entry{"runs", "simulasi", "model runs"},
    Entry{"allocations_priced", "alokasi dihitung biayanya", "allocations priced"},
    Entry{"heuristic_gap", "Selisih heuristik terhadap optimum sejati",
          "Gap of the heuristic to the true optimum"},
    Entry{"baseline_allocation", "alokasi awal", "baseline allocation"},
    Entry{"best_allocation", "alokasi terbaik", "best allocation"},
    Entry{"constraints", "Batasan", "Constraints"},
    Entry{"binding", "MENGIKAT", "BINDING"},
    Entry{"slack", "sisa", "slack"},
    Entry{"marginal_money", "Nilai tambahan dana: Rp 100 juta berikutnya memberi sekitar",
          "Marginal value of money: the next Rp 100 juta buys about"},
    Entry{"more_of", "tambahan", "more"},
    Entry{"no_feasible", "Tidak ada alokasi yang memenuhi semua batasan.",
          "No allocation meets every constraint."},
    Entry{"cancelled_best", "Dibatalkan: hasil terbaik sejauh ini ditulis.",
          "Cancelled: the best found so far is written."},
};

const Entry* findEntry(std::string_view key) {
    for (const auto& e : kEntries)
        if (e.key == key) return &e;
    return nullptr;
}

} // namespace

std::string translate(std::string_view key, Language language) {
    const Entry* e = findEntry(key);
    if (!e) return std::string(key);
    return std::string(language == Language::Indonesian ? e->indonesian : e->english);
}

bool hasTranslation(std::string_view key) {
    return findEntry(key) != nullptr;
}

} // namespace nk
