// Track rules (contract section 3): every rule with a case where it fires and one where it
// just does not, at the policy's boundaries, compared on doubles as computed.

#include "PolicyTestSupport.h"

#include "policy/TrackRules.h"

#include <QTest>

#include <limits>

using namespace cs::policy;
using cs::Json;
using cs::metrics::ReviewMetrics;
using cs::test::manifest;
using cs::test::testPolicy;
using cs::test::trackName;

namespace {

const RationaleLine *line(const std::vector<RationaleLine> &lines, const std::string &rule)
{
    for (const auto &l : lines) {
        if (l.rule == rule)
            return &l;
    }
    return nullptr;
}

bool fired(const std::vector<RationaleLine> &lines, const std::string &rule)
{
    return line(lines, rule) != nullptr;
}

QByteArray ruleList(const std::vector<RationaleLine> &lines)
{
    QByteArray out("fired:");
    for (const auto &l : lines)
        out += ' ' + QByteArray::fromStdString(l.rule);
    return out;
}

std::vector<RationaleLine> rulesFor(std::string_view patch, const ReviewMetrics *metrics = nullptr,
                                    const Policy &policy = testPolicy())
{
    return fireTrackRules(manifest(patch), metrics, policy);
}

std::string patchOf(const Json &json)
{
    return json.dump();
}

const char *kCleanApp = R"({
  "schema": "countersign.package/v1", "id": "req-app-1", "kind": "app", "name": "statements-portal",
  "version": "5.2.0", "submitted_by": "dev@bank.example", "submitted_at": "2024-05-01T10:00:00Z",
  "summary": "UI fixes.",
  "use_case": {"domain": "internal_ops", "decision": "none", "customer_facing": true, "regulations": []},
  "app": {"code_review_approvals": 2, "security_scan": {"critical": 0, "high": 0}, "integration_tests_passed": true,
          "staging_validated": true, "contains_pii": false, "risk": "low"},
  "rollback": {"target_version": "5.1.0", "plan": "Redeploy 5.1.0.", "max_minutes": 10, "downstream_consumers": []},
  "artifacts": []
})";

const char *kCleanPipeline = R"({
  "schema": "countersign.package/v1", "id": "req-pipe-1", "kind": "data_pipeline", "name": "daily-balances",
  "version": "1.4.0", "submitted_by": "de@bank.example", "submitted_at": "2024-05-01T10:00:00Z",
  "summary": "New partitioning.",
  "use_case": {"domain": "internal_ops", "decision": "none", "customer_facing": false, "regulations": []},
  "data_sources": [{"name": "core_banking.accounts", "registry_ref": "REG-1", "contains_pii": false, "pii_approval_ref": null}],
  "pipeline": {"data_quality_checks_passed": true, "lineage_documented": true, "freshness_sla_hours": 24,
               "monthly_cost_usd": 900, "monthly_budget_usd": 1000, "contains_pii": false},
  "artifacts": []
})";

} // namespace

class TestTrackRules final : public QObject
{
    Q_OBJECT

private slots:
    void cleanModelIsGreen()
    {
        const auto lines = rulesFor("{}");
        QVERIFY2(lines.empty(), ruleList(lines).constData());
        QCOMPARE(trackName(assignedTrack(lines)), trackName(Track::Green));
        QVERIFY(whyNot(lines, Track::Green).empty());
    }

    void domains_data()
    {
        QTest::addColumn<QByteArray>("domain");
        QTest::addColumn<QByteArray>("decision");
        QTest::addColumn<bool>("highRisk");
        QTest::addColumn<bool>("elevated");
        QTest::newRow("credit advisory") << QByteArray("credit") << QByteArray("advisory") << true << false;
        QTest::newRow("fraud automated") << QByteArray("fraud") << QByteArray("automated") << true << false;
        QTest::newRow("hiring") << QByteArray("hiring") << QByteArray("human_in_loop") << true << false;
        QTest::newRow("insurance") << QByteArray("insurance") << QByteArray("none") << true << false;
        QTest::newRow("healthcare") << QByteArray("healthcare") << QByteArray("advisory") << true << false;
        QTest::newRow("pricing automated") << QByteArray("pricing") << QByteArray("automated") << true << false;
        QTest::newRow("pricing human_in_loop") << QByteArray("pricing") << QByteArray("human_in_loop") << false << true;
        QTest::newRow("pricing advisory") << QByteArray("pricing") << QByteArray("advisory") << false << true;
        QTest::newRow("content_moderation") << QByteArray("content_moderation") << QByteArray("automated") << false << true;
        QTest::newRow("recommendation") << QByteArray("recommendation") << QByteArray("automated") << false << false;
        QTest::newRow("not listed") << QByteArray("weather") << QByteArray("automated") << false << false;
    }

    void domains()
    {
        QFETCH(QByteArray, domain);
        QFETCH(QByteArray, decision);
        QFETCH(bool, highRisk);
        QFETCH(bool, elevated);
        const auto lines = rulesFor(patchOf({{"use_case", {{"domain", domain.toStdString()}, {"decision", decision.toStdString()}}}}));
        QCOMPARE(fired(lines, "high_risk_domain"), highRisk);
        QCOMPARE(fired(lines, "elevated_domain"), elevated);
        QCOMPARE(trackName(assignedTrack(lines)), trackName(highRisk ? Track::Red : elevated ? Track::Yellow : Track::Green));
        if (highRisk)
            QCOMPARE(trackName(line(lines, "high_risk_domain")->track), trackName(Track::Red));
        if (elevated)
            QCOMPARE(trackName(line(lines, "elevated_domain")->track), trackName(Track::Yellow));
    }

    void suppliedDomainsReplaceTheDefaults()
    {
        Policy p = testPolicy();
        p.domains.clear();
        p.domains["recommendation"].fixed = Track::Red;
        QVERIFY(fired(rulesFor("{}", nullptr, p), "high_risk_domain"));
        // credit is no longer listed: green.
        const auto credit = rulesFor(R"({"use_case": {"domain": "credit"}})", nullptr, p);
        QVERIFY2(credit.empty(), ruleList(credit).constData());
    }

    void pii_data()
    {
        QTest::addColumn<QByteArray>("source");
        QTest::addColumn<bool>("withoutApproval");
        QTest::addColumn<bool>("withApproval");
        QTest::newRow("no pii") << QByteArray(R"({"name": "crm.customers", "contains_pii": false})") << false << false;
        QTest::newRow("pii, no ref") << QByteArray(R"({"name": "crm.customers", "contains_pii": true, "pii_approval_ref": null})")
                                     << true << false;
        QTest::newRow("pii, empty ref") << QByteArray(R"({"name": "crm.customers", "contains_pii": true, "pii_approval_ref": ""})")
                                        << true << false;
        QTest::newRow("pii, approved") << QByteArray(R"({"name": "crm.customers", "contains_pii": true, "pii_approval_ref": "DG-7"})")
                                       << false << true;
        QTest::newRow("no pii, ref") << QByteArray(R"({"name": "crm.customers", "contains_pii": false, "pii_approval_ref": "DG-7"})")
                                     << false << false;
    }

    void pii()
    {
        QFETCH(QByteArray, source);
        QFETCH(bool, withoutApproval);
        QFETCH(bool, withApproval);
        const auto lines = rulesFor(R"({"data_sources": [)" + source.toStdString() + "]}");
        QCOMPARE(fired(lines, "pii_without_approval"), withoutApproval);
        QCOMPARE(fired(lines, "pii_with_approval"), withApproval);
        QCOMPARE(trackName(assignedTrack(lines)), trackName(withoutApproval ? Track::Red : withApproval ? Track::Yellow : Track::Green));
        if (withoutApproval)
            QCOMPARE(line(lines, "pii_without_approval")->evidence["sources"].dump(), Json::array({"crm.customers"}).dump());
    }

    void regulated()
    {
        const auto lines = rulesFor(R"({"use_case": {"regulations": ["ECOA", "EU_AI_ACT_HIGH_RISK"]}})");
        QVERIFY(fired(lines, "regulated"));
        QCOMPARE(trackName(line(lines, "regulated")->track), trackName(Track::Red));
        QCOMPARE(line(lines, "regulated")->evidence["regulations"].dump(), Json::array({"ECOA", "EU_AI_ACT_HIGH_RISK"}).dump());
        QVERIFY(!fired(rulesFor(R"({"use_case": {"regulations": []}})"), "regulated"));
    }

    void architectureChange_data()
    {
        QTest::addColumn<QByteArray>("patch");
        QTest::addColumn<bool>("fires");
        QTest::newRow("same architecture") << QByteArray("{}") << false;
        QTest::newRow("no baseline") << QByteArray(R"({"model": {"baseline_version": null, "baseline_architecture": null}})") << true;
        QTest::newRow("changed") << QByteArray(R"({"model": {"architecture": "neural_net"}})") << true;
        QTest::newRow("baseline architecture unknown") << QByteArray(R"({"model": {"baseline_architecture": null}})") << true;
    }

    void architectureChange()
    {
        QFETCH(QByteArray, patch);
        QFETCH(bool, fires);
        const auto lines = rulesFor(patch.toStdString());
        QCOMPARE(fired(lines, "architecture_change"), fires);
        if (fires)
            QCOMPARE(trackName(assignedTrack(lines)), trackName(Track::Red));
    }

    void dataSourcesAndNewFeatures_data()
    {
        QTest::addColumn<QByteArray>("patch");
        QTest::addColumn<bool>("unapproved");
        QTest::addColumn<bool>("newFeatures");
        QTest::newRow("approved, existing") << QByteArray("{}") << false << false;
        QTest::newRow("unapproved source")
            << QByteArray(R"({"data_sources": [{"name": "core_banking.accounts"}, {"name": "marketing.leads"}]})") << true << false;
        QTest::newRow("new feature, approved source")
            << QByteArray(R"({"features": [{"name": "segment", "source": "crm.customers", "status": "new"}]})") << false << true;
        QTest::newRow("new feature, unapproved source")
            << QByteArray(R"({"features": [{"name": "scraped", "source": "web.scrape", "status": "new"}]})") << true << false;
        QTest::newRow("both kinds of new feature")
            << QByteArray(R"({"features": [{"name": "segment", "source": "crm.customers", "status": "new"},
                                            {"name": "scraped", "source": "web.scrape", "status": "new"}]})")
            << true << true;
    }

    void dataSourcesAndNewFeatures()
    {
        QFETCH(QByteArray, patch);
        QFETCH(bool, unapproved);
        QFETCH(bool, newFeatures);
        const auto lines = rulesFor(patch.toStdString());
        QCOMPARE(fired(lines, "unapproved_data_source"), unapproved);
        QCOMPARE(fired(lines, "new_features"), newFeatures);
        if (unapproved)
            QCOMPARE(trackName(line(lines, "unapproved_data_source")->track), trackName(Track::Red));
        if (newFeatures) {
            QCOMPARE(trackName(line(lines, "new_features")->track), trackName(Track::Yellow));
            // Only the feature from an approved source is listed.
            QCOMPARE(line(lines, "new_features")->evidence["features"].dump(), Json::array({"segment"}).dump());
        }
    }

    void performanceChange_data()
    {
        QTest::addColumn<double>("changePct");
        QTest::addColumn<bool>("major");
        QTest::addColumn<bool>("minor");
        // major: |x| > 15; minor: 5 <= |x| <= 15 (the literals below are compared as doubles,
        // 15.001 > 15 and 4.999 < 5 hold for the doubles nearest them)
        QTest::newRow("+15.001") << 15.001 << true << false;
        QTest::newRow("+15") << 15.0 << false << true;
        QTest::newRow("+14.999") << 14.999 << false << true;
        QTest::newRow("+5") << 5.0 << false << true;
        QTest::newRow("+4.999") << 4.999 << false << false;
        QTest::newRow("-15.001") << -15.001 << true << false;
        QTest::newRow("-15") << -15.0 << false << true;
        QTest::newRow("-5") << -5.0 << false << true;
        QTest::newRow("-4.999") << -4.999 << false << false;
        QTest::newRow("0") << 0.0 << false << false;
    }

    void performanceChange()
    {
        QFETCH(double, changePct);
        QFETCH(bool, major);
        QFETCH(bool, minor);
        ReviewMetrics m;
        m.primaryMetric = "auc";
        m.primaryChangePct = changePct;
        const auto lines = rulesFor("{}", &m);
        QCOMPARE(fired(lines, "performance_change_major"), major);
        QCOMPARE(fired(lines, "performance_change_minor"), minor);
        QCOMPARE(trackName(assignedTrack(lines)), trackName(major ? Track::Red : minor ? Track::Yellow : Track::Green));
        if (major || minor) {
            const auto *l = line(lines, major ? "performance_change_major" : "performance_change_minor");
            QCOMPARE(l->evidence["primary_change_pct"].get<double>(), changePct);
            QCOMPARE(l->evidence["primary_metric"].get<std::string>(), std::string("auc"));
        }
    }

    void performanceChangeNeedsABaseline()
    {
        // No primary_change_pct (no baseline, or a zero baseline) and no metrics at all: nothing fires.
        ReviewMetrics m;
        QVERIFY(!fired(rulesFor("{}", &m), "performance_change_major"));
        QVERIFY(!fired(rulesFor("{}", &m), "performance_change_minor"));
        const auto lines = rulesFor("{}", nullptr);
        QVERIFY(lines.empty());
    }

    void performanceChangeUsesPolicyValues()
    {
        Policy p = testPolicy();
        p.majorChangePct = 20;
        p.minorChangePct = 10;
        ReviewMetrics m;
        m.primaryChangePct = 15.001; // major under the defaults, minor here
        auto lines = rulesFor("{}", &m, p);
        QVERIFY(!fired(lines, "performance_change_major"));
        QVERIFY(fired(lines, "performance_change_minor"));
        m.primaryChangePct = 9.999;
        lines = rulesFor("{}", &m, p);
        QVERIFY(!fired(lines, "performance_change_minor"));
    }

    void thresholdChange_data()
    {
        QTest::addColumn<double>("threshold");
        QTest::addColumn<bool>("hasBaseline");
        QTest::addColumn<double>("baseline");
        QTest::addColumn<bool>("major");
        QTest::addColumn<bool>("minor");
        // major: |t - b| > 0.05; minor: 0 < |t - b| <= 0.05, on the doubles as computed.
        // 0.55 is 0.55000000000000004441 and 0.5 exact: |0.55 - 0.5| = 0.050000000000000044
        // (exact, Sterbenz) > 0.05 (= 0.05000000000000000278) -> major, though on paper it is 0.05.
        QTest::newRow("0.55 vs 0.5: 0.050000000000000044") << 0.55 << true << 0.5 << true << false;
        // 0.45 is 0.45000000000000001110: |0.45 - 0.5| = 0.04999999999999999 -> minor.
        QTest::newRow("0.45 vs 0.5: 0.04999999999999999") << 0.45 << true << 0.5 << false << true;
        // 0.6 is 0.59999999999999997780, 0.55 as above: difference 0.04999999999999993 -> minor.
        QTest::newRow("0.6 vs 0.55: 0.04999999999999993") << 0.6 << true << 0.55 << false << true;
        // 0.05 - 0 is the double 0.05 itself: not greater than 0.05 -> minor.
        QTest::newRow("0.05 vs 0: exactly 0.05") << 0.05 << true << 0.0 << false << true;
        // 0.1 is exactly twice the double 0.05, so 0.1 - 0.05 is exactly the double 0.05 -> minor.
        QTest::newRow("0.1 vs 0.05: exactly 0.05") << 0.1 << true << 0.05 << false << true;
        QTest::newRow("0.4 vs 0.5: 0.09999999999999998") << 0.4 << true << 0.5 << true << false;
        QTest::newRow("smallest change") << 0.5 << true << std::nextafter(0.5, 1.0) << false << true;
        QTest::newRow("same") << 0.5 << true << 0.5 << false << false;
        QTest::newRow("baseline threshold absent") << 0.7 << false << 0.0 << false << false;
    }

    void thresholdChange()
    {
        QFETCH(double, threshold);
        QFETCH(bool, hasBaseline);
        QFETCH(double, baseline);
        QFETCH(bool, major);
        QFETCH(bool, minor);
        Json model = {{"decision_threshold", threshold}};
        if (hasBaseline)
            model["baseline_decision_threshold"] = baseline;
        const auto lines = rulesFor(patchOf({{"model", model}}));
        QCOMPARE(fired(lines, "threshold_change_major"), major);
        QCOMPARE(fired(lines, "threshold_change_minor"), minor);
        if (major)
            QCOMPARE(trackName(line(lines, "threshold_change_major")->track), trackName(Track::Red));
        if (minor)
            QCOMPARE(trackName(line(lines, "threshold_change_minor")->track), trackName(Track::Yellow));
        if (major || minor) {
            const auto *l = line(lines, major ? "threshold_change_major" : "threshold_change_minor");
            QCOMPARE(l->evidence["change"].get<double>(), std::fabs(threshold - baseline));
        }
    }

    void protectedAttributeAsFeature()
    {
        const auto lines = rulesFor(R"({"features": [{"name": "tenure_months", "source": "core_banking.accounts"},
                                                     {"name": "age_band", "source": "core_banking.accounts"}]})");
        QVERIFY(fired(lines, "protected_attribute_as_feature"));
        QCOMPARE(trackName(line(lines, "protected_attribute_as_feature")->track), trackName(Track::Red));
        QCOMPARE(line(lines, "protected_attribute_as_feature")->evidence["features"].dump(), Json::array({"age_band"}).dump());
        // The same feature when age_band is not a protected attribute: no rule.
        const auto unprotected = rulesFor(R"({"protected_attributes": ["sex"],
                                              "features": [{"name": "age_band", "source": "core_banking.accounts"}]})");
        QVERIFY(!fired(unprotected, "protected_attribute_as_feature"));
    }

    void customerFacingAutomated_data()
    {
        QTest::addColumn<bool>("customerFacing");
        QTest::addColumn<QByteArray>("decision");
        QTest::addColumn<bool>("fires");
        QTest::newRow("facing, automated") << true << QByteArray("automated") << true;
        QTest::newRow("facing, human_in_loop") << true << QByteArray("human_in_loop") << false;
        QTest::newRow("facing, advisory") << true << QByteArray("advisory") << false;
        QTest::newRow("internal, automated") << false << QByteArray("automated") << false;
    }

    void customerFacingAutomated()
    {
        QFETCH(bool, customerFacing);
        QFETCH(QByteArray, decision);
        QFETCH(bool, fires);
        const auto lines =
            rulesFor(patchOf({{"use_case", {{"customer_facing", customerFacing}, {"decision", decision.toStdString()}}}}));
        QCOMPARE(fired(lines, "customer_facing_automated"), fires);
        QCOMPARE(trackName(assignedTrack(lines)), trackName(fires ? Track::Yellow : Track::Green));
    }

    void testsNotPassed_data()
    {
        QTest::addColumn<QByteArray>("patch");
        QTest::addColumn<bool>("fires");
        QTest::newRow("passed") << QByteArray("{}") << false;
        QTest::newRow("failed") << QByteArray(R"({"tests": {"automated_passed": false}})") << true;
        QTest::newRow("not stated") << QByteArray(R"({"tests": {"automated_passed": null}})") << true;
        QTest::newRow("no tests section") << QByteArray(R"({"tests": null})") << true;
    }

    void testsNotPassed()
    {
        QFETCH(QByteArray, patch);
        QFETCH(bool, fires);
        const auto lines = rulesFor(patch.toStdString());
        QCOMPARE(fired(lines, "tests_not_passed"), fires);
        QCOMPARE(trackName(assignedTrack(lines)), trackName(fires ? Track::Yellow : Track::Green));
    }

    void highestTrackWinsAndWhyNot()
    {
        // regulated (red) + tests_not_passed (yellow) + customer_facing_automated (yellow)
        const auto lines = rulesFor(R"({"use_case": {"regulations": ["ECOA"], "customer_facing": true, "decision": "automated"},
                                        "tests": {"automated_passed": false}})");
        QCOMPARE(lines.size(), std::size_t(3));
        QCOMPARE(trackName(assignedTrack(lines)), trackName(Track::Red));
        const auto reasons = whyNot(lines, Track::Red);
        QCOMPARE(reasons.size(), std::size_t(2));
        // Not green: every rule above green keeps it out.
        const std::string &green = reasons.at(Track::Green);
        QVERIFY2(green.find("regulated") != std::string::npos, green.c_str());
        QVERIFY2(green.find("tests_not_passed") != std::string::npos, green.c_str());
        QVERIFY2(green.find("customer_facing_automated") != std::string::npos, green.c_str());
        // Not yellow: only the red rule.
        const std::string &yellow = reasons.at(Track::Yellow);
        QVERIFY2(yellow.find("regulated") != std::string::npos, yellow.c_str());
        QVERIFY2(yellow.find("tests_not_passed") == std::string::npos, yellow.c_str());
        QVERIFY2(yellow.find("customer_facing_automated") == std::string::npos, yellow.c_str());
    }

    void whyNotForYellow()
    {
        const auto lines = rulesFor(R"({"tests": {"automated_passed": false}})");
        QCOMPARE(trackName(assignedTrack(lines)), trackName(Track::Yellow));
        const auto reasons = whyNot(lines, Track::Yellow);
        QCOMPARE(reasons.size(), std::size_t(1)); // only "green" lies below yellow
        QVERIFY(reasons.count(Track::Green));
        QVERIFY2(reasons.at(Track::Green).find("tests_not_passed") != std::string::npos, reasons.at(Track::Green).c_str());
    }

    void appRules_data()
    {
        QTest::addColumn<QByteArray>("patch");
        QTest::addColumn<QByteArray>("rule");
        QTest::addColumn<int>("track");
        QTest::newRow("clean") << QByteArray("{}") << QByteArray() << int(Track::Green);
        QTest::newRow("contains pii") << QByteArray(R"({"app": {"contains_pii": true}})") << QByteArray("app_contains_pii")
                                      << int(Track::Red);
        QTest::newRow("high risk") << QByteArray(R"({"app": {"risk": "high"}})") << QByteArray("app_high_risk") << int(Track::Yellow);
        QTest::newRow("one high finding") << QByteArray(R"({"app": {"security_scan": {"high": 1}}})")
                                          << QByteArray("app_security_high") << int(Track::Yellow);
        // Model rules do not apply to an app: a credit-domain, regulated app is still green.
        QTest::newRow("credit domain app") << QByteArray(R"({"use_case": {"domain": "credit", "regulations": ["ECOA"]}})")
                                           << QByteArray() << int(Track::Green);
        QTest::newRow("no app section") << QByteArray(R"({"app": null})") << QByteArray() << int(Track::Green);
    }

    void appRules()
    {
        QFETCH(QByteArray, patch);
        QFETCH(QByteArray, rule);
        QFETCH(int, track);
        const auto lines = fireTrackRules(manifest(patch.toStdString(), kCleanApp), nullptr, testPolicy());
        if (rule.isEmpty()) {
            QVERIFY2(lines.empty(), ruleList(lines).constData());
        } else {
            QCOMPARE(lines.size(), std::size_t(1));
            QCOMPARE(lines.front().rule, rule.toStdString());
        }
        QCOMPARE(int(assignedTrack(lines)), track);
    }

    void pipelineRules_data()
    {
        QTest::addColumn<QByteArray>("patch");
        QTest::addColumn<QByteArray>("rule");
        QTest::addColumn<int>("track");
        QTest::newRow("clean") << QByteArray("{}") << QByteArray() << int(Track::Green);
        QTest::newRow("unapproved source") << QByteArray(R"({"data_sources": [{"name": "partner.feed"}]})")
                                           << QByteArray("unapproved_data_source") << int(Track::Red);
        QTest::newRow("contains pii") << QByteArray(R"({"pipeline": {"contains_pii": true}})")
                                      << QByteArray("pipeline_contains_pii") << int(Track::Yellow);
        QTest::newRow("over budget by a cent") << QByteArray(R"({"pipeline": {"monthly_cost_usd": 1000.01}})")
                                               << QByteArray("pipeline_over_budget") << int(Track::Yellow);
        QTest::newRow("exactly at budget") << QByteArray(R"({"pipeline": {"monthly_cost_usd": 1000}})") << QByteArray()
                                           << int(Track::Green);
        QTest::newRow("no budget") << QByteArray(R"({"pipeline": {"monthly_cost_usd": 5000, "monthly_budget_usd": null}})")
                                   << QByteArray() << int(Track::Green);
        // Model rules do not apply to a pipeline.
        QTest::newRow("credit domain pipeline") << QByteArray(R"({"use_case": {"domain": "credit"}})") << QByteArray()
                                                << int(Track::Green);
    }

    void pipelineRules()
    {
        QFETCH(QByteArray, patch);
        QFETCH(QByteArray, rule);
        QFETCH(int, track);
        const auto lines = fireTrackRules(manifest(patch.toStdString(), kCleanPipeline), nullptr, testPolicy());
        if (rule.isEmpty()) {
            QVERIFY2(lines.empty(), ruleList(lines).constData());
        } else {
            QCOMPARE(lines.size(), std::size_t(1));
            QCOMPARE(lines.front().rule, rule.toStdString());
        }
        QCOMPARE(int(assignedTrack(lines)), track);
    }
};

QTEST_GUILESS_MAIN(TestTrackRules)
#include "tst_trackrules.moc"
