// Text, tables and charts flowing down A4 pages (in points) of a Cairo PDF surface, with
// Pango laying out the text: headings kept with what follows, tables that break between
// rows and repeat their header, and a footer with the page number on every page.
#pragma once

#include "chart/chart_model.hpp"
#include "report/text_font.hpp"

#include <string>
#include <vector>

typedef struct _cairo cairo_t;
typedef struct _PangoLayout PangoLayout;

namespace nk::gui::report {

inline constexpr double kPageWidth = 595.276; // A4, points
inline constexpr double kPageHeight = 841.89;

struct TextTable {
    enum class Align { Left, Right };
    std::vector<double> widths; // shares of the text width, summing to 1
    std::vector<Align> aligns;
    std::vector<std::string> header;
    std::vector<std::vector<std::string>> rows;
};

class PageWriter {
public:
    // `footer`: the line at the bottom of every page, before "page / pages";
    // `totalPages`: 0 while counting them.
    PageWriter(cairo_t* cr, std::string footer, std::string pageWord, int totalPages);
    ~PageWriter();
    PageWriter(const PageWriter&) = delete;
    PageWriter& operator=(const PageWriter&) = delete;

    void title(const std::string& text);
    // A heading, moved to the next page unless `keepWithNext` points fit below it.
    void heading(const std::string& text, double keepWithNext = 80.0);
    // A bold line inside a section, kept with the start of what follows.
    void subheading(const std::string& text);
    void paragraph(const std::string& text, FontStyle style = FontStyle::Regular,
                   double size = 9.0);
    void bullet(const std::string& text, double size = 9.0);
    void table(const TextTable& table, double size = 8.0);
    void chart(const chart::ChartModel& model, double height);
    void space(double points);
    void newPage();
    // Ends the last page; returns the number of pages.
    int finish();

private:
    double textWidth() const;
    double layout(const std::string& text, FontStyle style, double size, double width);
    void drawLayout(double x, double y, chart::Color color);
    void ensure(double height);
    void footer();
    double tableRowHeight(const TextTable& t, const std::vector<std::string>& row, FontStyle style,
                          double size);
    void tableRow(const TextTable& t, const std::vector<std::string>& row, FontStyle style,
                  double size, bool shaded);

    cairo_t* m_cr;
    PangoLayout* m_layout;
    std::string m_footer;
    std::string m_pageWord;
    int m_totalPages;
    int m_page = 1;
    double m_y;
};

} // namespace nk::gui::report
