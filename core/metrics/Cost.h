#pragma once

// What the candidate will cost to run, against the baseline and the budget (contract section 2).

#include "package/Manifest.h"

#include <optional>

namespace cs::metrics {

struct CostEstimate
{
    std::optional<double> monthlyEstimateUsd;
    std::optional<double> changePct;
    std::optional<bool> overBudget;
};

CostEstimate costEstimate(const package::CostInfo &cost);

} // namespace cs::metrics
