// A status line kept between frames (the app's last problem, how an export went). Its
// words are kept in both languages and apart from what needs no translation (a path, a
// message from the system), so it reads in the language of the frame that shows it:
// "Tersimpan: /tmp/a.csv" becomes "Saved: /tmp/a.csv" when the user switches.
#pragma once

#include "naikkelas/units/rupiah.hpp"

#include <string>
#include <utility>

namespace nk::gui {

struct StatusText {
    StatusText() = default;
    StatusText(const char* indonesianWords, const char* englishWords, std::string detailText = {},
               bool isError = false)
        : indonesian(indonesianWords), english(englishWords), detail(std::move(detailText)),
          error(isError) {}

    const char* indonesian = "";
    const char* english = "";
    std::string detail;
    bool error = false;

    bool empty() const { return !*indonesian && !*english && detail.empty(); }
    // The words, then the detail: "Saved: /tmp/a.csv".
    std::string text(Language language) const;
};

} // namespace nk::gui
