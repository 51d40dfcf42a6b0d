// A small streaming JSON writer for the export files: indented objects, one-line arrays of
// numbers, strings escaped, non-finite numbers as null. Private to core/src/io.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace nk::io {

class JsonWriter {
public:
    void beginObject();
    void endObject();
    // A compact array is written on one line ("[0.05, 0.5, 0.95]").
    void beginArray(bool compact = false);
    void endArray();
    void key(std::string_view name);

    void value(std::string_view text);
    void value(const char* text) { value(std::string_view(text)); }
    void value(double number); // null if not finite
    void value(std::int64_t number);
    void value(std::uint64_t number);
    void value(int number) { value(static_cast<std::int64_t>(number)); }
    void value(bool flag);
    void null();

    // The document, with a final newline.
    std::string finish();

private:
    struct Level {
        bool object = false;
        bool compact = false;
        int count = 0;
    };
    void beforeValue();
    void newline();

    std::string m_out;
    std::vector<Level> m_stack;
    bool m_afterKey = false;
};

// The JSON string literal of `text`, with quotes.
std::string jsonString(std::string_view text);

} // namespace nk::io
