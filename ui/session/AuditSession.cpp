#include "session/AuditSession.h"

#include "review/Review.h"
#include "session/WorkerPool.h"
#include "util/Clock.h"

#include <QCoreApplication>
#include <QFutureWatcher>
#include <QtConcurrent>

namespace cs::ui {

const audit::RequestStatus *StoreSnapshot::status(const std::string &requestId) const
{
    const auto it = statuses.find(requestId);
    return it != statuses.end() && it->second.package ? &it->second : nullptr;
}

const audit::Roster *StoreSnapshot::roster() const
{
    return error.isEmpty() && report.m_roster ? &report.roster() : nullptr;
}

AuditSession::AuditSession(QObject *parent) : QObject(parent) {}

void AuditSession::setStorePath(const QString &path)
{
    m_path = path;
    m_snapshot.reset();
    refresh();
}

std::shared_ptr<StoreSnapshot> AuditSession::readSnapshot(const QString &path)
{
    auto snapshot = std::make_shared<StoreSnapshot>();
    snapshot->path = path;
    auto store = audit::AuditStore::open(path, audit::AuditStore::Access::ReadOnly);
    if (!store) {
        snapshot->error = store.errorMessage();
        return snapshot;
    }
    auto report = audit::verifyStore(**store, nowMs());
    if (!report) {
        snapshot->error = report.errorMessage();
        return snapshot;
    }
    // The statuses point into the report's entries, so the report moves in first.
    snapshot->report = std::move(report).value();
    const auto valid = snapshot->report.validEntries();
    for (const auto &id : audit::requestIds(valid))
        snapshot->statuses.emplace(id, audit::deriveRequestState(id, valid, snapshot->report.roster()));
    return snapshot;
}

void AuditSession::refresh()
{
    if (m_path.isEmpty()) {
        adopt(nullptr);
        return;
    }
    const int generation = ++m_refreshGeneration;
    auto *watcher = new QFutureWatcher<std::shared_ptr<StoreSnapshot>>(this);
    connect(watcher, &QFutureWatcher<std::shared_ptr<StoreSnapshot>>::finished, this, [this, watcher, generation] {
        auto snapshot = watcher->result();
        watcher->deleteLater();
        // Only the newest read wins; an older one finishing late would show a stale state.
        if (generation == m_refreshGeneration)
            adopt(std::move(snapshot));
    });
    watcher->setFuture(QtConcurrent::run(workerPool(), &AuditSession::readSnapshot, m_path));
}

void AuditSession::adopt(std::shared_ptr<const StoreSnapshot> snapshot)
{
    m_snapshot = std::move(snapshot);
    emit snapshotChanged();
}

nlohmann::json AuditSession::receiptContent(const review::Review &r)
{
    return {{"request_id", r.manifest.id},
            {"package_digest", r.digest},
            {"name", r.manifest.name},
            {"version", r.manifest.version},
            {"kind", package::toString(r.manifest.kind)},
            {"submitted_by", r.manifest.submittedBy},
            {"track", policy::toString(r.track)},
            {"required_signoffs", r.requiredSignoffs},
            {"policy_digest", r.policyDigest},
            {"fail_checks", r.failChecks()}};
}

namespace {

// The shape every write shares: open the store for writing, verify it, let `write` check the
// rules and append (returning the message to show, or why it refused), then read the new state.
template<typename Write>
WriteOutcome writeVerified(const QString &path, Write write)
{
    WriteOutcome outcome;
    {
        auto store = audit::AuditStore::open(path, audit::AuditStore::Access::ReadWrite);
        if (!store) {
            outcome.message = store.errorMessage();
            return outcome;
        }
        auto report = audit::verifyStore(**store, nowMs());
        if (!report) {
            outcome.message = report.errorMessage();
            return outcome;
        }
        Result<QString> written = write(**store, *report);
        if (!written) {
            outcome.message = written.errorMessage();
            return outcome;
        }
        outcome.ok = true;
        outcome.message = *written;
    }
    outcome.snapshot = AuditSession::readSnapshot(path);
    return outcome;
}

} // namespace

WriteOutcome AuditSession::signNow(const QString &path, const audit::Identity &identity, const std::string &requestId,
                                   const DecisionDraft &draft)
{
    return writeVerified(path, [&](audit::AuditStore &store, const audit::VerificationReport &report) -> Result<QString> {
        const auto status = audit::deriveRequestState(requestId, report.validEntries(), report.roster());
        const std::string key = identity.publicKey().hex().toStdString();
        const auto verdict = judgeDecision(status.package ? &status : nullptr, &report.roster(), key, draft);
        if (!verdict.allowed)
            return makeError(verdict.reason);
        auto entry = store.append(identity.seed, audit::entry_type::Decision, decisionContent(status, draft), nowMs());
        if (!entry)
            return entry.error();
        return QStringLiteral("%1 %2").arg(QString::fromStdString(draft.decision), QString::fromStdString(entry->id));
    });
}

WriteOutcome AuditSession::exceptionNow(const QString &path, const audit::Identity &identity, const std::string &requestId,
                                        const ExceptionDraft &draft)
{
    return writeVerified(path, [&](audit::AuditStore &store, const audit::VerificationReport &report) -> Result<QString> {
        const auto status = audit::deriveRequestState(requestId, report.validEntries(), report.roster());
        const std::string key = identity.publicKey().hex().toStdString();
        const auto verdict = judgeException(status.package ? &status : nullptr, &report.roster(), key, draft, nowMs());
        if (!verdict.allowed)
            return makeError(verdict.reason);
        auto entry = store.append(identity.seed, audit::entry_type::Exception, exceptionContent(status, draft), nowMs());
        if (!entry)
            return entry.error();
        return QString::fromStdString(entry->id);
    });
}

WriteOutcome AuditSession::receiveNow(const QString &path, const audit::Identity &identity, const review::Review &review)
{
    return writeVerified(path, [&](audit::AuditStore &store, const audit::VerificationReport &report) -> Result<QString> {
        // As `countersign-cli receive`: only the administrator or someone on the roster records receipts.
        const std::string key = identity.publicKey().hex().toStdString();
        if (key != store.anchor() && !report.roster().member(key))
            return makeError(QCoreApplication::translate("cs::ui::AuditSession", "your key is not on this store's roster"));
        auto entry = store.append(identity.seed, audit::entry_type::PackageReceived, receiptContent(review), nowMs());
        if (!entry)
            return entry.error();
        return QString::fromStdString(entry->id);
    });
}

void AuditSession::runWrite(std::function<WriteOutcome()> work)
{
    m_writing = true;
    auto *watcher = new QFutureWatcher<WriteOutcome>(this);
    connect(watcher, &QFutureWatcher<WriteOutcome>::finished, this, [this, watcher] {
        WriteOutcome outcome = watcher->result();
        watcher->deleteLater();
        m_writing = false;
        if (outcome.snapshot) {
            ++m_refreshGeneration; // a refresh started before the write is older than this
            adopt(outcome.snapshot);
        }
        emit writeFinished(outcome.ok, outcome.message);
    });
    watcher->setFuture(QtConcurrent::run(workerPool(), std::move(work)));
}

void AuditSession::sign(std::shared_ptr<const audit::Identity> identity, const std::string &requestId, DecisionDraft draft)
{
    const QString path = m_path;
    runWrite([path, identity, requestId, draft] { return signNow(path, *identity, requestId, draft); });
}

void AuditSession::grantException(std::shared_ptr<const audit::Identity> identity, const std::string &requestId,
                                  ExceptionDraft draft)
{
    const QString path = m_path;
    runWrite([path, identity, requestId, draft] { return exceptionNow(path, *identity, requestId, draft); });
}

void AuditSession::receive(std::shared_ptr<const audit::Identity> identity, std::shared_ptr<const review::Review> review)
{
    const QString path = m_path;
    runWrite([path, identity, review] { return receiveNow(path, *identity, *review); });
}

} // namespace cs::ui
