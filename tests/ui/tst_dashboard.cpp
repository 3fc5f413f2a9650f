// The dashboard window on a store built with known receipt and decision times: the figures it
// shows (tables and chart bars) equal medians, percentiles and counts worked out by hand in the
// comments, for the last-30-days period and for custom dates; the CSV export is the core's CSV.
#include "AuditFixtures.h"

#include "audit/AuditStore.h"
#include "charts/BarChart.h"
#include "charts/DataTable.h"
#include "common/Style.h"
#include "dashboard/DashboardView.h"
#include "dashboard/DashboardWindow.h"
#include "dashboard/PeriodChooser.h"
#include "policy/Policy.h"
#include "report/Dashboard.h"
#include "session/AuditSession.h"
#include "util/Clock.h"

#include <QAbstractBarSeries>
#include <QBarSet>
#include <QComboBox>
#include <QDateEdit>
#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace cs;

namespace {

constexpr std::int64_t kHour = 3'600'000;
// kT0 is 2023-11-14 22:13:20 UTC: receipts at 0 h and 1 h fall on 14 November, 2 h on the 15th.
std::int64_t at(double hours)
{
    return test::kT0 + static_cast<std::int64_t>(hours * static_cast<double>(kHour));
}
// "Now" for the window: 52 hours after kT0.
constexpr double kNowHours = 52;

int column(const ui::DataTable *table, const QString &header)
{
    for (int c = 0; c < table->columnCount(); ++c) {
        if (table->horizontalHeaderItem(c) && table->horizontalHeaderItem(c)->text() == header)
            return c;
    }
    return -1;
}

int row(const ui::DataTable *table, const QString &firstCell)
{
    for (int r = 0; r < table->rowCount(); ++r) {
        if (table->item(r, 0) && table->item(r, 0)->text() == firstCell)
            return r;
    }
    return -1;
}

QString cell(const ui::DataTable *table, const QString &rowName, const QString &header)
{
    const int r = row(table, rowName);
    const int c = column(table, header);
    return r < 0 || c < 0 || !table->item(r, c) ? QStringLiteral("<missing %1/%2>").arg(rowName, header) : table->item(r, c)->text();
}

// The bar of `series` at `category`, as the chart holds it.
double bar(const ui::BarChart *chart, const QString &series, const QString &category)
{
    const int index = static_cast<int>(chart->data().categories.indexOf(category));
    for (QBarSet *set : chart->barSeries()->barSets()) {
        if (set->label() == series && index >= 0)
            return set->at(index);
    }
    return -1;
}

} // namespace

class TestDashboardWindow final : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_path;
    std::unique_ptr<audit::AuditStore> m_store;
    std::optional<audit::SecretSeed> m_admin, m_analyst, m_risk, m_engineer;
    std::unique_ptr<ui::DashboardWindow> m_window;

    void append(const audit::SecretSeed &who, const char *type, const nlohmann::json &content, double hours)
    {
        auto e = m_store->append(who, type, content, at(hours));
        QVERIFY2(e.ok(), test::why(e).constData());
    }
    void receive(const std::string &id, const std::string &track, std::vector<std::string> signoffs,
                 std::vector<std::string> fails, double hours)
    {
        append(*m_admin, "package_received",
               {{"request_id", id}, {"package_digest", "d-" + id}, {"name", id}, {"version", "1"}, {"kind", "ml_model"},
                {"submitted_by", "ds@bank.example"}, {"track", track}, {"required_signoffs", signoffs},
                {"policy_digest", "p"}, {"fail_checks", fails}},
               hours);
    }
    void decide(const audit::SecretSeed &who, const std::string &id, const std::string &track, const std::string &role,
                const std::string &decision, double hours)
    {
        const nlohmann::json conditions =
            decision == "approve_with_conditions" ? nlohmann::json::array({"monitor weekly"}) : nlohmann::json::array();
        append(who, "decision",
               {{"request_id", id}, {"package_digest", "d-" + id}, {"policy_digest", "p"}, {"track", track}, {"role", role},
                {"decision", decision}, {"conditions", conditions}, {"comment", "because"}},
               hours);
    }

    void waitForFigures()
    {
        QTRY_VERIFY_WITH_TIMEOUT(!m_window->isComputing() && m_window->dashboard().has_value(), 20000);
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        setClockForTesting([] { return at(kNowHours); });
        m_admin.emplace(test::newSeed());
        m_analyst.emplace(test::newSeed());
        m_risk.emplace(test::newSeed());
        m_engineer.emplace(test::newSeed());
        m_path = m_dir.filePath(QStringLiteral("store.db"));
        auto store = audit::AuditStore::create(m_path, m_admin->publicKey());
        QVERIFY(store.ok());
        m_store = std::move(store).value();
        auto grant = [](const audit::SecretSeed &s, const char *email, const char *role) {
            return nlohmann::json{{"key", test::keyHex(s)}, {"name", email}, {"email", email}, {"roles", {role}}};
        };
        append(*m_admin, "roster",
               {{"grants",
                 {grant(*m_analyst, "ana@bank.example", "ml_governance_analyst"), grant(*m_risk, "rui@bank.example", "risk_officer"),
                  grant(*m_engineer, "eve@bank.example", "ml_platform_engineer")}},
                {"revocations", nlohmann::json::array()}},
               -1);
        const std::vector<std::string> red{"ml_governance_analyst", "risk_officer"};
        const std::vector<std::string> yellow{"ml_platform_engineer"};
        const std::string ageBand = "fairness.disparate_impact:age_band";
        // In time order (hours after kT0); the decision time of each request is in its comment.
        receive("R1", "red", red, {}, 0);             // approved at 10 -> 10 h
        receive("R2", "red", red, {ageBand}, 1);      // rejected at 25 -> 24 h
        receive("R7", "red", red, {}, 2);             // approved at 40 -> 38 h
        receive("R3", "yellow", yellow, {}, 2);       // approved at 4 -> 2 h
        decide(*m_analyst, "R1", "red", "ml_governance_analyst", "approve", 2);
        receive("R4", "yellow", yellow, {"cost.budget:"}, 3); // approved at 9 (exception at 8) -> 6 h
        decide(*m_analyst, "R7", "red", "ml_governance_analyst", "approve", 3);
        receive("R8", "yellow", yellow, {}, 4);       // approved with conditions at 14 -> 10 h
        receive("R5", "yellow", yellow, {ageBand, "pii.unapproved:crm"}, 4); // pending, 48 h old at 52
        decide(*m_engineer, "R3", "yellow", "ml_platform_engineer", "approve", 4);
        receive("R9", "yellow", yellow, {}, 5);       // changes requested at 6 -> 1 h
        receive("R6", "green", {}, {}, 5);            // approved by policy at receipt -> 0 h
        decide(*m_analyst, "R2", "red", "ml_governance_analyst", "approve", 5);
        decide(*m_engineer, "R9", "yellow", "ml_platform_engineer", "request_changes", 6);
        // Expires 10 days after "now" (the end of the last-30-days period): expiring soon.
        append(*m_risk, "exception",
               {{"request_id", "R4"}, {"package_digest", "d-R4"}, {"covers", {"cost.budget:"}}, {"reason", "budget raised"},
                {"expires_ms", at(kNowHours + 240)}},
               8);
        decide(*m_engineer, "R4", "yellow", "ml_platform_engineer", "approve", 9);
        decide(*m_risk, "R1", "red", "risk_officer", "approve", 10);
        decide(*m_engineer, "R8", "yellow", "ml_platform_engineer", "approve_with_conditions", 14);
        decide(*m_risk, "R2", "red", "risk_officer", "reject", 25);
        receive("R10", "red", red, {}, 30);           // pending, 22 h old at 52
        decide(*m_risk, "R7", "red", "risk_officer", "approve", 40);

        auto snapshot = ui::AuditSession::readSnapshot(m_path);
        QVERIFY2(snapshot->error.isEmpty(), qPrintable(snapshot->error));
        QVERIFY(snapshot->report.clean());
        m_window = std::make_unique<ui::DashboardWindow>();
        m_window->resize(1300, 1000);
        m_window->show();
        m_window->setSource(ui::DashboardWindow::reportOf(snapshot), std::make_shared<const policy::Policy>(policy::builtinPolicy()));
        waitForFigures();
    }

    void cleanupTestCase()
    {
        m_window.reset();
        setClockForTesting(nullptr);
    }

    void lastThirtyDaysShowsTheHandComputedFigures()
    {
        QCOMPARE(m_window->period().kind, ui::DashboardPeriod::Kind::Last30Days);
        QCOMPARE(m_window->dashboard()->toMs, at(kNowHours));
        auto *view = m_window->view();

        // Requests: red R1 R7 approved, R2 rejected, R10 pending (4); yellow R3 R4 R8 approved,
        // R9 changes requested, R5 pending (5); green R6 approved (1).
        const auto *requests = view->table(ui::DashboardFigure::Requests);
        const QString red = ui::trackTitle(policy::Track::Red), yellow = ui::trackTitle(policy::Track::Yellow),
                      green = ui::trackTitle(policy::Track::Green);
        const QString approved = ui::stateTitle("approved"), pending = ui::stateTitle("pending");
        QCOMPARE(cell(requests, red, approved), QStringLiteral("2"));
        QCOMPARE(cell(requests, red, ui::stateTitle("rejected")), QStringLiteral("1"));
        QCOMPARE(cell(requests, red, pending), QStringLiteral("1"));
        QCOMPARE(cell(requests, red, QStringLiteral("Total")), QStringLiteral("4"));
        QCOMPARE(cell(requests, yellow, approved), QStringLiteral("3"));
        QCOMPARE(cell(requests, yellow, ui::stateTitle("changes_requested")), QStringLiteral("1"));
        QCOMPARE(cell(requests, yellow, pending), QStringLiteral("1"));
        QCOMPARE(cell(requests, green, approved), QStringLiteral("1"));
        const auto *requestChart = view->chart(ui::DashboardFigure::Requests);
        QCOMPARE(bar(requestChart, approved, yellow), 3.0);
        QCOMPARE(bar(requestChart, pending, red), 1.0);

        // Time to decision (hours), numpy's linear percentile: h = (n - 1) * q, v[j] + frac * (v[j+1] - v[j]).
        // green [0]: median 0, p90 0, SLA 0 -> 1 of 1 within.
        // yellow [1, 2, 6, 10]: median (2 + 6) / 2 = 4; p90 h = 2.7 -> 6 + 0.7 * 4 = 8.8; SLA 3 -> 1 and 2: 2 of 4.
        // red [10, 24, 38]: median 24; p90 h = 1.8 -> 24 + 0.8 * 14 = 35.2; SLA 72 -> 3 of 3.
        const auto *times = view->table(ui::DashboardFigure::TimeToDecision);
        QCOMPARE(cell(times, yellow, QStringLiteral("Decided")), QStringLiteral("4"));
        QCOMPARE(cell(times, yellow, QStringLiteral("Median (h)")), QStringLiteral("4.00"));
        QCOMPARE(cell(times, yellow, QStringLiteral("90th percentile (h)")), QStringLiteral("8.80"));
        QCOMPARE(cell(times, yellow, QStringLiteral("SLA (h)")), QStringLiteral("3.00"));
        QCOMPARE(cell(times, yellow, QStringLiteral("Within SLA")), QStringLiteral("2 of 4"));
        QCOMPARE(cell(times, red, QStringLiteral("Median (h)")), QStringLiteral("24.00"));
        QCOMPARE(cell(times, red, QStringLiteral("90th percentile (h)")), QStringLiteral("35.20"));
        QCOMPARE(cell(times, red, QStringLiteral("Within SLA")), QStringLiteral("3 of 3"));
        QCOMPARE(cell(times, green, QStringLiteral("Median (h)")), QStringLiteral("0.00"));
        QCOMPARE(cell(times, green, QStringLiteral("Within SLA")), QStringLiteral("1 of 1"));
        const auto *timeChart = view->chart(ui::DashboardFigure::TimeToDecision);
        QVERIFY(std::fabs(bar(timeChart, QStringLiteral("90th percentile"), yellow) - 8.8) < 1e-9);
        QVERIFY(std::fabs(bar(timeChart, QStringLiteral("90th percentile"), red) - 35.2) < 1e-9);
        QCOMPARE(bar(timeChart, QStringLiteral("Median"), red), 24.0);
        QCOMPARE(bar(timeChart, QStringLiteral("SLA"), red), 72.0);

        // Backlog at 52 h: R10 is 22 h old (under 1 day), R5 48 h (1-3 days).
        const auto *backlog = view->table(ui::DashboardFigure::Backlog);
        QCOMPARE(backlog->rowCount(), 4);
        QCOMPARE(cell(backlog, QStringLiteral("under 1 day"), QStringLiteral("Pending requests")), QStringLiteral("1"));
        QCOMPARE(cell(backlog, QStringLiteral("1\u20133 days"), QStringLiteral("Pending requests")), QStringLiteral("1"));
        QCOMPARE(cell(backlog, QStringLiteral("3\u20137 days"), QStringLiteral("Pending requests")), QStringLiteral("0"));
        QCOMPARE(cell(backlog, QStringLiteral("over 7 days"), QStringLiteral("Pending requests")), QStringLiteral("0"));

        // Decisions: approvals R1 x2, R7 x2, R2 (analyst), R3, R4 = 7; with conditions R8; changes R9;
        // rejection R2 (risk): 10 in all, 70% approvals.
        const auto *decisions = view->table(ui::DashboardFigure::Decisions);
        QCOMPARE(cell(decisions, QStringLiteral("Approved"), QStringLiteral("Count")), QStringLiteral("7"));
        QCOMPARE(cell(decisions, QStringLiteral("Approved"), QStringLiteral("Share")), QStringLiteral("70.0%"));
        QCOMPARE(cell(decisions, QStringLiteral("Approved with conditions"), QStringLiteral("Count")), QStringLiteral("1"));
        QCOMPARE(cell(decisions, QStringLiteral("Changes requested"), QStringLiteral("Count")), QStringLiteral("1"));
        QCOMPARE(cell(decisions, QStringLiteral("Rejected"), QStringLiteral("Count")), QStringLiteral("1"));
        QCOMPARE(bar(view->chart(ui::DashboardFigure::Decisions), QStringLiteral("Decisions"), QStringLiteral("Approved")), 7.0);

        // Failing checks: age_band in R2 and R5 (2) first, then cost.budget: and pii.unapproved:crm once each.
        const auto *checks = view->table(ui::DashboardFigure::FailingChecks);
        QCOMPARE(checks->rowCount(), 3);
        QCOMPARE(checks->item(0, 0)->text(), QStringLiteral("fairness.disparate_impact:age_band"));
        QCOMPARE(checks->item(0, 1)->text(), QStringLiteral("2"));
        QCOMPARE(cell(checks, QStringLiteral("pii.unapproved:crm"), QStringLiteral("Requests")), QStringLiteral("1"));

        // One exception (R4), expiring 10 days after the period ends.
        const auto *exceptions = view->table(ui::DashboardFigure::Exceptions);
        QCOMPARE(exceptions->item(0, 1)->text(), QStringLiteral("1"));
        QCOMPARE(exceptions->item(1, 1)->text(), QStringLiteral("1"));
    }

    void csvExportIsTheCoresCsv()
    {
        const QString file = m_dir.filePath(QStringLiteral("dashboard.csv"));
        const Status written = m_window->exportCsv(file);
        QVERIFY2(written.ok(), test::why(written).constData());
        QFile in(file);
        QVERIFY(in.open(QIODevice::ReadOnly));
        const QByteArray bytes = in.readAll();

        auto store = audit::AuditStore::open(m_path, audit::AuditStore::Access::ReadOnly);
        QVERIFY(store.ok());
        auto report = audit::verifyStore(**store, at(kNowHours));
        QVERIFY(report.ok());
        const std::string expected =
            report::dashboardToCsv(report::buildDashboard(*report, policy::builtinPolicy(), at(kNowHours - 30 * 24), at(kNowHours)));
        QCOMPARE(bytes, test::bytesOf(expected));
        // The hand-computed figures above, as the CSV spells them.
        for (const char *line : {"time_to_decision,yellow/median_hours,4\n", "time_to_decision,yellow/p90_hours,8.8\n",
                                 "time_to_decision,red/p90_hours,35.2\n", "time_to_decision,yellow/within_sla,2\n",
                                 "decisions,approve,7\n", "backlog,1-3 days,1\n", "exceptions,granted,1\n"})
            QVERIFY2(bytes.contains(line), line);
    }

    void customDatesNarrowThePeriod()
    {
        // 14 November 2023 alone (UTC): the receipts at 0 h (22:13) and 1 h (23:13), R1 and R2.
        // red [10, 24]: median 17; p90 h = 0.9 -> 10 + 0.9 * 14 = 22.6.
        auto *chooser = m_window->periodChooser();
        chooser->kindBox()->setCurrentIndex(chooser->kindBox()->findData(static_cast<int>(ui::DashboardPeriod::Kind::Custom)));
        chooser->fromEdit()->setDate(QDate(2023, 11, 14));
        chooser->toEdit()->setDate(QDate(2023, 11, 14));
        const std::int64_t from = QDate(2023, 11, 14).startOfDay(Qt::UTC).toMSecsSinceEpoch();
        QTRY_VERIFY_WITH_TIMEOUT(!m_window->isComputing() && m_window->dashboard() && m_window->dashboard()->fromMs == from
                                     && m_window->dashboard()->toMs == from + 24 * kHour,
                                 20000);
        const auto *times = m_window->view()->table(ui::DashboardFigure::TimeToDecision);
        const QString red = ui::trackTitle(policy::Track::Red);
        QCOMPARE(cell(times, red, QStringLiteral("Decided")), QStringLiteral("2"));
        QCOMPARE(cell(times, red, QStringLiteral("Median (h)")), QStringLiteral("17.00"));
        QCOMPARE(cell(times, red, QStringLiteral("90th percentile (h)")), QStringLiteral("22.60"));
        QCOMPARE(cell(times, ui::trackTitle(policy::Track::Yellow), QStringLiteral("Decided")), QStringLiteral("0"));
        const auto *requests = m_window->view()->table(ui::DashboardFigure::Requests);
        QCOMPARE(cell(requests, red, QStringLiteral("Total")), QStringLiteral("2"));
        QCOMPARE(cell(requests, ui::trackTitle(policy::Track::Yellow), QStringLiteral("Total")), QStringLiteral("0"));

        if (const QString shots = qEnvironmentVariable("COUNTERSIGN_TEST_SHOTS"); !shots.isEmpty()) {
            m_window->setPeriod({});
            waitForFigures();
            QTest::qWait(300); // let the charts lay out before grabbing
            QDir().mkpath(shots);
            QVERIFY(m_window->grab().save(QDir(shots).filePath(QStringLiteral("dashboard.png"))));
            QWidget *inner = m_window->view();
            inner->resize(inner->sizeHint().expandedTo(QSize(1280, 0)));
            QVERIFY(inner->grab().save(QDir(shots).filePath(QStringLiteral("dashboard-full.png"))));
        }
    }
};

QTEST_MAIN(TestDashboardWindow)
#include "tst_dashboard.moc"
