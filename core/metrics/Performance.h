#pragma once

// Performance of one model's scores against the labels (contract section 2).

#include <cstdint>
#include <optional>
#include <span>
#include <string_view>
#include <vector>

namespace cs::metrics {

struct ConfusionCounts
{
    std::uint64_t tp = 0, fp = 0, tn = 0, fn = 0;
    std::uint64_t total() const { return tp + fp + tn + fn; }
};

struct BinaryMetrics
{
    std::optional<double> auc;
    std::optional<double> accuracy;
    std::optional<double> precision;
    std::optional<double> recall;
    std::optional<double> f1;
    std::optional<double> selectionRate;
    std::optional<double> brier;
    std::optional<double> logLoss;
};

// A case is positive iff score >= threshold.
ConfusionCounts confusion(std::span<const double> labels, std::span<const double> scores, double threshold);

// The scores of the positive and of the negative cases, each sorted ascending: what both the
// AUC and the ROC curve are computed from, so that the million-row sort happens once.
struct ClassScores
{
    std::vector<double> positives;
    std::vector<double> negatives;
};
ClassScores sortByClass(std::span<const double> labels, std::span<const double> scores);

// ROC AUC as the Mann-Whitney statistic, ties counted one half; nothing with only one class.
std::optional<double> rocAuc(const ClassScores &sorted);
std::optional<double> rocAuc(std::span<const double> labels, std::span<const double> scores);

BinaryMetrics binaryMetrics(std::span<const double> labels, std::span<const double> scores, double threshold,
                            const ClassScores *sorted = nullptr);

// Ratios derived from counts (precision, recall, ...), each null on a zero denominator.
std::optional<double> precisionOf(const ConfusionCounts &c);
std::optional<double> recallOf(const ConfusionCounts &c);
std::optional<double> f1Of(const ConfusionCounts &c);
std::optional<double> accuracyOf(const ConfusionCounts &c);
std::optional<double> selectionRateOf(const ConfusionCounts &c);

// A metric by its contract name ("auc", "f1", "log_loss", ...).
std::optional<double> metricByName(const BinaryMetrics &metrics, std::string_view name);

struct RocPoint
{
    double fpr = 0;
    double tpr = 0;
};
// The ROC curve's corner points, one per distinct score, for drawing (about maxPoints).
std::vector<RocPoint> rocCurve(const ClassScores &sorted, std::size_t maxPoints = 512);

} // namespace cs::metrics
