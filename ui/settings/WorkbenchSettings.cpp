#include "settings/WorkbenchSettings.h"

#include "audit/KeyFile.h"
#include "audit/PostgresSync.h"
#include "policy/Policy.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QSettings>

#include <algorithm>

namespace cs::ui {

namespace {

// "inboxes" is the key the main window has always read its inbox list from.
const QString kInboxes = QStringLiteral("inboxes");
const QString kStore = QStringLiteral("store/file");
const QString kIdentity = QStringLiteral("identity/keyFile");
const QString kPolicy = QStringLiteral("policy/file");
const QString kSyncKind = QStringLiteral("sync/kind");
const QString kSyncFolder = QStringLiteral("sync/folder");
const QString kSyncUrl = QStringLiteral("sync/postgresUrl");
const QString kSyncPasswordEnv = QStringLiteral("sync/passwordEnv");
const QString kSyncInterval = QStringLiteral("sync/intervalMinutes");
const QString kLanguage = QStringLiteral("ui/language");

QString kindName(SyncTarget::Kind kind)
{
    switch (kind) {
    case SyncTarget::Kind::Folder: return QStringLiteral("folder");
    case SyncTarget::Kind::Postgres: return QStringLiteral("postgres");
    case SyncTarget::Kind::None: break;
    }
    return QStringLiteral("none");
}

SyncTarget::Kind kindOf(const QString &name)
{
    if (name == QLatin1String("folder"))
        return SyncTarget::Kind::Folder;
    if (name == QLatin1String("postgres"))
        return SyncTarget::Kind::Postgres;
    return SyncTarget::Kind::None;
}

} // namespace

QStringList supportedLanguages()
{
    return {QStringLiteral("system"), QStringLiteral("en"), QStringLiteral("de"), QStringLiteral("fr")};
}

WorkbenchSettings WorkbenchSettings::load(const QSettings &settings)
{
    WorkbenchSettings s;
    s.inboxes = settings.value(kInboxes).toStringList();
    s.storeFile = settings.value(kStore).toString();
    s.identityKeyFile = settings.value(kIdentity).toString();
    s.policyFile = settings.value(kPolicy).toString();
    s.sync.kind = kindOf(settings.value(kSyncKind).toString());
    s.sync.folder = settings.value(kSyncFolder).toString();
    // Stripped on the way in too: an ini edited by hand must not put a password into memory
    // that the next save would write back.
    s.sync.postgresUrl = withoutPassword(settings.value(kSyncUrl).toString());
    s.sync.passwordEnv = settings.value(kSyncPasswordEnv).toString();
    s.sync.intervalMinutes = std::clamp(settings.value(kSyncInterval, 0).toInt(), 0, kMaxSyncIntervalMinutes);
    const QString language = settings.value(kLanguage, QStringLiteral("system")).toString();
    s.language = supportedLanguages().contains(language) ? language : QStringLiteral("system");
    return s;
}

void WorkbenchSettings::save(QSettings &settings) const
{
    settings.setValue(kInboxes, inboxes);
    settings.setValue(kStore, storeFile);
    settings.setValue(kIdentity, identityKeyFile);
    settings.setValue(kPolicy, policyFile);
    settings.setValue(kSyncKind, kindName(sync.kind));
    settings.setValue(kSyncFolder, sync.folder);
    settings.setValue(kSyncUrl, withoutPassword(sync.postgresUrl));
    settings.setValue(kSyncPasswordEnv, sync.passwordEnv);
    settings.setValue(kSyncInterval, sync.intervalMinutes);
    settings.setValue(kLanguage, language);
}

QStringList validateSettings(const WorkbenchSettings &s)
{
    QStringList problems;
    for (const QString &inbox : s.inboxes) {
        if (!QFileInfo(inbox).isDir())
            problems.append(
                QCoreApplication::translate("cs::ui::WorkbenchSettings", "Inbox folder %1 does not exist.").arg(inbox));
    }
    if (!s.storeFile.isEmpty() && !QFileInfo(s.storeFile).isFile())
        problems.append(
            QCoreApplication::translate("cs::ui::WorkbenchSettings",
                                        "Audit store %1 does not exist (create one with countersign-cli init).")
                .arg(s.storeFile));
    if (!s.identityKeyFile.isEmpty()) {
        if (auto info = audit::readKeyFileInfo(s.identityKeyFile); !info)
            problems.append(
                QCoreApplication::translate("cs::ui::WorkbenchSettings", "Identity key file %1 cannot be used: %2")
                    .arg(s.identityKeyFile, info.errorMessage()));
    }
    if (!s.policyFile.isEmpty()) {
        if (auto policy = policy::loadPolicyFile(s.policyFile); !policy)
            problems.append(QCoreApplication::translate("cs::ui::WorkbenchSettings", "Policy file %1 does not load: %2")
                                .arg(s.policyFile, policy.errorMessage()));
    }
    switch (s.sync.kind) {
    case SyncTarget::Kind::Folder:
        if (s.sync.folder.isEmpty())
            problems.append(
                QCoreApplication::translate("cs::ui::WorkbenchSettings", "Sync: choose the shared folder."));
        else if (!QFileInfo(s.sync.folder).isDir())
            problems.append(QCoreApplication::translate("cs::ui::WorkbenchSettings", "Sync folder %1 does not exist.")
                                .arg(s.sync.folder));
        break;
    case SyncTarget::Kind::Postgres:
        if (urlHasPassword(s.sync.postgresUrl)) {
            problems.append(QCoreApplication::translate(
                "cs::ui::WorkbenchSettings",
                "Sync: the server URL must not contain a password, since settings are saved in clear. Name an "
                "environment variable that holds it, or leave that empty to be asked."));
        } else if (auto at = audit::parsePostgresUrl(s.sync.postgresUrl); !at) {
            problems.append(
                QCoreApplication::translate("cs::ui::WorkbenchSettings", "Sync server URL: %1").arg(at.errorMessage()));
        }
        if (!s.sync.passwordEnv.isEmpty() && !isEnvironmentVariableName(s.sync.passwordEnv))
            problems.append(
                QCoreApplication::translate("cs::ui::WorkbenchSettings",
                                            "Sync: %1 is not an environment variable name (letters, digits and _).")
                    .arg(s.sync.passwordEnv));
        break;
    case SyncTarget::Kind::None: break;
    }
    if (s.sync.intervalMinutes < 0 || s.sync.intervalMinutes > kMaxSyncIntervalMinutes)
        problems.append(QCoreApplication::translate("cs::ui::WorkbenchSettings",
                                                    "Sync interval must be between 0 (off) and %1 minutes.")
                            .arg(kMaxSyncIntervalMinutes));
    if (!supportedLanguages().contains(s.language))
        problems.append(
            QCoreApplication::translate("cs::ui::WorkbenchSettings", "Unknown language %1.").arg(s.language));
    return problems;
}

} // namespace cs::ui
