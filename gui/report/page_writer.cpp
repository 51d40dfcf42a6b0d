#include "report/page_writer.hpp"

#include "chart/chart_render.hpp"
#include "report/cairo_canvas.hpp"

#include <cairo.h>
#include <pango/pangocairo.h>

#include <algorithm>

namespace nk::gui::report {

namespace {

constexpr double kMarginX = 50.0;
constexpr double kTop = 48.0;
constexpr double kBottom = kPageHeight - 56.0; // the footer goes below
constexpr double kCellPadding = 3.0;
// Charts are laid out in screen pixels and scaled onto the page: 10 px text becomes
// 7.5 pt, a 2 px line 1.5 pt, as a printed chart reads.
constexpr double kChartScale = 0.75;
constexpr double kChartFontPixels = 10.0;

const chart::Color kInk = chart::rgba(20, 20, 25);
const chart::Color kDim = chart::rgba(100, 100, 110);
const chart::Color kRule = chart::rgba(170, 170, 180);
const chart::Color kShade = chart::rgba(236, 238, 242);

void setColor(cairo_t* cr, chart::Color color) {
    const Rgba c = toRgba(color);
    cairo_set_source_rgba(cr, c.r, c.g, c.b, c.a);
}

} // namespace

PageWriter::PageWriter(cairo_t* cr, std::string footerText, std::string pageWord, int totalPages)
    : m_cr(cr), m_layout(pango_cairo_create_layout(cr)), m_footer(std::move(footerText)),
      m_pageWord(std::move(pageWord)), m_totalPages(totalPages), m_y(kTop) {
    pango_layout_set_wrap(m_layout, PANGO_WRAP_WORD_CHAR);
}

PageWriter::~PageWriter() {
    g_object_unref(m_layout);
}

double PageWriter::textWidth() const {
    return kPageWidth - 2 * kMarginX;
}

double PageWriter::layout(const std::string& text, FontStyle style, double size, double width) {
    setLayoutFont(m_layout, style, size);
    pango_layout_set_width(m_layout, static_cast<int>(width * PANGO_SCALE));
    pango_layout_set_text(m_layout, text.data(), static_cast<int>(text.size()));
    PangoRectangle logical;
    pango_layout_get_extents(m_layout, nullptr, &logical);
    return static_cast<double>(logical.height) / PANGO_SCALE;
}

void PageWriter::drawLayout(double x, double y, chart::Color color) {
    setColor(m_cr, color);
    cairo_move_to(m_cr, x, y);
    pango_cairo_show_layout(m_cr, m_layout);
}

void PageWriter::ensure(double height) {
    if (m_y + height > kBottom && m_y > kTop) newPage();
}

void PageWriter::footer() {
    const double y = kPageHeight - 40.0;
    cairo_set_line_width(m_cr, 0.5);
    setColor(m_cr, kRule);
    cairo_move_to(m_cr, kMarginX, y - 4);
    cairo_line_to(m_cr, kPageWidth - kMarginX, y - 4);
    cairo_stroke(m_cr);
    std::string number = m_pageWord + " " + std::to_string(m_page);
    if (m_totalPages > 0) number += " / " + std::to_string(m_totalPages);
    const double numberWidth = 70.0;
    layout(m_footer, FontStyle::Italic, 7.0, textWidth() - numberWidth);
    drawLayout(kMarginX, y, kDim);
    layout(number, FontStyle::Regular, 7.0, numberWidth);
    pango_layout_set_alignment(m_layout, PANGO_ALIGN_RIGHT);
    drawLayout(kPageWidth - kMarginX - numberWidth, y, kDim);
    pango_layout_set_alignment(m_layout, PANGO_ALIGN_LEFT);
}

void PageWriter::newPage() {
    footer();
    cairo_show_page(m_cr);
    ++m_page;
    m_y = kTop;
}

int PageWriter::finish() {
    footer();
    cairo_show_page(m_cr);
    return m_page;
}

void PageWriter::space(double points) {
    m_y += points;
}

void PageWriter::title(const std::string& text) {
    const double height = layout(text, FontStyle::Bold, 17.0, textWidth());
    ensure(height);
    drawLayout(kMarginX, m_y, kInk);
    m_y += height + 4.0;
}

void PageWriter::heading(const std::string& text, double keepWithNext) {
    const double height = layout(text, FontStyle::Bold, 12.0, textWidth());
    ensure(8.0 + height + keepWithNext);
    if (m_y > kTop) m_y += 8.0;
    layout(text, FontStyle::Bold, 12.0, textWidth());
    drawLayout(kMarginX, m_y, kInk);
    m_y += height + 4.0;
}

void PageWriter::subheading(const std::string& text) {
    const double height = layout(text, FontStyle::Bold, 9.0, textWidth());
    ensure(4.0 + height + 40.0);
    m_y += 4.0;
    layout(text, FontStyle::Bold, 9.0, textWidth());
    drawLayout(kMarginX, m_y, kInk);
    m_y += height + 2.0;
}

void PageWriter::paragraph(const std::string& text, FontStyle style, double size) {
    const double height = layout(text, style, size, textWidth());
    ensure(height);
    layout(text, style, size, textWidth());
    drawLayout(kMarginX, m_y, kInk);
    m_y += height + 3.0;
}

void PageWriter::bullet(const std::string& text, double size) {
    const double indent = 10.0;
    const double height = layout(text, FontStyle::Regular, size, textWidth() - indent);
    ensure(height);
    layout(text, FontStyle::Regular, size, textWidth() - indent);
    drawLayout(kMarginX + indent, m_y, kInk);
    layout("\u2022", FontStyle::Regular, size, indent);
    drawLayout(kMarginX + 1.0, m_y, kInk);
    m_y += height + 2.0;
}

double PageWriter::tableRowHeight(const TextTable& t, const std::vector<std::string>& row,
                                  FontStyle style, double size) {
    double height = 0.0;
    for (std::size_t c = 0; c < row.size() && c < t.widths.size(); ++c)
        height = std::max(
            height, layout(row[c], style, size, t.widths[c] * textWidth() - 2 * kCellPadding));
    return height + 2 * kCellPadding;
}

void PageWriter::tableRow(const TextTable& t, const std::vector<std::string>& row, FontStyle style,
                          double size, bool shaded) {
    const double height = tableRowHeight(t, row, style, size);
    if (shaded) {
        setColor(m_cr, kShade);
        cairo_rectangle(m_cr, kMarginX, m_y, textWidth(), height);
        cairo_fill(m_cr);
    }
    double x = kMarginX;
    for (std::size_t c = 0; c < row.size() && c < t.widths.size(); ++c) {
        const double width = t.widths[c] * textWidth();
        layout(row[c], style, size, width - 2 * kCellPadding);
        const bool right = c < t.aligns.size() && t.aligns[c] == TextTable::Align::Right;
        pango_layout_set_alignment(m_layout, right ? PANGO_ALIGN_RIGHT : PANGO_ALIGN_LEFT);
        drawLayout(x + kCellPadding, m_y + kCellPadding, kInk);
        pango_layout_set_alignment(m_layout, PANGO_ALIGN_LEFT);
        x += width;
    }
    m_y += height;
    cairo_set_line_width(m_cr, 0.4);
    setColor(m_cr, kRule);
    cairo_move_to(m_cr, kMarginX, m_y);
    cairo_line_to(m_cr, kMarginX + textWidth(), m_y);
    cairo_stroke(m_cr);
}

void PageWriter::table(const TextTable& t, double size) {
    const double headerHeight = tableRowHeight(t, t.header, FontStyle::Bold, size);
    const double firstRow =
        t.rows.empty() ? 0.0 : tableRowHeight(t, t.rows[0], FontStyle::Regular, size);
    ensure(headerHeight + firstRow);
    tableRow(t, t.header, FontStyle::Bold, size, true);
    for (const auto& row : t.rows) {
        if (m_y + tableRowHeight(t, row, FontStyle::Regular, size) > kBottom) {
            newPage();
            tableRow(t, t.header, FontStyle::Bold, size, true);
        }
        tableRow(t, row, FontStyle::Regular, size, false);
    }
    m_y += 6.0;
}

void PageWriter::chart(const chart::ChartModel& model, double height) {
    ensure(height);
    cairo_save(m_cr);
    cairo_translate(m_cr, kMarginX, m_y);
    cairo_scale(m_cr, kChartScale, kChartScale);
    {
        CairoCanvas canvas(m_cr, kChartFontPixels);
        chart::ChartState state;
        const chart::Rect rect{0, 0, textWidth() / kChartScale, height / kChartScale};
        chart::renderChart(canvas, model, state, rect, {}, chart::lightChartStyle());
    }
    cairo_restore(m_cr);
    m_y += height + 6.0;
}

} // namespace nk::gui::report
