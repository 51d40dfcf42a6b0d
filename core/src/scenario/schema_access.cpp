// One walk over the key path for reading and for writing: the steps go through the
// schema's tables and the scenario's entries together; `OnNumber` reads or writes the
// number at the end.
#include "naikkelas/scenario/schema_access.hpp"

#include "naikkelas/scenario/key_path.hpp"

#include <algorithm>
#include <limits>
#include <variant>

namespace nk::schema {

namespace {

NumberAt failure(PathStatus status, const std::string& path, std::string message,
                 std::string hint = {}) {
    NumberAt out;
    out.status = status;
    out.path = path;
    out.problem.path = path;
    out.problem.message = std::move(message);
    out.problem.hint = std::move(hint);
    return out;
}

std::string joinKey(const std::string& prefix, std::string_view key) {
    return prefix.empty() ? std::string(key) : prefix + "." + std::string(key);
}

std::string indexed(const std::string& path, std::size_t index) {
    return path + "[" + std::to_string(index) + "]";
}

std::string listed(const std::vector<std::string>& words) {
    std::string out;
    for (const auto& w : words) out += (out.empty() ? "" : ", ") + w;
    return out;
}

template <class T> std::vector<std::string> keysOf() {
    std::vector<std::string> keys;
    for (const auto& f : fieldsOf<T>()) keys.emplace_back(f.info.key);
    return keys;
}

std::string closeOrAll(const std::string& word, const std::vector<std::string>& known,
                       const std::string& what) {
    const std::string close = closestMatch(word, known);
    if (!close.empty()) return "did you mean `" + close + "`?";
    return known.empty() ? "" : what + ": " + listed(known);
}

NumberAt pluginParameter(const std::string& path) {
    return failure(PathStatus::PluginParameter, path,
                   "a plugin's parameter: resolved by the plugin registry",
                   "its name, unit and range are the plugin's (`naikkelas plugins`)");
}

// An entry's id: its `id`, or for a cluster's equipment the equipment it holds.
template <class E> const std::string* idOf(const E& entry) {
    if constexpr (requires { entry.id; })
        return &entry.id;
    else if constexpr (std::is_same_v<E, EquipmentAllocation>)
        return &entry.equipment;
    else
        return nullptr;
}

// The index an Index or Id step names in `list`, or the failure.
template <class E>
std::variant<std::size_t, NumberAt> entryOf(const std::vector<E>& list, const KeyStep& step,
                                            const std::string& path) {
    if (step.kind == KeyStep::Kind::Index) {
        if (step.index < list.size()) return step.index;
        return failure(PathStatus::Unknown, indexed(path, step.index), "no such entry",
                       list.empty()
                           ? path + " is empty"
                           : path + " has entries 0 to " + std::to_string(list.size() - 1));
    }
    std::vector<std::string> ids;
    for (std::size_t i = 0; i < list.size(); ++i) {
        const std::string* id = idOf(list[i]);
        if (!id) break;
        if (*id == step.name) return i;
        ids.push_back(*id);
    }
    const std::string at = path + "[" + step.name + "]";
    if (ids.empty() && !list.empty())
        return failure(PathStatus::Unknown, at, "entries of " + path + " have no id",
                       "choose one by index, " + path + "[0]");
    return failure(PathStatus::Unknown, at, "no entry with id `" + step.name + "`",
                   ids.empty() ? path + " is empty" : closeOrAll(step.name, ids, "ids"));
}

template <class Obj, class OnNumber>
NumberAt inSection(Obj& object, std::span<const KeyStep> steps, const std::string& prefix,
                   OnNumber& on);

template <class V, class OnNumber>
NumberAt inValue(V& value, const FieldInfo& info, std::span<const KeyStep> rest,
                 const std::string& path, OnNumber& on) {
    using M = std::remove_const_t<V>;
    if constexpr (NumberValue<M>) {
        if (!rest.empty())
            return failure(PathStatus::Unknown, path, "is a number: it has no keys or entries");
        return on(value, info, path);
    } else if constexpr (SectionValue<M>) {
        if (rest.empty())
            return failure(PathStatus::NotANumber, path, "is a section, not a number",
                           "name one of its keys: " + listed(keysOf<M>()));
        return inSection(value, rest, path, on);
    } else if constexpr (IsVector<M>::value) {
        if (rest.empty() || rest.front().kind == KeyStep::Kind::Key)
            return failure(rest.empty() ? PathStatus::NotANumber : PathStatus::Unknown, path,
                           "is a list: choose an entry", path + "[0]");
        auto entry = entryOf(value, rest.front(), path);
        if (auto* failed = std::get_if<NumberAt>(&entry)) return std::move(*failed);
        const std::size_t index = std::get<std::size_t>(entry);
        const std::string at = indexed(path, index);
        if constexpr (EntriesValue<M>) {
            if (rest.size() == 1)
                return failure(PathStatus::NotANumber, at, "is an entry, not a number",
                               "name one of its keys: " + listed(keysOf<typename M::value_type>()));
            return inSection(value[index], rest.subspan(1), at, on);
        } else if constexpr (NumberListValue<M>) {
            if (rest.size() > 1)
                return failure(PathStatus::Unknown, at, "is a number: it has no keys or entries");
            return on(value[index], info, at);
        } else {
            return failure(PathStatus::NotANumber, at, "is text, not a number");
        }
    } else if constexpr (std::is_same_v<M, std::map<std::string, ParamValue>>) {
        if (rest.empty())
            return failure(PathStatus::NotANumber, path, "is the plugin's parameters",
                           "name one: " + path + ".NAME");
        return pluginParameter(joinKey(path, rest.front().name));
    } else {
        return failure(PathStatus::NotANumber, path,
                       std::string("is ") + (ChoiceValue<M> ? "a choice" : "text") +
                           ", not a number");
    }
}

template <class Obj, class OnNumber>
NumberAt inSection(Obj& object, std::span<const KeyStep> steps, const std::string& prefix,
                   OnNumber& on) {
    using T = std::remove_const_t<Obj>;
    const KeyStep& step = steps.front();
    if (step.kind != KeyStep::Kind::Key)
        return failure(PathStatus::Unknown, prefix, "is not a list, so it has no entries",
                       "name one of its keys: " + listed(keysOf<T>()));
    const auto fields = fieldsOf<T>();
    const auto f = std::find_if(fields.begin(), fields.end(), [&](const auto& candidate) {
        return candidate.info.key == step.name;
    });
    const std::string path = joinKey(prefix, step.name);
    if (f == fields.end()) {
        // `plugins[x].name` is short for `plugins[x].params.name`
        if constexpr (std::is_same_v<T, PluginUse>)
            return pluginParameter(joinKey(prefix, "params." + step.name));
        return failure(PathStatus::Unknown, path, "unknown key `" + step.name + "`",
                       closeOrAll(step.name, keysOf<T>(), "valid keys"));
    }
    return std::visit(
        [&](auto member) { return inValue(object.*member, f->info, steps.subspan(1), path, on); },
        f->member);
}

template <class Obj, class OnNumber>
NumberAt resolve(Obj& scenario, std::string_view keyPath, OnNumber on) {
    const auto steps = parseKeyPath(keyPath);
    if (!steps)
        return failure(PathStatus::NotAKeyPath, std::string(keyPath), "not a key path",
                       "keys joined by dots, an entry by index or id in brackets, e.g. "
                       "cohorts[0].participants or cohorts[blimbing].participants");
    return inSection(scenario, *steps, {}, on);
}

NumberAt found(double value, const FieldInfo& info, const std::string& path) {
    NumberAt out;
    out.path = path;
    out.field = &info;
    out.value = value;
    return out;
}

// The values an integer member can take from a double without loss: within its type and
// within 2^53, where doubles stop being exact (the reader's bound for rupiah too).
template <class M> bool fits(double value) {
    if constexpr (std::is_integral_v<M>) {
        constexpr double exact = 9'007'199'254'740'992.0;
        const double lo = std::max(static_cast<double>(std::numeric_limits<M>::lowest()), -exact);
        const double hi = std::min(static_cast<double>(std::numeric_limits<M>::max()), exact);
        return value >= lo && value <= hi;
    }
    return true;
}

} // namespace

NumberAt readNumber(const Scenario& scenario, std::string_view keyPath) {
    return resolve(scenario, keyPath,
                   [](const auto& v, const FieldInfo& info, const std::string& path) {
                       return found(static_cast<double>(v), info, path);
                   });
}

NumberAt writeNumber(Scenario& scenario, std::string_view keyPath, double value) {
    return resolve(
        scenario, keyPath, [value](auto& v, const FieldInfo& info, const std::string& path) {
            using M = std::remove_reference_t<decltype(v)>;
            const std::string shown = formatNumber(value);
            auto problem = checkRange(info, value, shown);
            if (!problem && !fits<M>(value))
                problem =
                    RangeProblem{shown + " is out of range", "a whole number of at most 2^53"};
            if (problem) {
                NumberAt out =
                    failure(PathStatus::OutOfRange, path, problem->message, problem->hint);
                out.field = &info;
                return out;
            }
            v = static_cast<M>(value);
            return found(value, info, path);
        });
}

} // namespace nk::schema
