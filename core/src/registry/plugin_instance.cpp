#include "plugin_instance.hpp"

#include "naikkelas/engine/random_stream.hpp"
#include "naikkelas/io/results_export.hpp"

#include <cmath>
#include <cstddef>

namespace nk::registry {

namespace {

constexpr std::size_t kMessageBytes = 1024;
constexpr std::uint64_t kGamma = 0x9E3779B97F4A7C15ull;

std::uint64_t hashText(const char* text) { // FNV-1a
    std::uint64_t h = 0xCBF29CE484222325ull;
    for (const char* c = text; *c; ++c) h = (h ^ static_cast<unsigned char>(*c)) * 0x100000001B3ull;
    return h;
}

const char* armText(std::int32_t arm) {
    return arm == NK_ARM_PROGRAM ? "program" : "baseline";
}

} // namespace

// The host services one instance sees. Plugin uniforms are a pure function of (seed,
// replication, plugin id, stream, index), apart from the enterprises' own stream.
struct HostContext {
    std::uint64_t key = 0;
    Diagnostics* warnings = nullptr;
    nk_host host{};

    static double uniform(void* context, std::uint64_t stream, std::uint64_t index) {
        const auto* self = static_cast<const HostContext*>(context);
        const std::uint64_t z = mix64(mix64(self->key ^ mix64(stream + kGamma)) + index * kGamma);
        return static_cast<double>(z >> 11) * 0x1.0p-53;
    }
    static void warn(void* context, const char* path, const char* message, const char* hint) {
        auto* self = static_cast<HostContext*>(context);
        if (!self->warnings) return;
        self->warnings->warning(path ? path : "", message ? message : "", hint ? hint : "");
    }
};

PluginInstance::PluginInstance(const PluginSpec& spec, std::unique_ptr<HostContext> host)
    : m_spec(&spec), m_host(std::move(host)), m_message(kMessageBytes, '\0') {
    m_error = {sizeof(nk_error), m_message.data(), static_cast<std::uint32_t>(m_message.size()), 0};
}

PluginInstance::PluginInstance(PluginInstance&& other) noexcept
    : m_spec(other.m_spec), m_host(std::move(other.m_host)), m_values(std::move(other.m_values)),
      m_instance(other.m_instance), m_message(std::move(other.m_message)) {
    other.m_instance = nullptr;
    m_error = {sizeof(nk_error), m_message.data(), static_cast<std::uint32_t>(m_message.size()), 0};
}

PluginInstance::~PluginInstance() {
    if (m_instance) m_spec->plugin->destroy(m_instance);
}

std::optional<PluginInstance> PluginInstance::create(const PluginSpec& spec, std::uint64_t seed,
                                                     int replication, Diagnostics* warnings,
                                                     std::string& error) {
    auto host = std::make_unique<HostContext>();
    host->key = mix64(mix64(seed ^ hashText(spec.plugin->id)) +
                      static_cast<std::uint64_t>(replication + 1) * kGamma);
    host->warnings = warnings;
    host->host = {sizeof(nk_host), host.get(), &HostContext::uniform, &HostContext::warn};
    PluginInstance instance(spec, std::move(host));
    for (const ResolvedParam& p : spec.params)
        instance.m_values.push_back(
            {sizeof(nk_param_value), p.name.c_str(), p.type, p.number, p.integer, p.text.c_str()});
    const nk_create_args args{sizeof(nk_create_args),
                              spec.view,
                              instance.m_values.data(),
                              static_cast<std::uint32_t>(instance.m_values.size()),
                              replication,
                              &instance.m_host->host};
    instance.m_message[0] = '\0';
    void* created = nullptr;
    if (spec.plugin->create(&args, &created, &instance.m_error) != NK_OK || !created) {
        error = "plugin `" + std::string(spec.plugin->id) + "` refused the scenario" +
                (replication >= 0 ? " in replication " + std::to_string(replication) : "") + ": " +
                (instance.m_message[0] ? instance.m_message.data() : "no reason given");
        if (created) spec.plugin->destroy(created);
        return std::nullopt;
    }
    instance.m_instance = created;
    return instance;
}

std::string PluginInstance::failure(const std::string& what) const {
    return "plugin `" + std::string(m_spec->plugin->id) + "` failed " + what + ": " +
           (m_message[0] ? m_message.data() : "no reason given");
}

bool PluginInstance::observe(const nk_month_view& month, std::span<double> series,
                             std::string& error) {
    if (!m_spec->plugin->observe) return true;
    m_message[0] = '\0';
    if (m_spec->plugin->observe(m_instance, &month, series.data(), &m_error) != NK_OK) {
        error = failure("in month " + std::to_string(month.month) + " (" + armText(month.arm) +
                        " arm)");
        return false;
    }
    return true;
}

bool PluginInstance::modifiers(const nk_month_view& month, int group, Modifiers& out,
                               std::string& error) {
    nk_modifiers m{sizeof(nk_modifiers), 1.0, 1.0, 0.0, 1.0, 0.0, 0.0};
    m_message[0] = '\0';
    const CompiledScenario& s = *m_spec->scenario;
    // Named only on failure: this runs for every group, arm, month and replication.
    const auto where = [&] {
        return "for cohort `" + s.spec.cohorts[s.groups[group].cohort].id + "` (" +
               armText(month.arm) + " arm) in month " + std::to_string(month.month);
    };
    if (m_spec->plugin->modifiers(m_instance, &month, static_cast<std::uint32_t>(group), &m,
                                  &m_error) != NK_OK) {
        error = failure(where());
        return false;
    }
    const std::pair<const char*, double> fields[] = {
        {"start_mult", m.start_mult},     {"exit_mult", m.exit_mult},
        {"drift_add", m.drift_add},       {"sigma_mult", m.sigma_mult},
        {"capacity_add", m.capacity_add}, {"start_shift", m.start_shift}};
    for (const auto& [name, value] : fields)
        if (!std::isfinite(value)) {
            error = "plugin `" + std::string(m_spec->plugin->id) +
                    "` returned a non-finite modifier (" + name + " = " +
                    io::shortestNumber(value) + ") " + where();
            return false;
        }
    out = {m.start_mult, m.exit_mult, m.drift_add, m.sigma_mult, m.capacity_add, m.start_shift};
    return true;
}

namespace {

struct CostCollector {
    CostPlan* plan;
    std::string problem;

    static void add(void* context, const nk_cost_line* line) {
        auto* self = static_cast<CostCollector*>(context);
        // The fields of ABI 1.0, which is all a line of a newer minor must hold here.
        if (!line || line->struct_size < offsetof(nk_cost_line, amount) + sizeof(line->amount)) {
            self->problem = "a cost line is malformed";
            return;
        }
        if (line->arm != NK_ARM_PROGRAM && line->arm != NK_ARM_BASELINE) {
            self->problem = "a cost line names an unknown arm " + std::to_string(line->arm);
            return;
        }
        if (!line->category || !*line->category) {
            self->problem = "a cost line has no category";
            return;
        }
        self->plan->entries.push_back({line->category, line->source ? line->source : "",
                                       line->month, line->amount,
                                       line->arm == NK_ARM_PROGRAM ? Arm::Program : Arm::Baseline});
    }
};

} // namespace

bool PluginInstance::costLines(CostPlan& plan, std::string& error) {
    if (!m_spec->plugin->cost_lines) return true;
    CostCollector collector{&plan, {}};
    const nk_cost_sink sink{sizeof(nk_cost_sink), &collector, &CostCollector::add};
    m_message[0] = '\0';
    if (m_spec->plugin->cost_lines(m_instance, &sink, &m_error) != NK_OK) {
        error = failure("to give its cost lines");
        return false;
    }
    if (!collector.problem.empty()) {
        error = "plugin `" + std::string(m_spec->plugin->id) + "`: " + collector.problem;
        return false;
    }
    return true;
}

} // namespace nk::registry
