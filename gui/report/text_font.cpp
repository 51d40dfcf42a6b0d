#include "report/text_font.hpp"

#include <pango/pangocairo.h>

namespace nk::gui::report {

void setLayoutFont(PangoLayout* layout, FontStyle style, double size) {
    PangoFontDescription* font = pango_font_description_from_string("DejaVu Sans");
    pango_font_description_set_absolute_size(font, size * PANGO_SCALE);
    if (style == FontStyle::Bold) pango_font_description_set_weight(font, PANGO_WEIGHT_BOLD);
    if (style == FontStyle::Italic) pango_font_description_set_style(font, PANGO_STYLE_OBLIQUE);
    pango_layout_set_font_description(layout, font);
    pango_font_description_free(font);
}

bool layoutHasGlyph(PangoLayout* layout, char32_t codePoint) {
    PangoContext* context = pango_layout_get_context(layout);
    const PangoFontDescription* description = pango_layout_get_font_description(layout);
    if (description == nullptr) return false;
    PangoFont* font = pango_context_load_font(context, description);
    if (font == nullptr) return false;
    const bool has = pango_font_has_char(font, static_cast<gunichar>(codePoint)) != 0;
    g_object_unref(font);
    return has;
}

} // namespace nk::gui::report
