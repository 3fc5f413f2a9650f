// Cost (contract section 2): monthly estimate, change against the baseline per-1k cost,
// and the budget, worked out by hand.

#include "MetricsTestSupport.h"

#include "metrics/Cost.h"

#include <QTest>

using namespace cs::metrics;
using cs::package::CostInfo;

class TestCost final : public QObject
{
    Q_OBJECT

private slots:
    void estimateChangeAndBudget()
    {
        // 2.5 USD per 1k x 1,000,000 / 1000 = 2500 (exact); budget 2000 -> over
        // change: 100 * (2.5 - 2) / 2 = 25 (exact)
        const CostEstimate c = costEstimate(CostInfo{2.5, 2.0, 1'000'000, 2000});
        CS_COMPARE_OPT(c.monthlyEstimateUsd, 2500.0);
        CS_COMPARE_OPT(c.changePct, 25.0);
        CS_COMPARE_OPT(c.overBudget, true);
    }

    void budgetIsStrictlyGreater()
    {
        // Estimate exactly at the budget is not over it.
        const CostEstimate at = costEstimate(CostInfo{2.5, 2.0, 1'000'000, 2500});
        CS_COMPARE_OPT(at.overBudget, false);
        // One cent below the estimate: over.
        const CostEstimate above = costEstimate(CostInfo{2.5, 2.0, 1'000'000, 2499.99});
        CS_COMPARE_OPT(above.overBudget, true);
    }

    void cheaperCandidate()
    {
        // 100 * (1.5 - 2) / 2 = -25; 1.5 x 400,000 / 1000 = 600 <= 1000
        const CostEstimate c = costEstimate(CostInfo{1.5, 2.0, 400'000, 1000});
        CS_COMPARE_OPT(c.changePct, -25.0);
        CS_COMPARE_OPT(c.monthlyEstimateUsd, 600.0);
        CS_COMPARE_OPT(c.overBudget, false);
    }

    void inexactArithmetic()
    {
        // 0.1 x 3 / 1000 = 0.0003; change 100 * (0.1 - 0.08) / 0.08 = 25 (both inexact in binary)
        const CostEstimate c = costEstimate(CostInfo{0.1, 0.08, 3, std::nullopt});
        CS_COMPARE_OPT_NEAR(c.monthlyEstimateUsd, 0.0003);
        CS_COMPARE_OPT_NEAR(c.changePct, 25.0);
        CS_VERIFY_NULL(c.overBudget); // no budget given
    }

    void nullsWhereInputsAreMissing()
    {
        // No baseline, or a zero baseline: change is null.
        CS_VERIFY_NULL(costEstimate(CostInfo{2.0, std::nullopt, 1000, 10}).changePct);
        CS_VERIFY_NULL(costEstimate(CostInfo{2.0, 0.0, 1000, 10}).changePct);
        // No volume: no estimate, so no budget verdict either.
        const CostEstimate noVolume = costEstimate(CostInfo{2.0, 1.0, std::nullopt, 10});
        CS_VERIFY_NULL(noVolume.monthlyEstimateUsd);
        CS_VERIFY_NULL(noVolume.overBudget);
        CS_COMPARE_OPT(noVolume.changePct, 100.0);
        // Nothing at all.
        const CostEstimate none = costEstimate(CostInfo{});
        CS_VERIFY_NULL(none.monthlyEstimateUsd);
        CS_VERIFY_NULL(none.changePct);
        CS_VERIFY_NULL(none.overBudget);
    }
};

QTEST_GUILESS_MAIN(TestCost)
#include "tst_cost.moc"
