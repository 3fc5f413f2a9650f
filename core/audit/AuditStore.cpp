#include "AuditStore.h"

#include "audit/Hex.h"

#include <QAtomicInteger>
#include <QFile>
#include <QFileInfo>
#include <QSqlDatabase>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QUrl>
#include <QVariant>

#include <sodium.h>

#include <condition_variable>
#include <limits>
#include <mutex>
#include <sqlite3.h>
#include <system_error>
#include <thread>

namespace cs::audit {

namespace {

QAtomicInteger<quint64> g_connectionCounter;

std::string stringOf(const QVariant &v)
{
    const QByteArray b = v.toByteArray();
    return std::string(b.constData(), static_cast<std::size_t>(b.size()));
}

Error sqlError(const QString &what, const QSqlError &error)
{
    return makeError(what + QStringLiteral(": ") + error.text());
}

// The SQLite connection under a QSQLITE database (the driver hands it out for this), or null.
sqlite3 *sqliteHandle(const QSqlDatabase &db)
{
    const QVariant handle = db.driver()->handle();
    if (!handle.isValid() || qstrcmp(handle.typeName(), "sqlite3*") != 0)
        return nullptr;
    return *static_cast<sqlite3 *const *>(handle.constData());
}

// Valid until the statement steps on.
std::string_view columnView(sqlite3_stmt *statement, int column)
{
    const auto *data = static_cast<const char *>(sqlite3_column_blob(statement, column));
    return data ? std::string_view(data, static_cast<std::size_t>(sqlite3_column_bytes(statement, column)))
                : std::string_view();
}

// The steps that take a store from one schema version to the next; index i creates version i+1.
const std::vector<std::vector<const char *>> &upgradeSteps()
{
    static const std::vector<std::vector<const char *>> steps = {
        {
            "CREATE TABLE IF NOT EXISTS store_meta(key TEXT PRIMARY KEY, value TEXT NOT NULL)",
            "CREATE TABLE entries("
            " row INTEGER PRIMARY KEY,"
            " id TEXT NOT NULL UNIQUE,"
            " signed BLOB NOT NULL,"
            " signature BLOB NOT NULL,"
            " author TEXT NOT NULL,"
            " seq INTEGER NOT NULL,"
            " type TEXT NOT NULL)",
            "CREATE INDEX entries_author_seq ON entries(author, seq)",
            "CREATE TRIGGER entries_append_only_update BEFORE UPDATE ON entries"
            " BEGIN SELECT RAISE(ABORT, 'audit entries are append-only'); END",
            "CREATE TRIGGER entries_append_only_delete BEFORE DELETE ON entries"
            " BEGIN SELECT RAISE(ABORT, 'audit entries are append-only'); END",
        },
        {
            // Version 2: what sync remembers between rounds, and what it refused and why.
            "CREATE TABLE sync_state(target TEXT NOT NULL, key TEXT NOT NULL, value TEXT NOT NULL,"
            " PRIMARY KEY(target, key))",
            "CREATE TABLE sync_log(row INTEGER PRIMARY KEY, ts_ms INTEGER NOT NULL, target TEXT NOT NULL,"
            " source TEXT NOT NULL, entry_id TEXT, reason TEXT NOT NULL)",
        },
        {
            // Version 3: each feed's head kept as entries arrive, so an append does not scan the store.
            "CREATE TABLE feed_heads(author TEXT PRIMARY KEY, seq INTEGER NOT NULL, id TEXT NOT NULL)",
            "INSERT INTO feed_heads(author, seq, id) SELECT e.author, e.seq, e.id FROM entries e"
            " WHERE e.row = (SELECT MIN(x.row) FROM entries x WHERE x.author = e.author"
            " AND x.seq = (SELECT MAX(y.seq) FROM entries y WHERE y.author = e.author))",
        },
    };
    return steps;
}

// One prepared statement on the driver's SQLite connection, finalised with it. Values are bound
// without a copy: they must outlive the step.
class Statement
{
public:
    Statement(sqlite3 *db, const char *sql) : m_db(db)
    {
        if (db && sqlite3_prepare_v2(db, sql, -1, &m_statement, nullptr) != SQLITE_OK)
            m_statement = nullptr;
    }
    ~Statement() { sqlite3_finalize(m_statement); }
    Statement(const Statement &) = delete;
    Statement &operator=(const Statement &) = delete;

    bool ready() const { return m_statement != nullptr; }
    void text(int at, std::string_view value)
    {
        sqlite3_bind_text(m_statement, at, value.data(), static_cast<int>(value.size()), SQLITE_STATIC);
    }
    void blob(int at, std::string_view value)
    {
        sqlite3_bind_blob(m_statement, at, value.data(), static_cast<int>(value.size()), SQLITE_STATIC);
    }
    void integer(int at, std::int64_t value) { sqlite3_bind_int64(m_statement, at, value); }
    // SQLITE_ROW, SQLITE_DONE or an error code.
    int step() { return sqlite3_step(m_statement); }
    std::int64_t integerAt(int column) const { return sqlite3_column_int64(m_statement, column); }
    std::string_view textAt(int column) const { return columnView(m_statement, column); }
    // Ready for the next values; nothing bound is referred to afterwards.
    void reset()
    {
        sqlite3_reset(m_statement);
        sqlite3_clear_bindings(m_statement);
    }
    QString error() const { return QString::fromUtf8(sqlite3_errmsg(m_db)); }
    int changes() const { return sqlite3_changes(m_db); }

private:
    sqlite3 *m_db = nullptr;
    sqlite3_stmt *m_statement = nullptr;
};

} // namespace

// The statements every stored entry runs, prepared once, straight on SQLite: through QSqlQuery,
// each value went through a QVariant and each id and author through UTF-16.
struct AuditStore::InsertStatements
{
    explicit InsertStatements(sqlite3 *db)
        : exists(db, "SELECT 1 FROM entries WHERE id = ?"), prev(db, "SELECT seq, author FROM entries WHERE id = ?"),
          insert(db, "INSERT INTO entries(id, signed, signature, author, seq, type) VALUES (?, ?, ?, ?, ?, ?)"
                     " ON CONFLICT(id) DO NOTHING"),
          // The first entry stored at a feed's highest seq stays its head (a fork's second does not move it).
          head(db, "INSERT INTO feed_heads(author, seq, id) VALUES (?, ?, ?) ON CONFLICT(author) DO UPDATE"
                   " SET seq = excluded.seq, id = excluded.id WHERE excluded.seq > feed_heads.seq")
    {
    }
    bool ready() const { return exists.ready() && prev.ready() && insert.ready() && head.ready(); }
    Statement exists, prev, insert, head;
};

AuditStore::InsertStatements &AuditStore::insertStatements()
{
    if (!m_insert)
        m_insert = std::make_unique<InsertStatements>(sqliteHandle(QSqlDatabase::database(m_connection)));
    return *m_insert;
}

struct BackgroundCheckpoint::State
{
    sqlite3 *writer = nullptr; // the store's connection, whose automatic checkpoints are off meanwhile
    int writerPages = 0;       // its threshold for them before, restored after
    sqlite3 *own = nullptr;
    std::mutex mutex;
    std::condition_variable wake;
    bool asked = false;
    bool stopping = false;
    std::thread thread;

    State() = default;
    State(const State &) = delete;
    State &operator=(const State &) = delete;
    ~State() { sqlite3_close(own); } // a null connection is a no-op
};

BackgroundCheckpoint::BackgroundCheckpoint(std::unique_ptr<State> state) : m_state(std::move(state))
{
    State *s = m_state.get();
    s->thread = std::thread([s] {
        std::unique_lock lock(s->mutex);
        for (;;) {
            s->wake.wait(lock, [s] { return s->asked || s->stopping; });
            if (!s->asked)
                return;
            s->asked = false;
            lock.unlock();
            // PASSIVE: never waits for readers or the writer; what it cannot copy now, the next
            // one (or the writer, later) does.
            sqlite3_wal_checkpoint_v2(s->own, nullptr, SQLITE_CHECKPOINT_PASSIVE, nullptr, nullptr);
            lock.lock();
        }
    });
}

BackgroundCheckpoint::~BackgroundCheckpoint()
{
    {
        const std::lock_guard lock(m_state->mutex);
        m_state->stopping = true;
    }
    m_state->wake.notify_one();
    m_state->thread.join();
    sqlite3_wal_autocheckpoint(m_state->writer, m_state->writerPages);
}

void BackgroundCheckpoint::committed()
{
    {
        const std::lock_guard lock(m_state->mutex);
        m_state->asked = true;
    }
    m_state->wake.notify_one();
}

std::unique_ptr<BackgroundCheckpoint> AuditStore::checkpointInBackground()
{
    sqlite3 *writer = readOnly() ? nullptr : sqliteHandle(QSqlDatabase::database(m_connection));
    if (!writer)
        return nullptr;
    auto state = std::make_unique<BackgroundCheckpoint::State>();
    state->writer = writer;
    const QByteArray file = QFile::encodeName(QFileInfo(m_path).absoluteFilePath());
    if (sqlite3_open_v2(file.constData(), &state->own, SQLITE_OPEN_READWRITE, nullptr) != SQLITE_OK ||
        sqlite3_busy_timeout(state->own, 10000) != SQLITE_OK ||
        // A checkpoint then syncs the database file, as the writer's own would.
        sqlite3_exec(state->own, "PRAGMA synchronous=FULL", nullptr, nullptr, nullptr) != SQLITE_OK)
        return nullptr;
    {
        Statement threshold(writer, "PRAGMA wal_autocheckpoint");
        if (!threshold.ready() || threshold.step() != SQLITE_ROW)
            return nullptr;
        state->writerPages = static_cast<int>(threshold.integerAt(0));
    }
    std::unique_ptr<BackgroundCheckpoint> checkpoint;
    try {
        checkpoint.reset(new BackgroundCheckpoint(std::move(state)));
    } catch (const std::system_error &) {
        return nullptr; // no thread to be had: the writer checkpoints as usual
    }
    sqlite3_wal_autocheckpoint(writer, 0);
    return checkpoint;
}

AuditStore::~AuditStore()
{
    m_insert.reset(); // statements go before their connection
    {
        QSqlDatabase db = QSqlDatabase::database(m_connection, false);
        if (db.isOpen())
            db.close();
    }
    QSqlDatabase::removeDatabase(m_connection);
}

Result<std::unique_ptr<AuditStore>> AuditStore::create(const QString &path, const PublicKey &anchor,
                                                       const std::optional<std::string> &storeId)
{
    if (QFileInfo::exists(path))
        return makeError(QStringLiteral("%1: already exists; a new store needs a new file").arg(path));
    std::unique_ptr<AuditStore> store(new AuditStore);
    store->m_path = path;
    store->m_access = Access::ReadWrite;
    auto ok = store->initialise(true, &anchor, storeId);
    if (!ok) {
        store.reset();
        QFile::remove(path);
        QFile::remove(path + QStringLiteral("-wal"));
        QFile::remove(path + QStringLiteral("-shm"));
        return ok.error();
    }
    return store;
}

Result<std::unique_ptr<AuditStore>> AuditStore::open(const QString &path, Access access)
{
    if (!QFileInfo(path).isFile())
        return makeError(QStringLiteral("%1: no such audit store").arg(path));
    std::unique_ptr<AuditStore> store(new AuditStore);
    store->m_path = path;
    store->m_access = access;
    auto ok = store->initialise(false, nullptr, std::nullopt);
    if (!ok)
        return ok.error();
    return store;
}

Result<bool> AuditStore::initialise(bool creating, const PublicKey *anchor, const std::optional<std::string> &storeId)
{
    m_connection = QStringLiteral("countersign-audit-%1").arg(++g_connectionCounter);
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connection);
    QString file = m_path;
    if (m_access == Access::ReadOnly) {
        const QFileInfo wal(m_path + QStringLiteral("-wal"));
        if (wal.exists() && wal.size() > 0) {
            // Reading a WAL needs its index (-shm) written; do that on a private copy instead.
            m_privateCopy = std::make_unique<QTemporaryDir>();
            const QString copy = m_privateCopy->filePath(QStringLiteral("store.db"));
            if (!QFile::copy(m_path, copy) || !QFile::copy(wal.filePath(), copy + QStringLiteral("-wal")))
                return makeError(
                    QStringLiteral("%1: cannot make a private copy to read its write-ahead log").arg(m_path));
            db.setDatabaseName(copy);
        } else {
            db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY;QSQLITE_OPEN_URI"));
            const QString uri = QStringLiteral("file:") +
                                QString::fromUtf8(QUrl::toPercentEncoding(QFileInfo(m_path).absoluteFilePath(), "/")) +
                                QStringLiteral("?mode=ro&immutable=1");
            db.setDatabaseName(uri);
        }
    } else {
        db.setDatabaseName(file);
    }
    if (!db.open())
        return sqlError(m_path + QStringLiteral(": cannot open the audit store"), db.lastError());

    QSqlQuery q(db);
    // Entries are a few kilobytes (the `seen` list names every feed): on 8 KB pages each fits in
    // its leaf page instead of spilling onto an overflow page. Only a new, empty file takes it.
    if (creating && !q.exec(QStringLiteral("PRAGMA page_size=8192")))
        return sqlError(m_path + QStringLiteral(": PRAGMA page_size"), q.lastError());
    // A 32 MB page cache for writers (SQLite's default is 2 MB): a large sync round inserts ids
    // all over the id index, and with the default its pages were read back again and again.
    if (m_access == Access::ReadWrite) {
        for (const char *pragma : {"PRAGMA journal_mode=WAL", "PRAGMA synchronous=FULL", "PRAGMA foreign_keys=ON",
                                   "PRAGMA busy_timeout=10000", "PRAGMA cache_size=-32768"}) {
            if (!q.exec(QString::fromLatin1(pragma)))
                return sqlError(m_path + QStringLiteral(": ") + QString::fromLatin1(pragma), q.lastError());
        }
    }

    if (creating) {
        if (!q.exec(QStringLiteral("BEGIN IMMEDIATE")))
            return sqlError(m_path, q.lastError());
        for (const auto &step : upgradeSteps()) {
            for (const char *sql : step) {
                if (!q.exec(QString::fromLatin1(sql)))
                    return sqlError(m_path + QStringLiteral(": creating the schema"), q.lastError());
            }
        }
        std::string id;
        if (storeId) {
            id = *storeId;
        } else {
            unsigned char random[16];
            randombytes_buf(random, sizeof random);
            id = toHex(QByteArrayView(reinterpret_cast<const char *>(random), sizeof random));
        }
        const std::pair<const char *, std::string> meta[] = {{"store_id", id},
                                                             {"anchor", anchor->hex().toStdString()},
                                                             {"schema_version", std::to_string(kSchemaVersion)}};
        for (const auto &[key, value] : meta) {
            q.prepare(QStringLiteral("INSERT INTO store_meta(key, value) VALUES (?, ?)"));
            q.addBindValue(QString::fromLatin1(key));
            q.addBindValue(QString::fromStdString(value));
            if (!q.exec())
                return sqlError(m_path, q.lastError());
        }
        if (!q.exec(QStringLiteral("COMMIT")))
            return sqlError(m_path, q.lastError());
    }

    if (!q.exec(QStringLiteral("SELECT key, value FROM store_meta")))
        return sqlError(m_path + QStringLiteral(": not a Countersign audit store"), q.lastError());
    int version = 0;
    while (q.next()) {
        const QString key = q.value(0).toString();
        if (key == QLatin1String("store_id"))
            m_storeId = q.value(1).toString().toStdString();
        else if (key == QLatin1String("anchor"))
            m_anchor = q.value(1).toString().toStdString();
        else if (key == QLatin1String("schema_version"))
            version = q.value(1).toString().toInt();
    }
    if (m_storeId.empty() || m_anchor.empty() || version == 0)
        return makeError(
            m_path +
            QStringLiteral(": not a Countersign audit store (store_meta lacks store_id, anchor or schema_version)"));
    if (version > kSchemaVersion)
        return makeError(m_path + QStringLiteral(": schema version %1 is newer than this Countersign understands (%2)")
                                      .arg(version)
                                      .arg(kSchemaVersion));
    if (version < kSchemaVersion) {
        if (m_access == Access::ReadOnly)
            return makeError(
                m_path + QStringLiteral(": schema version %1 needs an upgrade; open it read-write once").arg(version));
        if (!q.exec(QStringLiteral("BEGIN IMMEDIATE")))
            return sqlError(m_path, q.lastError());
        for (std::size_t step = static_cast<std::size_t>(version); step < upgradeSteps().size(); ++step) {
            for (const char *sql : upgradeSteps()[step]) {
                if (!q.exec(QString::fromLatin1(sql)))
                    return sqlError(m_path + QStringLiteral(": upgrading the schema"), q.lastError());
            }
        }
        q.prepare(QStringLiteral("UPDATE store_meta SET value = ? WHERE key = 'schema_version'"));
        q.addBindValue(QString::number(kSchemaVersion));
        if (!q.exec() || !q.exec(QStringLiteral("COMMIT")))
            return sqlError(m_path, q.lastError());
    }
    return true;
}

Result<std::vector<StoredRow>> AuditStore::rows() const
{
    return rowsAfter(0, std::numeric_limits<std::size_t>::max());
}

Result<std::vector<StoredRow>> AuditStore::rowsAfter(std::int64_t afterRow, std::size_t limit) const
{
    std::vector<StoredRow> out;
    if (limit != std::numeric_limits<std::size_t>::max())
        out.reserve(limit);
    auto copy = [&out](const StoredRowView &r) {
        out.push_back({r.row, std::string(r.id), std::string(r.signedBytes), std::string(r.signature),
                       std::string(r.author), r.seq, std::string(r.type)});
    };
    if (auto visited = visitRowsAfter(afterRow, limit, copy); !visited)
        return visited.error();
    return out;
}

Result<std::size_t> AuditStore::visitRowsAfter(std::int64_t afterRow, std::size_t limit,
                                               const std::function<void(const StoredRowView &)> &visit) const
{
    // Straight from SQLite on the driver's own connection, not through QSqlQuery: the driver
    // copies every value into a QVariant first, and for the 4 KB entries of a large store those
    // copies showed in the profile of a full verification.
    const QString failed = QStringLiteral("%1: cannot read the entries (%2)");
    sqlite3 *connection = sqliteHandle(QSqlDatabase::database(m_connection));
    if (!connection)
        return makeError(failed.arg(m_path, QStringLiteral("the connection is not SQLite")));
    Statement q(connection,
                "SELECT row, id, signed, signature, author, seq, type FROM entries WHERE row > ? ORDER BY row LIMIT ?");
    if (!q.ready())
        return makeError(failed.arg(m_path, q.error()));
    q.integer(1, afterRow);
    q.integer(2, static_cast<std::int64_t>(std::min<std::size_t>(limit, std::numeric_limits<std::int64_t>::max())));
    std::size_t visited = 0;
    int step = SQLITE_ROW;
    while ((step = q.step()) == SQLITE_ROW) {
        visit({q.integerAt(0), q.textAt(1), q.textAt(2), q.textAt(3), q.textAt(4), q.integerAt(5), q.textAt(6)});
        ++visited;
    }
    if (step != SQLITE_DONE)
        return makeError(failed.arg(m_path, q.error()));
    return visited;
}

Result<std::int64_t> AuditStore::count() const
{
    QSqlQuery q(QSqlDatabase::database(m_connection));
    if (!q.exec(QStringLiteral("SELECT COUNT(*) FROM entries")) || !q.next())
        return sqlError(m_path, q.lastError());
    return q.value(0).toLongLong();
}

Result<std::vector<SeenRef>> AuditStore::feedHeads() const
{
    QSqlQuery q(QSqlDatabase::database(m_connection));
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral("SELECT author, seq, id FROM feed_heads ORDER BY author")))
        return sqlError(m_path, q.lastError());
    std::vector<SeenRef> out;
    while (q.next()) {
        const auto author = Hex256::parse(q.value(0).toString().toStdString());
        const auto id = Hex256::parse(q.value(2).toString().toStdString());
        if (!author || !id)
            return makeError(QStringLiteral("%1: the feed heads table holds a malformed key or id").arg(m_path));
        out.push_back({*author, q.value(1).toLongLong(), *id});
    }
    return out;
}

Result<std::optional<StoredRow>> AuditStore::entry(const std::string &id) const
{
    QSqlQuery q(QSqlDatabase::database(m_connection));
    q.prepare(QStringLiteral("SELECT row, id, signed, signature, author, seq, type FROM entries WHERE id = ?"));
    q.addBindValue(QString::fromStdString(id));
    if (!q.exec())
        return sqlError(m_path, q.lastError());
    if (!q.next())
        return std::optional<StoredRow>();
    return std::optional<StoredRow>(StoredRow{
        q.value(0).toLongLong(), q.value(1).toString().toStdString(), stringOf(q.value(2)), stringOf(q.value(3)),
        q.value(4).toString().toStdString(), q.value(5).toLongLong(), q.value(6).toString().toStdString()});
}

Result<SignedEntry> AuditStore::append(const SecretSeed &author, const std::string &type, const nlohmann::json &content,
                                       std::int64_t nowMs)
{
    auto batch = appendBatch(author, type, {content}, nowMs);
    if (!batch)
        return batch.error();
    return std::move(batch->front());
}

Result<std::vector<SignedEntry>> AuditStore::appendBatch(const SecretSeed &author, const std::string &type,
                                                         const std::vector<nlohmann::json> &contents,
                                                         std::int64_t nowMs)
{
    if (readOnly())
        return makeError(m_path + QStringLiteral(": opened read-only"));
    QSqlDatabase db = QSqlDatabase::database(m_connection);
    QSqlQuery q(db);
    if (!q.exec(QStringLiteral("BEGIN IMMEDIATE")))
        return sqlError(m_path + QStringLiteral(": cannot take the write lock"), q.lastError());
    std::vector<SignedEntry> out;
    for (const auto &content : contents) {
        auto e = appendLocked(author, type, content, nowMs);
        if (!e) {
            q.exec(QStringLiteral("ROLLBACK"));
            return e.error();
        }
        out.push_back(std::move(e).value());
    }
    if (!q.exec(QStringLiteral("COMMIT"))) {
        const Error error = sqlError(m_path + QStringLiteral(": commit failed"), q.lastError());
        q.exec(QStringLiteral("ROLLBACK"));
        return error;
    }
    return out;
}

Result<SignedEntry> AuditStore::appendLocked(const SecretSeed &author, const std::string &type,
                                             const nlohmann::json &content, std::int64_t nowMs)
{
    QSqlDatabase db = QSqlDatabase::database(m_connection);
    QSqlQuery q(db);
    const std::string me = author.publicKey().hex().toStdString();

    EntryBody body;
    body.store = m_storeId;
    body.author = me;
    body.type = type;
    body.content = content;
    body.tsMs = nowMs;

    q.prepare(
        QStringLiteral("SELECT id, seq, signed FROM entries WHERE author = ? ORDER BY seq DESC, row ASC LIMIT 1"));
    q.addBindValue(QString::fromStdString(me));
    if (!q.exec())
        return sqlError(m_path, q.lastError());
    if (q.next()) {
        body.prev = q.value(0).toString().toStdString();
        body.seq = q.value(1).toLongLong() + 1;
        // Keep the feed's clock monotonic even when the machine's clock steps back.
        if (auto previous = decodeEntry(stringOf(q.value(2)), std::string(kSignatureBytes, '\0')))
            body.tsMs = std::max(nowMs, previous->body.tsMs);
    }

    q.prepare(QStringLiteral(
        "SELECT id FROM entries WHERE author = ? AND type = 'roster' ORDER BY seq DESC, row ASC LIMIT 1"));
    q.addBindValue(QString::fromStdString(m_anchor));
    if (!q.exec())
        return sqlError(m_path, q.lastError());
    if (q.next())
        body.rosterRef = q.value(0).toString().toStdString();

    auto heads = feedHeads();
    if (!heads)
        return heads.error();
    for (auto &head : *heads) {
        if (head.author != me)
            body.seen.push_back(std::move(head));
    }

    auto signedEntry = signEntry(body, author);
    if (!signedEntry)
        return signedEntry.error();
    const InsertOutcome outcome = insertLocked(*signedEntry);
    if (outcome.kind != InsertOutcome::Stored)
        return makeError(QString::fromStdString(outcome.reason));
    return signedEntry;
}

Result<std::optional<std::string>> AuditStore::syncValue(const std::string &target, const std::string &key) const
{
    QSqlQuery q(QSqlDatabase::database(m_connection));
    q.prepare(QStringLiteral("SELECT value FROM sync_state WHERE target = ? AND key = ?"));
    q.addBindValue(QString::fromStdString(target));
    q.addBindValue(QString::fromStdString(key));
    if (!q.exec())
        return sqlError(m_path, q.lastError());
    if (!q.next())
        return std::optional<std::string>();
    return std::optional<std::string>(q.value(0).toString().toStdString());
}

Result<bool> AuditStore::setSyncValue(const std::string &target, const std::string &key, const std::string &value)
{
    if (readOnly())
        return makeError(m_path + QStringLiteral(": opened read-only"));
    QSqlQuery q(QSqlDatabase::database(m_connection));
    q.prepare(QStringLiteral("INSERT INTO sync_state(target, key, value) VALUES (?, ?, ?)"
                             " ON CONFLICT(target, key) DO UPDATE SET value = excluded.value"));
    q.addBindValue(QString::fromStdString(target));
    q.addBindValue(QString::fromStdString(key));
    q.addBindValue(QString::fromStdString(value));
    if (!q.exec())
        return sqlError(m_path, q.lastError());
    return true;
}

Result<bool> AuditStore::logSyncRefusal(const std::string &target, const std::string &source,
                                        const std::string &entryId, const std::string &reason, std::int64_t nowMs)
{
    if (readOnly())
        return makeError(m_path + QStringLiteral(": opened read-only"));
    QSqlQuery q(QSqlDatabase::database(m_connection));
    q.prepare(QStringLiteral("INSERT INTO sync_log(ts_ms, target, source, entry_id, reason) VALUES (?, ?, ?, ?, ?)"));
    q.addBindValue(static_cast<qlonglong>(nowMs));
    q.addBindValue(QString::fromStdString(target));
    q.addBindValue(QString::fromStdString(source));
    q.addBindValue(entryId.empty() ? QVariant() : QVariant(QString::fromStdString(entryId)));
    q.addBindValue(QString::fromStdString(reason));
    if (!q.exec())
        return sqlError(m_path, q.lastError());
    return true;
}

Result<std::vector<SyncRefusal>> AuditStore::syncLog(std::size_t newest) const
{
    QSqlQuery q(QSqlDatabase::database(m_connection));
    q.prepare(QStringLiteral(
        "SELECT ts_ms, target, source, COALESCE(entry_id, ''), reason FROM sync_log ORDER BY row DESC LIMIT ?"));
    q.addBindValue(static_cast<qlonglong>(newest));
    if (!q.exec())
        return sqlError(m_path, q.lastError());
    std::vector<SyncRefusal> out;
    while (q.next())
        out.push_back({q.value(0).toLongLong(), q.value(1).toString().toStdString(),
                       q.value(2).toString().toStdString(), q.value(3).toString().toStdString(),
                       q.value(4).toString().toStdString()});
    return out;
}

Result<std::vector<InsertOutcome>> AuditStore::insertMany(const std::vector<const SignedEntry *> &entries)
{
    if (readOnly())
        return makeError(m_path + QStringLiteral(": opened read-only"));
    QSqlQuery q(QSqlDatabase::database(m_connection));
    if (!q.exec(QStringLiteral("BEGIN IMMEDIATE")))
        return sqlError(m_path + QStringLiteral(": cannot take the write lock"), q.lastError());
    std::vector<InsertOutcome> out;
    out.reserve(entries.size());
    InsertBatch batch;
    for (const SignedEntry *e : entries)
        out.push_back(insertLocked(*e, &batch));
    for (const auto &[author, head] : batch.heads) {
        if (auto moved = moveHead(author, head.first, head.second); !moved) {
            q.exec(QStringLiteral("ROLLBACK"));
            return moved.error();
        }
    }
    if (!q.exec(QStringLiteral("COMMIT"))) {
        const Error error = sqlError(m_path + QStringLiteral(": commit failed"), q.lastError());
        q.exec(QStringLiteral("ROLLBACK"));
        return error;
    }
    return out;
}

Result<std::int64_t> AuditStore::headSeq(const std::string &author) const
{
    QSqlQuery q(QSqlDatabase::database(m_connection));
    q.prepare(QStringLiteral("SELECT COALESCE(MAX(seq), 0) FROM entries WHERE author = ?"));
    q.addBindValue(QString::fromStdString(author));
    if (!q.exec() || !q.next())
        return sqlError(m_path, q.lastError());
    return q.value(0).toLongLong();
}

Result<std::vector<StoredRow>> AuditStore::feedRange(const std::string &author, std::int64_t fromSeq,
                                                     std::int64_t toSeq) const
{
    QSqlQuery q(QSqlDatabase::database(m_connection));
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT row, id, signed, signature, author, seq, type FROM entries"
                             " WHERE author = ? AND seq BETWEEN ? AND ? ORDER BY seq, row"));
    q.addBindValue(QString::fromStdString(author));
    q.addBindValue(static_cast<qlonglong>(fromSeq));
    q.addBindValue(static_cast<qlonglong>(toSeq));
    if (!q.exec())
        return sqlError(m_path, q.lastError());
    std::vector<StoredRow> out;
    while (q.next())
        out.push_back({q.value(0).toLongLong(), q.value(1).toString().toStdString(), stringOf(q.value(2)),
                       stringOf(q.value(3)), q.value(4).toString().toStdString(), q.value(5).toLongLong(),
                       q.value(6).toString().toStdString()});
    return out;
}

Result<std::vector<std::pair<std::int64_t, std::string>>>
AuditStore::feedIds(const std::string &author, std::int64_t fromSeq, std::int64_t toSeq) const
{
    // Straight from SQLite: after a large pull, a push asks this of every feed it holds.
    Statement q(sqliteHandle(QSqlDatabase::database(m_connection)),
                "SELECT seq, id FROM entries WHERE author = ? AND seq BETWEEN ? AND ? ORDER BY seq, row");
    if (!q.ready())
        return makeError(m_path + QStringLiteral(": cannot read the feed's ids: ") + q.error());
    q.text(1, author);
    q.integer(2, fromSeq);
    q.integer(3, toSeq);
    std::vector<std::pair<std::int64_t, std::string>> out;
    int step = SQLITE_ROW;
    while ((step = q.step()) == SQLITE_ROW)
        out.emplace_back(q.integerAt(0), std::string(q.textAt(1)));
    if (step != SQLITE_DONE)
        return makeError(m_path + QStringLiteral(": cannot read the feed's ids: ") + q.error());
    return out;
}

Result<std::vector<StoredRow>> AuditStore::forkedEntries() const
{
    QSqlQuery q(QSqlDatabase::database(m_connection));
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral("SELECT e.row, e.id, e.signed, e.signature, e.author, e.seq, e.type FROM entries e"
                               " JOIN (SELECT author, seq FROM entries GROUP BY author, seq HAVING COUNT(*) > 1) f"
                               " ON e.author = f.author AND e.seq = f.seq ORDER BY e.row")))
        return sqlError(m_path, q.lastError());
    std::vector<StoredRow> out;
    while (q.next())
        out.push_back({q.value(0).toLongLong(), q.value(1).toString().toStdString(), stringOf(q.value(2)),
                       stringOf(q.value(3)), q.value(4).toString().toStdString(), q.value(5).toLongLong(),
                       q.value(6).toString().toStdString()});
    return out;
}

Result<std::vector<std::string>> AuditStore::ids() const
{
    QSqlQuery q(QSqlDatabase::database(m_connection));
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral("SELECT id FROM entries")))
        return sqlError(m_path, q.lastError());
    std::vector<std::string> out;
    while (q.next())
        out.push_back(q.value(0).toString().toStdString());
    return out;
}

Result<bool> AuditStore::insert(const SignedEntry &entry)
{
    if (readOnly())
        return makeError(m_path + QStringLiteral(": opened read-only"));
    QSqlQuery q(QSqlDatabase::database(m_connection));
    if (!q.exec(QStringLiteral("BEGIN IMMEDIATE")))
        return sqlError(m_path + QStringLiteral(": cannot take the write lock"), q.lastError());
    const InsertOutcome outcome = insertLocked(entry);
    if (outcome.kind == InsertOutcome::Refused || outcome.kind == InsertOutcome::MissingPredecessor) {
        q.exec(QStringLiteral("ROLLBACK"));
        return makeError(QString::fromStdString(outcome.reason));
    }
    if (!q.exec(QStringLiteral("COMMIT"))) {
        const Error error = sqlError(m_path + QStringLiteral(": commit failed"), q.lastError());
        q.exec(QStringLiteral("ROLLBACK"));
        return error;
    }
    return outcome.kind == InsertOutcome::Stored;
}

InsertOutcome AuditStore::insertLocked(const SignedEntry &e, InsertBatch *batch)
{
    auto refused = [](QString why) { return InsertOutcome{InsertOutcome::Refused, why.toStdString()}; };
    if (e.body.store != m_storeId)
        return refused(QStringLiteral("entry %1 belongs to store %2, not %3")
                           .arg(QString::fromStdString(e.id), QString::fromStdString(e.body.store),
                                QString::fromStdString(m_storeId)));
    InsertStatements &st = insertStatements();
    if (!st.ready())
        return refused(m_path + QStringLiteral(": cannot prepare the statements that store entries"));
    const QString id = QString::fromStdString(e.id);
    auto held = [&]() -> std::optional<InsertOutcome> {
        st.exists.text(1, e.id);
        const int step = st.exists.step();
        const QString error = st.exists.error();
        st.exists.reset();
        if (step == SQLITE_ROW)
            return InsertOutcome{InsertOutcome::AlreadyHeld, {}}; // a replayed entry changes nothing
        if (step != SQLITE_DONE)
            return refused(error);
        return std::nullopt;
    };
    if (e.body.prev) {
        bool justStored = false;
        if (batch) {
            const auto last = batch->lastStored.find(e.body.author);
            justStored = last != batch->lastStored.end() && last->second.first == e.body.seq - 1 &&
                         last->second.second == *e.body.prev;
        }
        if (!justStored) {
            st.prev.text(1, *e.body.prev);
            const int step = st.prev.step();
            if (step != SQLITE_ROW) {
                const QString error = st.prev.error();
                st.prev.reset();
                if (step != SQLITE_DONE)
                    return refused(error);
                if (auto h = held())
                    return *h;
                return {InsertOutcome::MissingPredecessor,
                        QStringLiteral("entry %1 (seq %2) arrived before its predecessor %3")
                            .arg(id)
                            .arg(e.body.seq)
                            .arg(QString::fromStdString(*e.body.prev))
                            .toStdString()};
            }
            const bool linked = st.prev.integerAt(0) == e.body.seq - 1 && st.prev.textAt(1) == e.body.author;
            st.prev.reset();
            if (!linked) {
                if (auto h = held())
                    return *h;
                return refused(QStringLiteral("entry %1 names as prev an entry that is not its feed's seq %2")
                                   .arg(id)
                                   .arg(e.body.seq - 1));
            }
        }
    }
    st.insert.text(1, e.id);
    st.insert.blob(2, e.signedBytes);
    st.insert.blob(3, e.signature);
    st.insert.text(4, e.body.author);
    st.insert.integer(5, e.body.seq);
    st.insert.text(6, e.body.type);
    const int step = st.insert.step();
    const QString error = st.insert.error();
    const int changed = st.insert.changes();
    st.insert.reset();
    if (step != SQLITE_DONE)
        return refused(m_path + QStringLiteral(": storing entry ") + id + QStringLiteral(": ") + error);
    if (changed == 0)
        return {InsertOutcome::AlreadyHeld, {}}; // the id is stored already: a replay changes nothing
    if (!batch) {
        if (auto moved = moveHead(e.body.author, e.body.seq, e.id); !moved)
            return refused(moved.errorMessage());
        return {InsertOutcome::Stored, {}};
    }
    batch->lastStored[e.body.author] = {e.body.seq, e.id};
    // The first entry stored at a feed's highest seq stays its head (a fork's second does not move it).
    auto head = batch->heads.find(e.body.author);
    if (head == batch->heads.end() || e.body.seq > head->second.first)
        batch->heads[e.body.author] = {e.body.seq, e.id};
    return {InsertOutcome::Stored, {}};
}

Result<bool> AuditStore::moveHead(const std::string &author, std::int64_t seq, const std::string &id)
{
    InsertStatements &st = insertStatements();
    if (!st.ready())
        return makeError(m_path + QStringLiteral(": cannot prepare the statements that store entries"));
    st.head.text(1, author);
    st.head.integer(2, seq);
    st.head.text(3, id);
    const int step = st.head.step();
    const QString error = st.head.error();
    st.head.reset();
    if (step != SQLITE_DONE)
        return makeError(m_path + QStringLiteral(": updating the feed head: ") + error);
    return true;
}

} // namespace cs::audit
