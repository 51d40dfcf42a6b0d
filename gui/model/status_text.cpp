#include "model/status_text.hpp"

#include "model/ui_text.hpp"

namespace nk::gui {

std::string StatusText::text(Language language) const {
    std::string out = tr(language, indonesian, english);
    if (!out.empty() && !detail.empty()) out += ' ';
    return out + detail;
}

} // namespace nk::gui
