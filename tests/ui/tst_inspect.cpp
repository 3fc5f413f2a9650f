// The inspection window: opens any store read-only and verifies it off the UI thread; the
// banner says verified or how many problems (each leading to its entry); the file's bytes,
// modification time and folder stay exactly as they were (no -wal, no -shm); the report it
// exports is the command line's.
#include "../audit/AuditTestSupport.h"

#include "audit/AuditTrailModel.h"
#include "audit/AuditTrailView.h"
#include "audit/InspectWindow.h"
#include "audit/VerificationBanner.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QListWidget>
#include <QSignalSpy>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

using namespace cs;
using namespace cs::audit;
using namespace cs::test;

namespace {

// What must not change when a store is inspected: every file of its folder, with its bytes
// and modification time.
QStringList folderState(const QString &dir)
{
    QStringList out;
    const auto entries = QDir(dir).entryInfoList(QDir::Files | QDir::Hidden | QDir::NoDotAndDotDot, QDir::Name);
    for (const QFileInfo &info : entries) {
        QFile file(info.filePath());
        const QByteArray hash = file.open(QIODevice::ReadOnly) ? QCryptographicHash::hash(file.readAll(), QCryptographicHash::Sha256).toHex()
                                                              : QByteArray("unreadable");
        out.append(info.fileName() + QLatin1Char(' ') + QString::fromLatin1(hash) + QLatin1Char(' ')
                   + QString::number(info.lastModified().toMSecsSinceEpoch()));
    }
    return out;
}

} // namespace

class TestInspect final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanStoreIsVerifiedAndUntouched();
    void tamperedStoreShowsItsProblems();
    void anchorOtherThanTheOneGivenFails();
    void storeWithWriteAheadLogIsReadFromACopy();
    void exportsTheCommandLinesReport_data();
    void exportsTheCommandLinesReport();

private:
    // roster, two receipts (REQ-A, REQ-B), an approval of REQ-A, a comment on REQ-B: 5 entries.
    std::unique_ptr<AuditStore> build(const QString &path);
    static bool waitForVerification(ui::InspectWindow &window);

    std::optional<SecretSeed> m_admin, m_ana, m_eve;
    std::string m_commentId;
};

void TestInspect::initTestCase()
{
    m_admin = newSeed();
    m_ana = newSeed();
    m_eve = newSeed();
}

std::unique_ptr<AuditStore> TestInspect::build(const QString &path)
{
    auto created = AuditStore::create(path, m_admin->publicKey());
    if (!created)
        qFatal("cannot create %s: %s", qPrintable(path), qPrintable(created.errorMessage()));
    auto store = std::move(created).value();
    auto must = [](Result<SignedEntry> r) {
        if (!r)
            qFatal("cannot append: %s", qPrintable(r.errorMessage()));
        return std::move(r).value();
    };
    must(store->append(*m_admin, entry_type::Roster,
                       rosterContent({grant(*m_ana, "Ana Analyst", "ana@bank.example", {"ml_governance_analyst"}),
                                      grant(*m_eve, "Eve Engineer", "eve@bank.example", {"ml_platform_engineer"})}),
                       kT0));
    for (const char *request : {"REQ-A", "REQ-B"}) {
        must(store->append(*m_eve, entry_type::PackageReceived,
                           {{"request_id", request},
                            {"package_digest", std::string("digest-") + request},
                            {"name", "churn-model"},
                            {"version", "1.0"},
                            {"kind", "ml_model"},
                            {"submitted_by", "sam@bank.example"},
                            {"track", "yellow"},
                            {"required_signoffs", {"ml_governance_analyst"}},
                            {"policy_digest", "policy-1"},
                            {"fail_checks", nlohmann::json::array()}},
                           kT0 + 1000));
    }
    must(store->append(*m_ana, entry_type::Decision, decisionContent("REQ-A", "digest-REQ-A", "ml_governance_analyst", "approve"),
                       kT0 + 2000));
    m_commentId = must(store->append(*m_ana, entry_type::Comment, commentContent("REQ-B", "will look again"), kT0 + 3000)).id;
    return store;
}

bool TestInspect::waitForVerification(ui::InspectWindow &window)
{
    return QTest::qWaitFor([&] { return !window.isVerifying(); }, 30000);
}

void TestInspect::cleanStoreIsVerifiedAndUntouched()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("clean.store"));
    const std::string storeId = build(path)->storeId(); // closed at once: no -wal left
    QVERIFY(!QFileInfo::exists(path + QStringLiteral("-wal")));
    const QStringList before = folderState(dir.path());
    QCOMPARE(before.size(), 1);

    {
        ui::InspectWindow window(path);
        QSignalSpy finished(&window, &ui::InspectWindow::verificationFinished);
        window.show();
        QVERIFY(waitForVerification(window));
        QCOMPARE(finished.size(), 1);
        QCOMPARE(finished.at(0).at(0).toBool(), true);
        const QString verdict = window.banner()->verdictText();
        QCOMPARE(verdict, QStringLiteral("Verified: 5 entries, no problems"));
        QCOMPARE(window.banner()->problemList()->count(), 0);
        QCOMPARE(window.banner()->storeIdText(), QString::fromStdString(storeId));
        QVERIFY(window.banner()->anchorText().startsWith(m_admin->publicKey().hex()));
        QVERIFY(window.banner()->anchorText().contains(fingerprint(m_admin->publicKey())));
        QCOMPARE(window.trailView()->model()->rowCount(), 5);
        QCOMPARE(folderState(dir.path()), before); // while open, too
    }
    QCOMPARE(folderState(dir.path()), before);
    QVERIFY(!QFileInfo::exists(path + QStringLiteral("-wal")));
    QVERIFY(!QFileInfo::exists(path + QStringLiteral("-shm")));
}

void TestInspect::anchorOtherThanTheOneGivenFails()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("other-anchor.store"));
    build(path);
    {
        ui::InspectWindow right(path, nullptr, m_admin->publicKey());
        QVERIFY(waitForVerification(right));
        QCOMPARE(right.banner()->verdictText(), QStringLiteral("Verified: 5 entries, no problems"));
    }
    // The auditor was told the administrator is Ana: the store answers to someone else.
    ui::InspectWindow wrong(path, nullptr, m_ana->publicKey());
    QVERIFY(waitForVerification(wrong));
    const QString verdict = wrong.banner()->verdictText();
    QVERIFY2(verdict.startsWith(QStringLiteral("1 problem")), qPrintable(verdict));
    QCOMPARE(wrong.banner()->problemList()->count(), 1);
    const QString text = wrong.banner()->problemList()->item(0)->text();
    QVERIFY2(text.contains(QStringLiteral("anchor_mismatch")) || text.contains(QStringLiteral("trust anchor")), qPrintable(text));
    QVERIFY(wrong.report());
    QVERIFY(wrong.report()->validEntries().empty());
}

void TestInspect::tamperedStoreShowsItsProblems()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("tampered.store"));
    build(path);
    {
        RawSql raw(path);
        QVERIFY(raw.dropTriggers());
        QVERIFY(raw.exec(QStringLiteral("UPDATE entries SET signed = CAST(replace(CAST(signed AS TEXT), 'look again', 'LOOK again') AS BLOB)"
                                        " WHERE id = ?"),
                         {QString::fromStdString(m_commentId)}));
    }
    const QStringList before = folderState(dir.path());

    ui::InspectWindow window(path);
    window.show();
    QVERIFY(waitForVerification(window));
    // A changed byte in the last entry: its id no longer hashes and its signature fails (two
    // problems, both naming that entry; nothing follows it, nothing else is named).
    const QString verdict = window.banner()->verdictText();
    QVERIFY2(verdict.startsWith(QStringLiteral("2 problem")), qPrintable(verdict));
    QVERIFY2(verdict.contains(QStringLiteral("in 5 entries")), qPrintable(verdict));
    auto *problems = window.banner()->problemList();
    QCOMPARE(problems->count(), 2);
    for (int i = 0; i < problems->count(); ++i)
        QCOMPARE(problems->item(i)->data(Qt::UserRole).toString(), QString::fromStdString(m_commentId));

    // Clicking a problem selects its entry in the trail.
    auto *table = window.trailView()->table();
    QVERIFY(window.trailView()->selectEntry(window.trailView()->model()->index(0, 0).data(ui::AuditTrailModel::EntryIdRole).toString().toStdString()));
    QVERIFY(table->currentIndex().data(ui::AuditTrailModel::EntryIdRole).toString() != QString::fromStdString(m_commentId));
    const QRect itemRect = problems->visualItemRect(problems->item(0));
    QTest::mouseClick(problems->viewport(), Qt::LeftButton, {}, itemRect.center());
    QCOMPARE(table->currentIndex().data(ui::AuditTrailModel::EntryIdRole).toString(), QString::fromStdString(m_commentId));

    if (const QByteArray shots = qgetenv("COUNTERSIGN_AUDIT_SHOTS"); !shots.isEmpty()) {
        window.resize(1400, 800);
        QTest::qWait(50);
        window.grab().save(QDir(QString::fromLocal8Bit(shots)).filePath(QStringLiteral("inspect-tampered.png")));
    }
    QCOMPARE(folderState(dir.path()), before);
}

void TestInspect::storeWithWriteAheadLogIsReadFromACopy()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("busy.store"));
    // Still open for writing: its last entries live in the -wal file only.
    auto writer = build(path);
    QVERIFY(QFileInfo(path + QStringLiteral("-wal")).size() > 0);
    const QStringList before = folderState(dir.path());

    ui::InspectWindow window(path);
    QVERIFY(waitForVerification(window));
    QCOMPARE(window.banner()->verdictText(), QStringLiteral("Verified: 5 entries, no problems"));
    QCOMPARE(folderState(dir.path()), before);
}

void TestInspect::exportsTheCommandLinesReport_data()
{
    QTest::addColumn<int>("format");
    QTest::newRow("json") << static_cast<int>(ui::ReportFormat::Json);
    QTest::newRow("html") << static_cast<int>(ui::ReportFormat::Html);
    QTest::newRow("pdf") << static_cast<int>(ui::ReportFormat::Pdf);
}

void TestInspect::exportsTheCommandLinesReport()
{
    QFETCH(int, format);
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("store.db"));
    build(path);
    ui::InspectWindow window(path);
    QVERIFY(!window.exportReport(ui::ReportFormat::Json, dir.filePath(QStringLiteral("early.json")))); // nothing verified yet
    QVERIFY(waitForVerification(window));

    const QString out = dir.filePath(QStringLiteral("report.") + ui::reportFormatSuffix(static_cast<ui::ReportFormat>(format)));
    QSignalSpy finished(&window, &ui::InspectWindow::exportFinished);
    QVERIFY(window.exportReport(static_cast<ui::ReportFormat>(format), out));
    QVERIFY(window.isExporting());
    QVERIFY(finished.wait(30000));
    QVERIFY2(finished.at(0).at(0).toBool(), qPrintable(finished.at(0).at(1).toString()));

    QFile file(out);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray bytes = file.readAll();
    switch (static_cast<ui::ReportFormat>(format)) {
    case ui::ReportFormat::Json: {
        const auto json = nlohmann::json::parse(bytes.constData(), bytes.constData() + bytes.size(), nullptr, false);
        QVERIFY(!json.is_discarded());
        std::set<std::string> requests;
        for (const auto &r : json.at("requests"))
            requests.insert(r.at("request_id").get<std::string>());
        QCOMPARE(requests, (std::set<std::string>{"REQ-A", "REQ-B"}));
        QCOMPARE(json.at("verification").at("verified").get<bool>(), true);
        QCOMPARE(json.at("verification").at("entries").get<int>(), 5);
        break;
    }
    case ui::ReportFormat::Html:
        QVERIFY(bytes.contains("REQ-A") && bytes.contains("REQ-B") && bytes.contains("Ana Analyst"));
        break;
    case ui::ReportFormat::Pdf:
        QVERIFY(bytes.startsWith("%PDF-"));
        QVERIFY(bytes.size() > 1000);
        break;
    }
}

QTEST_MAIN(TestInspect)
#include "tst_inspect.moc"
