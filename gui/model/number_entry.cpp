#include "model/number_entry.hpp"

#include <utility>

namespace nk::gui {

std::string numberText(NumberKind kind, std::int64_t value, Language language) {
    return kind == NumberKind::Amount ? formatRupiah(Rupiah{value}, language)
                                      : formatNumber(static_cast<double>(value), 0, language);
}

NumberReading readNumber(NumberKind kind, std::string_view text, Language language,
                         InputRange range) {
    const NumberInput in = kind == NumberKind::Amount ? parseAmount(text, language, range)
                                                      : parseCount(text, language, range);
    NumberReading out;
    if (!in.value) {
        out.problem = in.reason;
        return out;
    }
    out.value = in.value;
    if (kind == NumberKind::Count) {
        out.preview = "= " + numberText(kind, *in.value, language);
        return out;
    }
    // Words round to three digits; the exact amount follows when they do not say it all.
    const std::string words = formatRupiahWords(static_cast<double>(*in.value), language);
    out.preview = "= " + words;
    if (parseAmount(words, language).value != in.value)
        out.preview += " (" + numberText(kind, *in.value, language) + ")";
    return out;
}

NumberReading NumberDraft::reading(Language language) const {
    return readNumber(m_field.kind, m_text, language, m_field.range);
}

void NumberDraft::type(AppState& app, Field field, std::string text, Language language) {
    if (!holds(field.keyPath)) {
        leave(app, language);
        drop();
    }
    m_field = std::move(field);
    m_text = std::move(text);
    m_typing = true;
    m_documentState = app.document().state();
}

bool NumberDraft::leave(AppState& app, Language language) {
    if (m_field.keyPath.empty()) return false;
    m_typing = false;
    const NumberReading r = reading(language);
    if (!r.value) return false; // refused: kept, in red with its reason
    bool applied = false;
    if (m_text != m_field.valueText) {
        const std::uint64_t before = app.document().state();
        const std::int64_t value = *r.value;
        const auto apply = m_field.apply;
        app.edit(m_field.label, m_field.keyPath, [&](Scenario& s) { apply(s, value); });
        applied = app.document().state() != before;
    }
    drop();
    return applied;
}

void NumberDraft::drop() {
    *this = NumberDraft{};
}

void NumberDraft::follow(const Document& document) {
    if (!m_field.keyPath.empty() && !m_typing && document.state() != m_documentState) drop();
}

} // namespace nk::gui
