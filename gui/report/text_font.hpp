// The report's one typeface, DejaVu Sans (the app's font), for Pango layouts: the chart
// canvas and the page text use it alike, and the PDF embeds it.
#pragma once

typedef struct _PangoLayout PangoLayout;

namespace nk::gui::report {

enum class FontStyle { Regular, Bold, Italic };

// Sets the layout's font: DejaVu Sans `size` user units high (points on a PDF page).
void setLayoutFont(PangoLayout* layout, FontStyle style, double size);

// Whether the layout's font draws `codePoint` without a fallback font.
bool layoutHasGlyph(PangoLayout* layout, char32_t codePoint);

} // namespace nk::gui::report
