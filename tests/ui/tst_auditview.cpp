// The audit trail view: one row per entry with its verification status (a tampered entry fails
// alone, with the problem kinds the contract names), filters that narrow the rows to what the
// test wrote, and a request's whole trail with its signers, roles and derived state.
#include "../audit/AuditTestSupport.h"

#include "audit/AuditTrail.h"
#include "audit/AuditTrailFilter.h"
#include "audit/AuditTrailModel.h"
#include "audit/AuditTrailView.h"
#include "audit/RequestTrailPanel.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

using namespace cs;
using namespace cs::audit;
using namespace cs::test;

namespace {

constexpr std::int64_t kDay = 86'400'000;

nlohmann::json received(const std::string &request, const std::string &digest, const std::string &track,
                        const std::vector<std::string> &required)
{
    return {{"request_id", request},       {"package_digest", digest}, {"name", "churn-model"},
            {"version", "1.0"},            {"kind", "ml_model"},       {"submitted_by", "sam@bank.example"},
            {"track", track},              {"required_signoffs", required}, {"policy_digest", "policy-1"},
            {"fail_checks", nlohmann::json::array()}};
}

// Seven entries, one per day (day k at kT0 + k days):
//   0 admin  roster: Ana (analyst), Rui (risk officer), Eve (engineer)
//   1 Eve    package_received REQ-A, red, needs analyst + risk officer
//   2 Eve    package_received REQ-B, yellow, needs analyst
//   3 Ana    decision REQ-A approve as ml_governance_analyst
//   4 Rui    decision REQ-A approve as risk_officer
//   5 Ana    decision REQ-B request_changes as ml_governance_analyst
//   6 Rui    comment REQ-B "will look again" (the last entry: nobody witnessed it)
struct Store
{
    std::string storeId;
    SignedEntry rosterEntry, recvA, recvB, anaA, ruiA, anaB, ruiComment;
};

} // namespace

class TestAuditView final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void untouchedStoreVerifiesEveryRow();
    void tamperedEntryIsTheOnlyFailedRow();
    void filtersNarrowTheRows();
    void requestTrailShowsSignersRolesAndState();

private:
    Store build(const QString &path);
    std::shared_ptr<const VerificationReport> verifyFile(const QString &path);
    static bool waitForTrail(ui::AuditTrailView &view, int rows);
    static QComboBox *combo(ui::AuditTrailView &view, const char *name);
    static bool choose(QComboBox *box, const QString &data);

    std::optional<SecretSeed> m_admin, m_ana, m_rui, m_eve;
    QTemporaryDir m_dir;
    QString m_tampered;
    Store m_store;
};

void TestAuditView::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_admin = newSeed();
    m_ana = newSeed();
    m_rui = newSeed();
    m_eve = newSeed();
    m_tampered = m_dir.filePath(QStringLiteral("tampered.store"));
    m_store = build(m_tampered);
    RawSql raw(m_tampered);
    QVERIFY(raw.isOpen());
    QVERIFY(raw.dropTriggers());
    QByteArray bytes = bytesOf(m_store.ruiComment.signedBytes);
    const qsizetype at = bytes.indexOf("look again");
    QVERIFY(at >= 0);
    bytes.replace(at, 4, "LOOK"); // one word changed, the length kept
    QVERIFY2(raw.exec(QStringLiteral("UPDATE entries SET signed = ? WHERE id = ?"), {bytes, QString::fromStdString(m_store.ruiComment.id)}),
             qPrintable(raw.lastError()));
}

Store TestAuditView::build(const QString &path)
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
    Store s;
    s.storeId = store->storeId();
    s.rosterEntry = must(store->append(*m_admin, entry_type::Roster,
                                       rosterContent({grant(*m_ana, "Ana Analyst", "ana@bank.example", {"ml_governance_analyst"}),
                                                      grant(*m_rui, "Rui Risk", "rui@bank.example", {"risk_officer"}),
                                                      grant(*m_eve, "Eve Engineer", "eve@bank.example", {"ml_platform_engineer"})}),
                                       kT0));
    s.recvA = must(store->append(*m_eve, entry_type::PackageReceived,
                                 received("REQ-A", "digest-a", "red", {"ml_governance_analyst", "risk_officer"}), kT0 + kDay));
    s.recvB = must(store->append(*m_eve, entry_type::PackageReceived, received("REQ-B", "digest-b", "yellow", {"ml_governance_analyst"}),
                                 kT0 + 2 * kDay));
    auto decision = decisionContent("REQ-A", "digest-a", "ml_governance_analyst", "approve", "metrics hold");
    s.anaA = must(store->append(*m_ana, entry_type::Decision, decision, kT0 + 3 * kDay));
    decision = decisionContent("REQ-A", "digest-a", "risk_officer", "approve", "risk accepted");
    s.ruiA = must(store->append(*m_rui, entry_type::Decision, decision, kT0 + 4 * kDay));
    decision = decisionContent("REQ-B", "digest-b", "ml_governance_analyst", "request_changes", "needs drift data");
    s.anaB = must(store->append(*m_ana, entry_type::Decision, decision, kT0 + 5 * kDay));
    s.ruiComment = must(store->append(*m_rui, entry_type::Comment, commentContent("REQ-B", "will look again"), kT0 + 6 * kDay));
    return s;
}

std::shared_ptr<const VerificationReport> TestAuditView::verifyFile(const QString &path)
{
    auto store = AuditStore::open(path, AuditStore::Access::ReadOnly);
    if (!store)
        return nullptr;
    auto report = verifyStore(**store, kT0 + 10 * kDay);
    if (!report)
        return nullptr;
    return std::make_shared<const VerificationReport>(std::move(report).value());
}

bool TestAuditView::waitForTrail(ui::AuditTrailView &view, int rows)
{
    return QTest::qWaitFor([&] { return !view.isBuilding() && view.model()->rowCount() == rows; }, 20000);
}

QComboBox *TestAuditView::combo(ui::AuditTrailView &view, const char *name)
{
    return view.findChild<QComboBox *>(QString::fromLatin1(name));
}

bool TestAuditView::choose(QComboBox *box, const QString &data)
{
    const int at = box ? box->findData(data) : -1;
    if (at < 0)
        return false;
    box->setCurrentIndex(at);
    return true;
}

void TestAuditView::untouchedStoreVerifiesEveryRow()
{
    const QString path = m_dir.filePath(QStringLiteral("clean.store"));
    build(path);
    ui::AuditTrailView view;
    view.setReport(verifyFile(path));
    QVERIFY(waitForTrail(view, 7));
    for (int row = 0; row < 7; ++row) {
        const QModelIndex status = view.model()->index(row, ui::AuditTrailModel::StatusColumn);
        QCOMPARE(status.data(ui::AuditTrailModel::CheckRole).toInt(), static_cast<int>(ui::EntryCheck::Verified));
        QCOMPARE(status.data().toString(), QStringLiteral("Verified"));
    }
}

void TestAuditView::tamperedEntryIsTheOnlyFailedRow()
{
    auto report = verifyFile(m_tampered);
    QVERIFY(report);
    ui::AuditTrailView view;
    view.resize(1200, 600);
    view.setReport(report);
    QVERIFY(waitForTrail(view, 7));
    QCOMPARE(view.countText(), QStringLiteral("7 entries"));

    // The rows stand in time order: day k is row k.
    const std::vector<std::string> expectedOrder{m_store.rosterEntry.id, m_store.recvA.id, m_store.recvB.id, m_store.anaA.id,
                                                 m_store.ruiA.id,        m_store.anaB.id,  m_store.ruiComment.id};
    int failed = 0;
    for (int row = 0; row < 7; ++row) {
        const QModelIndex status = view.model()->index(row, ui::AuditTrailModel::StatusColumn);
        const std::string id = status.data(ui::AuditTrailModel::EntryIdRole).toString().toStdString();
        QCOMPARE(id, expectedOrder[static_cast<std::size_t>(row)]);
        const QString text = status.data().toString();
        if (id == m_store.ruiComment.id) {
            ++failed;
            QCOMPARE(status.data(ui::AuditTrailModel::CheckRole).toInt(), static_cast<int>(ui::EntryCheck::Failed));
            // The contract's kinds for a changed byte: the id no longer hashes, the signature fails.
            QVERIFY2(text.startsWith(QStringLiteral("Failed: ")), qPrintable(text));
            QVERIFY2(text.contains(QStringLiteral("id_mismatch")), qPrintable(text));
            QVERIFY2(text.contains(QStringLiteral("bad_signature: the signature does not verify")), qPrintable(text));
        } else {
            QCOMPARE(status.data(ui::AuditTrailModel::CheckRole).toInt(), static_cast<int>(ui::EntryCheck::Verified));
            QCOMPARE(text, QStringLiteral("Verified"));
        }
    }
    QCOMPARE(failed, 1);

    // The anchor is in no grant: the roster calls it "administrator", and it is marked as the anchor.
    QCOMPARE(view.model()->index(0, ui::AuditTrailModel::AuthorColumn).data().toString(), QStringLiteral("administrator (trust anchor)"));
    // The row names its author from the roster and the role it claims.
    const int ruiRow = 4;
    QCOMPARE(view.model()->index(ruiRow, ui::AuditTrailModel::AuthorColumn).data().toString(), QStringLiteral("Rui Risk"));
    QCOMPARE(view.model()->index(ruiRow, ui::AuditTrailModel::RoleColumn).data().toString(), QStringLiteral("Risk officer"));
    QCOMPARE(view.model()->index(ruiRow, ui::AuditTrailModel::FingerprintColumn).data().toString(), fingerprint(m_rui->publicKey()));
    QCOMPARE(view.model()->index(ruiRow, ui::AuditTrailModel::TypeColumn).data().toString(), QStringLiteral("Decision"));
    QCOMPARE(view.model()->index(ruiRow, ui::AuditTrailModel::RequestColumn).data().toString(), QStringLiteral("REQ-A"));
    QCOMPARE(view.model()->index(ruiRow, ui::AuditTrailModel::TimeColumn).data().toString(),
             QDateTime::fromMSecsSinceEpoch(kT0 + 4 * kDay, Qt::UTC).toString(QStringLiteral("yyyy-MM-dd HH:mm:ss")));
}

void TestAuditView::filtersNarrowTheRows()
{
    ui::AuditTrailView view;
    view.setReport(verifyFile(m_tampered));
    QVERIFY(waitForTrail(view, 7));
    const auto *filter = view.filter();
    auto *request = combo(view, "requestFilter");
    auto *person = combo(view, "personFilter");
    auto *role = combo(view, "roleFilter");
    auto *type = combo(view, "typeFilter");
    QVERIFY(request && person && role && type);

    // Counts from the table of entries above build().
    QVERIFY(choose(request, QStringLiteral("REQ-A")));
    QCOMPARE(filter->rowCount(), 3); // days 1, 3, 4
    QCOMPARE(view.countText(), QStringLiteral("3 of 7 entries"));
    QVERIFY(choose(type, QStringLiteral("decision")));
    QCOMPARE(filter->rowCount(), 2); // days 3, 4
    QVERIFY(choose(request, QStringLiteral("REQ-B")));
    QCOMPARE(filter->rowCount(), 1); // day 5
    view.clearFilters();
    QCOMPARE(filter->rowCount(), 7);

    QVERIFY(choose(type, QStringLiteral("decision")));
    QCOMPARE(filter->rowCount(), 3); // days 3, 4, 5
    QVERIFY(choose(type, QString()));

    QVERIFY(choose(person, QString::fromStdString(keyHex(*m_ana))));
    QCOMPARE(filter->rowCount(), 2); // days 3, 5
    QVERIFY(choose(person, QString::fromStdString(keyHex(*m_eve))));
    QCOMPARE(filter->rowCount(), 2); // days 1, 2
    QVERIFY(choose(person, QString()));

    // A decision's claimed role; for a comment, the roles the roster grants its author.
    QVERIFY(choose(role, QStringLiteral("risk_officer")));
    QCOMPARE(filter->rowCount(), 2); // day 4 (decision), day 6 (Rui's comment)
    QVERIFY(choose(role, QStringLiteral("admin")));
    QCOMPARE(filter->rowCount(), 1); // day 0, the roster
    QVERIFY(choose(role, QStringLiteral("auditor")));
    QCOMPARE(filter->rowCount(), 0);
    QVERIFY(choose(role, QString()));

    // Dates are UTC days, both ends included.
    auto *useFrom = view.findChild<QCheckBox *>(QStringLiteral("useFromDate"));
    auto *useTo = view.findChild<QCheckBox *>(QStringLiteral("useToDate"));
    auto *from = view.findChild<QDateEdit *>(QStringLiteral("fromDate"));
    auto *to = view.findChild<QDateEdit *>(QStringLiteral("toDate"));
    QVERIFY(useFrom && useTo && from && to);
    from->setDate(QDateTime::fromMSecsSinceEpoch(kT0 + 3 * kDay, Qt::UTC).date());
    to->setDate(QDateTime::fromMSecsSinceEpoch(kT0 + 4 * kDay, Qt::UTC).date());
    QCOMPARE(filter->rowCount(), 7); // not yet switched on
    useFrom->setChecked(true);
    QCOMPARE(filter->rowCount(), 4); // days 3..6
    useTo->setChecked(true);
    QCOMPARE(filter->rowCount(), 2); // days 3, 4
    QVERIFY(choose(person, QString::fromStdString(keyHex(*m_rui))));
    QCOMPARE(filter->rowCount(), 1); // day 4

    // Selecting an entry hidden by the filters clears them.
    QVERIFY(view.selectEntry(m_store.recvB.id));
    QCOMPARE(filter->rowCount(), 7);
    QCOMPARE(view.table()->currentIndex().data(ui::AuditTrailModel::EntryIdRole).toString(),
             QString::fromStdString(m_store.recvB.id));
    QVERIFY(!view.selectEntry(std::string(64, 'f')));
}

void TestAuditView::requestTrailShowsSignersRolesAndState()
{
    ui::AuditTrailView view;
    view.setReport(verifyFile(m_tampered));
    QVERIFY(waitForTrail(view, 7));
    auto *panel = view.requestPanel();

    QVERIFY(view.selectEntry(m_store.anaA.id));
    QCOMPARE(panel->requestId(), std::string("REQ-A"));
    const QString a = panel->toPlainText();
    // Two approvals by distinct people in the two required roles: approved.
    QVERIFY2(a.contains(QStringLiteral("Derived state: APPROVED")), qPrintable(a));
    QVERIFY2(a.contains(QStringLiteral("Ana Analyst <ana@bank.example> ") + fingerprint(m_ana->publicKey())), qPrintable(a));
    QVERIFY2(a.contains(QStringLiteral("Rui Risk <rui@bank.example> ") + fingerprint(m_rui->publicKey())), qPrintable(a));
    QVERIFY2(a.contains(QStringLiteral("ML governance analyst: present, approve by Ana Analyst")), qPrintable(a));
    QVERIFY2(a.contains(QStringLiteral("Risk officer: present, approve by Rui Risk")), qPrintable(a));
    QVERIFY2(a.contains(QStringLiteral("digest-a")) && a.contains(QStringLiteral("policy-1")), qPrintable(a));
    QVERIFY2(a.contains(QStringLiteral("risk accepted")) && a.contains(QStringLiteral("metrics hold")), qPrintable(a));
    QVERIFY2(!a.contains(QStringLiteral("Entries that do not count")), qPrintable(a));

    // REQ-B: the analyst asked for changes; the tampered comment is listed as not counting.
    QVERIFY(view.selectEntry(m_store.anaB.id));
    QCOMPARE(panel->requestId(), std::string("REQ-B"));
    const QString b = panel->toPlainText();
    QVERIFY2(b.contains(QStringLiteral("Derived state: CHANGES REQUESTED")), qPrintable(b));
    QVERIFY2(b.contains(QStringLiteral("ML governance analyst: missing")), qPrintable(b));
    QVERIFY2(b.contains(QStringLiteral("needs drift data")), qPrintable(b));
    QVERIFY2(b.contains(QStringLiteral("Changes requested by Ana Analyst as ml_governance_analyst.")), qPrintable(b));
    QVERIFY2(b.contains(QStringLiteral("Entries that do not count")) && b.contains(QStringLiteral("bad_signature")), qPrintable(b));
    QVERIFY2(!b.contains(QStringLiteral("Rui Risk <rui")), qPrintable(b));
}

QTEST_MAIN(TestAuditView)
#include "tst_auditview.moc"
