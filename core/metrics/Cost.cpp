#include "Cost.h"

#include "Numeric.h"

namespace cs::metrics {

CostEstimate costEstimate(const package::CostInfo &cost)
{
    CostEstimate out;
    if (cost.per1kUsd && cost.monthlyVolume)
        out.monthlyEstimateUsd = *cost.per1kUsd * *cost.monthlyVolume / 1000.0;
    out.changePct = relativeChangePct(cost.per1kUsd, cost.baselinePer1kUsd);
    if (out.monthlyEstimateUsd && cost.monthlyBudgetUsd)
        out.overBudget = *out.monthlyEstimateUsd > *cost.monthlyBudgetUsd;
    return out;
}

} // namespace cs::metrics
