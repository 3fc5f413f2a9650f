#include "Drift.h"

#include "Numeric.h"
#include "util/ComputePool.h"

#include <QtConcurrent/QtConcurrentMap>

#include <algorithm>
#include <cmath>
#include <map>

namespace cs::metrics {

std::vector<double> decileEdges(std::span<const double> sorted)
{
    std::vector<double> edges;
    if (sorted.empty())
        return edges;
    const std::size_t n = sorted.size();
    for (int i = 1; i <= 9; ++i) {
        const double q = i / 10.0;
        const double h = static_cast<double>(n - 1) * q;
        const double jf = std::floor(h);
        const double g = h - jf;
        const auto j = static_cast<std::size_t>(jf);
        const double a = sorted[j];
        const double b = sorted[std::min(j + 1, n - 1)];
        edges.push_back(g < 0.5 ? a + (b - a) * g : b - (b - a) * (1.0 - g));
    }
    std::sort(edges.begin(), edges.end());
    edges.erase(std::unique(edges.begin(), edges.end()), edges.end());
    return edges;
}

double psiFromCounts(std::span<const std::uint64_t> reference, std::uint64_t referenceTotal,
                     std::span<const std::uint64_t> current, std::uint64_t currentTotal)
{
    CompensatedSum psi;
    for (std::size_t i = 0; i < reference.size(); ++i) {
        const double pr = std::max(static_cast<double>(reference[i]) / static_cast<double>(referenceTotal), kPsiFloor);
        const double pc = std::max(static_cast<double>(current[i]) / static_cast<double>(currentTotal), kPsiFloor);
        psi.add((pc - pr) * std::log(pc / pr));
    }
    return psi.value();
}

double ksStatistic(std::span<const double> a, std::span<const double> b)
{
    const auto na = static_cast<double>(a.size());
    const auto nb = static_cast<double>(b.size());
    std::size_t i = 0, j = 0;
    double best = 0.0;
    while (i < a.size() || j < b.size()) {
        // Step past every value equal to the smallest remaining one in both samples.
        double v;
        if (j >= b.size() || (i < a.size() && a[i] <= b[j]))
            v = a[i];
        else
            v = b[j];
        while (i < a.size() && a[i] == v)
            ++i;
        while (j < b.size() && b[j] == v)
            ++j;
        const double d = std::fabs(static_cast<double>(i) / na - static_cast<double>(j) / nb);
        best = std::max(best, d);
    }
    return best;
}

namespace {

std::vector<double> sortedPresent(std::span<const double> values)
{
    std::vector<double> out;
    out.reserve(values.size());
    for (double v : values) {
        if (!std::isnan(v))
            out.push_back(v);
    }
    std::sort(out.begin(), out.end());
    return out;
}

// Counts per bin (edge[i-1] < x <= edge[i]) of a sorted sample.
std::vector<std::uint64_t> binCounts(std::span<const double> sorted, const std::vector<double> &edges)
{
    std::vector<std::uint64_t> counts;
    std::size_t previous = 0;
    for (double edge : edges) {
        const auto upTo = static_cast<std::size_t>(std::upper_bound(sorted.begin(), sorted.end(), edge) - sorted.begin());
        counts.push_back(upTo - previous);
        previous = upTo;
    }
    counts.push_back(sorted.size() - previous);
    return counts;
}

std::optional<double> missingRate(std::size_t missing, std::size_t rows)
{
    return ratio(static_cast<std::uint64_t>(missing), static_cast<std::uint64_t>(rows));
}

std::vector<double> shares(const std::vector<std::uint64_t> &counts, std::uint64_t total)
{
    std::vector<double> out;
    for (auto c : counts)
        out.push_back(total ? static_cast<double>(c) / static_cast<double>(total) : 0.0);
    return out;
}

std::string formatEdge(double v)
{
    char buffer[32];
    std::snprintf(buffer, sizeof buffer, "%.4g", v);
    return buffer;
}

} // namespace

FeatureDrift numericDrift(const std::string &feature, std::span<const double> reference,
                          std::span<const double> current)
{
    FeatureDrift out;
    out.feature = feature;
    out.numeric = true;
    const std::vector<double> ref = sortedPresent(reference);
    const std::vector<double> cur = sortedPresent(current);
    out.missingRateReference = missingRate(reference.size() - ref.size(), reference.size());
    out.missingRateCurrent = missingRate(current.size() - cur.size(), current.size());
    if (ref.empty() || cur.empty())
        return out;
    const std::vector<double> edges = decileEdges(ref);
    const auto refCounts = binCounts(ref, edges);
    const auto curCounts = binCounts(cur, edges);
    out.psi = psiFromCounts(refCounts, ref.size(), curCounts, cur.size());
    out.ks = ksStatistic(ref, cur);
    for (std::size_t i = 0; i <= edges.size(); ++i) {
        const std::string lo = i == 0 ? std::string("-inf") : formatEdge(edges[i - 1]);
        const std::string hi = i == edges.size() ? std::string("+inf") : formatEdge(edges[i]);
        out.binLabels.push_back("(" + lo + ", " + hi + "]");
    }
    out.referenceShare = shares(refCounts, ref.size());
    out.currentShare = shares(curCounts, cur.size());
    return out;
}

FeatureDrift categoricalDrift(const std::string &feature, const package::CategoricalColumn &reference,
                              const package::CategoricalColumn &current)
{
    FeatureDrift out;
    out.feature = feature;
    out.numeric = false;
    out.missingRateReference = missingRate(reference.missing, reference.codes.size());
    out.missingRateCurrent = missingRate(current.missing, current.codes.size());

    std::map<std::string, std::pair<std::uint64_t, std::uint64_t>> bins;
    auto count = [](const package::CategoricalColumn &column, std::vector<std::uint64_t> &perLevel) {
        perLevel.assign(column.levels.size(), 0);
        for (std::int32_t code : column.codes) {
            if (code >= 0)
                ++perLevel[static_cast<std::size_t>(code)];
        }
    };
    std::vector<std::uint64_t> refLevels, curLevels;
    count(reference, refLevels);
    count(current, curLevels);
    for (std::size_t l = 0; l < reference.levels.size(); ++l)
        bins[reference.levels[l]].first += refLevels[l];
    for (std::size_t l = 0; l < current.levels.size(); ++l)
        bins[current.levels[l]].second += curLevels[l];

    const std::uint64_t refTotal = reference.codes.size() - reference.missing;
    const std::uint64_t curTotal = current.codes.size() - current.missing;
    std::vector<std::uint64_t> refCounts, curCounts;
    for (const auto &[label, pair] : bins) {
        out.binLabels.push_back(label);
        refCounts.push_back(pair.first);
        curCounts.push_back(pair.second);
    }
    if (refTotal == 0 || curTotal == 0)
        return out;
    out.psi = psiFromCounts(refCounts, refTotal, curCounts, curTotal);
    out.referenceShare = shares(refCounts, refTotal);
    out.currentShare = shares(curCounts, curTotal);
    return out;
}

std::vector<FeatureDrift> tableDrift(const package::CsvTable &reference, const package::CsvTable &current)
{
    struct Pair
    {
        const package::CsvColumn *ref;
        const package::CsvColumn *cur;
    };
    std::vector<Pair> pairs;
    for (const auto &column : reference.columns) {
        if (const auto *other = current.find(column.name))
            pairs.push_back({&column, other});
    }
    std::function<FeatureDrift(const Pair &)> compute = [](const Pair &p) -> FeatureDrift {
        using package::ColumnRule;
        if (p.ref->spec.rule == ColumnRule::Numeric && p.cur->spec.rule == ColumnRule::Numeric)
            return numericDrift(p.ref->name, p.ref->numeric.values, p.cur->numeric.values);
        if (p.ref->spec.rule == ColumnRule::Inferred && p.cur->spec.rule == ColumnRule::Inferred) {
            const auto refNumeric = package::toNumeric(p.ref->categorical);
            const auto curNumeric = refNumeric ? package::toNumeric(p.cur->categorical) : std::nullopt;
            if (refNumeric && curNumeric)
                return numericDrift(p.ref->name, refNumeric->values, curNumeric->values);
        }
        return categoricalDrift(p.ref->name, p.ref->categorical, p.cur->categorical);
    };
    // Features are independent: spread them over the cores.
    return QtConcurrent::blockingMapped<std::vector<FeatureDrift>>(computePool(), pairs, compute);
}

} // namespace cs::metrics
