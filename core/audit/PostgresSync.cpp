#include "PostgresSync.h"

#include <QAtomicInteger>
#include <QElapsedTimer>
#include <QSqlDatabase>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>
#include <QUrl>
#include <QVariant>
#include <QtEndian>

#include <condition_variable>
#include <deque>
#include <libpq-fe.h>
#include <map>
#include <mutex>
#include <set>
#include <thread>
#include <unordered_set>

namespace cs::audit {

namespace {

QAtomicInteger<quint64> g_pgConnections;

// One QtSql connection for the life of a round, removed when the round ends.
class Connection
{
public:
    explicit Connection(const PostgresLocation &at) : m_name(QStringLiteral("countersign-pg-%1").arg(++g_pgConnections))
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), m_name);
        db.setHostName(at.host);
        db.setPort(at.port);
        db.setDatabaseName(at.database);
        db.setUserName(at.user);
        if (!at.password.isEmpty())
            db.setPassword(at.password);
        db.setConnectOptions(QStringLiteral("connect_timeout=10"));
        m_open = db.open();
        if (!m_open)
            m_error = db.lastError().text();
    }
    ~Connection()
    {
        {
            QSqlDatabase db = QSqlDatabase::database(m_name, false);
            db.close();
        }
        QSqlDatabase::removeDatabase(m_name);
    }
    bool open() const { return m_open; }
    const QString &error() const { return m_error; }
    QSqlDatabase db() const { return QSqlDatabase::database(m_name, false); }

private:
    QString m_name;
    bool m_open = false;
    QString m_error;
};

// The libpq connection under a QPSQL database (the driver hands it out for this), or null.
PGconn *pgHandle(const QSqlDatabase &db)
{
    const QVariant handle = db.driver()->handle();
    // PGconn is a typedef of struct pg_conn; the driver registers the latter's name.
    if (!handle.isValid() ||
        (qstrcmp(handle.typeName(), "pg_conn*") != 0 && qstrcmp(handle.typeName(), "PGconn*") != 0))
        return nullptr;
    return *static_cast<PGconn *const *>(handle.constData());
}

using ResultPtr = std::unique_ptr<PGresult, void (*)(PGresult *)>;

// Pulls the rows of one query on a thread and connection of its own, a chunk at a time, so the
// round's thread stores one chunk and the cores check another while the next one arrives. At
// most two chunks wait, so memory stays bounded whatever the server holds.
class RowStream
{
public:
    RowStream(PostgresLocation server, QString sql, QString storeId, const std::unordered_set<std::string> &heldIds,
              std::size_t chunkRows)
        : m_server(std::move(server)), m_sql(std::move(sql)), m_storeId(std::move(storeId)), m_heldIds(heldIds),
          m_chunkRows(chunkRows), m_thread([this] { run(); })
    {
    }
    ~RowStream() { finish(); }
    RowStream(const RowStream &) = delete;
    RowStream &operator=(const RowStream &) = delete;

    // The next chunk; empty once every row has come (or the pull failed: see error()).
    std::vector<IncomingEntry> next()
    {
        std::unique_lock lock(m_mutex);
        m_changed.wait(lock, [this] { return !m_ready.empty() || m_done; });
        if (m_ready.empty())
            return {};
        std::vector<IncomingEntry> chunk = std::move(m_ready.front());
        m_ready.pop_front();
        m_changed.notify_all();
        return chunk;
    }

    // Stops the pull (if it still runs) and waits for its thread; the results below are then final.
    void finish()
    {
        {
            std::lock_guard lock(m_mutex);
            m_stop = true;
        }
        m_changed.notify_all();
        if (m_thread.joinable())
            m_thread.join();
    }
    const QString &error() const { return m_error; }
    const std::unordered_set<std::string> &onServer() const { return m_onServer; }
    std::size_t alreadyHeld() const { return m_alreadyHeld; }

private:
    void run()
    {
        {
            Connection c(m_server);
            PGconn *connection = c.open() ? pgHandle(c.db()) : nullptr;
            if (!c.open())
                m_error = QStringLiteral("cannot connect to %1: %2").arg(m_server.display(), c.error());
            else if (!connection)
                m_error = QStringLiteral("%1: the connection is not PostgreSQL").arg(m_server.display());
            else
                pull(connection);
        }
        std::lock_guard lock(m_mutex);
        m_done = true;
        m_changed.notify_all();
    }

    // Through libpq on the driver's own connection, not QSqlQuery: QPSQL asks for text results,
    // so the server writes every signed byte as two hex digits and the driver decodes them
    // again, which doubled the transfer and showed in the profile of a large pull. Binary
    // results come as they are stored. One row at a time, so memory stays bounded.
    void pull(PGconn *connection)
    {
        const QByteArray sql = m_sql.toUtf8();
        const QByteArray storeId = m_storeId.toUtf8();
        const char *values[] = {storeId.constData()};
        if (!PQsendQueryParams(connection, sql.constData(), 1, nullptr, values, nullptr, nullptr, 1) ||
            !PQsetSingleRowMode(connection)) {
            m_error = QStringLiteral("%1: %2").arg(m_server.display(), QString::fromUtf8(PQerrorMessage(connection)));
            drain(connection);
            return;
        }
        std::vector<IncomingEntry> chunk;
        auto hand = [&] {
            std::unique_lock lock(m_mutex);
            m_changed.wait(lock, [this] { return m_ready.size() < 2 || m_stop; });
            if (m_stop)
                return false;
            m_ready.push_back(std::move(chunk));
            chunk.clear();
            m_changed.notify_all();
            return true;
        };
        auto text = [](const PGresult *r, int column) {
            return std::string(PQgetvalue(r, 0, column), static_cast<std::size_t>(PQgetlength(r, 0, column)));
        };
        for (ResultPtr r(PQgetResult(connection), &PQclear); r; r.reset(PQgetResult(connection))) {
            const ExecStatusType status = PQresultStatus(r.get());
            if (status == PGRES_TUPLES_OK)
                continue; // the end of the rows
            if (status != PGRES_SINGLE_TUPLE || PQnfields(r.get()) != 4 || PQgetlength(r.get(), 0, 0) != 8) {
                if (m_error.isEmpty())
                    m_error = QStringLiteral("%1: %2").arg(
                        m_server.display(), status == PGRES_SINGLE_TUPLE
                                                ? QStringLiteral("unexpected columns in the pulled rows")
                                                : QString::fromUtf8(PQresultErrorMessage(r.get())).trimmed());
                drain(connection);
                return;
            }
            std::string id = text(r.get(), 1);
            m_onServer.insert(id);
            if (m_heldIds.count(id)) {
                ++m_alreadyHeld;
                continue;
            }
            const auto pos = qFromBigEndian<qint64>(PQgetvalue(r.get(), 0, 0));
            chunk.push_back({text(r.get(), 2), text(r.get(), 3), "row pos=" + std::to_string(pos), std::move(id)});
            if (chunk.size() == m_chunkRows && !hand()) {
                drain(connection);
                return;
            }
        }
        if (!chunk.empty())
            hand();
    }

    // Cancels what the server still sends and reads the rest, so the connection closes cleanly.
    static void drain(PGconn *connection)
    {
        if (PGcancel *cancel = PQgetCancel(connection)) {
            char why[256];
            PQcancel(cancel, why, sizeof why);
            PQfreeCancel(cancel);
        }
        while (ResultPtr r{PQgetResult(connection), &PQclear})
            ;
    }

    const PostgresLocation m_server;
    const QString m_sql;
    const QString m_storeId;
    const std::unordered_set<std::string> &m_heldIds;
    const std::size_t m_chunkRows;
    // Written by the pull thread only; read after finish().
    QString m_error;
    std::unordered_set<std::string> m_onServer;
    std::size_t m_alreadyHeld = 0;

    std::mutex m_mutex;
    std::condition_variable m_changed;
    std::deque<std::vector<IncomingEntry>> m_ready;
    bool m_done = false;
    bool m_stop = false;
    std::thread m_thread; // last: starts once everything above exists
};

} // namespace

QString PostgresLocation::display() const
{
    return QStringLiteral("%1@%2:%3/%4").arg(user, host).arg(port).arg(database);
}

Result<PostgresLocation> parsePostgresUrl(const QString &text)
{
    const QUrl url(text, QUrl::StrictMode);
    if (!url.isValid() || (url.scheme() != QLatin1String("postgresql") && url.scheme() != QLatin1String("postgres")))
        return makeError(QStringLiteral("expected postgresql://user@host:port/database, got '%1'")
                             .arg(url.toDisplayString(QUrl::RemovePassword)));
    PostgresLocation at;
    if (!url.host().isEmpty())
        at.host = url.host();
    at.port = url.port(5432);
    at.database = url.path().mid(1);
    at.user = url.userName();
    at.password = url.password();
    if (at.database.isEmpty() || at.user.isEmpty())
        return makeError(
            QStringLiteral("the PostgreSQL URL needs a user and a database: postgresql://user@host:port/database"));
    return at;
}

Result<bool> initPostgresServer(const PostgresLocation &owner, const QString &appRole, const QString &appPassword)
{
    Connection c(owner);
    if (!c.open())
        return makeError(QStringLiteral("cannot connect to %1: %2").arg(owner.display(), c.error()));
    QSqlQuery q(c.db());
    const QStringList statements = {
        QStringLiteral("CREATE TABLE IF NOT EXISTS countersign_entries("
                       " pos BIGSERIAL PRIMARY KEY,"
                       " id TEXT NOT NULL UNIQUE,"
                       " store_id TEXT NOT NULL,"
                       " author TEXT NOT NULL,"
                       " seq BIGINT NOT NULL,"
                       " signed BYTEA NOT NULL,"
                       " signature BYTEA NOT NULL)"),
        QStringLiteral(
            "CREATE INDEX IF NOT EXISTS countersign_entries_feed ON countersign_entries(store_id, author, seq)"),
        // An entry (a few kilobytes) stays in its row rather than going to the TOAST table in 2 KB
        // pieces: a pull then reads each row once instead of looking up its pieces. Larger rows
        // still go out of line.
        QStringLiteral("ALTER TABLE countersign_entries SET (toast_tuple_target = 8160)"),
    };
    for (const auto &sql : statements) {
        if (!q.exec(sql))
            return makeError(QStringLiteral("%1: %2").arg(owner.display(), q.lastError().text()));
    }
    if (!appRole.isEmpty()) {
        // Role names cannot be bound as parameters; accept only plain identifiers.
        const bool plain = std::all_of(appRole.begin(), appRole.end(), [](QChar ch) {
            return (ch >= QLatin1Char('a') && ch <= QLatin1Char('z')) ||
                   (ch >= QLatin1Char('0') && ch <= QLatin1Char('9')) || ch == QLatin1Char('_');
        });
        if (!plain)
            return makeError(QStringLiteral("role name '%1': use lower-case letters, digits and _").arg(appRole));
        QString escapedPassword = appPassword;
        escapedPassword.replace(QLatin1Char('\''), QStringLiteral("''"));
        const QStringList grants = {
            QStringLiteral("DO $$ BEGIN IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = '%1') THEN CREATE ROLE %1 "
                           "LOGIN; END IF; END $$")
                .arg(appRole),
            QStringLiteral("ALTER ROLE %1 LOGIN PASSWORD '%2'").arg(appRole, escapedPassword),
            QStringLiteral("REVOKE ALL ON countersign_entries FROM %1").arg(appRole),
            QStringLiteral("GRANT SELECT, INSERT ON countersign_entries TO %1").arg(appRole),
            QStringLiteral("GRANT USAGE ON SEQUENCE countersign_entries_pos_seq TO %1").arg(appRole),
        };
        for (const auto &sql : grants) {
            if (!q.exec(sql))
                return makeError(QStringLiteral("%1: %2").arg(owner.display(), q.lastError().text()));
        }
    }
    return true;
}

Result<SyncReport> syncWithPostgres(AuditStore &store, const PostgresLocation &server, std::int64_t nowMs)
{
    SyncReport report;
    report.target = "postgres:" + server.display().toStdString();
    Connection c(server);
    if (!c.open())
        return makeError(QStringLiteral("cannot connect to %1: %2").arg(server.display(), c.error()));
    QSqlDatabase db = c.db();
    SyncMemory memory(store, report, nowMs);
    QElapsedTimer timer;
    timer.start();

    // Pull, per feed, every row beyond the head this store holds. Not by arrival position: a row
    // gets its position when inserted but becomes visible only at commit, so a position-based
    // cursor could step over a push still in flight and never see it.
    auto localHeads = store.feedHeads();
    if (!localHeads)
        return localHeads.error();
    QString headValues;
    for (const auto &h : *localHeads) {
        // Authors are 64 hex digits (checked when stored), so they are safe inside the literal.
        headValues += (headValues.isEmpty() ? QString() : QStringLiteral(", ")) +
                      QStringLiteral("('%1', %2)").arg(QString::fromStdString(h.author.str())).arg(h.seq);
    }
    const QString sql =
        headValues.isEmpty()
            ? QStringLiteral(
                  "SELECT pos, id, signed, signature FROM countersign_entries WHERE store_id = $1 ORDER BY pos")
            : QStringLiteral("SELECT e.pos, e.id, e.signed, e.signature FROM countersign_entries e"
                             " LEFT JOIN (VALUES %1) AS h(author, head) ON e.author = h.author"
                             " WHERE e.store_id = $1 AND e.seq > COALESCE(h.head, 0) ORDER BY e.pos")
                  .arg(headValues);
    auto held = store.ids();
    if (!held)
        return held.error();
    const std::unordered_set<std::string> heldIds(held->begin(), held->end());
    report.transferSeconds += static_cast<double>(timer.nsecsElapsed()) * 1e-9;
    RowStream pulled(server, sql, QString::fromStdString(store.storeId()), heldIds, 4096);
    importEntries(
        store,
        [&](std::size_t) {
            // Only the time this thread waits for rows counts as transfer: the rest overlaps.
            QElapsedTimer waiting;
            waiting.start();
            std::vector<IncomingEntry> chunk = pulled.next();
            report.transferSeconds += static_cast<double>(waiting.nsecsElapsed()) * 1e-9;
            return chunk;
        },
        report, memory);
    pulled.finish();
    report.alreadyHeld += pulled.alreadyHeld();
    if (!pulled.error().isEmpty())
        return makeError(pulled.error());
    // Rows the server sent are rows it has: pushing them back would cost a round trip each.
    const std::unordered_set<std::string> &onServer = pulled.onServer();

    // Push what the server has not been given yet, one transaction per round.
    timer.restart();
    auto heads = store.feedHeads();
    if (!heads)
        return heads.error();
    if (!db.transaction())
        return makeError(QStringLiteral("%1: %2").arg(server.display(), db.lastError().text()));
    QSqlQuery insert(db);
    insert.prepare(QStringLiteral("INSERT INTO countersign_entries(id, store_id, author, seq, signed, signature)"
                                  " VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT (id) DO NOTHING"));
    std::vector<std::pair<std::string, std::int64_t>> pushed;
    for (const auto &head : *heads) {
        const std::string author = head.author.str();
        const std::int64_t sent = memory.getNumber("pushed:" + author);
        if (sent >= head.seq)
            continue;
        // Most of a feed just pulled is on the server already: decide by id before reading bytes.
        auto ids = store.feedIds(author, sent + 1, head.seq);
        if (!ids)
            return ids.error();
        std::int64_t firstMissing = 0;
        std::int64_t lastMissing = 0;
        for (const auto &[seq, id] : *ids) {
            if (!onServer.count(id)) {
                firstMissing = firstMissing ? firstMissing : seq;
                lastMissing = seq;
            }
        }
        auto rows = firstMissing ? store.feedRange(author, firstMissing, lastMissing)
                                 : Result<std::vector<StoredRow>>(std::vector<StoredRow>());
        if (!rows)
            return rows.error();
        for (const auto &row : *rows) {
            if (onServer.count(row.id))
                continue;
            insert.addBindValue(QString::fromStdString(row.id));
            insert.addBindValue(QString::fromStdString(store.storeId()));
            insert.addBindValue(QString::fromStdString(row.author));
            insert.addBindValue(static_cast<qlonglong>(row.seq));
            insert.addBindValue(QByteArray(row.signedBytes.data(), static_cast<qsizetype>(row.signedBytes.size())));
            insert.addBindValue(QByteArray(row.signature.data(), static_cast<qsizetype>(row.signature.size())));
            if (!insert.exec()) {
                db.rollback();
                return makeError(QStringLiteral("%1: %2").arg(server.display(), insert.lastError().text()));
            }
            if (insert.numRowsAffected() > 0)
                ++report.sent;
        }
        pushed.emplace_back(author, head.seq);
    }
    if (!db.commit())
        return makeError(QStringLiteral("%1: %2").arg(server.display(), db.lastError().text()));
    for (const auto &[author, seq] : pushed)
        memory.set("pushed:" + author, std::to_string(seq));
    report.transferSeconds += static_cast<double>(timer.nsecsElapsed()) * 1e-9;
    if (memory.firstError())
        return *memory.firstError();
    return report;
}

} // namespace cs::audit
