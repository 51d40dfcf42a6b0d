#include "model/save_notice.hpp"

#include <string_view>

namespace nk::gui {

namespace {

// The reasons io::writeScenarioPreserving gives (core/src/io/scenario_yaml_preserve.cpp),
// by how they begin; what follows the prefix is the detail.
struct ReasonKind {
    std::string_view prefix;
    const char* indonesian;
    const char* english;
};

constexpr ReasonKind kKinds[] = {
    {"the original text does not read as a scenario",
     "Tersimpan utuh tanpa komentar dan tata letak berkas: teks lamanya tidak terbaca sebagai "
     "skenario.",
     "Saved whole, without the file's comments and layout: its old text does not read as a "
     "scenario."},
    {"the original's layout could not be followed: ",
     "Tersimpan utuh tanpa komentar dan tata letak berkas: tata letaknya tidak dapat diikuti",
     "Saved whole, without the file's comments and layout: its layout could not be followed"},
    {"the changes to the original overlap",
     "Tersimpan utuh tanpa komentar dan tata letak berkas: perubahan saling tumpang tindih di "
     "teks lamanya.",
     "Saved whole, without the file's comments and layout: the changes overlap in its old "
     "text."},
    {"the original's layout did not read back as the edits",
     "Tersimpan utuh tanpa komentar dan tata letak berkas: tata letaknya tidak terbaca kembali "
     "sebagai suntingan ini.",
     "Saved whole, without the file's comments and layout: its layout did not read back as "
     "these edits."},
    {"the original could not be followed: ",
     "Tersimpan utuh tanpa komentar dan tata letak berkas: teks lamanya tidak dapat diikuti",
     "Saved whole, without the file's comments and layout: its old text could not be followed"},
};

} // namespace

StatusText savedWholeNotice(const std::string& rewriteReason) {
    for (const ReasonKind& kind : kKinds)
        if (rewriteReason.rfind(kind.prefix, 0) == 0) {
            std::string detail = rewriteReason.substr(kind.prefix.size());
            if (!detail.empty()) detail = "(" + detail + ").";
            return {kind.indonesian, kind.english, std::move(detail)};
        }
    return {"Tersimpan utuh tanpa komentar dan tata letak berkas:",
            "Saved whole, without the file's comments and layout:", rewriteReason};
}

} // namespace nk::gui
