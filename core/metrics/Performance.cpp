#include "Performance.h"

#include "Numeric.h"

#include <algorithm>
#include <cmath>

namespace cs::metrics {

namespace {

// Scores of the positive and of the negative cases, each sorted ascending.
std::pair<std::vector<double>, std::vector<double>> sortedByClass(std::span<const double> labels,
                                                                  std::span<const double> scores)
{
    std::vector<double> positives;
    std::vector<double> negatives;
    positives.reserve(scores.size() / 2);
    negatives.reserve(scores.size() / 2);
    for (std::size_t i = 0; i < scores.size(); ++i)
        (labels[i] == 1.0 ? positives : negatives).push_back(scores[i]);
    std::sort(positives.begin(), positives.end());
    std::sort(negatives.begin(), negatives.end());
    return {std::move(positives), std::move(negatives)};
}

} // namespace

ConfusionCounts confusion(std::span<const double> labels, std::span<const double> scores, double threshold)
{
    ConfusionCounts c;
    for (std::size_t i = 0; i < scores.size(); ++i) {
        const bool predicted = scores[i] >= threshold;
        const bool actual = labels[i] == 1.0;
        c.tp += predicted && actual;
        c.fp += predicted && !actual;
        c.fn += !predicted && actual;
        c.tn += !predicted && !actual;
    }
    return c;
}

std::optional<double> rocAuc(std::span<const double> labels, std::span<const double> scores)
{
    const auto [positives, negatives] = sortedByClass(labels, scores);
    if (positives.empty() || negatives.empty())
        return std::nullopt;
    // Twice the Mann-Whitney U in integers: 2 per (positive > negative) pair, 1 per tie,
    // so the result is one correctly rounded division.
    std::uint64_t doubled = 0;
    std::size_t below = 0; // negatives strictly below the current positive score
    std::size_t i = 0;
    while (i < positives.size()) {
        const double s = positives[i];
        std::size_t runEnd = i;
        while (runEnd < positives.size() && positives[runEnd] == s)
            ++runEnd;
        while (below < negatives.size() && negatives[below] < s)
            ++below;
        std::size_t equalEnd = below;
        while (equalEnd < negatives.size() && negatives[equalEnd] == s)
            ++equalEnd;
        const std::uint64_t run = runEnd - i;
        doubled += run * (2 * static_cast<std::uint64_t>(below) + (equalEnd - below));
        i = runEnd;
    }
    const double pairs = static_cast<double>(positives.size()) * static_cast<double>(negatives.size());
    return static_cast<double>(doubled) / (2.0 * pairs);
}

std::optional<double> precisionOf(const ConfusionCounts &c) { return ratio(c.tp, c.tp + c.fp); }
std::optional<double> recallOf(const ConfusionCounts &c) { return ratio(c.tp, c.tp + c.fn); }
std::optional<double> f1Of(const ConfusionCounts &c) { return ratio(2 * c.tp, 2 * c.tp + c.fp + c.fn); }
std::optional<double> accuracyOf(const ConfusionCounts &c) { return ratio(c.tp + c.tn, c.total()); }
std::optional<double> selectionRateOf(const ConfusionCounts &c) { return ratio(c.tp + c.fp, c.total()); }

BinaryMetrics binaryMetrics(std::span<const double> labels, std::span<const double> scores, double threshold)
{
    BinaryMetrics m;
    const ConfusionCounts c = confusion(labels, scores, threshold);
    m.auc = rocAuc(labels, scores);
    m.accuracy = accuracyOf(c);
    m.precision = precisionOf(c);
    m.recall = recallOf(c);
    m.f1 = f1Of(c);
    m.selectionRate = selectionRateOf(c);
    if (!scores.empty()) {
        constexpr double eps = 1e-15;
        CompensatedSum brier;
        CompensatedSum logLoss;
        for (std::size_t i = 0; i < scores.size(); ++i) {
            const double s = scores[i];
            const double y = labels[i];
            brier.add((s - y) * (s - y));
            const double p = std::clamp(s, eps, 1.0 - eps);
            logLoss.add(y == 1.0 ? std::log(p) : std::log(1.0 - p));
        }
        const auto n = static_cast<double>(scores.size());
        m.brier = brier.value() / n;
        m.logLoss = -(logLoss.value() / n);
    }
    return m;
}

std::optional<double> metricByName(const BinaryMetrics &m, std::string_view name)
{
    if (name == "auc") return m.auc;
    if (name == "accuracy") return m.accuracy;
    if (name == "precision") return m.precision;
    if (name == "recall") return m.recall;
    if (name == "f1") return m.f1;
    if (name == "selection_rate") return m.selectionRate;
    if (name == "brier") return m.brier;
    if (name == "log_loss") return m.logLoss;
    return std::nullopt;
}

std::vector<RocPoint> rocCurve(std::span<const double> labels, std::span<const double> scores, std::size_t maxPoints)
{
    std::vector<std::pair<double, bool>> cases(scores.size());
    std::size_t positives = 0;
    for (std::size_t i = 0; i < scores.size(); ++i) {
        cases[i] = {scores[i], labels[i] == 1.0};
        positives += labels[i] == 1.0;
    }
    const std::size_t negatives = scores.size() - positives;
    std::vector<RocPoint> points{{0.0, 0.0}};
    if (positives == 0 || negatives == 0)
        return points;
    std::sort(cases.begin(), cases.end(), [](const auto &a, const auto &b) { return a.first > b.first; });
    std::size_t tp = 0, fp = 0;
    const std::size_t stride = std::max<std::size_t>(1, cases.size() / std::max<std::size_t>(maxPoints, 2));
    std::size_t sinceLast = 0;
    for (std::size_t i = 0; i < cases.size(); ++i) {
        (cases[i].second ? tp : fp) += 1;
        const bool lastOfScore = i + 1 == cases.size() || cases[i + 1].first != cases[i].first;
        if (lastOfScore && (++sinceLast >= stride || i + 1 == cases.size())) {
            points.push_back({static_cast<double>(fp) / static_cast<double>(negatives),
                              static_cast<double>(tp) / static_cast<double>(positives)});
            sinceLast = 0;
        }
    }
    return points;
}

} // namespace cs::metrics
