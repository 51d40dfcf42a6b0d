#include "report/experiment_folder.hpp"

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

bool readFrontier(const std::string& path, ExperimentResults& out, std::string& error) {
    std::string text;
    if (!io::readFile(path, text, error, kMaxFileBytes)) return false;
    const auto rows = lines(text);
    if (rows.empty() || !rows.front().starts_with("point")) {
        error = path + ": the first line must be the header, starting with `point`";
        return false;
    }
    const auto header = splitCsv(rows.front());
    // Factors are key paths (they hold a dot); outputs are indicator names.
    std::vector<std::size_t> factorColumns;
    std::optional<std::size_t> costColumn, outcomeColumn;
    for (std::size_t c = 1; c < header.size(); ++c) {
        if (header[c].find('.') != std::string::npos) factorColumns.push_back(c);
        if (header[c] == "cost_discounted") costColumn = c;
        if (header[c] == "additional_active") outcomeColumn = c;
    }
    std::vector<FrontierPoint> points;
    for (std::size_t i = 1; i < rows.size(); ++i) {
        const auto cells = splitCsv(rows[i]);
        std::vector<double> values(cells.size());
        bool ok = cells.size() == header.size();
        for (std::size_t c = 0; ok && c < cells.size(); ++c) ok = parseNumber(cells[c], values[c]);
        if (!ok) {
            error = path + ":" + std::to_string(i + 1) + ": expected " +
                    std::to_string(header.size()) + " numbers, as the header names";
            return false;
        }
        FrontierPoint p;
        p.point = static_cast<std::size_t>(values[0]);
        p.cost = costColumn ? values[*costColumn] : 0.0;
        p.outcome = outcomeColumn ? values[*outcomeColumn] : 0.0;
        for (const std::size_t c : factorColumns) p.factors.emplace_back(header[c], values[c]);
        points.push_back(std::move(p));
    }
    out.pointCount = points.size();
    if (!costColumn || !outcomeColumn) return true;
    std::vector<double> cost, outcome;
    for (const FrontierPoint& p : points) {
        cost.push_back(p.cost);
        outcome.push_back(p.outcome);
    }
    const std::vector<bool> efficient = decision::paretoEfficient(cost, outcome);
    for (std::size_t i = 0; i < points.size(); ++i)
        if (efficient[i]) out.frontier.push_back(points[i]);
    std::sort(out.frontier.begin(), out.frontier.end(),
              [](const FrontierPoint& a, const FrontierPoint& b) { return a.cost < b.cost; });
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
    if (!readFrontier(points.string(), out, error)) return false;
    const std::filesystem::path sensitivity = dir / "sensitivity.csv";
    return !std::filesystem::exists(sensitivity, ec) ||
           readSensitivity(sensitivity.string(), out, error);
}

} // namespace nk::gui::report
