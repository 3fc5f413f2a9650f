#pragma once

// Sync through a shared folder, the embedded default (audit contract, "Sync"). No SQLite
// database is ever opened on the share: each workbench writes only bundle files (temporary
// name, flushed, renamed) and reads everyone else's.

#include "audit/SyncRound.h"

#include <QString>

namespace cs::audit {

struct FolderSyncOptions
{
    std::uint64_t maxBundleBytes = 256ULL << 20;
};

Result<SyncReport> syncWithFolder(AuditStore &store, const QString &folder, std::int64_t nowMs,
                                  const FolderSyncOptions &options = {});

} // namespace cs::audit
