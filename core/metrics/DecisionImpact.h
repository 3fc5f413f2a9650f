#pragma once

// Who is affected when the candidate replaces the baseline: decisions that flip, overall
// and per group (contract section 2).

#include "package/Csv.h"

#include <optional>
#include <span>
#include <string>
#include <vector>

namespace cs::metrics {

struct ImpactRates
{
    std::uint64_t n = 0;
    std::optional<double> flipRate;
    std::optional<double> newlyAdverseRate;
    std::optional<double> newlyFavourableRate;
};

struct GroupImpact
{
    std::string group;
    ImpactRates rates;
};

struct AttributeImpact
{
    std::string attribute;
    std::vector<GroupImpact> groups; // sorted by group name
};

struct DecisionImpact
{
    ImpactRates overall;
    std::vector<AttributeImpact> byGroup;
};

struct DecisionInput
{
    std::span<const double> scores;
    double threshold = 0.5;
    std::span<const double> baselineScores;
    double baselineThreshold = 0.5;
    bool adverseIsHighScore = true;
};

ImpactRates impactRates(const DecisionInput &input);

DecisionImpact decisionImpact(const DecisionInput &input,
                              const std::vector<std::pair<std::string, const package::CategoricalColumn *>> &attributes);

} // namespace cs::metrics
