// `naikkelas report`: the PDF as poppler reads it (pdftotext, pdffonts, pdftoppm), in both
// languages, and a failure that leaves no file behind.
#include "cli_support.hpp"
#include "temp_dir.hpp"

#include "model/indicator_text.hpp"

#include <doctest/doctest.h>

#include <algorithm>
#include <cmath>
#include <filesystem>
#include <fstream>
#include <map>
#include <sstream>
#include <tuple>

using nk::test::cli;
using nk::test::contains;
using nk::test::readAll;
using nk::test::runProcess;
using nk::test::TempDir;

namespace {

const std::string kScenario = std::string(NK_SCENARIO_DIR) + "/001_malang_cookies_2023.yaml";
const std::string kCompared =
    std::string(NK_SCENARIO_DIR) + "/003_malang_home_industry_women_2021.yaml";

struct JsonIndicator {
    std::string unit;
    double mean = 0.0;
};

// The expected mode's indicators of indicators.json: key -> unit and mean.
std::map<std::string, JsonIndicator> expectedIndicators(const std::string& json) {
    std::map<std::string, JsonIndicator> out;
    std::size_t at = json.find("\"indicators\": {");
    REQUIRE(at != std::string::npos);
    const std::size_t end = json.find("\"montecarlo\"", at);
    while ((at = json.find("\"unit\": \"", at)) < end) {
        const std::size_t keyEnd = json.rfind("\": {", at);
        const std::size_t keyStart = json.rfind('"', keyEnd - 1) + 1;
        JsonIndicator i;
        const std::size_t unitStart = at + 9;
        i.unit = json.substr(unitStart, json.find('"', unitStart) - unitStart);
        const std::size_t meanAt = json.find("\"mean\": ", at) + 8;
        const std::string mean = json.substr(meanAt, json.find_first_of(",\n", meanAt) - meanAt);
        i.mean = mean == "null" ? std::nan("") : std::stod(mean);
        out[json.substr(keyStart, keyEnd - keyStart)] = i;
        at = meanAt;
    }
    return out;
}

std::string pdfText(const std::filesystem::path& pdf) {
    const auto r = runProcess(NK_PDFTOTEXT, {pdf.string(), "-"});
    REQUIRE(r.status == 0);
    return r.out;
}

// A page rendered in colour: width, height and three bytes per pixel (P6 PPM).
struct Page {
    int width = 0;
    int height = 0;
    std::string pixels;
    // The share of pixels in rows [top, bottom) that are not paper: darker than light grey.
    double inkShare(int top, int bottom) const {
        return share(top, bottom, [](int r, int g, int b) { return r + g + b < 600; });
    }
    // The share that is coloured (a series, not grey axes, grid or black text).
    double colourShare(int top, int bottom) const {
        return share(top, bottom, [](int r, int g, int b) {
            return std::max({r, g, b}) - std::min({r, g, b}) > 40;
        });
    }

private:
    template <typename Test> double share(int top, int bottom, Test test) const {
        int count = 0;
        for (int y = top; y < bottom; ++y)
            for (int x = 0; x < width; ++x) {
                const auto at = [&](int c) {
                    return static_cast<unsigned char>(pixels[std::size_t((y * width + x) * 3 + c)]);
                };
                count += test(at(0), at(1), at(2));
            }
        return double(count) / double((bottom - top) * width);
    }
};

Page readPpm(const std::filesystem::path& file) {
    std::ifstream in(file, std::ios::binary);
    std::string magic;
    Page p;
    int maxValue = 0;
    in >> magic >> p.width >> p.height >> maxValue;
    in.get();
    REQUIRE(magic == "P6");
    p.pixels.assign(std::size_t(p.width * p.height * 3), '\0');
    in.read(p.pixels.data(), static_cast<std::streamsize>(p.pixels.size()));
    REQUIRE(in.good());
    return p;
}

} // namespace

TEST_SUITE("cli: report") {
    TEST_CASE("the key indicators appear as indicators.json gives them, formatted, in both "
              "languages") {
        TempDir dir;
        REQUIRE(cli({"run", kScenario, "--mode", "expected", "--out", dir.path.string()}).status ==
                0);
        const auto indicators = expectedIndicators(readAll(dir.path / "indicators.json"));
        REQUIRE(indicators.size() >= 9);
        for (const auto& [language, summary, footer] :
             {std::tuple{nk::Language::Indonesian, "Ringkasan", "bukan ramalan"},
              std::tuple{nk::Language::English, "Summary", "not forecasts"}}) {
            const std::string code(nk::languageCode(language));
            CAPTURE(code);
            const auto pdf = dir.path / ("report_" + code + ".pdf");
            const auto r = cli(
                {"report", kScenario, "--mode", "expected", "--lang", code, "--out", pdf.string()});
            REQUIRE(r.status == 0);
            const std::string text = pdfText(pdf);
            CHECK(contains(text, summary));
            CHECK(contains(text, footer));
            for (const auto& [key, i] : indicators) {
                CAPTURE(key);
                CHECK(contains(text, nk::gui::indicatorText(i.mean, i.unit, language)));
            }
        }
    }

    TEST_CASE("every font is embedded and every page renders, no chart area blank") {
        TempDir dir;
        const auto pdf = dir.path / "report.pdf";
        REQUIRE(cli({"report", kScenario, "--compare", kCompared, "--mode", "montecarlo",
                     "--replications", "40", "--lang", "en", "--out", pdf.string()})
                    .status == 0);
        const auto fonts = runProcess(NK_PDFFONTS, {pdf.string()});
        REQUIRE(fonts.status == 0);
        std::istringstream lines(fonts.out);
        std::string line;
        int listed = 0;
        for (int n = 0; std::getline(lines, line); ++n) {
            if (n < 2) continue; // the heading and its rule
            ++listed;
            CAPTURE(line);
            // name, type, encoding, then emb sub uni: "yes" where embedded.
            CHECK(contains(line, " yes "));
            CHECK(line.find(" no ") > line.find(" yes "));
        }
        CHECK(listed >= 2);

        const auto render =
            runProcess(NK_PDFTOPPM, {"-r", "36", pdf.string(), (dir.path / "page").string()});
        REQUIRE(render.status == 0);
        std::vector<std::filesystem::path> pages;
        for (const auto& entry : std::filesystem::directory_iterator(dir.path))
            if (entry.path().extension() == ".ppm") pages.push_back(entry.path());
        std::sort(pages.begin(), pages.end());
        REQUIRE(pages.size() >= 4);
        for (const auto& page : pages) {
            CAPTURE(page.filename().string());
            const Page p = readPpm(page);
            CHECK(p.inkShare(0, p.height) > 0.01);
        }
        // Page 2 holds the four charts one below the other: each quarter of its body
        // carries a chart's coloured series, not only its grey frame, grid and labels.
        const Page charts = readPpm(pages[1]);
        const int top = charts.height * 60 / 842;
        const int bottom = charts.height * 780 / 842;
        for (int k = 0; k < 4; ++k) {
            CAPTURE(k);
            CHECK(charts.colourShare(top + (bottom - top) * k / 4,
                                     top + (bottom - top) * (k + 1) / 4) > 0.015);
        }
    }

    TEST_CASE("a broken compare file: a clear error, a non-zero exit and no PDF") {
        TempDir dir;
        const std::string broken =
            std::string(NK_SCENARIO_DIR) + "/../tests/data/bad/three_mistakes.yaml";
        const auto pdf = dir.path / "report.pdf";
        const auto r = cli({"report", kScenario, "--compare", broken, "--out", pdf.string()});
        CHECK(r.status == 1);
        CHECK(contains(r.err, broken));
        CHECK(contains(r.err, "not written"));
        CHECK_FALSE(std::filesystem::exists(pdf));
        // Nothing else either: no temporary file beside the target.
        std::size_t files = 0;
        for ([[maybe_unused]] const auto& entry : std::filesystem::directory_iterator(dir.path))
            ++files;
        CHECK(files == 0);
    }

    TEST_CASE("an experiment folder without points.csv is named, and nothing is written") {
        TempDir dir;
        const auto pdf = dir.path / "report.pdf";
        const auto r =
            cli({"report", kScenario, "--experiment", dir.path.string(), "--out", pdf.string()});
        CHECK(r.status == 1);
        CHECK(contains(r.err, "points.csv"));
        CHECK_FALSE(std::filesystem::exists(pdf));
    }

    TEST_CASE("usage: one scenario and --out are required") {
        CHECK(cli({"report", kScenario}).status == 2);
        CHECK(contains(cli({"report", kScenario}).err, "--out"));
        CHECK(cli({"report", "--out", "x.pdf"}).status == 2);
    }
}
