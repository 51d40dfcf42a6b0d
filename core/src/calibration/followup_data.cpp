#include "naikkelas/calibration/followup_data.hpp"

#include <algorithm>
#include <charconv>
#include <cmath>
#include <map>

namespace nk::calibration {

namespace {

enum Column { kCohort, kMonth, kSurveyed, kRunning, kMedian, kQ25, kQ75, kAtUmk, kColumns };
constexpr std::string_view kNames[kColumns] = {"cohort",       "month",     "surveyed",  "running",
                                               "sales_median", "sales_q25", "sales_q75", "at_umk"};
constexpr int kRequired = kRunning + 1; // the first four

struct Field {
    std::string text;
    int column = 0; // 1-based character column
};

std::string_view trim(std::string_view s) {
    while (!s.empty() && (s.front() == ' ' || s.front() == '\t')) s.remove_prefix(1);
    while (!s.empty() && (s.back() == ' ' || s.back() == '\t' || s.back() == '\r'))
        s.remove_suffix(1);
    if (s.size() >= 2 && s.front() == '"' && s.back() == '"') s = s.substr(1, s.size() - 2);
    return s;
}

std::vector<Field> splitFields(std::string_view line) {
    std::vector<Field> out;
    std::size_t begin = 0;
    for (;;) {
        const std::size_t comma = line.find(',', begin);
        const std::size_t end = comma == std::string_view::npos ? line.size() : comma;
        out.push_back({std::string(trim(line.substr(begin, end - begin))), int(begin) + 1});
        if (comma == std::string_view::npos) return out;
        begin = comma + 1;
    }
}

// A number as scenario files write them: digits, `_` between groups allowed.
std::optional<double> parseNumber(const std::string& text) {
    std::string digits;
    for (char c : text)
        if (c != '_') digits += c;
    double value = 0;
    const char* end = digits.data() + digits.size();
    const auto [ptr, ec] = std::from_chars(digits.data(), end, value);
    if (digits.empty() || ec != std::errc() || ptr != end || !std::isfinite(value))
        return std::nullopt;
    return value;
}

class RowReader {
public:
    RowReader(Diagnostics& problems, int line) : m_problems(problems), m_line(line) {}

    void refuse(const Field& f, Column c, const std::string& message, const std::string& hint) {
        m_problems.error(std::string(kNames[c]), message, hint, m_line, f.column);
        m_ok = false;
    }
    // A whole number in [low, high]; `what` says what is valid.
    std::optional<int> count(const Field& f, Column c, long long low, long long high,
                             const std::string& what) {
        const auto v = parseNumber(f.text);
        if (!v || std::trunc(*v) != *v) {
            refuse(f, c, "'" + f.text + "' is not a whole number", what);
            return std::nullopt;
        }
        if (*v < double(low) || *v > double(high)) {
            refuse(f, c, f.text + " is out of range", what);
            return std::nullopt;
        }
        return int(*v);
    }
    std::optional<double> rupiah(const Field& f, Column c) {
        const auto v = parseNumber(f.text);
        if (!v || *v <= 0) {
            refuse(f, c, "'" + f.text + "' is not an amount",
                   "monthly sales in Rp above 0, e.g. 3200000 or 3_200_000");
            return std::nullopt;
        }
        return v;
    }
    bool ok() const { return m_ok; }

private:
    Diagnostics& m_problems;
    int m_line;
    bool m_ok = true;
};

struct Scope {
    int participants = 0;
    int entryMonth = 0;
};

std::string cohortList(const Scenario& s) {
    std::string out = std::string(kTotalScope);
    for (const auto& c : s.cohorts) out += ", " + c.id;
    return out;
}

} // namespace

FollowupData parseFollowup(std::string_view text, const std::string& fileName,
                           const Scenario& scenario) {
    FollowupData data;
    Diagnostics& problems = data.diagnostics;
    std::map<std::string, Scope, std::less<>> scopes;
    Scope total{0, scenario.scenario.horizon_months};
    std::vector<std::string> ids;
    for (const auto& c : scenario.cohorts) {
        scopes[c.id] = {c.participants, c.entry_month};
        total.participants += c.participants;
        total.entryMonth = std::min(total.entryMonth, c.entry_month);
        ids.push_back(c.id);
    }
    scopes[std::string(kTotalScope)] = total;
    ids.emplace_back(kTotalScope);

    int where[kColumns];
    std::fill(std::begin(where), std::end(where), -1);
    bool header = false;
    std::map<std::pair<std::string, int>, int> seen; // (cohort, month) -> line
    int lineNo = 0;
    for (std::size_t pos = 0; pos < text.size();) {
        const std::size_t nl = text.find('\n', pos);
        const std::string_view line =
            text.substr(pos, nl == std::string_view::npos ? std::string_view::npos : nl - pos);
        pos = nl == std::string_view::npos ? text.size() : nl + 1;
        ++lineNo;
        if (trim(line).empty() || trim(line).front() == '#') continue;
        const auto fields = splitFields(line);
        if (!header) {
            header = true;
            const std::vector<std::string> names(std::begin(kNames), std::end(kNames));
            for (int i = 0; i < int(fields.size()); ++i) {
                const auto it = std::find(std::begin(kNames), std::end(kNames), fields[i].text);
                if (it == std::end(kNames)) {
                    const std::string match = closestMatch(fields[i].text, names);
                    problems.error(fields[i].text, "is not a follow-up column",
                                   match.empty() ? "columns: cohort, month, surveyed, running, "
                                                   "sales_median, sales_q25, sales_q75, at_umk"
                                                 : "did you mean `" + match + "`?",
                                   lineNo, fields[i].column);
                } else if (where[it - std::begin(kNames)] >= 0) {
                    problems.error(fields[i].text, "appears twice in the header", {}, lineNo,
                                   fields[i].column);
                } else {
                    where[it - std::begin(kNames)] = i;
                }
            }
            for (int c = 0; c < kRequired; ++c)
                if (where[c] < 0)
                    problems.error(std::string(kNames[c]), "is missing from the header",
                                   "the header names at least cohort, month, surveyed, running",
                                   lineNo, 1);
            if (problems.hasErrors()) break;
            continue;
        }
        RowReader read(problems, lineNo);
        const auto fieldOf = [&](Column c) -> std::optional<Field> {
            if (where[c] < 0 || where[c] >= int(fields.size()) || fields[where[c]].text.empty())
                return std::nullopt;
            return fields[where[c]];
        };
        bool complete = true;
        for (int c = 0; c < kRequired; ++c)
            if (!fieldOf(Column(c))) {
                problems.error(std::string(kNames[c]), "is empty", "every row gives it", lineNo,
                               where[c] < int(fields.size()) ? fields[where[c]].column : 1);
                complete = false;
            }
        if (!complete) continue;
        FollowupRow row;
        row.line = lineNo;
        const Field cohort = *fieldOf(kCohort);
        const auto scope = scopes.find(cohort.text);
        if (scope == scopes.end()) {
            const std::string match = closestMatch(cohort.text, ids);
            read.refuse(cohort, kCohort, "`" + cohort.text + "` is no cohort of the scenario",
                        match.empty() ? "one of " + cohortList(scenario)
                                      : "did you mean `" + match + "`?");
            continue;
        }
        row.cohort = cohort.text;
        const Scope& s = scope->second;
        const auto month =
            read.count(*fieldOf(kMonth), kMonth, s.entryMonth, scenario.scenario.horizon_months,
                       "months after the scenario start, from the entry month " +
                           std::to_string(s.entryMonth) + " to the horizon " +
                           std::to_string(scenario.scenario.horizon_months));
        const auto surveyed = read.count(*fieldOf(kSurveyed), kSurveyed, 1, s.participants,
                                         "1 to the " + std::to_string(s.participants) +
                                             " participants of " + row.cohort);
        if (!month || !surveyed) continue;
        row.month = *month;
        row.surveyed = *surveyed;
        const std::string ofSurveyed = "0 to the " + std::to_string(row.surveyed) + " surveyed";
        const auto running = read.count(*fieldOf(kRunning), kRunning, 0, row.surveyed, ofSurveyed);
        if (running) row.running = *running;
        if (const auto f = fieldOf(kAtUmk))
            row.atUmk = read.count(*f, kAtUmk, 0, row.surveyed, ofSurveyed);
        if (const auto f = fieldOf(kQ25)) row.salesQ25 = read.rupiah(*f, kQ25);
        if (const auto f = fieldOf(kMedian)) row.salesMedian = read.rupiah(*f, kMedian);
        if (const auto f = fieldOf(kQ75)) row.salesQ75 = read.rupiah(*f, kQ75);
        if (!read.ok()) continue;
        const bool sales = row.salesQ25 || row.salesMedian || row.salesQ75;
        if (sales && row.running == 0) {
            read.refuse(*fieldOf(row.salesMedian ? kMedian
                                 : row.salesQ25  ? kQ25
                                                 : kQ75),
                        row.salesMedian ? kMedian
                        : row.salesQ25  ? kQ25
                                        : kQ75,
                        "sales are given but nobody runs a business",
                        "leave the sales columns empty when running is 0");
            continue;
        }
        // Quartiles given must be ordered: q25 <= median <= q75.
        const std::optional<double> ordered[3] = {row.salesQ25, row.salesMedian, row.salesQ75};
        const Column columns[3] = {kQ25, kMedian, kQ75};
        std::optional<double> last;
        for (int i = 0; i < 3; ++i) {
            if (!ordered[i]) continue;
            if (last && *ordered[i] < *last) {
                read.refuse(*fieldOf(columns[i]), columns[i],
                            fieldOf(columns[i])->text + " is below the lower quantile before it",
                            "sales_q25 <= sales_median <= sales_q75");
                break;
            }
            last = ordered[i];
        }
        if (!read.ok()) continue;
        const auto [it, fresh] = seen.try_emplace({row.cohort, row.month}, lineNo);
        if (!fresh) {
            problems.error(std::string(kNames[kCohort]),
                           row.cohort + " at month " + std::to_string(row.month) +
                               " already appears at line " + std::to_string(it->second),
                           "one row per cohort and month", lineNo, cohort.column);
            continue;
        }
        data.rows.push_back(std::move(row));
    }
    if (!header)
        problems.error({}, "holds no header",
                       "a first line such as "
                       "`cohort,month,surveyed,running`",
                       lineNo > 0 ? 1 : 0, 0);
    else if (data.rows.empty() && !problems.hasErrors())
        problems.error({}, "holds no observations", "one row per cohort and month after the header",
                       lineNo, 0);
    problems.setFile(fileName);
    return data;
}

} // namespace nk::calibration
