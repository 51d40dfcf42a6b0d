// File > Export report… (issue 17): the document's report from what the app holds, read
// back with poppler's pdftotext; nothing is written while there is no projection.
#include "app_harness.hpp"

#include "model/compare_session.hpp"
#include "report/document_report.hpp"

#include <doctest/doctest.h>

#include <array>
#include <cctype>
#include <cstdio>
#include <filesystem>
#include <string>

namespace {

std::string pdfText(const std::filesystem::path& pdf) {
    std::string out;
    const std::string command = "pdftotext -layout '" + pdf.string() + "' - 2>/dev/null";
    std::FILE* pipe = ::popen(command.c_str(), "r");
    REQUIRE(pipe != nullptr);
    std::array<char, 4096> buffer{};
    std::size_t n = 0;
    while ((n = std::fread(buffer.data(), 1, buffer.size(), pipe)) > 0)
        out.append(buffer.data(), n);
    ::pclose(pipe);
    // Lines wrap where the page ends them: words separated by any white space read as one.
    std::string words;
    for (const char ch : out)
        if (!std::isspace(static_cast<unsigned char>(ch)))
            words += ch;
        else if (!words.empty() && words.back() != ' ')
            words += ' ';
    return words;
}

} // namespace

TEST_CASE("export report: the document and a compared scenario go into one PDF") {
    nk::gui::test::AppHarness harness;
    harness.openScenario("001_malang_cookies_2023.yaml");
    const auto snapshot = harness.settled();
    nk::gui::CompareSession session(nk::test::builtinPlugins());
    session.setCurrent("current", *snapshot);
    std::string error;
    REQUIRE(session.add(std::string(NK_SCENARIO_DIR) + "/003_malang_home_industry_women_2021.yaml",
                        error));
    const auto pdf = harness.home() / "report.pdf";
    const nk::gui::StatusText status = nk::gui::report::exportDocumentReport(
        harness.app().document(), *snapshot, session.entries(), nk::Language::English,
        pdf.string());
    INFO(status.text(nk::Language::English));
    CHECK_FALSE(status.error);
    REQUIRE(std::filesystem::exists(pdf));
    const std::string text = pdfText(pdf);
    CHECK(text.find(harness.app().document().scenario().scenario.title) != std::string::npos);
    CHECK(text.find("Comparison") != std::string::npos);
    // The scenario's own comments, read from the text Save would write.
    CHECK(text.find("06/01/2023") != std::string::npos);
}

TEST_CASE("export report: without a projection nothing is written") {
    nk::gui::test::AppHarness harness;
    const nk::gui::RunSnapshot none; // generation 0: nothing has run
    const auto pdf = harness.home() / "none.pdf";
    const nk::gui::StatusText status = nk::gui::report::exportDocumentReport(
        harness.app().document(), none, {}, nk::Language::Indonesian, pdf.string());
    CHECK(status.error);
    CHECK_FALSE(std::filesystem::exists(pdf));
}
