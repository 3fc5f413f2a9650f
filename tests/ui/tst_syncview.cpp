// The Sync view against a shared folder: a round run from the view shows the same arrived and
// refused counts as `countersign-cli sync --json` on an identical copy of the store, and both
// equal what the test planted. A failing target shows its error and the view stays usable.

#include "SyncTestSupport.h"
#include "charts/DataTable.h"
#include "sync/SyncTargetEditor.h"
#include "sync/SyncView.h"

#include <QComboBox>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLineEdit>
#include <QProcess>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

#include <random>

using namespace cs;
using namespace cs::audit;
using namespace cs::test;

namespace {

QString feedFile(const QString &folder, const std::string &author, std::int64_t from, std::int64_t to)
{
    return folder + QStringLiteral("/feeds/") + QString::fromStdString(author) + QLatin1Char('/') +
           QString::fromStdString(bundleFileName(from, to));
}

QString cell(const ui::DataTable *table, int row, int column)
{
    const auto *item = table->item(row, column);
    return item ? item->text() : QStringLiteral("<no cell>");
}

// Copies a closed store (and a WAL left beside it, if any).
bool copyStore(const QString &from, const QString &to)
{
    if (!QFile::copy(from, to))
        return false;
    const QString wal = from + QStringLiteral("-wal");
    return !QFile::exists(wal) || QFile::copy(wal, to + QStringLiteral("-wal"));
}

ui::SyncTarget folderTarget(const QString &folder)
{
    ui::SyncTarget t;
    t.kind = ui::SyncTarget::Kind::Folder;
    t.folder = folder;
    return t;
}

} // namespace

class TestSyncView final : public QObject
{
    Q_OBJECT

private slots:
    void roundShowsWhatTheCliReports();
    void failingTargetShowsItsErrorAndTheViewStaysUsable();
    void serverPasswordFromAnUnsetVariableRunsNoRound();
    void timerFollowsTheInterval();

private:
    std::int64_t tick() { return m_now += 1000; }
    SignedEntry put(AuditStore &store, const SecretSeed &author, const std::string &type, const nlohmann::json &content)
    {
        auto e = store.append(author, type, content, tick());
        if (!e)
            qFatal("append failed: %s", qPrintable(e.errorMessage()));
        return std::move(e).value();
    }
    std::int64_t m_now = kT0;
};

void TestSyncView::roundShowsWhatTheCliReports()
{
    const QString cli = QStringLiteral(COUNTERSIGN_CLI);
    QVERIFY2(QFileInfo(cli).isExecutable(), qPrintable(cli));
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString folder = dir.filePath(QStringLiteral("share"));
    QVERIFY(QDir().mkpath(folder));

    Deployment deployment;
    const SecretSeed alice = newSeed(), bob = newSeed(), carol = newSeed();
    auto a = deployment.store(dir.filePath(QStringLiteral("a.db")));
    const QString pathB = dir.filePath(QStringLiteral("b.db"));
    auto b = deployment.store(pathB);

    // A: the roster and three comments of Alice's, published to the folder.
    put(*a, deployment.admin, entry_type::Roster,
        rosterContent({grant(alice, "Alice", "alice@example.org", {"ml_platform_engineer"}),
                       grant(bob, "Bob", "bob@example.org", {"security_reviewer"}),
                       grant(carol, "Carol", "carol@example.org", {"risk_officer"})}));
    for (int i = 0; i < 3; ++i)
        put(*a, alice, entry_type::Comment, commentContent("req-1", "a" + std::to_string(i)));
    auto published = syncWithFolder(*a, folder, tick());
    QVERIFY2(published, why(published).constData());
    // B: one comment of Bob's that nobody has seen.
    put(*b, bob, entry_type::Comment, commentContent("req-1", "b0"));

    // What B should receive: every entry of A's it does not hold; what it should send: its own.
    std::size_t expectedArrived = 0;
    const auto heldByB = idSet(*b);
    for (const auto &id : idSet(*a))
        expectedArrived += heldByB.count(id) ? 0 : 1;
    const std::size_t expectedSent = heldByB.size();
    QCOMPARE(expectedArrived, std::size_t(4)); // roster + three comments

    // Planted: a forged bundle (Carol's name, Mallory's signature) and garbage under a good name.
    std::set<QString> planted;
    {
        const SecretSeed mallory = newSeed();
        EntryBody body;
        body.store = deployment.storeId;
        body.author = keyHex(carol);
        body.tsMs = kT0;
        body.type = entry_type::Decision;
        body.content = decisionContent("req-1", "sha256:p1", "risk_officer", "approve");
        const SignedEntry forged = signAs(body, mallory);
        const Bundle bundle{deployment.storeId, keyHex(carol), 1, 1, {{forged.signedBytes, forged.signature}}};
        QVERIFY(writeBytes(feedFile(folder, keyHex(carol), 1, 1), bytesOf(encodeBundle(bundle))));
        planted.insert(QStringLiteral("feeds/%1/1-1.bundle").arg(QString::fromStdString(keyHex(carol))));

        const SecretSeed frank = newSeed();
        std::mt19937 rng(11);
        QByteArray garbage(3000, '\0');
        for (auto &c : garbage)
            c = static_cast<char>(rng());
        QVERIFY(writeBytes(feedFile(folder, keyHex(frank), 1, 2), garbage));
        planted.insert(QStringLiteral("feeds/%1/1-2.bundle").arg(QString::fromStdString(keyHex(frank))));
    }
    const std::size_t expectedRefused = planted.size(); // one entry or one file each

    // Two identical copies of B: one for the view, one for the CLI.
    a.reset();
    b.reset();
    const QString copyView = dir.filePath(QStringLiteral("b-view.db"));
    const QString copyCli = dir.filePath(QStringLiteral("b-cli.db"));
    QVERIFY(copyStore(pathB, copyView));
    QVERIFY(copyStore(pathB, copyCli));

    ui::SyncView view;
    view.resize(1100, 720);
    view.setStorePath(copyView);
    view.setTarget(folderTarget(folder));
    view.show();
    QSignalSpy status(&view, &ui::SyncView::statusMessage);
    QSignalSpy changed(&view, &ui::SyncView::storeChanged);
    QVERIFY(view.syncNowButton()->isEnabled());
    QTest::mouseClick(view.syncNowButton(), Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(view.rounds().size(), std::size_t(1), 60000);
    QVERIFY2(view.rounds().front().ok, qPrintable(view.rounds().front().error));
    QVERIFY(view.syncNowButton()->isEnabled());

    QProcess process;
    process.start(cli, {QStringLiteral("sync"), copyCli, QStringLiteral("--folder"), folder, QStringLiteral("--json")});
    QVERIFY(process.waitForFinished(60000));
    QCOMPARE(process.exitStatus(), QProcess::NormalExit);
    QVERIFY2(process.exitCode() == 0, process.readAllStandardError().constData());
    QJsonParseError parseError;
    const QJsonObject json = QJsonDocument::fromJson(process.readAllStandardOutput(), &parseError).object();
    QCOMPARE(parseError.error, QJsonParseError::NoError);
    const int cliArrived = json.value(QStringLiteral("arrived")).toInt(-1);
    const QJsonArray cliRefused = json.value(QStringLiteral("refused")).toArray();

    // The view's table shows what the CLI reports, and both are what was planted.
    const ui::DataTable *rounds = view.roundsTable();
    QCOMPARE(rounds->rowCount(), 1);
    QCOMPARE(cell(rounds, 0, ui::SyncView::ArrivedColumn), QString::number(cliArrived));
    QCOMPARE(cell(rounds, 0, ui::SyncView::RefusedColumn), QString::number(cliRefused.size()));
    QCOMPARE(static_cast<std::size_t>(cliArrived), expectedArrived);
    QCOMPARE(static_cast<std::size_t>(cliRefused.size()), expectedRefused);
    QCOMPARE(cell(rounds, 0, ui::SyncView::SentColumn), QString::number(expectedSent));
    QCOMPARE(cell(rounds, 0, ui::SyncView::HeldColumn), QStringLiteral("0"));

    // Both refused the planted files, and the view lists them from the store's sync log.
    std::set<QString> cliSources;
    for (const auto &r : cliRefused)
        cliSources.insert(r.toObject().value(QStringLiteral("source")).toString());
    QVERIFY(cliSources == planted);
    std::set<QString> logSources;
    for (int row = 0; row < view.refusalsTable()->rowCount(); ++row)
        logSources.insert(view.refusalsTable()->item(row, 2)->toolTip()); // the cell abbreviates author keys
    QVERIFY(logSources == planted);
    for (const auto &r : cliRefused) {
        const QString reason = r.toObject().value(QStringLiteral("reason")).toString();
        QVERIFY2(cell(rounds, 0, ui::SyncView::DetailsColumn).contains(reason), qPrintable(reason));
    }

    // One status line with the same numbers, and the window is told to re-read the store.
    QCOMPARE(status.count(), 1);
    const QString line = status.at(0).at(0).toString();
    const QString expectedTail =
        QStringLiteral(": %1 arrived, %2 sent, %3 refused").arg(expectedArrived).arg(expectedSent).arg(expectedRefused);
    QVERIFY2(line.startsWith(QStringLiteral("Synced ")) && line.endsWith(expectedTail), qPrintable(line));
    QCOMPARE(changed.count(), 1);

    // Both copies now hold the same entries.
    auto viewStore = AuditStore::open(copyView, AuditStore::Access::ReadOnly);
    auto cliStore = AuditStore::open(copyCli, AuditStore::Access::ReadOnly);
    QVERIFY2(viewStore, why(viewStore).constData());
    QVERIFY2(cliStore, why(cliStore).constData());
    QVERIFY(idSet(**viewStore) == idSet(**cliStore));

    const QString shots = qEnvironmentVariable("COUNTERSIGN_SYNC_SHOTS");
    if (!shots.isEmpty()) {
        QDir().mkpath(shots);
        QVERIFY(view.grab().save(shots + QStringLiteral("/sync-after-round.png")));
    }
}

void TestSyncView::failingTargetShowsItsErrorAndTheViewStaysUsable()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    Deployment deployment;
    const QString storePath = dir.filePath(QStringLiteral("store.db"));
    {
        auto store = deployment.store(storePath);
        put(*store, deployment.admin, entry_type::Comment, commentContent("req-1", "only entry"));
    }

    ui::SyncView view;
    view.setStorePath(storePath);
    view.show();
    QSignalSpy status(&view, &ui::SyncView::statusMessage);
    QSignalSpy changed(&view, &ui::SyncView::storeChanged);

    // A folder that does not exist (an unmounted share) is not created behind the user's back.
    const QString missing = dir.filePath(QStringLiteral("not-mounted/share"));
    view.setTarget(folderTarget(missing));
    QTest::mouseClick(view.syncNowButton(), Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(view.rounds().size(), std::size_t(1), 30000);
    QVERIFY(!view.rounds().front().ok);
    QVERIFY(!QFileInfo::exists(missing));
    QVERIFY2(cell(view.roundsTable(), 0, ui::SyncView::DetailsColumn).contains(missing),
             qPrintable(cell(view.roundsTable(), 0, 6)));
    QVERIFY2(status.count() == 1 && status.at(0).at(0).toString().startsWith(QStringLiteral("Sync failed")),
             "no failure line");
    QVERIFY(view.statusText().contains(QStringLiteral("does not exist")));

    // A folder the core cannot use (feeds/ is a file): the core's message, shown as it is.
    const QString blocked = dir.filePath(QStringLiteral("blocked"));
    QVERIFY(writeBytes(blocked + QStringLiteral("/feeds"), "not a folder"));
    view.setTarget(folderTarget(blocked));
    QTest::mouseClick(view.syncNowButton(), Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(view.rounds().size(), std::size_t(2), 30000);
    const ui::SyncJobResult &failed = view.rounds().front();
    QVERIFY(!failed.ok);
    QVERIFY(!failed.error.isEmpty());
    QCOMPARE(cell(view.roundsTable(), 0, ui::SyncView::DetailsColumn), QStringLiteral("Failed: ") + failed.error);
    QCOMPARE(cell(view.roundsTable(), 0, ui::SyncView::ArrivedColumn), QStringLiteral("\u2013"));
    if (const QString shots = qEnvironmentVariable("COUNTERSIGN_SYNC_SHOTS"); !shots.isEmpty()) {
        view.resize(1100, 520);
        QVERIFY(QDir().mkpath(shots) && view.grab().save(shots + QStringLiteral("/sync-failed-round.png")));
    }

    // A store that is not there.
    view.setTarget(folderTarget(dir.path()));
    view.setStorePath(dir.filePath(QStringLiteral("no-such-store.db")));
    QTest::mouseClick(view.syncNowButton(), Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(view.rounds().size(), std::size_t(3), 30000);
    QVERIFY(!view.rounds().front().ok);

    // Still usable: the folder typed in the view's own field, and a round that works.
    const QString good = dir.filePath(QStringLiteral("good-share"));
    QVERIFY(QDir().mkpath(good));
    view.setStorePath(storePath);
    view.targetEditor()->folderField()->setText(good);
    QCOMPARE(view.target().folder, good);
    QVERIFY(view.syncNowButton()->isEnabled());
    QTest::mouseClick(view.syncNowButton(), Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(view.rounds().size(), std::size_t(4), 30000);
    QVERIFY2(view.rounds().front().ok, qPrintable(view.rounds().front().error));
    QCOMPARE(cell(view.roundsTable(), 0, ui::SyncView::SentColumn),
             QStringLiteral("1")); // the one entry the store holds
    QCOMPARE(view.roundsTable()->rowCount(), 4);
    QCOMPARE(changed.count(), 0); // nothing arrived in any round
}

void TestSyncView::serverPasswordFromAnUnsetVariableRunsNoRound()
{
    QTemporaryDir dir;
    Deployment deployment;
    const QString storePath = dir.filePath(QStringLiteral("store.db"));
    deployment.store(storePath).reset();

    ui::SyncView view;
    view.setStorePath(storePath);
    ui::SyncTarget t;
    t.kind = ui::SyncTarget::Kind::Postgres;
    t.postgresUrl = QStringLiteral("postgresql://countersign@127.0.0.1:1/countersign");
    t.passwordEnv = QStringLiteral("COUNTERSIGN_TEST_SURELY_UNSET_PASSWORD");
    qunsetenv("COUNTERSIGN_TEST_SURELY_UNSET_PASSWORD");
    view.setTarget(t);
    QTest::mouseClick(view.syncNowButton(), Qt::LeftButton);
    QVERIFY(!view.isRunning());
    QVERIFY(view.rounds().empty());
    QVERIFY2(view.statusText().contains(QStringLiteral("COUNTERSIGN_TEST_SURELY_UNSET_PASSWORD")),
             qPrintable(view.statusText()));

    // Set, but nothing listens on port 1: the round fails with the connection's message.
    qputenv("COUNTERSIGN_TEST_SURELY_UNSET_PASSWORD", "pw");
    QTest::mouseClick(view.syncNowButton(), Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(view.rounds().size(), std::size_t(1), 30000);
    QVERIFY(!view.rounds().front().ok);
    QVERIFY(view.syncNowButton()->isEnabled());
    qunsetenv("COUNTERSIGN_TEST_SURELY_UNSET_PASSWORD");
}

void TestSyncView::timerFollowsTheInterval()
{
    ui::SyncView view;
    QSignalSpy edited(&view, &ui::SyncView::targetChanged);
    ui::SyncTarget t = folderTarget(QStringLiteral("/tmp"));
    t.intervalMinutes = 5;
    view.setTarget(t);
    QVERIFY(view.timer()->isActive());
    QCOMPARE(view.timer()->interval(), 5 * 60 * 1000);
    QCOMPARE(edited.count(), 0); // set from outside: nothing to save

    view.targetEditor()->intervalBox()->setValue(12);
    QCOMPARE(view.timer()->interval(), 12 * 60 * 1000);
    QCOMPARE(edited.count(), 1);
    QCOMPARE(edited.at(0).at(0).value<ui::SyncTarget>().intervalMinutes, 12);

    view.targetEditor()->intervalBox()->setValue(0);
    QVERIFY(!view.timer()->isActive());
    view.targetEditor()->intervalBox()->setValue(3);
    QVERIFY(view.timer()->isActive());
    view.targetEditor()->kindBox()->setCurrentIndex(
        view.targetEditor()->kindBox()->findData(static_cast<int>(ui::SyncTarget::Kind::None)));
    QVERIFY(!view.timer()->isActive());
    QVERIFY(!view.syncNowButton()->isEnabled());
}

QTEST_MAIN(TestSyncView)
#include "tst_syncview.moc"
