#include "Manifest.h"

#include <algorithm>
#include <array>
#include <QStringList>

#include <set>

namespace cs::package {

namespace {

constexpr std::array kKnownTopLevelKeys = {
    "schema", "id", "kind", "name", "version", "submitted_by", "submitted_at", "summary",
    "requested_track", "use_case", "model", "features", "data_sources", "protected_attributes",
    "reported_metrics", "cost", "rollback", "ab_test", "monitoring", "explainability", "lineage",
    "tests", "app", "pipeline", "artifacts"};

constexpr std::array kArtifactRoles = {"evaluation", "attributions", "baseline_attributions",
                                       "drift_reference", "drift_current", "other"};

constexpr std::array kPrimaryMetrics = {"auc", "accuracy", "f1", "precision", "recall"};

template<std::size_t N>
bool oneOf(const std::string &value, const std::array<const char *, N> &allowed)
{
    return std::any_of(allowed.begin(), allowed.end(), [&](const char *a) { return value == a; });
}

template<std::size_t N>
QString listOf(const std::array<const char *, N> &allowed)
{
    QStringList items;
    for (const char *a : allowed)
        items << QLatin1Char('"') + QString::fromUtf8(a) + QLatin1Char('"');
    return items.join(QStringLiteral(", "));
}

QString quote(const std::string &value)
{
    return QLatin1Char('"') + QString::fromStdString(value) + QLatin1Char('"');
}

bool isLowerHex64(const std::string &text)
{
    return text.size() == 64 && std::all_of(text.begin(), text.end(), [](char c) {
               return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f');
           });
}

class ManifestParser
{
public:
    explicit ManifestParser(const QString &source) : m_in(source) {}

    Result<Manifest> parse(std::string_view bytes)
    {
        Json doc;
        try {
            doc = Json::parse(bytes.begin(), bytes.end());
        } catch (const nlohmann::json::parse_error &e) {
            return makeError(m_in.source() + QStringLiteral(": not valid JSON (")
                             + parseErrorText(e) + QLatin1Char(')'));
        }
        if (!doc.is_object())
            return makeError(m_in.source() + QStringLiteral(": expected a JSON object at the top level, got ")
                             + JsonReader::describe(doc));

        Manifest m;
        readIdentity(doc, m);
        if (!m_in.failed())
            readUseCase(doc, m);
        if (!m_in.failed() && m.kind == PackageKind::MlModel)
            readModel(doc, m);
        if (!m_in.failed())
            readFeaturesAndSources(doc, m);
        if (!m_in.failed())
            readReported(doc, m);
        if (!m_in.failed())
            readOperations(doc, m);
        if (!m_in.failed())
            readKindSpecific(doc, m);
        if (!m_in.failed())
            readArtifacts(doc, m);
        if (m_in.failed())
            return m_in.error();

        for (const auto &item : doc.items()) {
            if (!oneOf(item.key(), kKnownTopLevelKeys))
                m.unknownKeys.push_back(item.key());
        }
        m.raw = std::move(doc);
        return m;
    }

private:
    static QString parseErrorText(const nlohmann::json::parse_error &e)
    {
        QString text = QString::fromUtf8(e.what());
        const int cut = text.indexOf(QLatin1Char(']'));
        if (cut >= 0)
            text = text.mid(cut + 1).trimmed();
        return text;
    }

    void readIdentity(const Json &doc, Manifest &m)
    {
        const auto schema = m_in.string(doc, "", "schema", Need::Required);
        if (!schema)
            return;
        if (*schema != kPackageSchema) {
            m_in.fail("schema", QStringLiteral("unsupported package schema %1, expected \"%2\"")
                                    .arg(quote(*schema), QString::fromUtf8(kPackageSchema)));
            return;
        }
        m.schema = *schema;
        m.id = m_in.string(doc, "", "id", Need::Required).value_or("");
        if (!m_in.failed() && m.id.empty())
            m_in.fail("id", QStringLiteral("must not be empty"));
        const auto kind = m_in.string(doc, "", "kind", Need::Required);
        if (kind) {
            if (*kind == "ml_model")
                m.kind = PackageKind::MlModel;
            else if (*kind == "app")
                m.kind = PackageKind::App;
            else if (*kind == "data_pipeline")
                m.kind = PackageKind::DataPipeline;
            else
                m_in.fail("kind", QStringLiteral("expected \"ml_model\", \"app\" or \"data_pipeline\", got %1")
                                      .arg(quote(*kind)));
        }
        m.name = m_in.string(doc, "", "name", Need::Required).value_or("");
        m.version = m_in.string(doc, "", "version", Need::Required).value_or("");
        m.submittedBy = m_in.string(doc, "", "submitted_by").value_or("");
        m.submittedAt = m_in.string(doc, "", "submitted_at").value_or("");
        m.summary = m_in.string(doc, "", "summary").value_or("");
        m.requestedTrack = m_in.string(doc, "", "requested_track");
    }

    void readUseCase(const Json &doc, Manifest &m)
    {
        const Json *uc = m_in.object(doc, "", "use_case");
        if (!uc)
            return;
        m.useCase.domain = m_in.string(*uc, "use_case", "domain").value_or("");
        m.useCase.decision = m_in.string(*uc, "use_case", "decision").value_or("none");
        m.useCase.customerFacing = m_in.boolean(*uc, "use_case", "customer_facing").value_or(false);
        m.useCase.regulations = m_in.stringArray(*uc, "use_case", "regulations").value_or(std::vector<std::string>{});
    }

    void readModel(const Json &doc, Manifest &m)
    {
        const Json *model = m_in.object(doc, "", "model", Need::Required);
        if (!model)
            return;
        ModelInfo &info = m.model;
        info.architecture = m_in.string(*model, "model", "architecture").value_or("");
        info.baselineVersion = m_in.string(*model, "model", "baseline_version");
        info.baselineArchitecture = m_in.string(*model, "model", "baseline_architecture");
        info.primaryMetric = m_in.string(*model, "model", "primary_metric", Need::Required).value_or("auc");
        if (!m_in.failed() && !oneOf(info.primaryMetric, kPrimaryMetrics))
            m_in.fail("model.primary_metric",
                      QStringLiteral("expected one of %1, got %2").arg(listOf(kPrimaryMetrics), quote(info.primaryMetric)));
        info.decisionThreshold = m_in.number(*model, "model", "decision_threshold", Need::Required).value_or(0.5);
        info.baselineDecisionThreshold = m_in.number(*model, "model", "baseline_decision_threshold");
        const auto adverse = m_in.string(*model, "model", "adverse_outcome", Need::Required);
        if (adverse) {
            if (*adverse == "high_score")
                info.adverseOutcome = AdverseOutcome::HighScore;
            else if (*adverse == "low_score")
                info.adverseOutcome = AdverseOutcome::LowScore;
            else
                m_in.fail("model.adverse_outcome",
                          QStringLiteral("expected \"high_score\" or \"low_score\", got %1").arg(quote(*adverse)));
        }
    }

    void readFeaturesAndSources(const Json &doc, Manifest &m)
    {
        if (const Json *features = m_in.array(doc, "", "features")) {
            for (std::size_t i = 0; i < features->size() && !m_in.failed(); ++i) {
                const std::string path = JsonReader::index("features", i);
                const Json &item = (*features)[i];
                if (!item.is_object()) {
                    m_in.fail(path, QStringLiteral("expected an object, got %1").arg(JsonReader::describe(item)));
                    break;
                }
                Feature f;
                f.name = m_in.string(item, path, "name", Need::Required).value_or("");
                f.source = m_in.string(item, path, "source").value_or("");
                const std::string status = m_in.string(item, path, "status").value_or("existing");
                if (status == "new")
                    f.isNew = true;
                else if (status != "existing" && !m_in.failed())
                    m_in.fail(JsonReader::join(path, "status"),
                              QStringLiteral("expected \"existing\" or \"new\", got %1").arg(quote(status)));
                const std::string type = m_in.string(item, path, "type").value_or("numeric");
                if (type == "categorical")
                    f.type = FeatureType::Categorical;
                else if (type != "numeric" && !m_in.failed())
                    m_in.fail(JsonReader::join(path, "type"),
                              QStringLiteral("expected \"numeric\" or \"categorical\", got %1").arg(quote(type)));
                m.features.push_back(std::move(f));
            }
        }
        if (const Json *sources = m_in.array(doc, "", "data_sources")) {
            for (std::size_t i = 0; i < sources->size() && !m_in.failed(); ++i) {
                const std::string path = JsonReader::index("data_sources", i);
                const Json &item = (*sources)[i];
                if (!item.is_object()) {
                    m_in.fail(path, QStringLiteral("expected an object, got %1").arg(JsonReader::describe(item)));
                    break;
                }
                DataSource s;
                s.name = m_in.string(item, path, "name", Need::Required).value_or("");
                s.registryRef = m_in.string(item, path, "registry_ref");
                s.containsPii = m_in.boolean(item, path, "contains_pii").value_or(false);
                s.piiApprovalRef = m_in.string(item, path, "pii_approval_ref");
                if (s.piiApprovalRef && s.piiApprovalRef->empty())
                    s.piiApprovalRef.reset();
                m.dataSources.push_back(std::move(s));
            }
        }
        m.protectedAttributes =
            m_in.stringArray(doc, "", "protected_attributes").value_or(std::vector<std::string>{});
        std::set<std::string> seen;
        for (const auto &attribute : m.protectedAttributes) {
            if (!seen.insert(attribute).second && !m_in.failed())
                m_in.fail("protected_attributes", QStringLiteral("%1 is listed twice").arg(quote(attribute)));
        }
    }

    void readReported(const Json &doc, Manifest &m)
    {
        const Json *reported = m_in.object(doc, "", "reported_metrics");
        if (!reported)
            return;
        for (const auto &item : reported->items()) {
            if (item.value().is_null())
                continue;
            const auto value = m_in.number(*reported, "reported_metrics", item.key().c_str());
            if (m_in.failed())
                return;
            m.reportedMetrics.push_back({item.key(), *value});
        }
    }

    void readOperations(const Json &doc, Manifest &m)
    {
        if (const Json *cost = m_in.object(doc, "", "cost")) {
            CostInfo c;
            c.per1kUsd = m_in.number(*cost, "cost", "per_1k_inferences_usd");
            c.baselinePer1kUsd = m_in.number(*cost, "cost", "baseline_per_1k_inferences_usd");
            c.monthlyVolume = m_in.number(*cost, "cost", "monthly_volume");
            c.monthlyBudgetUsd = m_in.number(*cost, "cost", "monthly_budget_usd");
            m.cost = c;
        }
        if (const Json *rollback = m_in.object(doc, "", "rollback")) {
            RollbackInfo r;
            r.targetVersion = m_in.string(*rollback, "rollback", "target_version");
            r.plan = m_in.string(*rollback, "rollback", "plan");
            r.maxMinutes = m_in.number(*rollback, "rollback", "max_minutes");
            r.downstreamConsumers = m_in.stringArray(*rollback, "rollback", "downstream_consumers")
                                        .value_or(std::vector<std::string>{});
            m.rollback = r;
        }
        if (const Json *ab = m_in.object(doc, "", "ab_test")) {
            AbTestInfo a;
            a.trafficPercent = m_in.number(*ab, "ab_test", "traffic_percent");
            a.durationDays = m_in.number(*ab, "ab_test", "duration_days");
            a.successMetric = m_in.string(*ab, "ab_test", "success_metric");
            a.guardrails = m_in.stringArray(*ab, "ab_test", "guardrails").value_or(std::vector<std::string>{});
            m.abTest = a;
        }
        if (const Json *monitoring = m_in.object(doc, "", "monitoring")) {
            MonitoringInfo mon;
            if (const Json *data = m_in.object(*monitoring, "monitoring", "data_drift")) {
                mon.dataDriftEnabled = m_in.boolean(*data, "monitoring.data_drift", "enabled");
                mon.psiAlert = m_in.number(*data, "monitoring.data_drift", "psi_alert");
            }
            if (const Json *conceptDrift = m_in.object(*monitoring, "monitoring", "concept_drift")) {
                mon.conceptDriftEnabled = m_in.boolean(*conceptDrift, "monitoring.concept_drift", "enabled");
                mon.windowDays = m_in.number(*conceptDrift, "monitoring.concept_drift", "window_days");
            }
            m.monitoring = mon;
        }
        if (const Json *explain = m_in.object(doc, "", "explainability")) {
            ExplainabilityInfo e;
            e.method = m_in.string(*explain, "explainability", "method");
            e.reasonCodes = m_in.boolean(*explain, "explainability", "reason_codes");
            m.explainability = e;
        }
        if (const Json *lineage = m_in.object(doc, "", "lineage")) {
            LineageInfo l;
            if (const Json *datasets = m_in.array(*lineage, "lineage", "training_datasets")) {
                for (std::size_t i = 0; i < datasets->size() && !m_in.failed(); ++i) {
                    const std::string path = JsonReader::index("lineage.training_datasets", i);
                    const Json &item = (*datasets)[i];
                    if (!item.is_object()) {
                        m_in.fail(path, QStringLiteral("expected an object, got %1").arg(JsonReader::describe(item)));
                        break;
                    }
                    TrainingDataset d;
                    d.name = m_in.string(item, path, "name").value_or("");
                    d.uri = m_in.string(item, path, "uri");
                    d.sha256 = m_in.string(item, path, "sha256");
                    if (d.sha256 && d.sha256->empty())
                        d.sha256.reset();
                    d.rows = m_in.number(item, path, "rows");
                    d.snapshot = m_in.string(item, path, "snapshot");
                    l.trainingDatasets.push_back(std::move(d));
                }
            }
            l.trainingCode = m_in.string(*lineage, "lineage", "training_code");
            m.lineage = l;
        }
        if (const Json *tests = m_in.object(doc, "", "tests")) {
            TestsInfo t;
            t.automatedPassed = m_in.boolean(*tests, "tests", "automated_passed");
            t.suite = m_in.string(*tests, "tests", "suite");
            t.report = m_in.string(*tests, "tests", "report");
            m.tests = t;
        }
    }

    void readKindSpecific(const Json &doc, Manifest &m)
    {
        if (const Json *app = m_in.object(doc, "", "app")) {
            AppInfo a;
            a.codeReviewApprovals = m_in.integer(*app, "app", "code_review_approvals");
            if (const Json *scan = m_in.object(*app, "app", "security_scan")) {
                a.securityCritical = m_in.integer(*scan, "app.security_scan", "critical");
                a.securityHigh = m_in.integer(*scan, "app.security_scan", "high");
            }
            a.integrationTestsPassed = m_in.boolean(*app, "app", "integration_tests_passed");
            a.stagingValidated = m_in.boolean(*app, "app", "staging_validated");
            a.containsPii = m_in.boolean(*app, "app", "contains_pii");
            a.risk = m_in.string(*app, "app", "risk");
            if (a.risk && *a.risk != "low" && *a.risk != "high" && !m_in.failed())
                m_in.fail("app.risk", QStringLiteral("expected \"low\" or \"high\", got %1").arg(quote(*a.risk)));
            m.app = a;
        }
        if (const Json *pipeline = m_in.object(doc, "", "pipeline")) {
            PipelineInfo p;
            p.dataQualityChecksPassed = m_in.boolean(*pipeline, "pipeline", "data_quality_checks_passed");
            p.lineageDocumented = m_in.boolean(*pipeline, "pipeline", "lineage_documented");
            p.freshnessSlaHours = m_in.number(*pipeline, "pipeline", "freshness_sla_hours");
            p.monthlyCostUsd = m_in.number(*pipeline, "pipeline", "monthly_cost_usd");
            p.monthlyBudgetUsd = m_in.number(*pipeline, "pipeline", "monthly_budget_usd");
            p.containsPii = m_in.boolean(*pipeline, "pipeline", "contains_pii");
            m.pipeline = p;
        }
    }

    void readArtifacts(const Json &doc, Manifest &m)
    {
        const Json *artifacts = m_in.array(doc, "", "artifacts");
        if (!artifacts)
            return;
        std::set<std::string> roles;
        for (std::size_t i = 0; i < artifacts->size() && !m_in.failed(); ++i) {
            const std::string path = JsonReader::index("artifacts", i);
            const Json &item = (*artifacts)[i];
            if (!item.is_object()) {
                m_in.fail(path, QStringLiteral("expected an object, got %1").arg(JsonReader::describe(item)));
                return;
            }
            Artifact a;
            a.path = m_in.string(item, path, "path", Need::Required).value_or("");
            a.sha256 = m_in.string(item, path, "sha256", Need::Required).value_or("");
            a.role = m_in.string(item, path, "role", Need::Required).value_or("");
            if (m_in.failed())
                return;
            if (!isSafeRelativePath(a.path)) {
                m_in.fail(JsonReader::join(path, "path"),
                          QStringLiteral("%1 leaves the package (absolute or with \"..\"); refused").arg(quote(a.path)));
                return;
            }
            std::string lowered = a.sha256;
            std::transform(lowered.begin(), lowered.end(), lowered.begin(),
                           [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
            if (!isLowerHex64(lowered)) {
                m_in.fail(JsonReader::join(path, "sha256"),
                          QStringLiteral("expected 64 hexadecimal digits, got %1").arg(quote(a.sha256)));
                return;
            }
            a.sha256 = lowered;
            if (!oneOf(a.role, kArtifactRoles)) {
                m_in.fail(JsonReader::join(path, "role"),
                          QStringLiteral("expected one of %1, got %2").arg(listOf(kArtifactRoles), quote(a.role)));
                return;
            }
            if (a.role != "other" && !roles.insert(a.role).second) {
                m_in.fail(JsonReader::join(path, "role"),
                          QStringLiteral("a second artifact with role %1; each data role appears once").arg(quote(a.role)));
                return;
            }
            m.artifacts.push_back(std::move(a));
        }
    }

    JsonReader m_in;
};

} // namespace

std::string toString(PackageKind kind)
{
    switch (kind) {
    case PackageKind::MlModel: return "ml_model";
    case PackageKind::App: return "app";
    case PackageKind::DataPipeline: return "data_pipeline";
    }
    return "ml_model";
}

const Artifact *Manifest::artifactWithRole(std::string_view role) const
{
    for (const auto &a : artifacts) {
        if (a.role == role)
            return &a;
    }
    return nullptr;
}

const Feature *Manifest::feature(std::string_view featureName) const
{
    for (const auto &f : features) {
        if (f.name == featureName)
            return &f;
    }
    return nullptr;
}

bool isSafeRelativePath(std::string_view path)
{
    if (path.empty() || path.front() == '/' || path.find('\\') != std::string_view::npos
        || path.find('\0') != std::string_view::npos)
        return false;
    if (path.size() >= 2 && path[1] == ':') // a drive letter
        return false;
    std::size_t start = 0;
    while (start <= path.size()) {
        const std::size_t end = std::min(path.find('/', start), path.size());
        const std::string_view part = path.substr(start, end - start);
        if (part == "..")
            return false;
        start = end + 1;
    }
    return true;
}

Result<Manifest> parseManifest(std::string_view bytes, const QString &source)
{
    return ManifestParser(source).parse(bytes);
}

} // namespace cs::package
