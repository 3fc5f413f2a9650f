// The tamper matrix (audit contract, "Verification"): one test per kind of damage, each done to
// a store file the way anyone with the sqlite3 shell could (triggers dropped first, rows edited,
// deleted, renumbered or hand-inserted), and each asserting the exact problem kind reported and
// the entry it names. Also: a replayed entry changes nothing, valid entries stay valid around the
// damage, and the CLI's exit status.

#include "AuditTestSupport.h"
#include "TestSupport.h"

#include "audit/AuditStore.h"
#include "audit/Verification.h"
#include "util/Clock.h"

#include <QFileInfo>
#include <QTemporaryDir>
#include <QTest>

#include <nlohmann/json.hpp>

#include <exception>
#include <mutex>

using namespace cs;
using namespace cs::audit;
using namespace cs::test;

namespace {

// Everything a verification concludes, as text: each problem in order and each entry's validity.
QString verdict(const cs::audit::VerificationReport &r)
{
    QString out;
    for (const auto &p : r.problems)
        out += QString::fromStdString(p.kind + " " + p.entryId + " " + p.message + (p.fatal ? " fatal" : "")) + QLatin1Char('\n');
    for (const auto &e : r.entries)
        out += QString::fromStdString(e.row.id) + (e.valid ? QStringLiteral(" valid\n") : QStringLiteral(" not valid\n"));
    return out;
}

// The verifier's clock: an hour after the store's entries were written.
constexpr std::int64_t kVerifyNow = kT0 + 3'600'000;
constexpr std::int64_t kFiveMinutes = 5 * 60 * 1000;

using Kinds = std::set<std::string>;

QByteArray kindsText(const Kinds &kinds)
{
    QByteArray out = "{";
    for (const auto &k : kinds)
        out += QByteArray(out.size() > 1 ? ", " : "") + QByteArray::fromStdString(k);
    return out + "}";
}

// A store of one deployment as the tests find it before any damage: the administrator's roster,
// two reviewers' feeds that have seen each other.
struct Base
{
    std::string storeId;
    SignedEntry roster1; // admin seq 1: grants Alice and Bob
    SignedEntry a1;      // Alice seq 1: package_received
    SignedEntry a2;      // Alice seq 2: decision approve as ml_platform_engineer
    SignedEntry b1;      // Bob seq 1: decision approve as security_reviewer (saw admin:1, Alice:2)
    SignedEntry a3;      // Alice seq 3: comment "all good" (saw admin:1, Bob:1); nobody saw it
};

} // namespace

// QCOMPARE of the problem kinds naming one entry, with every problem listed on failure.
#define COMPARE_KINDS(report, id, ...)                                                                                   \
    do {                                                                                                                 \
        const Kinds expectedKinds_{__VA_ARGS__};                                                                         \
        const Kinds actualKinds_ = kindsFor((report), (id));                                                             \
        QVERIFY2(actualKinds_ == expectedKinds_, QByteArray("kinds naming " + QByteArray::fromStdString((id).substr(0, 12)) \
                                                            + ": " + kindsText(actualKinds_) + ", expected "              \
                                                            + kindsText(expectedKinds_) + "; all problems:"              \
                                                            + describe(report))                                          \
                                                     .constData());                                                      \
    } while (false)

#define COMPARE_NAMED(report, ...)                                                                                       \
    do {                                                                                                                 \
        const std::set<std::string> expectedIds_{__VA_ARGS__};                                                           \
        QVERIFY2(namedIds(report) == expectedIds_, QByteArray("unexpected entries named:" + describe(report)).constData()); \
    } while (false)

class TestVerification : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanup();

    void baselineIsClean();
    void changedByteInSignedBytes_data();
    void changedByteInSignedBytes();
    void changedByteInSignature();
    void changedByteInIdColumn();
    void removedEntryMidFeed();
    void reorderedRows();
    void forgedSignature();
    void entryOfAnotherStore();
    void replayedEntryChangesNothing();
    void forkKeptAsEvidence();
    void revocationCutPoint();
    void retiredKey();
    void roleNotGranted();
    void decisionBeforeAnyRosterIsNotAuthorised();
    void rosterForkIsFatal();
    void withheldTailExposedBySeen();
    void splitViewExposedBySeen();
    void nonCanonicalBody_data();
    void nonCanonicalBody();
    void timeGoesBackwards();
    void timeInTheFuture();
    void malformedContentIsReportedNotThrown_data();
    void malformedContentIsReportedNotThrown();
    void cliExitStatus();
    void anchorGivenByTheAuditor();
    void progressIsReportedEvery1024Entries();

private:
    std::unique_ptr<AuditStore> create(const QString &path, const std::optional<std::string> &storeId = std::nullopt);
    Base buildBase(const QString &path);
    static Result<VerificationReport> verifyFile(const QString &path, std::int64_t nowMs = kVerifyNow);

    std::optional<SecretSeed> m_admin, m_alice, m_bob, m_mallory;
};

void TestVerification::initTestCase()
{
    m_admin = newSeed();
    m_alice = newSeed();
    m_bob = newSeed();
    m_mallory = newSeed();
}

void TestVerification::cleanup()
{
    setClockForTesting(nullptr);
}

std::unique_ptr<AuditStore> TestVerification::create(const QString &path, const std::optional<std::string> &storeId)
{
    auto store = AuditStore::create(path, m_admin->publicKey(), storeId);
    if (!store)
        qFatal("cannot create %s: %s", qPrintable(path), qPrintable(store.errorMessage()));
    return std::move(store).value();
}

Base TestVerification::buildBase(const QString &path)
{
    auto store = create(path);
    auto must = [](Result<SignedEntry> r) {
        if (!r)
            qFatal("cannot append: %s", qPrintable(r.errorMessage()));
        return std::move(r).value();
    };
    Base b;
    b.storeId = store->storeId();
    b.roster1 = must(store->append(*m_admin, entry_type::Roster,
                                   rosterContent({grant(*m_alice, "Alice", "alice@example.org", {"ml_platform_engineer", "data_steward"}),
                                                  grant(*m_bob, "Bob", "bob@example.org", {"security_reviewer", "risk_officer"})}),
                                   kT0));
    b.a1 = must(store->append(*m_alice, entry_type::PackageReceived,
                              {{"request_id", "REQ-1"},
                               {"package_digest", "d1"},
                               {"name", "churn-model"},
                               {"version", "1.0"},
                               {"kind", "ml_model"},
                               {"submitted_by", "sam@example.org"},
                               {"track", "yellow"},
                               {"required_signoffs", {"ml_platform_engineer"}},
                               {"policy_digest", "policy-1"},
                               {"fail_checks", nlohmann::json::array()}},
                              kT0 + 1000));
    b.a2 = must(store->append(*m_alice, entry_type::Decision, decisionContent("REQ-1", "d1", "ml_platform_engineer", "approve"), kT0 + 2000));
    b.b1 = must(store->append(*m_bob, entry_type::Decision, decisionContent("REQ-1", "d1", "security_reviewer", "approve"), kT0 + 3000));
    b.a3 = must(store->append(*m_alice, entry_type::Comment, commentContent("REQ-1", "all good"), kT0 + 4000));
    return b;
}

Result<VerificationReport> TestVerification::verifyFile(const QString &path, std::int64_t nowMs)
{
    auto store = AuditStore::open(path, AuditStore::Access::ReadOnly);
    if (!store)
        return store.error();
    auto whole = verifyStore(**store, nowMs);
    if (!whole)
        return whole;
    // Every case also checks the pipelined reading: in chunks of two rows, and all rows at once
    // without the pipeline, the verdict must be the same.
    auto chunked = verifyStore(**store, nowMs, {}, 2);
    auto rows = (*store)->rows();
    if (!chunked || !rows)
        return makeError(QStringLiteral("chunked verification or reading the rows failed"));
    const VerificationReport direct = verifyRows(std::move(rows).value(), (*store)->storeId(), (*store)->anchor(), nowMs);
    const QString expected = verdict(*whole);
    if (verdict(*chunked) != expected || verdict(direct) != expected)
        return makeError(QStringLiteral("chunked verification differs:\n%1\n---\n%2\n---\n%3")
                             .arg(expected, verdict(*chunked), verdict(direct)));
    return whole;
}

void TestVerification::baselineIsClean()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("x.store"));
    const Base b = buildBase(path);
    auto report = verifyFile(path);
    QVERIFY2(report, why(report).constData());
    QVERIFY2(report->clean(), describe(*report).constData());
    QVERIFY(!report->fatal());
    QCOMPARE(report->entries.size(), std::size_t(5));
    for (const auto &id : {b.roster1.id, b.a1.id, b.a2.id, b.b1.id, b.a3.id})
        QVERIFY(isValid(*report, id));
    QCOMPARE(report->validEntries().size(), std::size_t(5));
    QCOMPARE(report->storeId, b.storeId);
    QCOMPARE(report->anchor, keyHex(*m_admin));
    QVERIFY(report->roster().grants(keyHex(*m_bob), "risk_officer", b.roster1.id));
    // b1 witnessed the administrator's and Alice's feeds as they were.
    QCOMPARE(b.b1.body.seen.size(), std::size_t(2));
}

void TestVerification::changedByteInSignedBytes_data()
{
    QTest::addColumn<QByteArray>("from");
    QTest::addColumn<QByteArray>("to");
    QTest::addColumn<int>("which"); // 3: a3 (nobody saw it, nothing follows), 2: a2 (mid-feed)
    QTest::addColumn<QStringList>("kinds");
    const QStringList idAndSignature{QString::fromLatin1(problem::IdMismatch), QString::fromLatin1(problem::BadSignature)};
    QTest::newRow("comment text, last entry") << QByteArray("all good") << QByteArray("all food") << 3 << idAndSignature;
    // "approvE" is no decision at all, so the content is malformed as well.
    QTest::newRow("decision, mid-feed") << QByteArray("\"approve\"") << QByteArray("\"approvE\"") << 2
                                        << (idAndSignature + QStringList{QString::fromLatin1(problem::Malformed)});
    QTest::newRow("JSON structure") << QByteArray("{\"author\"") << QByteArray("[\"author\"") << 3
                                    << QStringList{QString::fromLatin1(problem::Malformed)};
    QTest::newRow("DSSE header") << QByteArray("DSSEv1") << QByteArray("DSSEv2") << 3 << QStringList{QString::fromLatin1(problem::Malformed)};
}

void TestVerification::changedByteInSignedBytes()
{
    QFETCH(QByteArray, from);
    QFETCH(QByteArray, to);
    QFETCH(int, which);
    QFETCH(QStringList, kinds);
    QCOMPARE(from.size(), to.size()); // one byte changed, the length kept

    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("x.store"));
    const Base b = buildBase(path);
    const SignedEntry &target = which == 3 ? b.a3 : b.a2;
    {
        RawSql raw(path);
        QVERIFY(raw.dropTriggers());
        QByteArray bytes = bytesOf(target.signedBytes);
        const qsizetype at = bytes.indexOf(from);
        QVERIFY(at >= 0);
        bytes.replace(at, from.size(), to);
        QVERIFY2(raw.exec(QStringLiteral("UPDATE entries SET signed = ? WHERE id = ?"), {bytes, QString::fromStdString(target.id)}),
                 qPrintable(raw.lastError()));
    }
    auto report = verifyFile(path);
    QVERIFY2(report, why(report).constData());
    Kinds expected;
    for (const QString &k : std::as_const(kinds))
        expected.insert(k.toStdString());
    const Kinds actual = kindsFor(*report, target.id);
    QVERIFY2(actual == expected, QByteArray(kindsText(actual) + describe(*report)).constData());
    QVERIFY(!isValid(*report, target.id));
    QVERIFY(!report->fatal());
    // Around the damage, the other feeds and the entries before it still count.
    QVERIFY(isValid(*report, b.roster1.id));
    QVERIFY(isValid(*report, b.a1.id));
    QVERIFY(isValid(*report, b.b1.id));
    if (which == 3)
        COMPARE_NAMED(*report, target.id);
}

void TestVerification::changedByteInSignature()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("x.store"));
    const Base b = buildBase(path);
    {
        RawSql raw(path);
        QVERIFY(raw.dropTriggers());
        QByteArray signature = bytesOf(b.a2.signature);
        signature[17] = static_cast<char>(signature[17] ^ 0x01);
        QVERIFY(raw.exec(QStringLiteral("UPDATE entries SET signature = ? WHERE id = ?"), {signature, QString::fromStdString(b.a2.id)}));
    }
    auto report = verifyFile(path);
    QVERIFY2(report, why(report).constData());
    COMPARE_KINDS(*report, b.a2.id, problem::BadSignature);
    COMPARE_NAMED(*report, b.a2.id);
    QVERIFY(!isValid(*report, b.a2.id));
    QVERIFY(isValid(*report, b.a1.id));
    QVERIFY(isValid(*report, b.b1.id));
}

void TestVerification::changedByteInIdColumn()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("x.store"));
    const Base b = buildBase(path);
    std::string changed = b.a3.id;
    changed[5] = changed[5] == '0' ? '1' : '0';
    {
        RawSql raw(path);
        QVERIFY(raw.dropTriggers());
        QVERIFY(raw.exec(QStringLiteral("UPDATE entries SET id = ? WHERE id = ?"),
                         {QString::fromStdString(changed), QString::fromStdString(b.a3.id)}));
    }
    auto report = verifyFile(path);
    QVERIFY2(report, why(report).constData());
    // The problem names the row by the id it is stored under.
    COMPARE_KINDS(*report, changed, problem::IdMismatch);
    COMPARE_NAMED(*report, changed);
    QVERIFY(!isValid(*report, changed));
    QVERIFY(isValid(*report, b.a2.id));
}

void TestVerification::removedEntryMidFeed()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("x.store"));
    const Base b = buildBase(path);
    {
        RawSql raw(path);
        QVERIFY(!raw.exec(QStringLiteral("DELETE FROM entries WHERE id = ?"), {QString::fromStdString(b.a2.id)})); // the trigger
        QVERIFY(raw.dropTriggers());
        QVERIFY(raw.exec(QStringLiteral("DELETE FROM entries WHERE id = ?"), {QString::fromStdString(b.a2.id)}));
    }
    auto report = verifyFile(path);
    QVERIFY2(report, why(report).constData());
    // The gap is named at the entry after it: Alice's seq 3, whose seq 2 is gone.
    COMPARE_KINDS(*report, b.a3.id, problem::Gap);
    const auto gap = std::find_if(report->problems.begin(), report->problems.end(), [](const Problem &p) { return p.kind == problem::Gap; });
    QCOMPARE(gap->seq, std::int64_t(3));
    QCOMPARE(gap->author, keyHex(*m_alice));
    QVERIFY(!isValid(*report, b.a3.id));
    // Bob had seen Alice's seq 2: a witness of the removal, and nothing else is named.
    COMPARE_KINDS(*report, b.b1.id, problem::Withheld);
    COMPARE_NAMED(*report, b.a3.id, b.b1.id);
    QVERIFY(isValid(*report, b.a1.id));
}

void TestVerification::reorderedRows()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("x.store"));
    const Base b = buildBase(path);
    qlonglong rowA1 = 0, rowA2 = 0;
    {
        RawSql raw(path);
        rowA1 = raw.scalar(QStringLiteral("SELECT row FROM entries WHERE id = ?"), {QString::fromStdString(b.a1.id)}).toLongLong();
        rowA2 = raw.scalar(QStringLiteral("SELECT row FROM entries WHERE id = ?"), {QString::fromStdString(b.a2.id)}).toLongLong();
        QVERIFY(rowA1 > 0 && rowA2 > rowA1);
        QVERIFY(raw.dropTriggers());
        QVERIFY(raw.exec(QStringLiteral("UPDATE entries SET row = -1 WHERE row = ?"), {rowA1}));
        QVERIFY(raw.exec(QStringLiteral("UPDATE entries SET row = ? WHERE row = ?"), {rowA1, rowA2}));
        QVERIFY(raw.exec(QStringLiteral("UPDATE entries SET row = ? WHERE row = -1"), {rowA2}));
    }
    auto store = AuditStore::open(path, AuditStore::Access::ReadOnly);
    QVERIFY2(store, why(store).constData());
    const auto rows = (*store)->rows().value();
    QCOMPARE(rows[1].id, b.a2.id); // Alice's seq 2 now stands before her seq 1
    QCOMPARE(rows[2].id, b.a1.id);
    auto report = verifyStore(**store, kVerifyNow);
    QVERIFY2(report, why(report).constData());
    // Either of the two swapped entries may be named as the one out of place; exactly one is.
    QCOMPARE(report->problems.size(), std::size_t(1));
    QCOMPARE(report->problems[0].kind, std::string(problem::Reordered));
    const std::string named = report->problems[0].entryId;
    QVERIFY2(named == b.a1.id || named == b.a2.id, describe(*report).constData());
    QVERIFY(!isValid(*report, named));
    QVERIFY(isValid(*report, b.b1.id));
}

void TestVerification::forgedSignature()
{
    QTemporaryDir dir;
    // 1. An existing entry re-signed by another key.
    {
        const QString path = dir.filePath(QStringLiteral("resigned.store"));
        const Base b = buildBase(path);
        const SignedEntry forged = signBytes(
            std::string(b.a2.signedBytes.substr(b.a2.signedBytes.find('{'))), *m_mallory);
        QCOMPARE(forged.signedBytes, b.a2.signedBytes);
        QCOMPARE(forged.id, b.a2.id);
        QVERIFY(forged.signature != b.a2.signature);
        {
            RawSql raw(path);
            QVERIFY(raw.dropTriggers());
            QVERIFY(raw.exec(QStringLiteral("UPDATE entries SET signature = ? WHERE id = ?"),
                             {bytesOf(forged.signature), QString::fromStdString(b.a2.id)}));
        }
        auto report = verifyFile(path);
        QVERIFY2(report, why(report).constData());
        COMPARE_KINDS(*report, b.a2.id, problem::BadSignature);
        COMPARE_NAMED(*report, b.a2.id);
        QVERIFY(!isValid(*report, b.a2.id));
    }
    // 2. A new entry in Alice's name, correctly chained, signed by Mallory.
    {
        const QString path = dir.filePath(QStringLiteral("new.store"));
        const Base b = buildBase(path);
        const SignedEntry forged = signAs(
            nextBody(b.a3, entry_type::Decision, decisionContent("REQ-1", "d1", "data_steward", "approve"), kT0 + 5000), *m_mallory);
        {
            RawSql raw(path);
            QVERIFY2(raw.insertEntry(forged), qPrintable(raw.lastError()));
        }
        auto report = verifyFile(path);
        QVERIFY2(report, why(report).constData());
        COMPARE_KINDS(*report, forged.id, problem::BadSignature);
        COMPARE_NAMED(*report, forged.id);
        QVERIFY(!isValid(*report, forged.id));
        QVERIFY(isValid(*report, b.a3.id));
    }
}

void TestVerification::entryOfAnotherStore()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("x.store"));
    const Base b = buildBase(path);
    const std::string otherStore = create(dir.filePath(QStringLiteral("y.store")))->storeId();
    QVERIFY(otherStore != b.storeId);
    EntryBody body = nextBody(b.a3, entry_type::Comment, commentContent("REQ-1", "meant for the other store"), kT0 + 5000);
    body.store = otherStore;
    const SignedEntry foreign = signAs(body, *m_alice); // correctly signed by its author
    QVERIFY(verifyEntrySignature(foreign));
    {
        auto store = AuditStore::open(path, AuditStore::Access::ReadWrite);
        QVERIFY(!(*store)->insert(foreign)); // the store refuses it ...
    }
    {
        RawSql raw(path); // ... so it is put there by hand
        QVERIFY2(raw.insertEntry(foreign), qPrintable(raw.lastError()));
    }
    auto report = verifyFile(path);
    QVERIFY2(report, why(report).constData());
    COMPARE_KINDS(*report, foreign.id, problem::ForeignStore);
    COMPARE_NAMED(*report, foreign.id);
    QVERIFY(!isValid(*report, foreign.id));
}

void TestVerification::replayedEntryChangesNothing()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("x.store"));
    const Base b = buildBase(path);
    {
        auto store = AuditStore::open(path, AuditStore::Access::ReadWrite);
        QVERIFY2(store, why(store).constData());
        const auto before = (*store)->rows().value();
        for (const auto *e : {&b.roster1, &b.a1, &b.a2, &b.b1, &b.a3, &b.a2}) {
            auto inserted = (*store)->insert(*e);
            QVERIFY2(inserted, why(inserted).constData());
            QVERIFY(!*inserted);
        }
        const auto after = (*store)->rows().value();
        QCOMPARE(after.size(), before.size());
        for (std::size_t i = 0; i < after.size(); ++i) {
            QCOMPARE(after[i].row, before[i].row);
            QCOMPARE(after[i].id, before[i].id);
        }
    }
    {
        RawSql raw(path);
        QVERIFY(!raw.insertEntry(b.a2)); // id is UNIQUE
    }
    auto report = verifyFile(path);
    QVERIFY2(report, why(report).constData());
    QVERIFY2(report->clean(), describe(*report).constData());
    QCOMPARE(report->entries.size(), std::size_t(5));
}

void TestVerification::forkKeptAsEvidence()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("x.store"));
    const Base b = buildBase(path);
    const SignedEntry left = signAs(nextBody(b.a3, entry_type::Comment, commentContent("REQ-1", "told Bob this"), kT0 + 5000), *m_alice);
    const SignedEntry right = signAs(nextBody(b.a3, entry_type::Comment, commentContent("REQ-1", "told Carol that"), kT0 + 5000), *m_alice);
    {
        RawSql raw(path);
        QVERIFY2(raw.insertEntry(left), qPrintable(raw.lastError()));
        QVERIFY2(raw.insertEntry(right), qPrintable(raw.lastError()));
    }
    auto report = verifyFile(path);
    QVERIFY2(report, why(report).constData());
    QCOMPARE(report->entries.size(), std::size_t(7)); // both kept
    COMPARE_KINDS(*report, left.id, problem::Fork);
    COMPARE_KINDS(*report, right.id, problem::Fork);
    COMPARE_NAMED(*report, left.id, right.id);
    QVERIFY(!isValid(*report, left.id));
    QVERIFY(!isValid(*report, right.id));
    QVERIFY(!report->fatal()); // a reviewer's fork is not a roster fork
    for (const auto &id : {b.roster1.id, b.a1.id, b.a2.id, b.b1.id, b.a3.id})
        QVERIFY(isValid(*report, id));
}

void TestVerification::revocationCutPoint()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("x.store"));
    auto store = create(path);
    QVERIFY(store->append(*m_admin, entry_type::Roster,
                          rosterContent({grant(*m_alice, "Alice", "alice@example.org", {"ml_platform_engineer"})}), kT0));
    const auto before1 = store->append(*m_alice, entry_type::Decision, decisionContent("REQ-1", "d1", "ml_platform_engineer", "approve"), kT0 + 1).value();
    const auto before2 = store->append(*m_alice, entry_type::Decision, decisionContent("REQ-2", "d2", "ml_platform_engineer", "approve"), kT0 + 2).value();
    // `revoke` cuts after the newest entry of the key that the administrator's store holds.
    QVERIFY(store->append(*m_admin, entry_type::Roster, rosterContent({}, {revocation(*m_alice, before2.body.seq)}), kT0 + 3));
    const auto after = store->append(*m_alice, entry_type::Decision, decisionContent("REQ-3", "d3", "ml_platform_engineer", "approve"), kT0 + 4).value();
    store.reset();

    auto report = verifyFile(path);
    QVERIFY2(report, why(report).constData());
    COMPARE_KINDS(*report, after.id, problem::Revoked);
    COMPARE_NAMED(*report, after.id);
    QVERIFY(!isValid(*report, after.id));
    // The entry at the cut-point and those before it stay valid.
    QVERIFY(isValid(*report, before1.id));
    QVERIFY(isValid(*report, before2.id));
    QCOMPARE(report->roster().revocationCut(keyHex(*m_alice)), std::optional<std::int64_t>(2));
}

void TestVerification::retiredKey()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("x.store"));
    auto store = create(path);
    QVERIFY(store->append(*m_admin, entry_type::Roster,
                          rosterContent({grant(*m_alice, "Alice", "alice@example.org", {"ml_platform_engineer"})}), kT0));
    const auto decision = store->append(*m_alice, entry_type::Decision, decisionContent("REQ-1", "d1", "ml_platform_engineer", "approve"), kT0 + 1).value();
    const auto end = store->append(*m_alice, entry_type::End, nlohmann::json::object(), kT0 + 2).value();
    const auto afterEnd = store->append(*m_alice, entry_type::Decision, decisionContent("REQ-2", "d2", "ml_platform_engineer", "approve"), kT0 + 3).value();
    const auto comment = store->append(*m_alice, entry_type::Comment, commentContent("REQ-2", "still here"), kT0 + 4).value();
    store.reset();

    auto report = verifyFile(path);
    QVERIFY2(report, why(report).constData());
    COMPARE_KINDS(*report, afterEnd.id, problem::Retired);
    COMPARE_KINDS(*report, comment.id, problem::Retired); // nothing after `end` is valid
    COMPARE_NAMED(*report, afterEnd.id, comment.id);
    QVERIFY(!isValid(*report, afterEnd.id));
    QVERIFY(!isValid(*report, comment.id));
    QVERIFY(isValid(*report, decision.id));
    QVERIFY(isValid(*report, end.id));
}

void TestVerification::roleNotGranted()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("x.store"));
    auto store = create(path);
    const auto roster1 = store->append(*m_admin, entry_type::Roster,
                                       rosterContent({grant(*m_alice, "Alice", "alice@example.org", {"ml_platform_engineer"})}), kT0)
                             .value();
    // Alice claims a role she does not hold; an exception needs risk_officer.
    const auto wrongRole = store->append(*m_alice, entry_type::Decision, decisionContent("REQ-1", "d1", "risk_officer", "approve"), kT0 + 1).value();
    const auto exception = store->append(*m_alice, entry_type::Exception,
                                         {{"request_id", "REQ-1"}, {"package_digest", "d1"}, {"covers", {"fairness:age"}},
                                          {"reason", "pilot"}, {"expires_ms", kT0 + 86'400'000}},
                                         kT0 + 2)
                               .value();
    // Bob signs before the roster grants him anything: his roster_ref is roster 1.
    const auto early = store->append(*m_bob, entry_type::Decision, decisionContent("REQ-1", "d1", "security_reviewer", "approve"), kT0 + 3).value();
    QCOMPARE(early.body.rosterRef.value_or(""), roster1.id);
    const auto roster2 = store->append(*m_admin, entry_type::Roster,
                                       rosterContent({grant(*m_bob, "Bob", "bob@example.org", {"security_reviewer"})}), kT0 + 4)
                             .value();
    const auto granted = store->append(*m_bob, entry_type::Decision, decisionContent("REQ-1", "d1", "security_reviewer", "approve"), kT0 + 5).value();
    QCOMPARE(granted.body.rosterRef.value_or(""), roster2.id);
    // Mallory is on no roster; her roster entry grants nothing.
    const auto stranger = store->append(*m_mallory, entry_type::Comment, commentContent("REQ-1", "hello"), kT0 + 6).value();
    const auto fakeRoster = store->append(*m_mallory, entry_type::Roster,
                                          rosterContent({grant(*m_mallory, "Mallory", "m@example.org", {"risk_officer"})}), kT0 + 7)
                                .value();
    const auto afterFake = store->append(*m_mallory, entry_type::Decision, decisionContent("REQ-1", "d1", "risk_officer", "approve"), kT0 + 8).value();
    store.reset();

    auto report = verifyFile(path);
    QVERIFY2(report, why(report).constData());
    for (const auto *e : {&wrongRole, &exception, &early, &stranger, &fakeRoster, &afterFake}) {
        COMPARE_KINDS(*report, e->id, problem::Unauthorised);
        QVERIFY(!isValid(*report, e->id));
    }
    COMPARE_NAMED(*report, wrongRole.id, exception.id, early.id, stranger.id, fakeRoster.id, afterFake.id);
    QVERIFY(isValid(*report, granted.id));
    QVERIFY(isValid(*report, roster2.id));
    QVERIFY(!report->roster().member(keyHex(*m_mallory)));
}

void TestVerification::decisionBeforeAnyRosterIsNotAuthorised()
{
    // An entry written when the store held no roster names none (roster_ref null): as of no
    // roster entry, nothing is granted, so a later grant must not make it count.
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("x.store"));
    auto store = create(path);
    const auto early = store->append(*m_bob, entry_type::Decision, decisionContent("REQ-1", "d1", "security_reviewer", "approve"), kT0).value();
    QVERIFY(!early.body.rosterRef);
    QVERIFY(store->append(*m_admin, entry_type::Roster,
                          rosterContent({grant(*m_bob, "Bob", "bob@example.org", {"security_reviewer"})}), kT0 + 1));
    store.reset();

    auto report = verifyFile(path);
    QVERIFY2(report, why(report).constData());
    COMPARE_KINDS(*report, early.id, problem::Unauthorised);
    QVERIFY(!isValid(*report, early.id));
}

void TestVerification::rosterForkIsFatal()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("x.store"));
    const Base b = buildBase(path);
    const SignedEntry left = signAs(
        nextBody(b.roster1, entry_type::Roster, rosterContent({grant(*m_bob, "Bob", "bob@example.org", {"data_steward"})}), kT0 + 5000),
        *m_admin);
    const SignedEntry right = signAs(
        nextBody(b.roster1, entry_type::Roster, rosterContent({grant(*m_mallory, "Mallory", "m@example.org", {"risk_officer"})}), kT0 + 5000),
        *m_admin);
    {
        RawSql raw(path);
        QVERIFY2(raw.insertEntry(left), qPrintable(raw.lastError()));
        QVERIFY2(raw.insertEntry(right), qPrintable(raw.lastError()));
    }
    auto report = verifyFile(path);
    QVERIFY2(report, why(report).constData());
    COMPARE_KINDS(*report, left.id, problem::RosterFork);
    COMPARE_KINDS(*report, right.id, problem::RosterFork);
    COMPARE_NAMED(*report, left.id, right.id);
    for (const auto &p : report->problems)
        QVERIFY(p.fatal);
    QVERIFY(report->fatal());
    // With two rosters, no decision can be judged: nothing counts.
    QVERIFY(report->validEntries().empty());
}

void TestVerification::withheldTailExposedBySeen()
{
    QTemporaryDir dir;
    const QString pathX = dir.filePath(QStringLiteral("x.store"));
    auto x = create(pathX);
    QVERIFY(x->append(*m_admin, entry_type::Roster,
                      rosterContent({grant(*m_alice, "Alice", "alice@example.org", {"ml_platform_engineer"}),
                                     grant(*m_bob, "Bob", "bob@example.org", {"security_reviewer"})}),
                      kT0));
    std::vector<SignedEntry> alice;
    for (int i = 1; i <= 3; ++i)
        alice.push_back(x->append(*m_alice, entry_type::Comment, commentContent("REQ-1", "a" + std::to_string(i)), kT0 + i).value());
    const auto b1 = x->append(*m_bob, entry_type::Comment, commentContent("REQ-1", "I saw Alice's three"), kT0 + 10).value();
    const auto seenA = std::find_if(b1.body.seen.begin(), b1.body.seen.end(), [&](const SeenRef &s) { return s.author == keyHex(*m_alice); });
    QVERIFY(seenA != b1.body.seen.end());
    QCOMPARE(seenA->seq, std::int64_t(3));
    const auto rowsX = x->rows().value();
    const std::string storeId = x->storeId();
    x.reset();
    QVERIFY2(verifyFile(pathX)->clean(), "store X itself is clean");

    // Store Z of the same deployment holds everything but Alice's seq 3 (her tail withheld).
    const QString pathZ = dir.filePath(QStringLiteral("z.store"));
    create(pathZ, storeId).reset();
    {
        RawSql raw(pathZ);
        for (const auto &row : rowsX) {
            if (row.id != alice[2].id)
                QVERIFY2(raw.insertRow(row), qPrintable(raw.lastError()));
        }
    }
    auto report = verifyFile(pathZ);
    QVERIFY2(report, why(report).constData());
    // Alice's own feed looks complete (1, 2): only Bob's witness exposes it.
    COMPARE_KINDS(*report, b1.id, problem::Withheld);
    COMPARE_NAMED(*report, b1.id);
    const auto p = std::find_if(report->problems.begin(), report->problems.end(), [](const Problem &q) { return q.kind == problem::Withheld; });
    QVERIFY2(p->message.find("holds only up to 2") != std::string::npos, p->message.c_str());
}

void TestVerification::splitViewExposedBySeen()
{
    QTemporaryDir dir;
    const QString pathX = dir.filePath(QStringLiteral("x.store"));
    auto x = create(pathX);
    QVERIFY(x->append(*m_admin, entry_type::Roster,
                      rosterContent({grant(*m_alice, "Alice", "alice@example.org", {"ml_platform_engineer"}),
                                     grant(*m_bob, "Bob", "bob@example.org", {"security_reviewer"})}),
                      kT0));
    std::vector<SignedEntry> alice;
    for (int i = 1; i <= 3; ++i)
        alice.push_back(x->append(*m_alice, entry_type::Comment, commentContent("REQ-1", "a" + std::to_string(i)), kT0 + i).value());
    const auto b1 = x->append(*m_bob, entry_type::Comment, commentContent("REQ-1", "I saw Alice's three"), kT0 + 10).value();
    const auto rowsX = x->rows().value();
    const std::string storeId = x->storeId();
    x.reset();

    // Alice showed another peer a different seq 3.
    const SignedEntry other = signAs(nextBody(alice[1], entry_type::Comment, commentContent("REQ-1", "a3, other version"), kT0 + 3), *m_alice);
    const QString pathZ = dir.filePath(QStringLiteral("z.store"));
    create(pathZ, storeId).reset();
    {
        RawSql raw(pathZ);
        for (const auto &row : rowsX) {
            if (row.id == alice[2].id)
                QVERIFY(raw.insertEntry(other));
            else
                QVERIFY2(raw.insertRow(row), qPrintable(raw.lastError()));
        }
    }
    auto report = verifyFile(pathZ);
    QVERIFY2(report, why(report).constData());
    COMPARE_KINDS(*report, b1.id, problem::SplitView);
    COMPARE_NAMED(*report, b1.id);
}

void TestVerification::nonCanonicalBody_data()
{
    QTest::addColumn<QString>("variant");
    QTest::newRow("white space after commas") << QStringLiteral("spaces");
    QTest::newRow("pretty-printed") << QStringLiteral("pretty");
    QTest::newRow("keys not sorted") << QStringLiteral("unsorted");
    QTest::newRow("needless escape") << QStringLiteral("escape");
    QTest::newRow("integer written as 1.0e0") << QStringLiteral("exponent");
}

void TestVerification::nonCanonicalBody()
{
    QFETCH(QString, variant);
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("x.store"));
    const Base b = buildBase(path);
    const EntryBody body = nextBody(b.a3, entry_type::Comment, commentContent("REQ-1", "Almost canonical"), kT0 + 5000);
    const std::string canonical = canonicalize(bodyToJson(body)).value();
    std::string bytes;
    if (variant == QLatin1String("spaces")) {
        QByteArray s = bytesOf(canonical);
        s.replace("\",\"", "\", \"");
        bytes = stringOf(s);
    } else if (variant == QLatin1String("pretty")) {
        bytes = bodyToJson(body).dump(2);
    } else if (variant == QLatin1String("unsorted")) {
        nlohmann::ordered_json j;
        j["v"] = 1;
        const nlohmann::json sorted = bodyToJson(body);
        for (const auto &item : sorted.items()) {
            if (item.key() != "v")
                j[item.key()] = item.value();
        }
        bytes = j.dump();
    } else if (variant == QLatin1String("escape")) {
        QByteArray s = bytesOf(canonical);
        s.replace("Almost", "\\u0041lmost");
        bytes = stringOf(s);
    } else if (variant == QLatin1String("exponent")) {
        QByteArray s = bytesOf(canonical);
        s.replace("\"v\":1", "\"v\":1.0e0");
        bytes = stringOf(s);
    }
    QVERIFY(!bytes.empty());
    QVERIFY(bytes != canonical);
    QVERIFY(parseStrict(bytes)); // well-formed JSON, only not canonical
    const SignedEntry entry = signBytes(bytes, *m_alice);
    QVERIFY(verifyEntrySignature(SignedEntry{entry.id, entry.signedBytes, entry.signature, body})); // correctly signed
    {
        RawSql raw(path);
        QVERIFY(raw.insertRow(StoredRow{0, entry.id, entry.signedBytes, entry.signature, body.author, body.seq, body.type}));
    }
    auto report = verifyFile(path);
    QVERIFY2(report, why(report).constData());
    COMPARE_KINDS(*report, entry.id, problem::Malformed);
    COMPARE_NAMED(*report, entry.id);
    QVERIFY2(report->problems[0].message.find("canonical") != std::string::npos, report->problems[0].message.c_str());
    QVERIFY(!isValid(*report, entry.id));
}

void TestVerification::timeGoesBackwards()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("x.store"));
    const Base b = buildBase(path);
    // append() keeps a feed's clock monotonic, so the entry is built by hand.
    const SignedEntry back = signAs(nextBody(b.a3, entry_type::Comment, commentContent("REQ-1", "from the past"), b.a3.body.tsMs - 1), *m_alice);
    {
        auto store = AuditStore::open(path, AuditStore::Access::ReadWrite);
        auto inserted = (*store)->insert(back);
        QVERIFY2(inserted, why(inserted).constData());
    }
    auto report = verifyFile(path);
    QVERIFY2(report, why(report).constData());
    COMPARE_KINDS(*report, back.id, problem::TimeBackwards);
    COMPARE_NAMED(*report, back.id);
}

void TestVerification::timeInTheFuture()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("x.store"));
    const Base b = buildBase(path);
    SignedEntry atLimit, beyond;
    {
        auto store = AuditStore::open(path, AuditStore::Access::ReadWrite);
        atLimit = (*store)->append(*m_bob, entry_type::Comment, commentContent("REQ-1", "five minutes ahead"), kVerifyNow + kFiveMinutes).value();
        beyond = (*store)->append(*m_alice, entry_type::Comment, commentContent("REQ-1", "a bit more"), kVerifyNow + kFiveMinutes + 1).value();
    }
    auto report = verifyFile(path, kVerifyNow);
    QVERIFY2(report, why(report).constData());
    COMPARE_KINDS(*report, beyond.id, problem::TimeFuture);
    COMPARE_NAMED(*report, beyond.id);
    // Later, the same store is clean.
    auto later = verifyFile(path, kVerifyNow + 1);
    QVERIFY2(later, why(later).constData());
    QVERIFY2(later->clean(), describe(*later).constData());

    // The CLI judges with the clock seam.
    setClockForTesting([] { return kVerifyNow; });
    const auto run = runCli({QStringLiteral("verify"), path});
    QVERIFY2(run.exitCode == 3, (run.out + run.err).c_str());
    QVERIFY2(run.out.find(problem::TimeFuture) != std::string::npos, run.out.c_str());
    QVERIFY2(run.out.find(beyond.id) != std::string::npos, run.out.c_str());
}

void TestVerification::malformedContentIsReportedNotThrown_data()
{
    QTest::addColumn<QString>("type");
    QTest::addColumn<QByteArray>("content");
    QTest::newRow("decision role not a string") << QString::fromLatin1(entry_type::Decision)
                                                << QByteArray(R"({"request_id":"REQ-1","package_digest":"d1","role":5,"decision":"approve"})");
    QTest::newRow("decision role an object") << QString::fromLatin1(entry_type::Decision)
                                             << QByteArray(R"({"request_id":"REQ-1","role":{"x":1},"decision":"approve"})");
    QTest::newRow("roster grant key not a string") << QString::fromLatin1(entry_type::Roster)
                                                   << QByteArray(R"({"grants":[{"key":7,"name":"X","email":"x@y","roles":["admin"]}],"revocations":[]})");
    QTest::newRow("roster role not a string") << QString::fromLatin1(entry_type::Roster)
                                              << QByteArray(R"({"grants":[{"key":"00","name":"X","email":"x@y","roles":[1]}],"revocations":[]})");
    QTest::newRow("roster revocation key not a string") << QString::fromLatin1(entry_type::Roster)
                                                        << QByteArray(R"({"grants":[],"revocations":[{"key":1,"after":{"seq":1}}]})");
    QTest::newRow("roster revocation seq not a number") << QString::fromLatin1(entry_type::Roster)
                                                        << QByteArray(R"({"grants":[],"revocations":[{"key":"ab","after":{"seq":"one"}}]})");
}

void TestVerification::malformedContentIsReportedNotThrown()
{
    // A correctly signed entry whose content has the wrong shape (another client, a bug, an
    // attacker with a roster key) must be reported by the verifier, never crash it.
    QFETCH(QString, type);
    QFETCH(QByteArray, content);
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("x.store"));
    const Base b = buildBase(path);
    const SecretSeed &author = type == QLatin1String(entry_type::Roster) ? *m_admin : *m_alice;
    const SignedEntry &previous = type == QLatin1String(entry_type::Roster) ? b.roster1 : b.a3;
    const SignedEntry entry =
        signAs(nextBody(previous, type.toStdString(), nlohmann::json::parse(content.constData()), kT0 + 5000), author);
    {
        auto store = AuditStore::open(path, AuditStore::Access::ReadWrite);
        auto inserted = (*store)->insert(entry);
        QVERIFY2(inserted, why(inserted).constData());
    }
    std::optional<Result<VerificationReport>> report;
    try {
        report.emplace(verifyFile(path));
    } catch (const std::exception &e) {
        QFAIL(qPrintable(QStringLiteral("verification threw: ") + QString::fromUtf8(e.what())));
    }
    QVERIFY2(*report, why(*report).constData());
    QVERIFY2(!kindsFor(**report, entry.id).empty(), describe(**report).constData());
    QVERIFY(!isValid(**report, entry.id));
}

void TestVerification::cliExitStatus()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("x.store"));
    const Base b = buildBase(path);
    setClockForTesting([] { return kVerifyNow; });

    auto clean = runCli({QStringLiteral("verify"), path});
    QVERIFY2(clean.exitCode == 0, (clean.out + clean.err).c_str());
    QVERIFY2(clean.out.find("VERIFIED") != std::string::npos, clean.out.c_str());

    {
        RawSql raw(path);
        QVERIFY(raw.dropTriggers());
        QVERIFY(raw.exec(QStringLiteral("DELETE FROM entries WHERE id = ?"), {QString::fromStdString(b.a2.id)}));
    }
    auto damaged = runCli({QStringLiteral("verify"), path});
    QVERIFY2(damaged.exitCode == 3, (damaged.out + damaged.err).c_str());
    QVERIFY2(damaged.out.find(problem::Gap) != std::string::npos, damaged.out.c_str());
    QVERIFY2(damaged.out.find(b.a3.id) != std::string::npos, damaged.out.c_str());
    QVERIFY(!QFileInfo::exists(path + QStringLiteral("-shm")));
    QVERIFY(!QFileInfo::exists(path + QStringLiteral("-wal")));

    const QString notAStore = dir.filePath(QStringLiteral("notes.txt"));
    QVERIFY(writeFile(notAStore, "not a store\n"));
    QCOMPARE(runCli({QStringLiteral("verify"), notAStore}).exitCode, 2);
    QCOMPARE(runCli({QStringLiteral("verify"), dir.filePath(QStringLiteral("missing.store"))}).exitCode, 2);
}

void TestVerification::anchorGivenByTheAuditor()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("anchor.store"));
    buildBase(path);
    auto report = verifyFile(path);
    QVERIFY2(report, why(report).constData());
    QVERIFY(report->clean());

    VerificationReport right = std::move(report).value();
    checkExpectedAnchor(right, m_admin->publicKey());
    QVERIFY(right.clean());
    QVERIFY(std::all_of(right.entries.begin(), right.entries.end(), [](const CheckedEntry &c) { return c.valid; }));

    auto again = verifyFile(path);
    QVERIFY2(again, why(again).constData());
    VerificationReport wrong = std::move(again).value();
    checkExpectedAnchor(wrong, m_bob->publicKey());
    QCOMPARE(wrong.problems.size(), std::size_t(1));
    QCOMPARE(wrong.problems[0].kind, std::string(problem::AnchorMismatch));
    QVERIFY(wrong.problems[0].fatal);
    const QString message = QString::fromStdString(wrong.problems[0].message);
    QVERIFY2(message.contains(fingerprint(m_admin->publicKey())) && message.contains(fingerprint(m_bob->publicKey())), qPrintable(message));
    QVERIFY(std::none_of(wrong.entries.begin(), wrong.entries.end(), [](const CheckedEntry &c) { return c.valid; }));
}

void TestVerification::progressIsReportedEvery1024Entries()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("progress.store"));
    {
        buildBase(path); // 5 entries
        auto store = AuditStore::open(path);
        QVERIFY2(store, why(store).constData());
        std::vector<nlohmann::json> comments;
        for (int i = 0; i < 2496; ++i)
            comments.push_back(commentContent("REQ-1", "note " + std::to_string(i)));
        auto appended = (*store)->appendBatch(*m_alice, entry_type::Comment, comments, kT0 + 5000);
        QVERIFY2(appended, why(appended).constData());
    }
    auto store = AuditStore::open(path, AuditStore::Access::ReadOnly);
    QVERIFY2(store, why(store).constData());
    // 2,501 entries: the 1,024th and 2,048th, then the last. Called from the worker threads.
    for (const std::size_t chunk : {kVerifyChunkRows, std::size_t(7)}) {
        std::mutex mutex;
        std::vector<std::pair<std::size_t, std::size_t>> calls;
        auto report = verifyStore(
            **store, kVerifyNow,
            [&](std::size_t done, std::size_t total) {
                const std::lock_guard lock(mutex);
                calls.emplace_back(done, total);
            },
            chunk);
        QVERIFY2(report, why(report).constData());
        QVERIFY2(report->clean(), describe(*report).constData());
        QCOMPARE(report->entries.size(), std::size_t(2501));
        std::sort(calls.begin(), calls.end());
        const std::vector<std::size_t> marks = {1024, 2048, 2501};
        QCOMPARE(calls.size(), marks.size());
        for (std::size_t i = 0; i < marks.size(); ++i) {
            QCOMPARE(calls[i].second, std::size_t(2501));
            // A run of entries may end a little past the mark; it is reported where it ends.
            QVERIFY2(calls[i].first >= marks[i] && calls[i].first < marks[i] + 16,
                     QByteArray::number(qulonglong(calls[i].first)).constData());
        }
        QCOMPARE(calls.back().first, std::size_t(2501));
    }
}

QTEST_GUILESS_MAIN(TestVerification)
#include "tst_verification.moc"
