#pragma once

// Helpers for the metric tests: relative comparisons for results that are not exact in
// binary, optional values, and small CSV tables built from text.

#include "package/Csv.h"
#include "util/Result.h"

#include <QByteArray>
#include <QTest>

#include <cmath>
#include <functional>
#include <optional>
#include <string>
#include <string_view>

namespace cs::test {

// |actual - expected| <= rel * |expected| (absolute 1e-15 when expected is 0).
inline bool nearlyEqual(double actual, double expected, double rel = 1e-12)
{
    if (std::isnan(actual) || std::isnan(expected))
        return false;
    if (expected == 0.0)
        return std::fabs(actual) <= 1e-15;
    return std::fabs(actual - expected) <= rel * std::fabs(expected);
}

inline QByteArray nearMessage(double actual, double expected)
{
    return QByteArray("actual ") + QByteArray::number(actual, 'g', 17) + QByteArray(", expected ")
           + QByteArray::number(expected, 'g', 17);
}

// QVERIFY2 evaluates its message even when the check passes, so the message must not touch
// the error of a successful Result.
template<typename T>
QByteArray why(const cs::Result<T> &result)
{
    return result ? QByteArray("(succeeded)") : result.errorMessage().toUtf8();
}

// Parses CSV text with a per-column rule; the test fails (and returns an empty table) on error.
inline package::CsvTable csvTable(std::string_view text,
                                  std::function<package::ColumnSpec(std::string_view)> columnSpec)
{
    package::CsvSchema schema;
    schema.columnSpec = std::move(columnSpec);
    auto table = package::parseCsv(text, QStringLiteral("test.csv"), schema);
    if (!table) {
        qWarning("CSV refused: %s", why(table).constData());
        return {};
    }
    return std::move(table).value();
}

} // namespace cs::test

// Relative 1e-12 comparison of two doubles.
#define CS_COMPARE_NEAR(actual, expected)                                                             \
    do {                                                                                              \
        const double csActual_ = (actual);                                                            \
        const double csExpected_ = (expected);                                                        \
        QVERIFY2(cs::test::nearlyEqual(csActual_, csExpected_),                                       \
                 cs::test::nearMessage(csActual_, csExpected_).constData());                          \
    } while (false)

// An optional that must hold exactly `expected`.
#define CS_COMPARE_OPT(optional, expected)                                                            \
    do {                                                                                              \
        const auto csOpt_ = (optional);                                                               \
        QVERIFY2(csOpt_.has_value(), #optional " is null");                                           \
        QCOMPARE(*csOpt_, (expected));                                                                \
    } while (false)

// An optional that must hold `expected` to 1e-12 relative.
#define CS_COMPARE_OPT_NEAR(optional, expected)                                                       \
    do {                                                                                              \
        const auto csOptNear_ = (optional);                                                           \
        QVERIFY2(csOptNear_.has_value(), #optional " is null");                                       \
        CS_COMPARE_NEAR(*csOptNear_, (expected));                                                     \
    } while (false)

#define CS_VERIFY_NULL(optional) QVERIFY2(!(optional).has_value(), #optional " should be null")
