#pragma once

// Sync through a PostgreSQL team server (audit contract, "Sync"). The server only stores: the
// application role may INSERT and SELECT, nothing else, and every row pulled is verified like
// any other entry, so a server that alters, drops or withholds entries is detected, never believed.

#include "audit/SyncRound.h"

#include <QString>

namespace cs::audit {

struct PostgresLocation
{
    QString host = QStringLiteral("localhost");
    int port = 5432;
    QString database;
    QString user;
    QString password; // from the URL or PGPASSWORD; never written anywhere
    QString display() const;
};

// postgresql://user[:password]@host[:port]/database
Result<PostgresLocation> parsePostgresUrl(const QString &url);

Result<SyncReport> syncWithPostgres(AuditStore &store, const PostgresLocation &server, std::int64_t nowMs);

// Creates the table and a login role limited to INSERT and SELECT on it (run as an owner).
Result<bool> initPostgresServer(const PostgresLocation &owner, const QString &appRole, const QString &appPassword);

} // namespace cs::audit
