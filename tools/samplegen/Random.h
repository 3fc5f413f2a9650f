#pragma once

// A seeded random source whose every output is fixed by the C++ standard and IEEE 754:
// std::mt19937_64's sequence is specified exactly, while the standard distributions are not,
// so the uniform, normal and discrete draws are written out here.

#include "DetMath.h"

#include <cmath>
#include <cstdint>
#include <random>
#include <string_view>
#include <vector>

namespace samplegen {

constexpr std::uint64_t fnv1a64(std::string_view text, std::uint64_t hash = 0xcbf29ce484222325ULL)
{
    for (const char c : text) {
        hash ^= static_cast<unsigned char>(c);
        hash *= 0x100000001b3ULL;
    }
    return hash;
}

class Random
{
public:
    explicit Random(std::uint64_t seed)
        : m_engine(seed)
    {
    }

    // One independent stream per (story, file), so that resizing one file leaves the others alone.
    static Random forStream(std::string_view story, std::string_view stream)
    {
        return Random(fnv1a64(stream, fnv1a64("/", fnv1a64(story))));
    }

    // Uniform on [0, 1) with 53 random bits.
    double uniform() { return static_cast<double>(m_engine() >> 11) * 0x1.0p-53; }

    // Standard normal: the Box-Muller transform in Marsaglia's polar form (needs only log and
    // sqrt, both deterministic here); the second value of each pair is kept for the next call.
    double normal()
    {
        if (m_hasSpare) {
            m_hasSpare = false;
            return m_spare;
        }
        double u = 0.0;
        double v = 0.0;
        double s = 0.0;
        do {
            u = 2.0 * uniform() - 1.0;
            v = 2.0 * uniform() - 1.0;
            s = u * u + v * v;
        } while (s >= 1.0 || s == 0.0);
        const double factor = std::sqrt(-2.0 * det::log(s) / s);
        m_spare = v * factor;
        m_hasSpare = true;
        return u * factor;
    }

    bool bernoulli(double p) { return uniform() < p; }

    // Index drawn with probability proportional to weights (given as running totals).
    std::size_t pick(const std::vector<double> &cumulative)
    {
        const double target = uniform() * cumulative.back();
        for (std::size_t i = 0; i + 1 < cumulative.size(); ++i)
            if (target < cumulative[i])
                return i;
        return cumulative.size() - 1;
    }

private:
    std::mt19937_64 m_engine;
    double m_spare = 0.0;
    bool m_hasSpare = false;
};

// Running totals of a weight list, the form Random::pick takes.
inline std::vector<double> cumulativeWeights(const std::vector<double> &weights)
{
    std::vector<double> out;
    out.reserve(weights.size());
    double total = 0.0;
    for (const double w : weights) {
        total += w;
        out.push_back(total);
    }
    return out;
}

} // namespace samplegen
