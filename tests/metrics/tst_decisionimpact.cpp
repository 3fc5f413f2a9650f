// Decision impact (contract section 2): flips between the baseline's and the candidate's
// decisions, overall and per group, counted by hand on a small table.

#include "MetricsTestSupport.h"

#include "metrics/DecisionImpact.h"

#include <QTest>

#include <vector>

using namespace cs::metrics;
using cs::package::CategoricalColumn;

namespace {

// Candidate threshold 0.5, baseline threshold 0.6 (a positive is score >= threshold):
//   row  s     b     cand  base   region
//   1    .70   .65   pos   pos    north   same
//   2    .55   .55   pos   neg    north   flip (candidate positive, baseline not)
//   3    .40   .70   neg   pos    south   flip (baseline positive, candidate not)
//   4    .20   .10   neg   neg    south   same
//   5    .50   .60   pos   pos    (missing) same: both exactly on their thresholds
//   6    .45   .59   neg   neg    north   same
const std::vector<double> kScores{.70, .55, .40, .20, .50, .45};
const std::vector<double> kBaseline{.65, .55, .70, .10, .60, .59};

DecisionInput input(bool adverseIsHighScore)
{
    return DecisionInput{kScores, 0.5, kBaseline, 0.6, adverseIsHighScore};
}

// Levels: north (0), south (1), east (2, used by no row); row 5 missing.
CategoricalColumn regions()
{
    CategoricalColumn c;
    c.levels = {"north", "south", "east"};
    c.codes = {0, 0, 1, 1, -1, 0};
    c.missing = 1;
    return c;
}

const GroupImpact *groupOf(const AttributeImpact &a, const std::string &name)
{
    for (const auto &g : a.groups) {
        if (g.group == name)
            return &g;
    }
    return nullptr;
}

} // namespace

class TestDecisionImpact final : public QObject
{
    Q_OBJECT

private slots:
    void overallHighScore()
    {
        // high_score: positive = adverse. Row 2 newly adverse, row 3 newly favourable.
        //   flips 2/6, newly adverse 1/6, newly favourable 1/6
        const ImpactRates r = impactRates(input(true));
        QCOMPARE(r.n, std::uint64_t(6));
        CS_COMPARE_OPT(r.flipRate, 2.0 / 6.0);
        CS_COMPARE_OPT(r.newlyAdverseRate, 1.0 / 6.0);
        CS_COMPARE_OPT(r.newlyFavourableRate, 1.0 / 6.0);
    }

    void overallLowScore()
    {
        // low_score: negative = adverse. Row 2 becomes favourable, row 3 adverse: same
        // flips, directions swapped. Make the directions unequal by moving row 4's candidate
        // score up: row 4 (.6 vs .1) becomes candidate positive -> newly favourable.
        //   flips rows 2 3 4 -> 3/6; newly adverse row 3 -> 1/6; newly favourable rows 2 4 -> 2/6
        std::vector<double> scores = kScores;
        scores[3] = 0.6;
        const ImpactRates r = impactRates(DecisionInput{scores, 0.5, kBaseline, 0.6, false});
        CS_COMPARE_OPT(r.flipRate, 3.0 / 6.0);
        CS_COMPARE_OPT(r.newlyAdverseRate, 1.0 / 6.0);
        CS_COMPARE_OPT(r.newlyFavourableRate, 2.0 / 6.0);
        // ... and with high_score the same rows flip the other way.
        const ImpactRates h = impactRates(DecisionInput{scores, 0.5, kBaseline, 0.6, true});
        CS_COMPARE_OPT(h.flipRate, 3.0 / 6.0);
        CS_COMPARE_OPT(h.newlyAdverseRate, 2.0 / 6.0);
        CS_COMPARE_OPT(h.newlyFavourableRate, 1.0 / 6.0);
    }

    void perGroup()
    {
        const CategoricalColumn column = regions();
        const DecisionImpact d = decisionImpact(input(true), {{"region", &column}});
        CS_COMPARE_OPT(d.overall.flipRate, 2.0 / 6.0);
        QCOMPARE(d.byGroup.size(), std::size_t(1));
        const AttributeImpact &a = d.byGroup.front();
        QCOMPARE(a.attribute, std::string("region"));
        // Groups with rows only, sorted by name; "east" has no row.
        QCOMPARE(a.groups.size(), std::size_t(3));
        QCOMPARE(a.groups[0].group, std::string("(missing)"));
        QCOMPARE(a.groups[1].group, std::string("north"));
        QCOMPARE(a.groups[2].group, std::string("south"));
        QVERIFY(!groupOf(a, "east"));
        // north: rows 1 2 6 -> one flip (row 2, newly adverse)
        const ImpactRates &north = groupOf(a, "north")->rates;
        QCOMPARE(north.n, std::uint64_t(3));
        CS_COMPARE_OPT(north.flipRate, 1.0 / 3.0);
        CS_COMPARE_OPT(north.newlyAdverseRate, 1.0 / 3.0);
        CS_COMPARE_OPT(north.newlyFavourableRate, 0.0);
        // south: rows 3 4 -> one flip (row 3, newly favourable)
        const ImpactRates &south = groupOf(a, "south")->rates;
        QCOMPARE(south.n, std::uint64_t(2));
        CS_COMPARE_OPT(south.flipRate, 1.0 / 2.0);
        CS_COMPARE_OPT(south.newlyAdverseRate, 0.0);
        CS_COMPARE_OPT(south.newlyFavourableRate, 1.0 / 2.0);
        // (missing): row 5 -> no flip
        const ImpactRates &missing = groupOf(a, "(missing)")->rates;
        QCOMPARE(missing.n, std::uint64_t(1));
        CS_COMPARE_OPT(missing.flipRate, 0.0);
    }

    void sameThresholdNoChangeNoFlips()
    {
        // Identical scores and thresholds: nothing flips.
        const ImpactRates r = impactRates(DecisionInput{kScores, 0.5, kScores, 0.5, true});
        CS_COMPARE_OPT(r.flipRate, 0.0);
        CS_COMPARE_OPT(r.newlyAdverseRate, 0.0);
        CS_COMPARE_OPT(r.newlyFavourableRate, 0.0);
    }

    void emptyInputIsNull()
    {
        const ImpactRates r = impactRates(DecisionInput{{}, 0.5, {}, 0.5, true});
        QCOMPARE(r.n, std::uint64_t(0));
        CS_VERIFY_NULL(r.flipRate);
        CS_VERIFY_NULL(r.newlyAdverseRate);
        CS_VERIFY_NULL(r.newlyFavourableRate);
    }
};

QTEST_GUILESS_MAIN(TestDecisionImpact)
#include "tst_decisionimpact.moc"
