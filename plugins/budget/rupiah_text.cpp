#include "rupiah_text.hpp"

namespace nk::plugins::budget {

std::string rupiahText(std::int64_t amount) {
    // Magnitude as unsigned, so that INT64_MIN has one too.
    const bool negative = amount < 0;
    const std::uint64_t magnitude = negative ? std::uint64_t(0) - static_cast<std::uint64_t>(amount)
                                             : static_cast<std::uint64_t>(amount);
    const std::string digits = std::to_string(magnitude);
    std::string grouped;
    const std::size_t lead = digits.size() % 3;
    for (std::size_t i = 0; i < digits.size(); ++i) {
        if (i != 0 && (i + 3 - lead) % 3 == 0) grouped += ',';
        grouped += digits[i];
    }
    return (negative ? "-Rp " : "Rp ") + grouped;
}

} // namespace nk::plugins::budget
