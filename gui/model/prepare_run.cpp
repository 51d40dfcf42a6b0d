#include "model/prepare_run.hpp"

namespace nk::gui {

namespace {

// Key paths stay valid while lines drift with edits, so a diagnostic always knows its
// field; the line points at the last loaded or saved text.
void locateInto(Diagnostics& out, const Diagnostics& found, const SourcePositions* positions,
                const std::string& file) {
    for (Diagnostic d : found.items()) {
        if (positions) positions->locate(d);
        if (d.file.empty()) d.file = file;
        out.add(std::move(d));
    }
}

} // namespace

PreparedRun prepareRun(const Scenario& scenario, const SourcePositions* positions,
                       const std::string& file, const PluginRegistry& registry) {
    PreparedRun prepared;
    // compileScenario runs validateScenario: its messages are those of `naikkelas validate`.
    CompileResult compiled = compileScenario(scenario);
    locateInto(prepared.diagnostics, compiled.diagnostics, positions, file);
    if (!compiled.compiled || compiled.diagnostics.hasErrors()) return prepared;
    prepared.compiled = compiled.compiled;
    prepared.binding = std::make_unique<PluginBinding>(compiled.compiled, registry);
    locateInto(prepared.diagnostics, prepared.binding->diagnostics(), positions, file);
    return prepared;
}

} // namespace nk::gui
