// The queue: a package copied into a watched inbox appears without a restart, and a broken
// package shows the core's error in its row rather than in a dialog.
#include "TestSupport.h"

#include "MainWindow.h"
#include "policy/Policy.h"
#include "queue/QueuePanel.h"
#include "queue/RequestQueueModel.h"
#include "review/Review.h"
#include "review/ReviewPage.h"
#include "session/ReviewLoader.h"

#include <QDir>
#include <QFile>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace cs;

namespace {

bool copyFolder(const QString &from, const QString &to)
{
    QDir().mkpath(to);
    const auto files = QDir(from).entryList(QDir::Files);
    for (const QString &f : files) {
        if (!QFile::copy(QDir(from).filePath(f), QDir(to).filePath(f)))
            return false;
    }
    return true;
}

} // namespace

class TestQueue final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        auto p = policy::defaultPolicy();
        QVERIFY(p.ok());
        m_policy = std::make_shared<const policy::Policy>(std::move(p).value());
    }

    void aPackageCopiedIntoTheInboxAppears()
    {
        QTemporaryDir inbox;
        ui::WorkbenchOptions options;
        options.rememberLayout = false;
        options.inboxes = {inbox.path()};
        ui::MainWindow window(m_policy, options);
        window.show();
        QCOMPARE(window.queueModel()->rowCount(), 0);

        // Staged under a dot-name and renamed, as a careful copier does; the watcher ignores dot-names.
        const QString staged = inbox.filePath(QStringLiteral(".incoming"));
        QVERIFY(copyFolder(test::resourcePath(QStringLiteral("samples/fraud-triage-green")), staged));
        QVERIFY(QDir().rename(staged, inbox.filePath(QStringLiteral("fraud-triage-green"))));
        QTRY_COMPARE_WITH_TIMEOUT(window.queueModel()->rowCount(), 1, 10000);
        QTRY_VERIFY_WITH_TIMEOUT(window.queueModel()->entry(0)->load == ui::QueueEntry::Load::Ready, 30000);
        QCOMPARE(window.queueModel()->index(0, ui::RequestQueueModel::NameColumn).data().toString(),
                 QStringLiteral("fraud-alert-triage 1.9.0"));
        QCOMPARE(window.queueModel()->index(0, ui::RequestQueueModel::TrackColumn).data().toString(), QStringLiteral("GREEN"));
    }

    void aBrokenPackageShowsItsErrorInTheRow()
    {
        QTemporaryDir dir;
        const QString broken = dir.filePath(QStringLiteral("broken-package"));
        QVERIFY(copyFolder(test::resourcePath(QStringLiteral("samples/credit-limit-red")), broken));
        // One byte changed in a listed artifact: the SHA-256 no longer matches.
        QFile eval(QDir(broken).filePath(QStringLiteral("evaluation.csv")));
        QVERIFY(eval.open(QIODevice::Append));
        eval.write("\n");
        eval.close();
        const auto expected = ui::ReviewLoader::review(broken, *m_policy);
        QVERIFY(!expected.review);
        QVERIFY(!expected.error.isEmpty());

        ui::WorkbenchOptions options;
        options.rememberLayout = false;
        options.packages = {broken};
        ui::MainWindow window(m_policy, options);
        window.show();
        QTRY_VERIFY_WITH_TIMEOUT(window.queueModel()->rowCount() == 1
                                     && window.queueModel()->entry(0)->load == ui::QueueEntry::Load::Failed,
                                 30000);
        const QString name = window.queueModel()->index(0, ui::RequestQueueModel::NameColumn).data().toString();
        QVERIFY2(name.contains(expected.error), qPrintable(name));
        QCOMPARE(window.queueModel()->index(0, ui::RequestQueueModel::StateColumn).data().toString(), QStringLiteral("error"));
        // The review pane shows it too, without a dialog.
        QVERIFY(window.reviewPage()->errorText().contains(expected.error.toHtmlEscaped()));
        QVERIFY(window.queuePanel()->countsText().contains(QStringLiteral("broken 1")));
    }

    void filtersByTrackAndText()
    {
        ui::WorkbenchOptions options;
        options.rememberLayout = false;
        options.packages = {test::resourcePath(QStringLiteral("samples/credit-limit-red")),
                            test::resourcePath(QStringLiteral("samples/fraud-triage-green")),
                            test::resourcePath(QStringLiteral("samples/app-green"))};
        ui::MainWindow window(m_policy, options);
        // Loading runs on workers: the rows exist at once, still loading, and the window is free.
        QCOMPARE(window.queueModel()->rowCount(), 3);
        QVERIFY(window.loader()->runningJobs() > 0);
        QTRY_VERIFY_WITH_TIMEOUT(window.loader()->runningJobs() == 0, 30000);
        auto *filter = window.queuePanel()->filter();
        QCOMPARE(filter->rowCount(), 3);
        filter->setTrack(static_cast<int>(policy::Track::Green));
        QCOMPARE(filter->rowCount(), 2);
        filter->setKind(QStringLiteral("app"));
        QCOMPARE(filter->rowCount(), 1);
        filter->setTrack(-2);
        filter->setKind(QString());
        filter->setFilterFixedString(QStringLiteral("credit-limit"));
        QCOMPARE(filter->rowCount(), 1);
        QVERIFY(window.queuePanel()->countsText().contains(QStringLiteral("Red 1")));
    }

private:
    std::shared_ptr<const policy::Policy> m_policy;
};

QTEST_MAIN(TestQueue)
#include "tst_queue.moc"
