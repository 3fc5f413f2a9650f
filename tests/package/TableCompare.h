#pragma once

// Compares two parsed CSV tables cell by cell (NaN equals NaN), for the tests that read the
// same data two ways: in chunks and in one pass, from a folder and from an archive.

#include "package/Csv.h"

#include <QString>

#include <cmath>
#include <vector>

namespace cs::test {

inline bool sameNumbers(const std::vector<double> &a, const std::vector<double> &b)
{
    if (a.size() != b.size())
        return false;
    for (std::size_t i = 0; i < a.size(); ++i) {
        if (std::isnan(a[i]) != std::isnan(b[i]))
            return false;
        if (!std::isnan(a[i]) && a[i] != b[i])
            return false;
    }
    return true;
}

// Empty when the tables hold the same data; otherwise what differs first.
inline QString tableDifference(const package::CsvTable &a, const package::CsvTable &b)
{
    if (a.fileName != b.fileName)
        return QStringLiteral("file name %1 vs %2").arg(a.fileName, b.fileName);
    if (a.rowCount != b.rowCount)
        return QStringLiteral("row count %1 vs %2").arg(a.rowCount).arg(b.rowCount);
    if (a.header != b.header)
        return QStringLiteral("header");
    if (a.columns.size() != b.columns.size())
        return QStringLiteral("column count %1 vs %2").arg(a.columns.size()).arg(b.columns.size());
    for (std::size_t r = 0; r < a.rowCount; ++r) {
        if (a.lineOfRow(r) != b.lineOfRow(r))
            return QStringLiteral("line of row %1").arg(r);
    }
    for (std::size_t c = 0; c < a.columns.size(); ++c) {
        const package::CsvColumn &x = a.columns[c];
        const package::CsvColumn &y = b.columns[c];
        const QString name = QString::fromStdString(x.name);
        if (x.name != y.name || x.spec.rule != y.spec.rule || x.spec.allowMissing != y.spec.allowMissing
            || x.spec.range != y.spec.range)
            return QStringLiteral("column %1: name or rule").arg(c);
        if (!sameNumbers(x.numeric.values, y.numeric.values) || x.numeric.missing != y.numeric.missing)
            return name + QStringLiteral(": numbers");
        if (x.categorical.codes != y.categorical.codes || x.categorical.levels != y.categorical.levels
            || x.categorical.missing != y.categorical.missing)
            return name + QStringLiteral(": codes or levels");
        if (x.text.chars != y.text.chars || x.text.ends != y.text.ends)
            return name + QStringLiteral(": text");
    }
    return {};
}

} // namespace cs::test
