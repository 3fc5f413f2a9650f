// Performance metrics (contract section 2) against numbers worked out by hand on small
// tables, and AUC against brute-force pair counting on random data with ties.

#include "MetricsTestSupport.h"

#include "metrics/Numeric.h"
#include "metrics/Performance.h"
#include "metrics/ReportedMetrics.h"

#include <QTest>

#include <cmath>
#include <random>
#include <vector>

using namespace cs::metrics;

namespace {

// The hand table used by several tests: 4 positives, 6 negatives, ties across classes
// at 0.7 and 0.5, and a score exactly on the threshold 0.5.
const std::vector<double> kLabels{1, 1, 1, 1, 0, 0, 0, 0, 0, 0};
const std::vector<double> kScores{0.9, 0.7, 0.5, 0.3, 0.7, 0.5, 0.2, 0.1, 0.4, 0.6};

// Mann-Whitney by brute force: every (positive, negative) pair, wins 1, ties 1/2.
double bruteForceAuc(const std::vector<double> &labels, const std::vector<double> &scores)
{
    double wins = 0; // whole and half counts: exact in a double for these sizes
    double pairs = 0;
    for (std::size_t i = 0; i < scores.size(); ++i) {
        if (labels[i] != 1.0)
            continue;
        for (std::size_t k = 0; k < scores.size(); ++k) {
            if (labels[k] != 0.0)
                continue;
            pairs += 1;
            wins += scores[i] > scores[k] ? 1.0 : scores[i] == scores[k] ? 0.5 : 0.0;
        }
    }
    return wins / pairs;
}

} // namespace

class TestPerformance final : public QObject
{
    Q_OBJECT

private slots:
    void confusionOnHandTable()
    {
        // s >= 0.5 is positive.
        // positives 0.9 0.7 0.5 | 0.3  -> TP 3, FN 1 (0.5 counts: the threshold is inclusive)
        // negatives 0.7 0.5 0.6 | 0.2 0.1 0.4 -> FP 3, TN 3
        const ConfusionCounts c = confusion(kLabels, kScores, 0.5);
        QCOMPARE(c.tp, std::uint64_t(3));
        QCOMPARE(c.fn, std::uint64_t(1));
        QCOMPARE(c.fp, std::uint64_t(3));
        QCOMPARE(c.tn, std::uint64_t(3));
        QCOMPARE(c.total(), std::uint64_t(10));
    }

    void metricsOnHandTable()
    {
        const BinaryMetrics m = binaryMetrics(kLabels, kScores, 0.5);
        // AUC, pair by pair (4 x 6 = 24 pairs):
        //   0.9 beats all 6 negatives                       -> 6
        //   0.7 beats 0.5 0.2 0.1 0.4 0.6, ties 0.7         -> 5.5
        //   0.5 beats 0.2 0.1 0.4, ties 0.5                 -> 3.5
        //   0.3 beats 0.2 0.1                               -> 2
        //   total 17 -> 17/24 (one correctly rounded division either way)
        CS_COMPARE_OPT(m.auc, 17.0 / 24.0);
        CS_COMPARE_OPT(m.accuracy, 6.0 / 10.0);  // (TP + TN) / n = (3 + 3) / 10
        CS_COMPARE_OPT(m.precision, 3.0 / 6.0);  // TP / (TP + FP) = 3 / 6
        CS_COMPARE_OPT(m.recall, 3.0 / 4.0);     // TP / (TP + FN) = 3 / 4
        CS_COMPARE_OPT(m.f1, 6.0 / 10.0);        // 2TP / (2TP + FP + FN) = 6 / (6 + 3 + 1)
        CS_COMPARE_OPT(m.selectionRate, 6.0 / 10.0); // predicted positive 6 of 10
        // Brier: positives (0.1² 0.3² 0.5² 0.7²) = 0.01 + 0.09 + 0.25 + 0.49 = 0.84
        //        negatives (0.7² 0.5² 0.2² 0.1² 0.4² 0.6²) = 0.49 + 0.25 + 0.04 + 0.01 + 0.16 + 0.36 = 1.31
        //        (0.84 + 1.31) / 10 = 0.215
        CS_COMPARE_OPT_NEAR(m.brier, 0.215);
        // Log loss = -ln(product of the probabilities given to the true class) / n:
        //   positives p: 0.9 0.7 0.5 0.3; negatives 1 - p: 0.3 0.5 0.8 0.9 0.6 0.4
        //   product = 0.9*0.7*0.5*0.3 * 0.3*0.5*0.8*0.9*0.6*0.4 = 0.0945 * 0.02592 = 0.00244944
        CS_COMPARE_OPT_NEAR(m.logLoss, -std::log(0.00244944) / 10.0);
    }

    void aucMatchesBruteForceOnRandomData_data()
    {
        QTest::addColumn<int>("seed");
        QTest::addColumn<int>("n");
        QTest::addColumn<int>("levels"); // distinct score values: few levels, many ties
        QTest::newRow("many ties") << 1 << 200 << 5;
        QTest::newRow("some ties") << 2 << 500 << 100;
        QTest::newRow("few ties") << 3 << 400 << 100000;
        QTest::newRow("tiny") << 4 << 3 << 2;
        QTest::newRow("larger") << 5 << 1500 << 50;
    }

    void aucMatchesBruteForceOnRandomData()
    {
        QFETCH(int, seed);
        QFETCH(int, n);
        QFETCH(int, levels);
        std::mt19937_64 rng(static_cast<std::uint64_t>(seed));
        std::uniform_int_distribution<int> level(0, levels);
        std::bernoulli_distribution positive(0.3);
        std::vector<double> labels, scores;
        for (int i = 0; i < n; ++i) {
            labels.push_back(positive(rng) ? 1.0 : 0.0);
            scores.push_back(static_cast<double>(level(rng)) / static_cast<double>(levels));
        }
        // Make sure both classes are present.
        labels[0] = 1.0;
        labels[1] = 0.0;
        const auto auc = rocAuc(labels, scores);
        // Both are wins/pairs of the same exact rational, each one correctly rounded division.
        CS_COMPARE_OPT(auc, bruteForceAuc(labels, scores));
        // The presorted entry points give the same numbers.
        const ClassScores sorted = sortByClass(labels, scores);
        CS_COMPARE_OPT(rocAuc(sorted), bruteForceAuc(labels, scores));
        CS_COMPARE_OPT(binaryMetrics(labels, scores, 0.5, &sorted).auc, bruteForceAuc(labels, scores));
    }

    void aucAllTiedIsOneHalf()
    {
        // Every pair is a tie: 1/2 each.
        const std::vector<double> labels{1, 0, 1, 0, 0};
        const std::vector<double> scores{0.4, 0.4, 0.4, 0.4, 0.4};
        CS_COMPARE_OPT(rocAuc(labels, scores), 0.5);
    }

    void aucPerfectAndReversed()
    {
        const std::vector<double> labels{0, 0, 1, 1};
        CS_COMPARE_OPT(rocAuc(labels, std::vector<double>{0.1, 0.2, 0.8, 0.9}), 1.0);
        CS_COMPARE_OPT(rocAuc(labels, std::vector<double>{0.9, 0.8, 0.2, 0.1}), 0.0);
    }

    void oneClassLabelsGiveNullAuc()
    {
        // Only positives: AUC undefined; the threshold metrics that have a denominator remain.
        // s >= 0.5: 0.6 and 0.8 -> TP 2, FN 1, FP 0, TN 0.
        const std::vector<double> labels{1, 1, 1};
        const std::vector<double> scores{0.2, 0.6, 0.8};
        const BinaryMetrics m = binaryMetrics(labels, scores, 0.5);
        CS_VERIFY_NULL(m.auc);
        CS_COMPARE_OPT(m.precision, 1.0);        // 2 / 2
        CS_COMPARE_OPT(m.recall, 2.0 / 3.0);     // 2 / 3
        CS_COMPARE_OPT(m.accuracy, 2.0 / 3.0);   // 2 / 3
        CS_COMPARE_OPT(m.f1, 4.0 / 5.0);         // 4 / (4 + 0 + 1)

        const std::vector<double> negatives{0, 0};
        CS_VERIFY_NULL(rocAuc(negatives, std::vector<double>{0.3, 0.7}));
    }

    void zeroDenominatorsAreNull()
    {
        // Only negatives, all predicted negative: TP = FP = FN = 0, TN = 3.
        const std::vector<double> labels{0, 0, 0};
        const std::vector<double> scores{0.1, 0.2, 0.3};
        const BinaryMetrics m = binaryMetrics(labels, scores, 0.5);
        CS_VERIFY_NULL(m.auc);
        CS_VERIFY_NULL(m.precision); // TP + FP = 0
        CS_VERIFY_NULL(m.recall);    // TP + FN = 0
        CS_VERIFY_NULL(m.f1);        // 2TP + FP + FN = 0
        CS_COMPARE_OPT(m.accuracy, 1.0);
        CS_COMPARE_OPT(m.selectionRate, 0.0);
        // Brier (0.01 + 0.04 + 0.09) / 3 = 0.14 / 3
        CS_COMPARE_OPT_NEAR(m.brier, 0.14 / 3.0);
    }

    void emptyInputIsAllNull()
    {
        const BinaryMetrics m = binaryMetrics({}, {}, 0.5);
        CS_VERIFY_NULL(m.auc);
        CS_VERIFY_NULL(m.accuracy);
        CS_VERIFY_NULL(m.precision);
        CS_VERIFY_NULL(m.recall);
        CS_VERIFY_NULL(m.f1);
        CS_VERIFY_NULL(m.selectionRate);
        CS_VERIFY_NULL(m.brier);
        CS_VERIFY_NULL(m.logLoss);
    }

    void logLossClipsCertainMistakes()
    {
        // y = 1, s = 0: p clipped to 1e-15 -> -ln(1e-15).
        // y = 0, s = 1: p clipped to 1 - 1e-15 -> -ln(1 - (1 - 1e-15)); in doubles
        //   1 - (1 - 1e-15) = 9.992007221626409e-16, not 1e-15, so it is computed the same way here.
        const std::vector<double> labels{1, 0};
        const std::vector<double> scores{0.0, 1.0};
        const BinaryMetrics m = binaryMetrics(labels, scores, 0.5);
        const double expected = -(std::log(1e-15) + std::log(1.0 - (1.0 - 1e-15))) / 2.0;
        QVERIFY(m.logLoss.has_value());
        QVERIFY(std::isfinite(*m.logLoss));
        CS_COMPARE_NEAR(*m.logLoss, expected);
        // Brier: (0 - 1)² and (1 - 0)² -> 1.
        CS_COMPARE_OPT(m.brier, 1.0);
    }

    void thresholdIsInclusive()
    {
        const std::vector<double> labels{1, 0};
        const std::vector<double> scores{0.5, 0.49999999999999994}; // the double just below 0.5
        const ConfusionCounts c = confusion(labels, scores, 0.5);
        QCOMPARE(c.tp, std::uint64_t(1));
        QCOMPARE(c.tn, std::uint64_t(1));
        QCOMPARE(c.fp, std::uint64_t(0));
    }

    void metricByNameCoversTheContractNames()
    {
        BinaryMetrics m;
        m.auc = 0.1;
        m.accuracy = 0.2;
        m.precision = 0.3;
        m.recall = 0.4;
        m.f1 = 0.5;
        m.selectionRate = 0.6;
        m.brier = 0.7;
        m.logLoss = 0.8;
        CS_COMPARE_OPT(metricByName(m, "auc"), 0.1);
        CS_COMPARE_OPT(metricByName(m, "accuracy"), 0.2);
        CS_COMPARE_OPT(metricByName(m, "precision"), 0.3);
        CS_COMPARE_OPT(metricByName(m, "recall"), 0.4);
        CS_COMPARE_OPT(metricByName(m, "f1"), 0.5);
        CS_COMPARE_OPT(metricByName(m, "selection_rate"), 0.6);
        CS_COMPARE_OPT(metricByName(m, "brier"), 0.7);
        CS_COMPARE_OPT(metricByName(m, "log_loss"), 0.8);
        CS_VERIFY_NULL(metricByName(m, "gini"));
    }

    void relativeChange()
    {
        // 100 * (0.8 - 0.75) / 0.75 = 20/3 % (not exact in binary)
        CS_COMPARE_OPT_NEAR(relativeChangePct(0.8, 0.75), 20.0 / 3.0);
        // 100 * (0.5 - 0.625) / 0.625 = -20 (0.5, 0.625 and 0.125 are exact)
        CS_COMPARE_OPT(relativeChangePct(0.5, 0.625), -20.0);
        // Negative baseline divides by |baseline|: 100 * (-1 - -2) / 2 = +50
        CS_COMPARE_OPT(relativeChangePct(-1.0, -2.0), 50.0);
        CS_VERIFY_NULL(relativeChangePct(0.5, 0.0));
        CS_VERIFY_NULL(relativeChangePct(0.5, std::nullopt));
        CS_VERIFY_NULL(relativeChangePct(std::nullopt, 0.5));
    }

    void ratioNeverNaN()
    {
        CS_VERIFY_NULL(ratio(0.0, 0.0));
        CS_VERIFY_NULL(ratio(std::uint64_t(0), std::uint64_t(0)));
        CS_COMPARE_OPT(ratio(std::uint64_t(1), std::uint64_t(4)), 0.25);
    }

    void rocCornersOnHandCase()
    {
        // Scores descending: 0.9 (P) 0.8 (N) 0.7 (P) 0.1 (N); 2 positives, 2 negatives.
        // Corners: start (0,0); after 0.9 (0, 1/2); after 0.8 (1/2, 1/2); after 0.7 (1/2, 1); after 0.1 (1, 1).
        const std::vector<double> labels{1, 0, 1, 0};
        const std::vector<double> scores{0.9, 0.8, 0.7, 0.1};
        const auto curve = rocCurve(sortByClass(labels, scores));
        const std::vector<std::pair<double, double>> expected{{0, 0}, {0, 0.5}, {0.5, 0.5}, {0.5, 1}, {1, 1}};
        QCOMPARE(curve.size(), expected.size());
        for (std::size_t i = 0; i < expected.size(); ++i) {
            QCOMPARE(curve[i].fpr, expected[i].first);
            QCOMPARE(curve[i].tpr, expected[i].second);
        }
    }

    void reportedVersusRecomputed()
    {
        BinaryMetrics candidate;
        candidate.auc = 0.8;
        candidate.f1 = 0.5;
        const std::vector<cs::package::ReportedMetric> reported{
            {"auc", 0.75}, {"baseline_auc", 0.7}, {"f1", 0.5}, {"gini", 0.3}, {"recall", 0.4}};
        const auto rows = compareReported(reported, candidate, std::nullopt);
        // gini is not recomputed, so it is not listed.
        QCOMPARE(rows.size(), std::size_t(4));
        QCOMPARE(rows[0].metric, std::string("auc"));
        CS_COMPARE_OPT(rows[0].recomputed, 0.8);
        CS_COMPARE_OPT(rows[0].absDiff, std::fabs(0.75 - 0.8)); // 0.05000000000000004 in doubles
        // No baseline: recomputed and abs_diff null.
        QCOMPARE(rows[1].metric, std::string("baseline_auc"));
        CS_VERIFY_NULL(rows[1].recomputed);
        CS_VERIFY_NULL(rows[1].absDiff);
        CS_COMPARE_OPT(rows[2].absDiff, 0.0);
        // Candidate recall is null (not computable): null, no mismatch.
        QCOMPARE(rows[3].metric, std::string("recall"));
        CS_VERIFY_NULL(rows[3].absDiff);
    }
};

QTEST_GUILESS_MAIN(TestPerformance)
#include "tst_performance.moc"
