// An AppState for the compare and equipment suites: the builtin plugins, settings in a
// temporary folder and autosaves under a temporary XDG_STATE_HOME, so no test writes to
// the user's home; settled() waits for the runs and returns the latest snapshot.
#pragma once

#include "model/app_state.hpp"

#include "plugin_runs.hpp"
#include "temp_dir.hpp"

#include <cstdlib>
#include <memory>
#include <string>

namespace nk::gui::compare_test {

class TestApp {
public:
    TestApp() {
        ::setenv("XDG_STATE_HOME", (m_dir.path / "state").c_str(), 1);
        m_app = std::make_unique<AppState>(nk::test::builtinPlugins(), m_dir.path / "settings.ini");
    }

    AppState& app() { return *m_app; }

    // Opens a file of scenarios/, which must open.
    void open(const std::string& name) {
        const bool opened = m_app->open(std::string(NK_SCENARIO_DIR) + "/" + name);
        INFO(m_app->status());
        REQUIRE(opened);
    }

    std::shared_ptr<const RunSnapshot> settled() {
        m_app->runs().waitIdle();
        return m_app->runs().snapshot();
    }

private:
    nk::test::TempDir m_dir; // destroyed after the app, which saves its settings into it
    std::unique_ptr<AppState> m_app;
};

} // namespace nk::gui::compare_test
