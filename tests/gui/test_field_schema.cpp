// The editor's bounds, labels and help come from the scenario schema: every numeric field's
// bounds are the schema's range (an open end moved to the nearest value the field holds),
// for the key paths the editor draws with indexes, and the Monte Carlo and settings caps
// follow it too.
#include "model/field_schema.hpp"

#include "naikkelas/scenario/schema.hpp"

#include <doctest/doctest.h>

#include <cmath>
#include <limits>

using nk::gui::fieldBounds;
namespace schema = nk::schema;

namespace {

bool isWhole(schema::Kind k) {
    return k == schema::Kind::Integer || k == schema::Kind::Rupiah || k == schema::Kind::Seed ||
           k == schema::Kind::RupiahList;
}

bool isNumeric(schema::Kind k) {
    return isWhole(k) || k == schema::Kind::Number || k == schema::Kind::NumberList;
}

} // namespace

TEST_CASE("field schema: every numeric field's bounds are the schema's range") {
    int checked = 0;
    for (const schema::SchemaField& f : schema::allFields()) {
        if (!isNumeric(f.info->kind) || f.info->kind == schema::Kind::Seed) continue;
        CAPTURE(f.path);
        const schema::Range& r = f.info->range;
        const nk::gui::FieldBounds b = fieldBounds(f.path);
        // Every bound offered is allowed, and nothing allowed is cut off.
        if (std::isfinite(b.min)) CHECK(r.contains(b.min));
        if (std::isfinite(b.max)) CHECK(r.contains(b.max));
        if (!r.minExclusive) CHECK(b.min == r.min);
        if (!r.maxExclusive && (f.info->kind != schema::Kind::Integer || r.max < 2e9))
            CHECK(b.max == r.max);
        if (r.minExclusive && isWhole(f.info->kind)) CHECK(b.min == std::floor(r.min) + 1);
        if (r.minExclusive && !isWhole(f.info->kind)) CHECK(b.min == std::nextafter(r.min, 1.0));
        ++checked;
    }
    CHECK(checked > 40);
}

TEST_CASE("field schema: the editor's indexed key paths find their rows") {
    for (const char* path :
         {"cohorts[2].participants", "cohorts[0].entry_month", "programs[1].duration_days",
          "equipment[0].lifetime_months", "clusters[1].equipment[0].units", "budget.lines[0].month",
          "budget.fiscal_years[3].year", "simulation.quantiles[1]", "parameters.margin",
          "grid.r_min"}) {
        CAPTURE(path);
        const schema::FieldInfo* f = schema::findField(path);
        REQUIRE(f != nullptr);
        const nk::gui::FieldBounds b = fieldBounds(path);
        CHECK((std::isfinite(b.min) || std::isfinite(b.max)) == f->range.bounded());
        CHECK_FALSE(nk::gui::fieldLabel(path, nk::Language::English).empty());
        CHECK_FALSE(nk::gui::fieldLabel(path, nk::Language::Indonesian).empty());
    }
    CHECK(fieldBounds("simulation.replications").max == 1'000'000); // not 100 000 or 20 000
    CHECK(fieldBounds("grid.r_min").min > 0);                       // above 0, open
    CHECK(nk::gui::inputRange("grid.r_min").min == 1);              // typed in whole rupiah
    CHECK(std::isinf(fieldBounds("no.such.field").max));
    CHECK(nk::gui::fieldHelp("simulation.replications", nk::Language::English) ==
          "R: Monte Carlo replications");
}
