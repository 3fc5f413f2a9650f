#pragma once

// How the candidate explains its decisions, and how that compares with the baseline
// (contract section 2): global importance, rank stability, top-5 overlap, reason codes.

#include "package/Csv.h"

#include <optional>
#include <span>
#include <string>
#include <vector>

namespace cs::metrics {

struct FeatureValue
{
    std::string feature;
    std::optional<double> value;
};

struct ExplainabilityResult
{
    std::vector<FeatureValue> importance;                         // attribution column order
    std::optional<std::vector<FeatureValue>> baselineImportance;  // null without baseline file
    std::optional<double> stabilitySpearman;
    std::optional<double> top5Overlap;
    std::vector<FeatureValue> reasonCodeFrequency;               // share of adverse rows
    std::uint64_t adverseRowsWithAttributions = 0;
};

// Mean |attribution| per feature column (every column but row_id).
std::vector<FeatureValue> meanAbsoluteImportance(const package::CsvTable &attributions);

// Spearman rank correlation with average ranks for ties; null when n < 2 or either is constant.
std::optional<double> spearman(std::span<const double> a, std::span<const double> b);

// Average ranks (1-based) with ties sharing the mean of their positions.
std::vector<double> averageRanks(std::span<const double> values);

// The five most important features, ties broken by feature name.
std::vector<std::string> topFeatures(const std::vector<FeatureValue> &importance, std::size_t count = 5);

// |top5(a) ∩ top5(b)| / 5.
double top5Overlap(const std::vector<FeatureValue> &candidate, const std::vector<FeatureValue> &baseline);

// Stability between two importance vectors over the features present in both.
std::optional<double> importanceStability(const std::vector<FeatureValue> &candidate,
                                          const std::vector<FeatureValue> &baseline);

// For one row: up to four features pushing hardest towards the adverse outcome (positive
// attributions when adverse is a high score, negative otherwise), ties by feature name.
std::vector<std::size_t> principalReasons(std::span<const double> attributions,
                                          std::span<const std::size_t> nameOrder, bool adverseIsHighScore,
                                          std::size_t count = 4);

struct ReasonCodeInput
{
    const package::CsvTable *attributions = nullptr;
    const package::TextColumn *evaluationRowIds = nullptr;
    std::span<const double> scores;
    double threshold = 0.5;
    bool adverseIsHighScore = true;
};

// reason_code_frequency over the adverse rows of the evaluation that have attributions.
std::pair<std::vector<FeatureValue>, std::uint64_t> reasonCodeFrequency(const ReasonCodeInput &input);

} // namespace cs::metrics
