#pragma once

// Where a workbench syncs its audit store: a shared folder or a PostgreSQL team server, and how
// often. A value type shared by the sync view and the settings; it never holds a password, only
// the name of the environment variable that does (empty: the view asks and keeps it in memory).

#include <QString>

namespace cs::ui {

struct SyncTarget
{
    enum class Kind { None, Folder, Postgres };

    Kind kind = Kind::None;
    QString folder;
    QString postgresUrl;     // postgresql://user@host:port/database
    QString passwordEnv;     // the environment variable holding the server's password; empty: ask
    int intervalMinutes = 0; // 0: no timer, only "Sync now"

    bool isSet() const;
    // What the rounds table shows: the folder, or the URL without any password.
    QString display() const;

    friend bool operator==(const SyncTarget &, const SyncTarget &) = default;
};

inline constexpr int kMaxSyncIntervalMinutes = 24 * 60;

// A URL with its password removed: settings are stored in clear, so a password typed into the
// URL must never reach them.
QString withoutPassword(const QString &url);
bool urlHasPassword(const QString &url);
// Environment variable names as a POSIX shell accepts them.
bool isEnvironmentVariableName(const QString &name);

} // namespace cs::ui
