#pragma once

// Helpers shared by the sync tests: one deployment (store id, anchor, administrator) and the
// stores that join it, fast identities, entry contents, a folder's files as bytes, and a raw
// connection to the test PostgreSQL server for doing to it what a hostile server could do.

#include "AuditFixtures.h"
#include "audit/AuditStore.h"
#include "audit/Bundle.h"
#include "audit/CanonicalJson.h"
#include "audit/FolderSync.h"
#include "audit/PostgresSync.h"
#include "audit/RequestState.h"
#include "audit/Verification.h"

#include <QByteArray>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QString>
#include <QTest>
#include <QVariant>
#include <QVariantList>

#include <sodium.h>

#include <nlohmann/json.hpp>

#include <cstdint>
#include <map>
#include <memory>
#include <optional>
#include <set>
#include <string>
#include <vector>

namespace cs::test {

// The verifier's clock: a day later, so no test time stamp lies in the future.
inline constexpr std::int64_t kVerifyNow = kT0 + 86'400'000;

inline QByteArray readBytes(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

inline std::string randomStoreId()
{
    unsigned char random[16];
    randombytes_buf(random, sizeof random);
    std::string out;
    static const char *digits = "0123456789abcdef";
    for (unsigned char c : random) {
        out += digits[c >> 4];
        out += digits[c & 15];
    }
    return out;
}

inline nlohmann::json grant(const cs::audit::SecretSeed &who, const std::string &name, const std::string &email,
                            const std::vector<std::string> &roles)
{
    return {{"key", keyHex(who)}, {"name", name}, {"email", email}, {"roles", roles}};
}

inline nlohmann::json rosterContent(const std::vector<nlohmann::json> &grants)
{
    nlohmann::json g = nlohmann::json::array();
    for (const auto &x : grants)
        g.push_back(x);
    return {{"grants", g}, {"revocations", nlohmann::json::array()}};
}

inline nlohmann::json packageContent(const std::string &requestId, const std::string &digest, const std::string &submitter,
                                     const std::vector<std::string> &requiredRoles,
                                     const std::vector<std::string> &failChecks = {})
{
    return {{"request_id", requestId},       {"package_digest", digest}, {"name", "model-" + requestId},
            {"version", "1.0.0"},            {"kind", "model"},          {"submitted_by", submitter},
            {"track", "red"},                {"required_signoffs", requiredRoles},
            {"policy_digest", "policy-1"},   {"fail_checks", failChecks}};
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

// One deployment: a store id and the administrator whose key is the anchor. Every store of the
// deployment is created with both, as `countersign-cli init --anchor KEY` on each workbench.
struct Deployment
{
    cs::audit::SecretSeed admin = newSeed();
    std::string storeId = randomStoreId();

    std::unique_ptr<cs::audit::AuditStore> store(const QString &path) const
    {
        auto s = cs::audit::AuditStore::create(path, admin.publicKey(), storeId);
        if (!s)
            qFatal("cannot create a store: %s", qPrintable(s.errorMessage()));
        return std::move(s).value();
    }
};

inline std::set<std::string> idSet(const cs::audit::AuditStore &store)
{
    auto ids = store.ids();
    if (!ids)
        qFatal("cannot list ids: %s", qPrintable(ids.errorMessage()));
    return {ids->begin(), ids->end()};
}

inline std::int64_t entryCount(const cs::audit::AuditStore &store)
{
    auto n = store.count();
    return n ? *n : -1;
}

// "kind entry… seq n: message" for every problem, for failure messages.
inline QByteArray describe(const cs::audit::VerificationReport &report)
{
    QByteArray out;
    for (const auto &p : report.problems)
        out += QByteArray::fromStdString("\n  " + p.kind + " " + p.entryId.substr(0, 12) + " seq " + std::to_string(p.seq) + ": "
                                         + p.message);
    return out.isEmpty() ? QByteArray("(no problems)") : out;
}

inline std::set<std::string> kindsFor(const cs::audit::VerificationReport &report, const std::string &id)
{
    std::set<std::string> out;
    for (const auto &p : report.problems) {
        if (p.entryId == id)
            out.insert(p.kind);
    }
    return out;
}

inline bool hasProblem(const cs::audit::VerificationReport &report, const std::string &kind, const std::string &id = {})
{
    for (const auto &p : report.problems) {
        if (p.kind == kind && (id.empty() || p.entryId == id))
            return true;
    }
    return false;
}

// Every refusal of a round, one per line, for failure messages.
inline QByteArray describe(const std::vector<cs::audit::SyncRefusal> &refused)
{
    QByteArray out;
    for (const auto &r : refused)
        out += QByteArray::fromStdString("\n  " + r.source + (r.entryId.empty() ? "" : " [" + r.entryId.substr(0, 12) + "]") + ": "
                                         + r.reason);
    return out.isEmpty() ? QByteArray("(nothing refused)") : out;
}

// The refusals naming `source`.
inline std::vector<cs::audit::SyncRefusal> refusalsOf(const std::vector<cs::audit::SyncRefusal> &refused, const std::string &source)
{
    std::vector<cs::audit::SyncRefusal> out;
    for (const auto &r : refused) {
        if (r.source == source)
            out.push_back(r);
    }
    return out;
}

inline bool refusedWith(const std::vector<cs::audit::SyncRefusal> &refused, const std::string &source, const std::string &reasonPart)
{
    for (const auto &r : refused) {
        if (r.source == source && r.reason.find(reasonPart) != std::string::npos)
            return true;
    }
    return false;
}

// Every file under `folder` (relative path -> bytes), to see what a round wrote.
inline std::map<QString, QByteArray> folderFiles(const QString &folder)
{
    std::map<QString, QByteArray> out;
    const QDir root(folder);
    QDirIterator it(folder, QDir::Files | QDir::Hidden | QDir::System, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        QFile f(path);
        if (f.size() > (64 << 20)) {
            out[root.relativeFilePath(path)] = QByteArray("<large file>");
            continue;
        }
        if (f.open(QIODevice::ReadOnly))
            out[root.relativeFilePath(path)] = f.readAll();
    }
    return out;
}

inline bool writeBytes(const QString &path, const QByteArray &bytes)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile f(path);
    return f.open(QIODevice::WriteOnly | QIODevice::Truncate) && f.write(bytes) == bytes.size();
}

// A bundle of `author`'s entries from..to as `store` holds them.
inline cs::audit::Bundle bundleOf(const cs::audit::AuditStore &store, const std::string &author, std::int64_t from, std::int64_t to)
{
    cs::audit::Bundle b;
    b.store = store.storeId();
    b.author = author;
    b.from = from;
    b.to = to;
    auto rows = store.feedRange(author, from, to);
    if (!rows)
        qFatal("cannot read a feed: %s", qPrintable(rows.errorMessage()));
    for (const auto &r : *rows)
        b.entries.push_back({r.signedBytes, r.signature});
    return b;
}

// The canonical body of `body`, framed and signed by `signer` whoever the body names as author:
// a forgery that signEntry() would never produce.
inline cs::audit::SignedEntry signAs(const cs::audit::EntryBody &body, const cs::audit::SecretSeed &signer)
{
    auto canonical = cs::audit::canonicalize(cs::audit::bodyToJson(body));
    if (!canonical)
        qFatal("cannot canonicalise: %s", qPrintable(canonical.errorMessage()));
    cs::audit::SignedEntry e;
    e.signedBytes = cs::audit::entrySignedBytes(QByteArrayView(canonical->data(), static_cast<qsizetype>(canonical->size())));
    auto signature = cs::audit::sign(signer, QByteArrayView(e.signedBytes.data(), static_cast<qsizetype>(e.signedBytes.size())));
    if (!signature)
        qFatal("cannot sign: %s", qPrintable(signature.errorMessage()));
    e.signature.assign(reinterpret_cast<const char *>(signature->data()), signature->size());
    e.id = cs::audit::entryId(QByteArrayView(e.signedBytes.data(), static_cast<qsizetype>(e.signedBytes.size()))).toStdString();
    e.body = body;
    return e;
}

// The request states a store derives, request id -> state and the decisions that count.
struct DerivedState
{
    std::string state;
    std::string packageEntry;
    std::vector<std::string> uncovered;
    std::set<std::string> countingDecisions;
    friend bool operator==(const DerivedState &, const DerivedState &) = default;
};

inline std::map<std::string, DerivedState> derivedStates(const cs::audit::AuditStore &store, cs::audit::VerificationReport *out = nullptr)
{
    auto report = cs::audit::verifyStore(store, kVerifyNow);
    if (!report)
        qFatal("cannot verify: %s", qPrintable(report.errorMessage()));
    const auto valid = report->validEntries();
    std::map<std::string, DerivedState> states;
    for (const auto &request : cs::audit::requestIds(valid)) {
        const auto status = cs::audit::deriveRequestState(request, valid, report->roster());
        DerivedState d;
        d.state = status.state;
        d.packageEntry = status.package ? status.package->entryId : std::string();
        d.uncovered = status.uncoveredFailChecks;
        for (const auto &decision : status.decisions) {
            if (decision.counts)
                d.countingDecisions.insert(decision.entry->id);
        }
        states[request] = d;
    }
    if (out)
        *out = std::move(report).value();
    return states;
}

inline QByteArray describe(const std::map<std::string, DerivedState> &states)
{
    QByteArray out;
    for (const auto &[request, d] : states)
        out += QByteArray::fromStdString(" " + request + "=" + d.state + "(" + std::to_string(d.countingDecisions.size()) + ")");
    return out;
}

// The test server: COUNTERSIGN_TEST_PG_URL, set by CTest's postgres fixture. A test that needs it
// fails (never skips) when it is unset or unreachable.
inline std::optional<cs::audit::PostgresLocation> testServer(QByteArray *problem)
{
    const QString url = qEnvironmentVariable("COUNTERSIGN_TEST_PG_URL");
    if (url.isEmpty()) {
        *problem = "COUNTERSIGN_TEST_PG_URL is not set: run this test through ctest (fixture postgres_start) or start "
                   "tests/support/postgres-fixture.sh by hand and export the URL";
        return std::nullopt;
    }
    auto at = cs::audit::parsePostgresUrl(url);
    if (!at) {
        *problem = "COUNTERSIGN_TEST_PG_URL: " + at.errorMessage().toUtf8();
        return std::nullopt;
    }
    return *at;
}

// A direct connection to the server, bypassing Countersign: the owner doing what a hostile or
// broken server could do to the rows, or the application role trying what it may not.
class RawPg final
{
public:
    explicit RawPg(const cs::audit::PostgresLocation &at)
        : m_name(QStringLiteral("raw-pg-%1").arg(++counter()))
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
    ~RawPg()
    {
        {
            QSqlDatabase db = QSqlDatabase::database(m_name, false);
            if (db.isOpen())
                db.close();
        }
        QSqlDatabase::removeDatabase(m_name);
    }
    RawPg(const RawPg &) = delete;
    RawPg &operator=(const RawPg &) = delete;

    bool isOpen() const { return m_open; }
    const QString &lastError() const { return m_error; }
    QSqlDatabase db() const { return QSqlDatabase::database(m_name, false); }

    bool exec(const QString &sql, const QVariantList &binds = {}, int *rowsAffected = nullptr)
    {
        QSqlQuery q(db());
        // Statements like TRUNCATE cannot be prepared; run those as they are.
        if (!binds.isEmpty() && !q.prepare(sql)) {
            m_error = q.lastError().text();
            return false;
        }
        for (const auto &b : binds)
            q.addBindValue(b);
        if (binds.isEmpty() ? !q.exec(sql) : !q.exec()) {
            m_error = q.lastError().text();
            return false;
        }
        if (rowsAffected)
            *rowsAffected = q.numRowsAffected();
        m_error.clear();
        return true;
    }

    QVariant scalar(const QString &sql, const QVariantList &binds = {})
    {
        QSqlQuery q(db());
        q.prepare(sql);
        for (const auto &b : binds)
            q.addBindValue(b);
        if (!q.exec() || !q.next()) {
            m_error = q.lastError().text();
            return {};
        }
        return q.value(0);
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

} // namespace cs::test

// Fails the test (never skips) when the PostgreSQL test server is not configured or not reachable;
// otherwise sets `location` (a cs::audit::PostgresLocation) to it.
#define REQUIRE_TEST_SERVER(location)                                                                                    \
    do {                                                                                                                 \
        QByteArray problem_;                                                                                             \
        const auto at_ = cs::test::testServer(&problem_);                                                                \
        if (!at_)                                                                                                        \
            QFAIL(problem_.constData());                                                                                 \
        (location) = *at_;                                                                                               \
        cs::test::RawPg probe_(location);                                                                                \
        if (!probe_.isOpen())                                                                                            \
            QFAIL(QByteArray("the PostgreSQL test server is unreachable: " + probe_.lastError().toUtf8()).constData());  \
    } while (false)
