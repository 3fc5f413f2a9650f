#pragma once

// Group fairness of the candidate's decisions per protected attribute (contract section 2).

#include "package/Csv.h"

#include <optional>
#include <span>
#include <string>
#include <vector>

namespace cs::metrics {

inline constexpr const char *kMissingGroup = "(missing)";

struct GroupRates
{
    std::string group;
    std::uint64_t n = 0;
    std::optional<double> selectionRate, tpr, fpr, fnr, accuracy, precision;
    bool smallSample = false;
};

struct AttributeFairness
{
    std::string attribute;
    bool favourableRate = false; // the ratio compares 1 - selection_rate (adverse_outcome high_score)
    std::vector<GroupRates> groups; // sorted by group name
    std::optional<double> demographicParityDifference;
    std::optional<double> disparateImpactRatio;
    std::optional<double> equalOpportunityDifference;
    std::optional<double> equalizedOddsDifference;
};

// Rows whose group code is -1 form the group "(missing)".
AttributeFairness attributeFairness(const std::string &attribute, const package::CategoricalColumn &groups,
                                    std::span<const double> labels, std::span<const double> scores,
                                    double threshold, bool adverseIsHighScore, std::uint64_t minGroupSize);

} // namespace cs::metrics
