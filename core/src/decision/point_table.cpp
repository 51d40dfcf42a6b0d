#include "naikkelas/decision/point_table.hpp"

#include <charconv>
#include <cmath>

namespace nk::decision {

namespace {

std::vector<std::string_view> splitFields(std::string_view line) {
    std::vector<std::string_view> fields;
    for (std::size_t start = 0;;) {
        const std::size_t comma = line.find(',', start);
        fields.push_back(line.substr(start, comma - start));
        if (comma == std::string_view::npos) return fields;
        start = comma + 1;
    }
}

std::optional<double> parseExact(std::string_view text) {
    if (text == "nan") return std::nan("");
    if (text == "inf" || text == "-inf") return text[0] == '-' ? -INFINITY : INFINITY;
    double value = 0;
    const auto [ptr, ec] = std::from_chars(text.data(), text.data() + text.size(), value);
    if (ec != std::errc() || ptr != text.data() + text.size()) return std::nullopt;
    return value;
}

} // namespace

std::string formatExact(double value) {
    if (std::isnan(value)) return "nan";
    if (std::isinf(value)) return value < 0 ? "-inf" : "inf";
    char buffer[32];
    const auto result = std::to_chars(buffer, buffer + sizeof buffer, value);
    return std::string(buffer, result.ptr);
}

std::string pointsHeader(const Experiment& e, const std::vector<std::string>& outputNames) {
    std::string out = "point";
    for (const auto& column : pointColumns(e)) out += "," + column;
    for (const auto& name : outputNames) out += "," + name;
    return out + "\n";
}

std::string pointsRow(std::size_t point, const std::vector<double>& factorValues,
                      const std::vector<double>& outputs) {
    std::string out = std::to_string(point);
    for (double v : factorValues) out += "," + formatExact(v);
    for (double v : outputs) out += "," + formatExact(v);
    return out + "\n";
}

std::optional<PointsPrefix> readPointsPrefix(std::string_view text, const std::string& header,
                                             const std::vector<std::vector<double>>& values,
                                             std::size_t outputCount, std::string& error) {
    PointsPrefix prefix;
    if (text.size() < header.size() || text.substr(0, header.size()) != header) {
        // A header cut short by an interruption holds no point yet.
        if (header.compare(0, text.size(), text) == 0) return prefix;
        error = "its header differs from this experiment's factors and outputs";
        return std::nullopt;
    }
    prefix.bytes = header.size();
    for (std::size_t at = header.size();;) {
        const std::size_t end = text.find('\n', at);
        if (end == std::string_view::npos) return prefix; // none left, or a row cut short
        const std::size_t point = prefix.outputs.size();
        const auto fields = splitFields(text.substr(at, end - at));
        const std::size_t factors = point < values.size() ? values[point].size() : 0;
        const bool fits = point < values.size() && fields.size() == 1 + factors + outputCount &&
                          fields[0] == std::to_string(point);
        bool same = fits;
        for (std::size_t f = 0; same && f < factors; ++f)
            same = fields[1 + f] == formatExact(values[point][f]);
        if (!same) {
            error = "row " + std::to_string(point + 2) + " is not point " + std::to_string(point) +
                    " of this experiment";
            return std::nullopt;
        }
        std::vector<double> outputs;
        for (std::size_t o = 0; o < outputCount; ++o) {
            const auto v = parseExact(fields[1 + factors + o]);
            if (!v) {
                error = "row " + std::to_string(point + 2) + " has a value that is no number";
                return std::nullopt;
            }
            outputs.push_back(*v);
        }
        prefix.outputs.push_back(std::move(outputs));
        prefix.bytes = end + 1;
        at = end + 1;
    }
}

std::string sensitivityTable(DesignKind design, const std::vector<SensitivityRow>& rows) {
    std::string out = "design,factor,indicator,measure,value\n";
    for (const auto& r : rows)
        out += std::string(designName(design)) + "," + r.factor + "," + r.indicator + "," +
               r.measure + "," + formatExact(r.value) + "\n";
    return out;
}

} // namespace nk::decision
