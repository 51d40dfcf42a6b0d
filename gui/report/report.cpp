#include "report/report.hpp"

#include "report/page_writer.hpp"
#include "report/report_sections.hpp"

#include "naikkelas/io/atomic_file.hpp"

#include <cairo-pdf.h>
#include <cairo.h>

#include <memory>

namespace nk::gui::report {

namespace {

cairo_status_t appendToString(void* closure, const unsigned char* data, unsigned int length) {
    static_cast<std::string*>(closure)->append(reinterpret_cast<const char*>(data), length);
    return CAIRO_STATUS_SUCCESS;
}

// One pass over the whole report into `pdf`; returns the number of pages.
int render(const ReportInput& input, int totalPages, std::string& pdf, std::string& error) {
    const std::unique_ptr<cairo_surface_t, decltype(&cairo_surface_destroy)> surface(
        cairo_pdf_surface_create_for_stream(appendToString, &pdf, kPageWidth, kPageHeight),
        cairo_surface_destroy);
    cairo_pdf_surface_set_metadata(surface.get(), CAIRO_PDF_METADATA_CREATOR, "NaikKelas");
    int pages = 0;
    {
        const std::unique_ptr<cairo_t, decltype(&cairo_destroy)> cr(cairo_create(surface.get()),
                                                                    cairo_destroy);
        PageWriter writer(cr.get(), footerText(input.language), pageWord(input.language),
                          totalPages);
        writeSections(writer, input);
        pages = writer.finish();
        if (cairo_status(cr.get()) != CAIRO_STATUS_SUCCESS) {
            error = cairo_status_to_string(cairo_status(cr.get()));
            return 0;
        }
    }
    cairo_surface_finish(surface.get());
    if (cairo_surface_status(surface.get()) != CAIRO_STATUS_SUCCESS) {
        error = cairo_status_to_string(cairo_surface_status(surface.get()));
        return 0;
    }
    return pages;
}

} // namespace

ReportOutcome writeReportPdf(const ReportInput& input, const std::string& path) {
    ReportOutcome out;
    if (!input.main.scenario || input.main.results.empty()) {
        out.error = "the report needs a scenario with results";
        return out;
    }
    // Twice: the first pass counts the pages that every footer names.
    std::string pdf;
    const int pages = render(input, 0, pdf, out.error);
    if (pages == 0) return out;
    pdf.clear();
    out.pages = render(input, pages, pdf, out.error);
    if (out.pages == 0) return out;
    if (!io::writeFileAtomically(path, pdf, out.error)) return out;
    out.ok = true;
    return out;
}

} // namespace nk::gui::report
