// Signing from the window: unlock, choose, sign; the store holds a valid entry and the header
// and queue show the new state at once. A refused decision shows its reason and writes nothing.
#include "TestSupport.h"

#include "MainWindow.h"
#include "audit/AuditStore.h"
#include "decision/DecisionPanel.h"
#include "decision/ExceptionBox.h"
#include "policy/Policy.h"
#include "queue/RequestQueueModel.h"
#include "review/HeaderSection.h"
#include "review/Review.h"
#include "review/ReviewPage.h"
#include "session/AuditSession.h"
#include "session/ReviewLoader.h"

#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace cs;

class TestSignFlow final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_dir.isValid());
        auto p = policy::defaultPolicy();
        QVERIFY(p.ok());
        ui::WorkbenchOptions options;
        options.demo = true;
        options.demoIdentityDir = m_dir.filePath(QStringLiteral("keys"));
        options.demoStoreDir = m_dir.filePath(QStringLiteral("store"));
        options.fastDemoKeysForTests = true;
        options.rememberLayout = false;
        m_window = std::make_unique<ui::MainWindow>(std::make_shared<const policy::Policy>(std::move(p).value()), options);
        m_window->resize(1500, 900);
        m_window->show();
        QTRY_VERIFY_WITH_TIMEOUT(m_window->demoReady(), 60000);
        QTRY_VERIFY_WITH_TIMEOUT(m_window->queueModel()->rowCount() >= 9 && m_window->loader()->runningJobs() == 0, 60000);
        QTRY_VERIFY_WITH_TIMEOUT(m_window->session()->snapshot() != nullptr, 20000);
    }

    void approvingTheRedPricingRequestTakesTwoSignatures()
    {
        const QString pricing = sample(QStringLiteral("pricing-automated-red"));
        QVERIFY(m_window->selectPackage(pricing));
        auto *header = m_window->reviewPage()->header();
        QVERIFY(header);
        QVERIFY(header->stateText().contains(QStringLiteral("PENDING")));

        const int rowsBefore = storeRows();
        sign(1, "ml_governance_analyst", "approve");
        QCOMPARE(storeRows(), rowsBefore + 1);
        auto *panel = m_window->decisionPanel();
        QVERIFY2(panel->messageText().contains(QStringLiteral("Signed")), qPrintable(panel->messageText()));

        // The entry is valid and counts; still pending on the risk officer.
        auto snapshot = ui::AuditSession::readSnapshot(m_window->session()->storePath());
        const auto *status = snapshot->status("CS-2026-0171");
        QVERIFY(status);
        QCOMPARE(status->decisions.size(), std::size_t{1});
        QVERIFY(status->decisions[0].counts);
        QCOMPARE(status->state, std::string("pending"));
        const int row = m_window->queueModel()->rowOf(pricing);
        const QString signoffs = m_window->queueModel()->index(row, ui::RequestQueueModel::SignoffColumn).data().toString();
        QVERIFY2(signoffs.startsWith(QStringLiteral("1/2")), qPrintable(signoffs));

        sign(2, "risk_officer", "approve");
        QCOMPARE(storeRows(), rowsBefore + 2);
        QVERIFY2(m_window->reviewPage()->header()->stateText().contains(QStringLiteral("APPROVED")),
                 qPrintable(m_window->reviewPage()->header()->stateText()));
        QCOMPARE(m_window->queueModel()->index(row, ui::RequestQueueModel::StateColumn).data().toString(), QStringLiteral("approved"));
    }

    void anApprovalBlockedByAFailFindingShowsWhyAndWritesNothing()
    {
        QVERIFY(m_window->selectPackage(sample(QStringLiteral("credit-limit-red"))));
        auto *panel = m_window->decisionPanel();
        unlock(2);
        choose("risk_officer", "approve");
        QVERIFY2(panel->verdictText().contains(QStringLiteral("Will not count")), qPrintable(panel->verdictText()));
        QVERIFY2(panel->verdictText().contains(QStringLiteral("fairness.disparate_impact:age_band")), qPrintable(panel->verdictText()));
        QVERIFY(!panel->signButton()->isEnabled());
        const int before = storeRows();
        QTest::mouseClick(panel->signButton(), Qt::LeftButton);
        QTest::qWait(200);
        QCOMPARE(storeRows(), before);

        // The worker judges again against the store, so even a forced write is refused.
        auto identity = audit::unlock(m_window->demoEnvironment().identities[2].keyFile, QByteArray("demo"));
        QVERIFY(identity.ok());
        ui::DecisionDraft draft{"approve", "risk_officer", {}, {}};
        const auto outcome = ui::AuditSession::signNow(m_window->session()->storePath(), *identity, "CS-2026-0141", draft);
        QVERIFY(!outcome.ok);
        QVERIFY(outcome.message.contains(QStringLiteral("fairness.disparate_impact:age_band")));
        QCOMPARE(storeRows(), before);
    }

    void aRiskOfficersExceptionLetsTheCreditRequestBeApproved()
    {
        QVERIFY(m_window->selectPackage(sample(QStringLiteral("credit-limit-red"))));
        auto *panel = m_window->decisionPanel();
        unlock(2);
        auto *box = panel->exceptionBox();
        QVERIFY(box->isVisible());
        QCOMPARE(box->checks()->count(), 1);
        QCOMPARE(box->checks()->item(0)->text(), QStringLiteral("fairness.disparate_impact:age_band"));
        QVERIFY(!box->grantButton()->isEnabled()); // no reason yet
        QVERIFY(box->verdictText().contains(QStringLiteral("reason")));
        QTest::keyClicks(box->reasonField(), QStringLiteral("Proxy feature removed in 4.0.1; approved for 90 days."));
        QVERIFY(box->grantButton()->isEnabled());
        QSignalSpy granted(box, &ui::ExceptionBox::grantFinished);
        QTest::mouseClick(box->grantButton(), Qt::LeftButton);
        QVERIFY(granted.wait(30000));
        QCOMPARE(granted.first().first().toBool(), true);
        QVERIFY(!box->isVisible()); // nothing left to cover

        sign(2, "risk_officer", "approve");
        sign(1, "ml_governance_analyst", "approve_with_conditions", QStringLiteral("Re-test fairness after 4.0.1"));
        QVERIFY2(m_window->reviewPage()->header()->stateText().contains(QStringLiteral("APPROVED")),
                 qPrintable(m_window->reviewPage()->header()->stateText()));
    }

    void aRoleTheTrackDoesNotNeedIsRefused()
    {
        QVERIFY(m_window->selectPackage(sample(QStringLiteral("recommendation-pii-approved"))));
        auto *panel = m_window->decisionPanel();
        unlock(1); // the analyst: ml_governance_analyst and data_steward; yellow needs ml_platform_engineer
        choose("ml_governance_analyst", "approve");
        QVERIFY2(panel->verdictText().contains(QStringLiteral("does not need")), qPrintable(panel->verdictText()));
        QVERIFY(!panel->signButton()->isEnabled());
        // A rejection without a comment is refused too, and says so.
        unlock(3);
        choose("ml_platform_engineer", "reject");
        QVERIFY2(panel->verdictText().contains(QStringLiteral("comment")), qPrintable(panel->verdictText()));
        QTest::keyClicks(panel->commentField(), QStringLiteral("Explain the new feature."));
        QVERIFY2(panel->verdictText().contains(QStringLiteral("Will count")), qPrintable(panel->verdictText()));
    }

    void aDroppedInPackageCanBeReceivedAndThenCounts()
    {
        // A new request dropped into the demo inbox: the store has not seen it yet.
        const QString target = QDir(m_window->demoEnvironment().inboxDir).filePath(QStringLiteral("fraud-copy"));
        QDir().mkpath(target);
        const QDir from(test::resourcePath(QStringLiteral("samples/fraud-triage-green")));
        const auto files = from.entryList(QDir::Files);
        for (const QString &f : files) {
            if (f != QStringLiteral("manifest.json"))
                QVERIFY(QFile::copy(from.filePath(f), QDir(target).filePath(f)));
        }
        std::string manifest = test::readFile(from.filePath(QStringLiteral("manifest.json")));
        const auto at = manifest.find("CS-2026-0160");
        QVERIFY(at != std::string::npos);
        manifest.replace(at, 12, "CS-2026-9999");
        QVERIFY(test::writeFile(QDir(target).filePath(QStringLiteral("manifest.json")), manifest));

        QTRY_VERIFY_WITH_TIMEOUT(m_window->queueModel()->rowOf(target) >= 0, 10000);
        const int row = m_window->queueModel()->rowOf(target);
        QTRY_VERIFY_WITH_TIMEOUT(m_window->queueModel()->entry(row)->load == ui::QueueEntry::Load::Ready, 30000);
        QCOMPARE(m_window->queueModel()->index(row, ui::RequestQueueModel::StateColumn).data().toString(), QStringLiteral("not received"));
        QVERIFY(m_window->selectPackage(target));
        auto *panel = m_window->decisionPanel();
        QVERIFY(panel->verdictText().contains(QStringLiteral("not received")));
        unlock(0);
        QVERIFY(panel->receiveButton()->isVisible() && panel->receiveButton()->isEnabled());
        QSignalSpy done(m_window->session(), &ui::AuditSession::writeFinished);
        QTest::mouseClick(panel->receiveButton(), Qt::LeftButton);
        QVERIFY(done.wait(30000));
        QCOMPARE(done.first().first().toBool(), true);
        // Green needs no sign-off: approved by policy as soon as it is received.
        QCOMPARE(m_window->queueModel()->index(row, ui::RequestQueueModel::StateColumn).data().toString(), QStringLiteral("approved"));
        QVERIFY(!panel->receiveButton()->isVisible());
    }

private:
    QString sample(const QString &name) const
    {
        return QFileInfo(test::resourcePath(QStringLiteral("samples/") + name)).absoluteFilePath();
    }

    int storeRows() const
    {
        auto store = audit::AuditStore::open(m_window->session()->storePath(), audit::AuditStore::Access::ReadOnly);
        if (!store)
            return -1;
        auto count = (*store)->count();
        return count ? static_cast<int>(*count) : -1;
    }

    void unlock(int identity)
    {
        auto *panel = m_window->decisionPanel();
        panel->identityBox()->setCurrentIndex(identity);
        panel->passphraseField()->clear();
        QTest::keyClicks(panel->passphraseField(), QStringLiteral("demo"));
        QSignalSpy unlocked(panel, &ui::DecisionPanel::unlockFinished);
        QTest::mouseClick(panel->unlockButton(), Qt::LeftButton);
        QVERIFY(unlocked.wait(30000));
        QCOMPARE(unlocked.first().first().toBool(), true);
    }

    void choose(const char *role, const char *decision)
    {
        auto *panel = m_window->decisionPanel();
        const int index = panel->roleBox()->findData(QString::fromLatin1(role));
        QVERIFY2(index >= 0, role);
        panel->roleBox()->setCurrentIndex(index);
        QTest::mouseClick(panel->decisionButton(decision), Qt::LeftButton);
    }

    void sign(int identity, const char *role, const char *decision, const QString &condition = {})
    {
        unlock(identity);
        choose(role, decision);
        auto *panel = m_window->decisionPanel();
        if (!condition.isEmpty())
            QTest::keyClicks(panel->conditionsField(), condition);
        QVERIFY2(panel->verdictText().contains(QStringLiteral("Will count")), qPrintable(panel->verdictText()));
        QVERIFY(panel->signButton()->isEnabled());
        QSignalSpy signedSpy(panel, &ui::DecisionPanel::signFinished);
        QTest::mouseClick(panel->signButton(), Qt::LeftButton);
        QVERIFY(signedSpy.wait(30000));
        QCOMPARE(signedSpy.first().first().toBool(), true);
    }

    QTemporaryDir m_dir;
    std::unique_ptr<ui::MainWindow> m_window;
};

QTEST_MAIN(TestSignFlow)
#include "tst_signflow.moc"
