// Loading and validating a policy file (contract section 3): defaults for missing keys,
// partial sections merged over the defaults, `domains` replacing the default map whole,
// wrong types and wrong schemas refused with a message naming the key, sign-offs.

#include "PolicyTestSupport.h"

#include "policy/Policy.h"

#include <QCryptographicHash>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace cs::policy;
using cs::test::trackName;
using cs::test::why;

namespace {

const std::string kSchemaOnly = R"({"schema": "countersign.policy/v1"})";

// The document with `members` added after the schema member ("" adds nothing).
std::string policyWith(const std::string &members)
{
    return members.empty() ? kSchemaOnly : R"({"schema": "countersign.policy/v1", )" + members + "}";
}

cs::Result<Policy> parse(const std::string &bytes)
{
    return parsePolicy(bytes, QStringLiteral("policy.json"));
}

QByteArray roles(const std::vector<std::string> &list)
{
    QByteArray out;
    for (const auto &r : list)
        out += (out.isEmpty() ? "" : ",") + QByteArray::fromStdString(r);
    return out;
}

// The contract's default values, written out here rather than read from builtinPolicy().
void verifyContractDefaults(const Policy &p)
{
    QCOMPARE(p.majorChangePct, 15.0);
    QCOMPARE(p.minorChangePct, 5.0);
    QCOMPARE(p.regressionPct, 2.0);
    QCOMPARE(p.thresholdMajorChange, 0.05);
    QCOMPARE(p.minGroupSize, std::uint64_t(30));
    QCOMPARE(p.disparateImpactFail, 0.8);
    QCOMPARE(p.disparateImpactWarn, 0.9);
    QCOMPARE(p.equalizedOddsWarn, 0.1);
    QCOMPARE(p.minStabilitySpearman, 0.7);
    QCOMPARE(p.minTop5Overlap, 0.6);
    QCOMPARE(p.psiWarn, 0.25);
    QCOMPARE(p.psiInfo, 0.1);
    QCOMPARE(p.reportedTolerance, 0.005);
    QCOMPARE(p.per1kIncreaseWarnPct, 25.0);
    QCOMPARE(p.notifyFlipRate, 0.01);
    QCOMPARE(p.slaHours.at(Track::Green), 0.0);
    QCOMPARE(p.slaHours.at(Track::Yellow), 3.0);
    QCOMPARE(p.slaHours.at(Track::Red), 72.0);
    // Domains: credit fraud hiring insurance healthcare red; pricing red only when automated.
    for (const char *domain : {"credit", "fraud", "hiring", "insurance", "healthcare"}) {
        for (const char *decision : {"automated", "human_in_loop", "advisory", "none"})
            QCOMPARE(trackName(p.domainTrack(domain, decision)), trackName(Track::Red));
    }
    QCOMPARE(trackName(p.domainTrack("pricing", "automated")), trackName(Track::Red));
    QCOMPARE(trackName(p.domainTrack("pricing", "human_in_loop")), trackName(Track::Yellow));
    QCOMPARE(trackName(p.domainTrack("pricing", "advisory")), trackName(Track::Yellow));
    QCOMPARE(trackName(p.domainTrack("content_moderation", "automated")), trackName(Track::Yellow));
    QCOMPARE(trackName(p.domainTrack("recommendation", "automated")), trackName(Track::Green));
    QCOMPARE(trackName(p.domainTrack("internal_ops", "none")), trackName(Track::Green));
    // Sign-offs per kind and track.
    QCOMPARE(roles(p.requiredSignoffs("ml_model", Track::Green)), QByteArray());
    QCOMPARE(roles(p.requiredSignoffs("ml_model", Track::Yellow)), QByteArray("ml_platform_engineer"));
    QCOMPARE(roles(p.requiredSignoffs("ml_model", Track::Red)), QByteArray("ml_governance_analyst,risk_officer"));
    QCOMPARE(roles(p.requiredSignoffs("app", Track::Green)), QByteArray());
    QCOMPARE(roles(p.requiredSignoffs("app", Track::Yellow)), QByteArray("security_reviewer"));
    QCOMPARE(roles(p.requiredSignoffs("app", Track::Red)), QByteArray("security_reviewer,risk_officer"));
    QCOMPARE(roles(p.requiredSignoffs("data_pipeline", Track::Green)), QByteArray());
    QCOMPARE(roles(p.requiredSignoffs("data_pipeline", Track::Yellow)), QByteArray("data_steward"));
    QCOMPARE(roles(p.requiredSignoffs("data_pipeline", Track::Red)), QByteArray("data_steward,risk_officer"));
}

} // namespace

class TestPolicy final : public QObject
{
    Q_OBJECT

private slots:
    void builtinHasTheContractDefaults()
    {
        verifyContractDefaults(builtinPolicy());
    }

    void schemaOnlyTakesEveryDefault()
    {
        const auto p = parse(kSchemaOnly);
        QVERIFY2(p.ok(), why(p).constData());
        verifyContractDefaults(*p);
        QVERIFY(p->approvedDataSources.empty());
    }

    void shippedDefaultPolicyLoads()
    {
        const auto p = defaultPolicy();
        QVERIFY2(p.ok(), why(p).constData());
        verifyContractDefaults(*p);
        QVERIFY(!p->approvedDataSources.empty());
        QVERIFY(!p->name.empty());
    }

    void digestIsSha256OfTheBytes()
    {
        const std::string bytes = policyWith(R"("name": "Bank policy")");
        const auto p = parse(bytes);
        QVERIFY2(p.ok(), why(p).constData());
        const QByteArray expected =
            QCryptographicHash::hash(QByteArray::fromStdString(bytes), QCryptographicHash::Sha256).toHex();
        QCOMPARE(QByteArray::fromStdString(p->digest), expected);
        QCOMPARE(p->name, std::string("Bank policy"));
        // One more space is another file, so another digest.
        const auto q = parse(bytes + " ");
        QVERIFY2(q.ok(), why(q).constData());
        QVERIFY(q->digest != p->digest);
    }

    void loadFromFile()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString path = dir.filePath(QStringLiteral("org-policy.json"));
        const std::string bytes = policyWith(R"("drift": {"psi_warn": 0.3})");
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(bytes.data(), static_cast<qint64>(bytes.size()));
        file.close();
        const auto p = loadPolicyFile(path);
        QVERIFY2(p.ok(), why(p).constData());
        QCOMPARE(p->psiWarn, 0.3);
        QCOMPARE(p->psiInfo, 0.1);
        QCOMPARE(QByteArray::fromStdString(p->digest),
                 QCryptographicHash::hash(QByteArray::fromStdString(bytes), QCryptographicHash::Sha256).toHex());

        const QString missing = dir.filePath(QStringLiteral("absent.json"));
        const auto none = loadPolicyFile(missing);
        QVERIFY(!none.ok());
        QVERIFY2(none.errorMessage().contains(missing), why(none).constData());
    }

    void partialSectionsMergeOverDefaults()
    {
        const auto p = parse(policyWith(R"("performance": {"major_change_pct": 20},
                                           "fairness": {"min_group_size": 50, "disparate_impact_warn": 0.95},
                                           "sla_hours": {"red": 48})"));
        QVERIFY2(p.ok(), why(p).constData());
        QCOMPARE(p->majorChangePct, 20.0);
        QCOMPARE(p->minorChangePct, 5.0);      // same section, default kept
        QCOMPARE(p->regressionPct, 2.0);
        QCOMPARE(p->minGroupSize, std::uint64_t(50));
        QCOMPARE(p->disparateImpactWarn, 0.95);
        QCOMPARE(p->disparateImpactFail, 0.8);
        QCOMPARE(p->equalizedOddsWarn, 0.1);
        QCOMPARE(p->slaHours.at(Track::Red), 48.0);
        QCOMPARE(p->slaHours.at(Track::Yellow), 3.0);
        QCOMPARE(p->psiWarn, 0.25);             // untouched section
        QCOMPARE(trackName(p->domainTrack("credit", "automated")), trackName(Track::Red)); // default domains kept
    }

    void everyNumericKeyIsRead()
    {
        const auto p = parse(policyWith(R"(
            "performance": {"major_change_pct": 11, "minor_change_pct": 3, "regression_pct": 1.5},
            "threshold": {"major_change": 0.02},
            "fairness": {"min_group_size": 10, "disparate_impact_fail": 0.7, "disparate_impact_warn": 0.85, "equalized_odds_warn": 0.2},
            "explainability": {"min_stability_spearman": 0.5, "min_top5_overlap": 0.4},
            "drift": {"psi_warn": 0.3, "psi_info": 0.15},
            "metrics": {"reported_tolerance": 0.01},
            "cost": {"per_1k_increase_warn_pct": 10},
            "rollback": {"notify_flip_rate": 0.05},
            "sla_hours": {"green": 1, "yellow": 4, "red": 24})"));
        QVERIFY2(p.ok(), why(p).constData());
        QCOMPARE(p->majorChangePct, 11.0);
        QCOMPARE(p->minorChangePct, 3.0);
        QCOMPARE(p->regressionPct, 1.5);
        QCOMPARE(p->thresholdMajorChange, 0.02);
        QCOMPARE(p->minGroupSize, std::uint64_t(10));
        QCOMPARE(p->disparateImpactFail, 0.7);
        QCOMPARE(p->disparateImpactWarn, 0.85);
        QCOMPARE(p->equalizedOddsWarn, 0.2);
        QCOMPARE(p->minStabilitySpearman, 0.5);
        QCOMPARE(p->minTop5Overlap, 0.4);
        QCOMPARE(p->psiWarn, 0.3);
        QCOMPARE(p->psiInfo, 0.15);
        QCOMPARE(p->reportedTolerance, 0.01);
        QCOMPARE(p->per1kIncreaseWarnPct, 10.0);
        QCOMPARE(p->notifyFlipRate, 0.05);
        QCOMPARE(p->slaHours.at(Track::Green), 1.0);
        QCOMPARE(p->slaHours.at(Track::Yellow), 4.0);
        QCOMPARE(p->slaHours.at(Track::Red), 24.0);
    }

    void approvedDataSources()
    {
        const auto p = parse(policyWith(R"("approved_data_sources": ["a.b", "c.d", "a.b"])"));
        QVERIFY2(p.ok(), why(p).constData());
        QCOMPARE(p->approvedDataSources, (std::set<std::string>{"a.b", "c.d"}));
    }

    void domainsReplaceTheDefaultMapWhole()
    {
        const auto p = parse(policyWith(R"("domains": {"retail": "yellow",
                                                       "pricing": {"automated": "red"},
                                                       "lending": {"human_in_loop": "yellow", "default": "red"}})"));
        QVERIFY2(p.ok(), why(p).constData());
        // Defaults gone: credit is no longer listed, so it is green.
        QCOMPARE(trackName(p->domainTrack("credit", "automated")), trackName(Track::Green));
        QCOMPARE(trackName(p->domainTrack("content_moderation", "automated")), trackName(Track::Green));
        QCOMPARE(trackName(p->domainTrack("retail", "none")), trackName(Track::Yellow));
        // An object without "default": other decisions are green.
        QCOMPARE(trackName(p->domainTrack("pricing", "automated")), trackName(Track::Red));
        QCOMPARE(trackName(p->domainTrack("pricing", "advisory")), trackName(Track::Green));
        // With "default".
        QCOMPARE(trackName(p->domainTrack("lending", "human_in_loop")), trackName(Track::Yellow));
        QCOMPARE(trackName(p->domainTrack("lending", "automated")), trackName(Track::Red));
        // An empty map: every domain green.
        const auto empty = parse(policyWith(R"("domains": {})"));
        QVERIFY2(empty.ok(), why(empty).constData());
        QCOMPARE(trackName(empty->domainTrack("credit", "automated")), trackName(Track::Green));
    }

    void signoffsMergePerKindAndTrack()
    {
        const auto p = parse(policyWith(R"("signoffs": {"app": {"red": ["cto", "risk_officer"]},
                                                        "model_card": {"yellow": ["editor"]}})"));
        QVERIFY2(p.ok(), why(p).constData());
        QCOMPARE(roles(p->requiredSignoffs("app", Track::Red)), QByteArray("cto,risk_officer"));
        // Tracks and kinds the file leaves out keep their defaults.
        QCOMPARE(roles(p->requiredSignoffs("app", Track::Yellow)), QByteArray("security_reviewer"));
        QCOMPARE(roles(p->requiredSignoffs("ml_model", Track::Red)), QByteArray("ml_governance_analyst,risk_officer"));
        QCOMPARE(roles(p->requiredSignoffs("model_card", Track::Yellow)), QByteArray("editor"));
        // A kind nobody configured needs nobody.
        QCOMPARE(roles(p->requiredSignoffs("spreadsheet", Track::Red)), QByteArray());
    }

    void unknownKeysAreIgnored()
    {
        const auto p = parse(policyWith(R"("colour": "blue", "performance": {"major_change_pct": 12, "unused": "x"},
                                           "future_section": {"a": [1, 2]})"));
        QVERIFY2(p.ok(), why(p).constData());
        QCOMPARE(p->majorChangePct, 12.0);
    }

    void refused_data()
    {
        QTest::addColumn<QByteArray>("document");
        QTest::addColumn<QString>("key"); // the key path the message must name
        const auto row = [](const char *name, const std::string &doc, const char *key) {
            QTest::newRow(name) << QByteArray::fromStdString(doc) << QString::fromUtf8(key);
        };
        row("schema v2", R"({"schema": "countersign.policy/v2"})", "schema");
        row("package schema", R"({"schema": "countersign.package/v1"})", "schema");
        row("schema missing", R"({"name": "x"})", "schema");
        row("schema a number", R"({"schema": 1})", "schema");
        row("name a number", policyWith(R"("name": 5)"), "name");
        row("section a number", policyWith(R"("performance": 15)"), "performance");
        row("major_change_pct a string", policyWith(R"("performance": {"major_change_pct": "15"})"),
            "performance.major_change_pct");
        row("threshold a bool", policyWith(R"("threshold": {"major_change": true})"), "threshold.major_change");
        row("min_group_size fractional", policyWith(R"("fairness": {"min_group_size": 30.5})"), "fairness.min_group_size");
        row("min_group_size negative", policyWith(R"("fairness": {"min_group_size": -1})"), "fairness.min_group_size");
        row("min_group_size a string", policyWith(R"("fairness": {"min_group_size": "30"})"), "fairness.min_group_size");
        row("disparate_impact_fail an array", policyWith(R"("fairness": {"disparate_impact_fail": [0.8]})"),
            "fairness.disparate_impact_fail");
        row("min_top5_overlap an object", policyWith(R"("explainability": {"min_top5_overlap": {}})"),
            "explainability.min_top5_overlap");
        row("psi_warn a bool", policyWith(R"("drift": {"psi_warn": false})"), "drift.psi_warn");
        row("reported_tolerance a string", policyWith(R"("metrics": {"reported_tolerance": "0.005"})"),
            "metrics.reported_tolerance");
        row("per_1k a string", policyWith(R"("cost": {"per_1k_increase_warn_pct": "25%"})"), "cost.per_1k_increase_warn_pct");
        row("notify_flip_rate a string", policyWith(R"("rollback": {"notify_flip_rate": "1%"})"), "rollback.notify_flip_rate");
        row("sla red a string", policyWith(R"("sla_hours": {"red": "72"})"), "sla_hours.red");
        row("approved sources a string", policyWith(R"("approved_data_sources": "crm.customers")"), "approved_data_sources");
        row("approved source a number", policyWith(R"("approved_data_sources": ["crm.customers", 7])"),
            "approved_data_sources[1]");
        row("domains an array", policyWith(R"("domains": ["credit"])"), "domains");
        row("domain track unknown", policyWith(R"("domains": {"credit": "purple"})"), "domains.credit");
        row("domain track a number", policyWith(R"("domains": {"credit": 3})"), "domains.credit");
        row("decision track a number", policyWith(R"("domains": {"pricing": {"automated": 1}})"), "domains.pricing.automated");
        row("decision track unknown", policyWith(R"("domains": {"pricing": {"default": "amber"}})"), "domains.pricing.default");
        row("signoffs an array", policyWith(R"("signoffs": [])"), "signoffs");
        row("signoffs kind an array", policyWith(R"("signoffs": {"ml_model": ["risk_officer"]})"), "signoffs.ml_model");
        row("signoffs roles a string", policyWith(R"("signoffs": {"ml_model": {"red": "risk_officer"}})"),
            "signoffs.ml_model.red");
        row("signoffs role a number", policyWith(R"("signoffs": {"app": {"yellow": ["a", 2]}})"), "signoffs.app.yellow[1]");
    }

    void refused()
    {
        QFETCH(QByteArray, document);
        QFETCH(QString, key);
        const auto p = parse(document.toStdString());
        QVERIFY2(!p.ok(), "the policy should have been refused");
        const QString message = p.errorMessage();
        // "<source>: <key path>: <problem>"
        QVERIFY2(message.startsWith(QStringLiteral("policy.json: ")), qPrintable(message));
        QVERIFY2(message.contains(QStringLiteral(": ") + key + QStringLiteral(": ")), qPrintable(message));
    }

    void notJson()
    {
        for (const char *doc : {"", "{", "{\"schema\": \"countersign.policy/v1\",}", "[]", "\"countersign.policy/v1\""}) {
            const auto p = parse(doc);
            QVERIFY2(!p.ok(), doc);
            QVERIFY2(p.errorMessage().startsWith(QStringLiteral("policy.json")), why(p).constData());
        }
    }

    void requiredSignoffs_data()
    {
        QTest::addColumn<QByteArray>("kind");
        QTest::addColumn<int>("track");
        QTest::addColumn<QByteArray>("expected");
        QTest::newRow("ml_model green") << QByteArray("ml_model") << int(Track::Green) << QByteArray();
        QTest::newRow("ml_model yellow") << QByteArray("ml_model") << int(Track::Yellow) << QByteArray("ml_platform_engineer");
        QTest::newRow("ml_model red") << QByteArray("ml_model") << int(Track::Red)
                                      << QByteArray("ml_governance_analyst,risk_officer");
        QTest::newRow("app green") << QByteArray("app") << int(Track::Green) << QByteArray();
        QTest::newRow("app yellow") << QByteArray("app") << int(Track::Yellow) << QByteArray("security_reviewer");
        QTest::newRow("app red") << QByteArray("app") << int(Track::Red) << QByteArray("security_reviewer,risk_officer");
        QTest::newRow("data_pipeline green") << QByteArray("data_pipeline") << int(Track::Green) << QByteArray();
        QTest::newRow("data_pipeline yellow") << QByteArray("data_pipeline") << int(Track::Yellow) << QByteArray("data_steward");
        QTest::newRow("data_pipeline red") << QByteArray("data_pipeline") << int(Track::Red)
                                           << QByteArray("data_steward,risk_officer");
    }

    void requiredSignoffs()
    {
        QFETCH(QByteArray, kind);
        QFETCH(int, track);
        QFETCH(QByteArray, expected);
        const auto p = defaultPolicy();
        QVERIFY2(p.ok(), why(p).constData());
        QCOMPARE(roles(p->requiredSignoffs(kind.toStdString(), static_cast<Track>(track))), expected);
    }
};

QTEST_GUILESS_MAIN(TestPolicy)
#include "tst_policy.moc"
