#pragma once

// One sync round as the workbench runs it, blocking, for a worker thread: the store opened
// read-write and handed to the core's folder or server sync, exactly as `countersign-cli sync`
// does, then the store's sync log read back so the view shows every refusal on record.

#include "audit/AuditStore.h"
#include "audit/SyncRound.h"
#include "sync/SyncTarget.h"

#include <QDateTime>
#include <QString>

#include <vector>

namespace cs::ui {

struct SyncJobResult
{
    QDateTime finishedAt;
    QString target; // as shown: the folder or the server without password
    bool ok = false;
    QString error; // why the round could not run (ok == false)
    audit::SyncReport report;
    std::vector<audit::SyncRefusal> log; // the store's sync log after the round, newest first
};

inline constexpr std::size_t kSyncLogRows = 200;

// `password` is used for a PostgreSQL target whose URL carries none; it is never stored.
SyncJobResult runSyncJob(const QString &storePath, const SyncTarget &target, const QString &password);

// The store's sync log (newest first) without writing anything, for showing past refusals.
Result<std::vector<audit::SyncRefusal>> readSyncLog(const QString &storePath);

} // namespace cs::ui
