// Folder sync (core/audit/FolderSync.h, audit contract "Sync"): stores of one deployment that
// meet through one shared folder converge; a round repeated changes nothing and writes only what
// is new; a hostile folder (torn, forged, foreign, replaced, garbage, oversized, badly named
// files) has each bad file refused with its reason, in the round's report and the store's sync
// log, while the good entries still arrive; forks and withheld tails that arrive through the
// folder are exposed by verification; two processes syncing at the same moment lose nothing.

#include "SyncTestSupport.h"

#include "audit/Bundle.h"
#include "audit/FolderSync.h"
#include "audit/Verification.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include <sys/resource.h>

#include <random>

using namespace cs;
using namespace cs::audit;
using namespace cs::test;

namespace {

// The people of the deployment: an administrator (the anchor), three reviewers on the roster,
// and keys nobody granted anything.
struct Team
{
    Deployment deployment;
    SecretSeed alice = newSeed();
    SecretSeed bob = newSeed();
    SecretSeed carol = newSeed();
};

std::int64_t peakRssKiB()
{
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    return usage.ru_maxrss;
}

QString feedFile(const QString &folder, const std::string &author, std::int64_t from, std::int64_t to)
{
    return folder + QStringLiteral("/feeds/") + QString::fromStdString(author) + QLatin1Char('/')
           + QString::fromStdString(bundleFileName(from, to));
}

std::string source(const std::string &author, const std::string &file)
{
    return "feeds/" + author + "/" + file;
}

qint64 totalBytes(const std::map<QString, QByteArray> &files)
{
    qint64 n = 0;
    for (const auto &[path, bytes] : files)
        n += bytes.size();
    return n;
}

} // namespace

// Runs one folder round and fails the test when it could not run.
#define ROUND(report, store, folder)                                                                                     \
    auto report##Result_ = syncWithFolder((store), (folder), tick());                                                    \
    QVERIFY2(report##Result_, why(report##Result_).constData());                                                         \
    [[maybe_unused]] const SyncReport &report = *report##Result_

class TestFolderSync : public QObject
{
    Q_OBJECT

private slots:
    void convergence();
    void idempotence();
    void incremental();
    void hostileFolder();
    void tornBundleIsReadAgainOnceComplete();
    void replacedBundle();
    void forkFoundThroughSync();
    void forkReachesEveryStore();
    void withheldTailFoundThroughSync();
    void badFileDoesNotStopPublishing();
    void twoProcessesAtOnce();

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
    // The administrator's roster in `store`: Alice, Bob and Carol, each with a role.
    SignedEntry roster(AuditStore &store, const Team &t)
    {
        return put(store, t.deployment.admin, entry_type::Roster,
                   rosterContent({grant(t.alice, "Alice", "alice@example.org", {"ml_platform_engineer"}),
                                  grant(t.bob, "Bob", "bob@example.org", {"security_reviewer"}),
                                  grant(t.carol, "Carol", "carol@example.org", {"risk_officer"})}));
    }
    // The administrator writes the roster in `first`, and every store receives it before anyone
    // else writes: a reviewer's entries name the roster their store holds.
    bool rosterEverywhere(const Team &t, const std::vector<AuditStore *> &stores, const QString &folder)
    {
        roster(*stores.front(), t);
        for (AuditStore *s : stores) {
            if (!syncWithFolder(*s, folder, tick()))
                return false;
        }
        return true;
    }
    // Syncs every store in turn until one full pass moves nothing; false if it never settles.
    bool syncUntilQuiet(const std::vector<AuditStore *> &stores, const QString &folder, int maxPasses = 8)
    {
        for (int pass = 0; pass < maxPasses; ++pass) {
            bool quiet = true;
            for (AuditStore *s : stores) {
                auto r = syncWithFolder(*s, folder, tick());
                if (!r)
                    return false;
                if (r->arrived || r->sent || r->bundlesWritten)
                    quiet = false;
            }
            if (quiet)
                return true;
        }
        return false;
    }
    // "" when `source` was refused with `reasonPart` both in `report` and in the store's sync log.
    QByteArray checkRefused(const SyncReport &report, const AuditStore &store, const std::string &src, const std::string &reasonPart)
    {
        if (!refusedWith(report.refused, src, reasonPart))
            return QByteArray::fromStdString("the round did not refuse " + src + " with \"" + reasonPart + "\"; it refused:")
                   + describe(report.refused);
        auto log = store.syncLog(10000);
        if (!log)
            return "cannot read the sync log: " + log.errorMessage().toUtf8();
        if (!refusedWith(*log, src, reasonPart))
            return QByteArray::fromStdString("the sync log lacks the refusal of " + src + "; it holds:") + describe(*log);
        for (const auto &r : *log) {
            if (r.source == src && r.target != report.target)
                return QByteArray::fromStdString("the sync log names target " + r.target + ", not " + report.target);
        }
        return {};
    }

    std::int64_t m_now = kT0;
};

void TestFolderSync::convergence()
{
    QTemporaryDir dir;
    const QString folder = dir.filePath(QStringLiteral("share"));
    Team t;
    auto a = t.deployment.store(dir.filePath(QStringLiteral("a.db")));
    auto b = t.deployment.store(dir.filePath(QStringLiteral("b.db")));
    roster(*a, t);
    ROUND(r0, *a, folder);
    QCOMPARE(r0.sent, std::size_t(1));
    ROUND(r1, *b, folder);
    QCOMPARE(r1.arrived, std::size_t(1));
    put(*a, t.alice, entry_type::PackageReceived, packageContent("req-1", "sha256:p1", "dana@example.org", {"security_reviewer"}));
    comment(*a, t.alice, "from Alice");
    put(*b, t.bob, entry_type::Decision, decisionContent("req-1", "sha256:p1", "security_reviewer", "approve"));
    comment(*b, t.bob, "from Bob");

    ROUND(ra, *a, folder);
    QCOMPARE(ra.arrived, std::size_t(0));
    QCOMPARE(ra.sent, std::size_t(2));
    QCOMPARE(ra.bundlesWritten, std::size_t(1)); // Alice's feed; the roster is out already
    ROUND(rb, *b, folder);
    QCOMPARE(rb.arrived, std::size_t(2));
    QCOMPARE(rb.sent, std::size_t(2));
    QVERIFY2(rb.refused.empty(), describe(rb.refused).constData());
    ROUND(ra2, *a, folder);
    QCOMPARE(ra2.arrived, std::size_t(2));
    QCOMPARE(ra2.sent, std::size_t(0));

    QCOMPARE(idSet(*a), idSet(*b));
    QCOMPARE(entryCount(*a), 5);
    VerificationReport va, vb;
    const auto statesA = derivedStates(*a, &va);
    const auto statesB = derivedStates(*b, &vb);
    QVERIFY2(va.clean(), describe(va).constData());
    QVERIFY2(vb.clean(), describe(vb).constData());
    QVERIFY2(statesA == statesB, QByteArray(describe(statesA) + " vs" + describe(statesB)).constData());
    QCOMPARE(statesA.at("req-1").state, std::string(request_state::Approved));

    // The share holds bundles only: no database file was ever opened or created on it.
    for (const auto &[path, bytes] : folderFiles(folder))
        QVERIFY2(path.startsWith(QStringLiteral("feeds/")) && path.endsWith(QStringLiteral(".bundle")), qPrintable(path));
}

void TestFolderSync::idempotence()
{
    QTemporaryDir dir;
    const QString folder = dir.filePath(QStringLiteral("share"));
    Team t;
    auto a = t.deployment.store(dir.filePath(QStringLiteral("a.db")));
    auto b = t.deployment.store(dir.filePath(QStringLiteral("b.db")));
    QVERIFY(rosterEverywhere(t, {a.get(), b.get()}, folder));
    for (int i = 0; i < 4; ++i)
        comment(*a, t.alice, "a" + std::to_string(i));
    for (int i = 0; i < 3; ++i)
        comment(*b, t.bob, "b" + std::to_string(i));
    QVERIFY(syncUntilQuiet({a.get(), b.get()}, folder));
    QCOMPARE(idSet(*a), idSet(*b));

    // The same round again: nothing arrives, nothing is written, nothing changes anywhere.
    const auto filesBefore = folderFiles(folder);
    const auto idsBefore = idSet(*a);
    for (AuditStore *s : {a.get(), b.get()}) {
        ROUND(again, *s, folder);
        QCOMPARE(again.arrived, std::size_t(0));
        QCOMPARE(again.alreadyHeld, std::size_t(0)); // settled bundles are not even read again
        QCOMPARE(again.sent, std::size_t(0));
        QCOMPARE(again.bundlesWritten, std::size_t(0));
        QVERIFY2(again.refused.empty(), describe(again.refused).constData());
    }
    QVERIFY(folderFiles(folder) == filesBefore);
    QCOMPARE(idSet(*a), idsBefore);
    QCOMPARE(idSet(*b), idsBefore);

    // A bundle read twice adds nothing: touch Bob's bundle so that A reads it again.
    const QString bobs = feedFile(folder, keyHex(t.bob), 1, 3);
    QVERIFY(QFileInfo::exists(bobs));
    {
        QFile f(bobs);
        QVERIFY(f.open(QIODevice::ReadWrite));
        QVERIFY(f.setFileTime(QDateTime::currentDateTimeUtc().addSecs(3600), QFileDevice::FileModificationTime));
    }
    ROUND(reread, *a, folder);
    QCOMPARE(reread.alreadyHeld, std::size_t(3));
    QCOMPARE(reread.arrived, std::size_t(0));
    QCOMPARE(reread.sent, std::size_t(0));
    QCOMPARE(idSet(*a), idsBefore);

    // A newcomer reading the folder twice: everything the first time, nothing the second.
    auto c = t.deployment.store(dir.filePath(QStringLiteral("c.db")));
    ROUND(first, *c, folder);
    QCOMPARE(first.arrived, idsBefore.size());
    QCOMPARE(first.sent, std::size_t(0)); // all it holds is in the folder already
    ROUND(second, *c, folder);
    QCOMPARE(second.arrived, std::size_t(0));
    QCOMPARE(second.alreadyHeld, std::size_t(0));
    QCOMPARE(second.bundlesWritten, std::size_t(0));
    QCOMPARE(idSet(*c), idsBefore);
    QVERIFY(folderFiles(folder) == filesBefore);
}

void TestFolderSync::incremental()
{
    QTemporaryDir dir;
    const QString folder = dir.filePath(QStringLiteral("share"));
    Team t;
    auto a = t.deployment.store(dir.filePath(QStringLiteral("a.db")));
    auto b = t.deployment.store(dir.filePath(QStringLiteral("b.db")));
    QVERIFY(rosterEverywhere(t, {a.get(), b.get()}, folder));
    for (int i = 0; i < 5; ++i)
        comment(*a, t.alice, "a" + std::to_string(i));
    comment(*b, t.bob, "b0");
    QVERIFY(syncUntilQuiet({a.get(), b.get()}, folder));
    const auto before = folderFiles(folder);

    // Three new entries of Alice's: one new file holding exactly those three, nothing rewritten.
    std::vector<std::string> fresh;
    for (int i = 5; i < 8; ++i)
        fresh.push_back(comment(*a, t.alice, "a" + std::to_string(i)).id);
    ROUND(ra, *a, folder);
    QCOMPARE(ra.sent, std::size_t(3));
    QCOMPARE(ra.bundlesWritten, std::size_t(1));
    QCOMPARE(ra.arrived, std::size_t(0));
    const auto after = folderFiles(folder);
    QCOMPARE(after.size(), before.size() + 1);
    for (const auto &[path, bytes] : before)
        QVERIFY2(after.count(path) && after.at(path) == bytes, qPrintable(path + QStringLiteral(" was rewritten or removed")));
    const QString newPath = QStringLiteral("feeds/") + QString::fromStdString(keyHex(t.alice)) + QStringLiteral("/6-8.bundle");
    QVERIFY2(after.count(newPath), "the new bundle is not feeds/<alice>/6-8.bundle");
    const QByteArray &newBytes = after.at(newPath);
    QCOMPARE(totalBytes(after) - totalBytes(before), newBytes.size());
    auto bundle = decodeBundle(std::string_view(newBytes.constData(), static_cast<std::size_t>(newBytes.size())));
    QVERIFY2(bundle, why(bundle).constData());
    QCOMPARE(bundle->entries.size(), std::size_t(3));
    // Its size is what those three entries need, and no more.
    QCOMPARE(static_cast<std::size_t>(newBytes.size()), encodeBundle(bundleOf(*a, keyHex(t.alice), 6, 8)).size());

    // The peer reads only that new file and writes nothing back.
    ROUND(rb, *b, folder);
    QCOMPARE(rb.arrived, std::size_t(3));
    QCOMPARE(rb.alreadyHeld, std::size_t(0));
    QCOMPARE(rb.sent, std::size_t(0));
    QCOMPARE(rb.bundlesWritten, std::size_t(0));
    QCOMPARE(folderFiles(folder).size(), after.size());
    for (const auto &id : fresh)
        QVERIFY(idSet(*b).count(id));

    // One more of Bob's: one file of one entry.
    comment(*b, t.bob, "b1");
    ROUND(rb2, *b, folder);
    QCOMPARE(rb2.sent, std::size_t(1));
    QCOMPARE(rb2.bundlesWritten, std::size_t(1));
    QVERIFY(QFileInfo::exists(feedFile(folder, keyHex(t.bob), 2, 2)));
    ROUND(ra2, *a, folder);
    QCOMPARE(ra2.arrived, std::size_t(1));
    QCOMPARE(ra2.alreadyHeld, std::size_t(0));
    QCOMPARE(idSet(*a), idSet(*b));
}

void TestFolderSync::hostileFolder()
{
    QTemporaryDir dir;
    const QString folder = dir.filePath(QStringLiteral("share"));
    Team t;
    auto a = t.deployment.store(dir.filePath(QStringLiteral("a.db")));
    auto b = t.deployment.store(dir.filePath(QStringLiteral("b.db")));
    QVERIFY(rosterEverywhere(t, {a.get(), b.get()}, folder));
    for (int i = 0; i < 3; ++i)
        comment(*a, t.alice, "a" + std::to_string(i));
    ROUND(ra, *a, folder);
    QCOMPARE(ra.sent, std::size_t(3));
    // What B has not seen yet when the folder turns hostile.
    std::set<std::string> published;
    for (const auto &id : idSet(*a)) {
        if (!idSet(*b).count(id))
            published.insert(id);
    }
    comment(*b, t.bob, "b0");
    comment(*b, t.bob, "b1");
    const std::int64_t heldBefore = entryCount(*b);

    std::vector<std::pair<std::string, std::string>> expected; // source, part of the reason

    // A forged entry: valid framing, Carol's name, Mallory's signature.
    const SecretSeed mallory = newSeed();
    {
        EntryBody body;
        body.store = t.deployment.storeId;
        body.author = keyHex(t.carol);
        body.tsMs = kT0;
        body.type = entry_type::Decision;
        body.content = decisionContent("req-1", "sha256:p1", "risk_officer", "approve");
        const SignedEntry forged = signAs(body, mallory);
        const Bundle bundle{t.deployment.storeId, keyHex(t.carol), 1, 1, {{forged.signedBytes, forged.signature}}};
        QVERIFY(writeBytes(feedFile(folder, keyHex(t.carol), 1, 1), bytesOf(encodeBundle(bundle))));
        expected.push_back({source(keyHex(t.carol), "1-1.bundle"), "signature does not verify"});
    }
    // Another store's entries: a whole bundle of it, and one smuggled into a bundle of ours.
    auto other = AuditStore::create(dir.filePath(QStringLiteral("other.db")), t.deployment.admin.publicKey(), randomStoreId());
    QVERIFY2(other, why(other).constData());
    const SecretSeed dave = newSeed(), erin = newSeed();
    {
        const SignedEntry d1 = put(**other, dave, entry_type::Comment, commentContent("req-1", "elsewhere"));
        const SignedEntry e1 = put(**other, erin, entry_type::Comment, commentContent("req-1", "smuggled"));
        QVERIFY(writeBytes(feedFile(folder, keyHex(dave), 1, 1), bytesOf(encodeBundle(bundleOf(**other, keyHex(dave), 1, 1)))));
        expected.push_back({source(keyHex(dave), "1-1.bundle"), "belongs to another store"});
        Bundle smuggled = bundleOf(**other, keyHex(erin), 1, 1);
        smuggled.store = t.deployment.storeId;
        QVERIFY(writeBytes(feedFile(folder, keyHex(erin), 1, 1), bytesOf(encodeBundle(smuggled))));
        expected.push_back({source(keyHex(erin), "1-1.bundle"), "belongs to another store"});
    }
    // Garbage bytes under a good name.
    const SecretSeed frank = newSeed();
    {
        std::mt19937 rng(7);
        QByteArray garbage(5000, '\0');
        for (auto &c : garbage)
            c = static_cast<char>(rng());
        QVERIFY(writeBytes(feedFile(folder, keyHex(frank), 1, 3), garbage));
        expected.push_back({source(keyHex(frank), "1-3.bundle"), "torn or damaged bundle"});
    }
    // A 2 GB file (sparse): refused by its size, never read.
    const SecretSeed george = newSeed();
    {
        const QString huge = feedFile(folder, keyHex(george), 1, 1);
        QDir().mkpath(QFileInfo(huge).absolutePath());
        QFile f(huge);
        QVERIFY(f.open(QIODevice::WriteOnly));
        QVERIFY(f.resize(qint64(2) << 30));
        expected.push_back({source(keyHex(george), "1-1.bundle"), "larger than the bundle limit"});
    }
    // Names with "..": a good bundle under a bad file name, and a folder named like a path.
    {
        const QByteArray alices = bytesOf(encodeBundle(bundleOf(*a, keyHex(t.alice), 1, 3)));
        QVERIFY(writeBytes(folder + QStringLiteral("/feeds/") + QString::fromStdString(keyHex(t.alice)) + QStringLiteral("/1..3.bundle"), alices));
        expected.push_back({source(keyHex(t.alice), "1..3.bundle"), "not a bundle name"});
        QVERIFY(writeBytes(folder + QStringLiteral("/feeds/..evil/1-1.bundle"), alices));
        expected.push_back({"feeds/..evil/1-1.bundle", "not a bundle name"});
        // A good bundle of Alice's filed as someone else's.
        const SecretSeed henry = newSeed();
        const QByteArray first = bytesOf(encodeBundle(bundleOf(*a, keyHex(t.alice), 1, 1)));
        QVERIFY(writeBytes(feedFile(folder, keyHex(henry), 1, 1), first));
        expected.push_back({source(keyHex(henry), "1-1.bundle"), "do not match its name"});
    }
    // A symbolic link, and a stray file where feed folders belong.
    {
        const QString link = feedFile(folder, keyHex(t.alice), 90, 90);
        QVERIFY(QFile::link(feedFile(folder, keyHex(t.alice), 1, 3), link));
        expected.push_back({source(keyHex(t.alice), "90-90.bundle"), "not a regular file"});
        QVERIFY(writeBytes(folder + QStringLiteral("/feeds/notes.txt"), "hello"));
        expected.push_back({"feeds/notes.txt", "not a feed folder"});
    }

    const std::int64_t rssBefore = peakRssKiB();
    QElapsedTimer timer;
    timer.start();
    ROUND(rb, *b, folder);
    const qint64 elapsedMs = timer.elapsed();

    // Every bad file refused with its reason, in the report and in the store's sync log.
    for (const auto &[src, reason] : expected) {
        const QByteArray problem = checkRefused(rb, *b, src, reason);
        QVERIFY2(problem.isEmpty(), problem.constData());
    }
    QVERIFY2(rb.refused.size() == expected.size(), describe(rb.refused).constData());
    // ... and the rest of the round completed: every good entry arrived, Bob's were written.
    QCOMPARE(rb.arrived, published.size());
    const auto held = idSet(*b);
    for (const auto &id : published)
        QVERIFY(held.count(id));
    QCOMPARE(rb.sent, std::size_t(2));
    QCOMPARE(entryCount(*b), heldBefore + static_cast<std::int64_t>(published.size()));
    // The 2 GB file was not read (a read would have taken a second and the memory for it).
    QVERIFY2(peakRssKiB() - rssBefore < 512 * 1024, qPrintable(QStringLiteral("peak RSS grew by %1 KiB").arg(peakRssKiB() - rssBefore)));
    QVERIFY2(elapsedMs < 5000, qPrintable(QStringLiteral("the round took %1 ms").arg(elapsedMs)));

    // Nothing bad was stored: the store verifies clean.
    auto vb = verifyStore(*b, kVerifyNow);
    QVERIFY2(vb, why(vb).constData());
    QVERIFY2(vb->clean(), describe(*vb).constData());

    // Next round: what was refused for good is not read (or logged) again; damaged files are,
    // since a torn bundle may yet be completed.
    ROUND(rb2, *b, folder);
    QCOMPARE(rb2.arrived, std::size_t(0));
    for (const auto &r : rb2.refused)
        QVERIFY2(r.reason.find("torn or damaged") != std::string::npos, describe(rb2.refused).constData());
    QVERIFY(refusedWith(rb2.refused, source(keyHex(frank), "1-3.bundle"), "read again next round"));
}

void TestFolderSync::tornBundleIsReadAgainOnceComplete()
{
    QTemporaryDir dir;
    const QString folder = dir.filePath(QStringLiteral("share"));
    Team t;
    auto a = t.deployment.store(dir.filePath(QStringLiteral("a.db")));
    auto b = t.deployment.store(dir.filePath(QStringLiteral("b.db")));
    QVERIFY(rosterEverywhere(t, {a.get(), b.get()}, folder));
    for (int i = 0; i < 3; ++i)
        comment(*a, t.alice, "a" + std::to_string(i));
    QVERIFY(syncUntilQuiet({a.get(), b.get()}, folder));
    std::vector<std::string> tail;
    for (int i = 3; i < 6; ++i)
        tail.push_back(comment(*a, t.alice, "a" + std::to_string(i)).id);
    ROUND(ra, *a, folder);
    QCOMPARE(ra.bundlesWritten, std::size_t(1));

    // The file as a copy in progress (a file-sharing tool, not Countersign) leaves it: cut short.
    const QString path = feedFile(folder, keyHex(t.alice), 4, 6);
    QFile f(path);
    QVERIFY(f.open(QIODevice::ReadOnly));
    const QByteArray whole = f.readAll();
    f.close();
    QVERIFY(writeBytes(path, whole.left(whole.size() * 2 / 3)));

    ROUND(torn, *b, folder);
    QCOMPARE(torn.arrived, std::size_t(0));
    const std::string src = source(keyHex(t.alice), "4-6.bundle");
    QByteArray problem = checkRefused(torn, *b, src, "torn or damaged bundle");
    QVERIFY2(problem.isEmpty(), problem.constData());
    QVERIFY(refusedWith(torn.refused, src, "read again next round"));

    // Still torn next round: refused again, not forgotten.
    ROUND(stillTorn, *b, folder);
    QVERIFY(refusedWith(stillTorn.refused, src, "torn or damaged bundle"));

    // Completed (same name): read again, and its entries arrive.
    QVERIFY(writeBytes(path, whole));
    ROUND(complete, *b, folder);
    QVERIFY2(complete.refused.empty(), describe(complete.refused).constData());
    QCOMPARE(complete.arrived, std::size_t(3));
    for (const auto &id : tail)
        QVERIFY(idSet(*b).count(id));
    QCOMPARE(idSet(*a), idSet(*b));
}

void TestFolderSync::replacedBundle()
{
    QTemporaryDir dir;
    const QString folder = dir.filePath(QStringLiteral("share"));
    Team t;
    auto a = t.deployment.store(dir.filePath(QStringLiteral("a.db")));
    auto b = t.deployment.store(dir.filePath(QStringLiteral("b.db")));
    roster(*a, t);
    for (int i = 0; i < 3; ++i)
        comment(*a, t.alice, "a" + std::to_string(i));
    ROUND(ra1, *a, folder);
    for (int i = 3; i < 6; ++i)
        comment(*a, t.alice, "a" + std::to_string(i));
    ROUND(ra2, *a, folder);
    const QString first = feedFile(folder, keyHex(t.alice), 1, 3);
    const QString second = feedFile(folder, keyHex(t.alice), 4, 6);
    QVERIFY(QFileInfo::exists(first) && QFileInfo::exists(second));
    ROUND(rb, *b, folder);
    QCOMPARE(rb.arrived, std::size_t(7));
    const auto full = idSet(*b);
    const std::string src = source(keyHex(t.alice), "4-6.bundle");

    // 4-6.bundle replaced with the older 1-3 bundle: the name and the contents disagree.
    QVERIFY(QFile::remove(second));
    QVERIFY(QFile::copy(first, second));
    ROUND(older, *b, folder);
    QByteArray problem = checkRefused(older, *b, src, "do not match its name");
    QVERIFY2(problem.isEmpty(), problem.constData());
    QCOMPARE(older.arrived, std::size_t(0));
    QCOMPARE(idSet(*b), full);
    // B holds entries 4-6 and the folder's file for them is refused, so B publishes them again
    // under that name: a bad file does not stop a feed from being published.
    QCOMPARE(older.sent, std::size_t(3));
    QCOMPARE(readBytes(second), bytesOf(encodeBundle(bundleOf(*a, keyHex(t.alice), 4, 6))));
    // The attacker replaces it once more before a newcomer arrives.
    QVERIFY(QFile::remove(second));
    QVERIFY(QFile::copy(first, second));

    // A newcomer meets the replaced file: refused, the rest arrives, Alice's feed stops at 3.
    auto c = t.deployment.store(dir.filePath(QStringLiteral("c.db")));
    ROUND(rc, *c, folder);
    problem = checkRefused(rc, *c, src, "do not match its name");
    QVERIFY2(problem.isEmpty(), problem.constData());
    QCOMPARE(rc.arrived, std::size_t(4));
    auto head = c->headSeq(keyHex(t.alice));
    QVERIFY2(head, why(head).constData());
    QCOMPARE(*head, qint64(3));

    // 4-6.bundle replaced with a different one of the same range: entry 5 forged by Mallory.
    const SecretSeed mallory = newSeed();
    Bundle different = bundleOf(*a, keyHex(t.alice), 4, 6);
    {
        auto e5 = decodeEntry(different.entries[1].signedBytes, different.entries[1].signature);
        QVERIFY2(e5, why(e5).constData());
        EntryBody body = e5->body;
        body.content = commentContent("req-1", "not what Alice wrote");
        different.entries[1] = {signAs(body, mallory).signedBytes, signAs(body, mallory).signature};
    }
    QVERIFY(writeBytes(second, bytesOf(encodeBundle(different))));
    ROUND(forged, *c, folder);
    problem = checkRefused(forged, *c, src, "signature does not verify");
    QVERIFY2(problem.isEmpty(), problem.constData());
    QCOMPARE(forged.arrived, std::size_t(1)); // entry 4 is good
    QCOMPARE(forged.waiting, std::size_t(1)); // entry 6 waits for a 5 it can trust
    QCOMPARE(*c->headSeq(keyHex(t.alice)), qint64(4));

    // The genuine file back under its name: read again, the feed completes.
    QVERIFY(writeBytes(second, bytesOf(encodeBundle(bundleOf(*a, keyHex(t.alice), 4, 6)))));
    ROUND(genuine, *c, folder);
    QVERIFY2(genuine.refused.empty(), describe(genuine.refused).constData());
    QCOMPARE(genuine.arrived, std::size_t(2));
    QCOMPARE(idSet(*c), full);
    auto vc = verifyStore(*c, kVerifyNow);
    QVERIFY2(vc, why(vc).constData());
    QVERIFY2(vc->clean(), describe(*vc).constData());
}

void TestFolderSync::forkFoundThroughSync()
{
    QTemporaryDir dir;
    const QString folder = dir.filePath(QStringLiteral("share"));
    Team t;
    auto a = t.deployment.store(dir.filePath(QStringLiteral("a.db")));
    auto c = t.deployment.store(dir.filePath(QStringLiteral("c.db")));
    roster(*a, t);
    for (int i = 0; i < 3; ++i)
        comment(*a, t.alice, "a" + std::to_string(i));
    QVERIFY(syncUntilQuiet({a.get(), c.get()}, folder));

    // Alice's key on a second machine: both write a seq 4.
    const SignedEntry inC = comment(*c, t.alice, "seq 4, as written on the second machine");
    ROUND(rc, *c, folder);
    QCOMPARE(rc.sent, std::size_t(1));
    const SignedEntry inA = comment(*a, t.alice, "seq 4, as written on the first machine");
    QCOMPARE(inA.body.seq, inC.body.seq);
    QVERIFY(inA.id != inC.id);
    ROUND(ra, *a, folder);
    QCOMPARE(ra.arrived, std::size_t(1)); // the other seq 4 is kept as evidence
    QVERIFY(idSet(*a).count(inC.id));

    auto va = verifyStore(*a, kVerifyNow);
    QVERIFY2(va, why(va).constData());
    QVERIFY2(hasProblem(*va, problem::Fork, inA.id) && hasProblem(*va, problem::Fork, inC.id), describe(*va).constData());
}

void TestFolderSync::forkReachesEveryStore()
{
    // As above, and a third store that meets both through the same folder must end up holding
    // the same history, fork included: otherwise each side of the fork looks clean to someone.
    QTemporaryDir dir;
    const QString folder = dir.filePath(QStringLiteral("share"));
    Team t;
    auto a = t.deployment.store(dir.filePath(QStringLiteral("a.db")));
    auto b = t.deployment.store(dir.filePath(QStringLiteral("b.db")));
    auto c = t.deployment.store(dir.filePath(QStringLiteral("c.db")));
    roster(*a, t);
    for (int i = 0; i < 3; ++i)
        comment(*a, t.alice, "a" + std::to_string(i));
    QVERIFY(syncUntilQuiet({a.get(), c.get()}, folder));
    const SignedEntry inC = comment(*c, t.alice, "seq 4, as written on the second machine");
    ROUND(rc, *c, folder);
    const SignedEntry inA = comment(*a, t.alice, "seq 4, as written on the first machine");
    ROUND(ra, *a, folder);
    QVERIFY(syncUntilQuiet({a.get(), b.get(), c.get()}, folder));

    QVERIFY2(idSet(*b).count(inC.id), "B lacks the second machine's seq 4");
    QVERIFY2(idSet(*b).count(inA.id), "B never received the first machine's seq 4: the fork is hidden from it");
    QCOMPARE(idSet(*a), idSet(*b));
    QCOMPARE(idSet(*c), idSet(*b));
    auto vb = verifyStore(*b, kVerifyNow);
    QVERIFY2(vb, why(vb).constData());
    QVERIFY2(hasProblem(*vb, problem::Fork, inA.id), describe(*vb).constData());
}

void TestFolderSync::withheldTailFoundThroughSync()
{
    QTemporaryDir dir;
    const QString folder = dir.filePath(QStringLiteral("share"));
    Team t;
    auto a = t.deployment.store(dir.filePath(QStringLiteral("a.db")));
    auto b = t.deployment.store(dir.filePath(QStringLiteral("b.db")));
    roster(*a, t);
    for (int i = 0; i < 3; ++i)
        comment(*a, t.alice, "a" + std::to_string(i));
    ROUND(ra1, *a, folder);
    comment(*a, t.alice, "a3");
    comment(*a, t.alice, "a4");
    ROUND(ra2, *a, folder);
    ROUND(rb1, *b, folder);
    QCOMPARE(*b->headSeq(keyHex(t.alice)), qint64(5));
    // Bob writes having seen Alice's seq 5.
    const SignedEntry witness = comment(*b, t.bob, "seen everything");
    QVERIFY(std::any_of(witness.body.seen.begin(), witness.body.seen.end(),
                        [&](const SeenRef &s) { return s.author == keyHex(t.alice) && s.seq == 5; }));
    ROUND(rb2, *b, folder);

    // The share loses (or someone withholds) the tail of Alice's feed.
    QVERIFY(QFile::remove(feedFile(folder, keyHex(t.alice), 4, 5)));
    auto c = t.deployment.store(dir.filePath(QStringLiteral("c.db")));
    ROUND(rc, *c, folder);
    QCOMPARE(*c->headSeq(keyHex(t.alice)), qint64(3));
    QVERIFY(idSet(*c).count(witness.id));
    auto vc = verifyStore(*c, kVerifyNow);
    QVERIFY2(vc, why(vc).constData());
    QVERIFY2(hasProblem(*vc, problem::Withheld, witness.id), describe(*vc).constData());
}

void TestFolderSync::badFileDoesNotStopPublishing()
{
    // A damaged (or planted) file under a name that claims a range of Alice's feed must not stop
    // Alice's own store from publishing those entries: the name is no proof that they are there.
    QTemporaryDir dir;
    const QString folder = dir.filePath(QStringLiteral("share"));
    Team t;
    auto a = t.deployment.store(dir.filePath(QStringLiteral("a.db")));
    auto b = t.deployment.store(dir.filePath(QStringLiteral("b.db")));
    roster(*a, t);
    for (int i = 0; i < 3; ++i)
        comment(*a, t.alice, "a" + std::to_string(i));
    QVERIFY(syncUntilQuiet({a.get(), b.get()}, folder));
    QVERIFY(writeBytes(feedFile(folder, keyHex(t.alice), 4, 10), QByteArray("not a bundle")));
    std::vector<std::string> tail;
    for (int i = 3; i < 6; ++i)
        tail.push_back(comment(*a, t.alice, "a" + std::to_string(i)).id);
    QVERIFY(syncUntilQuiet({a.get(), b.get()}, folder));
    const auto held = idSet(*b);
    for (const auto &id : tail)
        QVERIFY2(held.count(id), "Alice's entries 4-6 never reached B: a bad file named 4-10.bundle stopped A from writing them");
}

void TestFolderSync::twoProcessesAtOnce()
{
    const QString cli = QStringLiteral(COUNTERSIGN_CLI);
    QVERIFY2(QFileInfo(cli).isExecutable(), qPrintable(cli));
    QTemporaryDir dir;
    const QString folder = dir.filePath(QStringLiteral("share"));
    const QString pathA = dir.filePath(QStringLiteral("a.db"));
    const QString pathB = dir.filePath(QStringLiteral("b.db"));
    Team t;
    std::set<std::string> written;
    {
        auto a = t.deployment.store(pathA);
        auto b = t.deployment.store(pathB);
        written.insert(roster(*a, t).id);
        QVERIFY(syncWithFolder(*a, folder, tick()));
        QVERIFY(syncWithFolder(*b, folder, tick()));
    }
    constexpr int kRounds = 6;
    for (int round = 0; round < kRounds; ++round) {
        {
            auto a = AuditStore::open(pathA);
            auto b = AuditStore::open(pathB);
            QVERIFY2(a && b, "cannot reopen the stores");
            for (int i = 0; i < 3; ++i) {
                written.insert(comment(**a, t.alice, "a" + std::to_string(round) + "." + std::to_string(i)).id);
                written.insert(comment(**b, t.bob, "b" + std::to_string(round) + "." + std::to_string(i)).id);
            }
        }
        // Both workbenches run a round at the same moment.
        QProcess pa, pb;
        pa.start(cli, {QStringLiteral("sync"), pathA, QStringLiteral("--folder"), folder});
        pb.start(cli, {QStringLiteral("sync"), pathB, QStringLiteral("--folder"), folder});
        QVERIFY(pa.waitForFinished(60000));
        QVERIFY(pb.waitForFinished(60000));
        for (QProcess *p : {&pa, &pb}) {
            QCOMPARE(p->exitStatus(), QProcess::NormalExit);
            QVERIFY2(p->exitCode() == 0, p->readAllStandardError().constData());
            const QByteArray out = p->readAllStandardOutput();
            QVERIFY2(out.contains("refused: 0"), out.constData());
        }
    }
    // Whatever the timing, once both have synced until quiet, nothing written is missing.
    auto a = AuditStore::open(pathA);
    auto b = AuditStore::open(pathB);
    QVERIFY2(a && b, "cannot reopen the stores");
    QVERIFY(syncUntilQuiet({a->get(), b->get()}, folder));
    QCOMPARE(idSet(**a), written);
    QCOMPARE(idSet(**b), written);
    auto va = verifyStore(**a, kVerifyNow + 86'400'000);
    QVERIFY2(va, why(va).constData());
    QVERIFY2(va->clean(), describe(*va).constData());
}

QTEST_GUILESS_MAIN(TestFolderSync)
#include "tst_foldersync.moc"
