#include "common/Style.h"

#include "audit/RequestState.h"

#include <QCoreApplication>
#include <QPainter>
#include <QPixmap>

namespace cs::ui {

namespace {

QString t(const char *text)
{
    return QCoreApplication::translate("cs::ui::Style", text);
}

} // namespace

QColor trackColor(policy::Track track)
{
    switch (track) {
    case policy::Track::Green: return QColor(0x2e, 0x7d, 0x32);
    case policy::Track::Yellow: return QColor(0xf9, 0xa8, 0x25);
    case policy::Track::Red: return QColor(0xc6, 0x28, 0x28);
    }
    return {};
}

QColor trackTextColor(policy::Track track)
{
    return track == policy::Track::Yellow ? QColor(Qt::black) : QColor(Qt::white);
}

QString trackTitle(policy::Track track)
{
    switch (track) {
    case policy::Track::Green: return t(QT_TRANSLATE_NOOP("cs::ui::Style", "GREEN"));
    case policy::Track::Yellow: return t(QT_TRANSLATE_NOOP("cs::ui::Style", "YELLOW"));
    case policy::Track::Red: return t(QT_TRANSLATE_NOOP("cs::ui::Style", "RED"));
    }
    return {};
}

QIcon trackIcon(policy::Track track)
{
    QPixmap pixmap(16, 16);
    pixmap.fill(Qt::transparent);
    QPainter painter(&pixmap);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setPen(trackColor(track).darker(130));
    painter.setBrush(trackColor(track));
    painter.drawEllipse(QRectF(2, 2, 12, 12));
    return QIcon(pixmap);
}

QIcon severityIcon(policy::Severity severity)
{
    switch (severity) {
    case policy::Severity::Fail: return appIcon(QStringLiteral("severity-fail"));
    case policy::Severity::Warn: return appIcon(QStringLiteral("severity-warn"));
    case policy::Severity::Info: return appIcon(QStringLiteral("severity-info"));
    }
    return {};
}

QString severityTitle(policy::Severity severity)
{
    switch (severity) {
    case policy::Severity::Fail: return t(QT_TRANSLATE_NOOP("cs::ui::Style", "fail"));
    case policy::Severity::Warn: return t(QT_TRANSLATE_NOOP("cs::ui::Style", "warn"));
    case policy::Severity::Info: return t(QT_TRANSLATE_NOOP("cs::ui::Style", "info"));
    }
    return {};
}

QString stateTitle(const std::string &state)
{
    if (state == audit::request_state::Pending)
        return t(QT_TRANSLATE_NOOP("cs::ui::Style", "pending"));
    if (state == audit::request_state::Approved)
        return t(QT_TRANSLATE_NOOP("cs::ui::Style", "approved"));
    if (state == audit::request_state::Rejected)
        return t(QT_TRANSLATE_NOOP("cs::ui::Style", "rejected"));
    if (state == audit::request_state::ChangesRequested)
        return t(QT_TRANSLATE_NOOP("cs::ui::Style", "changes requested"));
    if (state == audit::request_state::Conflict)
        return t(QT_TRANSLATE_NOOP("cs::ui::Style", "conflict"));
    if (state.empty())
        return t(QT_TRANSLATE_NOOP("cs::ui::Style", "not received"));
    return QString::fromStdString(state);
}

QColor stateColor(const std::string &state)
{
    if (state == audit::request_state::Approved)
        return QColor(0x2e, 0x7d, 0x32);
    if (state == audit::request_state::Rejected || state == audit::request_state::Conflict)
        return QColor(0xc6, 0x28, 0x28);
    if (state == audit::request_state::ChangesRequested)
        return QColor(0xb2, 0x6a, 0x00);
    return {};
}

QIcon appIcon(const QString &name)
{
    return QIcon(QStringLiteral(":/countersign/icons/") + name + QStringLiteral(".svg"));
}

} // namespace cs::ui
