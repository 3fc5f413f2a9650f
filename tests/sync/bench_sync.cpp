// countersign-bench-sync: how long sync takes for a store of realistic size, next to what it
// costs to verify that store in full. Not a test: run it by hand, e.g.
//   countersign-bench-sync [--entries 100000] [--authors 20] [--postgres postgresql://user@host:port/db] [--keep]
//   countersign-bench-sync --verify-only STORE
// (the PostgreSQL part runs when --postgres or COUNTERSIGN_TEST_PG_URL is given).
// Prints: the raw Ed25519 verification rate of libsodium on one core and on all cores; the
// store's append rate (one entry per transaction, and batched); the full verifyStore time; and a
// sync of the whole store into an empty one over a folder and over PostgreSQL, with the
// transfer / verification / insert seconds of the SyncReport and their ratio to full verification.

#include "audit/AuditStore.h"
#include "audit/FolderSync.h"
#include "audit/PostgresSync.h"
#include "audit/Verification.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QThread>
#include <QtConcurrent/QtConcurrentMap>

#include <nlohmann/json.hpp>
#include <sodium.h>

#include <algorithm>
#include <atomic>
#include <cstdio>
#include <cstdlib>
#include <ctime>
#include <map>
#include <memory>
#include <numeric>
#include <string>
#include <sys/resource.h>
#include <vector>

using namespace cs;
using namespace cs::audit;

namespace {

constexpr std::int64_t kT0 = 1'700'000'000'000;

[[noreturn]] void die(const QString &what)
{
    std::fprintf(stderr, "countersign-bench-sync: %s\n", qPrintable(what));
    std::exit(2);
}

template <typename T>
T must(Result<T> r, const char *what)
{
    if (!r)
        die(QString::fromLatin1(what) + QStringLiteral(": ") + r.errorMessage());
    return std::move(r).value();
}

// CPU time of the whole process (every thread): a figure that other work on the machine
// disturbs much less than wall time, for comparing two computations run one after the other.
double cpuSeconds()
{
    timespec ts{};
    clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &ts);
    return static_cast<double>(ts.tv_sec) + static_cast<double>(ts.tv_nsec) * 1e-9;
}

// Bytes this process has handed to write() so far (Linux; 0 elsewhere): what a round costs
// the disk, WAL and checkpoint included.
double megabytesWritten()
{
    QFile io(QStringLiteral("/proc/self/io"));
    if (!io.open(QIODevice::ReadOnly))
        return 0;
    for (const QByteArray &line : io.readAll().split('\n')) {
        if (line.startsWith("wchar:"))
            return line.mid(6).trimmed().toDouble() / 1e6;
    }
    return 0;
}

// This process's CPU time in the kernel so far.
double kernelSeconds()
{
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    return static_cast<double>(usage.ru_stime.tv_sec) + static_cast<double>(usage.ru_stime.tv_usec) * 1e-6;
}

double seconds(const QElapsedTimer &t)
{
    return static_cast<double>(t.nsecsElapsed()) * 1e-9;
}

std::string randomStoreId()
{
    unsigned char random[16];
    randombytes_buf(random, sizeof random);
    char hex[33];
    sodium_bin2hex(hex, sizeof hex, random, sizeof random);
    return hex;
}

nlohmann::json decision(std::size_t n, const std::string &role)
{
    return {{"request_id", "req-" + std::to_string(n % 5000)},
            {"package_digest", "sha256:" + std::to_string(n % 7)},
            {"policy_digest", "policy-1"},
            {"track", "red"},
            {"role", role},
            {"decision", n % 9 == 0 ? "request_changes" : "approve"},
            {"conditions", nlohmann::json::array()},
            {"comment", "looked at the fairness slices, entry " + std::to_string(n)}};
}

nlohmann::json comment(std::size_t n)
{
    return {{"request_id", "req-" + std::to_string(n % 5000)},
            {"text", "see the drift chart for week " + std::to_string(n % 52)}};
}

struct Identity
{
    SecretSeed seed;
    std::string role;
};

struct Rate
{
    double perSecond = 0;
    double cpuPerEntry = 0; // seconds
};

// The raw libsodium rate over real entries, on `threads` threads (1: this thread only).
Rate verifyRate(const std::vector<StoredRow> &rows, std::size_t samples, bool allCores)
{
    struct Item
    {
        const unsigned char *message;
        unsigned long long length;
        const unsigned char *signature;
        unsigned char key[crypto_sign_PUBLICKEYBYTES];
    };
    std::vector<Item> items;
    for (std::size_t i = 0; i < samples && i < rows.size(); ++i) {
        const StoredRow &r = rows[i];
        Item item{reinterpret_cast<const unsigned char *>(r.signedBytes.data()),
                  r.signedBytes.size(),
                  reinterpret_cast<const unsigned char *>(r.signature.data()),
                  {}};
        sodium_hex2bin(item.key, sizeof item.key, r.author.data(), r.author.size(), nullptr, nullptr, nullptr);
        items.push_back(item);
    }
    std::atomic<int> bad{0};
    auto check = [&bad](const Item &item) {
        if (crypto_sign_verify_detached(item.signature, item.message, item.length, item.key) != 0)
            ++bad;
    };
    QElapsedTimer t;
    t.start();
    const double cpu0 = cpuSeconds();
    std::size_t done = 0;
    // Repeat until at least two seconds have passed, for a steady figure.
    while (seconds(t) < 2.0) {
        if (allCores) {
            QtConcurrent::blockingMap(items, check);
        } else {
            for (const auto &item : items)
                check(item);
        }
        done += items.size();
    }
    if (bad)
        die(QStringLiteral("%1 signatures did not verify").arg(bad.load()));
    return {static_cast<double>(done) / seconds(t), (cpuSeconds() - cpu0) / static_cast<double>(done)};
}

// Prints the raw libsodium rates over the store's own entries, then verifies the whole store
// `runs` times; returns the fastest verifyStore wall time.
double measureVerification(const AuditStore &store, int runs)
{
    const auto sample = must(store.rowsAfter(0, 20000), "rows");
    const Rate oneCore = verifyRate(sample, sample.size(), false);
    const Rate allCoresRate = verifyRate(sample, sample.size(), true);
    const double allCores = allCoresRate.perSecond;
    std::printf(
        "libsodium crypto_sign_verify_detached: %.0f /s on one core, %.0f /s on %d cores (%.1fx); %.1f us CPU each\n",
        oneCore.perSecond, allCores, QThread::idealThreadCount(), allCores / oneCore.perSecond,
        allCoresRate.cpuPerEntry * 1e6);
    const auto held = static_cast<double>(must(store.count(), "count"));
    double fastest = 0;
    for (int run = 0; run < runs; ++run) {
        QElapsedTimer v;
        v.start();
        const double verifyCpu0 = cpuSeconds();
        const auto report = must(verifyStore(store, kT0 + 365LL * 86'400'000), "verify");
        const double wall = seconds(v);
        const double verifyCpuPerEntry = (cpuSeconds() - verifyCpu0) / static_cast<double>(report.entries.size());
        fastest = run == 0 ? wall : std::min(fastest, wall);
        std::map<std::string, int> kinds;
        for (const auto &p : report.problems)
            ++kinds[p.kind];
        for (const auto &[kind, count] : kinds)
            std::printf("  problem %s x%d (first: %s)\n", kind.c_str(), count,
                        std::find_if(report.problems.begin(), report.problems.end(), [&](const Problem &p) {
                            return p.kind == kind;
                        })->message.c_str());
        std::printf("verifyStore of %.0f entries: %.2f s (%.0f entries/s), %zu problems; raw signature checks alone "
                    "would take %.2f s on "
                    "all cores\n",
                    held, wall, held / wall, report.problems.size(), held / allCores);
        std::printf("  CPU per entry: verifyStore %.1f us, raw signature check %.1f us: verification runs at %.0f %% "
                    "of the raw rate "
                    "by CPU (%.0f %% by wall time)\n",
                    verifyCpuPerEntry * 1e6, allCoresRate.cpuPerEntry * 1e6,
                    100.0 * allCoresRate.cpuPerEntry / verifyCpuPerEntry, 100.0 * (held / wall) / allCores);
    }
    return fastest;
}

void settle(const PostgresLocation &at)
{
    QElapsedTimer t;
    t.start();
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), QStringLiteral("bench-settle"));
        db.setHostName(at.host);
        db.setPort(at.port);
        db.setDatabaseName(at.database);
        db.setUserName(at.user);
        db.setPassword(at.password);
        QSqlQuery q(db);
        if (db.open() && q.exec(QStringLiteral("VACUUM (ANALYZE) countersign_entries")))
            std::printf("  settled   VACUUM (ANALYZE) in %.2f s\n", seconds(t));
        else
            std::printf("  settled   not: %s (the pull may share the cores with autovacuum)\n",
                        qPrintable((db.isOpen() ? q.lastError() : db.lastError()).text()));
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("bench-settle"));
}

void printRound(const char *label, const SyncReport &r, double fullVerify, double wall)
{
    std::printf("  %-9s arrived %zu entries (refused %zu, waiting %zu) in %.2f s wall: %.2fx the full verifyStore\n",
                label, r.arrived, r.refused.size(), r.waiting, wall, wall / fullVerify);
    // Verification of one chunk overlaps the storing of the one before, so the phases add up
    // to more than the wall time.
    std::printf("            phases (overlapping): transfer %.2f s, verification %.2f s, insert %.2f s\n",
                r.transferSeconds, r.verifySeconds, r.insertSeconds);
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Sync and verification figures for a large audit store."));
    parser.addHelpOption();
    parser.addOption({QStringLiteral("entries"), QStringLiteral("Entries in the store (100000)."), QStringLiteral("N"),
                      QStringLiteral("100000")});
    parser.addOption({QStringLiteral("authors"), QStringLiteral("Authors writing them (20)."), QStringLiteral("N"),
                      QStringLiteral("20")});
    parser.addOption({QStringLiteral("postgres"), QStringLiteral("PostgreSQL URL (default: COUNTERSIGN_TEST_PG_URL)."),
                      QStringLiteral("URL")});
    parser.addOption(
        {QStringLiteral("verify-only"),
         QStringLiteral("Only measure verification, three times, of an existing store (e.g. one kept with --keep)."),
         QStringLiteral("STORE")});
    parser.addOption({QStringLiteral("pull-only"),
                      QStringLiteral("Only measure verification and pulls into empty stores, from the folder (and "
                                     "server) of a run kept with --keep."),
                      QStringLiteral("DIR")});
    parser.addOption(
        {QStringLiteral("keep"),
         QStringLiteral("Keep the scratch folder (its source.db can then be profiled with countersign-cli verify).")});
    parser.process(app);
    if (sodium_init() < 0)
        die(QStringLiteral("libsodium cannot start"));
    const std::size_t total = parser.value(QStringLiteral("entries")).toULongLong();
    const std::size_t authorCount = parser.value(QStringLiteral("authors")).toULongLong();
    QString pgUrl = parser.value(QStringLiteral("postgres"));
    if (pgUrl.isEmpty())
        pgUrl = qEnvironmentVariable("COUNTERSIGN_TEST_PG_URL");
    if (total == 0 || authorCount == 0)
        die(QStringLiteral("--entries and --authors must be positive"));

    if (parser.isSet(QStringLiteral("verify-only"))) {
        const auto store =
            must(AuditStore::open(parser.value(QStringLiteral("verify-only")), AuditStore::Access::ReadOnly), "open");
        measureVerification(*store, 3);
        return 0;
    }

    if (parser.isSet(QStringLiteral("pull-only"))) {
        const QDir kept(parser.value(QStringLiteral("pull-only")));
        const auto source =
            must(AuditStore::open(kept.filePath(QStringLiteral("source.db")), AuditStore::Access::ReadOnly), "open");
        const double fullVerify = measureVerification(*source, 1);
        const PublicKey anchor = must(PublicKey::fromHex(std::string_view(source->anchor())), "anchor");
        const std::int64_t now = kT0 + 365LL * 86'400'000;
        auto pullInto = [&](const char *label, auto sync) {
            const QString path = kept.filePath(QStringLiteral("pull-only.db"));
            for (const QString &f : QStringList{path, path + QStringLiteral("-wal"), path + QStringLiteral("-shm")})
                QFile::remove(f);
            auto empty = must(AuditStore::create(path, anchor, source->storeId()), "create");
            QElapsedTimer t;
            t.start();
            const double cpu0 = cpuSeconds();
            const double kernel0 = kernelSeconds();
            const double written0 = megabytesWritten();
            const SyncReport pull = sync(*empty);
            empty.reset(); // closing may checkpoint the write-ahead log: part of the round's cost
            const double wall = seconds(t);
            std::printf("%s\n", label);
            printRound("pull", pull, fullVerify, wall);
            std::printf("            CPU %.2f s (%.2f s of it in the kernel; %.2f cores busy); %.0f MB written\n",
                        cpuSeconds() - cpu0, kernelSeconds() - kernel0, (cpuSeconds() - cpu0) / wall,
                        megabytesWritten() - written0);
        };
        pullInto("folder:", [&](AuditStore &into) {
            return must(syncWithFolder(into, kept.filePath(QStringLiteral("share")), now), "folder pull");
        });
        if (!pgUrl.isEmpty()) {
            const PostgresLocation at = must(parsePostgresUrl(pgUrl), "--postgres");
            pullInto("postgres:", [&](AuditStore &into) { return must(syncWithPostgres(into, at, now), "pg pull"); });
        }
        return 0;
    }

    QTemporaryDir dir;
    dir.setAutoRemove(!parser.isSet(QStringLiteral("keep")));
    std::printf("countersign-bench-sync: %zu entries from %zu authors; %d cores; scratch %s\n", total, authorCount,
                QThread::idealThreadCount(), qPrintable(dir.path()));

    // Identities and the roster.
    SecretSeed admin = must(SecretSeed::generate(), "keygen");
    std::vector<Identity> authors;
    static const char *roles[] = {"ml_platform_engineer", "security_reviewer", "data_steward", "ml_governance_analyst"};
    nlohmann::json grants = nlohmann::json::array();
    for (std::size_t i = 0; i < authorCount; ++i) {
        authors.push_back({must(SecretSeed::generate(), "keygen"), roles[i % 4]});
        grants.push_back({{"key", authors.back().seed.publicKey().hex().toStdString()},
                          {"name", "Reviewer " + std::to_string(i)},
                          {"email", "r" + std::to_string(i) + "@example.org"},
                          {"roles", {authors.back().role}}});
    }
    const std::string storeId = randomStoreId();
    auto source =
        must(AuditStore::create(dir.filePath(QStringLiteral("source.db")), admin.publicKey(), storeId), "create");
    std::int64_t now = kT0;
    must(source->append(admin, "roster", {{"grants", grants}, {"revocations", nlohmann::json::array()}}, now),
         "roster");

    // Append rates on a small store first (one entry per transaction, then batched).
    {
        auto small =
            must(AuditStore::create(dir.filePath(QStringLiteral("small.db")), admin.publicKey(), storeId), "create");
        QElapsedTimer t;
        t.start();
        const int single = 300;
        for (int i = 0; i < single; ++i)
            must(small->append(
                     authors[static_cast<std::size_t>(i) % authorCount].seed, "decision",
                     decision(static_cast<std::size_t>(i), authors[static_cast<std::size_t>(i) % authorCount].role),
                     ++now),
                 "append");
        const double singleRate = single / seconds(t);
        t.restart();
        const int batches = 10, batchSize = 500;
        for (int b = 0; b < batches; ++b) {
            const Identity &who = authors[static_cast<std::size_t>(b) % authorCount];
            std::vector<nlohmann::json> contents;
            for (int i = 0; i < batchSize; ++i)
                contents.push_back(decision(static_cast<std::size_t>(b * batchSize + i), who.role));
            must(small->appendBatch(who.seed, "decision", contents, ++now), "appendBatch");
        }
        std::printf("append rate (small store): %.0f entries/s one per transaction; %.0f entries/s in batches of %d\n",
                    singleRate, batches * batchSize / seconds(t), batchSize);
    }

    // The large store, in batches, reporting how the append rate holds up as it grows.
    QElapsedTimer build;
    build.start();
    {
        const std::size_t batchSize = 500;
        std::size_t written = 1;
        std::size_t n = 0;
        QElapsedTimer slice;
        slice.start();
        std::size_t sliceStart = written;
        while (written < total) {
            const Identity &who = authors[(n / batchSize) % authorCount];
            const std::size_t count = std::min(batchSize, total - written);
            const bool comments = (n / batchSize) % 3 == 2;
            std::vector<nlohmann::json> contents;
            for (std::size_t i = 0; i < count; ++i)
                contents.push_back(comments ? comment(n + i) : decision(n + i, who.role));
            must(source->appendBatch(who.seed, comments ? "comment" : "decision", contents, ++now), "appendBatch");
            n += count;
            written += count;
            if (written - sliceStart >= 20000 || written == total) {
                std::printf("  built %6zu entries; batched append rate over the last %zu: %.0f entries/s\n", written,
                            written - sliceStart, static_cast<double>(written - sliceStart) / seconds(slice));
                std::fflush(stdout);
                slice.restart();
                sliceStart = written;
            }
        }
    }
    std::printf("built the store: %zu entries in %.1f s (%.0f entries/s)\n", total, seconds(build),
                static_cast<double>(total) / seconds(build));
    {
        QElapsedTimer t;
        t.start();
        const int single = 100;
        for (int i = 0; i < single; ++i)
            must(source->append(
                     authors[static_cast<std::size_t>(i) % authorCount].seed, "decision",
                     decision(static_cast<std::size_t>(i), authors[static_cast<std::size_t>(i) % authorCount].role),
                     ++now),
                 "append");
        std::printf("append rate (store of %zu): %.0f entries/s one per transaction\n", total, single / seconds(t));
    }
    const std::int64_t held = must(source->count(), "count");

    const double fullVerify = measureVerification(*source, 1);

    // Over a folder.
    {
        const QString folder = dir.filePath(QStringLiteral("share"));
        QElapsedTimer t;
        t.start();
        const SyncReport push = must(syncWithFolder(*source, folder, now), "folder push");
        std::printf("folder sync:\n  push      %zu entries in %zu bundles in %.2f s\n", push.sent, push.bundlesWritten,
                    seconds(t));
        auto empty = must(
            AuditStore::create(dir.filePath(QStringLiteral("from-folder.db")), admin.publicKey(), storeId), "create");
        t.restart();
        const SyncReport pull = must(syncWithFolder(*empty, folder, now), "folder pull");
        empty.reset(); // closing may checkpoint the write-ahead log: part of the round's cost
        printRound("pull", pull, fullVerify, seconds(t));
        if (static_cast<std::int64_t>(pull.arrived) != held)
            die(QStringLiteral("the folder pull brought %1 of %2 entries").arg(pull.arrived).arg(held));
    }

    // Over PostgreSQL.
    if (pgUrl.isEmpty()) {
        std::printf("postgres sync: skipped (give --postgres URL or set COUNTERSIGN_TEST_PG_URL)\n");
    } else {
        const PostgresLocation at = must(parsePostgresUrl(pgUrl), "--postgres");
        must(initPostgresServer(at, {}, {}), "server-init");
        QElapsedTimer t;
        t.start();
        const SyncReport push = must(syncWithPostgres(*source, at, now), "postgres push");
        std::printf("postgres sync (%s):\n  push      %zu entries in %.2f s\n", qPrintable(at.display()), push.sent,
                    seconds(t));
        // The push leaves work for autovacuum, which would otherwise run during the pull and
        // take one of the two cores: measure the pull against a settled server, as a workbench
        // joining a team finds it.
        settle(at);
        auto empty = must(
            AuditStore::create(dir.filePath(QStringLiteral("from-postgres.db")), admin.publicKey(), storeId), "create");
        t.restart();
        const SyncReport pull = must(syncWithPostgres(*empty, at, now), "postgres pull");
        empty.reset();
        printRound("pull", pull, fullVerify, seconds(t));
        if (static_cast<std::int64_t>(pull.arrived) != held)
            die(QStringLiteral("the postgres pull brought %1 of %2 entries").arg(pull.arrived).arg(held));
    }
    return 0;
}
