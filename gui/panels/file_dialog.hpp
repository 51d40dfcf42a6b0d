// Asks the user for a file: the desktop's own dialog when it has one (zenity or kdialog,
// model/file_chooser), else a path prompt that Enter or the button submits. Every "Open",
// "Save As" and "Save ..." of the app goes through one of these. The popup is opened and
// begun by the same call with the same label, so it opens wherever in the ID stack it
// is drawn (a popup opened under another ID never shows: the bug of the export buttons).
#pragma once

#include "model/file_chooser.hpp"

#include "naikkelas/units/rupiah.hpp"

#include <memory>
#include <optional>
#include <string>

namespace nk::gui {

class FileDialog {
public:
    // Starts asking: the desktop dialog, or the prompt when there is none or it fails to
    // start. Ignored while a question is open.
    void ask(const FileDialogRequest& request, const FileChooser& chooser);
    // Each frame: draws the prompt, or a note while the desktop dialog is open; the chosen
    // path once, when the user has chosen.
    std::optional<std::string> draw(Language language);
    bool active() const { return m_process != nullptr || m_prompting; }
    bool prompting() const { return m_prompting; } // the prompt, not a desktop dialog

private:
    std::optional<std::string> drawPrompt(Language language);
    std::optional<std::string> drawWaiting(Language language);

    FileDialogRequest m_request;
    std::unique_ptr<DialogProcess> m_process;
    bool m_prompting = false;
    bool m_openPopup = false;
    std::string m_path;
    std::string m_error; // why the desktop dialog could not be used
};

} // namespace nk::gui
