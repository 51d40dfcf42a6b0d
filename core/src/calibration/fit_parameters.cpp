#include "naikkelas/calibration/fit_parameters.hpp"

#include "naikkelas/decision/factors.hpp"
#include "naikkelas/scenario/key_path.hpp"
#include "naikkelas/scenario/schema_access.hpp"

#include <algorithm>
#include <charconv>
#include <cmath>

namespace nk::calibration {

namespace {

constexpr double kLogSpan = 20.0;   // a box wider than this factor is searched in logs
constexpr double kOpenSpan = 100.0; // an open side: the value times or over this

std::optional<double> number(std::string_view text) {
    double v = 0;
    const auto [ptr, ec] = std::from_chars(text.data(), text.data() + text.size(), v);
    if (text.empty() || ec != std::errc() || ptr != text.data() + text.size() || !std::isfinite(v))
        return std::nullopt;
    return v;
}

struct ValidRange {
    schema::Range range;
    std::string unit;
    double value = 0.0;
};

std::string rangeText(const schema::Range& r) {
    const auto side = [](double v) { return std::isfinite(v) ? std::to_string(v) : "none"; };
    return std::string("valid: ") + (r.minExclusive ? "above " : "from ") + side(r.min) +
           (r.maxExclusive ? " to below " : " to ") + side(r.max);
}

// The key's range and current value, or an error in `problems`.
std::optional<ValidRange> validRange(const Scenario& s, const PluginRegistry& registry,
                                     const std::string& path, Diagnostics& problems) {
    const auto paths = decision::expandFactorPath(s, path);
    if (paths.empty()) {
        problems.error(path, "names no element", "the list behind `[*]` is empty");
        return std::nullopt;
    }
    const schema::NumberAt at = schema::readNumber(s, paths.front());
    if (at.status == schema::PathStatus::PluginParameter) {
        const auto steps = parseKeyPath(at.path); // plugins[I].params.NAME
        const PluginUse& use = s.plugins[(*steps)[1].index];
        const std::string& name = (*steps)[3].name;
        const PluginModule* module = registry.find(use.id);
        if (!module) {
            problems.error(path, "plugin `" + use.id + "` is not installed",
                           "see naikkelas plugins");
            return std::nullopt;
        }
        const auto decl = std::find_if(module->params.begin(), module->params.end(),
                                       [&](const nk_param_decl& d) { return d.name == name; });
        if (decl == module->params.end()) {
            problems.error(path, "`" + use.id + "` has no parameter `" + name + "`",
                           "see naikkelas plugins");
            return std::nullopt;
        }
        if (decl->type != NK_PARAM_NUMBER) {
            problems.error(path, "is not a real-valued parameter",
                           "calibration fits real numbers, not whole numbers, switches or choices");
            return std::nullopt;
        }
        ValidRange out{{decl->min, decl->max}, decl->unit ? decl->unit : "", decl->default_number};
        if (const auto v = use.params.find(name); v != use.params.end()) {
            if (const auto* d = std::get_if<double>(&v->second)) out.value = *d;
            if (const auto* i = std::get_if<std::int64_t>(&v->second)) out.value = double(*i);
        }
        return out;
    }
    if (!at.ok()) {
        Diagnostic d = at.problem;
        d.path = path;
        problems.add(std::move(d));
        return std::nullopt;
    }
    if (at.field->kind != schema::Kind::Number) {
        problems.error(path, "is a whole number",
                       "calibration fits real numbers such as shares, rates and amounts per month");
        return std::nullopt;
    }
    return ValidRange{at.field->range, std::string(at.field->unit), at.value};
}

// The search box of a range: closed where it is open (docs/calibration.md).
void closeBox(const schema::Range& r, double start, double& low, double& high) {
    const double reach = std::max(1.0, std::fabs(start));
    high = std::isfinite(r.max)        ? r.max
           : (start > 0 && r.min >= 0) ? start * kOpenSpan
                                       : start + reach;
    low = std::isfinite(r.min) ? r.min : start - reach;
    if (std::isfinite(r.min) && r.minExclusive)
        low = (r.min == 0 && start > 0) ? start / kOpenSpan : low + 1e-6 * (high - low);
    if (std::isfinite(r.max) && r.maxExclusive) high -= 1e-6 * (high - low);
}

} // namespace

double FitParameter::toUnit(double value) const {
    const double u =
        logScale ? std::log(value / low) / std::log(high / low) : (value - low) / (high - low);
    return std::clamp(u, 0.0, 1.0);
}

double FitParameter::fromUnit(double u) const {
    u = std::clamp(u, 0.0, 1.0);
    const double v = logScale ? low * std::pow(high / low, u) : low + u * (high - low);
    return std::clamp(v, low, high); // pow may land a hair outside
}

bool parseFitList(const std::string& text, std::vector<FitRequest>& out, std::string& error) {
    std::size_t begin = 0;
    for (;;) {
        const std::size_t comma = text.find(',', begin);
        const std::string item =
            text.substr(begin, comma == std::string::npos ? std::string::npos : comma - begin);
        FitRequest request;
        const std::size_t eq = item.find('=');
        request.path = item.substr(0, eq);
        if (request.path.empty()) {
            error = "--fit expects KEY_PATH[=LOW:HIGH][,KEY_PATH...], got an empty item in '" +
                    text + "'";
            return false;
        }
        if (eq != std::string::npos) {
            const std::string box = item.substr(eq + 1);
            const std::size_t colon = box.find(':');
            const auto low = number(std::string_view(box).substr(0, colon));
            const auto high = colon == std::string::npos
                                  ? std::nullopt
                                  : number(std::string_view(box).substr(colon + 1));
            if (!low || !high || !(*low < *high)) {
                error = "--fit " + item + ": the box must be LOW:HIGH with LOW < HIGH, e.g. " +
                        request.path + "=0.01:0.1";
                return false;
            }
            request.low = low;
            request.high = high;
        }
        out.push_back(std::move(request));
        if (comma == std::string::npos) return true;
        begin = comma + 1;
    }
}

Diagnostics resolveFitParameters(const Scenario& scenario, const PluginRegistry& registry,
                                 const std::vector<FitRequest>& requests,
                                 std::vector<FitParameter>& out) {
    Diagnostics problems;
    for (const FitRequest& request : requests) {
        if (std::any_of(out.begin(), out.end(),
                        [&](const FitParameter& p) { return p.path == request.path; })) {
            problems.error(request.path, "is given twice", "name each parameter once");
            continue;
        }
        const auto valid = validRange(scenario, registry, request.path, problems);
        if (!valid) continue;
        FitParameter p;
        p.path = request.path;
        p.unit = valid->unit;
        closeBox(valid->range, valid->value, p.low, p.high);
        if (request.low) {
            if (!valid->range.contains(*request.low) || !valid->range.contains(*request.high)) {
                problems.error(request.path,
                               "the box " + std::to_string(*request.low) + ":" +
                                   std::to_string(*request.high) + " leaves the key's valid range",
                               rangeText(valid->range));
                continue;
            }
            p.low = *request.low;
            p.high = *request.high;
        }
        p.logScale = p.low > 0 && p.high / p.low > kLogSpan;
        p.start = std::clamp(valid->value, p.low, p.high);
        out.push_back(std::move(p));
    }
    return problems;
}

} // namespace nk::calibration
