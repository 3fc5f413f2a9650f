#include "review/Evidence.h"

#include <QStringList>

namespace cs::ui {

namespace {

QString scalar(const Json &value)
{
    if (value.is_string())
        return QString::fromStdString(value.get<std::string>());
    if (value.is_number_float())
        return QString::number(value.get<double>(), 'g', 6);
    if (value.is_null())
        return QStringLiteral("null");
    return QString::fromStdString(value.dump());
}

QString render(const Json &value)
{
    if (value.is_object()) {
        QStringList parts;
        for (auto it = value.begin(); it != value.end(); ++it)
            parts.append(QString::fromStdString(it.key()) + QStringLiteral(": ") + render(it.value()));
        return parts.join(QStringLiteral(", "));
    }
    if (value.is_array()) {
        QStringList parts;
        for (const auto &item : value)
            parts.append(item.is_object() ? QStringLiteral("{") + render(item) + QStringLiteral("}") : render(item));
        return QStringLiteral("[") + parts.join(QStringLiteral(", ")) + QStringLiteral("]");
    }
    return scalar(value);
}

} // namespace

QString evidenceText(const Json &evidence, int maxChars)
{
    if (evidence.is_null() || (evidence.is_object() && evidence.empty()))
        return {};
    QString text = render(evidence);
    if (text.size() > maxChars)
        text = text.left(maxChars - 1) + QChar(0x2026);
    return text;
}

} // namespace cs::ui
