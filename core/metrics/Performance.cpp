#include "Performance.h"

#include "Numeric.h"

#include <algorithm>
#include <cmath>

namespace cs::metrics {

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

ClassScores sortByClass(std::span<const double> labels, std::span<const double> scores)
{
    ClassScores out;
    out.positives.reserve(scores.size() / 2);
    out.negatives.reserve(scores.size() / 2);
    for (std::size_t i = 0; i < scores.size(); ++i)
        (labels[i] == 1.0 ? out.positives : out.negatives).push_back(scores[i]);
    std::sort(out.positives.begin(), out.positives.end());
    std::sort(out.negatives.begin(), out.negatives.end());
    return out;
}

std::optional<double> rocAuc(std::span<const double> labels, std::span<const double> scores)
{
    return rocAuc(sortByClass(labels, scores));
}

std::optional<double> rocAuc(const ClassScores &sorted)
{
    const auto &positives = sorted.positives;
    const auto &negatives = sorted.negatives;
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

BinaryMetrics binaryMetrics(std::span<const double> labels, std::span<const double> scores, double threshold,
                            const ClassScores *sorted)
{
    BinaryMetrics m;
    const ConfusionCounts c = confusion(labels, scores, threshold);
    m.auc = sorted ? rocAuc(*sorted) : rocAuc(labels, scores);
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

std::vector<RocPoint> rocCurve(const ClassScores &sorted, std::size_t maxPoints)
{
    const auto &pos = sorted.positives;
    const auto &neg = sorted.negatives;
    std::vector<RocPoint> points{{0.0, 0.0}};
    if (pos.empty() || neg.empty())
        return points;
    // Lower the threshold from the highest score down, one distinct score at a time.
    std::size_t p = pos.size(), n = neg.size();
    const std::size_t distinctBudget = std::max<std::size_t>(maxPoints, 2);
    const std::size_t stride = std::max<std::size_t>(1, (pos.size() + neg.size()) / distinctBudget);
    std::size_t consumedSincePoint = 0;
    while (p > 0 || n > 0) {
        const double v = p == 0 ? neg[n - 1] : n == 0 ? pos[p - 1] : std::max(pos[p - 1], neg[n - 1]);
        while (p > 0 && pos[p - 1] == v) {
            --p;
            ++consumedSincePoint;
        }
        while (n > 0 && neg[n - 1] == v) {
            --n;
            ++consumedSincePoint;
        }
        if (consumedSincePoint >= stride || (p == 0 && n == 0)) {
            points.push_back({static_cast<double>(neg.size() - n) / static_cast<double>(neg.size()),
                              static_cast<double>(pos.size() - p) / static_cast<double>(pos.size())});
            consumedSincePoint = 0;
        }
    }
    return points;
}

} // namespace cs::metrics
