#pragma once

// Small numeric building blocks shared by the metrics: compensated sums and safe ratios.

#include <cmath>
#include <cstdint>
#include <optional>

namespace cs::metrics {

// Neumaier's compensated summation: sums of a million terms stay exact to the last bits.
class CompensatedSum
{
public:
    void add(double x)
    {
        const double t = m_sum + x;
        if (std::fabs(m_sum) >= std::fabs(x))
            m_compensation += (m_sum - t) + x;
        else
            m_compensation += (x - t) + m_sum;
        m_sum = t;
    }
    void add(const CompensatedSum &other)
    {
        add(other.m_sum);
        add(other.m_compensation);
    }
    double value() const { return m_sum + m_compensation; }

private:
    double m_sum = 0.0;
    double m_compensation = 0.0;
};

// numerator / denominator, or nothing when the denominator is zero (JSON null, never NaN).
inline std::optional<double> ratio(double numerator, double denominator)
{
    if (denominator == 0.0)
        return std::nullopt;
    return numerator / denominator;
}

inline std::optional<double> ratio(std::uint64_t numerator, std::uint64_t denominator)
{
    if (denominator == 0)
        return std::nullopt;
    return static_cast<double>(numerator) / static_cast<double>(denominator);
}

// 100 * (candidate - baseline) / |baseline|; nothing without both values or with a zero baseline.
inline std::optional<double> relativeChangePct(std::optional<double> candidate, std::optional<double> baseline)
{
    if (!candidate || !baseline || *baseline == 0.0)
        return std::nullopt;
    return 100.0 * (*candidate - *baseline) / std::fabs(*baseline);
}

} // namespace cs::metrics
