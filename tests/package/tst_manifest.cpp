// manifest.json (contract section 1): every key read into its typed field, the smallest
// manifests that are accepted, each refusal named by its key path, paths that would leave the
// package, and unknown keys kept rather than refused.

#include "package/Manifest.h"

#include "TestSupport.h"

#include <QTest>

#include <string>

using namespace cs::package;
using cs::Json;

namespace {

template<typename T>
QByteArray why(const cs::Result<T> &result)
{
    return result ? QByteArray("(succeeded)") : result.errorMessage().toUtf8();
}

template<typename T>
QString messageOf(const cs::Result<T> &result)
{
    return result ? QStringLiteral("(succeeded)") : result.errorMessage();
}

// Every key of the contract, each with a value other than its default.
std::string completeManifestBytes()
{
    return cs::test::readFile(cs::test::dataPath(QStringLiteral("packages/manifest-complete.json")));
}


// The smallest ml_model manifest that is accepted; the refusal cases patch it.
Json minimalModel()
{
    return Json::parse(R"({
      "schema": "countersign.package/v1",
      "id": "CS-1",
      "kind": "ml_model",
      "name": "m",
      "version": "1",
      "model": {"primary_metric": "auc", "decision_threshold": 0.5, "adverse_outcome": "high_score"}
    })");
}

cs::Result<Manifest> parseJson(const Json &document)
{
    return parseManifest(document.dump());
}

} // namespace

class TestManifest final : public QObject
{
    Q_OBJECT

private slots:
    void completeManifest()
    {
        const auto parsed = parseManifest(completeManifestBytes());
        QVERIFY2(parsed, why(parsed).constData());
        const Manifest &m = *parsed;

        QCOMPARE(m.schema, std::string("countersign.package/v1"));
        QCOMPARE(m.id, std::string("CS-2026-0042"));
        QVERIFY(m.kind == PackageKind::MlModel); // QCOMPARE would find toString(PackageKind) by ADL
        QCOMPARE(toString(m.kind), std::string("ml_model"));
        QCOMPARE(m.name, std::string("credit-limit-model"));
        QCOMPARE(m.version, std::string("2.3.0"));
        QCOMPARE(m.submittedBy, std::string("dana.scientist@example-bank.com"));
        QCOMPARE(m.submittedAt, std::string("2026-02-01T10:15:00Z"));
        QCOMPARE(m.summary, std::string("Retrain with two new features."));
        QCOMPARE(m.requestedTrack, std::optional<std::string>("yellow"));

        QCOMPARE(m.useCase.domain, std::string("credit"));
        QCOMPARE(m.useCase.decision, std::string("automated"));
        QCOMPARE(m.useCase.customerFacing, true);
        QCOMPARE(m.useCase.regulations, (std::vector<std::string>{"ECOA", "EU_AI_ACT_HIGH_RISK"}));

        QCOMPARE(m.model.architecture, std::string("gradient_boosting"));
        QCOMPARE(m.model.baselineVersion, std::optional<std::string>("2.2.1"));
        QVERIFY(m.model.hasBaseline());
        QCOMPARE(m.model.baselineArchitecture, std::optional<std::string>("logistic_regression"));
        QCOMPARE(m.model.primaryMetric, std::string("f1"));
        QCOMPARE(m.model.decisionThreshold, 0.42);
        QCOMPARE(m.model.baselineDecisionThreshold, std::optional<double>(0.4));
        QCOMPARE(m.model.effectiveBaselineThreshold(), 0.4);
        QCOMPARE(m.model.adverseOutcome, AdverseOutcome::LowScore);

        QCOMPARE(m.features.size(), std::size_t(2));
        QCOMPARE(m.features[0].name, std::string("income"));
        QCOMPARE(m.features[0].source, std::string("core_banking.accounts"));
        QCOMPARE(m.features[0].isNew, false);
        QCOMPARE(m.features[0].type, FeatureType::Numeric);
        QCOMPARE(m.features[1].isNew, true);
        QCOMPARE(m.features[1].type, FeatureType::Categorical);
        QVERIFY(m.feature("region") == &m.features[1]);
        QVERIFY(m.feature("sex") == nullptr);

        QCOMPARE(m.dataSources.size(), std::size_t(3));
        QCOMPARE(m.dataSources[0].name, std::string("core_banking.accounts"));
        QCOMPARE(m.dataSources[0].registryRef, std::optional<std::string>("DR-1"));
        QCOMPARE(m.dataSources[0].containsPii, true);
        QCOMPARE(m.dataSources[0].piiApprovalRef, std::optional<std::string>("PII-77"));
        QCOMPARE(m.dataSources[1].registryRef, std::optional<std::string>());
        QCOMPARE(m.dataSources[1].containsPii, false);
        QCOMPARE(m.dataSources[1].piiApprovalRef, std::optional<std::string>());
        // An empty approval reference is no approval.
        QCOMPARE(m.dataSources[2].piiApprovalRef, std::optional<std::string>());

        QCOMPARE(m.protectedAttributes, (std::vector<std::string>{"sex", "age_band"}));

        // Null reported values are left out; the others keep the document's order.
        QCOMPARE(m.reportedMetrics.size(), std::size_t(3));
        QCOMPARE(m.reportedMetrics[0].key, std::string("auc"));
        QCOMPARE(m.reportedMetrics[0].value, 0.81);
        QCOMPARE(m.reportedMetrics[1].key, std::string("baseline_auc"));
        QCOMPARE(m.reportedMetrics[2].key, std::string("f1"));
        QCOMPARE(m.reportedMetrics[2].value, 0.5);

        QVERIFY(m.cost);
        QCOMPARE(m.cost->per1kUsd, std::optional<double>(0.12));
        QCOMPARE(m.cost->baselinePer1kUsd, std::optional<double>(0.1));
        QCOMPARE(m.cost->monthlyVolume, std::optional<double>(2000000));
        QCOMPARE(m.cost->monthlyBudgetUsd, std::optional<double>(500));

        QVERIFY(m.rollback);
        QCOMPARE(m.rollback->targetVersion, std::optional<std::string>("2.2.1"));
        QCOMPARE(m.rollback->plan, std::optional<std::string>("Re-point the alias."));
        QCOMPARE(m.rollback->maxMinutes, std::optional<double>(15));
        QCOMPARE(m.rollback->downstreamConsumers, (std::vector<std::string>{"limits-service", "statements"}));

        QVERIFY(m.abTest);
        QCOMPARE(m.abTest->trafficPercent, std::optional<double>(10));
        QCOMPARE(m.abTest->durationDays, std::optional<double>(14));
        QCOMPARE(m.abTest->successMetric, std::optional<std::string>("default_rate"));
        QCOMPARE(m.abTest->guardrails, (std::vector<std::string>{"approval_rate", "complaints"}));

        QVERIFY(m.monitoring);
        QCOMPARE(m.monitoring->dataDriftEnabled, std::optional<bool>(true));
        QCOMPARE(m.monitoring->psiAlert, std::optional<double>(0.2));
        QCOMPARE(m.monitoring->conceptDriftEnabled, std::optional<bool>(false));
        QCOMPARE(m.monitoring->windowDays, std::optional<double>(30));

        QVERIFY(m.explainability);
        QCOMPARE(m.explainability->method, std::optional<std::string>("SHAP"));
        QCOMPARE(m.explainability->reasonCodes, std::optional<bool>(true));

        QVERIFY(m.lineage);
        QCOMPARE(m.lineage->trainingDatasets.size(), std::size_t(2));
        const TrainingDataset &d0 = m.lineage->trainingDatasets[0];
        QCOMPARE(d0.name, std::string("applications_2025"));
        QCOMPARE(d0.uri, std::optional<std::string>("s3://bucket/apps/"));
        QCOMPARE(d0.sha256, std::optional<std::string>("ab12"));
        QCOMPARE(d0.rows, std::optional<double>(120000));
        QCOMPARE(d0.snapshot, std::optional<std::string>("2025-12-31"));
        const TrainingDataset &d1 = m.lineage->trainingDatasets[1];
        QCOMPARE(d1.uri, std::optional<std::string>());
        QCOMPARE(d1.sha256, std::optional<std::string>()); // "" is no checksum
        QCOMPARE(m.lineage->trainingCode, std::optional<std::string>("https://git.example/credit@abc"));

        QVERIFY(m.tests);
        QCOMPARE(m.tests->automatedPassed, std::optional<bool>(true));
        QCOMPARE(m.tests->suite, std::optional<std::string>("ci"));
        QCOMPARE(m.tests->report, std::optional<std::string>("https://ci.example/1"));

        QVERIFY(m.app);
        QCOMPARE(m.app->codeReviewApprovals, std::optional<std::int64_t>(2));
        QCOMPARE(m.app->securityCritical, std::optional<std::int64_t>(0));
        QCOMPARE(m.app->securityHigh, std::optional<std::int64_t>(3));
        QCOMPARE(m.app->integrationTestsPassed, std::optional<bool>(true));
        QCOMPARE(m.app->stagingValidated, std::optional<bool>(false));
        QCOMPARE(m.app->containsPii, std::optional<bool>(false));
        QCOMPARE(m.app->risk, std::optional<std::string>("high"));

        QVERIFY(m.pipeline);
        QCOMPARE(m.pipeline->dataQualityChecksPassed, std::optional<bool>(true));
        QCOMPARE(m.pipeline->lineageDocumented, std::optional<bool>(false));
        QCOMPARE(m.pipeline->freshnessSlaHours, std::optional<double>(6));
        QCOMPARE(m.pipeline->monthlyCostUsd, std::optional<double>(120.5));
        QCOMPARE(m.pipeline->monthlyBudgetUsd, std::optional<double>(100));
        QCOMPARE(m.pipeline->containsPii, std::optional<bool>(true));

        QCOMPARE(m.artifacts.size(), std::size_t(4));
        QCOMPARE(m.artifacts[0].path, std::string("evaluation.csv"));
        // Upper-case hexadecimal is accepted and kept in lower case, as the digests are compared.
        QCOMPARE(m.artifacts[0].sha256, std::string(64, 'a'));
        QCOMPARE(m.artifacts[0].role, std::string("evaluation"));
        QCOMPARE(m.artifacts[1].path, std::string("data/attributions.csv"));
        QVERIFY(m.artifactWithRole("attributions") == &m.artifacts[1]);
        QVERIFY(m.artifactWithRole("drift_current") == nullptr);
        // "other" may appear more than once.
        QCOMPARE(m.artifacts[3].role, std::string("other"));

        QVERIFY(m.unknownKeys.empty());
        QVERIFY(m.raw == Json::parse(completeManifestBytes()));
    }

    void minimalModelManifest()
    {
        const auto parsed = parseJson(minimalModel());
        QVERIFY2(parsed, why(parsed).constData());
        const Manifest &m = *parsed;
        QVERIFY(m.kind == PackageKind::MlModel); // QCOMPARE would find toString(PackageKind) by ADL
        QCOMPARE(m.model.primaryMetric, std::string("auc"));
        QCOMPARE(m.model.decisionThreshold, 0.5);
        QVERIFY(!m.model.hasBaseline());
        QVERIFY(!m.model.baselineDecisionThreshold);
        QCOMPARE(m.model.effectiveBaselineThreshold(), 0.5);
        QCOMPARE(m.model.adverseOutcome, AdverseOutcome::HighScore);
        QCOMPARE(m.useCase.decision, std::string("none"));
        QCOMPARE(m.useCase.customerFacing, false);
        QVERIFY(m.useCase.regulations.empty());
        QVERIFY(m.features.empty());
        QVERIFY(m.dataSources.empty());
        QVERIFY(m.protectedAttributes.empty());
        QVERIFY(m.reportedMetrics.empty());
        QVERIFY(!m.cost && !m.rollback && !m.abTest && !m.monitoring && !m.explainability);
        QVERIFY(!m.lineage && !m.tests && !m.app && !m.pipeline);
        QVERIFY(!m.requestedTrack);
        QVERIFY(m.artifacts.empty());
        QVERIFY(m.unknownKeys.empty());
    }

    void minimalAppAndPipelineManifests_data()
    {
        QTest::addColumn<QString>("kind");
        QTest::addColumn<int>("expected");
        QTest::newRow("app") << QStringLiteral("app") << int(PackageKind::App);
        QTest::newRow("data_pipeline") << QStringLiteral("data_pipeline") << int(PackageKind::DataPipeline);
    }

    void minimalAppAndPipelineManifests()
    {
        QFETCH(QString, kind);
        QFETCH(int, expected);
        // No model section: it is required for ml_model only.
        Json doc = minimalModel();
        doc.erase("model");
        doc["kind"] = kind.toStdString();
        const auto parsed = parseJson(doc);
        QVERIFY2(parsed, why(parsed).constData());
        QCOMPARE(int(parsed->kind), expected);
        QCOMPARE(toString(parsed->kind), kind.toStdString());
    }

    void nullOptionalSectionsAreAbsent()
    {
        Json doc = minimalModel();
        doc["ab_test"] = nullptr;
        doc["requested_track"] = nullptr;
        doc["model"]["baseline_version"] = nullptr;
        doc["model"]["baseline_architecture"] = nullptr;
        const auto parsed = parseJson(doc);
        QVERIFY2(parsed, why(parsed).constData());
        QVERIFY(!parsed->abTest);
        QVERIFY(!parsed->requestedTrack);
        QVERIFY(!parsed->model.hasBaseline());
    }

    void refused_data()
    {
        QTest::addColumn<QByteArray>("patch"); // a JSON merge patch (RFC 7386) of the minimal manifest
        QTest::addColumn<QString>("expected");

        QTest::newRow("decision_threshold not a number")
            << QByteArray(R"({"model": {"decision_threshold": "0.5x"}})")
            << QStringLiteral(R"(manifest.json: model.decision_threshold: expected a number, got "0.5x")");
        QTest::newRow("decision_threshold a boolean")
            << QByteArray(R"({"model": {"decision_threshold": true}})")
            << QStringLiteral("manifest.json: model.decision_threshold: expected a number, got a boolean true");
        QTest::newRow("decision_threshold missing")
            << QByteArray(R"({"model": {"decision_threshold": null}})")
            << QStringLiteral("manifest.json: model.decision_threshold: required but missing");
        QTest::newRow("baseline_decision_threshold a string")
            << QByteArray(R"({"model": {"baseline_decision_threshold": "high"}})")
            << QStringLiteral(R"(manifest.json: model.baseline_decision_threshold: expected a number, got "high")");
        QTest::newRow("wrong schema")
            << QByteArray(R"({"schema": "countersign.package/v2"})")
            << QStringLiteral(R"(manifest.json: schema: unsupported package schema "countersign.package/v2", expected "countersign.package/v1")");
        QTest::newRow("schema missing") << QByteArray(R"({"schema": null})")
                                        << QStringLiteral("manifest.json: schema: required but missing");
        QTest::newRow("schema a number") << QByteArray(R"({"schema": 1})")
                                         << QStringLiteral("manifest.json: schema: expected a string, got 1");
        QTest::newRow("unknown kind")
            << QByteArray(R"({"kind": "model"})")
            << QStringLiteral(R"(manifest.json: kind: expected "ml_model", "app" or "data_pipeline", got "model")");
        QTest::newRow("id missing") << QByteArray(R"({"id": null})")
                                    << QStringLiteral("manifest.json: id: required but missing");
        QTest::newRow("id empty") << QByteArray(R"({"id": ""})") << QStringLiteral("manifest.json: id: must not be empty");
        QTest::newRow("name missing") << QByteArray(R"({"name": null})")
                                      << QStringLiteral("manifest.json: name: required but missing");
        QTest::newRow("version a number") << QByteArray(R"({"version": 2})")
                                          << QStringLiteral("manifest.json: version: expected a string, got 2");
        QTest::newRow("model missing for ml_model") << QByteArray(R"({"model": null})")
                                                    << QStringLiteral("manifest.json: model: required but missing");
        QTest::newRow("model an array") << QByteArray(R"({"model": [1]})")
                                        << QStringLiteral("manifest.json: model: expected an object, got an array [1]");
        QTest::newRow("unknown primary metric")
            << QByteArray(R"({"model": {"primary_metric": "logloss"}})")
            << QStringLiteral(R"(manifest.json: model.primary_metric: expected one of "auc", "accuracy", "f1", "precision", "recall", got "logloss")");
        QTest::newRow("unknown adverse outcome")
            << QByteArray(R"({"model": {"adverse_outcome": "bad"}})")
            << QStringLiteral(R"(manifest.json: model.adverse_outcome: expected "high_score" or "low_score", got "bad")");
        QTest::newRow("customer_facing a string")
            << QByteArray(R"({"use_case": {"customer_facing": "yes"}})")
            << QStringLiteral(R"(manifest.json: use_case.customer_facing: expected true or false, got "yes")");
        QTest::newRow("regulations with a number")
            << QByteArray(R"({"use_case": {"regulations": ["ECOA", 7]}})")
            << QStringLiteral("manifest.json: use_case.regulations[1]: expected a string, got 7");
        QTest::newRow("use_case a string")
            << QByteArray(R"({"use_case": "credit"})")
            << QStringLiteral(R"(manifest.json: use_case: expected an object, got "credit")");
        QTest::newRow("bad feature status")
            << QByteArray(R"({"features": [{"name": "a"}, {"name": "b", "status": "old"}]})")
            << QStringLiteral(R"(manifest.json: features[1].status: expected "existing" or "new", got "old")");
        QTest::newRow("bad feature type")
            << QByteArray(R"({"features": [{"name": "a", "type": "text"}]})")
            << QStringLiteral(R"(manifest.json: features[0].type: expected "numeric" or "categorical", got "text")");
        QTest::newRow("feature without a name")
            << QByteArray(R"({"features": [{"name": "a"}, {"source": "s"}]})")
            << QStringLiteral("manifest.json: features[1].name: required but missing");
        QTest::newRow("feature not an object")
            << QByteArray(R"({"features": ["income"]})")
            << QStringLiteral(R"(manifest.json: features[0]: expected an object, got "income")");
        QTest::newRow("features an object")
            << QByteArray(R"({"features": {"name": "a"}})")
            << QStringLiteral(R"(manifest.json: features: expected an array, got an object {"name":"a"})");
        QTest::newRow("contains_pii a string")
            << QByteArray(R"({"data_sources": [{"name": "a", "contains_pii": "no"}]})")
            << QStringLiteral(R"(manifest.json: data_sources[0].contains_pii: expected true or false, got "no")");
        QTest::newRow("protected attribute twice")
            << QByteArray(R"({"protected_attributes": ["sex", "age", "sex"]})")
            << QStringLiteral(R"(manifest.json: protected_attributes: "sex" is listed twice)");
        QTest::newRow("reported metric a string")
            << QByteArray(R"({"reported_metrics": {"auc": "0.8"}})")
            << QStringLiteral(R"(manifest.json: reported_metrics.auc: expected a number, got "0.8")");
        QTest::newRow("drift monitoring flag a number")
            << QByteArray(R"({"monitoring": {"data_drift": {"enabled": 1}}})")
            << QStringLiteral("manifest.json: monitoring.data_drift.enabled: expected true or false, got 1");
        QTest::newRow("training dataset rows a string")
            << QByteArray(R"({"lineage": {"training_datasets": [{"name": "d", "rows": "many"}]}})")
            << QStringLiteral(R"(manifest.json: lineage.training_datasets[0].rows: expected a number, got "many")");
        QTest::newRow("security scan count not whole")
            << QByteArray(R"({"app": {"security_scan": {"critical": 1.5}}})")
            << QStringLiteral("manifest.json: app.security_scan.critical: expected a whole number, got 1.5");
        QTest::newRow("app risk medium")
            << QByteArray(R"({"app": {"risk": "medium"}})")
            << QStringLiteral(R"(manifest.json: app.risk: expected "low" or "high", got "medium")");
        QTest::newRow("pipeline cost a string")
            << QByteArray(R"({"pipeline": {"monthly_cost_usd": "100"}})")
            << QStringLiteral(R"(manifest.json: pipeline.monthly_cost_usd: expected a number, got "100")");
        QTest::newRow("bad artifact role")
            << QByteArray(R"({"artifacts": [{"path": "e.csv", "sha256": "0000000000000000000000000000000000000000000000000000000000000000", "role": "eval"}]})")
            << QStringLiteral(R"(manifest.json: artifacts[0].role: expected one of "evaluation", "attributions", "baseline_attributions", "drift_reference", "drift_current", "other", got "eval")");
        QTest::newRow("artifact role twice")
            << QByteArray(R"({"artifacts": [{"path": "a.csv", "sha256": "0000000000000000000000000000000000000000000000000000000000000000", "role": "evaluation"},
                                            {"path": "b.csv", "sha256": "0000000000000000000000000000000000000000000000000000000000000000", "role": "evaluation"}]})")
            << QStringLiteral(R"(manifest.json: artifacts[1].role: a second artifact with role "evaluation"; each data role appears once)");
        QTest::newRow("sha256 too short")
            << QByteArray(R"({"artifacts": [{"path": "e.csv", "sha256": "abc", "role": "evaluation"}]})")
            << QStringLiteral(R"(manifest.json: artifacts[0].sha256: expected 64 hexadecimal digits, got "abc")");
        QTest::newRow("sha256 not hexadecimal")
            << QByteArray(R"({"artifacts": [{"path": "e.csv", "sha256": "000000000000000000000000000000000000000000000000000000000000000g", "role": "evaluation"}]})")
            << QStringLiteral(R"(manifest.json: artifacts[0].sha256: expected 64 hexadecimal digits, got "000000000000000000000000000000000000000000000000000000000000000g")");
        QTest::newRow("sha256 with a prefix")
            << QByteArray(R"({"artifacts": [{"path": "e.csv", "sha256": "sha256:00000000000000000000000000000000000000000000000000000000", "role": "evaluation"}]})")
            << QStringLiteral(R"(manifest.json: artifacts[0].sha256: expected 64 hexadecimal digits, got "sha256:00000000000000000000000000000000000000000000000000000000")");
        QTest::newRow("sha256 missing")
            << QByteArray(R"({"artifacts": [{"path": "e.csv", "role": "evaluation"}]})")
            << QStringLiteral("manifest.json: artifacts[0].sha256: required but missing");
        QTest::newRow("artifact path ../")
            << QByteArray(R"({"artifacts": [{"path": "../x", "sha256": "0000000000000000000000000000000000000000000000000000000000000000", "role": "evaluation"}]})")
            << QStringLiteral(R"(manifest.json: artifacts[0].path: "../x" leaves the package (absolute or with ".."); refused)");
        QTest::newRow("artifact path absolute")
            << QByteArray(R"({"artifacts": [{"path": "ok.csv", "sha256": "0000000000000000000000000000000000000000000000000000000000000000", "role": "other"},
                                            {"path": "/etc/passwd", "sha256": "0000000000000000000000000000000000000000000000000000000000000000", "role": "evaluation"}]})")
            << QStringLiteral(R"(manifest.json: artifacts[1].path: "/etc/passwd" leaves the package (absolute or with ".."); refused)");
        QTest::newRow("artifact not an object")
            << QByteArray(R"({"artifacts": ["evaluation.csv"]})")
            << QStringLiteral(R"(manifest.json: artifacts[0]: expected an object, got "evaluation.csv")");
    }

    void refused()
    {
        QFETCH(QByteArray, patch);
        QFETCH(QString, expected);
        Json doc = minimalModel();
        doc.merge_patch(Json::parse(patch.toStdString()));
        const auto parsed = parseJson(doc);
        QVERIFY(!parsed);
        QCOMPARE(messageOf(parsed), expected);
    }

    void notJson_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QString>("expected");
        QTest::newRow("empty") << QByteArray("")
                               << QStringLiteral("manifest.json: not valid JSON (parse error at line 1, column 1:");
        QTest::newRow("missing colon") << QByteArray("{\n  \"schema\": \"countersign.package/v1\",\n  \"kind\" \"x\"\n}")
                                       << QStringLiteral("manifest.json: not valid JSON (parse error at line 3, column 12:");
        QTest::newRow("trailing comma") << QByteArray("{\"a\": 1,}")
                                        << QStringLiteral("manifest.json: not valid JSON (parse error at line 1, column 9:");
        QTest::newRow("two documents") << QByteArray("{} {}")
                                       << QStringLiteral("manifest.json: not valid JSON (parse error at line 1, column 4:");
    }

    void notJson()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(QString, expected);
        const auto parsed = parseManifest(bytes.toStdString());
        QVERIFY(!parsed);
        QVERIFY2(messageOf(parsed).startsWith(expected), qPrintable(messageOf(parsed)));
    }

    void topLevelNotAnObject()
    {
        const auto parsed = parseManifest("[1, 2]");
        QVERIFY(!parsed);
        QCOMPARE(messageOf(parsed),
                 QStringLiteral("manifest.json: expected a JSON object at the top level, got an array [1,2]"));
    }

    void messagesNameTheGivenSource()
    {
        Json doc = minimalModel();
        doc["kind"] = "robot";
        const auto parsed = parseManifest(doc.dump(), QStringLiteral("pkg.zip/manifest.json"));
        QVERIFY(!parsed);
        QVERIFY2(messageOf(parsed).startsWith(QStringLiteral("pkg.zip/manifest.json: kind: ")), qPrintable(messageOf(parsed)));
    }

    void unknownKeysAreKept()
    {
        Json doc = minimalModel();
        doc["x_team"] = "risk-ml";
        doc["review_notes"] = {{"ticket", "RISK-12"}, {"priority", 2}};
        doc["model"]["calibration"] = "isotonic"; // unknown nested keys are not refused either
        doc["artifacts"] = Json::array();
        const auto parsed = parseJson(doc);
        QVERIFY2(parsed, why(parsed).constData());
        // Document order, top level only.
        QCOMPARE(parsed->unknownKeys, (std::vector<std::string>{"x_team", "review_notes"}));
        QVERIFY(parsed->raw.at("x_team") == Json("risk-ml"));
        QVERIFY(parsed->raw.at("review_notes").at("ticket") == Json("RISK-12"));
        QVERIFY(parsed->raw.at("model").at("calibration") == Json("isotonic"));
        QVERIFY(parsed->raw == doc);
    }

    void safeRelativePaths_data()
    {
        QTest::addColumn<QByteArray>("path");
        QTest::addColumn<bool>("safe");
        QTest::newRow("../x") << QByteArray("../x") << false;
        QTest::newRow("a/../../x") << QByteArray("a/../../x") << false;
        QTest::newRow("/etc/passwd") << QByteArray("/etc/passwd") << false;
        QTest::newRow("C:\\x") << QByteArray("C:\\x") << false;
        QTest::newRow("C:/x") << QByteArray("C:/x") << false;
        QTest::newRow("a\\b") << QByteArray("a\\b") << false;
        QTest::newRow("..\\x") << QByteArray("..\\x") << false;
        QTest::newRow("..") << QByteArray("..") << false;
        QTest::newRow("a/..") << QByteArray("a/..") << false;
        QTest::newRow("empty") << QByteArray("") << false;
        QTest::newRow("//server/share") << QByteArray("//server/share") << false;
        QTest::newRow("NUL inside") << QByteArray("a\0b", 3) << false;
        QTest::newRow("data/eval.csv") << QByteArray("data/eval.csv") << true;
        QTest::newRow("x..y.csv") << QByteArray("x..y.csv") << true;
        QTest::newRow("evaluation.csv") << QByteArray("evaluation.csv") << true;
        QTest::newRow("..hidden") << QByteArray("..hidden") << true;
        QTest::newRow("a/b/c.csv") << QByteArray("a/b/c.csv") << true;
    }

    void safeRelativePaths()
    {
        QFETCH(QByteArray, path);
        QFETCH(bool, safe);
        QCOMPARE(isSafeRelativePath(std::string_view(path.constData(), static_cast<std::size_t>(path.size()))), safe);
    }
};

QTEST_GUILESS_MAIN(TestManifest)
#include "tst_manifest.moc"
