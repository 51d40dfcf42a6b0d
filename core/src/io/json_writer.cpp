#include "json_writer.hpp"

#include "naikkelas/io/results_export.hpp"

#include <array>
#include <charconv>
#include <cmath>

namespace nk::io {

std::string jsonString(std::string_view text) {
    static constexpr char kHex[] = "0123456789abcdef";
    std::string out;
    out.reserve(text.size() + 2);
    out += '"';
    for (const char c : text) {
        const auto byte = static_cast<unsigned char>(c);
        switch (c) {
        case '"':
            out += "\\\"";
            break;
        case '\\':
            out += "\\\\";
            break;
        case '\n':
            out += "\\n";
            break;
        case '\r':
            out += "\\r";
            break;
        case '\t':
            out += "\\t";
            break;
        case '\b':
            out += "\\b";
            break;
        case '\f':
            out += "\\f";
            break;
        default:
            if (byte < 0x20) {
                out += "\\u00";
                out += kHex[byte >> 4];
                out += kHex[byte & 0xf];
            } else {
                out += c; // UTF-8 passes through unchanged
            }
        }
    }
    out += '"';
    return out;
}

void JsonWriter::newline() {
    m_out += '\n';
    m_out.append(2 * m_stack.size(), ' ');
}

void JsonWriter::beforeValue() {
    if (m_afterKey) {
        m_afterKey = false;
        return;
    }
    if (m_stack.empty()) return;
    Level& level = m_stack.back();
    if (level.count > 0) m_out += level.compact ? ", " : ",";
    if (!level.compact) newline();
    ++level.count;
}

void JsonWriter::beginObject() {
    beforeValue();
    m_out += '{';
    m_stack.push_back({true, false, 0});
}

void JsonWriter::endObject() {
    const bool empty = m_stack.back().count == 0;
    m_stack.pop_back();
    if (!empty) newline();
    m_out += '}';
}

void JsonWriter::beginArray(bool compact) {
    beforeValue();
    m_out += '[';
    m_stack.push_back({false, compact, 0});
}

void JsonWriter::endArray() {
    const Level level = m_stack.back();
    m_stack.pop_back();
    if (level.count > 0 && !level.compact) newline();
    m_out += ']';
}

void JsonWriter::key(std::string_view name) {
    beforeValue();
    m_out += jsonString(name);
    m_out += ": ";
    m_afterKey = true;
}

void JsonWriter::value(std::string_view text) {
    beforeValue();
    m_out += jsonString(text);
}

void JsonWriter::value(double number) {
    beforeValue();
    m_out += std::isfinite(number) ? shortestNumber(number) : std::string("null");
}

void JsonWriter::value(std::int64_t number) {
    beforeValue();
    m_out += std::to_string(number);
}

void JsonWriter::value(std::uint64_t number) {
    beforeValue();
    m_out += std::to_string(number);
}

void JsonWriter::value(bool flag) {
    beforeValue();
    m_out += flag ? "true" : "false";
}

void JsonWriter::null() {
    beforeValue();
    m_out += "null";
}

std::string JsonWriter::finish() {
    m_out += '\n';
    return std::move(m_out);
}

} // namespace nk::io
