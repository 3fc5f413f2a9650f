#pragma once

// Numbers as people read them in messages (not for JSON, which keeps full precision).

#include <cstdio>
#include <optional>
#include <string>
#include <vector>

namespace cs {

inline std::string formatNumber(double value, int significant = 4)
{
    char buffer[48];
    std::snprintf(buffer, sizeof buffer, "%.*g", significant, value);
    return buffer;
}

inline std::string formatNumber(const std::optional<double> &value, int significant = 4)
{
    return value ? formatNumber(*value, significant) : std::string("n/a");
}

inline std::string formatPercent(double fraction, int decimals = 1)
{
    char buffer[48];
    std::snprintf(buffer, sizeof buffer, "%.*f%%", decimals, fraction * 100.0);
    return buffer;
}

inline std::string formatSignedPct(double pct, int decimals = 1)
{
    char buffer[48];
    std::snprintf(buffer, sizeof buffer, "%+.*f%%", decimals, pct);
    return buffer;
}

inline std::string joinList(const std::vector<std::string> &items, const std::string &separator = ", ")
{
    std::string out;
    for (std::size_t i = 0; i < items.size(); ++i) {
        if (i)
            out += separator;
        out += items[i];
    }
    return out;
}

} // namespace cs
