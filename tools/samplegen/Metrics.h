#pragma once

// The generator's own self-check: the contract's metrics (section 2), recomputed from the
// numbers exactly as they were written, so that each story can be tuned to hit its point while
// the review engine is built elsewhere. Not shared with the core library on purpose.

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace samplegen {

struct Classification
{
    std::optional<double> auc;
    double accuracy = 0.0;
    std::optional<double> precision;
    std::optional<double> recall;
    std::optional<double> f1;
    double selectionRate = 0.0;
};

// ROC AUC as the Mann-Whitney statistic, ties counted one half; empty with only one class.
std::optional<double> rocAuc(const std::vector<std::uint8_t> &labels, const std::vector<double> &scores);

Classification classify(const std::vector<std::uint8_t> &labels, const std::vector<double> &scores, double threshold);

std::optional<double> metricByName(const Classification &c, const std::string &name);

struct GroupRates
{
    std::string value;
    std::size_t n = 0;
    double selectionRate = 0.0;
    std::optional<double> tpr;
    std::optional<double> fpr;
    bool smallSample = false;
};

struct Fairness
{
    bool favourable = false; // ratio computed on 1 - selection_rate (adverse_outcome high_score)
    std::vector<GroupRates> groups;
    std::optional<double> disparateImpactRatio;
    std::optional<double> parityDifference;
    std::optional<double> equalizedOddsDifference;
};

// groups[i] indexes groupNames; minGroupSize as policy.fairness.min_group_size.
Fairness fairness(const std::vector<std::uint8_t> &labels, const std::vector<double> &scores, double threshold,
                  const std::vector<std::uint16_t> &groups, const std::vector<std::string> &groupNames,
                  bool highScoreAdverse, std::size_t minGroupSize = 30);

// PSI with the reference's decile edges (numpy linear quantiles); NaN marks a missing value.
double psiNumeric(const std::vector<double> &reference, const std::vector<double> &current);
// PSI over categories; -1 marks a missing value.
double psiCategorical(const std::vector<int> &reference, const std::vector<int> &current, int categories);

// Spearman rank correlation with average ranks; empty when either side is constant.
std::optional<double> spearman(const std::vector<double> &a, const std::vector<double> &b);
// |top5(a) ∩ top5(b)| / 5 over one shared feature list, ties broken by name.
double top5Overlap(const std::vector<std::string> &names, const std::vector<double> &a, const std::vector<double> &b);

} // namespace samplegen
