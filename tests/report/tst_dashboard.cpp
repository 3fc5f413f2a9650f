// The governance dashboard on a store built with known decision times; every expected figure
// is worked out by hand in the comments.
#include "audit/AuditStore.h"
#include "report/Dashboard.h"

#include <QTemporaryDir>
#include <QTest>

using namespace cs;

namespace {

constexpr std::int64_t kT0 = 1'780'000'000'000; // a fixed epoch in ms
constexpr std::int64_t kHour = 3'600'000;

std::int64_t at(double hours)
{
    return kT0 + static_cast<std::int64_t>(hours * static_cast<double>(kHour));
}

} // namespace

class TestDashboard : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<audit::AuditStore> m_store;
    std::optional<audit::SecretSeed> m_admin, m_analyst, m_risk, m_engineer;

    void append(const audit::SecretSeed &who, const char *type, const nlohmann::json &content, double hours)
    {
        auto e = m_store->append(who, type, content, at(hours));
        QVERIFY2(e.ok(), "append failed");
    }
    void receive(const std::string &id, const std::string &track, std::vector<std::string> signoffs,
                 std::vector<std::string> fails, double hours)
    {
        // The administrator records receipts, so that each feed's clock runs forward in call order.
        append(*m_admin, "package_received",
               {{"request_id", id}, {"package_digest", "d-" + id}, {"name", id}, {"version", "1"}, {"kind", "ml_model"},
                {"submitted_by", "ds@bank.example"}, {"track", track}, {"required_signoffs", signoffs},
                {"policy_digest", "p"}, {"fail_checks", fails}},
               hours);
    }
    void decide(const audit::SecretSeed &who, const std::string &id, const std::string &role, const std::string &decision,
                double hours)
    {
        append(who, "decision",
               {{"request_id", id}, {"package_digest", "d-" + id}, {"policy_digest", "p"}, {"track", "x"}, {"role", role},
                {"decision", decision}, {"conditions", nlohmann::json::array()}, {"comment", "because"}},
               hours);
    }

private slots:
    void initTestCase()
    {
        m_admin.emplace(std::move(audit::SecretSeed::generate()).value());
        m_analyst.emplace(std::move(audit::SecretSeed::generate()).value());
        m_risk.emplace(std::move(audit::SecretSeed::generate()).value());
        m_engineer.emplace(std::move(audit::SecretSeed::generate()).value());
        auto store = audit::AuditStore::create(m_dir.filePath(QStringLiteral("store.db")), m_admin->publicKey());
        QVERIFY(store.ok());
        m_store = std::move(store).value();
        auto grant = [](const audit::SecretSeed &s, const char *email, const char *role) {
            return nlohmann::json{{"key", s.publicKey().hex().toStdString()}, {"name", email}, {"email", email}, {"roles", {role}}};
        };
        append(*m_admin, "roster",
               {{"grants",
                 {grant(*m_analyst, "ana@bank.example", "ml_governance_analyst"), grant(*m_risk, "rui@bank.example", "risk_officer"),
                  grant(*m_engineer, "eve@bank.example", "ml_platform_engineer")}},
                {"revocations", nlohmann::json::array()}},
               -1);
        const std::vector<std::string> red{"ml_governance_analyst", "risk_officer"};
        const std::vector<std::string> yellow{"ml_platform_engineer"};
        // R1 red: received 0 h, approved 2 h and 10 h -> decided after 10 h.
        receive("R1", "red", red, {}, 0);
        decide(*m_analyst, "R1", "ml_governance_analyst", "approve", 2);
        decide(*m_risk, "R1", "risk_officer", "approve", 10);
        // R2 red: received 1 h, rejected 25 h -> decided after 24 h.
        receive("R2", "red", red, {"fairness.disparate_impact:age_band"}, 1);
        decide(*m_analyst, "R2", "ml_governance_analyst", "approve", 5);
        decide(*m_risk, "R2", "risk_officer", "reject", 25);
        // R3 yellow: received 2 h, approved 4 h -> 2 h.
        receive("R3", "yellow", yellow, {}, 2);
        decide(*m_engineer, "R3", "ml_platform_engineer", "approve", 4);
        // R4 yellow with a fail check covered by an exception granted at 8 h: approved 9 h -> 6 h.
        receive("R4", "yellow", yellow, {"cost.budget:"}, 3);
        append(*m_risk, "exception",
               {{"request_id", "R4"}, {"package_digest", "d-R4"}, {"covers", {"cost.budget:"}}, {"reason", "budget raised"},
                {"expires_ms", at(48 + 4 + 240)}},
               8);
        decide(*m_engineer, "R4", "ml_platform_engineer", "approve", 9);
        // R5 yellow pending since 4 h.
        receive("R5", "yellow", yellow, {"fairness.disparate_impact:age_band", "pii.unapproved:crm"}, 4);
        // R6 green: approved by policy at receipt -> 0 h.
        receive("R6", "green", {}, {}, 5);
    }

    void figures()
    {
        auto report = audit::verifyStore(*m_store, at(100));
        QVERIFY(report.ok());
        QVERIFY(report->clean());
        // The period ends 2 days after R5 arrived: R5 is 2 days old, in the "1-3 days" bucket.
        const auto d = report::buildDashboard(*report, policy::builtinPolicy(), kT0, at(4 + 48));

        QCOMPARE(d.requestsByTrackAndState.at("red").at("approved"), 1u);
        QCOMPARE(d.requestsByTrackAndState.at("red").at("rejected"), 1u);
        QCOMPARE(d.requestsByTrackAndState.at("yellow").at("approved"), 2u);
        QCOMPARE(d.requestsByTrackAndState.at("yellow").at("pending"), 1u);
        QCOMPARE(d.requestsByTrackAndState.at("green").at("approved"), 1u);

        // green [0]; yellow [2, 6]: median 4, p90 = 2 + 0.9 * 4 = 5.6, SLA 3 h -> 1 within;
        // red [10, 24]: median 17, p90 = 10 + 0.9 * 14 = 22.6, SLA 72 h -> 2 within.
        QCOMPARE(d.timeToDecision.size(), 3u);
        const auto &green = d.timeToDecision[0], &yellow = d.timeToDecision[1], &red = d.timeToDecision[2];
        QCOMPARE(green.track, std::string("green"));
        QCOMPARE(green.decided, 1u);
        QCOMPARE(*green.medianHours, 0.0);
        QCOMPARE(yellow.decided, 2u);
        QCOMPARE(*yellow.medianHours, 4.0);
        QVERIFY(std::fabs(*yellow.p90Hours - 5.6) < 1e-12);
        QCOMPARE(yellow.slaHours, 3.0);
        QCOMPARE(yellow.withinSla, 1u);
        QCOMPARE(*red.medianHours, 17.0);
        QVERIFY(std::fabs(*red.p90Hours - 22.6) < 1e-12);
        QCOMPARE(red.withinSla, 2u);

        const std::vector<std::pair<std::string, std::size_t>> backlog{
            {"under 1 day", 0}, {"1-3 days", 1}, {"3-7 days", 0}, {"over 7 days", 0}};
        QCOMPARE(d.backlogByAge, backlog);
        // Decisions: approvals R1 x2, R2 x1, R3, R4 = 5; one rejection.
        QCOMPARE(d.decisions.at("approve"), 5u);
        QCOMPARE(d.decisions.at("reject"), 1u);
        // Fail checks: the age_band one in R2 and R5, the others once each.
        QCOMPARE(d.failingChecks.front(), std::make_pair(std::string("fairness.disparate_impact:age_band"), std::size_t{2}));
        QCOMPARE(d.failingChecks.size(), 3u);
        QCOMPARE(d.exceptionsGranted, 1u);
        QCOMPARE(d.exceptionsExpiringSoon, 1u); // expires 10 days after the period ends

        const std::string csv = report::dashboardToCsv(d);
        QVERIFY(csv.find("time_to_decision,red/median_hours,17\n") != std::string::npos);
        QVERIFY(csv.find("backlog,1-3 days,1\n") != std::string::npos);
    }

    void periodFilters()
    {
        auto report = audit::verifyStore(*m_store, at(100));
        QVERIFY(report.ok());
        // Only R1..R3 were received in [0 h, 2.5 h).
        const auto d = report::buildDashboard(*report, policy::builtinPolicy(), kT0, at(2.5));
        std::size_t total = 0;
        for (const auto &[track, states] : d.requestsByTrackAndState)
            for (const auto &[state, n] : states)
                total += n;
        QCOMPARE(total, 3u);
    }

    void percentileMatchesNumpysLinearMethod()
    {
        // numpy.percentile([1, 2, 3, 4], 90) = 3.7 (h = 3 * 0.9 = 2.7 -> 3 + 0.7 * 1).
        QVERIFY(std::fabs(*report::percentile({4, 1, 3, 2}, 0.9) - 3.7) < 1e-12);
        QCOMPARE(*report::percentile({5}, 0.5), 5.0);
        QVERIFY(!report::percentile({}, 0.5).has_value());
    }
};

QTEST_GUILESS_MAIN(TestDashboard)
#include "tst_dashboard.moc"
