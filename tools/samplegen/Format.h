#pragma once

// Locale-independent fixed-point number text for the CSV files.

#include <array>
#include <charconv>
#include <cmath>
#include <cstdint>
#include <string>

namespace samplegen {

inline constexpr std::array<std::uint64_t, 10> kPowersOfTen = {
    1ULL, 10ULL, 100ULL, 1000ULL, 10000ULL, 100000ULL, 1000000ULL, 10000000ULL, 100000000ULL, 1000000000ULL};

// value * 10^decimals rounded half away from zero, as an integer magnitude (|value| < 9e15 / 10^d).
inline std::uint64_t scaledMagnitude(double value, int decimals)
{
    const double scaled = std::fabs(value) * static_cast<double>(kPowersOfTen[static_cast<std::size_t>(decimals)]);
    return static_cast<std::uint64_t>(std::floor(scaled + 0.5));
}

// Appends value with exactly `decimals` fraction digits (0..9): optional '-', digits, '.', digits.
// A value that rounds to zero is written without a sign.
inline void appendFixed(std::string &out, double value, int decimals)
{
    const std::uint64_t magnitude = scaledMagnitude(value, decimals);
    const std::uint64_t unit = kPowersOfTen[static_cast<std::size_t>(decimals)];
    if (value < 0.0 && magnitude != 0)
        out.push_back('-');
    char digits[24];
    auto end = std::to_chars(digits, digits + sizeof digits, magnitude / unit).ptr;
    out.append(digits, end);
    if (decimals > 0) {
        out.push_back('.');
        std::uint64_t fraction = magnitude % unit;
        char tail[10];
        for (int i = decimals - 1; i >= 0; --i) {
            tail[i] = static_cast<char>('0' + fraction % 10);
            fraction /= 10;
        }
        out.append(tail, static_cast<std::size_t>(decimals));
    }
}

// The double that a correctly rounding parser (std::from_chars) reads back from appendFixed's
// text: an exact integer divided by an exact power of ten, rounded once.
inline double quantize(double value, int decimals)
{
    const double magnitude = static_cast<double>(scaledMagnitude(value, decimals))
                             / static_cast<double>(kPowersOfTen[static_cast<std::size_t>(decimals)]);
    return (value < 0.0 && magnitude != 0.0) ? -magnitude : magnitude;
}

// Half-away-from-zero rounding to `decimals` places for the numbers a manifest reports.
inline double roundTo(double value, int decimals)
{
    return quantize(value, decimals);
}

} // namespace samplegen
