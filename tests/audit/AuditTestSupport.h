#pragma once

// Helpers shared by the audit store tests: fast identities, a raw SQLite connection for doing
// to a store what anyone with the sqlite3 shell could do, hand-built entries (forged, foreign,
// non-canonical), and readable summaries of verification problems for failure messages.

#include "AuditFixtures.h"
#include "audit/AuditStore.h"
#include "audit/CanonicalJson.h"
#include "audit/Verification.h"

#include <QByteArray>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QString>
#include <QTest>
#include <QVariant>
#include <QVariantList>

#include <nlohmann/json.hpp>

#include <cstdint>
#include <set>
#include <string>
#include <utility>
#include <vector>

namespace cs::test {

inline nlohmann::json grant(const cs::audit::SecretSeed &who, const std::string &name, const std::string &email,
                            const std::vector<std::string> &roles)
{
    return {{"key", keyHex(who)}, {"name", name}, {"email", email}, {"roles", roles}};
}

inline nlohmann::json rosterContent(const std::vector<nlohmann::json> &grants, const std::vector<nlohmann::json> &revocations = {})
{
    nlohmann::json g = nlohmann::json::array();
    for (const auto &x : grants)
        g.push_back(x);
    nlohmann::json r = nlohmann::json::array();
    for (const auto &x : revocations)
        r.push_back(x);
    return {{"grants", g}, {"revocations", r}};
}

inline nlohmann::json revocation(const cs::audit::SecretSeed &who, std::int64_t afterSeq)
{
    return {{"key", keyHex(who)}, {"after", {{"author", keyHex(who)}, {"seq", afterSeq}}}};
}

inline nlohmann::json decisionContent(const std::string &requestId, const std::string &digest, const std::string &role,
                                      const std::string &decision, const std::string &comment = "ok")
{
    return {{"request_id", requestId}, {"package_digest", digest}, {"policy_digest", "policy-1"},
            {"track", "red"},          {"role", role},             {"decision", decision},
            {"conditions", nlohmann::json::array()}, {"comment", comment}};
}

inline nlohmann::json commentContent(const std::string &requestId, const std::string &text)
{
    return {{"request_id", requestId}, {"text", text}};
}

// Frames and signs `bodyBytes` as an entry body exactly as given, with any key: for
// forgeries and non-canonical bodies that signEntry() would never produce.
inline cs::audit::SignedEntry signBytes(const std::string &bodyBytes, const cs::audit::SecretSeed &signer)
{
    cs::audit::SignedEntry e;
    e.signedBytes = cs::audit::entrySignedBytes(QByteArrayView(bodyBytes.data(), static_cast<qsizetype>(bodyBytes.size())));
    auto signature = cs::audit::sign(signer, QByteArrayView(e.signedBytes.data(), static_cast<qsizetype>(e.signedBytes.size())));
    if (!signature)
        qFatal("cannot sign: %s", qPrintable(signature.errorMessage()));
    e.signature.assign(reinterpret_cast<const char *>(signature->data()), signature->size());
    e.id = cs::audit::entryId(QByteArrayView(e.signedBytes.data(), static_cast<qsizetype>(e.signedBytes.size()))).toStdString();
    if (auto json = cs::audit::parseStrict(bodyBytes)) {
        if (auto body = cs::audit::bodyFromJson(*json))
            e.body = std::move(body).value();
    }
    return e;
}

// The canonical body of `body`, signed by `signer` whoever the body names as author.
inline cs::audit::SignedEntry signAs(const cs::audit::EntryBody &body, const cs::audit::SecretSeed &signer)
{
    auto canonical = cs::audit::canonicalize(cs::audit::bodyToJson(body));
    if (!canonical)
        qFatal("cannot canonicalise: %s", qPrintable(canonical.errorMessage()));
    auto e = signBytes(*canonical, signer);
    e.body = body;
    return e;
}

// The body that `author` would write next after `previous` in its own feed.
inline cs::audit::EntryBody nextBody(const cs::audit::SignedEntry &previous, const std::string &type, const nlohmann::json &content,
                                     std::int64_t tsMs)
{
    cs::audit::EntryBody b;
    b.store = previous.body.store;
    b.author = previous.body.author;
    b.seq = previous.body.seq + 1;
    b.prev = previous.id;
    b.tsMs = tsMs;
    b.type = type;
    b.rosterRef = previous.body.rosterRef;
    b.content = content;
    return b;
}

// A second, independent connection to a store file: what an attacker (or an auditor) with the
// sqlite3 shell does, bypassing AuditStore entirely.
class RawSql final
{
public:
    explicit RawSql(const QString &path)
        : m_name(QStringLiteral("raw-sql-%1").arg(++counter()))
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_name);
        db.setDatabaseName(path);
        m_open = db.open();
        if (!m_open)
            m_error = db.lastError().text();
    }
    ~RawSql()
    {
        {
            QSqlDatabase db = QSqlDatabase::database(m_name, false);
            if (db.isOpen())
                db.close();
        }
        QSqlDatabase::removeDatabase(m_name);
    }
    RawSql(const RawSql &) = delete;
    RawSql &operator=(const RawSql &) = delete;

    bool isOpen() const { return m_open; }
    const QString &connectionName() const { return m_name; }
    const QString &lastError() const { return m_error; }

    bool exec(const QString &sql, const QVariantList &binds = {})
    {
        QSqlQuery q(QSqlDatabase::database(m_name));
        if (!q.prepare(sql)) {
            m_error = q.lastError().text();
            return false;
        }
        for (const auto &b : binds)
            q.addBindValue(b);
        if (!q.exec()) {
            m_error = q.lastError().text();
            return false;
        }
        m_error.clear();
        return true;
    }

    // The first column of the first row, or an invalid QVariant.
    QVariant scalar(const QString &sql, const QVariantList &binds = {})
    {
        QSqlQuery q(QSqlDatabase::database(m_name));
        q.prepare(sql);
        for (const auto &b : binds)
            q.addBindValue(b);
        if (!q.exec() || !q.next()) {
            m_error = q.lastError().text();
            return {};
        }
        return q.value(0);
    }

    QString meta(const char *key) { return scalar(QStringLiteral("SELECT value FROM store_meta WHERE key = ?"), {QString::fromLatin1(key)}).toString(); }

    // What an attacker does first: the append-only triggers are defence in depth, not protection.
    bool dropTriggers()
    {
        return exec(QStringLiteral("DROP TRIGGER IF EXISTS entries_append_only_update"))
               && exec(QStringLiteral("DROP TRIGGER IF EXISTS entries_append_only_delete"));
    }

    bool insertEntry(const cs::audit::SignedEntry &e)
    {
        return exec(QStringLiteral("INSERT INTO entries(id, signed, signature, author, seq, type) VALUES (?, ?, ?, ?, ?, ?)"),
                    {QString::fromStdString(e.id), bytesOf(e.signedBytes), bytesOf(e.signature), QString::fromStdString(e.body.author),
                     QVariant::fromValue<qlonglong>(e.body.seq), QString::fromStdString(e.body.type)});
    }

    bool insertRow(const cs::audit::StoredRow &r)
    {
        return exec(QStringLiteral("INSERT INTO entries(id, signed, signature, author, seq, type) VALUES (?, ?, ?, ?, ?, ?)"),
                    {QString::fromStdString(r.id), bytesOf(r.signedBytes), bytesOf(r.signature), QString::fromStdString(r.author),
                     QVariant::fromValue<qlonglong>(r.seq), QString::fromStdString(r.type)});
    }

private:
    static int &counter()
    {
        static int n = 0;
        return n;
    }

    QString m_name;
    bool m_open = false;
    QString m_error;
};

// "kind entry… (author…, seq n): message" for every problem, for failure messages.
inline QByteArray describe(const cs::audit::VerificationReport &report)
{
    QByteArray out;
    for (const auto &p : report.problems)
        out += QByteArray::fromStdString("\n  " + p.kind + " " + p.entryId.substr(0, 12) + " seq " + std::to_string(p.seq) + ": "
                                         + p.message);
    return out.isEmpty() ? QByteArray("(no problems)") : out;
}

// The kinds of problem that name entry `id`.
inline std::set<std::string> kindsFor(const cs::audit::VerificationReport &report, const std::string &id)
{
    std::set<std::string> out;
    for (const auto &p : report.problems) {
        if (p.entryId == id)
            out.insert(p.kind);
    }
    return out;
}

// The ids named by any problem.
inline std::set<std::string> namedIds(const cs::audit::VerificationReport &report)
{
    std::set<std::string> out;
    for (const auto &p : report.problems)
        out.insert(p.entryId);
    return out;
}

inline bool isValid(const cs::audit::VerificationReport &report, const std::string &id)
{
    const auto *c = report.find(id);
    return c && c->valid;
}

} // namespace cs::test
