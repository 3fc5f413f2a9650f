#pragma once

// The window's view of one audit store: a verified snapshot (roster, valid entries and the
// derived state of every request), re-read off the UI thread after every change, and the
// writes the workbench makes (receipts and decisions), also off the UI thread because SQLite
// syncs to disk and verification checks every signature.

#include "audit/KeyFile.h"
#include "audit/RequestState.h"
#include "audit/Verification.h"
#include "decision/DecisionRules.h"

#include <QObject>
#include <QString>

#include <map>
#include <memory>

namespace cs::review {
struct Review;
}

namespace cs::ui {

struct StoreSnapshot
{
    QString path;
    QString error; // the store could not be opened or verified
    audit::VerificationReport report;
    std::map<std::string, audit::RequestStatus> statuses; // by request id

    const audit::RequestStatus *status(const std::string &requestId) const;
    const audit::Roster *roster() const;
};

struct WriteOutcome
{
    bool ok = false;
    QString message;
    std::shared_ptr<const StoreSnapshot> snapshot; // the store after the write
};

class AuditSession final : public QObject
{
    Q_OBJECT
public:
    explicit AuditSession(QObject *parent = nullptr);

    void setStorePath(const QString &path);
    const QString &storePath() const { return m_path; }
    bool hasStore() const { return !m_path.isEmpty(); }
    std::shared_ptr<const StoreSnapshot> snapshot() const { return m_snapshot; }

    void refresh();
    // Appends a decision as `identity`, after judging it again against the store as it is now.
    void sign(std::shared_ptr<const audit::Identity> identity, const std::string &requestId, DecisionDraft draft);
    void grantException(std::shared_ptr<const audit::Identity> identity, const std::string &requestId, ExceptionDraft draft);
    // Records that the store received a reviewed package (what `countersign-cli receive` does).
    void receive(std::shared_ptr<const audit::Identity> identity, std::shared_ptr<const review::Review> review);
    bool isWriting() const { return m_writing; }

    // Blocking helpers for worker threads.
    static std::shared_ptr<StoreSnapshot> readSnapshot(const QString &path);
    static WriteOutcome signNow(const QString &path, const audit::Identity &identity, const std::string &requestId,
                                const DecisionDraft &draft);
    static WriteOutcome exceptionNow(const QString &path, const audit::Identity &identity, const std::string &requestId,
                                     const ExceptionDraft &draft);
    static WriteOutcome receiveNow(const QString &path, const audit::Identity &identity, const review::Review &review);
    static nlohmann::json receiptContent(const review::Review &review);

signals:
    void snapshotChanged();
    void writeFinished(bool ok, const QString &message);

private:
    void adopt(std::shared_ptr<const StoreSnapshot> snapshot);
    void runWrite(std::function<WriteOutcome()> work);

    QString m_path;
    std::shared_ptr<const StoreSnapshot> m_snapshot;
    int m_refreshGeneration = 0;
    bool m_writing = false;
};

} // namespace cs::ui
