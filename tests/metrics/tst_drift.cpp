// Drift (contract section 2): decile edges by numpy's linear method worked out by hand,
// right-closed bins, the 1e-4 floor, PSI on paper, KS against a brute-force second method,
// categories over the union of both files, missing values.

#include "MetricsTestSupport.h"

#include "metrics/Drift.h"

#include <QTest>

#include <algorithm>
#include <cmath>
#include <random>
#include <vector>

using namespace cs::metrics;
using cs::package::CategoricalColumn;
using cs::package::ColumnRule;
using cs::package::ColumnSpec;
using cs::package::ValueRange;

Q_DECLARE_METATYPE(std::vector<double>)

namespace {

constexpr double kNaN = std::numeric_limits<double>::quiet_NaN();

void compareEdges(const std::vector<double> &actual, const std::vector<double> &expected)
{
    QCOMPARE(actual.size(), expected.size());
    for (std::size_t i = 0; i < expected.size(); ++i)
        CS_COMPARE_NEAR(actual[i], expected[i]);
}

// sup |F_ref - F_cur| by evaluating both empirical CDFs (count of values <= v) at every
// value of either sample.
double bruteForceKs(const std::vector<double> &a, const std::vector<double> &b)
{
    std::vector<double> points = a;
    points.insert(points.end(), b.begin(), b.end());
    double best = 0;
    for (double v : points) {
        const auto ca = std::count_if(a.begin(), a.end(), [&](double x) { return x <= v; });
        const auto cb = std::count_if(b.begin(), b.end(), [&](double x) { return x <= v; });
        best = std::max(best, std::fabs(static_cast<double>(ca) / static_cast<double>(a.size())
                                        - static_cast<double>(cb) / static_cast<double>(b.size())));
    }
    return best;
}

std::vector<double> sorted(std::vector<double> v)
{
    std::sort(v.begin(), v.end());
    return v;
}

// One PSI term as the contract writes it, with both proportions already floored.
double term(double pRef, double pCur)
{
    return (pCur - pRef) * std::log(pCur / pRef);
}

CategoricalColumn categories(const std::vector<std::string> &rows)
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
    return c;
}

const FeatureDrift *byName(const std::vector<FeatureDrift> &drift, const std::string &name)
{
    for (const auto &d : drift) {
        if (d.feature == name)
            return &d;
    }
    return nullptr;
}

} // namespace

class TestDrift final : public QObject
{
    Q_OBJECT

private slots:
    void decileEdgesOneToTen()
    {
        // x = 1..10, n = 10: h = 9q, a = x[floor h] = floor(h) + 1, b - a = 1, so edge = 1 + h = 1 + 0.9 i.
        compareEdges(decileEdges(std::vector<double>{1, 2, 3, 4, 5, 6, 7, 8, 9, 10}),
                     {1.9, 2.8, 3.7, 4.6, 5.5, 6.4, 7.3, 8.2, 9.1});
    }

    void decileEdgesBothBranches()
    {
        // numpy.quantile([1, 2, 4, 8], [.1, ..., .9]) by hand, h = 3q:
        //   q .1 h .3  j0 g .3 -> 1 + 1*.3          = 1.3
        //   q .2 h .6  j0 g .6 -> 2 - 1*.4          = 1.6  (g >= .5 branch)
        //   q .3 h .9  j0 g .9 -> 2 - 1*.1          = 1.9
        //   q .4 h 1.2 j1 g .2 -> 2 + 2*.2          = 2.4
        //   q .5 h 1.5 j1 g .5 -> 4 - 2*.5          = 3.0
        //   q .6 h 1.8 j1 g .8 -> 4 - 2*.2          = 3.6
        //   q .7 h 2.1 j2 g .1 -> 4 + 4*.1          = 4.4
        //   q .8 h 2.4 j2 g .4 -> 4 + 4*.4          = 5.6
        //   q .9 h 2.7 j2 g .7 -> 8 - 4*.3          = 6.8
        compareEdges(decileEdges(std::vector<double>{1, 2, 4, 8}), {1.3, 1.6, 1.9, 2.4, 3.0, 3.6, 4.4, 5.6, 6.8});
        // [0, 10, 20]: h = 2q, edge = 20q: 2, 4, ..., 18
        compareEdges(decileEdges(std::vector<double>{0, 10, 20}), {2, 4, 6, 8, 10, 12, 14, 16, 18});
    }

    void decileEdgesExactOnIntegers()
    {
        // x = 0..10, n = 11: h = 10 * (i / 10.0) rounds to the integer i for every i (checked in
        // IEEE doubles: 10 * 0.7 = 6.9999999999999995559 rounds to 7), so g = 0 and edge = x[i] = i.
        std::vector<double> x;
        for (int i = 0; i <= 10; ++i)
            x.push_back(i);
        const auto edges = decileEdges(x);
        QCOMPARE(edges, (std::vector<double>{1, 2, 3, 4, 5, 6, 7, 8, 9}));
    }

    void duplicateEdgesRemoved()
    {
        // x = 1,1,1,1,1,1,1,1,2,3 (n 10, h = 9q):
        //   q .1 .. .7: h .9 .. 6.3, x[j] = x[j+1] = 1          -> 1 (seven times)
        //   q .8: h 7.2, j 7: a 1, b 2, g .2                    -> 1.2
        //   q .9: h 8.1, j 8: a 2, b 3, g .1                    -> 2.1
        compareEdges(decileEdges(std::vector<double>{1, 1, 1, 1, 1, 1, 1, 1, 2, 3}), {1, 1.2, 2.1});
        // One value: every quantile is that value.
        QCOMPARE(decileEdges(std::vector<double>{5}), std::vector<double>{5});
        QCOMPARE(decileEdges(std::vector<double>{5, 5, 5}), std::vector<double>{5});
        QVERIFY(decileEdges(std::vector<double>{}).empty());
    }

    void psiOnPaper()
    {
        // ref 1/2 1/2, cur 1/4 3/4:
        //   (1/4 - 1/2) ln(1/2) + (3/4 - 1/2) ln(3/2) = 1/4 (ln 2 + ln 3/2) = ln(3) / 4 = 0.27465307216702745
        const std::vector<std::uint64_t> ref{1, 1}, cur{1, 3};
        CS_COMPARE_NEAR(psiFromCounts(ref, 2, cur, 4), std::log(3.0) / 4.0);
        CS_COMPARE_NEAR(psiFromCounts(ref, 2, cur, 4), 0.27465307216702745);
        // Identical distributions: 0.
        QCOMPARE(psiFromCounts(ref, 2, std::vector<std::uint64_t>{5, 5}, 10), 0.0);
    }

    void psiFloorWithoutRenormalisation()
    {
        // ref 4/4, 0/4 -> p_ref 1, 1e-4 (floored; the pair sums to 1.0001 and stays so)
        // cur 2/4, 2/4 -> 0.5, 0.5
        //   (0.5 - 1) ln(0.5) + (0.5 - 1e-4) ln(0.5 / 1e-4) = 0.5 ln 2 + 0.4999 ln 5000
        const std::vector<std::uint64_t> ref{4, 0}, cur{2, 2};
        const double expected = 0.5 * std::log(2.0) + 0.4999 * std::log(5000.0);
        CS_COMPARE_NEAR(psiFromCounts(ref, 4, cur, 4), expected);
        // Both empty in a bin: 1e-4 vs 1e-4 adds nothing.
        CS_COMPARE_NEAR(psiFromCounts(std::vector<std::uint64_t>{4, 0, 0}, 4, std::vector<std::uint64_t>{2, 2, 0}, 4),
                        expected);
    }

    void numericDriftOneToTen()
    {
        // Edges 1.9 ... 9.1 put one reference value in each of the 10 bins: p_ref = 0.1 each.
        // Current: five 1s (bin 0) and five 10s (bin 9): 0.5, 0.5; bins 1..8 empty -> 1e-4.
        //   PSI = 2 (0.5 - 0.1) ln 5 + 8 (1e-4 - 0.1) ln(1e-4 / 0.1) = 0.8 ln 5 + 0.7992 ln 1000
        // KS: at 1, F_ref .1 vs F_cur .5; at 9, .9 vs .5 -> 0.4
        const std::vector<double> ref{1, 2, 3, 4, 5, 6, 7, 8, 9, 10};
        const std::vector<double> cur{1, 1, 1, 1, 1, 10, 10, 10, 10, 10};
        const FeatureDrift d = numericDrift("x", ref, cur);
        QVERIFY(d.numeric);
        CS_COMPARE_OPT_NEAR(d.psi, 0.8 * std::log(5.0) + 0.7992 * std::log(1000.0));
        CS_COMPARE_OPT_NEAR(d.ks, 0.4);
        CS_COMPARE_OPT(d.missingRateReference, 0.0);
        CS_COMPARE_OPT(d.missingRateCurrent, 0.0);
        QCOMPARE(d.binLabels.size(), std::size_t(10));
        QCOMPARE(d.referenceShare.size(), std::size_t(10));
        for (double share : d.referenceShare)
            QCOMPARE(share, 0.1);
        QCOMPARE(d.currentShare.front(), 0.5);
        QCOMPARE(d.currentShare.back(), 0.5);
        QCOMPARE(d.currentShare[4], 0.0); // shares are reported before flooring
    }

    void binsAreRightClosed()
    {
        // Reference 0..10 has edges exactly 1..9 (see decileEdgesExactOnIntegers).
        // Bins: (-inf,1] (1,2] ... (8,9] (9,+inf).
        //   reference: (-inf,1] holds 0 and 1 -> 2/11; (1,2] .. (8,9] hold 2 .. 9 -> 1/11 each; (9,inf) holds 10 -> 1/11
        //   current 0 1 2 9 9.5 10: (-inf,1] 0,1 -> 2/6; (1,2] 2 -> 1/6; (8,9] 9 -> 1/6; (9,inf) 9.5,10 -> 2/6
        // A value equal to an edge falls in the bin that edge closes.
        std::vector<double> ref;
        for (int i = 0; i <= 10; ++i)
            ref.push_back(i);
        const std::vector<double> cur{10, 9.5, 9, 2, 1, 0};
        const FeatureDrift d = numericDrift("x", ref, cur);
        const std::vector<double> refShares{2.0 / 11, 1.0 / 11, 1.0 / 11, 1.0 / 11, 1.0 / 11,
                                            1.0 / 11, 1.0 / 11, 1.0 / 11, 1.0 / 11, 1.0 / 11};
        const std::vector<double> curShares{2.0 / 6, 1.0 / 6, 0, 0, 0, 0, 0, 0, 1.0 / 6, 2.0 / 6};
        QCOMPARE(d.referenceShare, refShares);
        QCOMPARE(d.currentShare, curShares);
        const double r1 = 1.0 / 11, r0 = 2.0 / 11;
        const double expected = term(r0, 2.0 / 6) + term(r1, 1.0 / 6) + 6 * term(r1, 1e-4) + term(r1, 1.0 / 6)
                                + term(r1, 2.0 / 6);
        CS_COMPARE_OPT_NEAR(d.psi, expected);
        CS_COMPARE_OPT(d.ks, bruteForceKs(ref, cur));
    }

    void constantReferenceTwoBins()
    {
        // Reference all 5: one edge, bins (-inf,5] and (5,inf). 5 itself is in the lower bin.
        //   p_ref 1, 0 -> 1e-4; current 5, 6: 0.5, 0.5
        //   PSI = 0.5 ln 2 + 0.4999 ln 5000 (as in psiFloorWithoutRenormalisation)
        const FeatureDrift d = numericDrift("x", std::vector<double>{5, 5, 5}, std::vector<double>{5, 6});
        QCOMPARE(d.binLabels.size(), std::size_t(2));
        QCOMPARE(d.referenceShare, (std::vector<double>{1.0, 0.0}));
        QCOMPARE(d.currentShare, (std::vector<double>{0.5, 0.5}));
        CS_COMPARE_OPT_NEAR(d.psi, 0.5 * std::log(2.0) + 0.4999 * std::log(5000.0));
        // KS: at 5, F_ref 1 vs F_cur 1/2.
        CS_COMPARE_OPT(d.ks, 0.5);
    }

    void ksHandCases_data()
    {
        QTest::addColumn<std::vector<double>>("reference");
        QTest::addColumn<std::vector<double>>("current");
        QTest::addColumn<double>("expected");
        // at 2: .5 vs 0; at 3: .75 vs .25; at 4: 1 vs .5 -> 0.5
        QTest::newRow("shifted") << std::vector<double>{1, 2, 3, 4} << std::vector<double>{3, 4, 5, 6} << 0.5;
        // Ties across samples must be stepped over together:
        // at 1: .25 vs 0; at 2: .75 vs .75; at 3: 1 vs .75; at 4: 1 vs 1 -> 0.25
        // (stepping one value at a time would see .75 vs 0 halfway through the 2s)
        QTest::newRow("ties across") << std::vector<double>{1, 2, 2, 3} << std::vector<double>{2, 2, 2, 4} << 0.25;
        QTest::newRow("disjoint") << std::vector<double>{1, 2} << std::vector<double>{3, 4} << 1.0;
        QTest::newRow("identical") << std::vector<double>{1, 2, 3} << std::vector<double>{1, 2, 3} << 0.0;
        // at 1: 1/3 vs 0; at 2: 2/3 vs 1; at 3: 1 vs 1 -> 1/3
        QTest::newRow("unequal sizes") << std::vector<double>{1, 2, 3} << std::vector<double>{2} << 1.0 / 3.0;
    }

    void ksHandCases()
    {
        QFETCH(std::vector<double>, reference);
        QFETCH(std::vector<double>, current);
        QFETCH(double, expected);
        CS_COMPARE_NEAR(ksStatistic(reference, current), expected);
        CS_COMPARE_NEAR(ksStatistic(current, reference), expected); // symmetric
    }

    void ksMatchesBruteForceOnRandomData()
    {
        std::mt19937_64 rng(42);
        for (int round = 0; round < 20; ++round) {
            std::uniform_int_distribution<int> size(1, 60);
            std::uniform_int_distribution<int> level(0, round % 2 ? 8 : 1000); // many or few ties
            std::vector<double> a(static_cast<std::size_t>(size(rng))), b(static_cast<std::size_t>(size(rng)));
            for (double &x : a)
                x = level(rng) / 8.0;
            for (double &x : b)
                x = level(rng) / 8.0 + (round % 3) * 0.25;
            // Same operands (count/n) in both methods, so the doubles agree exactly.
            QCOMPARE(ksStatistic(sorted(a), sorted(b)), bruteForceKs(a, b));
        }
    }

    void missingValuesLeftOutOfBins()
    {
        // Reference 1..10 plus two missing, current 1..10 plus one missing: the present values
        // have identical distributions -> PSI 0, KS 0; missing rates 2/12 and 1/11.
        std::vector<double> ref{kNaN, 1, 2, 3, 4, 5, kNaN, 6, 7, 8, 9, 10};
        std::vector<double> cur{1, 2, 3, 4, 5, 6, 7, 8, 9, 10, kNaN};
        const FeatureDrift d = numericDrift("x", ref, cur);
        CS_COMPARE_OPT(d.psi, 0.0);
        CS_COMPARE_OPT(d.ks, 0.0);
        CS_COMPARE_OPT(d.missingRateReference, 2.0 / 12.0);
        CS_COMPARE_OPT(d.missingRateCurrent, 1.0 / 11.0);
        for (double share : d.referenceShare)
            QCOMPARE(share, 0.1); // over the 10 present values, not 12
    }

    void allMissingOrEmpty()
    {
        // No present value in current: nothing to bin -> psi and ks null, rates still given.
        const FeatureDrift d = numericDrift("x", std::vector<double>{1, kNaN, 3, kNaN}, std::vector<double>{kNaN});
        CS_VERIFY_NULL(d.psi);
        CS_VERIFY_NULL(d.ks);
        CS_COMPARE_OPT(d.missingRateReference, 0.5);
        CS_COMPARE_OPT(d.missingRateCurrent, 1.0);
        // No rows at all: missing rate 0/0 is null, never NaN.
        const FeatureDrift e = numericDrift("x", std::vector<double>{}, std::vector<double>{1.0});
        CS_VERIFY_NULL(e.missingRateReference);
        CS_VERIFY_NULL(e.psi);
        CS_VERIFY_NULL(e.ks);
    }

    void categoricalOverTheUnion()
    {
        // reference a a a b (missing); current b b c c
        // bins a, b, c (categories of either file):
        //   p_ref 3/4, 1/4, 0 -> 1e-4     p_cur 0 -> 1e-4, 1/2, 1/2
        //   PSI = (1e-4 - .75) ln(1e-4/.75) + (.5 - .25) ln 2 + (.5 - 1e-4) ln(.5/1e-4)
        const CategoricalColumn ref = categories({"a", "a", "", "b", "a"});
        const CategoricalColumn cur = categories({"c", "b", "c", "b"});
        const FeatureDrift d = categoricalDrift("colour", ref, cur);
        QVERIFY(!d.numeric);
        QCOMPARE(d.binLabels, (std::vector<std::string>{"a", "b", "c"}));
        const double expected = term(0.75, 1e-4) + term(0.25, 0.5) + term(1e-4, 0.5);
        CS_COMPARE_OPT_NEAR(d.psi, expected);
        CS_VERIFY_NULL(d.ks); // numeric only
        CS_COMPARE_OPT(d.missingRateReference, 1.0 / 5.0);
        CS_COMPARE_OPT(d.missingRateCurrent, 0.0);
        QCOMPARE(d.referenceShare, (std::vector<double>{0.75, 0.25, 0.0}));
        QCOMPARE(d.currentShare, (std::vector<double>{0.0, 0.5, 0.5}));
    }

    void categoriesComparedByText()
    {
        // The same categories in a different first-seen order (different codes): PSI 0.
        const FeatureDrift d = categoricalDrift("c", categories({"x", "y", "y"}), categories({"y", "x", "y"}));
        CS_COMPARE_OPT(d.psi, 0.0);
        // All missing on one side: no proportions -> null.
        const FeatureDrift e = categoricalDrift("c", categories({"x"}), categories({"", ""}));
        CS_VERIFY_NULL(e.psi);
        CS_COMPARE_OPT(e.missingRateCurrent, 1.0);
    }

    void tableDriftTypesAndPairsColumns()
    {
        const auto inferred = [](std::string_view) { return ColumnSpec{ColumnRule::Inferred, true, ValueRange::Any}; };
        const auto reference = cs::test::csvTable("x,c,m,only_ref\n"
                                                  "1,a,1,7\n"
                                                  "2,b,2,7\n"
                                                  "3,a,,7\n"
                                                  "4,,x,7\n",
                                                  inferred);
        const auto current = cs::test::csvTable("c,x,m,only_cur\n"
                                                "a,2,1,1\n"
                                                "b,3,2,1\n"
                                                "b,,3,1\n",
                                                inferred);
        const auto drift = tableDrift(reference, current);
        QCOMPARE(drift.size(), std::size_t(3)); // only columns in both files
        QVERIFY(!byName(drift, "only_ref"));
        QVERIFY(!byName(drift, "only_cur"));

        // x: numbers in both -> numeric. Reference 1 2 3 4 has edges (h = 3q)
        // 1.3 1.6 1.9 2.2 2.5 2.8 3.1 3.4 3.7: 1 -> bin 0, 2 -> bin 3, 3 -> bin 6, 4 -> bin 9.
        // Current 2 3 (one missing): bins 3 and 6.
        //   PSI = 2 (1e-4 - .25) ln(1e-4/.25) + 2 (.5 - .25) ln 2
        //   KS: at 1 .25 vs 0; at 2 .5 vs .5; at 3 .75 vs 1 -> .25
        const FeatureDrift *x = byName(drift, "x");
        QVERIFY(x);
        QVERIFY(x->numeric);
        CS_COMPARE_OPT_NEAR(x->psi, 2 * term(0.25, 1e-4) + 2 * term(0.25, 0.5));
        CS_COMPARE_OPT(x->ks, 0.25);
        CS_COMPARE_OPT(x->missingRateReference, 0.0);
        CS_COMPARE_OPT(x->missingRateCurrent, 1.0 / 3.0);

        // c: text -> categorical. a 2/3 b 1/3 vs a 1/3 b 2/3: PSI = 2 (1/3) ln 2
        const FeatureDrift *c = byName(drift, "c");
        QVERIFY(c);
        QVERIFY(!c->numeric);
        CS_COMPARE_OPT_NEAR(c->psi, 2.0 / 3.0 * std::log(2.0));
        CS_VERIFY_NULL(c->ks);
        CS_COMPARE_OPT(c->missingRateReference, 0.25);

        // m: "x" in the reference makes it categorical even though current is all numbers.
        // Bins "1" "2" "3" "x": p_ref 1/3 1/3 0 1/3, p_cur 1/3 1/3 1/3 0
        //   PSI = (1/3 - 1e-4) ln(1/3 / 1e-4) + (1e-4 - 1/3) ln(1e-4 / (1/3)) = 2 (1/3 - 1e-4) ln(10000/3)
        const FeatureDrift *m = byName(drift, "m");
        QVERIFY(m);
        QVERIFY(!m->numeric);
        QCOMPARE(m->binLabels, (std::vector<std::string>{"1", "2", "3", "x"}));
        CS_COMPARE_OPT_NEAR(m->psi, term(1e-4, 1.0 / 3.0) + term(1.0 / 3.0, 1e-4));
        CS_COMPARE_OPT_NEAR(m->psi, 2 * (1.0 / 3.0 - 1e-4) * std::log(10000.0 / 3.0));
    }

    void tableDriftDeclaredTypes()
    {
        // A column declared numeric (features[].type) is read as numbers; one declared
        // categorical stays categorical even when its values look like numbers.
        const auto spec = [](std::string_view name) {
            return name == "n" ? ColumnSpec{ColumnRule::Numeric, true, ValueRange::Any} : ColumnSpec{ColumnRule::Categorical, true, ValueRange::Any};
        };
        const auto reference = cs::test::csvTable("n,k\n1,1\n2,2\n", spec);
        const auto current = cs::test::csvTable("n,k\n1,1\n2,1\n", spec);
        const auto drift = tableDrift(reference, current);
        const FeatureDrift *n = byName(drift, "n");
        const FeatureDrift *k = byName(drift, "k");
        QVERIFY(n && k);
        QVERIFY(n->numeric);
        CS_COMPARE_OPT(n->psi, 0.0);
        QVERIFY(!k->numeric);
        // k: "1" 1/2 "2" 1/2 vs "1" 1, "2" 0 -> (1 - .5) ln 2 + (1e-4 - .5) ln(1e-4/.5)
        CS_COMPARE_OPT_NEAR(k->psi, term(0.5, 1.0) + term(0.5, 1e-4));
    }
};


QTEST_GUILESS_MAIN(TestDrift)
#include "tst_drift.moc"
