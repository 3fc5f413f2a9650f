// Convergence under random schedules (audit contract, "Sync": a union of signed entries, order of
// arrival does not matter): three stores of one deployment, several authors each writing in its
// own store only, random interleavings of appends (package_received, decision, comment) and sync
// rounds with a shared folder, a PostgreSQL server, or both. At the end every store syncs until a
// full pass moves nothing, and all three must hold the same entries, verify clean, and derive the
// same state for every request. Fixed seeds, so a failing schedule can be replayed by its number.

#include "SyncTestSupport.h"

#include "audit/FolderSync.h"
#include "audit/PostgresSync.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QTest>

#include <random>

using namespace cs;
using namespace cs::audit;
using namespace cs::test;

namespace {

enum class Target { Folder, Postgres, Both };

struct Author
{
    SecretSeed seed = newSeed();
    std::string name;
    std::string email;
    std::vector<std::string> roles;
    int store = 0; // the only store this author writes in
};

const std::vector<std::string> kRequired = {"ml_platform_engineer", "security_reviewer"};
const std::vector<std::string> kRequests = {"req-a", "req-b", "req-c"};
const std::vector<std::string> kDigests = {"sha256:1111", "sha256:2222"};
const std::vector<std::string> kDecisions = {"approve", "approve", "approve_with_conditions", "request_changes", "reject"};

// Scratch space in memory when the machine has it: every append commits with synchronous=FULL
// and every bundle is flushed, and this test is about order, not durability. On disk the same
// schedules take minutes, in /dev/shm seconds.
QString scratchTemplate()
{
    const QFileInfo shm(QStringLiteral("/dev/shm"));
    const QString root = shm.isDir() && shm.isWritable() ? shm.filePath() : QDir::tempPath();
    return root + QStringLiteral("/countersign-convergence-XXXXXX");
}

} // namespace

class TestConvergence : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void folderSchedules();
    void postgresSchedules();
    void mixedSchedules();
    void exceptionJudgedTheSameInEveryStore();
    void cleanupTestCase();

private:
    // Runs schedules first..first+count-1 with `target`; false (with the test failed) on the first
    // that does not converge.
    void runSchedules(Target target, int first, int count);
    bool runSchedule(Target target, unsigned seed, QByteArray &failure);
    Result<SyncReport> round(AuditStore &store, Target target, const QString &folder, std::mt19937 &rng);

    SecretSeed m_admin = newSeed();
    std::vector<Author> m_authors;
    PostgresLocation m_server;
    bool m_serverReady = false;
    std::int64_t m_now = kT0;
    int m_schedules = 0;
    std::size_t m_entries = 0;
    std::size_t m_unrostered = 0; // entries written before their store held the roster
    std::map<std::string, int> m_stateTally; // how often each request state was reached, to show the schedules reach them all
    QElapsedTimer m_timer;
};

void TestConvergence::initTestCase()
{
    m_timer.start();
    // Six reviewers, two per store, each with one of the two required roles; the first is also
    // a submitter, so that the "not the submitter" rule comes into play.
    const char *names[] = {"ann", "ben", "cat", "dan", "eve", "fay"};
    for (int i = 0; i < 6; ++i) {
        Author a;
        a.name = names[i];
        a.email = a.name + "@example.org";
        a.roles = {kRequired[static_cast<std::size_t>(i) % 2]};
        a.store = i / 2;
        m_authors.push_back(std::move(a));
    }
}

void TestConvergence::cleanupTestCase()
{
    QByteArray tally;
    for (const auto &[state, n] : m_stateTally)
        tally += " " + QByteArray::fromStdString(state) + "=" + QByteArray::number(n);
    qInfo("%d schedules converged (%zu entries, %zu written before the roster arrived) in %.1f s; request states reached:%s",
          m_schedules, m_entries, m_unrostered, static_cast<double>(m_timer.elapsed()) / 1000.0, tally.constData());
}

Result<SyncReport> TestConvergence::round(AuditStore &store, Target target, const QString &folder, std::mt19937 &rng)
{
    const bool useFolder = target == Target::Folder || (target == Target::Both && rng() % 2 == 0);
    if (useFolder)
        return syncWithFolder(store, folder, m_now += 1000);
    return syncWithPostgres(store, m_server, m_now += 1000);
}

bool TestConvergence::runSchedule(Target target, unsigned seed, QByteArray &failure)
{
    std::mt19937 rng(seed);
    QTemporaryDir dir(scratchTemplate());
    if (!dir.isValid()) {
        failure = "no scratch folder: " + dir.errorString().toUtf8();
        return false;
    }
    const QString folder = dir.filePath(QStringLiteral("share"));
    // A fresh deployment per schedule: a new store id, so the server's rows of earlier schedules
    // are another store's and ignored.
    const std::string storeId = randomStoreId();
    std::vector<std::unique_ptr<AuditStore>> stores;
    for (int i = 0; i < 3; ++i) {
        auto s = AuditStore::create(dir.filePath(QStringLiteral("s%1.db").arg(i)), m_admin.publicKey(), storeId);
        if (!s) {
            failure = "create: " + s.errorMessage().toUtf8();
            return false;
        }
        stores.push_back(std::move(s).value());
    }
    std::set<std::string> written;
    auto append = [&](AuditStore &store, const SecretSeed &who, const char *type, const nlohmann::json &content) {
        auto e = store.append(who, type, content, m_now += 1000);
        if (!e) {
            failure = "append: " + e.errorMessage().toUtf8();
            return false;
        }
        written.insert(e->id);
        return true;
    };
    std::vector<nlohmann::json> grants;
    for (const auto &a : m_authors)
        grants.push_back(grant(a.seed, a.name, a.email, a.roles));
    if (!append(*stores[0], m_admin, entry_type::Roster, rosterContent(grants)))
        return false;
    // Half the schedules start with the roster everywhere; in the others, some reviewers write
    // before their store has received it.
    if (rng() % 2 == 0) {
        for (auto &store : stores) {
            auto r = round(*store, target, folder, rng);
            if (!r) {
                failure = "sync: " + r.errorMessage().toUtf8();
                return false;
            }
        }
    }

    const int steps = 10 + static_cast<int>(rng() % 21);
    QByteArray trace;
    for (int step = 0; step < steps; ++step) {
        if (rng() % 100 < 45) {
            const Author &a = m_authors[rng() % m_authors.size()];
            AuditStore &store = *stores[static_cast<std::size_t>(a.store)];
            const std::string &request = kRequests[rng() % kRequests.size()];
            const std::string &digest = kDigests[rng() % kDigests.size()];
            const unsigned kind = rng() % 100;
            bool ok = false;
            if (kind < 20) {
                const std::string submitter = rng() % 3 == 0 ? m_authors[0].email : "someone@example.org";
                ok = append(store, a.seed, entry_type::PackageReceived, packageContent(request, digest, submitter, kRequired));
                trace += " P" + QByteArray::number(a.store);
            } else if (kind < 75) {
                const std::string &decision = kDecisions[rng() % kDecisions.size()];
                ok = append(store, a.seed, entry_type::Decision,
                            decisionContent(request, digest, a.roles.front(), decision, "because " + std::to_string(step)));
                trace += " D" + QByteArray::number(a.store);
            } else {
                ok = append(store, a.seed, entry_type::Comment, commentContent(request, "note " + std::to_string(step)));
                trace += " C" + QByteArray::number(a.store);
            }
            if (!ok)
                return false;
        } else {
            const std::size_t s = rng() % stores.size();
            auto r = round(*stores[s], target, folder, rng);
            if (!r) {
                failure = "sync: " + r.errorMessage().toUtf8();
                return false;
            }
            if (!r->refused.empty()) {
                failure = "an honest round refused something:" + describe(r->refused);
                return false;
            }
            trace += " S" + QByteArray::number(static_cast<int>(s));
        }
    }

    // Every store syncs until a full pass moves nothing.
    bool quiet = false;
    for (int pass = 0; pass < 10 && !quiet; ++pass) {
        quiet = true;
        for (auto &store : stores) {
            std::vector<Target> targets;
            if (target == Target::Both)
                targets = {Target::Folder, Target::Postgres};
            else
                targets = {target};
            for (Target t : targets) {
                auto r = t == Target::Folder ? syncWithFolder(*store, folder, m_now += 1000) : syncWithPostgres(*store, m_server, m_now += 1000);
                if (!r) {
                    failure = "final sync: " + r.errorMessage().toUtf8();
                    return false;
                }
                if (!r->refused.empty()) {
                    failure = "an honest round refused something:" + describe(r->refused);
                    return false;
                }
                if (r->arrived || r->sent || r->bundlesWritten || r->waiting)
                    quiet = false;
            }
        }
    }
    trace = "schedule seed " + QByteArray::number(seed) + ":" + trace;
    if (!quiet) {
        failure = trace + "\n  never became quiet";
        return false;
    }
    for (std::size_t i = 0; i < stores.size(); ++i) {
        if (idSet(*stores[i]) != written) {
            failure = trace + "\n  store " + QByteArray::number(static_cast<int>(i)) + " holds "
                      + QByteArray::number(static_cast<qulonglong>(idSet(*stores[i]).size())) + " entries of the "
                      + QByteArray::number(static_cast<qulonglong>(written.size())) + " written";
            return false;
        }
    }
    // The same verdict on every entry everywhere. The only problem an honest schedule may leave
    // is an entry written before its store held the roster (it names none, so it counts for nothing).
    std::vector<std::map<std::string, DerivedState>> states;
    std::vector<std::set<std::pair<std::string, std::string>>> verdicts;
    for (std::size_t i = 0; i < stores.size(); ++i) {
        VerificationReport report;
        states.push_back(derivedStates(*stores[i], &report));
        std::set<std::pair<std::string, std::string>> verdict;
        for (const auto &p : report.problems) {
            if (p.kind != problem::Unauthorised) {
                failure = trace + "\n  store " + QByteArray::number(static_cast<int>(i)) + " does not verify:" + describe(report);
                return false;
            }
            verdict.insert({p.kind, p.entryId});
        }
        for (const auto *e : report.validEntries())
            verdict.insert({"valid", e->id});
        verdicts.push_back(std::move(verdict));
        if (i == 0)
            m_unrostered += report.problems.size();
    }
    for (std::size_t i = 1; i < verdicts.size(); ++i) {
        if (verdicts[i] != verdicts[0]) {
            failure = trace + "\n  stores 0 and " + QByteArray::number(static_cast<int>(i)) + " judge the same entries differently";
            return false;
        }
    }
    for (std::size_t i = 1; i < states.size(); ++i) {
        if (states[i] != states[0]) {
            failure = trace + "\n  derived states differ: store 0" + describe(states[0]) + "; store " + QByteArray::number(static_cast<int>(i))
                      + describe(states[i]);
            return false;
        }
    }
    ++m_schedules;
    m_entries += written.size();
    for (const auto &[request, d] : states[0])
        ++m_stateTally[d.state];
    return true;
}

void TestConvergence::runSchedules(Target target, int first, int count)
{
    if (target != Target::Folder && !m_serverReady) {
        REQUIRE_TEST_SERVER(m_server);
        auto ok = initPostgresServer(m_server, {}, {});
        QVERIFY2(ok, why(ok).constData());
        m_serverReady = true;
    }
    for (int i = first; i < first + count; ++i) {
        QByteArray failure;
        if (!runSchedule(target, static_cast<unsigned>(i), failure))
            QFAIL(failure.constData());
    }
}

void TestConvergence::folderSchedules()
{
    runSchedules(Target::Folder, 1000, 100);
}

void TestConvergence::postgresSchedules()
{
    runSchedules(Target::Postgres, 2000, 60);
}

void TestConvergence::mixedSchedules()
{
    runSchedules(Target::Both, 3000, 60);
}

void TestConvergence::exceptionJudgedTheSameInEveryStore()
{
    // Two security reviewers approve the same package in two stores, at 100 s and at 200 s; a
    // risk officer's exception covering its failed check expires at 150 s. Each store holds the
    // same five entries, in a different arrival order. The derived state must not depend on it.
    QTemporaryDir dir(scratchTemplate());
    const QString folder = dir.filePath(QStringLiteral("share"));
    Deployment d;
    const SecretSeed x = newSeed(), y = newSeed(), risk = newSeed();
    auto s1 = d.store(dir.filePath(QStringLiteral("s1.db")));
    auto s2 = d.store(dir.filePath(QStringLiteral("s2.db")));
    auto put = [](AuditStore &s, const SecretSeed &who, const char *type, const nlohmann::json &content, std::int64_t ts) {
        auto e = s.append(who, type, content, ts);
        if (!e)
            qFatal("append: %s", qPrintable(e.errorMessage()));
        return std::move(e).value();
    };
    put(*s1, d.admin, entry_type::Roster,
        rosterContent({grant(x, "X", "x@example.org", {"security_reviewer"}), grant(y, "Y", "y@example.org", {"security_reviewer"}),
                       grant(risk, "R", "r@example.org", {"risk_officer"})}),
        kT0);
    put(*s1, risk, entry_type::PackageReceived,
        packageContent("req-e", "sha256:e", "sub@example.org", {"security_reviewer"}, {"fairness:age"}), kT0 + 10'000);
    put(*s1, risk, entry_type::Exception,
        {{"request_id", "req-e"}, {"package_digest", "sha256:e"}, {"covers", {"fairness:age"}}, {"reason", "known, mitigated"},
         {"expires_ms", kT0 + 150'000}},
        kT0 + 20'000);
    QVERIFY(syncWithFolder(*s1, folder, kT0));
    QVERIFY(syncWithFolder(*s2, folder, kT0));
    put(*s2, y, entry_type::Decision, decisionContent("req-e", "sha256:e", "security_reviewer", "approve"), kT0 + 200'000);
    put(*s1, x, entry_type::Decision, decisionContent("req-e", "sha256:e", "security_reviewer", "approve"), kT0 + 100'000);
    for (int i = 0; i < 2; ++i) {
        QVERIFY(syncWithFolder(*s1, folder, kT0));
        QVERIFY(syncWithFolder(*s2, folder, kT0));
    }
    QCOMPARE(idSet(*s1), idSet(*s2));
    VerificationReport v1, v2;
    const auto states1 = derivedStates(*s1, &v1);
    const auto states2 = derivedStates(*s2, &v2);
    QVERIFY2(v1.clean() && v2.clean(), QByteArray(describe(v1) + describe(v2)).constData());
    QVERIFY2(states1.at("req-e").state == states2.at("req-e").state,
             ("the same entries give " + states1.at("req-e").state + " in one store and " + states2.at("req-e").state
              + " in the other")
                 .c_str());
}

QTEST_GUILESS_MAIN(TestConvergence)
#include "tst_convergence.moc"
