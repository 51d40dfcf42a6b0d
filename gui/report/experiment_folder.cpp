#include "report/experiment_folder.hpp"

#include "naikkelas/decision/evaluator.hpp"
#include "naikkelas/decision/frontier.hpp"
#include "naikkelas/io/atomic_file.hpp"

#include <algorithm>
#include <charconv>
#include <filesystem>
#include <limits>
#include <optional>
#include <string_view>

namespace nk::gui::report {

namespace {

constexpr std::size_t kMaxFileBytes = 64u << 20;

std::vector<std::string> splitCsv(std::string_view line) {
    std::vector<std::string> out;
    while (true) {
        const auto comma = line.find(',');
        out.emplace_back(line.substr(0, comma));
        if (comma == std::string_view::npos) break;
        line = line.substr(comma + 1);
    }
    return out;
}

std::vector<std::string_view> lines(std::string_view text) {
    std::vector<std::string_view> out;
    while (!text.empty()) {
        const auto end = text.find('\n');
        std::string_view line = text.substr(0, end);
        if (line.ends_with('\r')) line.remove_suffix(1);
        if (!line.empty()) out.push_back(line);
        if (end == std::string_view::npos) break;
        text = text.substr(end + 1);
    }
    return out;
}

bool parseNumber(const std::string& s, double& value) {
    if (s == "nan" || s == "NaN") {
        value = std::numeric_limits<double>::quiet_NaN();
        return true;
    }
    const auto [ptr, ec] = std::from_chars(s.data(), s.data() + s.size(), value);
    return ec == std::errc() && ptr == s.data() + s.size();
}

bool readSensitivity(const std::string& path, ExperimentResults& out, std::string& error) {
    std::string text;
    if (!io::readFile(path, text, error, kMaxFileBytes)) return false;
    const auto rows = lines(text);
    if (rows.empty() || rows.front() != "design,factor,indicator,measure,value") {
        error = path + ": the first line must be design,factor,indicator,measure,value";
        return false;
    }
    for (std::size_t i = 1; i < rows.size(); ++i) {
        const auto cells = splitCsv(rows[i]);
        SensitivityEntry e;
        if (cells.size() != 5 || !parseNumber(cells[4], e.value)) {
            error =
                path + ":" + std::to_string(i + 1) + ": expected five fields, the last a number";
            return false;
        }
        e.design = cells[0];
        e.factor = cells[1];
        e.indicator = cells[2];
        e.measure = cells[3];
        out.sensitivity.push_back(std::move(e));
    }
    return true;
}

// A table of numbers whose header starts with `point`: points.csv and frontier.csv.
struct NumberTable {
    std::vector<std::string> header;
    std::vector<std::vector<double>> rows;
};

bool readNumberTable(const std::string& path, NumberTable& table, std::string& error) {
    std::string text;
    if (!io::readFile(path, text, error, kMaxFileBytes)) return false;
    const auto rows = lines(text);
    if (rows.empty() || !rows.front().starts_with("point,")) {
        error = path + ": the first line must be the header, starting with `point`";
        return false;
    }
    table.header = splitCsv(rows.front());
    for (std::size_t i = 1; i < rows.size(); ++i) {
        const auto cells = splitCsv(rows[i]);
        std::vector<double> values(cells.size());
        bool ok = cells.size() == table.header.size();
        for (std::size_t c = 0; ok && c < cells.size(); ++c) ok = parseNumber(cells[c], values[c]);
        if (!ok) {
            error = path + ":" + std::to_string(i + 1) + ": expected " +
                    std::to_string(table.header.size()) + " numbers, as the header names";
            return false;
        }
        table.rows.push_back(std::move(values));
    }
    return true;
}

std::optional<std::size_t> column(const NumberTable& table, std::string_view name) {
    const auto it = std::find(table.header.begin(), table.header.end(), name);
    if (it == table.header.end()) return std::nullopt;
    return static_cast<std::size_t>(it - table.header.begin());
}

// `f` as the plan in `row`: its point number and factors' values from the row.
FrontierPlan plan(decision::FrontierPoint f, const NumberTable& table,
                  const std::vector<double>& row, const std::vector<std::size_t>& factorColumns) {
    FrontierPlan p;
    p.plan = f;
    p.plan.point = static_cast<std::size_t>(row[0]);
    for (const std::size_t c : factorColumns) p.factors.emplace_back(table.header[c], row[c]);
    return p;
}

// points.csv: the frontier computed as the explore command does, on additional_active.
bool readPoints(const std::string& path, ExperimentResults& out, std::string& error) {
    NumberTable table;
    if (!readNumberTable(path, table, error)) return false;
    out.pointCount = table.rows.size();
    const auto cost = column(table, decision::kCostIndicator);
    const auto outcome = column(table, "additional_active");
    if (!cost || !outcome) return true;
    // Factors are key paths (they hold a dot); outputs are indicator names.
    std::vector<std::size_t> factorColumns;
    for (std::size_t c = 1; c < table.header.size(); ++c)
        if (table.header[c].find('.') != std::string::npos) factorColumns.push_back(c);
    std::vector<std::vector<double>> outputs;
    for (const auto& row : table.rows) outputs.push_back({row[*cost], row[*outcome]});
    out.outcome = "additional_active";
    for (const decision::FrontierPoint& f :
         decision::budgetFrontier({decision::kCostIndicator, out.outcome}, 1, out.outcome,
                                  decision::kCostIndicator, outputs)) {
        out.frontier.push_back(plan(f, table, table.rows[f.point], factorColumns));
    }
    return true;
}

// frontier.csv: point, the factors, cost_discounted, the outcome, efficient, hull.
bool readFrontierTable(const std::string& path, ExperimentResults& out, std::string& error) {
    NumberTable table;
    if (!readNumberTable(path, table, error)) return false;
    const auto cost = column(table, decision::kCostIndicator);
    const std::size_t n = table.header.size();
    if (!cost || *cost + 4 != n || table.header[n - 2] != "efficient" ||
        table.header[n - 1] != "hull") {
        error = path + ": the header must end with cost_discounted, the outcome, efficient, hull";
        return false;
    }
    std::vector<std::size_t> factorColumns;
    for (std::size_t c = 1; c < *cost; ++c) factorColumns.push_back(c);
    out.outcome = table.header[n - 3];
    out.frontier.clear();
    for (const auto& row : table.rows) {
        decision::FrontierPoint f;
        f.cost = row[*cost];
        f.outcome = row[n - 3];
        f.efficient = row[n - 2] != 0.0;
        f.hull = row[n - 1] != 0.0;
        out.frontier.push_back(plan(f, table, row, factorColumns));
    }
    std::stable_sort(
        out.frontier.begin(), out.frontier.end(),
        [](const FrontierPlan& a, const FrontierPlan& b) { return a.plan.cost < b.plan.cost; });
    return true;
}

} // namespace

bool readExperimentFolder(const std::string& folder, ExperimentResults& out, std::string& error) {
    out = {};
    out.folder = folder;
    const std::filesystem::path dir(folder);
    const std::filesystem::path points = dir / "points.csv";
    std::error_code ec;
    if (!std::filesystem::is_regular_file(points, ec)) {
        error = points.string() +
                ": not found; --experiment takes the folder `naikkelas explore` wrote";
        return false;
    }
    if (!readPoints(points.string(), out, error)) return false;
    const std::filesystem::path frontier = dir / "frontier.csv";
    if (std::filesystem::exists(frontier, ec) && !readFrontierTable(frontier.string(), out, error))
        return false;
    const std::filesystem::path sensitivity = dir / "sensitivity.csv";
    return !std::filesystem::exists(sensitivity, ec) ||
           readSensitivity(sensitivity.string(), out, error);
}

} // namespace nk::gui::report
