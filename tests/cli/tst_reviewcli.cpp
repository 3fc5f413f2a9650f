// countersign-cli review/lint on the bundled samples: each story gives the track, sign-offs,
// fail findings and exit status it was written to show; the JSON has the contract's shape.
#include "TestSupport.h"

#include <nlohmann/json.hpp>

#include <QTest>

#include <set>

using cs::test::resourcePath;
using cs::test::runCli;

namespace {

QString sample(const char *name)
{
    return resourcePath(QStringLiteral("samples/") + QString::fromUtf8(name));
}

std::set<std::string> failKeys(const nlohmann::json &review)
{
    std::set<std::string> out;
    for (const auto &f : review["findings"]) {
        if (f["severity"] == "fail")
            out.insert(f["check"].get<std::string>() + ":" + (f["subject"].is_null() ? "" : f["subject"].get<std::string>()));
    }
    return out;
}

// True when no number anywhere in the document is NaN or infinite (JSON cannot carry them).
bool allFinite(const nlohmann::json &j)
{
    if (j.is_number_float())
        return std::isfinite(j.get<double>());
    if (j.is_structured()) {
        for (const auto &item : j)
            if (!allFinite(item))
                return false;
    }
    return true;
}

} // namespace

class TestReviewCli : public QObject
{
    Q_OBJECT

private slots:
    void storiesGiveTheirTrack_data()
    {
        QTest::addColumn<QString>("package");
        QTest::addColumn<QString>("track");
        QTest::addColumn<QStringList>("signoffs");
        QTest::addColumn<QStringList>("fails");
        QTest::addColumn<QStringList>("rules");
        const QStringList dual{QStringLiteral("ml_governance_analyst"), QStringLiteral("risk_officer")};
        QTest::newRow("credit red, four-fifths failure")
            << sample("credit-limit-red") << QStringLiteral("red") << dual
            << QStringList{QStringLiteral("fairness.disparate_impact:age_band")}
            << QStringList{QStringLiteral("high_risk_domain"), QStringLiteral("regulated"), QStringLiteral("architecture_change")};
        QTest::newRow("recommendation with approved PII is yellow")
            << sample("recommendation-pii-approved") << QStringLiteral("yellow") << QStringList{QStringLiteral("ml_platform_engineer")}
            << QStringList{} << QStringList{QStringLiteral("pii_with_approval")};
        QTest::newRow("recommendation with unapproved PII is red")
            << sample("recommendation-pii-unapproved") << QStringLiteral("red") << dual
            << QStringList{QStringLiteral("pii.unapproved:ecommerce.purchase_history")}
            << QStringList{QStringLiteral("pii_without_approval")};
        QTest::newRow("fraud triage retrain is green")
            << sample("fraud-triage-green") << QStringLiteral("green") << QStringList{} << QStringList{} << QStringList{};
        QTest::newRow("automated pricing is red")
            << sample("pricing-automated-red") << QStringLiteral("red") << dual << QStringList{}
            << QStringList{QStringLiteral("high_risk_domain")};
        QTest::newRow("app is green")
            << sample("app-green") << QStringLiteral("green") << QStringList{} << QStringList{} << QStringList{};
        QTest::newRow("app with PII is red")
            << sample("app-pii-red") << QStringLiteral("red")
            << QStringList{QStringLiteral("security_reviewer"), QStringLiteral("risk_officer")}
            << QStringList{QStringLiteral("app.pii:")} << QStringList{QStringLiteral("app_contains_pii")};
        QTest::newRow("pipeline with unapproved source is red")
            << sample("pipeline-unapproved-source-red") << QStringLiteral("red")
            << QStringList{QStringLiteral("data_steward"), QStringLiteral("risk_officer")} << QStringList{}
            << QStringList{QStringLiteral("unapproved_data_source")};
        QTest::newRow("reported AUC that the data does not give")
            << sample("reported-auc-mismatch") << QStringLiteral("green") << QStringList{}
            << QStringList{QStringLiteral("metrics.reported_mismatch:")} << QStringList{};
    }

    void storiesGiveTheirTrack()
    {
        QFETCH(QString, package);
        QFETCH(QString, track);
        QFETCH(QStringList, signoffs);
        QFETCH(QStringList, fails);
        QFETCH(QStringList, rules);

        const auto run = runCli({QStringLiteral("review"), package, QStringLiteral("--json")});
        QVERIFY2(run.exitCode == (fails.isEmpty() ? 0 : 1), run.err.c_str());
        const auto review = nlohmann::json::parse(run.out);
        QCOMPARE(QString::fromStdString(review["track"].get<std::string>()), track);

        QStringList gotSignoffs;
        for (const auto &role : review["required_signoffs"])
            gotSignoffs << QString::fromStdString(role.get<std::string>());
        QCOMPARE(gotSignoffs, signoffs);

        std::set<std::string> expectedFails;
        for (const auto &f : fails)
            expectedFails.insert(f.toStdString());
        QCOMPARE(failKeys(review), expectedFails);

        std::set<std::string> fired;
        for (const auto &line : review["rationale"])
            fired.insert(line["rule"].get<std::string>());
        for (const auto &rule : rules)
            QVERIFY2(fired.count(rule.toStdString()), qPrintable(rule));
        // A green request has no why_not; a red one explains both lower tracks.
        QCOMPARE(review["why_not"].size(), track == QLatin1String("red") ? 2u : track == QLatin1String("yellow") ? 1u : 0u);
        QVERIFY(allFinite(review));
    }

    void jsonHasTheContractShape()
    {
        const auto run = runCli({QStringLiteral("review"), sample("credit-limit-red"), QStringLiteral("--json")});
        const auto r = nlohmann::json::parse(run.out);
        for (const char *key : {"package", "policy", "track", "rationale", "why_not", "required_signoffs", "findings", "metrics"})
            QVERIFY2(r.contains(key), key);
        for (const char *key : {"id", "name", "version", "kind", "digest"})
            QVERIFY2(r["package"].contains(key), key);
        QCOMPARE(r["package"]["digest"].get<std::string>().size(), 64u);
        QCOMPARE(r["policy"]["digest"].get<std::string>().size(), 64u);
        const auto &m = r["metrics"];
        for (const char *key : {"candidate", "baseline", "primary_metric", "primary_change_pct", "fairness", "drift",
                                "explainability", "decision_impact", "cost", "reported_vs_recomputed"})
            QVERIFY2(m.contains(key), key);
        for (const char *key : {"auc", "accuracy", "precision", "recall", "f1", "selection_rate", "brier", "log_loss"})
            QVERIFY2(m["candidate"].contains(key), key);
        const auto &sex = m["fairness"]["sex"];
        QCOMPARE(sex["rate"].get<std::string>(), std::string("selection")); // adverse_outcome low_score
        for (const char *key : {"n", "selection_rate", "tpr", "fpr", "fnr", "accuracy", "precision", "small_sample"})
            QVERIFY2(sex["groups"].begin()->contains(key), key);
        for (const auto &f : r["findings"])
            for (const char *key : {"check", "subject", "severity", "message", "remediation", "evidence"})
                QVERIFY2(f.contains(key), key);
        QVERIFY(m["decision_impact"].contains("by_group"));
    }

    void appPackagesHaveNullMetrics()
    {
        const auto run = runCli({QStringLiteral("review"), sample("app-green"), QStringLiteral("--json")});
        QCOMPARE(run.exitCode, 0);
        QVERIFY(nlohmann::json::parse(run.out)["metrics"].is_null());
    }

    void lintPrintsOneLinePerFinding()
    {
        const auto json = nlohmann::json::parse(runCli({QStringLiteral("review"), sample("credit-limit-red"), QStringLiteral("--json")}).out);
        const auto run = runCli({QStringLiteral("lint"), sample("credit-limit-red")});
        QCOMPARE(run.exitCode, 1);
        const QStringList lines = QString::fromStdString(run.out).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        QCOMPARE(static_cast<std::size_t>(lines.size()), json["findings"].size());
        for (std::size_t i = 0; i < json["findings"].size(); ++i) {
            const auto &f = json["findings"][i];
            const QString expected = QString::fromStdString(f["severity"].get<std::string>() + ": " + f["check"].get<std::string>()
                                                            + ": " + f["message"].get<std::string>());
            QCOMPARE(lines.at(static_cast<int>(i)), expected);
        }
    }

    void textReviewPutsTheTrackFirst()
    {
        const auto run = runCli({QStringLiteral("review"), sample("credit-limit-red")});
        QCOMPARE(run.exitCode, 1);
        const auto track = run.out.find("TRACK: RED");
        const auto findings = run.out.find("FINDINGS:");
        const auto numbers = run.out.find("KEY NUMBERS");
        QVERIFY(track != std::string::npos && findings != std::string::npos && numbers != std::string::npos);
        QVERIFY(track < findings && findings < numbers);
        QVERIFY(run.out.find("Not green because") != std::string::npos);
    }

    void badPolicyIsExitTwoNamingTheKey()
    {
        QTemporaryDir dir;
        const QString policy = dir.filePath(QStringLiteral("policy.json"));
        QVERIFY(cs::test::writeFile(policy, R"({"schema": "countersign.policy/v1", "drift": {"psi_warn": "high"}})"));
        const auto run = runCli({QStringLiteral("review"), sample("credit-limit-red"), QStringLiteral("--policy"), policy});
        QCOMPARE(run.exitCode, 2);
        QVERIFY(run.out.empty());
        QVERIFY2(run.err.find("drift.psi_warn: expected a number") != std::string::npos, run.err.c_str());
    }

    void policyChangesTheOutcome()
    {
        // Under a policy that maps nothing to red and approves the source, automated pricing is green
        // apart from its customer-facing automation.
        QTemporaryDir dir;
        const QString policy = dir.filePath(QStringLiteral("policy.json"));
        QVERIFY(cs::test::writeFile(policy, R"({"schema": "countersign.policy/v1", "domains": {"credit": "red"},
            "approved_data_sources": ["pricing.market_rates", "ecommerce.orders", "ecommerce.product_catalog", "web.clickstream", "crm.customers"]})"));
        const auto run = runCli({QStringLiteral("review"), sample("pricing-automated-red"), QStringLiteral("--json"),
                                 QStringLiteral("--policy"), policy});
        QVERIFY2(run.exitCode == 0 || run.exitCode == 1, run.err.c_str());
        const auto r = nlohmann::json::parse(run.out);
        for (const auto &line : r["rationale"])
            QVERIFY(line["rule"] != "high_risk_domain");
    }

    void helpAndVersion()
    {
        const auto help = runCli({QStringLiteral("--help")});
        QCOMPARE(help.exitCode, 0);
        QVERIFY(help.out.find("review PACKAGE") != std::string::npos);
        const auto version = runCli({QStringLiteral("--version")});
        QCOMPARE(version.exitCode, 0);
        QVERIFY(version.out.rfind("countersign-cli ", 0) == 0);
        QCOMPARE(runCli({QStringLiteral("frobnicate")}).exitCode, 2);
        QCOMPARE(runCli({QStringLiteral("review")}).exitCode, 2);
    }
};

QTEST_GUILESS_MAIN(TestReviewCli)
#include "tst_reviewcli.moc"
