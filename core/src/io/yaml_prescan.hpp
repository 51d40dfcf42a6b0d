// Internal to core/src/io: checks on the raw text of a scenario before yaml-cpp sees it,
// and the lexing of plain scalars shared by the reader and the writer.
//
// Why a pre-scan: yaml-cpp 0.7 allocates a few hundred bytes per node while it builds a
// tree, so a hostile 4 MiB file could take a gigabyte inside YAML::Load before we get to
// look at it. The pre-scan runs yaml-cpp's own parser with an event handler that builds
// nothing and counts depth, nodes and aliases, stopping at the first limit passed.
#pragma once

#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace nk::io::detail {

struct TextProblem {
    int line = 0;   // 1-based
    int column = 0; // 1-based, in bytes as yaml-cpp counts
    std::string message;
    std::string hint;
};

struct PrescanLimits {
    int maxDepth = 64;              // a scenario needs 4
    std::size_t maxNodes = 200'000; // about 40 MB inside yaml-cpp; a large scenario has 20 000
    std::size_t maxAliases = 1'000;
};

// NUL bytes, invalid UTF-8 or control characters: the file is not a text file.
std::optional<TextProblem> findEncodingProblem(std::string_view text);

// Nesting deeper than maxDepth, more nodes or aliases than allowed, a quoted text left
// open at the end, a second document. A syntax error is left to the loader's parse.
std::optional<TextProblem> findStructureProblem(std::string_view text,
                                                const PrescanLimits& limits = {});

// True when the text holds anything but whitespace, comments and document markers.
bool hasContent(std::string_view text);

// --- plain scalars, as both the reader and the writer must see them ---

enum class NumberParse { Ok, NotANumber, OutOfRange, NotFinite };

// YAML integer: [-+]?[0-9][0-9_]* (underscores group digits: 500_000_000).
NumberParse parseInteger(std::string_view text, std::int64_t& out);
NumberParse parseUnsigned(std::string_view text, std::uint64_t& out);

// YAML float: integers, decimals, exponents, and .inf/.nan (which give NotFinite).
NumberParse parseFloat(std::string_view text, double& out);

bool parseBool(std::string_view text, bool& out); // true/True/TRUE, false/False/FALSE

// Plain scalars that a YAML reader may take for something other than text (numbers,
// booleans, null, yes/no): such strings must be written quoted.
bool plainLooksTyped(std::string_view text);

} // namespace nk::io::detail
