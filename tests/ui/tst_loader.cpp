// Loading a package off the UI thread reports its progress back on the UI thread.
#include "TestSupport.h"
#include "session/ReviewLoader.h"

#include <QSignalSpy>
#include <QTest>

class TestLoader : public QObject
{
    Q_OBJECT

private slots:
    void reportsProgressAndFinishes()
    {
        auto policy = cs::policy::defaultPolicy();
        QVERIFY(policy.ok());
        cs::ui::ReviewLoader loader(std::make_shared<const cs::policy::Policy>(std::move(policy).value()));
        QSignalSpy progress(&loader, &cs::ui::ReviewLoader::progress);
        QSignalSpy finished(&loader, &cs::ui::ReviewLoader::finished);
        const QString sample = cs::test::resourcePath(QStringLiteral("samples/credit-limit-red"));
        loader.load(sample);
        QVERIFY(finished.wait(30000));
        QCoreApplication::processEvents(); // queued progress reports still in flight
        QVERIFY(!progress.isEmpty());
        // Five data files: each is hashed and parsed (at least one chunk), so ten work items at least.
        const auto last = progress.constLast();
        QCOMPARE(last.at(0).toString(), sample);
        QCOMPARE(last.at(1).toInt(), last.at(2).toInt());
        QVERIFY(last.at(2).toInt() >= 10);
        int previous = -1;
        for (const auto &report : std::as_const(progress)) {
            QVERIFY(report.at(1).toInt() > previous);
            previous = report.at(1).toInt();
        }
        const auto outcome = finished.constFirst().at(0).value<cs::ui::LoadOutcome>();
        QVERIFY(outcome.review);
    }
};

QTEST_MAIN(TestLoader)
#include "tst_loader.moc"
