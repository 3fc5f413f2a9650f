#include "sync/SyncTarget.h"

#include <QRegularExpression>
#include <QUrl>

namespace cs::ui {

bool SyncTarget::isSet() const
{
    switch (kind) {
    case Kind::Folder: return !folder.trimmed().isEmpty();
    case Kind::Postgres: return !postgresUrl.trimmed().isEmpty();
    case Kind::None: break;
    }
    return false;
}

QString SyncTarget::display() const
{
    switch (kind) {
    case Kind::Folder: return folder;
    case Kind::Postgres: return withoutPassword(postgresUrl);
    case Kind::None: break;
    }
    return {};
}

QString withoutPassword(const QString &url)
{
    if (!urlHasPassword(url))
        return url;
    return QUrl(url, QUrl::TolerantMode).toString(QUrl::RemovePassword);
}

bool urlHasPassword(const QString &url)
{
    const QUrl parsed(url, QUrl::TolerantMode);
    return parsed.isValid() && !parsed.password().isEmpty();
}

bool isEnvironmentVariableName(const QString &name)
{
    static const QRegularExpression valid(QStringLiteral("^[A-Za-z_][A-Za-z0-9_]*$"));
    return valid.match(name).hasMatch();
}

} // namespace cs::ui
