#pragma once

// The deployment package's manifest.json as typed values (contract section 1). The raw
// document is kept as submitted so that unknown keys are shown, never dropped.

#include "util/JsonReader.h"
#include "util/Result.h"

#include <optional>
#include <string>
#include <vector>

namespace cs::package {

enum class PackageKind { MlModel, App, DataPipeline };
enum class AdverseOutcome { HighScore, LowScore };
enum class FeatureType { Numeric, Categorical };

std::string toString(PackageKind kind);

struct UseCase
{
    std::string domain;
    std::string decision = "none";
    bool customerFacing = false;
    std::vector<std::string> regulations;
};

struct ModelInfo
{
    std::string architecture;
    std::optional<std::string> baselineVersion;
    std::optional<std::string> baselineArchitecture;
    std::string primaryMetric = "auc";
    double decisionThreshold = 0.5;
    std::optional<double> baselineDecisionThreshold;
    AdverseOutcome adverseOutcome = AdverseOutcome::HighScore;

    bool hasBaseline() const { return baselineVersion.has_value(); }
    double effectiveBaselineThreshold() const
    {
        return baselineDecisionThreshold.value_or(decisionThreshold);
    }
};

struct Feature
{
    std::string name;
    std::string source;
    bool isNew = false;
    FeatureType type = FeatureType::Numeric;
};

struct DataSource
{
    std::string name;
    std::optional<std::string> registryRef;
    bool containsPii = false;
    std::optional<std::string> piiApprovalRef;
};

struct ReportedMetric
{
    std::string key;
    double value = 0.0;
};

struct CostInfo
{
    std::optional<double> per1kUsd;
    std::optional<double> baselinePer1kUsd;
    std::optional<double> monthlyVolume;
    std::optional<double> monthlyBudgetUsd;
};

struct RollbackInfo
{
    std::optional<std::string> targetVersion;
    std::optional<std::string> plan;
    std::optional<double> maxMinutes;
    std::vector<std::string> downstreamConsumers;
};

struct AbTestInfo
{
    std::optional<double> trafficPercent;
    std::optional<double> durationDays;
    std::optional<std::string> successMetric;
    std::vector<std::string> guardrails;
};

struct MonitoringInfo
{
    std::optional<bool> dataDriftEnabled;
    std::optional<double> psiAlert;
    std::optional<bool> conceptDriftEnabled;
    std::optional<double> windowDays;
};

struct ExplainabilityInfo
{
    std::optional<std::string> method;
    std::optional<bool> reasonCodes;
};

struct TrainingDataset
{
    std::string name;
    std::optional<std::string> uri;
    std::optional<std::string> sha256;
    std::optional<double> rows;
    std::optional<std::string> snapshot;
};

struct LineageInfo
{
    std::vector<TrainingDataset> trainingDatasets;
    std::optional<std::string> trainingCode;
};

struct TestsInfo
{
    std::optional<bool> automatedPassed;
    std::optional<std::string> suite;
    std::optional<std::string> report;
};

struct AppInfo
{
    std::optional<std::int64_t> codeReviewApprovals;
    std::optional<std::int64_t> securityCritical;
    std::optional<std::int64_t> securityHigh;
    std::optional<bool> integrationTestsPassed;
    std::optional<bool> stagingValidated;
    std::optional<bool> containsPii;
    std::optional<std::string> risk;
};

struct PipelineInfo
{
    std::optional<bool> dataQualityChecksPassed;
    std::optional<bool> lineageDocumented;
    std::optional<double> freshnessSlaHours;
    std::optional<double> monthlyCostUsd;
    std::optional<double> monthlyBudgetUsd;
    std::optional<bool> containsPii;
};

struct Artifact
{
    std::string path;
    std::string sha256;
    std::string role;
};

struct Manifest
{
    std::string schema;
    std::string id;
    PackageKind kind = PackageKind::MlModel;
    std::string name;
    std::string version;
    std::string submittedBy;
    std::string submittedAt;
    std::string summary;
    std::optional<std::string> requestedTrack;
    UseCase useCase;
    ModelInfo model;
    std::vector<Feature> features;
    std::vector<DataSource> dataSources;
    std::vector<std::string> protectedAttributes;
    std::vector<ReportedMetric> reportedMetrics;
    std::optional<CostInfo> cost;
    std::optional<RollbackInfo> rollback;
    std::optional<AbTestInfo> abTest;
    std::optional<MonitoringInfo> monitoring;
    std::optional<ExplainabilityInfo> explainability;
    std::optional<LineageInfo> lineage;
    std::optional<TestsInfo> tests;
    std::optional<AppInfo> app;
    std::optional<PipelineInfo> pipeline;
    std::vector<Artifact> artifacts;

    Json raw;                             // the document as submitted
    std::vector<std::string> unknownKeys; // top-level keys the contract does not name

    const Artifact *artifactWithRole(std::string_view role) const;
    const Feature *feature(std::string_view name) const;
};

inline constexpr const char *kPackageSchema = "countersign.package/v1";

// Parses and validates manifest bytes; the message names the key path and what was expected.
Result<Manifest> parseManifest(std::string_view bytes, const QString &source = QStringLiteral("manifest.json"));

// A relative path that stays inside the package (no "..", not absolute, no backslash).
bool isSafeRelativePath(std::string_view path);

} // namespace cs::package
