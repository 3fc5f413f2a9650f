#include "Metrics.h"

#include <algorithm>
#include <cmath>
#include <numeric>
#include <set>

namespace samplegen {

std::optional<double> rocAuc(const std::vector<std::uint8_t> &labels, const std::vector<double> &scores)
{
    const std::size_t n = scores.size();
    std::vector<std::size_t> order(n);
    std::iota(order.begin(), order.end(), std::size_t{0});
    std::sort(order.begin(), order.end(), [&](std::size_t a, std::size_t b) { return scores[a] < scores[b]; });
    double positiveRankSum = 0.0;
    std::size_t positives = 0;
    for (std::size_t i = 0; i < n;) {
        std::size_t j = i;
        while (j < n && scores[order[j]] == scores[order[i]])
            ++j;
        const double averageRank = (static_cast<double>(i + 1) + static_cast<double>(j)) / 2.0;
        for (std::size_t k = i; k < j; ++k)
            if (labels[order[k]]) {
                positiveRankSum += averageRank;
                ++positives;
            }
        i = j;
    }
    const std::size_t negatives = n - positives;
    if (positives == 0 || negatives == 0)
        return std::nullopt;
    const double p = static_cast<double>(positives);
    return (positiveRankSum - p * (p + 1.0) / 2.0) / (p * static_cast<double>(negatives));
}

namespace {

std::optional<double> ratio(double numerator, double denominator)
{
    if (denominator == 0.0)
        return std::nullopt;
    return numerator / denominator;
}

} // namespace

Classification classify(const std::vector<std::uint8_t> &labels, const std::vector<double> &scores, double threshold)
{
    double tp = 0, fp = 0, tn = 0, fn = 0;
    for (std::size_t i = 0; i < scores.size(); ++i) {
        const bool predicted = scores[i] >= threshold;
        if (labels[i])
            (predicted ? tp : fn) += 1.0;
        else
            (predicted ? fp : tn) += 1.0;
    }
    Classification c;
    const double n = static_cast<double>(scores.size());
    c.auc = rocAuc(labels, scores);
    c.accuracy = (tp + tn) / n;
    c.precision = ratio(tp, tp + fp);
    c.recall = ratio(tp, tp + fn);
    c.f1 = ratio(2.0 * tp, 2.0 * tp + fp + fn);
    c.selectionRate = (tp + fp) / n;
    return c;
}

std::optional<double> metricByName(const Classification &c, const std::string &name)
{
    if (name == "auc")
        return c.auc;
    if (name == "accuracy")
        return c.accuracy;
    if (name == "precision")
        return c.precision;
    if (name == "recall")
        return c.recall;
    if (name == "f1")
        return c.f1;
    return std::nullopt;
}

Fairness fairness(const std::vector<std::uint8_t> &labels, const std::vector<double> &scores, double threshold,
                  const std::vector<std::uint16_t> &groups, const std::vector<std::string> &groupNames,
                  bool highScoreAdverse, std::size_t minGroupSize)
{
    struct Counts
    {
        double n = 0, selected = 0, tp = 0, fp = 0, positives = 0, negatives = 0;
    };
    std::vector<Counts> counts(groupNames.size());
    for (std::size_t i = 0; i < scores.size(); ++i) {
        Counts &c = counts[groups[i]];
        const bool predicted = scores[i] >= threshold;
        c.n += 1;
        c.selected += predicted ? 1 : 0;
        if (labels[i]) {
            c.positives += 1;
            c.tp += predicted ? 1 : 0;
        } else {
            c.negatives += 1;
            c.fp += predicted ? 1 : 0;
        }
    }
    Fairness out;
    out.favourable = highScoreAdverse;
    std::optional<double> minRate, maxRate, minSel, maxSel, minTpr, maxTpr, minFpr, maxFpr;
    auto widen = [](std::optional<double> &lo, std::optional<double> &hi, double v) {
        lo = lo ? std::min(*lo, v) : v;
        hi = hi ? std::max(*hi, v) : v;
    };
    for (std::size_t g = 0; g < counts.size(); ++g) {
        const Counts &c = counts[g];
        if (c.n == 0)
            continue;
        GroupRates r;
        r.value = groupNames[g];
        r.n = static_cast<std::size_t>(c.n);
        r.selectionRate = c.selected / c.n;
        r.tpr = ratio(c.tp, c.positives);
        r.fpr = ratio(c.fp, c.negatives);
        r.smallSample = r.n < minGroupSize;
        if (!r.smallSample) {
            widen(minSel, maxSel, r.selectionRate);
            widen(minRate, maxRate, highScoreAdverse ? 1.0 - r.selectionRate : r.selectionRate);
            if (r.tpr)
                widen(minTpr, maxTpr, *r.tpr);
            if (r.fpr)
                widen(minFpr, maxFpr, *r.fpr);
        }
        out.groups.push_back(r);
    }
    if (maxRate) {
        out.disparateImpactRatio = *maxRate == 0.0 ? 1.0 : *minRate / *maxRate;
        out.parityDifference = *maxSel - *minSel;
        std::optional<double> tprDiff, fprDiff;
        if (maxTpr)
            tprDiff = *maxTpr - *minTpr;
        if (maxFpr)
            fprDiff = *maxFpr - *minFpr;
        if (tprDiff && fprDiff)
            out.equalizedOddsDifference = std::max(*tprDiff, *fprDiff);
        else
            out.equalizedOddsDifference = tprDiff ? tprDiff : fprDiff;
    }
    return out;
}

namespace {

double psiFromCounts(const std::vector<double> &ref, const std::vector<double> &cur, double refTotal, double curTotal)
{
    double psi = 0.0;
    for (std::size_t i = 0; i < ref.size(); ++i) {
        const double p = std::max(refTotal > 0 ? ref[i] / refTotal : 0.0, 1e-4);
        const double q = std::max(curTotal > 0 ? cur[i] / curTotal : 0.0, 1e-4);
        psi += (q - p) * std::log(q / p);
    }
    return psi;
}

} // namespace

double psiNumeric(const std::vector<double> &reference, const std::vector<double> &current)
{
    std::vector<double> sorted;
    for (const double v : reference)
        if (!std::isnan(v))
            sorted.push_back(v);
    std::sort(sorted.begin(), sorted.end());
    if (sorted.empty())
        return 0.0;
    std::vector<double> edges;
    const std::size_t n = sorted.size();
    for (int i = 1; i <= 9; ++i) {
        const double q = i / 10.0;
        const double h = static_cast<double>(n - 1) * q;
        const double j = std::floor(h);
        const double g = h - j;
        const auto ji = static_cast<std::size_t>(j);
        const double a = sorted[ji];
        const double b = sorted[std::min(ji + 1, n - 1)];
        const double edge = g < 0.5 ? a + (b - a) * g : b - (b - a) * (1.0 - g);
        if (edges.empty() || edges.back() != edge)
            edges.push_back(edge);
    }
    auto bin = [&](double x) {
        return static_cast<std::size_t>(std::lower_bound(edges.begin(), edges.end(), x) - edges.begin());
    };
    std::vector<double> ref(edges.size() + 1, 0.0), cur(edges.size() + 1, 0.0);
    double refTotal = 0, curTotal = 0;
    for (const double v : reference)
        if (!std::isnan(v)) {
            ref[bin(v)] += 1;
            refTotal += 1;
        }
    for (const double v : current)
        if (!std::isnan(v)) {
            cur[bin(v)] += 1;
            curTotal += 1;
        }
    return psiFromCounts(ref, cur, refTotal, curTotal);
}

double psiCategorical(const std::vector<int> &reference, const std::vector<int> &current, int categories)
{
    std::vector<double> ref(static_cast<std::size_t>(categories), 0.0), cur(static_cast<std::size_t>(categories), 0.0);
    double refTotal = 0, curTotal = 0;
    for (const int v : reference)
        if (v >= 0) {
            ref[static_cast<std::size_t>(v)] += 1;
            refTotal += 1;
        }
    for (const int v : current)
        if (v >= 0) {
            cur[static_cast<std::size_t>(v)] += 1;
            curTotal += 1;
        }
    // Only categories seen in either file count as bins.
    std::vector<double> r, c;
    for (std::size_t i = 0; i < ref.size(); ++i)
        if (ref[i] > 0 || cur[i] > 0) {
            r.push_back(ref[i]);
            c.push_back(cur[i]);
        }
    return psiFromCounts(r, c, refTotal, curTotal);
}

namespace {

std::vector<double> averageRanks(const std::vector<double> &v)
{
    std::vector<std::size_t> order(v.size());
    std::iota(order.begin(), order.end(), std::size_t{0});
    std::sort(order.begin(), order.end(), [&](std::size_t a, std::size_t b) { return v[a] < v[b]; });
    std::vector<double> ranks(v.size());
    for (std::size_t i = 0; i < order.size();) {
        std::size_t j = i;
        while (j < order.size() && v[order[j]] == v[order[i]])
            ++j;
        const double rank = (static_cast<double>(i + 1) + static_cast<double>(j)) / 2.0;
        for (std::size_t k = i; k < j; ++k)
            ranks[order[k]] = rank;
        i = j;
    }
    return ranks;
}

} // namespace

std::optional<double> spearman(const std::vector<double> &a, const std::vector<double> &b)
{
    if (a.size() < 2 || a.size() != b.size())
        return std::nullopt;
    const auto ra = averageRanks(a);
    const auto rb = averageRanks(b);
    const double n = static_cast<double>(a.size());
    const double ma = std::accumulate(ra.begin(), ra.end(), 0.0) / n;
    const double mb = std::accumulate(rb.begin(), rb.end(), 0.0) / n;
    double sab = 0, saa = 0, sbb = 0;
    for (std::size_t i = 0; i < ra.size(); ++i) {
        sab += (ra[i] - ma) * (rb[i] - mb);
        saa += (ra[i] - ma) * (ra[i] - ma);
        sbb += (rb[i] - mb) * (rb[i] - mb);
    }
    if (saa == 0 || sbb == 0)
        return std::nullopt;
    return sab / std::sqrt(saa * sbb);
}

double top5Overlap(const std::vector<std::string> &names, const std::vector<double> &a, const std::vector<double> &b)
{
    auto top5 = [&](const std::vector<double> &v) {
        std::vector<std::size_t> order(v.size());
        std::iota(order.begin(), order.end(), std::size_t{0});
        std::sort(order.begin(), order.end(), [&](std::size_t x, std::size_t y) {
            return v[x] != v[y] ? v[x] > v[y] : names[x] < names[y];
        });
        order.resize(std::min<std::size_t>(5, order.size()));
        return std::set<std::size_t>(order.begin(), order.end());
    };
    const auto ta = top5(a);
    const auto tb = top5(b);
    std::size_t shared = 0;
    for (const auto i : ta)
        shared += tb.count(i);
    return static_cast<double>(shared) / 5.0;
}

} // namespace samplegen
