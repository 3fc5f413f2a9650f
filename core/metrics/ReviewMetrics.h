#pragma once

// Everything the review recomputes from a package's data, section by section. A section
// whose inputs the package lacks is empty (null in JSON).

#include "Cost.h"
#include "DecisionImpact.h"
#include "Drift.h"
#include "Explainability.h"
#include "Fairness.h"
#include "Performance.h"
#include "ReportedMetrics.h"
#include "package/Package.h"

namespace cs::metrics {

struct ReviewMetrics
{
    std::optional<BinaryMetrics> candidate;
    std::optional<BinaryMetrics> baseline;
    std::string primaryMetric;
    std::optional<double> primaryChangePct;
    std::optional<std::vector<AttributeFairness>> fairness;
    std::optional<std::vector<FeatureDrift>> drift;
    std::optional<ExplainabilityResult> explainability;
    std::optional<DecisionImpact> decisionImpact;
    std::optional<CostEstimate> cost;
    std::vector<ReportedComparison> reportedVsRecomputed;
    // For charts: ROC curves of both models.
    std::vector<RocPoint> candidateRoc;
    std::vector<RocPoint> baselineRoc;
};

struct MetricSettings
{
    std::uint64_t minGroupSize = 30;
};

// Runs the independent sections on all cores.
ReviewMetrics computeMetrics(const package::LoadedPackage &package, const MetricSettings &settings);

} // namespace cs::metrics
