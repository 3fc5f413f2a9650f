#include "sync/SyncJob.h"

#include "audit/FolderSync.h"
#include "audit/PostgresSync.h"
#include "util/Clock.h"

#include <QCoreApplication>
#include <QFileInfo>

namespace cs::ui {

namespace {

Result<audit::SyncReport> runRound(audit::AuditStore &store, const SyncTarget &target, const QString &password)
{
    if (target.kind == SyncTarget::Kind::Folder) {
        // The core creates a missing folder, which suits `init` of a new share but not an
        // unmounted one: the round would publish into a local folder nobody else reads.
        const QFileInfo folder(target.folder);
        if (!folder.isDir())
            return makeError(QCoreApplication::translate("cs::ui::SyncJob",
                                                         "The sync folder %1 does not exist (is the share mounted?).")
                                 .arg(target.folder));
        return audit::syncWithFolder(store, target.folder, nowMs());
    }
    auto at = audit::parsePostgresUrl(target.postgresUrl);
    if (!at)
        return at.error();
    if (at->password.isEmpty())
        at->password = password;
    return audit::syncWithPostgres(store, *at, nowMs());
}

} // namespace

SyncJobResult runSyncJob(const QString &storePath, const SyncTarget &target, const QString &password)
{
    SyncJobResult out;
    out.target = target.display();
    auto finish = [&out](QString error) {
        out.error = std::move(error);
        out.finishedAt = QDateTime::currentDateTime();
        return out;
    };
    if (!target.isSet())
        return finish(QCoreApplication::translate("cs::ui::SyncJob", "No sync target is configured."));
    if (storePath.isEmpty())
        return finish(QCoreApplication::translate("cs::ui::SyncJob", "No audit store is open."));
    auto store = audit::AuditStore::open(storePath, audit::AuditStore::Access::ReadWrite);
    if (!store)
        return finish(store.errorMessage());
    auto round = runRound(**store, target, password);
    if (!round)
        return finish(round.errorMessage());
    out.ok = true;
    out.report = std::move(round).value();
    // The round has stored its refusals already; a log that cannot be read only leaves the
    // refusals table as it was.
    if (auto log = (*store)->syncLog(kSyncLogRows))
        out.log = std::move(log).value();
    out.finishedAt = QDateTime::currentDateTime();
    return out;
}

Result<std::vector<audit::SyncRefusal>> readSyncLog(const QString &storePath)
{
    auto store = audit::AuditStore::open(storePath, audit::AuditStore::Access::ReadOnly);
    if (!store)
        return store.error();
    return (*store)->syncLog(kSyncLogRows);
}

} // namespace cs::ui
