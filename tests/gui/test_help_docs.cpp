// What Help shows: the user guide first, in the interface language, then the model, the
// scenario format and the developers' notes; every page stands alone in the repository
// (no path outside it), and the user's pages leave engine internals to the last one.
#include "panels/embedded_docs.hpp"
#include "panels/help_windows.hpp"

#include "model/markdown.hpp"

#include <doctest/doctest.h>

#include <string>
#include <string_view>

namespace {

bool has(std::string_view text, std::string_view part) {
    return text.find(part) != std::string_view::npos;
}

} // namespace

TEST_CASE("help: the guide comes first, one per language, and covers what a planner needs") {
    CHECK(nk::gui::kGuidePage == 0);
    CHECK(nk::gui::kEnginePage == nk::gui::kDocsPageCount - 1);
    const std::string_view en = nk::guideEnglishDocText();
    const std::string_view id = nk::guideIndonesianDocText();
    for (const char* part : {"## What NaikKelas answers", "## How to read a projection",
                             "## The baseline and the impact", "## Bands", "## The desktop app",
                             "## The command line", "## Worked example 1", "## Worked example 2"})
        CHECK_MESSAGE(has(en, part), part);
    for (const char* part : {"## Apa yang dijawab NaikKelas", "## Cara membaca proyeksi",
                             "## Tanpa program dan dampak", "## Rentang", "## Aplikasi desktop",
                             "## Baris perintah", "## Contoh 1", "## Contoh 2"})
        CHECK_MESSAGE(has(id, part), part);
    // Both guides give the same worked numbers, each in its own notation.
    CHECK(has(en, "Rp 2.93 billion"));
    CHECK(has(id, "Rp 2,93 miliar"));
    CHECK_FALSE(nk::gui::parseMarkdown(en).empty());
    CHECK_FALSE(nk::gui::parseMarkdown(id).empty());
}

TEST_CASE("help: every page stands alone in the repository; internals only for developers") {
    const std::string_view pages[] = {nk::guideEnglishDocText(), nk::guideIndonesianDocText(),
                                      nk::modelDocText(), nk::scenarioFormatDocText(),
                                      nk::engineDocText()};
    for (const std::string_view page : pages) {
        CHECK_FALSE(has(page, "shared/"));
        CHECK_FALSE(has(page, "MODEL.md"));
    }
    for (const std::string_view page : {pages[0], pages[1], pages[2]})
        for (const char* internal : {"SplitMix64", "Eigen", "sparse matrix", "mix64"})
            CHECK_FALSE_MESSAGE(has(page, internal), internal);
    CHECK(has(nk::engineDocText(), "SplitMix64"));
    // The model is complete: its sections, equations and sources.
    for (const char* part :
         {"## 1. What a scenario describes", "### 2.3 One month", "## 3. What a plugin may change",
          "## 4. Builtin plugins", "## 5. Money and units", "## 6. Sources", "q_k = clamp(q0",
          "a = min(1, U·M/A)", "McKenzie & Paffhausen", "PP 7/2021"})
        CHECK_MESSAGE(has(nk::modelDocText(), part), part);
}
