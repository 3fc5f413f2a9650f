#pragma once

// The local audit store: one SQLite file (through QtSql) holding every signed entry exactly as
// created, append-only. Writers take the lock up front (BEGIN IMMEDIATE) with WAL and
// synchronous=FULL, so a committed entry survives a crash; read-only opening writes nothing.

#include "audit/Entry.h"

#include <QString>

#include <functional>
#include <map>
#include <memory>
#include <optional>

class QTemporaryDir;

namespace cs::audit {

inline constexpr int kSchemaVersion = 3;

// One row as stored, before any check: what an auditor verifies.
struct StoredRow
{
    std::int64_t row = 0; // arrival order
    std::string id;
    std::string signedBytes;
    std::string signature;
    std::string author;
    std::int64_t seq = 0;
    std::string type;
};

// A row as SQLite holds it while it is visited: the views end with the visit.
struct StoredRowView
{
    std::int64_t row = 0;
    std::string_view id;
    std::string_view signedBytes;
    std::string_view signature;
    std::string_view author;
    std::int64_t seq = 0;
    std::string_view type;
};

struct SyncRefusal
{
    std::int64_t tsMs = 0;
    std::string target; // "folder:<path>" or "postgres:<host/db>"
    std::string source; // the bundle file or server row
    std::string entryId;
    std::string reason;
};

struct InsertOutcome
{
    enum Kind { Stored, AlreadyHeld, MissingPredecessor, Refused } kind = Stored;
    std::string reason;
};

// While alive, the store's write-ahead log is copied into the database file by a thread and a
// connection of its own, woken after each commit, instead of inside the writer's commits (SQLite's
// default): a long sync round stores its next entries meanwhile. The writer checkpoints as usual
// again once it is gone.
class BackgroundCheckpoint final
{
public:
    ~BackgroundCheckpoint(); // waits for a checkpoint asked for and not yet done
    BackgroundCheckpoint(const BackgroundCheckpoint &) = delete;
    BackgroundCheckpoint &operator=(const BackgroundCheckpoint &) = delete;

    // Call after each commit.
    void committed();

private:
    friend class AuditStore;
    struct State;
    explicit BackgroundCheckpoint(std::unique_ptr<State> state);
    std::unique_ptr<State> m_state;
};

class AuditStore final
{
public:
    enum class Access { ReadWrite, ReadOnly };

    // Creates a new store file with a random store id (or the given one, to join a deployment).
    static Result<std::unique_ptr<AuditStore>> create(const QString &path, const PublicKey &anchor,
                                                      const std::optional<std::string> &storeId = std::nullopt);
    // ReadOnly opens the file so that nothing at all is written next to it, not even a -shm file;
    // a store left with a -wal file is read from a private copy.
    static Result<std::unique_ptr<AuditStore>> open(const QString &path, Access access = Access::ReadWrite);

    ~AuditStore();
    AuditStore(const AuditStore &) = delete;
    AuditStore &operator=(const AuditStore &) = delete;

    const QString &path() const { return m_path; }
    const std::string &storeId() const { return m_storeId; }
    const std::string &anchor() const { return m_anchor; }
    bool readOnly() const { return m_access == Access::ReadOnly; }

    Result<std::vector<StoredRow>> rows() const;
    // At most `limit` rows after `afterRow`, in row order: a long store read in chunks.
    Result<std::vector<StoredRow>> rowsAfter(std::int64_t afterRow, std::size_t limit) const;
    // The same rows, each shown to `visit` in place rather than copied; returns how many there were.
    Result<std::size_t> visitRowsAfter(std::int64_t afterRow, std::size_t limit,
                                       const std::function<void(const StoredRowView &)> &visit) const;
    Result<std::int64_t> count() const;
    // The newest entry (highest seq) of every feed.
    Result<std::vector<SeenRef>> feedHeads() const;
    Result<std::optional<StoredRow>> entry(const std::string &id) const;

    // Appends to the author's own feed: seq, prev, seen and roster_ref are taken from the store
    // inside one immediate transaction.
    Result<SignedEntry> append(const SecretSeed &author, const std::string &type, const nlohmann::json &content,
                               std::int64_t nowMs);
    Result<std::vector<SignedEntry>> appendBatch(const SecretSeed &author, const std::string &type,
                                                 const std::vector<nlohmann::json> &contents, std::int64_t nowMs);

    // Stores an entry that was verified elsewhere. Returns false when it was already there.
    // Refused when its feed's predecessor is not stored yet or it belongs to another store.
    Result<bool> insert(const SignedEntry &entry);
    // Many verified entries in one transaction, in the order given (predecessors first).
    Result<std::vector<InsertOutcome>> insertMany(const std::vector<const SignedEntry *> &entries);

    Result<std::int64_t> headSeq(const std::string &author) const;
    Result<std::vector<StoredRow>> feedRange(const std::string &author, std::int64_t fromSeq, std::int64_t toSeq) const;
    // The same range as (seq, id) pairs only: what to send can be decided without reading bytes.
    Result<std::vector<std::pair<std::int64_t, std::string>>> feedIds(const std::string &author, std::int64_t fromSeq,
                                                                      std::int64_t toSeq) const;
    Result<std::vector<std::string>> ids() const;
    // Every entry that shares its author and seq with another (both sides of each fork).
    Result<std::vector<StoredRow>> forkedEntries() const;

    // What sync remembers per target between rounds, and its log of refusals.
    Result<std::optional<std::string>> syncValue(const std::string &target, const std::string &key) const;
    Result<bool> setSyncValue(const std::string &target, const std::string &key, const std::string &value);
    Result<bool> logSyncRefusal(const std::string &target, const std::string &source, const std::string &entryId,
                                const std::string &reason, std::int64_t nowMs);
    Result<std::vector<SyncRefusal>> syncLog(std::size_t newest = 100) const;

    // Null when it cannot be had (a read-only store, or the second connection does not open):
    // the writer then checkpoints inside its commits as usual.
    std::unique_ptr<BackgroundCheckpoint> checkpointInBackground();

private:
    AuditStore() = default;
    Result<bool> initialise(bool creating, const PublicKey *anchor, const std::optional<std::string> &storeId);
    Result<SignedEntry> appendLocked(const SecretSeed &author, const std::string &type, const nlohmann::json &content,
                                     std::int64_t nowMs);
    // What one write transaction has stored so far. A batch sorted by feed and seq finds each
    // entry's predecessor here instead of asking SQLite, and moves each feed head once at the end.
    struct InsertBatch
    {
        std::map<std::string, std::pair<std::int64_t, std::string>> lastStored; // author -> (seq, id)
        std::map<std::string, std::pair<std::int64_t, std::string>> heads;      // author -> (seq, id)
    };
    InsertOutcome insertLocked(const SignedEntry &entry, InsertBatch *batch = nullptr);
    Result<bool> moveHead(const std::string &author, std::int64_t seq, const std::string &id);

    // The statements every stored entry runs, prepared once: a sync of many entries spends most
    // of its insert time preparing otherwise.
    struct InsertStatements;
    InsertStatements &insertStatements();

    QString m_path;
    QString m_connection;
    std::unique_ptr<InsertStatements> m_insert;
    Access m_access = Access::ReadWrite;
    std::string m_storeId;
    std::string m_anchor;
    std::unique_ptr<QTemporaryDir> m_privateCopy;
};

} // namespace cs::audit
