// Explainability (contract section 2): importance, average ranks, Spearman against the
// 1 - 6 Σd² / (n (n² - 1)) formula, top-5 overlap, principal reasons and reason-code
// frequency over small attribution tables built in the test.

#include "MetricsTestSupport.h"

#include "metrics/Explainability.h"

#include <QTest>

#include <algorithm>
#include <cmath>
#include <numeric>
#include <random>
#include <vector>

using namespace cs::metrics;
using cs::package::ColumnRule;
using cs::package::ColumnSpec;
using cs::package::CsvTable;
using cs::package::ValueRange;

namespace {

// attributions.csv / evaluation.csv as the package loader reads them: row_id is a row id,
// every other column a number.
CsvTable attributionTable(std::string_view text)
{
    return cs::test::csvTable(text, [](std::string_view name) {
        if (name == "row_id")
            return ColumnSpec{ColumnRule::RowId, false, ValueRange::Any};
        return ColumnSpec{ColumnRule::Numeric, false, ValueRange::Any};
    });
}

CsvTable evaluationIds(std::string_view text)
{
    return cs::test::csvTable(text, [](std::string_view name) {
        if (name == "row_id")
            return ColumnSpec{ColumnRule::RowId, false, ValueRange::Any};
        return ColumnSpec{ColumnRule::Skip, true, ValueRange::Any};
    });
}

std::optional<double> valueOf(const std::vector<FeatureValue> &values, const std::string &feature)
{
    for (const auto &v : values) {
        if (v.feature == feature)
            return v.value;
    }
    return std::nullopt;
}

// Spearman for vectors without ties: 1 - 6 Σ d² / (n (n² - 1)), ranks by counting.
double spearmanByFormula(const std::vector<double> &a, const std::vector<double> &b)
{
    const std::size_t n = a.size();
    auto rank = [](const std::vector<double> &v, std::size_t i) {
        return static_cast<double>(std::count_if(v.begin(), v.end(), [&](double x) { return x < v[i]; }) + 1);
    };
    double sumD2 = 0;
    for (std::size_t i = 0; i < n; ++i) {
        const double d = rank(a, i) - rank(b, i);
        sumD2 += d * d;
    }
    const auto nn = static_cast<double>(n);
    return 1.0 - 6.0 * sumD2 / (nn * (nn * nn - 1.0));
}

std::vector<FeatureValue> importance(std::initializer_list<std::pair<const char *, double>> values)
{
    std::vector<FeatureValue> out;
    for (const auto &[name, value] : values)
        out.push_back({name, value});
    return out;
}

} // namespace

class TestExplainability final : public QObject
{
    Q_OBJECT

private slots:
    void meanAbsoluteImportanceByHand()
    {
        // f1: (|0.5| + |-0.25| + |0.25| + |-1|) / 4 = 2 / 4 = 0.5
        // f2: (|-1| + |3| + |0| + |0|) / 4 = 1
        // f3: (0.1 + 0.2 + 0.3 + 0.4) / 4 = 0.25 (not exact in binary: relative check)
        const CsvTable table = attributionTable("row_id,f1,f2,f3\n"
                                                "r1,0.5,-1,0.1\n"
                                                "r2,-0.25,3,-0.2\n"
                                                "r3,0.25,0,0.3\n"
                                                "r4,-1,-0,-0.4\n");
        const auto result = meanAbsoluteImportance(table);
        QCOMPARE(result.size(), std::size_t(3)); // row_id is not a feature
        QCOMPARE(result[0].feature, std::string("f1")); // attribution column order
        CS_COMPARE_OPT(result[0].value, 0.5);
        CS_COMPARE_OPT(result[1].value, 1.0);
        CS_COMPARE_OPT_NEAR(result[2].value, 0.25);
    }

    void averageRanksShareTies()
    {
        // 10 20 20 5: sorted 5 (1), 10 (2), 20 20 (positions 3 and 4 -> 3.5 each)
        QCOMPARE(averageRanks(std::vector<double>{10, 20, 20, 5}), (std::vector<double>{2, 3.5, 3.5, 1}));
        // three-way tie at the bottom: positions 1 2 3 -> 2
        QCOMPARE(averageRanks(std::vector<double>{1, 1, 1, 9}), (std::vector<double>{2, 2, 2, 4}));
        QCOMPARE(averageRanks(std::vector<double>{7, 7}), (std::vector<double>{1.5, 1.5}));
        QVERIFY(averageRanks(std::vector<double>{}).empty());
    }

    void spearmanTieFreeByHand()
    {
        // ranks a 1 2 3 4 5, b 2 1 4 3 5: d = -1 1 -1 1 0, Σd² = 4
        //   1 - 6*4 / (5 * 24) = 1 - 0.2 = 0.8
        CS_COMPARE_OPT_NEAR(spearman(std::vector<double>{1, 2, 3, 4, 5}, std::vector<double>{0.2, 0.1, 0.4, 0.3, 0.5}), 0.8);
        // Reversed order: -1; same order: 1.
        CS_COMPARE_OPT_NEAR(spearman(std::vector<double>{1, 2, 3}, std::vector<double>{3, 2, 1}), -1.0);
        CS_COMPARE_OPT_NEAR(spearman(std::vector<double>{1, 2}, std::vector<double>{10, 20}), 1.0);
    }

    void spearmanTieFreeMatchesFormulaOnRandomData()
    {
        std::mt19937_64 rng(7);
        for (int round = 0; round < 25; ++round) {
            const std::size_t n = 2 + static_cast<std::size_t>(round);
            // Distinct values: shuffled permutations scaled, so there are no ties.
            std::vector<double> a(n), b(n);
            std::iota(a.begin(), a.end(), 1.0);
            std::iota(b.begin(), b.end(), 1.0);
            std::shuffle(a.begin(), a.end(), rng);
            std::shuffle(b.begin(), b.end(), rng);
            for (double &x : a)
                x = x * 0.37 + 0.01;
            const auto rho = spearman(a, b);
            QVERIFY(rho.has_value());
            const double expected = spearmanByFormula(a, b);
            // Near 0 the relative check is meaningless: compare absolutely there.
            QVERIFY2(std::fabs(*rho - expected) <= 1e-12 * std::max(1.0, std::fabs(expected)),
                     cs::test::nearMessage(*rho, expected).constData());
        }
    }

    void spearmanWithTiesUsesAverageRanks()
    {
        // a 1 2 2 3 -> ranks 1 2.5 2.5 4; b 1 2 3 4 -> ranks 1 2 3 4; mean rank 2.5
        //   da -1.5 0 0 1.5, db -1.5 -.5 .5 1.5
        //   Σ da db = 2.25 + 2.25 = 4.5; Σ da² = 4.5; Σ db² = 5
        //   rho = 4.5 / sqrt(4.5 * 5) = sqrt(0.9)
        CS_COMPARE_OPT_NEAR(spearman(std::vector<double>{1, 2, 2, 3}, std::vector<double>{1, 2, 3, 4}), std::sqrt(0.9));
    }

    void spearmanNullCases()
    {
        CS_VERIFY_NULL(spearman(std::vector<double>{1, 1, 1}, std::vector<double>{1, 2, 3})); // a constant
        CS_VERIFY_NULL(spearman(std::vector<double>{1, 2, 3}, std::vector<double>{4, 4, 4})); // b constant
        CS_VERIFY_NULL(spearman(std::vector<double>{1}, std::vector<double>{2}));             // fewer than 2
        CS_VERIFY_NULL(spearman(std::vector<double>{}, std::vector<double>{}));
    }

    void stabilityOverSharedFeatures()
    {
        // Only a, b, c are in both; x and y are ignored.
        //   candidate a 3 b 2 c 1 ; baseline a 1 b 2 c 3 -> reversed -> -1
        const auto candidate = importance({{"a", 3}, {"x", 100}, {"b", 2}, {"c", 1}});
        const auto baseline = importance({{"c", 3}, {"b", 2}, {"y", 0}, {"a", 1}});
        CS_COMPARE_OPT_NEAR(importanceStability(candidate, baseline), -1.0);
        // Fewer than 2 shared features -> null.
        CS_VERIFY_NULL(importanceStability(importance({{"a", 1}, {"b", 2}}), importance({{"a", 1}, {"z", 2}})));
        // Constant over the shared features -> null.
        CS_VERIFY_NULL(importanceStability(importance({{"a", 1}, {"b", 1}, {"q", 5}}), importance({{"a", 1}, {"b", 2}})));
    }

    void topFiveTiesByName()
    {
        // c 2; d e 1 (tie: d first); a b 0.5 (tie: a first); f 0.1 is sixth.
        const auto values = importance({{"e", 1}, {"d", 1}, {"c", 2}, {"b", 0.5}, {"a", 0.5}, {"f", 0.1}});
        QCOMPARE(topFeatures(values), (std::vector<std::string>{"c", "d", "e", "a", "b"}));
        QCOMPARE(topFeatures(values, 2), (std::vector<std::string>{"c", "d"}));
    }

    void topFiveOverlapAlwaysOverFive()
    {
        // Both top-5s: candidate c d e a b; baseline {a b c x y} -> shared a b c -> 3/5
        const auto candidate = importance({{"e", 1}, {"d", 1}, {"c", 2}, {"b", 0.5}, {"a", 0.5}, {"f", 0.1}});
        const auto baseline = importance({{"a", 9}, {"b", 8}, {"c", 7}, {"x", 6}, {"y", 5}, {"d", 4}, {"e", 3}});
        QCOMPARE(top5Overlap(candidate, baseline), 3.0 / 5.0);
        // Three features each, all shared: still divided by 5 -> 0.6.
        QCOMPARE(top5Overlap(importance({{"a", 1}, {"b", 2}, {"c", 3}}), importance({{"c", 1}, {"a", 2}, {"b", 3}})),
                 3.0 / 5.0);
        // Nothing shared.
        QCOMPARE(top5Overlap(importance({{"a", 1}}), importance({{"b", 1}})), 0.0);
        // The tie-break decides membership: candidate ties p q r s t u at 1 -> top 5 p..t;
        // baseline has only u -> 0.
        QCOMPARE(top5Overlap(importance({{"u", 1}, {"t", 1}, {"s", 1}, {"r", 1}, {"q", 1}, {"p", 1}}), importance({{"u", 1}})),
                 0.0);
    }

    void principalReasonsHighScore()
    {
        // Seven features; `order` gives each one's rank by name, so that feature 2's name sorts
        // before feature 0's.
        //   values .3 -.5 .3 .1 0 .2 .05
        //   pushing (positive): 0 (.3), 2 (.3), 3 (.1), 5 (.2), 6 (.05); 1 negative, 4 zero
        //   hardest first, ties by name: 2, 0 (both .3; 2's name first), 5, 3 -> four reasons
        const std::vector<double> values{.3, -.5, .3, .1, 0, .2, .05};
        const std::vector<std::size_t> order{1, 6, 0, 2, 3, 4, 5};
        QCOMPARE(principalReasons(values, order, true), (std::vector<std::size_t>{2, 0, 5, 3}));
    }

    void principalReasonsLowScore()
    {
        // low_score: the most negative attributions push towards the adverse outcome.
        //   values -.2 .1 -.3 -.2  names ranked 3 0 1 2 (feature 3's name before feature 0's)
        //   pushing: 0 (-.2), 2 (-.3), 3 (-.2) -> 2, then the tie -.2: 3 before 0
        const std::vector<double> values{-.2, .1, -.3, -.2};
        const std::vector<std::size_t> order{3, 0, 1, 2};
        QCOMPARE(principalReasons(values, order, false), (std::vector<std::size_t>{2, 3, 0}));
    }

    void principalReasonsFewerThanFour()
    {
        // Only two attributions push towards the adverse outcome: two reasons, not four.
        const std::vector<double> values{-.2, .1, -.3, 0, .4};
        const std::vector<std::size_t> order{0, 1, 2, 3, 4};
        QCOMPARE(principalReasons(values, order, true), (std::vector<std::size_t>{4, 1}));
        // Nothing pushes: no reasons.
        QVERIFY(principalReasons(std::vector<double>{0, -1}, std::vector<std::size_t>{0, 1}, true).empty());
    }

    void reasonCodeFrequencyHighScore()
    {
        // Columns deliberately out of name order: e d c b a.
        // evaluation: r1 .9, r2 .8, r3 .2, r4 .7, r5 .6; threshold .5, high_score -> adverse r1 r2 r4 r5
        // attributions for r1 r2 r3 r5 r9 (r4 has none, r9 is not in the evaluation)
        //   r1: a .5 b .4 c .3 d .2 e .1    -> a b c d
        //   r2: a -.5 b .1 c .1 d 0 e .2    -> e, then b c (tie by name); a pushes the other way, d not at all
        //   r3: not adverse                  -> ignored
        //   r5: all .1                       -> ties by name: a b c d (e is fifth)
        //   r9: ignored (not in the evaluation)
        // adverse rows with attributions: r1 r2 r5 = 3
        //   a: r1 r5 -> 2/3   b: r1 r2 r5 -> 1   c: 1   d: r1 r5 -> 2/3   e: r2 -> 1/3
        const CsvTable attributions = attributionTable("row_id,e,d,c,b,a\n"
                                                       "r9,9,9,9,9,9\n"
                                                       "r1,0.1,0.2,0.3,0.4,0.5\n"
                                                       "r2,0.2,0,0.1,0.1,-0.5\n"
                                                       "r3,1,1,1,1,1\n"
                                                       "r5,0.1,0.1,0.1,0.1,0.1\n");
        const CsvTable evaluation = evaluationIds("row_id,score\nr1,0.9\nr2,0.8\nr3,0.2\nr4,0.7\nr5,0.6\n");
        const std::vector<double> scores{0.9, 0.8, 0.2, 0.7, 0.6};
        ReasonCodeInput input;
        input.attributions = &attributions;
        input.evaluationRowIds = &evaluation.find("row_id")->text;
        input.scores = scores;
        input.threshold = 0.5;
        input.adverseIsHighScore = true;
        const auto [frequency, rows] = reasonCodeFrequency(input);
        QCOMPARE(rows, std::uint64_t(3));
        QCOMPARE(frequency.size(), std::size_t(5));
        CS_COMPARE_OPT(valueOf(frequency, "a"), 2.0 / 3.0);
        CS_COMPARE_OPT(valueOf(frequency, "b"), 3.0 / 3.0);
        CS_COMPARE_OPT(valueOf(frequency, "c"), 3.0 / 3.0);
        CS_COMPARE_OPT(valueOf(frequency, "d"), 2.0 / 3.0);
        CS_COMPARE_OPT(valueOf(frequency, "e"), 1.0 / 3.0);
    }

    void reasonCodeFrequencyLowScore()
    {
        // low_score: adverse when score < threshold (.5): r2 (.3) and r3 (.1); r1 (.5) is favourable.
        //   r2: x -.4 y -.1 z .3 -> x y
        //   r3: x .2 y -.3 z -.3 -> y z (tie at -.3)
        //   x 1/2, y 2/2, z 1/2
        const CsvTable attributions = attributionTable("row_id,x,y,z\n"
                                                       "r1,-1,-1,-1\n"
                                                       "r2,-0.4,-0.1,0.3\n"
                                                       "r3,0.2,-0.3,-0.3\n");
        const CsvTable evaluation = evaluationIds("row_id\nr1\nr2\nr3\n");
        const std::vector<double> scores{0.5, 0.3, 0.1};
        ReasonCodeInput input;
        input.attributions = &attributions;
        input.evaluationRowIds = &evaluation.find("row_id")->text;
        input.scores = scores;
        input.threshold = 0.5;
        input.adverseIsHighScore = false;
        const auto [frequency, rows] = reasonCodeFrequency(input);
        QCOMPARE(rows, std::uint64_t(2));
        CS_COMPARE_OPT(valueOf(frequency, "x"), 0.5);
        CS_COMPARE_OPT(valueOf(frequency, "y"), 1.0);
        CS_COMPARE_OPT(valueOf(frequency, "z"), 0.5);
    }

    void reasonCodeFrequencyWithoutAdverseRowsIsNull()
    {
        // No adverse row: 0 / 0 -> null for every feature (never NaN).
        const CsvTable attributions = attributionTable("row_id,x,y\nr1,1,2\n");
        const CsvTable evaluation = evaluationIds("row_id\nr1\n");
        const std::vector<double> scores{0.1};
        ReasonCodeInput input;
        input.attributions = &attributions;
        input.evaluationRowIds = &evaluation.find("row_id")->text;
        input.scores = scores;
        input.threshold = 0.5;
        input.adverseIsHighScore = true;
        const auto [frequency, rows] = reasonCodeFrequency(input);
        QCOMPARE(rows, std::uint64_t(0));
        QCOMPARE(frequency.size(), std::size_t(2));
        for (const auto &f : frequency)
            CS_VERIFY_NULL(f.value);
    }
};

QTEST_GUILESS_MAIN(TestExplainability)
#include "tst_explainability.moc"
