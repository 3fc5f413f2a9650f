// PostgreSQL team-server sync (core/audit/PostgresSync.h, audit contract "Sync") against a real
// throw-away server started by CTest (fixture postgres_start; COUNTERSIGN_TEST_PG_URL). Without
// the server these tests fail, they never skip.
// Covered: signed bytes and signatures come back from bytea exactly, every byte value included;
// server-init's application role may INSERT and SELECT but not UPDATE, DELETE or TRUNCATE; a
// hostile server (a row altered, a row deleted, another store's entry filed under our store id, a
// feed's tail withheld) is detected and never believed; a push still in flight when a peer pulls
// is not skipped for good; an unreachable server is an error, not an empty round.

#include "SyncTestSupport.h"
#include "TestSupport.h"

#include "audit/Bundle.h"
#include "audit/FolderSync.h"
#include "audit/PostgresSync.h"
#include "audit/Verification.h"

#include <QTemporaryDir>
#include <QTest>

using namespace cs;
using namespace cs::audit;
using namespace cs::test;

namespace {

const QString kAppRole = QStringLiteral("countersign_app");
const QString kAppPassword = QStringLiteral("app-secret");

struct Team
{
    Deployment deployment;
    SecretSeed alice = newSeed();
    SecretSeed bob = newSeed();
};

QString url(const PostgresLocation &at)
{
    return QStringLiteral("postgresql://%1@%2:%3/%4").arg(at.user, at.host).arg(at.port).arg(at.database);
}

} // namespace

#define PG_ROUND(report, store, server)                                                                                  \
    auto report##Result_ = syncWithPostgres((store), (server), tick());                                                  \
    QVERIFY2(report##Result_, why(report##Result_).constData());                                                         \
    [[maybe_unused]] const SyncReport &report = *report##Result_

class TestPostgresSync : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void byteaRoundTripIsExact();
    void appRoleMayOnlyInsertAndSelect();
    void entriesOfAFewKilobytesStayInTheirRows();
    void alteredRowsAreRefused();
    void deletedRowLeavesSuccessorsWaiting();
    void foreignEntryUnderOurStoreIdIsRefused();
    void withheldTailIsExposedBySeen();
    void pushInFlightDuringPullIsNotSkipped();
    void cliNamesRefusedRows();
    void unreachableServerIsAnError();

private:
    std::int64_t tick() { return m_now += 1000; }
    SignedEntry put(AuditStore &store, const SecretSeed &author, const std::string &type, const nlohmann::json &content)
    {
        auto e = store.append(author, type, content, tick());
        if (!e)
            qFatal("append failed: %s", qPrintable(e.errorMessage()));
        return std::move(e).value();
    }
    SignedEntry comment(AuditStore &store, const SecretSeed &author, const std::string &text)
    {
        return put(store, author, entry_type::Comment, commentContent("req-1", text));
    }
    SignedEntry roster(AuditStore &store, const Team &t)
    {
        return put(store, t.deployment.admin, entry_type::Roster,
                   rosterContent({grant(t.alice, "Alice", "alice@example.org", {"ml_platform_engineer"}),
                                  grant(t.bob, "Bob", "bob@example.org", {"security_reviewer"})}));
    }
    // The server's position of the row holding entry `id`.
    qint64 posOf(const std::string &id)
    {
        RawPg owner(m_server);
        return owner.scalar(QStringLiteral("SELECT pos FROM countersign_entries WHERE id = ?"), {QString::fromStdString(id)}).toLongLong();
    }

    PostgresLocation m_server; // the owner (initdb's superuser)
    PostgresLocation m_app;    // the role server-init creates
    std::int64_t m_now = kT0;
};

void TestPostgresSync::initTestCase()
{
    REQUIRE_TEST_SERVER(m_server);
    auto ok = initPostgresServer(m_server, kAppRole, kAppPassword);
    QVERIFY2(ok, why(ok).constData());
    // Running it again is harmless.
    auto again = initPostgresServer(m_server, kAppRole, kAppPassword);
    QVERIFY2(again, why(again).constData());
    m_app = m_server;
    m_app.user = kAppRole;
    m_app.password = kAppPassword;
}

void TestPostgresSync::byteaRoundTripIsExact()
{
    QTemporaryDir dir;
    Team t;
    auto a = t.deployment.store(dir.filePath(QStringLiteral("a.db")));
    roster(*a, t);
    // Bodies with every character from U+0001 to U+00FF (the control characters escaped by the
    // canonical form, DEL and the upper half written as UTF-8), and some beyond.
    QString text;
    for (char16_t c = 1; c < 256; ++c)
        text += QChar(c);
    text += QStringLiteral("\u2028 \u4e2d\u6587 \U0001F600 \uFFFD");
    const std::string utf8 = text.toUtf8().toStdString();
    // Enough entries that the signatures hold every byte value, 0x00 and 0x5c included.
    std::set<unsigned char> signatureBytes;
    int n = 0;
    while (signatureBytes.size() < 256 && n < 400) {
        const SignedEntry e = comment(*a, n % 2 ? t.alice : t.bob, utf8 + std::to_string(n));
        for (char c : e.signature)
            signatureBytes.insert(static_cast<unsigned char>(c));
        ++n;
    }
    QCOMPARE(signatureBytes.size(), std::size_t(256));
    auto rows = a->rows();
    QVERIFY2(rows, why(rows).constData());
    std::set<unsigned char> bodyBytes;
    for (const auto &r : *rows) {
        for (char c : r.signedBytes)
            bodyBytes.insert(static_cast<unsigned char>(c));
    }
    QVERIFY(bodyBytes.count(0x7f) && bodyBytes.count(0xc3) && bodyBytes.count(0xf0));

    PG_ROUND(push, *a, m_app);
    QCOMPARE(push.sent, rows->size());
    QVERIFY2(push.refused.empty(), describe(push.refused).constData());

    // What the server holds is the bytes exactly.
    RawPg owner(m_server);
    QVERIFY2(owner.isOpen(), qPrintable(owner.lastError()));
    QSqlQuery q(owner.db());
    q.prepare(QStringLiteral("SELECT id, signed, signature, author, seq, octet_length(signature) FROM countersign_entries WHERE store_id = ?"));
    q.addBindValue(QString::fromStdString(t.deployment.storeId));
    QVERIFY2(q.exec(), qPrintable(q.lastError().text()));
    std::map<std::string, const StoredRow *> byId;
    for (const auto &r : *rows)
        byId[r.id] = &r;
    std::size_t onServer = 0;
    while (q.next()) {
        ++onServer;
        const std::string id = q.value(0).toString().toStdString();
        QVERIFY2(byId.count(id), id.c_str());
        const StoredRow &r = *byId[id];
        QVERIFY2(stringOf(q.value(1).toByteArray()) == r.signedBytes, id.c_str());
        QVERIFY2(stringOf(q.value(2).toByteArray()) == r.signature, id.c_str());
        QCOMPARE(q.value(3).toString().toStdString(), r.author);
        QCOMPARE(q.value(4).toLongLong(), static_cast<qlonglong>(r.seq));
        QCOMPARE(q.value(5).toInt(), 64);
    }
    QCOMPARE(onServer, rows->size());

    // And a fresh store pulls them back byte for byte.
    auto b = t.deployment.store(dir.filePath(QStringLiteral("b.db")));
    PG_ROUND(pull, *b, m_app);
    QVERIFY2(pull.refused.empty(), describe(pull.refused).constData());
    QCOMPARE(pull.arrived, rows->size());
    for (const auto &r : *rows) {
        auto got = b->entry(r.id);
        QVERIFY2(got && got->has_value(), r.id.c_str());
        QVERIFY2((*got)->signedBytes == r.signedBytes, r.id.c_str());
        QVERIFY2((*got)->signature == r.signature, r.id.c_str());
    }
    auto vb = verifyStore(*b, kVerifyNow);
    QVERIFY2(vb, why(vb).constData());
    QVERIFY2(vb->clean(), describe(*vb).constData());

    // Idempotent: the same round again moves nothing.
    PG_ROUND(again, *b, m_app);
    QCOMPARE(again.arrived, std::size_t(0));
    QCOMPARE(again.sent, std::size_t(0));
    QVERIFY2(again.refused.empty(), describe(again.refused).constData());
}

// server-init keeps rows up to a page whole, so that a pull reads each entry once rather than
// gathering it from the TOAST table: entries of a few kilobytes (a long `seen` list) go in line.
void TestPostgresSync::entriesOfAFewKilobytesStayInTheirRows()
{
    QTemporaryDir dir;
    Team t;
    auto a = t.deployment.store(dir.filePath(QStringLiteral("a.db")));
    roster(*a, t);
    const SignedEntry big = comment(*a, t.alice, std::string(4000, 'x'));
    QVERIFY(big.signedBytes.size() > 4000);
    PG_ROUND(push, *a, m_app);
    QCOMPARE(push.sent, std::size_t(2));

    RawPg owner(m_server);
    QVERIFY2(owner.isOpen(), qPrintable(owner.lastError()));
    // Stored in line: the size the row holds is the value's own (no TOAST pointer of 18 bytes),
    // and uncompressed (pglz would shrink 4,000 x's to almost nothing).
    const QVariantList id{QString::fromStdString(big.id)};
    const QVariant stored = owner.scalar(
        QStringLiteral("SELECT pg_column_size(signed) FROM countersign_entries WHERE id = ?"), id);
    QVERIFY2(stored.isValid(), qPrintable(owner.lastError()));
    QCOMPARE(stored.toLongLong(), static_cast<qlonglong>(big.signedBytes.size()) + 4);
    const QVariant target = owner.scalar(QStringLiteral(
        "SELECT array_to_string(reloptions, ',') FROM pg_class WHERE relname = 'countersign_entries'"));
    QVERIFY2(target.toString().contains(QStringLiteral("toast_tuple_target=8160")), qPrintable(target.toString()));
}

void TestPostgresSync::appRoleMayOnlyInsertAndSelect()
{
    QTemporaryDir dir;
    Team t;
    auto a = t.deployment.store(dir.filePath(QStringLiteral("a.db")));
    roster(*a, t);
    comment(*a, t.alice, "one");
    PG_ROUND(push, *a, m_app); // INSERT
    QCOMPARE(push.sent, std::size_t(2));
    auto b = t.deployment.store(dir.filePath(QStringLiteral("b.db")));
    PG_ROUND(pull, *b, m_app); // SELECT
    QCOMPARE(pull.arrived, std::size_t(2));

    RawPg app(m_app);
    QVERIFY2(app.isOpen(), qPrintable(app.lastError()));
    const QVariantList ours{QString::fromStdString(t.deployment.storeId)};
    QVERIFY2(app.scalar(QStringLiteral("SELECT count(*) FROM countersign_entries WHERE store_id = ?"), ours).toInt() == 2,
             qPrintable(app.lastError()));
    const QString refusedSql[] = {
        QStringLiteral("UPDATE countersign_entries SET seq = seq + 1 WHERE store_id = ?"),
        QStringLiteral("UPDATE countersign_entries SET signed = '\\x00'::bytea WHERE store_id = ?"),
        QStringLiteral("DELETE FROM countersign_entries WHERE store_id = ?"),
    };
    for (const QString &sql : refusedSql) {
        QVERIFY2(!app.exec(sql, ours), qPrintable(sql + QStringLiteral(" was allowed")));
        QVERIFY2(app.lastError().contains(QStringLiteral("permission denied")), qPrintable(app.lastError()));
    }
    QVERIFY(!app.exec(QStringLiteral("TRUNCATE countersign_entries")));
    QVERIFY2(app.lastError().contains(QStringLiteral("permission denied")), qPrintable(app.lastError()));
    QVERIFY(!app.exec(QStringLiteral("ALTER TABLE countersign_entries DROP CONSTRAINT countersign_entries_id_key")));
    QVERIFY(!app.exec(QStringLiteral("DROP TABLE countersign_entries")));
    // Nothing changed.
    QCOMPARE(app.scalar(QStringLiteral("SELECT count(*) FROM countersign_entries WHERE store_id = ?"), ours).toInt(), 2);
}

void TestPostgresSync::alteredRowsAreRefused()
{
    QTemporaryDir dir;
    Team t;
    auto a = t.deployment.store(dir.filePath(QStringLiteral("a.db")));
    const SignedEntry r1 = roster(*a, t);
    std::vector<SignedEntry> alice;
    for (int i = 0; i < 5; ++i)
        alice.push_back(comment(*a, t.alice, "a" + std::to_string(i)));
    PG_ROUND(push, *a, m_app);
    QCOMPARE(push.sent, std::size_t(6));

    // As the owner: alice 2 gets other bytes under its old id; alice 4 gets other bytes and the
    // id that matches them (its signature then no longer does); the roster gets another signature.
    RawPg owner(m_server);
    QVERIFY2(owner.isOpen(), qPrintable(owner.lastError()));
    auto tampered = [](const SignedEntry &e) {
        std::string s = e.signedBytes;
        const auto at = s.rfind("\"text\":\"a");
        s[at + 9] = 'z';
        return s;
    };
    const std::string bytes2 = tampered(alice[1]);
    QVERIFY(owner.exec(QStringLiteral("UPDATE countersign_entries SET signed = ? WHERE id = ?"),
                       {bytesOf(bytes2), QString::fromStdString(alice[1].id)}));
    const std::string bytes4 = tampered(alice[3]);
    const std::string id4 = entryId(QByteArrayView(bytes4.data(), static_cast<qsizetype>(bytes4.size()))).toStdString();
    QVERIFY(owner.exec(QStringLiteral("UPDATE countersign_entries SET signed = ?, id = ? WHERE id = ?"),
                       {bytesOf(bytes4), QString::fromStdString(id4), QString::fromStdString(alice[3].id)}));
    std::string sig = r1.signature;
    sig[0] = static_cast<char>(sig[0] ^ 0x20);
    QVERIFY(owner.exec(QStringLiteral("UPDATE countersign_entries SET signature = ? WHERE id = ?"),
                       {bytesOf(sig), QString::fromStdString(r1.id)}));
    const std::string row1 = "row pos=" + std::to_string(posOf(r1.id));
    const std::string row2 = "row pos=" + std::to_string(posOf(alice[1].id));
    const std::string row4 = "row pos=" + std::to_string(posOf(id4));

    auto b = t.deployment.store(dir.filePath(QStringLiteral("b.db")));
    PG_ROUND(pull, *b, m_app);
    QVERIFY2(refusedWith(pull.refused, row1, "signature does not verify"), describe(pull.refused).constData());
    QVERIFY2(refusedWith(pull.refused, row2, "not the SHA-256 of its signed bytes"), describe(pull.refused).constData());
    QVERIFY2(refusedWith(pull.refused, row4, "signature does not verify"), describe(pull.refused).constData());
    QCOMPARE(pull.refused.size(), std::size_t(3));
    auto log = b->syncLog(100);
    QVERIFY2(log, why(log).constData());
    for (const auto &src : {row1, row2, row4})
        QVERIFY2(refusedWith(*log, src, ""), describe(*log).constData());
    // Only alice 1 could be kept; 3 and 5 wait for predecessors the server does not give honestly.
    QCOMPARE(pull.arrived, std::size_t(1));
    QCOMPARE(pull.waiting, std::size_t(2));
    QCOMPARE(idSet(*b), (std::set<std::string>{alice[0].id}));
    auto vb = verifyStore(*b, kVerifyNow);
    QVERIFY2(vb, why(vb).constData());
    QVERIFY2(!vb->fatal(), describe(*vb).constData());

    // Waiting rows are fetched again next round, and still nothing bad gets in.
    PG_ROUND(again, *b, m_app);
    QCOMPARE(again.arrived, std::size_t(0));
    QCOMPARE(again.waiting, std::size_t(2));
    QCOMPARE(idSet(*b), (std::set<std::string>{alice[0].id}));

    // The honest store is not fooled either: it keeps its own bytes.
    PG_ROUND(honest, *a, m_app);
    QCOMPARE(honest.arrived, std::size_t(0));
    auto va = verifyStore(*a, kVerifyNow);
    QVERIFY2(va && va->clean(), "the honest store's own entries were disturbed");
}

void TestPostgresSync::deletedRowLeavesSuccessorsWaiting()
{
    QTemporaryDir dir;
    Team t;
    auto a = t.deployment.store(dir.filePath(QStringLiteral("a.db")));
    roster(*a, t);
    std::vector<SignedEntry> alice;
    for (int i = 0; i < 4; ++i)
        alice.push_back(comment(*a, t.alice, "a" + std::to_string(i)));
    PG_ROUND(push, *a, m_app);
    RawPg owner(m_server);
    int deleted = 0;
    QVERIFY(owner.exec(QStringLiteral("DELETE FROM countersign_entries WHERE id = ?"), {QString::fromStdString(alice[1].id)}, &deleted));
    QCOMPARE(deleted, 1);

    auto b = t.deployment.store(dir.filePath(QStringLiteral("b.db")));
    PG_ROUND(pull, *b, m_app);
    QCOMPARE(pull.arrived, std::size_t(2)); // roster, alice 1
    QCOMPARE(pull.waiting, std::size_t(2)); // alice 3 and 4
    QVERIFY2(pull.refused.empty(), describe(pull.refused).constData());
    QCOMPARE(*b->headSeq(keyHex(t.alice)), qint64(1));
    PG_ROUND(stillWaiting, *b, m_app);
    QCOMPARE(stillWaiting.waiting, std::size_t(2));

    // Someone who holds the missing entry pushes it again: the waiting ones follow.
    auto c = t.deployment.store(dir.filePath(QStringLiteral("c.db")));
    QTemporaryDir share;
    {
        auto ra = syncWithFolder(*a, share.path(), tick());
        QVERIFY2(ra, why(ra).constData());
        auto rc = syncWithFolder(*c, share.path(), tick());
        QVERIFY2(rc, why(rc).constData());
    }
    PG_ROUND(repush, *c, m_app);
    QCOMPARE(repush.sent, std::size_t(1));
    PG_ROUND(complete, *b, m_app);
    QCOMPARE(complete.arrived, std::size_t(3));
    QCOMPARE(complete.waiting, std::size_t(0));
    QCOMPARE(idSet(*b), idSet(*a));
}

void TestPostgresSync::foreignEntryUnderOurStoreIdIsRefused()
{
    QTemporaryDir dir;
    Team t;
    auto a = t.deployment.store(dir.filePath(QStringLiteral("a.db")));
    roster(*a, t);
    PG_ROUND(push, *a, m_app);
    // An entry of another store of the same administrator, filed under our store id.
    auto other = AuditStore::create(dir.filePath(QStringLiteral("other.db")), t.deployment.admin.publicKey(), randomStoreId());
    QVERIFY2(other, why(other).constData());
    const SignedEntry foreign = comment(**other, t.alice, "written for another store");
    RawPg app(m_app);
    QVERIFY(app.exec(QStringLiteral("INSERT INTO countersign_entries(id, store_id, author, seq, signed, signature) VALUES (?, ?, ?, ?, ?, ?)"),
                     {QString::fromStdString(foreign.id), QString::fromStdString(t.deployment.storeId),
                      QString::fromStdString(foreign.body.author), QVariant::fromValue<qlonglong>(foreign.body.seq),
                      bytesOf(foreign.signedBytes), bytesOf(foreign.signature)}));
    const std::string row = "row pos=" + std::to_string(posOf(foreign.id));

    auto b = t.deployment.store(dir.filePath(QStringLiteral("b.db")));
    PG_ROUND(pull, *b, m_app);
    QVERIFY2(refusedWith(pull.refused, row, "belongs to another store"), describe(pull.refused).constData());
    QCOMPARE(pull.refused.size(), std::size_t(1));
    QCOMPARE(pull.arrived, std::size_t(1));
    QVERIFY(!idSet(*b).count(foreign.id));
    auto log = b->syncLog(10);
    QVERIFY2(log && refusedWith(*log, row, "belongs to another store"), "the refusal is not in the sync log");
    // The honest store does not take it either.
    PG_ROUND(honest, *a, m_app);
    QVERIFY(refusedWith(honest.refused, row, "belongs to another store"));
    QVERIFY(!idSet(*a).count(foreign.id));
}

void TestPostgresSync::withheldTailIsExposedBySeen()
{
    QTemporaryDir dir;
    Team t;
    auto a = t.deployment.store(dir.filePath(QStringLiteral("a.db")));
    roster(*a, t);
    std::vector<SignedEntry> alice;
    for (int i = 0; i < 5; ++i)
        alice.push_back(comment(*a, t.alice, "a" + std::to_string(i)));
    PG_ROUND(pushA, *a, m_app);

    // Bob reads everything from the server and writes, having seen Alice's seq 5.
    auto b = t.deployment.store(dir.filePath(QStringLiteral("b.db")));
    PG_ROUND(pullB, *b, m_app);
    QCOMPARE(pullB.arrived, std::size_t(6));
    const SignedEntry witness = comment(*b, t.bob, "seen Alice's five");

    // From now on the server withholds the tail of Alice's feed.
    RawPg owner(m_server);
    QVERIFY(owner.exec(QStringLiteral("DELETE FROM countersign_entries WHERE store_id = ? AND author = ? AND seq > 3"),
                       {QString::fromStdString(t.deployment.storeId), QString::fromStdString(keyHex(t.alice))}));

    // A newcomer believes the server, until Bob's witness reaches it by another way: a folder.
    auto c = t.deployment.store(dir.filePath(QStringLiteral("c.db")));
    PG_ROUND(pullC, *c, m_app);
    QCOMPARE(*c->headSeq(keyHex(t.alice)), qint64(3));
    auto before = verifyStore(*c, kVerifyNow);
    QVERIFY2(before && before->clean(), "the server's partial view should look consistent on its own");
    QTemporaryDir share;
    QVERIFY(writeBytes(share.filePath(QStringLiteral("feeds/")) + QString::fromStdString(keyHex(t.bob)) + QStringLiteral("/1-1.bundle"),
                       bytesOf(encodeBundle(bundleOf(*b, keyHex(t.bob), 1, 1)))));
    auto folderRound = syncWithFolder(*c, share.path(), tick());
    QVERIFY2(folderRound, why(folderRound).constData());
    QCOMPARE(folderRound->arrived, std::size_t(1));
    auto vc = verifyStore(*c, kVerifyNow);
    QVERIFY2(vc, why(vc).constData());
    QVERIFY2(hasProblem(*vc, problem::Withheld, witness.id), describe(*vc).constData());
}

void TestPostgresSync::pushInFlightDuringPullIsNotSkipped()
{
    // Alice's workbench pushes a long round in one transaction; its rows get their positions at
    // INSERT time but become visible only at COMMIT. Bob's short push commits in between, and a
    // third workbench pulls then. Alice's rows must still reach it on a later round.
    QTemporaryDir dir;
    Team t;
    auto a = t.deployment.store(dir.filePath(QStringLiteral("a.db")));
    auto b = t.deployment.store(dir.filePath(QStringLiteral("b.db")));
    auto c = t.deployment.store(dir.filePath(QStringLiteral("c.db")));
    roster(*a, t);
    comment(*a, t.alice, "a0");
    comment(*a, t.alice, "a1");
    comment(*b, t.bob, "b0");

    RawPg alicesPush(m_app);
    QVERIFY2(alicesPush.isOpen(), qPrintable(alicesPush.lastError()));
    QVERIFY(alicesPush.db().transaction());
    auto rows = a->rows();
    QVERIFY2(rows, why(rows).constData());
    for (const auto &r : *rows) {
        QVERIFY2(alicesPush.exec(QStringLiteral("INSERT INTO countersign_entries(id, store_id, author, seq, signed, signature)"
                                                " VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT (id) DO NOTHING"),
                                 {QString::fromStdString(r.id), QString::fromStdString(t.deployment.storeId),
                                  QString::fromStdString(r.author), QVariant::fromValue<qlonglong>(r.seq), bytesOf(r.signedBytes),
                                  bytesOf(r.signature)}),
                 qPrintable(alicesPush.lastError()));
    }
    PG_ROUND(pushB, *b, m_app);
    QCOMPARE(pushB.sent, std::size_t(1));
    PG_ROUND(early, *c, m_app);
    QCOMPARE(early.arrived, std::size_t(1)); // Bob's; Alice's are not committed yet
    QVERIFY(alicesPush.db().commit());

    // Everyone syncs a few rounds.
    for (int i = 0; i < 3; ++i) {
        for (AuditStore *s : {a.get(), b.get(), c.get()}) {
            auto r = syncWithPostgres(*s, m_app, tick());
            QVERIFY2(r, why(r).constData());
        }
    }
    const auto ids = idSet(*c);
    for (const auto &r : *rows)
        QVERIFY2(ids.count(r.id), "an entry committed after a later position was pulled is never fetched: the pull skips it for good");
    QCOMPARE(idSet(*c), idSet(*b));
}

void TestPostgresSync::cliNamesRefusedRows()
{
    QTemporaryDir dir;
    Team t;
    const QString pathA = dir.filePath(QStringLiteral("a.db"));
    const QString pathB = dir.filePath(QStringLiteral("b.db"));
    std::string id;
    {
        auto a = t.deployment.store(pathA);
        roster(*a, t);
        id = comment(*a, t.alice, "a0").id;
        auto b = t.deployment.store(pathB);
    }
    const CliRun push = runCli({QStringLiteral("sync"), pathA, QStringLiteral("--postgres"), url(m_app)});
    QVERIFY2(push.exitCode == 0, push.err.c_str());
    QVERIFY2(push.out.find("sent:    2 entries") != std::string::npos, push.out.c_str());

    RawPg owner(m_server);
    QVERIFY(owner.exec(QStringLiteral("UPDATE countersign_entries SET signature = ? WHERE id = ?"),
                       {bytesOf(std::string(64, 'x')), QString::fromStdString(id)}));
    const std::string row = "row pos=" + std::to_string(posOf(id));
    const CliRun pull = runCli({QStringLiteral("sync"), pathB, QStringLiteral("--postgres"), url(m_app)});
    QCOMPARE(pull.exitCode, 0); // the round completed, refusals included
    QVERIFY2(pull.out.find("arrived: 1 new entry") != std::string::npos, pull.out.c_str());
    QVERIFY2(pull.out.find("refused: 1") != std::string::npos, pull.out.c_str());
    QVERIFY2(pull.out.find(row + " entry " + id.substr(0, 16)) != std::string::npos, pull.out.c_str());
    QVERIFY2(pull.out.find("its signature does not verify") != std::string::npos, pull.out.c_str());
}

void TestPostgresSync::unreachableServerIsAnError()
{
    QTemporaryDir dir;
    Team t;
    auto a = t.deployment.store(dir.filePath(QStringLiteral("a.db")));
    roster(*a, t);
    PostgresLocation nowhere = m_server;
    nowhere.port = 1; // nothing listens there
    auto r = syncWithPostgres(*a, nowhere, tick());
    QVERIFY(!r);
    QVERIFY2(r.errorMessage().contains(QStringLiteral("cannot connect")), qPrintable(r.errorMessage()));
    const CliRun run = runCli({QStringLiteral("sync"), a->path(), QStringLiteral("--postgres"), url(nowhere)});
    QCOMPARE(run.exitCode, 2);
}

QTEST_GUILESS_MAIN(TestPostgresSync)
#include "tst_postgressync.moc"
