#include "model/cost_category.hpp"

#include <array>

namespace nk::gui {

namespace {

struct CategoryName {
    std::string_view key;
    std::string_view indonesian;
    std::string_view english;
};

// The budget plugin's categories (plugins/budget/README.md) and the ones the seed
// scenarios' budget lines use.
constexpr std::array kCategories{
    CategoryName{"training", "pelatihan", "training"},
    CategoryName{"kits", "kit usaha", "kits"},
    CategoryName{"mentoring", "pendampingan", "mentoring"},
    CategoryName{"shared_capex", "pembelian peralatan bersama", "shared equipment purchase"},
    CategoryName{"shared_maintenance", "pemeliharaan peralatan bersama", "shared equipment upkeep"},
    CategoryName{"overhead", "biaya umum", "overhead"},
    CategoryName{"admin", "administrasi", "administration"},
    CategoryName{"marketing", "pemasaran", "marketing"},
};

} // namespace

std::string costCategoryLabel(std::string_view category, Language language) {
    for (const CategoryName& c : kCategories)
        if (c.key == category)
            return std::string(language == Language::Indonesian ? c.indonesian : c.english);
    return std::string(category);
}

} // namespace nk::gui
