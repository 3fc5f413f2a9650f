#pragma once

// What the workbench remembers between sessions: inbox folders, the audit store, the identity
// key file, the policy file, the sync target and the language. A value type read from and
// written to a QSettings the caller passes in (tests pass a temporary ini file). Passwords are
// never part of it: a PostgreSQL URL is saved without one, and only the name of the environment
// variable that holds it is kept.

#include "sync/SyncTarget.h"

#include <QString>
#include <QStringList>

class QSettings;

namespace cs::ui {

struct WorkbenchSettings
{
    QStringList inboxes;
    QString storeFile;
    QString identityKeyFile;
    QString policyFile; // empty: the built-in default policy
    SyncTarget sync;
    QString language = QStringLiteral("system"); // "system", "en", "de" or "fr"

    static WorkbenchSettings load(const QSettings &settings);
    void save(QSettings &settings) const;

    friend bool operator==(const WorkbenchSettings &, const WorkbenchSettings &) = default;
};

// The language codes the workbench ships, "system" first.
QStringList supportedLanguages();

// Every problem with `settings`, one clear sentence each naming the setting and the file;
// empty when they can be used. Reads the policy and key files (not the store).
QStringList validateSettings(const WorkbenchSettings &settings);

} // namespace cs::ui
