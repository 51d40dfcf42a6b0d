// Plugin parameter editors generated from the declarations: one widget model per
// declared parameter of every builtin plugin, with its kind, unit, range, default and
// bilingual description; scenario values override defaults; every declaration type
// (including flags and choices, which no builtin declares) has its widget kind; a plugin
// that is not loaded keeps its values read-only.
#include "panels/editor_plugin_params.hpp"

#include "naikkelas/plugin.hpp"
#include "plugin_runs.hpp"

#include <doctest/doctest.h>

#include <cmath>

using nk::ParamValue;
using nk::Scenario;
using nk::gui::buildPluginEditorModel;
using nk::gui::ParamKind;

TEST_CASE("editor plugin params: every declared parameter of every builtin plugin has a widget") {
    const nk::PluginRegistry& registry = nk::test::builtinPlugins();
    REQUIRE(registry.modules().size() >= 5);
    Scenario s;
    for (const auto& module : registry.modules()) s.plugins.push_back({module->id, {}});
    for (std::size_t u = 0; u < s.plugins.size(); ++u) {
        const nk_plugin& plugin = *registry.modules()[u]->plugin;
        const auto model = buildPluginEditorModel(s, u, registry);
        INFO(model.id);
        CHECK(model.loaded);
        CHECK(model.keyPath == "plugins[" + std::to_string(u) + "]");
        CHECK(model.rawParams.empty());
        REQUIRE(model.params.size() == plugin.param_count);
        for (std::uint32_t i = 0; i < plugin.param_count; ++i) {
            const nk_param_decl& d = plugin.params[i];
            const auto& p = model.params[i];
            CHECK(p.name == d.name);
            CHECK(p.keyPath == model.keyPath + ".params." + d.name);
            CHECK(p.kind == nk::gui::paramKindOf(d.type));
            CHECK(p.unit == (d.unit ? d.unit : ""));
            CHECK_FALSE(p.setInScenario);
            CHECK_FALSE(p.differsFromDefault());
            CHECK(nk::gui::sameParamValue(p.value, p.defaultValue));
            CHECK(p.description(nk::Language::Indonesian) == d.description_id);
            CHECK(p.description(nk::Language::English) == d.description_en);
            if (p.kind == ParamKind::Number) {
                CHECK(nk::gui::numberOf(p) == d.default_number);
                CHECK(p.min == d.min);
                CHECK(p.max == d.max);
            }
            if (p.kind == ParamKind::Integer)
                CHECK(nk::gui::integerOf(p) == std::llround(d.default_number));
            if (p.kind == ParamKind::Text) CHECK(nk::gui::textOf(p) == d.default_text);
        }
    }
}

TEST_CASE("editor plugin params: a scenario's value overrides the default and can be reset") {
    const nk::PluginRegistry& registry = nk::test::builtinPlugins();
    const nk::PluginModule* shocks = registry.find("shocks");
    REQUIRE(shocks != nullptr);
    // window_months set to its own default, level to another value, and a misspelt name.
    ParamValue windowDefault;
    double levelDefault = 0.0;
    for (std::uint32_t i = 0; i < shocks->plugin->param_count; ++i) {
        const nk_param_decl& d = shocks->plugin->params[i];
        if (std::string(d.name) == "window_months") windowDefault = nk::gui::defaultValueOf(d);
        if (std::string(d.name) == "level") levelDefault = d.default_number;
    }
    const double level = levelDefault / 2.0 + 0.1;
    Scenario s;
    s.plugins.push_back({"shocks",
                         {{"level", ParamValue{level}},
                          {"window_months", windowDefault},
                          {"levle", ParamValue{1.0}}}});
    const auto model = buildPluginEditorModel(s, 0, registry);
    const auto find = [&](const std::string& name) {
        for (const auto& p : model.params)
            if (p.name == name) return p;
        FAIL("no widget for " << name);
        return model.params.front();
    };
    CHECK(find("level").setInScenario);
    CHECK(nk::gui::numberOf(find("level")) == level);
    CHECK(find("level").differsFromDefault());
    // Set to the default value: nothing to reset.
    CHECK(find("window_months").setInScenario);
    CHECK_FALSE(find("window_months").differsFromDefault());
    // The misspelt name is kept, read-only.
    REQUIRE(model.rawParams.size() == 1);
    CHECK(model.rawParams[0].first == "levle");
}

TEST_CASE("editor plugin params: each declaration type has its widget kind and default") {
    static const char* const kChoices[] = {"low", "high"};
    const nk_param_decl decls[] = {
        nk::plugin::number("n", "Rp/month", 2.5, 0.0, 10.0, "angka", "number"),
        nk::plugin::integer("i", "months", 7, 1, 12, "bulat", "integer"),
        nk::plugin::flag("f", true, "bendera", "flag"),
        nk::plugin::choice("c", "high", kChoices, 2, "pilihan", "choice"),
        nk::plugin::text("t", "abc", "teks", "text"),
    };
    const ParamKind kinds[] = {ParamKind::Number, ParamKind::Integer, ParamKind::Flag,
                               ParamKind::Choice, ParamKind::Text};
    const ParamValue defaults[] = {2.5, std::int64_t{7}, true, std::string("high"),
                                   std::string("abc")};
    for (std::size_t i = 0; i < 5; ++i) {
        CHECK(nk::gui::paramKindOf(decls[i].type) == kinds[i]);
        CHECK(nk::gui::defaultValueOf(decls[i]) == defaults[i]);
    }
}

TEST_CASE("editor plugin params: values compare by meaning and print as a file writes them") {
    CHECK(nk::gui::sameParamValue(ParamValue{2.0}, ParamValue{std::int64_t{2}}));
    CHECK_FALSE(nk::gui::sameParamValue(ParamValue{2.5}, ParamValue{std::int64_t{2}}));
    CHECK_FALSE(nk::gui::sameParamValue(ParamValue{true}, ParamValue{std::int64_t{1}}));
    CHECK(nk::gui::paramValueText(ParamValue{0.25}) == "0.25");
    CHECK(nk::gui::paramValueText(ParamValue{std::int64_t{12}}) == "12");
    CHECK(nk::gui::paramValueText(ParamValue{false}) == "false");
    CHECK(nk::gui::paramValueText(ParamValue{std::string("2020-03")}) == "2020-03");
}

TEST_CASE("editor plugin params: a plugin that is not loaded keeps its raw values") {
    Scenario s;
    s.plugins.push_back(
        {"not_installed", {{"a", ParamValue{1.5}}, {"b", ParamValue{std::string("x")}}}});
    const auto model = buildPluginEditorModel(s, 0, nk::test::builtinPlugins());
    CHECK_FALSE(model.loaded);
    CHECK(model.params.empty());
    REQUIRE(model.rawParams.size() == 2);
    CHECK(model.rawParams[0].first == "a");
    CHECK(model.rawParams[1].first == "b");
}

TEST_CASE("editor plugin params: rupiah amounts and counts are typed as people write them") {
    using nk::gui::NumberKind;
    using nk::gui::ParamWidgetModel;
    using nk::gui::typedNumberKind;
    const auto param = [](ParamKind kind, const char* unit) {
        ParamWidgetModel p;
        p.kind = kind;
        p.unit = unit;
        return p;
    };
    for (const char* unit : {"Rp", "Rp/month", "rupiah", "IDR", "rp/bulan"}) {
        INFO(std::string(unit));
        CHECK(typedNumberKind(param(ParamKind::Number, unit)) == NumberKind::Amount);
        CHECK(typedNumberKind(param(ParamKind::Integer, unit)) == NumberKind::Amount);
    }
    for (const char* unit : {"participants", "enterprises", "units", "orang", "Peserta"}) {
        INFO(std::string(unit));
        CHECK(typedNumberKind(param(ParamKind::Integer, unit)) == NumberKind::Count);
        // A number in a count unit may be a scale with a fraction (density_scale).
        CHECK_FALSE(typedNumberKind(param(ParamKind::Number, unit)));
    }
    for (const char* unit : {"", "months", "share", "log/month", "1/year"})
        CHECK_FALSE(typedNumberKind(param(ParamKind::Integer, unit)));
    CHECK_FALSE(typedNumberKind(param(ParamKind::Text, "Rp")));
}
