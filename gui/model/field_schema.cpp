#include "model/field_schema.hpp"

#include "naikkelas/scenario/schema.hpp"

#include <algorithm>
#include <cmath>

namespace nk::gui {

namespace {

bool whole(schema::Kind kind) {
    return kind == schema::Kind::Integer || kind == schema::Kind::Rupiah ||
           kind == schema::Kind::Seed || kind == schema::Kind::RupiahList;
}

bool numeric(schema::Kind kind) {
    return whole(kind) || kind == schema::Kind::Number || kind == schema::Kind::NumberList;
}

} // namespace

FieldBounds fieldBounds(std::string_view keyPath) {
    const schema::FieldInfo* field = schema::findField(keyPath);
    if (!field || !numeric(field->kind)) return {};
    const schema::Range& r = field->range;
    FieldBounds b{r.min, r.max};
    if (whole(field->kind)) {
        b.min = r.minExclusive ? std::floor(r.min) + 1 : std::ceil(r.min);
        b.max = r.maxExclusive ? std::ceil(r.max) - 1 : std::floor(r.max);
        if (field->kind == schema::Kind::Integer) {
            constexpr double kLow = std::numeric_limits<int>::min();
            constexpr double kHigh = std::numeric_limits<int>::max();
            b.min = std::clamp(b.min, kLow, kHigh);
            b.max = std::clamp(b.max, kLow, kHigh);
        }
    } else {
        if (r.minExclusive) b.min = std::nextafter(r.min, r.max);
        if (r.maxExclusive) b.max = std::nextafter(r.max, r.min);
    }
    return b;
}

InputRange inputRange(std::string_view keyPath) {
    const FieldBounds b = fieldBounds(keyPath);
    // Typed amounts stop at the reader's limit (2^53, exact in a double).
    const double limit = static_cast<double>(kRupiahInputRange.max);
    return {static_cast<std::int64_t>(std::ceil(std::clamp(b.min, -limit, limit))),
            static_cast<std::int64_t>(std::floor(std::clamp(b.max, -limit, limit)))};
}

std::string_view fieldLabel(std::string_view keyPath, Language language) {
    const schema::FieldInfo* field = schema::findField(keyPath);
    return field ? field->label.in(language) : std::string_view{};
}

std::string_view fieldHelp(std::string_view keyPath, Language language) {
    const schema::FieldInfo* field = schema::findField(keyPath);
    return field ? field->help.in(language) : std::string_view{};
}

} // namespace nk::gui
