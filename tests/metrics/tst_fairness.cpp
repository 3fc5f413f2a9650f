// Group fairness (contract section 2) on small hand tables: per-group rates, the "(missing)"
// group, small groups left out of the aggregates, and the favourable rate for high_score.

#include "MetricsTestSupport.h"

#include "metrics/Fairness.h"

#include <QTest>

#include <algorithm>
#include <string>
#include <vector>

using namespace cs::metrics;
using cs::package::CategoricalColumn;

namespace {

// A column from per-row group names; "" is a missing value (code -1). Levels in first-seen
// order, like the CSV reader's dictionary; `extraLevels` are levels no row uses.
CategoricalColumn groupColumn(const std::vector<std::string> &rows, const std::vector<std::string> &extraLevels = {})
{
    CategoricalColumn c;
    for (const auto &name : rows) {
        if (name.empty()) {
            c.codes.push_back(-1);
            ++c.missing;
            continue;
        }
        auto it = std::find(c.levels.begin(), c.levels.end(), name);
        if (it == c.levels.end()) {
            c.levels.push_back(name);
            it = c.levels.end() - 1;
        }
        c.codes.push_back(static_cast<std::int32_t>(it - c.levels.begin()));
    }
    for (const auto &level : extraLevels)
        c.levels.push_back(level);
    return c;
}

const GroupRates *group(const AttributeFairness &f, const std::string &name)
{
    for (const auto &g : f.groups) {
        if (g.group == name)
            return &g;
    }
    return nullptr;
}

// The hand table (threshold 0.5):
//   A:         y 1 1 0 0       s .9 .3 .6 .1     -> yhat 1 0 1 0   TP1 FN1 FP1 TN1  (n 4)
//   B:         y 1 1 1 0 0     s .8 .7 .2 .4 .3  -> yhat 1 1 0 0 0 TP2 FN1 FP0 TN2  (n 5)
//   (missing): y 0 0 1         s .6 .7 .9        -> yhat 1 1 1     TP1 FN0 FP2 TN0  (n 3)
// Rows are interleaved so that grouping, not position, is what is tested.
struct HandTable
{
    std::vector<std::string> groups{"A", "B", "", "A", "B", "B", "", "A", "B", "", "A", "B"};
    std::vector<double> labels{1, 1, 0, 1, 1, 1, 0, 0, 0, 1, 0, 0};
    std::vector<double> scores{.9, .8, .6, .3, .7, .2, .7, .6, .4, .9, .1, .3};
};

} // namespace

class TestFairness final : public QObject
{
    Q_OBJECT

private slots:
    void perGroupRatesByHand()
    {
        const HandTable t;
        const CategoricalColumn column = groupColumn(t.groups);
        const AttributeFairness f = attributeFairness("region", column, t.labels, t.scores, 0.5, false, 3);
        QCOMPARE(f.attribute, std::string("region"));
        // Sorted by name: '(' (0x28) sorts before 'A'.
        QCOMPARE(f.groups.size(), std::size_t(3));
        QCOMPARE(f.groups[0].group, std::string("(missing)"));
        QCOMPARE(f.groups[1].group, std::string("A"));
        QCOMPARE(f.groups[2].group, std::string("B"));

        const GroupRates &a = f.groups[1];
        QCOMPARE(a.n, std::uint64_t(4));
        CS_COMPARE_OPT(a.selectionRate, 2.0 / 4.0); // TP + FP = 2 of 4
        CS_COMPARE_OPT(a.tpr, 1.0 / 2.0);           // TP / (TP + FN)
        CS_COMPARE_OPT(a.fpr, 1.0 / 2.0);           // FP / (FP + TN)
        CS_COMPARE_OPT(a.fnr, 1.0 / 2.0);           // FN / (TP + FN)
        CS_COMPARE_OPT(a.accuracy, 2.0 / 4.0);      // (TP + TN) / n
        CS_COMPARE_OPT(a.precision, 1.0 / 2.0);     // TP / (TP + FP)
        QVERIFY(!a.smallSample);

        const GroupRates &b = f.groups[2];
        QCOMPARE(b.n, std::uint64_t(5));
        CS_COMPARE_OPT(b.selectionRate, 2.0 / 5.0);
        CS_COMPARE_OPT(b.tpr, 2.0 / 3.0);
        CS_COMPARE_OPT(b.fpr, 0.0 / 2.0);
        CS_COMPARE_OPT(b.fnr, 1.0 / 3.0);
        CS_COMPARE_OPT(b.accuracy, 4.0 / 5.0);
        CS_COMPARE_OPT(b.precision, 2.0 / 2.0);

        const GroupRates &m = f.groups[0];
        QCOMPARE(m.n, std::uint64_t(3));
        CS_COMPARE_OPT(m.selectionRate, 3.0 / 3.0);
        CS_COMPARE_OPT(m.tpr, 1.0 / 1.0);
        CS_COMPARE_OPT(m.fpr, 2.0 / 2.0);
        CS_COMPARE_OPT(m.fnr, 0.0 / 1.0);
        CS_COMPARE_OPT(m.accuracy, 1.0 / 3.0);
        CS_COMPARE_OPT(m.precision, 1.0 / 3.0);
    }

    void missingGroupCountsLikeAnyOther()
    {
        // min size 3: all three groups count, "(missing)" included.
        const HandTable t;
        const AttributeFairness f = attributeFairness("region", groupColumn(t.groups), t.labels, t.scores, 0.5, false, 3);
        // selection rates: (missing) 1, A 0.5, B 0.4
        CS_COMPARE_OPT_NEAR(f.demographicParityDifference, 1.0 - 0.4); // 0.6
        CS_COMPARE_OPT(f.disparateImpactRatio, 0.4 / 1.0);             // min / max (low_score: selection rate)
        QVERIFY(!f.favourableRate);
        // tpr: 1, 0.5, 2/3 -> 1 - 0.5; fpr: 1, 0.5, 0 -> 1 - 0
        CS_COMPARE_OPT(f.equalOpportunityDifference, 0.5);
        CS_COMPARE_OPT(f.equalizedOddsDifference, 1.0); // max(0.5, 1)
    }

    void smallGroupsLeftOutOfAggregates()
    {
        // min size 4: "(missing)" (n 3) is reported as small and left out; A and B remain.
        const HandTable t;
        const AttributeFairness f = attributeFairness("region", groupColumn(t.groups), t.labels, t.scores, 0.5, false, 4);
        const GroupRates *missing = group(f, "(missing)");
        QVERIFY(missing);
        QVERIFY(missing->smallSample);
        CS_COMPARE_OPT(missing->selectionRate, 1.0); // still reported
        QVERIFY(!group(f, "A")->smallSample);
        QVERIFY(!group(f, "B")->smallSample);
        // selection A 0.5, B 0.4: difference 0.1 (0.5 - 0.4 = 0.09999999999999998 in doubles)
        CS_COMPARE_OPT_NEAR(f.demographicParityDifference, 0.1);
        CS_COMPARE_OPT_NEAR(f.disparateImpactRatio, 0.8); // 0.4 / 0.5
        // tpr A 1/2, B 2/3 -> 1/6; fpr A 1/2, B 0 -> 1/2; odds = max = 1/2
        CS_COMPARE_OPT_NEAR(f.equalOpportunityDifference, 1.0 / 6.0);
        CS_COMPARE_OPT(f.equalizedOddsDifference, 0.5);
    }

    void favourableRateForHighScore()
    {
        // adverse_outcome high_score: the ratio compares 1 - selection_rate.
        // min size 4: A favourable 1 - 0.5 = 0.5, B 1 - 0.4 = 0.6 -> 0.5 / 0.6 = 5/6.
        const HandTable t;
        const AttributeFairness f = attributeFairness("region", groupColumn(t.groups), t.labels, t.scores, 0.5, true, 4);
        QVERIFY(f.favourableRate);
        CS_COMPARE_OPT_NEAR(f.disparateImpactRatio, 5.0 / 6.0);
        // The parity difference stays on the selection rate (same absolute gap: 0.1).
        CS_COMPARE_OPT_NEAR(f.demographicParityDifference, 0.1);
        // Group rates themselves are selection rates either way.
        CS_COMPARE_OPT(group(f, "B")->selectionRate, 0.4);

        // min size 3: (missing) selects everyone -> favourable 0 -> ratio 0 / 0.6 = 0.
        const AttributeFairness all = attributeFairness("region", groupColumn(t.groups), t.labels, t.scores, 0.5, true, 3);
        CS_COMPARE_OPT(all.disparateImpactRatio, 0.0);
    }

    void disparateImpactIsOneWhenMaxRateIsZero()
    {
        const std::vector<std::string> groups{"x", "x", "y", "y"};
        const std::vector<double> labels{1, 0, 1, 0};
        // low_score: nobody selected, every selection rate 0 -> 1.0 (not 0/0).
        const AttributeFairness none =
            attributeFairness("g", groupColumn(groups), labels, std::vector<double>{.1, .2, .3, .4}, 0.5, false, 1);
        CS_COMPARE_OPT(none.disparateImpactRatio, 1.0);
        CS_COMPARE_OPT(none.demographicParityDifference, 0.0);
        // high_score: everybody selected, every favourable rate 0 -> 1.0.
        const AttributeFairness all =
            attributeFairness("g", groupColumn(groups), labels, std::vector<double>{.6, .7, .8, .9}, 0.5, true, 1);
        CS_COMPARE_OPT(all.disparateImpactRatio, 1.0);
    }

    void allAggregatesNullWhenNoGroupReachesMinSize()
    {
        const HandTable t;
        const AttributeFairness f = attributeFairness("region", groupColumn(t.groups), t.labels, t.scores, 0.5, false, 6);
        QCOMPARE(f.groups.size(), std::size_t(3));
        for (const auto &g : f.groups)
            QVERIFY(g.smallSample);
        CS_VERIFY_NULL(f.demographicParityDifference);
        CS_VERIFY_NULL(f.disparateImpactRatio);
        CS_VERIFY_NULL(f.equalOpportunityDifference);
        CS_VERIFY_NULL(f.equalizedOddsDifference);
    }

    void minGroupSizeBoundary()
    {
        // Default minimum 30: a group of 29 is small, a group of 30 is not.
        std::vector<std::string> groups(29, "small");
        groups.insert(groups.end(), 30, "exact");
        std::vector<double> labels(groups.size(), 0.0);
        std::vector<double> scores(groups.size(), 0.2);
        for (std::size_t i = 0; i < groups.size(); i += 2)
            labels[i] = 1.0;
        const AttributeFairness f = attributeFairness("g", groupColumn(groups), labels, scores, 0.5, false, 30);
        QCOMPARE(group(f, "small")->n, std::uint64_t(29));
        QVERIFY(group(f, "small")->smallSample);
        QCOMPARE(group(f, "exact")->n, std::uint64_t(30));
        QVERIFY(!group(f, "exact")->smallSample);
        // One group in the aggregates: spreads are 0, the ratio 1 (max selection rate 0).
        CS_COMPARE_OPT(f.demographicParityDifference, 0.0);
        CS_COMPARE_OPT(f.disparateImpactRatio, 1.0);
    }

    void undefinedGroupRatesAreNullAndSkipped()
    {
        // Group "neg" has only negatives: tpr and fnr undefined; nobody selected: precision undefined.
        // Group "pos" has only positives: fpr undefined.
        //   neg: y 0 0   s .2 .3 -> TN 2
        //   pos: y 1 1   s .9 .4 -> TP 1 FN 1
        const std::vector<std::string> groups{"neg", "pos", "neg", "pos"};
        const std::vector<double> labels{0, 1, 0, 1};
        const std::vector<double> scores{.2, .9, .3, .4};
        const AttributeFairness f = attributeFairness("g", groupColumn(groups), labels, scores, 0.5, false, 2);
        const GroupRates *neg = group(f, "neg");
        CS_VERIFY_NULL(neg->tpr);
        CS_VERIFY_NULL(neg->fnr);
        CS_VERIFY_NULL(neg->precision);
        CS_COMPARE_OPT(neg->fpr, 0.0);
        const GroupRates *pos = group(f, "pos");
        CS_VERIFY_NULL(pos->fpr);
        CS_COMPARE_OPT(pos->tpr, 0.5);
        // tpr defined only for "pos": spread over one value = 0; fpr only for "neg": 0.
        CS_COMPARE_OPT(f.equalOpportunityDifference, 0.0);
        CS_COMPARE_OPT(f.equalizedOddsDifference, 0.0);
    }

    void equalizedOddsUsesTheDefinedDifference()
    {
        // Only negatives anywhere: tpr undefined in every group, so equal opportunity is null
        // and equalized odds is the fpr difference.
        //   a: s .6 .1 -> FP 1 TN 1 -> fpr 1/2;  b: s .1 .2 -> fpr 0
        const std::vector<std::string> groups{"a", "a", "b", "b"};
        const std::vector<double> labels{0, 0, 0, 0};
        const AttributeFairness f =
            attributeFairness("g", groupColumn(groups), labels, std::vector<double>{.6, .1, .1, .2}, 0.5, false, 2);
        CS_VERIFY_NULL(f.equalOpportunityDifference);
        CS_COMPARE_OPT(f.equalizedOddsDifference, 0.5);

        // Only positives: fpr undefined, odds = tpr difference.
        //   a: s .6 .1 -> tpr 1/2;  b: s .7 .8 -> tpr 1
        const std::vector<double> positives{1, 1, 1, 1};
        const AttributeFairness g =
            attributeFairness("g", groupColumn(groups), positives, std::vector<double>{.6, .1, .7, .8}, 0.5, false, 2);
        CS_COMPARE_OPT(g.equalOpportunityDifference, 0.5);
        CS_COMPARE_OPT(g.equalizedOddsDifference, 0.5);
    }

    void emptyLevelsAreNotGroups()
    {
        // A level no row uses has no cases: it is not a group and does not enter the aggregates
        // (its rates would all be 0/0).
        const std::vector<std::string> groups{"a", "a", "b", "b"};
        const std::vector<double> labels{1, 0, 1, 0};
        const std::vector<double> scores{.9, .1, .9, .9};
        const AttributeFairness f =
            attributeFairness("g", groupColumn(groups, {"unused"}), labels, scores, 0.5, false, 1);
        QCOMPARE(f.groups.size(), std::size_t(2));
        QVERIFY(!group(f, "unused"));
        // selection a 1/2, b 1 -> ratio 0.5, parity 0.5
        CS_COMPARE_OPT(f.disparateImpactRatio, 0.5);
        CS_COMPARE_OPT(f.demographicParityDifference, 0.5);
    }

    void noRowsAtAll()
    {
        const AttributeFairness f = attributeFairness("g", CategoricalColumn{}, {}, {}, 0.5, false, 1);
        QVERIFY(f.groups.empty());
        CS_VERIFY_NULL(f.disparateImpactRatio);
        CS_VERIFY_NULL(f.demographicParityDifference);
        CS_VERIFY_NULL(f.equalOpportunityDifference);
        CS_VERIFY_NULL(f.equalizedOddsDifference);
    }
};

QTEST_GUILESS_MAIN(TestFairness)
#include "tst_fairness.moc"
