// The SQLite audit store (audit contract, "The SQLite store"): creating and opening, the public
// store_meta table, appending (seq, prev, seen, roster_ref), importing (replays change nothing,
// predecessors first, one store only, forks kept), the append-only triggers, WAL with
// synchronous=FULL, read-only opening that writes nothing (also for a store left with a -wal),
// and the schema version's upgrade path.

#include "AuditTestSupport.h"
#include "TestSupport.h"
#include "audit/AuditStore.h"
#include "audit/Verification.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlDatabase>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>

using namespace cs;
using namespace cs::audit;
using namespace cs::test;

namespace {

QByteArray fileBytes(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return f.readAll();
}

// Every file in `dir` with its size and bytes' hash, to prove that nothing appeared or changed.
QStringList snapshot(const QString &dir)
{
    QStringList out;
    const auto infos = QDir(dir).entryInfoList(QDir::Files | QDir::Hidden | QDir::System, QDir::Name);
    for (const QFileInfo &info : infos)
        out << info.fileName() + QStringLiteral(" ") + QString::number(info.size()) + QStringLiteral(" ") +
                   sha256Hex(fileBytes(info.filePath())) + QStringLiteral(" ") +
                   QString::number(info.lastModified().toMSecsSinceEpoch());
    return out;
}

// The AuditStore's own connection (its name is private): pragmas such as synchronous are
// per connection, so they can only be checked on the connection the store writes through.
QSqlDatabase storeConnection(const AuditStore &store)
{
    const QString wanted = QFileInfo(store.path()).absoluteFilePath();
    const QStringList names = QSqlDatabase::connectionNames();
    for (const QString &name : names) {
        if (!name.startsWith(QLatin1String("countersign-audit-")))
            continue;
        QSqlDatabase db = QSqlDatabase::database(name, false);
        if (QFileInfo(db.databaseName()).absoluteFilePath() == wanted)
            return db;
    }
    return {};
}

bool sameRows(const std::vector<StoredRow> &a, const std::vector<StoredRow> &b)
{
    return std::equal(a.begin(), a.end(), b.begin(), b.end(), [](const StoredRow &x, const StoredRow &y) {
        return x.row == y.row && x.id == y.id && x.signedBytes == y.signedBytes && x.signature == y.signature &&
               x.author == y.author && x.seq == y.seq && x.type == y.type;
    });
}

} // namespace

class TestAuditStore : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();

    void createWritesStoreMeta();
    void createRefusesAnExistingPath();
    void openRefusesWhatIsNotAStore();
    void appendLinksTheFeed();
    void appendWitnessesOtherFeedsAndTheRoster();
    void appendKeepsTheFeedClockMonotonic();
    void appendBatchIsOneTransaction();
    void appendRefusedReadOnly();
    void insertReplayChangesNothing();
    void insertRefusesAMissingPredecessor();
    void insertRefusesAnotherStore();
    void insertKeepsBothEntriesOfAFork();
    void triggersRefuseUpdateAndDelete();
    void writerUsesWalAndFullSync();
    void backgroundCheckpointCopiesTheLogThenHandsBack();
    void readOnlyOpenWritesNothing();
    void readOnlyReadsALeftoverWalFromAPrivateCopy();
    void newerSchemaIsRefused();
    void olderSchemaIsUpgradedReadWriteAndRefusedReadOnly();

private:
    std::unique_ptr<AuditStore> createStore(const QString &path,
                                            const std::optional<std::string> &storeId = std::nullopt);

    std::optional<SecretSeed> m_admin, m_alice, m_bob;
};

void TestAuditStore::initTestCase()
{
    m_admin = newSeed();
    m_alice = newSeed();
    m_bob = newSeed();
}

std::unique_ptr<AuditStore> TestAuditStore::createStore(const QString &path, const std::optional<std::string> &storeId)
{
    auto store = AuditStore::create(path, m_admin->publicKey(), storeId);
    if (!store)
        qFatal("cannot create %s: %s", qPrintable(path), qPrintable(store.errorMessage()));
    return std::move(store).value();
}

void TestAuditStore::createWritesStoreMeta()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("a.store"));
    std::string id;
    {
        auto store = createStore(path);
        id = store->storeId();
        QCOMPARE(id.size(), std::size_t(32));
        QVERIFY(
            std::all_of(id.begin(), id.end(), [](char c) { return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f'); }));
        QCOMPARE(store->anchor(), keyHex(*m_admin));
        QVERIFY(!store->readOnly());
        QCOMPARE(store->count().value(), std::int64_t(0));
    }
    {
        // The public part of the schema, as an auditor reads it with the sqlite3 shell.
        RawSql raw(path);
        QVERIFY2(raw.isOpen(), qPrintable(raw.lastError()));
        QCOMPARE(raw.meta("store_id"), QString::fromStdString(id));
        QCOMPARE(raw.meta("anchor"), m_admin->publicKey().hex());
        QCOMPARE(raw.meta("schema_version"), QString::number(kSchemaVersion));
        QVERIFY2(raw.exec(QStringLiteral("SELECT id, signed, signature FROM entries")), qPrintable(raw.lastError()));
    }

    // Reopened, read-write and read-only, it is the same store.
    for (auto access : {AuditStore::Access::ReadWrite, AuditStore::Access::ReadOnly}) {
        auto reopened = AuditStore::open(path, access);
        QVERIFY2(reopened, why(reopened).constData());
        QCOMPARE((*reopened)->storeId(), id);
        QCOMPARE((*reopened)->anchor(), keyHex(*m_admin));
        QCOMPARE((*reopened)->readOnly(), access == AuditStore::Access::ReadOnly);
    }

    // A store created to join a deployment keeps the given id; two new stores differ.
    const auto joined = createStore(dir.filePath(QStringLiteral("b.store")), id);
    QCOMPARE(joined->storeId(), id);
    const auto other = createStore(dir.filePath(QStringLiteral("c.store")));
    QVERIFY(other->storeId() != id);
}

void TestAuditStore::createRefusesAnExistingPath()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("a.store"));
    std::string id;
    {
        auto store = createStore(path);
        id = store->storeId();
        QVERIFY(store->append(*m_admin, entry_type::Roster,
                              rosterContent({grant(*m_alice, "Alice", "alice@example.org", {"risk_officer"})}), kT0));
    }
    const QByteArray before = fileBytes(path);
    auto again = AuditStore::create(path, m_bob->publicKey());
    QVERIFY(!again);
    QVERIFY2(again.errorMessage().contains(QLatin1String("already exists")), qPrintable(again.errorMessage()));
    // The refusal leaves the first store as it was.
    QCOMPARE(fileBytes(path), before);
    auto reopened = AuditStore::open(path, AuditStore::Access::ReadOnly);
    QVERIFY2(reopened, why(reopened).constData());
    QCOMPARE((*reopened)->storeId(), id);
    QCOMPARE((*reopened)->anchor(), keyHex(*m_admin));
    QCOMPARE((*reopened)->count().value(), std::int64_t(1));
}

void TestAuditStore::openRefusesWhatIsNotAStore()
{
    QTemporaryDir dir;
    QVERIFY(!AuditStore::open(dir.filePath(QStringLiteral("missing.store"))));
    QVERIFY(!QFileInfo::exists(dir.filePath(QStringLiteral("missing.store"))));

    const QString text = dir.filePath(QStringLiteral("text.store"));
    QVERIFY(writeFile(text, "this is not a database\n"));
    QVERIFY(!AuditStore::open(text, AuditStore::Access::ReadOnly));

    // An SQLite file without store_meta is not a store.
    const QString plain = dir.filePath(QStringLiteral("plain.db"));
    {
        RawSql raw(plain);
        QVERIFY(raw.exec(QStringLiteral("CREATE TABLE t(x)")));
    }
    QVERIFY(!AuditStore::open(plain, AuditStore::Access::ReadOnly));
    QVERIFY(!AuditStore::open(plain, AuditStore::Access::ReadWrite));
}

void TestAuditStore::appendLinksTheFeed()
{
    QTemporaryDir dir;
    auto store = createStore(dir.filePath(QStringLiteral("a.store")));
    std::vector<SignedEntry> feed;
    for (int i = 0; i < 3; ++i) {
        auto e = store->append(*m_alice, entry_type::Comment, commentContent("REQ-1", "note " + std::to_string(i)),
                               kT0 + i * 1000);
        QVERIFY2(e, why(e).constData());
        feed.push_back(std::move(e).value());
    }
    for (std::size_t i = 0; i < feed.size(); ++i) {
        const auto &e = feed[i];
        QCOMPARE(e.body.seq, std::int64_t(i + 1));
        QCOMPARE(e.body.store, store->storeId());
        QCOMPARE(e.body.author, keyHex(*m_alice));
        QCOMPARE(e.body.type, std::string(entry_type::Comment));
        QCOMPARE(e.body.tsMs, kT0 + std::int64_t(i) * 1000);
        if (i == 0)
            QVERIFY(!e.body.prev);
        else
            QCOMPARE(e.body.prev.value_or(""), feed[i - 1].id);
        QVERIFY(e.body.seen.empty()); // no other feed yet
        QVERIFY(!e.body.rosterRef);   // no roster yet

        // Stored exactly as created, and the stored bytes decode to the same entry.
        auto row = store->entry(e.id);
        QVERIFY2(row, why(row).constData());
        QVERIFY(row->has_value());
        QCOMPARE((*row)->signedBytes, e.signedBytes);
        QCOMPARE((*row)->signature, e.signature);
        QCOMPARE((*row)->signature.size(), kSignatureBytes);
        QCOMPARE((*row)->author, e.body.author);
        QCOMPARE((*row)->seq, e.body.seq);
        QCOMPARE((*row)->type, e.body.type);
        QCOMPARE((*row)->id, entryId(bytesOf(e.signedBytes)).toStdString());
        auto decoded = decodeEntry((*row)->signedBytes, (*row)->signature);
        QVERIFY2(decoded, why(decoded).constData());
        QCOMPARE(decoded->id, e.id);
        QVERIFY(verifyEntrySignature(*decoded));
    }
    const auto rows = store->rows().value();
    QCOMPARE(rows.size(), std::size_t(3));
    for (std::size_t i = 0; i < rows.size(); ++i) {
        QCOMPARE(rows[i].id, feed[i].id);
        if (i > 0)
            QVERIFY(rows[i].row > rows[i - 1].row);
    }
    const auto heads = store->feedHeads().value();
    QCOMPARE(heads.size(), std::size_t(1));
    QCOMPARE(heads[0].author, keyHex(*m_alice));
    QCOMPARE(heads[0].seq, std::int64_t(3));
    QCOMPARE(heads[0].id, feed[2].id);
    QVERIFY(!store->entry(std::string(64, 'a')).value().has_value());
}

void TestAuditStore::appendWitnessesOtherFeedsAndTheRoster()
{
    QTemporaryDir dir;
    auto store = createStore(dir.filePath(QStringLiteral("a.store")));
    auto roster1 =
        store->append(*m_admin, entry_type::Roster,
                      rosterContent({grant(*m_alice, "Alice", "alice@example.org", {"ml_platform_engineer"})}), kT0);
    QVERIFY2(roster1, why(roster1).constData());
    QVERIFY(!roster1->body.rosterRef);
    QVERIFY(roster1->body.seen.empty());

    auto a1 = store->append(*m_alice, entry_type::Comment, commentContent("REQ-1", "first"), kT0 + 1000);
    QVERIFY2(a1, why(a1).constData());
    QCOMPARE(a1->body.rosterRef.value_or(""), roster1->id);
    QCOMPARE(a1->body.seen.size(), std::size_t(1));
    QCOMPARE(a1->body.seen[0].author.str(), keyHex(*m_admin));
    QCOMPARE(a1->body.seen[0].seq, std::int64_t(1));
    QCOMPARE(a1->body.seen[0].id.str(), roster1->id);

    auto roster2 =
        store->append(*m_admin, entry_type::Roster,
                      rosterContent({grant(*m_bob, "Bob", "bob@example.org", {"risk_officer"})}), kT0 + 2000);
    QVERIFY2(roster2, why(roster2).constData());
    QCOMPARE(roster2->body.seq, std::int64_t(2));
    QCOMPARE(roster2->body.prev.value_or(""), roster1->id);
    QCOMPARE(roster2->body.rosterRef.value_or(""), roster1->id); // the newest roster entry when it was written
    QCOMPARE(roster2->body.seen.size(), std::size_t(1));
    QCOMPARE(roster2->body.seen[0].id.str(), a1->id);

    // A non-roster entry of the administrator does not move roster_ref.
    auto adminComment =
        store->append(*m_admin, entry_type::Comment, commentContent("REQ-1", "from the admin"), kT0 + 3000);
    QVERIFY2(adminComment, why(adminComment).constData());

    auto a2 = store->append(*m_alice, entry_type::Comment, commentContent("REQ-1", "second"), kT0 + 4000);
    QVERIFY2(a2, why(a2).constData());
    QCOMPARE(a2->body.seq, std::int64_t(2));
    QCOMPARE(a2->body.prev.value_or(""), a1->id);
    QCOMPARE(a2->body.rosterRef.value_or(""), roster2->id);
    QCOMPARE(a2->body.seen.size(), std::size_t(1));
    QCOMPARE(a2->body.seen[0].author.str(), keyHex(*m_admin));
    QCOMPARE(a2->body.seen[0].seq, std::int64_t(3));
    QCOMPARE(a2->body.seen[0].id.str(), adminComment->id);

    // Bob sees the heads of both other feeds, never his own.
    auto b1 = store->append(*m_bob, entry_type::Comment, commentContent("REQ-1", "bob"), kT0 + 5000);
    QVERIFY2(b1, why(b1).constData());
    auto b2 = store->append(*m_bob, entry_type::Comment, commentContent("REQ-1", "bob again"), kT0 + 6000);
    QVERIFY2(b2, why(b2).constData());
    std::map<std::string, std::pair<std::int64_t, std::string>> seen;
    for (const auto &s : b2->body.seen)
        seen[s.author.str()] = {s.seq, s.id.str()};
    QCOMPARE(b2->body.seen.size(), std::size_t(2));
    QCOMPARE(seen[keyHex(*m_admin)], std::make_pair(std::int64_t(3), adminComment->id));
    QCOMPARE(seen[keyHex(*m_alice)], std::make_pair(std::int64_t(2), a2->id));
    QCOMPARE(b2->body.rosterRef.value_or(""), roster2->id);

    auto report = verifyStore(*store, kT0 + 10'000);
    QVERIFY2(report, why(report).constData());
    QVERIFY2(report->clean(), describe(*report).constData());
}

void TestAuditStore::appendKeepsTheFeedClockMonotonic()
{
    QTemporaryDir dir;
    auto store = createStore(dir.filePath(QStringLiteral("a.store")));
    auto a1 = store->append(*m_alice, entry_type::Comment, commentContent("REQ-1", "later"), kT0 + 60'000);
    QVERIFY2(a1, why(a1).constData());
    // The machine's clock stepped back: the feed's time stamps still do not.
    auto a2 = store->append(*m_alice, entry_type::Comment, commentContent("REQ-1", "earlier"), kT0);
    QVERIFY2(a2, why(a2).constData());
    QCOMPARE(a2->body.tsMs, kT0 + 60'000);
}

void TestAuditStore::appendBatchIsOneTransaction()
{
    QTemporaryDir dir;
    auto store = createStore(dir.filePath(QStringLiteral("a.store")));
    auto batch = store->appendBatch(
        *m_alice, entry_type::Comment,
        {commentContent("REQ-1", "one"), commentContent("REQ-1", "two"), commentContent("REQ-1", "three")}, kT0);
    QVERIFY2(batch, why(batch).constData());
    QCOMPARE(batch->size(), std::size_t(3));
    for (std::size_t i = 0; i < batch->size(); ++i) {
        QCOMPARE((*batch)[i].body.seq, std::int64_t(i + 1));
        if (i > 0)
            QCOMPARE((*batch)[i].body.prev.value_or(""), (*batch)[i - 1].id);
    }
    QCOMPARE(store->count().value(), std::int64_t(3));

    // A batch that cannot be signed in full stores none of it.
    nlohmann::json notCanonical = commentContent("REQ-1", "half");
    notCanonical["weight"] = 0.5; // not an integer: refused by canonicalize()
    auto failed =
        store->appendBatch(*m_alice, entry_type::Comment, {commentContent("REQ-1", "fine"), notCanonical}, kT0);
    QVERIFY(!failed);
    QCOMPARE(store->count().value(), std::int64_t(3));
    auto next = store->append(*m_alice, entry_type::Comment, commentContent("REQ-1", "four"), kT0);
    QVERIFY2(next, why(next).constData());
    QCOMPARE(next->body.seq, std::int64_t(4));
}

void TestAuditStore::appendRefusedReadOnly()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("a.store"));
    SignedEntry e;
    {
        auto store = createStore(path);
        e = store->append(*m_alice, entry_type::Comment, commentContent("REQ-1", "x"), kT0).value();
    }
    auto ro = AuditStore::open(path, AuditStore::Access::ReadOnly);
    QVERIFY2(ro, why(ro).constData());
    QVERIFY((*ro)->readOnly());
    QVERIFY(!(*ro)->append(*m_alice, entry_type::Comment, commentContent("REQ-1", "y"), kT0));
    QVERIFY(!(*ro)->insert(e));
    QCOMPARE((*ro)->count().value(), std::int64_t(1));
}

void TestAuditStore::insertReplayChangesNothing()
{
    QTemporaryDir dir;
    auto x = createStore(dir.filePath(QStringLiteral("x.store")));
    std::vector<SignedEntry> entries;
    entries.push_back(
        x->append(*m_admin, entry_type::Roster,
                  rosterContent({grant(*m_alice, "Alice", "alice@example.org", {"ml_platform_engineer"})}), kT0)
            .value());
    entries.push_back(x->append(*m_alice, entry_type::Comment, commentContent("REQ-1", "a1"), kT0 + 1).value());
    entries.push_back(x->append(*m_alice, entry_type::Comment, commentContent("REQ-1", "a2"), kT0 + 2).value());

    // Into the store itself: already there.
    const auto before = x->rows().value();
    for (const auto &e : entries) {
        auto inserted = x->insert(e);
        QVERIFY2(inserted, why(inserted).constData());
        QVERIFY(!*inserted);
    }
    QVERIFY(sameRows(x->rows().value(), before));

    // Into a second store of the same deployment: stored once, then nothing changes.
    auto y = createStore(dir.filePath(QStringLiteral("y.store")), x->storeId());
    for (const auto &e : entries) {
        auto inserted = y->insert(e);
        QVERIFY2(inserted, why(inserted).constData());
        QVERIFY(*inserted);
    }
    const auto afterFirst = y->rows().value();
    QCOMPARE(afterFirst.size(), std::size_t(3));
    for (int round = 0; round < 2; ++round) {
        for (auto it = entries.rbegin(); it != entries.rend(); ++it) {
            auto inserted = y->insert(*it);
            QVERIFY2(inserted, why(inserted).constData());
            QVERIFY(!*inserted);
        }
    }
    QVERIFY(sameRows(y->rows().value(), afterFirst));
    for (std::size_t i = 0; i < entries.size(); ++i) {
        QCOMPARE(afterFirst[i].id, entries[i].id);
        QCOMPARE(afterFirst[i].signedBytes, entries[i].signedBytes);
        QCOMPARE(afterFirst[i].signature, entries[i].signature);
    }
    auto report = verifyStore(*y, kT0 + 10'000);
    QVERIFY2(report, why(report).constData());
    QVERIFY2(report->clean(), describe(*report).constData());
}

void TestAuditStore::insertRefusesAMissingPredecessor()
{
    QTemporaryDir dir;
    auto x = createStore(dir.filePath(QStringLiteral("x.store")));
    const auto a1 = x->append(*m_alice, entry_type::Comment, commentContent("REQ-1", "a1"), kT0).value();
    const auto a2 = x->append(*m_alice, entry_type::Comment, commentContent("REQ-1", "a2"), kT0 + 1).value();
    const auto a3 = x->append(*m_alice, entry_type::Comment, commentContent("REQ-1", "a3"), kT0 + 2).value();

    auto y = createStore(dir.filePath(QStringLiteral("y.store")), x->storeId());
    auto early = y->insert(a2);
    QVERIFY(!early);
    QVERIFY2(early.errorMessage().contains(QString::fromStdString(a2.id)), qPrintable(early.errorMessage()));
    QCOMPARE(y->count().value(), std::int64_t(0));

    QVERIFY(y->insert(a1).value());
    QVERIFY(!y->insert(a3)); // a2 still missing
    QCOMPARE(y->count().value(), std::int64_t(1));
    QVERIFY(y->insert(a2).value());
    QVERIFY(y->insert(a3).value());
    QCOMPARE(y->count().value(), std::int64_t(3));

    // A prev that names an entry of another feed (or the wrong seq) is no predecessor.
    const auto b1 = x->append(*m_bob, entry_type::Comment, commentContent("REQ-1", "b1"), kT0 + 3).value();
    QVERIFY(y->insert(b1).value());
    EntryBody crossed = nextBody(b1, entry_type::Comment, commentContent("REQ-1", "crossed"), kT0 + 4);
    crossed.prev = a1.id; // Alice's seq 1, not Bob's
    QVERIFY(!y->insert(signAs(crossed, *m_bob)));
    EntryBody skipped = nextBody(a2, entry_type::Comment, commentContent("REQ-1", "skipped"), kT0 + 4);
    skipped.seq = 4; // prev a2 is seq 2, so this claims to skip seq 3
    QVERIFY(!y->insert(signAs(skipped, *m_alice)));
    QCOMPARE(y->count().value(), std::int64_t(4));
}

void TestAuditStore::insertRefusesAnotherStore()
{
    QTemporaryDir dir;
    auto x = createStore(dir.filePath(QStringLiteral("x.store")));
    const auto a1 = x->append(*m_alice, entry_type::Comment, commentContent("REQ-1", "a1"), kT0).value();
    auto z = createStore(dir.filePath(QStringLiteral("z.store")));
    QVERIFY(z->storeId() != x->storeId());
    auto inserted = z->insert(a1);
    QVERIFY(!inserted);
    QVERIFY2(inserted.errorMessage().contains(QString::fromStdString(x->storeId())),
             qPrintable(inserted.errorMessage()));
    QCOMPARE(z->count().value(), std::int64_t(0));
}

void TestAuditStore::insertKeepsBothEntriesOfAFork()
{
    QTemporaryDir dir;
    auto x = createStore(dir.filePath(QStringLiteral("x.store")));
    const auto a1 = x->append(*m_alice, entry_type::Comment, commentContent("REQ-1", "a1"), kT0).value();
    const auto left = signAs(nextBody(a1, entry_type::Comment, commentContent("REQ-1", "left"), kT0 + 1), *m_alice);
    const auto right = signAs(nextBody(a1, entry_type::Comment, commentContent("REQ-1", "right"), kT0 + 1), *m_alice);
    QVERIFY(left.id != right.id);
    QVERIFY(x->insert(left).value());
    QVERIFY(x->insert(right).value());
    QCOMPARE(x->count().value(), std::int64_t(3));
    QVERIFY(x->entry(left.id).value().has_value());
    QVERIFY(x->entry(right.id).value().has_value());
    // The head of a forked feed is the first stored entry at its highest seq.
    const auto heads = x->feedHeads().value();
    QCOMPARE(heads.size(), std::size_t(1));
    QCOMPARE(heads[0].seq, std::int64_t(2));
    QCOMPARE(heads[0].id, left.id);
}

void TestAuditStore::triggersRefuseUpdateAndDelete()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("a.store"));
    auto store = createStore(path);
    const auto a1 = store->append(*m_alice, entry_type::Comment, commentContent("REQ-1", "a1"), kT0).value();
    const auto before = store->rows().value();

    RawSql raw(path);
    QVERIFY2(raw.isOpen(), qPrintable(raw.lastError()));
    QVERIFY(!raw.exec(QStringLiteral("UPDATE entries SET type = 'decision' WHERE id = ?"),
                      {QString::fromStdString(a1.id)}));
    QVERIFY2(raw.lastError().contains(QLatin1String("append-only")), qPrintable(raw.lastError()));
    QVERIFY(!raw.exec(QStringLiteral("UPDATE entries SET signed = x'00'")));
    QVERIFY(!raw.exec(QStringLiteral("DELETE FROM entries WHERE id = ?"), {QString::fromStdString(a1.id)}));
    QVERIFY2(raw.lastError().contains(QLatin1String("append-only")), qPrintable(raw.lastError()));
    QVERIFY(!raw.exec(QStringLiteral("DELETE FROM entries")));
    // A second row with the same id is refused by the UNIQUE constraint.
    QVERIFY(!raw.insertEntry(a1));

    QVERIFY(sameRows(store->rows().value(), before));
    QCOMPARE(raw.scalar(QStringLiteral("SELECT COUNT(*) FROM entries")).toInt(), 1);
}

void TestAuditStore::backgroundCheckpointCopiesTheLogThenHandsBack()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("a.store"));
    auto store = createStore(path);
    auto autocheckpoint = [&] {
        QSqlQuery q(storeConnection(*store));
        return q.exec(QStringLiteral("PRAGMA wal_autocheckpoint")) && q.next() ? q.value(0).toInt() : -1;
    };
    QCOMPARE(autocheckpoint(), 1000); // SQLite's default: the writer copies the log every 1000 pages
    const qint64 emptySize = QFileInfo(path).size();
    {
        const auto checkpoint = store->checkpointInBackground();
        QVERIFY(checkpoint);
        QCOMPARE(autocheckpoint(), 0); // the writer leaves it to the other thread
        // About 1.2 MB: far below the writer's own threshold (1000 pages of 8 KB), so only the
        // background checkpoint can have put it in the database file.
        std::vector<nlohmann::json> comments;
        for (int i = 0; i < 300; ++i)
            comments.push_back(commentContent("REQ-1", std::string(4000, 'a' + static_cast<char>(i % 26))));
        auto appended = store->appendBatch(*m_alice, entry_type::Comment, comments, kT0);
        QVERIFY2(appended, why(appended).constData());
        checkpoint->committed();
    } // waits for the checkpoint asked for
    QVERIFY2(QFileInfo(path).size() > emptySize + 1'200'000,
             QByteArray::number(QFileInfo(path).size() - emptySize).constData());
    QCOMPARE(autocheckpoint(), 1000);
    QCOMPARE(store->count().value(), std::int64_t(300));
    // Whole and readable (no roster here, so each comment is only unauthorised).
    auto report = verifyStore(*store, kT0 + 1000);
    QVERIFY2(report, why(report).constData());
    QCOMPARE(report->entries.size(), std::size_t(300));
    for (const auto &p : report->problems)
        QVERIFY2(p.kind == problem::Unauthorised, describe(*report).constData());

    store.reset();
    auto readOnly = AuditStore::open(path, AuditStore::Access::ReadOnly);
    QVERIFY2(readOnly, why(readOnly).constData());
    QVERIFY(!(*readOnly)->checkpointInBackground());
}

void TestAuditStore::writerUsesWalAndFullSync()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("a.store"));
    auto store = createStore(path);
    QVERIFY(store->append(*m_alice, entry_type::Comment, commentContent("REQ-1", "a1"), kT0));

    // The journal mode is a property of the file: any connection sees it.
    {
        RawSql raw(path);
        QCOMPARE(raw.scalar(QStringLiteral("PRAGMA journal_mode")).toString(), QStringLiteral("wal"));
        // A new store's pages hold a whole entry of a few kilobytes (docs/decisions.md).
        QCOMPARE(raw.scalar(QStringLiteral("PRAGMA page_size")).toInt(), 8192);
    }
    // synchronous is per connection: ask the store's own.
    {
        QSqlDatabase db = storeConnection(*store);
        QVERIFY2(db.isValid(), "the store's connection was not found");
        QSqlQuery q(db);
        QVERIFY(q.exec(QStringLiteral("PRAGMA synchronous")) && q.next());
        QCOMPARE(q.value(0).toInt(), 2); // FULL
        QVERIFY(q.exec(QStringLiteral("PRAGMA journal_mode")) && q.next());
        QCOMPARE(q.value(0).toString(), QStringLiteral("wal"));
    }

    // Reopened read-write: the same settings again.
    store.reset();
    auto reopened = AuditStore::open(path, AuditStore::Access::ReadWrite);
    QVERIFY2(reopened, why(reopened).constData());
    {
        QSqlDatabase db = storeConnection(**reopened);
        QVERIFY(db.isValid());
        QSqlQuery q(db);
        QVERIFY(q.exec(QStringLiteral("PRAGMA synchronous")) && q.next());
        QCOMPARE(q.value(0).toInt(), 2);
    }
}

void TestAuditStore::readOnlyOpenWritesNothing()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("a.store"));
    std::vector<SignedEntry> entries;
    {
        auto store = createStore(path);
        entries.push_back(
            store
                ->append(*m_admin, entry_type::Roster,
                         rosterContent({grant(*m_alice, "Alice", "alice@example.org", {"ml_platform_engineer"})}), kT0)
                .value());
        entries.push_back(store->append(*m_alice, entry_type::Comment, commentContent("REQ-1", "a1"), kT0 + 1).value());
    }
    // The writer is closed: its -wal was checkpointed and removed.
    QVERIFY(!QFileInfo::exists(path + QStringLiteral("-wal")));
    QVERIFY(!QFileInfo::exists(path + QStringLiteral("-shm")));
    // An old modification time, so that any write would show.
    {
        QFile f(path);
        QVERIFY(f.open(QIODevice::ReadWrite));
        QVERIFY(f.setFileTime(QDateTime::currentDateTimeUtc().addDays(-3), QFileDevice::FileModificationTime));
    }
    const QStringList before = snapshot(dir.path());

    {
        auto ro = AuditStore::open(path, AuditStore::Access::ReadOnly);
        QVERIFY2(ro, why(ro).constData());
        QCOMPARE((*ro)->count().value(), std::int64_t(2));
        const auto rows = (*ro)->rows().value();
        QCOMPARE(rows.size(), std::size_t(2));
        QCOMPARE(rows[1].id, entries[1].id);
        auto report = verifyStore(**ro, kT0 + 10'000);
        QVERIFY2(report, why(report).constData());
        QVERIFY2(report->clean(), describe(*report).constData());
        // Nothing next to the store while it is open either.
        QVERIFY(!QFileInfo::exists(path + QStringLiteral("-wal")));
        QVERIFY(!QFileInfo::exists(path + QStringLiteral("-shm")));
        QVERIFY(!QFileInfo::exists(path + QStringLiteral("-journal")));
        // Two readers at once.
        auto ro2 = AuditStore::open(path, AuditStore::Access::ReadOnly);
        QVERIFY2(ro2, why(ro2).constData());
        QCOMPARE((*ro2)->count().value(), std::int64_t(2));
    }
    QCOMPARE(snapshot(dir.path()), before);

    // The CLI's read-only commands likewise.
    const auto verified = runCli({QStringLiteral("verify"), path});
    QVERIFY2(verified.exitCode == 0, (verified.out + verified.err).c_str());
    QCOMPARE(snapshot(dir.path()), before);
}

void TestAuditStore::readOnlyReadsALeftoverWalFromAPrivateCopy()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("live.store"));
    const QString copyDir = dir.filePath(QStringLiteral("copy"));
    QVERIFY(QDir().mkpath(copyDir));
    const QString copy = copyDir + QStringLiteral("/left.store");

    auto writer = createStore(path);
    std::vector<std::string> ids;
    ids.push_back(writer
                      ->append(*m_admin, entry_type::Roster,
                               rosterContent({grant(*m_alice, "Alice", "alice@example.org", {"ml_platform_engineer"})}),
                               kT0)
                      .value()
                      .id);
    for (int i = 0; i < 3; ++i)
        ids.push_back(
            writer->append(*m_alice, entry_type::Comment, commentContent("REQ-1", std::to_string(i)), kT0 + 1 + i)
                .value()
                .id);

    // With the writer still open, the committed entries live in the -wal, not yet in the file.
    QVERIFY(QFileInfo(path + QStringLiteral("-wal")).size() > 0);

    // Read-only opening of the live store: everything committed is seen.
    {
        auto ro = AuditStore::open(path, AuditStore::Access::ReadOnly);
        QVERIFY2(ro, why(ro).constData());
        QCOMPARE((*ro)->count().value(), std::int64_t(ids.size()));
    }

    // What a crash leaves behind: the file and its -wal (no -shm), copied while the writer is open.
    QVERIFY(QFile::copy(path, copy));
    QVERIFY(QFile::copy(path + QStringLiteral("-wal"), copy + QStringLiteral("-wal")));
    writer.reset();
    {
        // The main file alone does not hold the entries yet (they are in the -wal).
        QTemporaryDir probeDir;
        const QString probe = probeDir.filePath(QStringLiteral("main-only.store"));
        QVERIFY(QFile::copy(copy, probe));
        auto mainOnly = AuditStore::open(probe, AuditStore::Access::ReadOnly);
        if (mainOnly)
            QVERIFY((*mainOnly)->count().value() < std::int64_t(ids.size()));
    }

    const QStringList before = snapshot(copyDir);
    {
        auto ro = AuditStore::open(copy, AuditStore::Access::ReadOnly);
        QVERIFY2(ro, why(ro).constData());
        const auto rows = (*ro)->rows().value();
        QCOMPARE(rows.size(), ids.size());
        for (std::size_t i = 0; i < ids.size(); ++i)
            QCOMPARE(rows[i].id, ids[i]);
        auto report = verifyStore(**ro, kT0 + 10'000);
        QVERIFY2(report, why(report).constData());
        QVERIFY2(report->clean(), describe(*report).constData());
        QVERIFY(!QFileInfo::exists(copy + QStringLiteral("-shm")));
    }
    QCOMPARE(snapshot(copyDir), before);

    // The CLI reads it the same way and leaves it alone.
    const auto verified = runCli({QStringLiteral("verify"), copy});
    QVERIFY2(verified.exitCode == 0, (verified.out + verified.err).c_str());
    QCOMPARE(snapshot(copyDir), before);

    // A read-write opening recovers the -wal into the store (and may then write next to it).
    auto rw = AuditStore::open(copy, AuditStore::Access::ReadWrite);
    QVERIFY2(rw, why(rw).constData());
    QCOMPARE((*rw)->count().value(), std::int64_t(ids.size()));
}

void TestAuditStore::newerSchemaIsRefused()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("a.store"));
    createStore(path).reset();
    {
        RawSql raw(path);
        QVERIFY(raw.exec(QStringLiteral("UPDATE store_meta SET value = ? WHERE key = 'schema_version'"),
                         {QString::number(kSchemaVersion + 1)}));
    }
    const QByteArray before = fileBytes(path);
    for (auto access : {AuditStore::Access::ReadOnly, AuditStore::Access::ReadWrite}) {
        auto opened = AuditStore::open(path, access);
        QVERIFY(!opened);
        QVERIFY2(opened.errorMessage().contains(QLatin1String("newer")), qPrintable(opened.errorMessage()));
    }
    QCOMPARE(fileBytes(path), before);
}

void TestAuditStore::olderSchemaIsUpgradedReadWriteAndRefusedReadOnly()
{
    // A store of schema version 1 (store_meta and entries with its index and triggers, nothing
    // else), made from a current one with the sqlite3 shell: every later table dropped and the
    // version edited back.
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("old.store"));
    std::string storeId;
    {
        auto store = createStore(path);
        storeId = store->storeId();
        QVERIFY(store->append(*m_admin, entry_type::Roster,
                              rosterContent({grant(*m_alice, "Alice", "alice@example.org", {"ml_platform_engineer"})}),
                              kT0));
        QVERIFY(store->append(*m_alice, entry_type::Comment, commentContent("REQ-1", "before the upgrade"), kT0 + 1));
    }
    QStringList laterTables;
    {
        RawSql raw(path);
        QSqlQuery q(QSqlDatabase::database(raw.connectionName()));
        QVERIFY(q.exec(QStringLiteral(
            "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT IN ('store_meta', 'entries')")));
        while (q.next())
            laterTables << q.value(0).toString();
        q.finish();
        for (const QString &table : std::as_const(laterTables))
            QVERIFY2(raw.exec(QStringLiteral("DROP TABLE ") + table), qPrintable(raw.lastError()));
        QVERIFY(raw.exec(QStringLiteral("UPDATE store_meta SET value = '1' WHERE key = 'schema_version'")));
    }
    if (kSchemaVersion > 1)
        QVERIFY(!laterTables.isEmpty());
    const QByteArray before = fileBytes(path);

    // Read-only: refused with a reason, and the file is left exactly as it was.
    auto ro = AuditStore::open(path, AuditStore::Access::ReadOnly);
    if (kSchemaVersion > 1) {
        QVERIFY(!ro);
        QVERIFY2(ro.errorMessage().contains(QLatin1String("upgrade")), qPrintable(ro.errorMessage()));
    }
    ro = makeError(QString());
    QCOMPARE(fileBytes(path), before);
    QVERIFY(!QFileInfo::exists(path + QStringLiteral("-shm")));

    // Read-write: upgraded in place, entries kept, and the store works as a current one.
    {
        auto rw = AuditStore::open(path, AuditStore::Access::ReadWrite);
        QVERIFY2(rw, why(rw).constData());
        QCOMPARE((*rw)->storeId(), storeId);
        QCOMPARE((*rw)->count().value(), std::int64_t(2));
        QVERIFY((*rw)->append(*m_alice, entry_type::Comment, commentContent("REQ-1", "after the upgrade"), kT0 + 2));
    }
    {
        RawSql raw(path);
        QCOMPARE(raw.meta("schema_version"), QString::number(kSchemaVersion));
        for (const QString &table : std::as_const(laterTables))
            QVERIFY2(raw.exec(QStringLiteral("SELECT COUNT(*) FROM ") + table), qPrintable(table));
        QCOMPARE(raw.scalar(QStringLiteral("SELECT COUNT(*) FROM sqlite_master WHERE type = 'trigger'")).toInt(), 2);
        QVERIFY(!raw.exec(QStringLiteral("DELETE FROM entries")));
    }
    auto upgraded = AuditStore::open(path, AuditStore::Access::ReadOnly);
    QVERIFY2(upgraded, why(upgraded).constData());
    QCOMPARE((*upgraded)->count().value(), std::int64_t(3));
    auto report = verifyStore(**upgraded, kT0 + 10'000);
    QVERIFY2(report, why(report).constData());
    QVERIFY2(report->clean(), describe(*report).constData());
}

QTEST_GUILESS_MAIN(TestAuditStore)
#include "tst_auditstore.moc"
