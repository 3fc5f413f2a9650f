#pragma once

// Elementary functions built only from IEEE 754 basic operations (+ - * /, sqrt) and exact
// helpers (floor, frexp, ldexp). The C library's exp and log may differ in the last bit from
// one libm to the next; these give the same bits everywhere (compiled with -ffp-contract=off),
// which keeps the generated CSV files byte-identical across machines.

#include <array>
#include <cmath>
#include <limits>

namespace samplegen::det {

namespace detail {

constexpr double kLn2Hi = 6.93147180369123816490e-01; // upper bits of ln 2: k * kLn2Hi is exact
constexpr double kLn2Lo = 1.90821492927058770002e-10;
constexpr double kInvLn2 = 1.44269504088896338700e+00;

constexpr std::array<double, 14> inverseFactorials()
{
    std::array<double, 14> out{};
    double factorial = 1.0;
    for (int n = 0; n < 14; ++n) {
        if (n > 0)
            factorial *= n;
        out[static_cast<std::size_t>(n)] = 1.0 / factorial;
    }
    return out;
}

} // namespace detail

// e^x, relative error of a few ulp.
inline double exp(double x)
{
    if (x != x)
        return x;
    if (x > 709.0)
        return std::numeric_limits<double>::infinity();
    if (x < -745.0)
        return 0.0;
    constexpr auto coeff = detail::inverseFactorials();
    const double k = std::floor(x * detail::kInvLn2 + 0.5);
    const double r = (x - k * detail::kLn2Hi) - k * detail::kLn2Lo; // |r| <= 0.35
    double p = coeff[13];
    for (int n = 12; n >= 0; --n)
        p = p * r + coeff[static_cast<std::size_t>(n)];
    return std::ldexp(p, static_cast<int>(k));
}

// Natural logarithm of a positive finite x, relative error of a few ulp.
inline double log(double x)
{
    if (!(x > 0.0))
        return x == 0.0 ? -std::numeric_limits<double>::infinity() : std::numeric_limits<double>::quiet_NaN();
    int e = 0;
    double m = std::frexp(x, &e); // x = m * 2^e, m in [0.5, 1)
    if (m < 0.70710678118654752440) {
        m *= 2.0;
        e -= 1;
    }
    // log(m) = 2 atanh(s), s = (m - 1) / (m + 1), |s| <= 0.1716
    const double s = (m - 1.0) / (m + 1.0);
    const double s2 = s * s;
    double p = 1.0 / 25.0;
    for (int k = 23; k >= 1; k -= 2)
        p = p * s2 + 1.0 / k;
    const double de = static_cast<double>(e);
    return (de * detail::kLn2Hi + 2.0 * s * p) + de * detail::kLn2Lo;
}

inline double sigmoid(double x)
{
    return 1.0 / (1.0 + det::exp(-x));
}

} // namespace samplegen::det
