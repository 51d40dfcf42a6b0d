#include "naikkelas/results/result_set.hpp"

namespace nk {

const char* armName(Arm arm) {
    switch (arm) {
    case Arm::Program:
        return "program";
    case Arm::Baseline:
        return "baseline";
    case Arm::Impact:
        return "impact";
    }
    return "?";
}

const SeriesBand* ResultSet::find(Arm arm, const std::string& scope,
                                  const std::string& name) const {
    for (const auto& s : series)
        if (s.arm == arm && s.scope == scope && s.name == name) return &s;
    return nullptr;
}

const Indicator* ResultSet::indicator(const std::string& key) const {
    for (const auto& i : indicators)
        if (i.key == key) return &i;
    return nullptr;
}

} // namespace nk
