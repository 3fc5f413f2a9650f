#pragma once

// Small conversions between the core's std::string/optional values and what widgets show.
// Numbers keep enough digits to be checked against `countersign-cli review --json`.

#include <QLocale>
#include <QString>
#include <QStringList>

#include <optional>
#include <string>
#include <vector>

namespace cs::ui {

inline QString qs(const std::string &text)
{
    return QString::fromStdString(text);
}

inline QString qs(const std::optional<std::string> &text)
{
    return text ? QString::fromStdString(*text) : QString();
}

inline QStringList qsList(const std::vector<std::string> &items)
{
    QStringList out;
    out.reserve(static_cast<qsizetype>(items.size()));
    for (const auto &item : items)
        out.append(QString::fromStdString(item));
    return out;
}

// A number for tables: fixed decimals, an en dash when the core says "undefined".
inline QString number(const std::optional<double> &value, int decimals = 4)
{
    return value ? QString::number(*value, 'f', decimals) : QStringLiteral("\u2013");
}

inline QString percent(const std::optional<double> &fraction, int decimals = 1)
{
    return fraction ? QString::number(*fraction * 100.0, 'f', decimals) + QLatin1Char('%') : QStringLiteral("\u2013");
}

inline QString signedNumber(const std::optional<double> &value, int decimals = 4)
{
    if (!value)
        return QStringLiteral("\u2013");
    return (*value >= 0 ? QStringLiteral("+") : QString()) + QString::number(*value, 'f', decimals);
}

// The exact value, for tooltips: all significant digits of the double.
inline QString exact(double value)
{
    return QString::number(value, 'g', 17);
}

// "ml_governance_analyst" -> "ML governance analyst": roles and ids as people say them.
QString roleTitle(const std::string &role);
QString kindTitle(const std::string &kind);

} // namespace cs::ui
