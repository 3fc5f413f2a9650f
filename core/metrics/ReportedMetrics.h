#pragma once

// The submitter's claimed numbers against what the data gives (contract section 2).

#include "Performance.h"
#include "package/Manifest.h"

#include <optional>
#include <string>
#include <vector>

namespace cs::metrics {

struct ReportedComparison
{
    std::string metric;
    double reported = 0;
    std::optional<double> recomputed;
    std::optional<double> absDiff;
};

// True for the keys the workbench recomputes (auc ... log_loss and their baseline_ forms).
bool isRecomputedMetric(const std::string &key);

std::vector<ReportedComparison> compareReported(const std::vector<package::ReportedMetric> &reported,
                                                const std::optional<BinaryMetrics> &candidate,
                                                const std::optional<BinaryMetrics> &baseline);

} // namespace cs::metrics
