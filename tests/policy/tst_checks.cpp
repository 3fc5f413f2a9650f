// The lint-style checks (contract section 3): each check's severity and subject, with a case
// where it fires and one where it just does not, on doubles as computed; app and pipeline
// checks; the track.requested_lower finding of a review.

#include "PolicyTestSupport.h"

#include "metrics/Fairness.h"
#include "policy/Checks.h"
#include "review/Review.h"

#include <QTest>

#include <cmath>
#include <limits>

using namespace cs::policy;
using cs::Json;
using cs::metrics::AttributeFairness;
using cs::metrics::FeatureDrift;
using cs::metrics::ReviewMetrics;
using cs::package::Manifest;
using cs::test::manifest;
using cs::test::severityName;
using cs::test::testPolicy;

namespace {

constexpr double kNull = std::numeric_limits<double>::quiet_NaN(); // "null" in data tables

std::optional<double> opt(double v)
{
    return std::isnan(v) ? std::nullopt : std::optional<double>(v);
}

struct Run
{
    Track track = Track::Green;
    bool hasAttributions = true;
    Policy policy = testPolicy();
};

std::vector<Finding> check(const Manifest &m, const ReviewMetrics *metrics, const Run &run = {})
{
    CheckInput input;
    input.manifest = &m;
    input.metrics = metrics;
    input.policy = &run.policy;
    input.track = run.track;
    input.hasAttributions = run.hasAttributions;
    return runChecks(input);
}

std::vector<Finding> checkPatch(std::string_view patch, const ReviewMetrics &metrics = {}, const Run &run = {})
{
    return check(manifest(patch), &metrics, run);
}

std::vector<const Finding *> named(const std::vector<Finding> &findings, const std::string &id)
{
    std::vector<const Finding *> out;
    for (const auto &f : findings) {
        if (f.check == id)
            out.push_back(&f);
    }
    return out;
}

QByteArray list(const std::vector<Finding> &findings)
{
    QByteArray out("findings:");
    for (const auto &f : findings)
        out += ' ' + QByteArray::fromStdString(toString(f.severity) + ':' + f.key());
    return out;
}

// The one finding of `id`, its severity as text ("" when the check did not fire).
QByteArray severityOf(const std::vector<Finding> &findings, const std::string &id)
{
    const auto found = named(findings, id);
    if (found.empty())
        return QByteArray();
    if (found.size() > 1)
        return QByteArray("(several)");
    return severityName(found.front()->severity);
}

QByteArray subjectOf(const Finding &f)
{
    return f.subject ? QByteArray::fromStdString(*f.subject) : QByteArray("(package)");
}

AttributeFairness fairness(const std::string &attribute, double ratio, double odds = 0.0)
{
    AttributeFairness a;
    a.attribute = attribute;
    a.disparateImpactRatio = opt(ratio);
    a.equalizedOddsDifference = odds;
    return a;
}

FeatureDrift drift(const std::string &feature, double psi)
{
    FeatureDrift d;
    d.feature = feature;
    d.psi = opt(psi);
    return d;
}

const char *kCleanApp = R"({
  "schema": "countersign.package/v1", "id": "req-app-1", "kind": "app", "name": "statements-portal",
  "version": "5.2.0", "submitted_by": "dev@bank.example", "submitted_at": "2024-05-01T10:00:00Z",
  "use_case": {"domain": "internal_ops", "decision": "none", "customer_facing": true, "regulations": []},
  "app": {"code_review_approvals": 2, "security_scan": {"critical": 0, "high": 3}, "integration_tests_passed": true,
          "staging_validated": true, "contains_pii": false, "risk": "high"},
  "rollback": {"target_version": "5.1.0", "plan": "Redeploy 5.1.0.", "max_minutes": 10, "downstream_consumers": []},
  "artifacts": []
})";

const char *kCleanPipeline = R"({
  "schema": "countersign.package/v1", "id": "req-pipe-1", "kind": "data_pipeline", "name": "daily-balances",
  "version": "1.4.0", "submitted_by": "de@bank.example", "submitted_at": "2024-05-01T10:00:00Z",
  "use_case": {"domain": "internal_ops", "decision": "none", "customer_facing": false, "regulations": []},
  "data_sources": [{"name": "core_banking.accounts", "contains_pii": false}],
  "pipeline": {"data_quality_checks_passed": true, "lineage_documented": true, "freshness_sla_hours": 24,
               "monthly_cost_usd": 900, "monthly_budget_usd": 1000, "contains_pii": true},
  "artifacts": []
})";

} // namespace

class TestChecks final : public QObject
{
    Q_OBJECT

private slots:
    void cleanModelHasNoFindings()
    {
        const auto findings = checkPatch("{}");
        QVERIFY2(findings.empty(), list(findings).constData());
        // Without metrics at all (no evaluation data) the manifest checks alone stay quiet too.
        const auto noMetrics = check(manifest(), nullptr);
        QVERIFY2(noMetrics.empty(), list(noMetrics).constData());
    }

    void reportedMismatch_data()
    {
        QTest::addColumn<double>("reported");
        QTest::addColumn<double>("recomputed");
        QTest::addColumn<QByteArray>("severity");
        // abs_diff > 0.005 on the doubles as computed:
        // |0.805 - 0.8| = 0.0050000000000000044 > 0.005 -> fail (on paper exactly 0.005)
        QTest::newRow("0.805 vs 0.8: 0.0050000000000000044") << 0.805 << 0.8 << QByteArray("fail");
        // |0.1 - 0.105| = 0.0049999999999999906 -> no finding
        QTest::newRow("0.1 vs 0.105: 0.0049999999999999906") << 0.1 << 0.105 << QByteArray();
        QTest::newRow("0.75 vs 0.8") << 0.75 << 0.8 << QByteArray("fail");
        QTest::newRow("equal") << 0.8 << 0.8 << QByteArray();
        QTest::newRow("not recomputable") << 0.8 << kNull << QByteArray();
    }

    void reportedMismatch()
    {
        QFETCH(double, reported);
        QFETCH(double, recomputed);
        QFETCH(QByteArray, severity);
        ReviewMetrics m;
        cs::metrics::ReportedComparison c;
        c.metric = "auc";
        c.reported = reported;
        c.recomputed = opt(recomputed);
        if (c.recomputed)
            c.absDiff = std::fabs(reported - *c.recomputed);
        m.reportedVsRecomputed.push_back(c);
        const auto findings = checkPatch("{}", m);
        QCOMPARE(severityOf(findings, "metrics.reported_mismatch"), severity);
        if (!severity.isEmpty())
            QVERIFY(!named(findings, "metrics.reported_mismatch").front()->subject);
    }

    void testsAutomated_data()
    {
        QTest::addColumn<QByteArray>("patch");
        QTest::addColumn<QByteArray>("severity");
        QTest::newRow("passed") << QByteArray("{}") << QByteArray();
        QTest::newRow("failed") << QByteArray(R"({"tests": {"automated_passed": false}})") << QByteArray("fail");
        QTest::newRow("not stated") << QByteArray(R"({"tests": {"automated_passed": null}})") << QByteArray("warn");
        QTest::newRow("no tests section") << QByteArray(R"({"tests": null})") << QByteArray("warn");
    }

    void testsAutomated()
    {
        QFETCH(QByteArray, patch);
        QFETCH(QByteArray, severity);
        QCOMPARE(severityOf(checkPatch(patch.toStdString()), "tests.automated"), severity);
    }

    void piiUnapprovedPerSource()
    {
        const auto findings = checkPatch(R"({"data_sources": [
            {"name": "core_banking.accounts", "contains_pii": true, "pii_approval_ref": "DG-1"},
            {"name": "crm.customers", "contains_pii": true},
            {"name": "crm.notes", "contains_pii": false}]})");
        const auto pii = named(findings, "pii.unapproved");
        QCOMPARE(pii.size(), std::size_t(1));
        QCOMPARE(severityName(pii.front()->severity), QByteArray("fail"));
        QCOMPARE(subjectOf(*pii.front()), QByteArray("crm.customers"));
    }

    void disparateImpact_data()
    {
        QTest::addColumn<double>("ratio");
        QTest::addColumn<QByteArray>("severity");
        QTest::newRow("0.79999") << 0.79999 << QByteArray("fail");
        QTest::newRow("0.8") << 0.8 << QByteArray("warn"); // not below 0.8, below 0.9
        QTest::newRow("4/5 as computed") << 4.0 / 5.0 << QByteArray("warn"); // 4/5 is the double 0.8
        QTest::newRow("0.89999") << 0.89999 << QByteArray("warn");
        QTest::newRow("0.9") << 0.9 << QByteArray();
        QTest::newRow("1") << 1.0 << QByteArray();
        QTest::newRow("null") << kNull << QByteArray();
    }

    void disparateImpact()
    {
        QFETCH(double, ratio);
        QFETCH(QByteArray, severity);
        ReviewMetrics m;
        m.fairness = std::vector<AttributeFairness>{fairness("age_band", ratio)};
        const auto findings = checkPatch("{}", m);
        QCOMPARE(severityOf(findings, "fairness.disparate_impact"), severity);
        if (!severity.isEmpty())
            QCOMPARE(subjectOf(*named(findings, "fairness.disparate_impact").front()), QByteArray("age_band"));
    }

    void disparateImpactPerAttribute()
    {
        // age_band fails the four-fifths rule while sex only warns: one finding each.
        ReviewMetrics m;
        AttributeFairness age = fairness("age_band", 0.7);
        age.favourableRate = true;
        m.fairness = std::vector<AttributeFairness>{age, fairness("sex", 0.85)};
        const auto findings = checkPatch(R"({"protected_attributes": ["age_band", "sex"]})", m);
        const auto di = named(findings, "fairness.disparate_impact");
        QCOMPARE(di.size(), std::size_t(2));
        QCOMPARE(subjectOf(*di[0]), QByteArray("age_band"));
        QCOMPARE(severityName(di[0]->severity), QByteArray("fail"));
        QCOMPARE(QByteArray::fromStdString(di[0]->evidence["rate"].get<std::string>()), QByteArray("favourable"));
        QCOMPARE(subjectOf(*di[1]), QByteArray("sex"));
        QCOMPARE(severityName(di[1]->severity), QByteArray("warn"));
        QCOMPARE(QByteArray::fromStdString(di[1]->evidence["rate"].get<std::string>()), QByteArray("selection"));
        QCOMPARE(QByteArray::fromStdString(di[0]->key()), QByteArray("fairness.disparate_impact:age_band"));
    }

    void equalizedOdds_data()
    {
        QTest::addColumn<double>("difference");
        QTest::addColumn<QByteArray>("severity");
        QTest::newRow("0.1") << 0.1 << QByteArray();
        QTest::newRow("0.10001") << 0.10001 << QByteArray("warn");
        // 0.3 - 0.2 = 0.09999999999999998 in doubles: not above 0.1
        QTest::newRow("0.3 - 0.2") << 0.3 - 0.2 << QByteArray();
        QTest::newRow("0.5") << 0.5 << QByteArray("warn");
    }

    void equalizedOdds()
    {
        QFETCH(double, difference);
        QFETCH(QByteArray, severity);
        ReviewMetrics m;
        m.fairness = std::vector<AttributeFairness>{fairness("sex", 1.0, difference)};
        const auto findings = checkPatch(R"({"protected_attributes": ["sex"]})", m);
        QCOMPARE(severityOf(findings, "fairness.equalized_odds"), severity);
        if (!severity.isEmpty())
            QCOMPARE(subjectOf(*named(findings, "fairness.equalized_odds").front()), QByteArray("sex"));
    }

    void smallGroupAtTheBoundary()
    {
        // Groups of 29 and 30 under the default minimum 30: only the 29 is small.
        cs::package::CategoricalColumn column;
        column.levels = {"18-25", "26-40"};
        column.codes.assign(29, 0);
        column.codes.insert(column.codes.end(), 30, 1);
        const std::vector<double> labels(59, 0.0), scores(59, 0.1);
        const Policy policy = testPolicy();
        ReviewMetrics m;
        m.fairness = std::vector<AttributeFairness>{
            cs::metrics::attributeFairness("age_band", column, labels, scores, 0.5, true, policy.minGroupSize)};
        const auto findings = checkPatch("{}", m);
        const auto small = named(findings, "fairness.small_group");
        QCOMPARE(small.size(), std::size_t(1));
        QCOMPARE(severityName(small.front()->severity), QByteArray("warn"));
        QCOMPARE(subjectOf(*small.front()), QByteArray("age_band"));
        QCOMPARE(small.front()->evidence["groups"].dump(), std::string(R"({"18-25":29})"));

        // Both groups of 30: no finding.
        column.codes.assign(30, 0);
        column.codes.insert(column.codes.end(), 30, 1);
        const std::vector<double> labels60(60, 0.0), scores60(60, 0.1);
        m.fairness = std::vector<AttributeFairness>{
            cs::metrics::attributeFairness("age_band", column, labels60, scores60, 0.5, true, policy.minGroupSize)};
        QCOMPARE(severityOf(checkPatch("{}", m), "fairness.small_group"), QByteArray());
    }

    void fairnessNotTested_data()
    {
        QTest::addColumn<QByteArray>("patch");
        QTest::addColumn<QByteArray>("severity");
        QTest::newRow("facing, none listed")
            << QByteArray(R"({"use_case": {"customer_facing": true}, "protected_attributes": []})") << QByteArray("warn");
        QTest::newRow("facing, listed") << QByteArray(R"({"use_case": {"customer_facing": true}})") << QByteArray();
        QTest::newRow("internal, none listed") << QByteArray(R"({"protected_attributes": []})") << QByteArray();
    }

    void fairnessNotTested()
    {
        QFETCH(QByteArray, patch);
        QFETCH(QByteArray, severity);
        QCOMPARE(severityOf(checkPatch(patch.toStdString()), "fairness.not_tested"), severity);
    }

    void explainabilityMissing_data()
    {
        QTest::addColumn<QByteArray>("patch");
        QTest::addColumn<bool>("attributions");
        QTest::addColumn<bool>("fails");
        QTest::newRow("green domain, nothing") << QByteArray(R"({"explainability": null})") << false << false;
        QTest::newRow("credit, complete") << QByteArray(R"({"use_case": {"domain": "credit"}})") << true << false;
        QTest::newRow("credit, no attributions") << QByteArray(R"({"use_case": {"domain": "credit"}})") << false << true;
        QTest::newRow("credit, reason codes off")
            << QByteArray(R"({"use_case": {"domain": "credit"}, "explainability": {"reason_codes": false}})") << true << true;
        QTest::newRow("credit, reason codes not stated")
            << QByteArray(R"({"use_case": {"domain": "credit"}, "explainability": {"method": "shap", "reason_codes": null}})")
            << true << true;
        QTest::newRow("regulated green domain")
            << QByteArray(R"({"use_case": {"regulations": ["ECOA"]}})") << false << true;
        QTest::newRow("pricing automated") << QByteArray(R"({"use_case": {"domain": "pricing", "decision": "automated"}})")
                                           << false << true;
        QTest::newRow("pricing human_in_loop (yellow)")
            << QByteArray(R"({"use_case": {"domain": "pricing", "decision": "human_in_loop"}})") << false << false;
    }

    void explainabilityMissing()
    {
        QFETCH(QByteArray, patch);
        QFETCH(bool, attributions);
        QFETCH(bool, fails);
        Run run;
        run.hasAttributions = attributions;
        const auto findings = checkPatch(patch.toStdString(), {}, run);
        QCOMPARE(severityOf(findings, "explainability.missing"), fails ? QByteArray("fail") : QByteArray());
    }

    void explainabilityProtectedReason_data()
    {
        QTest::addColumn<double>("frequency");
        QTest::addColumn<bool>("fails");
        QTest::newRow("in 10% of reasons") << 0.1 << true;
        QTest::newRow("in one of many") << 1e-6 << true;
        QTest::newRow("never") << 0.0 << false;
        QTest::newRow("no adverse rows") << kNull << false;
    }

    void explainabilityProtectedReason()
    {
        QFETCH(double, frequency);
        QFETCH(bool, fails);
        ReviewMetrics m;
        cs::metrics::ExplainabilityResult e;
        e.reasonCodeFrequency = {{"tenure_months", 1.0}, {"age_band", opt(frequency)}};
        m.explainability = e;
        const auto findings = checkPatch("{}", m);
        QCOMPARE(severityOf(findings, "explainability.protected_reason"), fails ? QByteArray("fail") : QByteArray());
        if (fails)
            QCOMPARE(subjectOf(*named(findings, "explainability.protected_reason").front()), QByteArray("age_band"));
    }

    void explainabilityUnstable_data()
    {
        QTest::addColumn<double>("spearman");
        QTest::addColumn<double>("overlap");
        QTest::addColumn<bool>("warns");
        QTest::newRow("at both minimums") << 0.7 << 0.6 << false;
        QTest::newRow("3/5 as computed") << 0.7 << 3.0 / 5.0 << false; // 3/5 is the double 0.6
        QTest::newRow("spearman 0.69999") << 0.69999 << 0.6 << true;
        QTest::newRow("overlap 0.4") << 0.7 << 0.4 << true;
        QTest::newRow("spearman null") << kNull << 0.6 << false;
        QTest::newRow("overlap null, spearman low") << 0.5 << kNull << true;
        QTest::newRow("both null") << kNull << kNull << false;
    }

    void explainabilityUnstable()
    {
        QFETCH(double, spearman);
        QFETCH(double, overlap);
        QFETCH(bool, warns);
        ReviewMetrics m;
        cs::metrics::ExplainabilityResult e;
        e.stabilitySpearman = opt(spearman);
        e.top5Overlap = opt(overlap);
        m.explainability = e;
        const auto findings = checkPatch("{}", m);
        QCOMPARE(severityOf(findings, "explainability.unstable"), warns ? QByteArray("warn") : QByteArray());
    }

    void driftMonitoring_data()
    {
        QTest::addColumn<QByteArray>("patch");
        QTest::addColumn<int>("track");
        QTest::addColumn<QByteArray>("severity");
        QTest::newRow("both on") << QByteArray("{}") << int(Track::Red) << QByteArray();
        QTest::newRow("data off, red") << QByteArray(R"({"monitoring": {"data_drift": {"enabled": false}}})") << int(Track::Red)
                                       << QByteArray("fail");
        QTest::newRow("data off, yellow") << QByteArray(R"({"monitoring": {"data_drift": {"enabled": false}}})")
                                          << int(Track::Yellow) << QByteArray("warn");
        QTest::newRow("concept off, green") << QByteArray(R"({"monitoring": {"concept_drift": {"enabled": false}}})")
                                            << int(Track::Green) << QByteArray("warn");
        QTest::newRow("no monitoring, red") << QByteArray(R"({"monitoring": null})") << int(Track::Red) << QByteArray("fail");
        QTest::newRow("not stated, yellow") << QByteArray(R"({"monitoring": {"concept_drift": {"enabled": null}}})")
                                            << int(Track::Yellow) << QByteArray("warn");
    }

    void driftMonitoring()
    {
        QFETCH(QByteArray, patch);
        QFETCH(int, track);
        QFETCH(QByteArray, severity);
        Run run;
        run.track = static_cast<Track>(track);
        QCOMPARE(severityOf(checkPatch(patch.toStdString(), {}, run), "drift.monitoring"), severity);
    }

    void driftShift_data()
    {
        QTest::addColumn<double>("psi");
        QTest::addColumn<QByteArray>("severity");
        QTest::newRow("0.25") << 0.25 << QByteArray("warn");
        QTest::newRow("0.2499") << 0.2499 << QByteArray("info");
        QTest::newRow("0.1") << 0.1 << QByteArray("info");
        QTest::newRow("0.0999") << 0.0999 << QByteArray();
        QTest::newRow("0") << 0.0 << QByteArray();
        QTest::newRow("null") << kNull << QByteArray();
        QTest::newRow("huge") << 7.0 << QByteArray("warn");
    }

    void driftShift()
    {
        QFETCH(double, psi);
        QFETCH(QByteArray, severity);
        ReviewMetrics m;
        m.drift = std::vector<FeatureDrift>{drift("tenure_months", psi)};
        const auto findings = checkPatch("{}", m);
        QCOMPARE(severityOf(findings, "drift.shift"), severity);
        if (!severity.isEmpty())
            QCOMPARE(subjectOf(*named(findings, "drift.shift").front()), QByteArray("tenure_months"));
    }

    void driftShiftPerFeature()
    {
        ReviewMetrics m;
        m.drift = std::vector<FeatureDrift>{drift("a", 0.3), drift("b", 0.05), drift("c", 0.12)};
        const auto findings = checkPatch("{}", m);
        const auto shift = named(findings, "drift.shift");
        QCOMPARE(shift.size(), std::size_t(2));
        QCOMPARE(subjectOf(*shift[0]), QByteArray("a"));
        QCOMPARE(severityName(shift[0]->severity), QByteArray("warn"));
        QCOMPARE(subjectOf(*shift[1]), QByteArray("c"));
        QCOMPARE(severityName(shift[1]->severity), QByteArray("info"));
    }

    void performanceRegression_data()
    {
        QTest::addColumn<double>("changePct");
        QTest::addColumn<QByteArray>("severity");
        QTest::newRow("-2.001") << -2.001 << QByteArray("warn");
        QTest::newRow("-2") << -2.0 << QByteArray();
        QTest::newRow("-1") << -1.0 << QByteArray();
        QTest::newRow("+10") << 10.0 << QByteArray();
        QTest::newRow("-20") << -20.0 << QByteArray("warn");
        QTest::newRow("null") << kNull << QByteArray();
    }

    void performanceRegression()
    {
        QFETCH(double, changePct);
        QFETCH(QByteArray, severity);
        ReviewMetrics m;
        m.primaryMetric = "auc";
        m.primaryChangePct = opt(changePct);
        QCOMPARE(severityOf(checkPatch("{}", m), "performance.regression"), severity);
    }

    void costBudget_data()
    {
        QTest::addColumn<int>("overBudget"); // -1 null, 0 false, 1 true
        QTest::addColumn<double>("changePct");
        QTest::addColumn<QByteArray>("severity");
        QTest::newRow("over budget and dearer: one fail") << 1 << 30.0 << QByteArray("fail");
        QTest::newRow("over budget") << 1 << 0.0 << QByteArray("fail");
        QTest::newRow("+25.001%") << 0 << 25.001 << QByteArray("warn");
        QTest::newRow("+25%") << 0 << 25.0 << QByteArray();
        QTest::newRow("cheaper") << 0 << -40.0 << QByteArray();
        QTest::newRow("nothing known") << -1 << kNull << QByteArray();
        QTest::newRow("no budget, +30%") << -1 << 30.0 << QByteArray("warn");
    }

    void costBudget()
    {
        QFETCH(int, overBudget);
        QFETCH(double, changePct);
        QFETCH(QByteArray, severity);
        ReviewMetrics m;
        cs::metrics::CostEstimate cost;
        cost.monthlyEstimateUsd = 1234.5;
        cost.changePct = opt(changePct);
        if (overBudget >= 0)
            cost.overBudget = overBudget == 1;
        m.cost = cost;
        QCOMPARE(severityOf(checkPatch("{}", m), "cost.budget"), severity);
    }

    void rollbackPlan_data()
    {
        QTest::addColumn<QByteArray>("patch");
        QTest::addColumn<QByteArray>("severity");
        QTest::newRow("complete") << QByteArray("{}") << QByteArray();
        QTest::newRow("no target") << QByteArray(R"({"rollback": {"target_version": null}})") << QByteArray("fail");
        QTest::newRow("empty target") << QByteArray(R"({"rollback": {"target_version": ""}})") << QByteArray("fail");
        QTest::newRow("no plan") << QByteArray(R"({"rollback": {"plan": null}})") << QByteArray("fail");
        QTest::newRow("no rollback section") << QByteArray(R"({"rollback": null})") << QByteArray("fail");
    }

    void rollbackPlan()
    {
        QFETCH(QByteArray, patch);
        QFETCH(QByteArray, severity);
        QCOMPARE(severityOf(checkPatch(patch.toStdString()), "rollback.plan"), severity);
    }

    void rollbackNotify_data()
    {
        QTest::addColumn<double>("flipRate");
        QTest::addColumn<bool>("consumers");
        QTest::addColumn<QByteArray>("severity");
        QTest::newRow("0.01, none named") << 0.01 << false << QByteArray();
        QTest::newRow("0.0101, none named") << 0.0101 << false << QByteArray("warn");
        QTest::newRow("0.0101, named") << 0.0101 << true << QByteArray();
        // 1 flip in 99 rows: 0.0101... > 0.01
        QTest::newRow("1/99, none named") << 1.0 / 99.0 << false << QByteArray("warn");
        // 1 flip in 100 rows: the double 0.01 itself
        QTest::newRow("1/100, none named") << 1.0 / 100.0 << false << QByteArray();
        QTest::newRow("null") << kNull << false << QByteArray();
    }

    void rollbackNotify()
    {
        QFETCH(double, flipRate);
        QFETCH(bool, consumers);
        QFETCH(QByteArray, severity);
        ReviewMetrics m;
        cs::metrics::DecisionImpact impact;
        impact.overall.flipRate = opt(flipRate);
        m.decisionImpact = impact;
        const std::string patch =
            consumers ? "{}" : R"({"rollback": {"downstream_consumers": []}})";
        QCOMPARE(severityOf(checkPatch(patch, m), "rollback.notify"), severity);
    }

    void abtestMissing_data()
    {
        QTest::addColumn<QByteArray>("patch");
        QTest::addColumn<QByteArray>("severity");
        QTest::newRow("internal, no plan") << QByteArray("{}") << QByteArray();
        QTest::newRow("facing, no plan") << QByteArray(R"({"use_case": {"customer_facing": true}})") << QByteArray("warn");
        QTest::newRow("facing, plan") << QByteArray(R"({"use_case": {"customer_facing": true},
            "ab_test": {"traffic_percent": 10, "duration_days": 14, "success_metric": "ctr", "guardrails": ["complaints"]}})")
                                      << QByteArray();
    }

    void abtestMissing()
    {
        QFETCH(QByteArray, patch);
        QFETCH(QByteArray, severity);
        QCOMPARE(severityOf(checkPatch(patch.toStdString()), "abtest.missing"), severity);
    }

    void lineage_data()
    {
        QTest::addColumn<QByteArray>("patch");
        QTest::addColumn<QByteArray>("severity");
        QTest::addColumn<QByteArray>("subject");
        QTest::newRow("complete") << QByteArray("{}") << QByteArray() << QByteArray();
        QTest::newRow("no lineage") << QByteArray(R"({"lineage": null})") << QByteArray("fail") << QByteArray("(package)");
        QTest::newRow("no datasets") << QByteArray(R"({"lineage": {"training_datasets": []}})") << QByteArray("fail")
                                     << QByteArray("(package)");
        QTest::newRow("dataset without sha256")
            << QByteArray(R"({"lineage": {"training_datasets": [{"name": "a", "sha256": "aa"}, {"name": "b"}]}})")
            << QByteArray("warn") << QByteArray("b");
        QTest::newRow("dataset with empty sha256")
            << QByteArray(R"({"lineage": {"training_datasets": [{"name": "c", "sha256": ""}]}})") << QByteArray("warn")
            << QByteArray("c");
    }

    void lineage()
    {
        QFETCH(QByteArray, patch);
        QFETCH(QByteArray, severity);
        QFETCH(QByteArray, subject);
        const auto findings = checkPatch(patch.toStdString());
        QCOMPARE(severityOf(findings, "lineage.missing"), severity);
        if (!severity.isEmpty())
            QCOMPARE(subjectOf(*named(findings, "lineage.missing").front()), subject);
    }

    void packageLevelChecksHaveNoSubject()
    {
        // Everything about the package as a whole fires at once; each of these has subject null
        // (and so the audit key "<check>:").
        ReviewMetrics m;
        cs::metrics::ReportedComparison c{"auc", 0.9, 0.8, std::fabs(0.9 - 0.8)};
        m.reportedVsRecomputed.push_back(c);
        cs::metrics::ExplainabilityResult e;
        e.stabilitySpearman = 0.1;
        m.explainability = e;
        m.primaryChangePct = -10;
        cs::metrics::CostEstimate cost;
        cost.overBudget = true;
        cost.monthlyEstimateUsd = 100;
        m.cost = cost;
        cs::metrics::DecisionImpact impact;
        impact.overall.flipRate = 0.5;
        m.decisionImpact = impact;
        Run run;
        run.hasAttributions = false;
        run.track = Track::Red;
        const auto findings = checkPatch(R"({"use_case": {"domain": "credit", "customer_facing": true},
            "protected_attributes": [], "tests": null, "monitoring": null, "lineage": null,
            "rollback": {"plan": null, "downstream_consumers": []}})", m, run);
        const std::vector<std::string> expected{
            "metrics.reported_mismatch", "tests.automated", "fairness.not_tested", "explainability.missing",
            "explainability.unstable", "drift.monitoring", "performance.regression", "cost.budget",
            "rollback.plan", "rollback.notify", "abtest.missing", "lineage.missing"};
        QVERIFY2(findings.size() == expected.size(), list(findings).constData());
        for (const auto &id : expected) {
            const auto found = named(findings, id);
            QVERIFY2(found.size() == 1, id.c_str());
            QVERIFY2(!found.front()->subject, id.c_str());
            QCOMPARE(QByteArray::fromStdString(found.front()->key()), QByteArray::fromStdString(id + ':'));
        }
        QCOMPARE(severityOf(findings, "tests.automated"), QByteArray("warn"));
        QCOMPARE(severityOf(findings, "drift.monitoring"), QByteArray("fail"));
        QCOMPARE(severityOf(findings, "cost.budget"), QByteArray("fail"));
        QCOMPARE(severityOf(findings, "lineage.missing"), QByteArray("fail"));
    }

    void orderedFailWarnInfo()
    {
        ReviewMetrics m;
        m.drift = std::vector<FeatureDrift>{drift("x", 0.15)};                   // info
        m.fairness = std::vector<AttributeFairness>{fairness("age_band", 0.5)}; // fail
        const auto findings = checkPatch(R"({"tests": {"automated_passed": null}, "lineage": null})", m);
        // fail: fairness.disparate_impact, lineage.missing; warn: tests.automated; info: drift.shift
        QVERIFY2(findings.size() == 4, list(findings).constData());
        for (std::size_t i = 1; i < findings.size(); ++i)
            QVERIFY2(findings[i - 1].severity <= findings[i].severity, list(findings).constData());
        QCOMPARE(QByteArray::fromStdString(findings.back().check), QByteArray("drift.shift"));
    }

    void withinASeverityInTheContractsOrder()
    {
        // Checks.h promises the contract table's order within a severity: every
        // fairness.disparate_impact finding before any fairness.small_group finding.
        ReviewMetrics m;
        AttributeFairness age = fairness("age_band", 1.0);
        age.groups.push_back({"18-25", 5, {}, {}, {}, {}, {}, {}, true});
        m.fairness = std::vector<AttributeFairness>{age, fairness("sex", 0.85)};
        const auto findings = checkPatch(R"({"protected_attributes": ["age_band", "sex"]})", m);
        QVERIFY2(findings.size() == 2, list(findings).constData());
        QCOMPARE(QByteArray::fromStdString(findings[0].key()), QByteArray("fairness.disparate_impact:sex"));
        QCOMPARE(QByteArray::fromStdString(findings[1].key()), QByteArray("fairness.small_group:age_band"));
    }

    void appChecks_data()
    {
        QTest::addColumn<QByteArray>("patch");
        QTest::addColumn<QByteArray>("failing"); // the one check expected, "" for none
        QTest::newRow("clean (high risk, high findings are track rules only)") << QByteArray("{}") << QByteArray();
        QTest::newRow("one approval") << QByteArray(R"({"app": {"code_review_approvals": 1}})") << QByteArray("app.code_review");
        QTest::newRow("approvals not stated") << QByteArray(R"({"app": {"code_review_approvals": null}})")
                                              << QByteArray("app.code_review");
        QTest::newRow("a critical finding") << QByteArray(R"({"app": {"security_scan": {"critical": 1}}})")
                                            << QByteArray("app.security_scan");
        QTest::newRow("integration tests failed") << QByteArray(R"({"app": {"integration_tests_passed": false}})")
                                                  << QByteArray("app.integration_tests");
        QTest::newRow("integration tests not stated") << QByteArray(R"({"app": {"integration_tests_passed": null}})")
                                                      << QByteArray("app.integration_tests");
        QTest::newRow("not validated in staging") << QByteArray(R"({"app": {"staging_validated": false}})")
                                                  << QByteArray("app.staging");
        QTest::newRow("pii in the container") << QByteArray(R"({"app": {"contains_pii": true}})") << QByteArray("app.pii");
        QTest::newRow("no rollback plan") << QByteArray(R"({"rollback": {"plan": ""}})") << QByteArray("rollback.plan");
    }

    void appChecks()
    {
        QFETCH(QByteArray, patch);
        QFETCH(QByteArray, failing);
        const auto findings = check(manifest(patch.toStdString(), kCleanApp), nullptr);
        if (failing.isEmpty()) {
            QVERIFY2(findings.empty(), list(findings).constData());
            return;
        }
        QVERIFY2(findings.size() == 1, list(findings).constData());
        QCOMPARE(QByteArray::fromStdString(findings.front().check), failing);
        QCOMPARE(severityName(findings.front().severity), QByteArray("fail"));
        QVERIFY(!findings.front().subject);
    }

    void pipelineChecks_data()
    {
        QTest::addColumn<QByteArray>("patch");
        QTest::addColumn<QByteArray>("expectedCheck");
        QTest::addColumn<QByteArray>("severity");
        QTest::newRow("clean (pii is a track rule only)") << QByteArray("{}") << QByteArray() << QByteArray();
        QTest::newRow("quality checks failed") << QByteArray(R"({"pipeline": {"data_quality_checks_passed": false}})")
                                               << QByteArray("pipeline.data_quality") << QByteArray("fail");
        QTest::newRow("lineage not documented") << QByteArray(R"({"pipeline": {"lineage_documented": null}})")
                                                << QByteArray("pipeline.lineage") << QByteArray("fail");
        QTest::newRow("no freshness sla") << QByteArray(R"({"pipeline": {"freshness_sla_hours": null}})")
                                          << QByteArray("pipeline.freshness") << QByteArray("warn");
    }

    void pipelineChecks()
    {
        QFETCH(QByteArray, patch);
        QFETCH(QByteArray, expectedCheck);
        QFETCH(QByteArray, severity);
        const auto findings = check(manifest(patch.toStdString(), kCleanPipeline), nullptr);
        if (expectedCheck.isEmpty()) {
            QVERIFY2(findings.empty(), list(findings).constData());
            return;
        }
        QVERIFY2(findings.size() == 1, list(findings).constData());
        QCOMPARE(QByteArray::fromStdString(findings.front().check), expectedCheck);
        QCOMPARE(severityName(findings.front().severity), severity);
    }

    void requestedLower_data()
    {
        QTest::addColumn<QByteArray>("patch");
        QTest::addColumn<QByteArray>("requested");
        QTest::addColumn<QByteArray>("track");
        QTest::addColumn<QByteArray>("rulesNamed");   // rules the finding must name, comma-separated
        QTest::addColumn<QByteArray>("rulesUnnamed"); // rules it must not name
        // regulated (red) + tests_not_passed (yellow)
        const QByteArray redAndYellow(R"({"use_case": {"regulations": ["ECOA"]}, "tests": {"automated_passed": false}})");
        QTest::newRow("green requested, red assigned") << redAndYellow << QByteArray("green") << QByteArray("red")
                                                       << QByteArray("regulated,tests_not_passed") << QByteArray();
        QTest::newRow("yellow requested, red assigned") << redAndYellow << QByteArray("yellow") << QByteArray("red")
                                                        << QByteArray("regulated") << QByteArray("tests_not_passed");
        QTest::newRow("red requested, red assigned") << redAndYellow << QByteArray("red") << QByteArray("red") << QByteArray()
                                                     << QByteArray();
        QTest::newRow("red requested, green assigned") << QByteArray("{}") << QByteArray("red") << QByteArray("green")
                                                       << QByteArray() << QByteArray();
        QTest::newRow("green requested, yellow assigned") << QByteArray(R"({"tests": {"automated_passed": false}})")
                                                          << QByteArray("green") << QByteArray("yellow")
                                                          << QByteArray("tests_not_passed") << QByteArray();
    }

    void requestedLower()
    {
        QFETCH(QByteArray, patch);
        QFETCH(QByteArray, requested);
        QFETCH(QByteArray, track);
        QFETCH(QByteArray, rulesNamed);
        QFETCH(QByteArray, rulesUnnamed);
        Json withRequest = Json::parse(patch.toStdString());
        withRequest["requested_track"] = requested.toStdString();
        cs::package::LoadedPackage package;
        package.manifest = manifest(withRequest.dump());
        const cs::review::Review review = cs::review::reviewLoaded(package, testPolicy());
        QCOMPARE(cs::test::trackName(review.track), track);
        const auto lower = named(review.findings, "track.requested_lower");
        if (rulesNamed.isEmpty()) {
            QVERIFY(lower.empty());
            return;
        }
        QCOMPARE(lower.size(), std::size_t(1));
        const Finding &f = *lower.front();
        QCOMPARE(severityName(f.severity), QByteArray("info"));
        QVERIFY(!f.subject);
        const QByteArray message = QByteArray::fromStdString(f.message);
        for (const QByteArray &rule : rulesNamed.split(','))
            QVERIFY2(message.contains(rule), message.constData());
        if (!rulesUnnamed.isEmpty()) {
            for (const QByteArray &rule : rulesUnnamed.split(','))
                QVERIFY2(!message.contains(rule), message.constData());
        }
        // Asking never decides: the review keeps the assigned track and its sign-offs.
        QVERIFY(review.requiredSignoffs == testPolicy().requiredSignoffs("ml_model", review.track));
        QVERIFY(!review.requiredSignoffs.empty());
    }

    void requestedTrackNeverDecides()
    {
        // An unknown requested track adds nothing and changes nothing.
        cs::package::LoadedPackage package;
        package.manifest = manifest(R"({"requested_track": "blue"})");
        const auto review = cs::review::reviewLoaded(package, testPolicy());
        QCOMPARE(cs::test::trackName(review.track), QByteArray("green"));
        QVERIFY(named(review.findings, "track.requested_lower").empty());
        QVERIFY(review.requiredSignoffs.empty());
    }
};

QTEST_GUILESS_MAIN(TestChecks)
#include "tst_checks.moc"
