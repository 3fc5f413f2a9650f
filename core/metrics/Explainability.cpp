#include "Explainability.h"

#include "Numeric.h"

#include <algorithm>
#include <cmath>
#include <numeric>
#include <unordered_map>

namespace cs::metrics {

namespace {

std::vector<const package::CsvColumn *> featureColumns(const package::CsvTable &table)
{
    std::vector<const package::CsvColumn *> out;
    for (const auto &column : table.columns) {
        if (column.spec.rule == package::ColumnRule::Numeric)
            out.push_back(&column);
    }
    return out;
}

} // namespace

std::vector<FeatureValue> meanAbsoluteImportance(const package::CsvTable &attributions)
{
    std::vector<FeatureValue> out;
    for (const auto *column : featureColumns(attributions)) {
        CompensatedSum sum;
        for (double v : column->numeric.values)
            sum.add(std::fabs(v));
        const auto n = static_cast<double>(column->numeric.values.size());
        out.push_back({column->name, ratio(sum.value(), n)});
    }
    return out;
}

std::vector<double> averageRanks(std::span<const double> values)
{
    std::vector<std::size_t> order(values.size());
    std::iota(order.begin(), order.end(), 0);
    std::sort(order.begin(), order.end(), [&](std::size_t a, std::size_t b) { return values[a] < values[b]; });
    std::vector<double> ranks(values.size());
    std::size_t i = 0;
    while (i < order.size()) {
        std::size_t j = i;
        while (j + 1 < order.size() && values[order[j + 1]] == values[order[i]])
            ++j;
        const double rank = (static_cast<double>(i + 1) + static_cast<double>(j + 1)) / 2.0;
        for (std::size_t k = i; k <= j; ++k)
            ranks[order[k]] = rank;
        i = j + 1;
    }
    return ranks;
}

std::optional<double> spearman(std::span<const double> a, std::span<const double> b)
{
    if (a.size() != b.size() || a.size() < 2)
        return std::nullopt;
    auto constant = [](std::span<const double> v) {
        return std::all_of(v.begin(), v.end(), [&](double x) { return x == v.front(); });
    };
    if (constant(a) || constant(b))
        return std::nullopt;
    const std::vector<double> ra = averageRanks(a);
    const std::vector<double> rb = averageRanks(b);
    const auto n = static_cast<double>(ra.size());
    // Ranks average to (n + 1) / 2 exactly, so the centred sums are exact in binary.
    const double mean = (n + 1.0) / 2.0;
    double sab = 0, saa = 0, sbb = 0;
    for (std::size_t i = 0; i < ra.size(); ++i) {
        const double da = ra[i] - mean;
        const double db = rb[i] - mean;
        sab += da * db;
        saa += da * da;
        sbb += db * db;
    }
    return sab / std::sqrt(saa * sbb);
}

std::vector<std::string> topFeatures(const std::vector<FeatureValue> &importance, std::size_t count)
{
    std::vector<const FeatureValue *> ranked;
    for (const auto &f : importance)
        ranked.push_back(&f);
    std::sort(ranked.begin(), ranked.end(), [](const FeatureValue *x, const FeatureValue *y) {
        const double vx = x->value.value_or(-1.0);
        const double vy = y->value.value_or(-1.0);
        if (vx != vy)
            return vx > vy;
        return x->feature < y->feature;
    });
    std::vector<std::string> out;
    for (std::size_t i = 0; i < ranked.size() && i < count; ++i)
        out.push_back(ranked[i]->feature);
    return out;
}

double top5Overlap(const std::vector<FeatureValue> &candidate, const std::vector<FeatureValue> &baseline)
{
    const auto a = topFeatures(candidate);
    const auto b = topFeatures(baseline);
    std::size_t shared = 0;
    for (const auto &f : a)
        shared += std::find(b.begin(), b.end(), f) != b.end();
    return static_cast<double>(shared) / 5.0;
}

std::optional<double> importanceStability(const std::vector<FeatureValue> &candidate,
                                          const std::vector<FeatureValue> &baseline)
{
    std::vector<double> a, b;
    for (const auto &f : candidate) {
        const auto it = std::find_if(baseline.begin(), baseline.end(),
                                     [&](const FeatureValue &g) { return g.feature == f.feature; });
        if (it == baseline.end() || !f.value || !it->value)
            continue;
        a.push_back(*f.value);
        b.push_back(*it->value);
    }
    return spearman(a, b);
}

std::vector<std::size_t> principalReasons(std::span<const double> attributions,
                                          std::span<const std::size_t> nameOrder, bool adverseIsHighScore,
                                          std::size_t count)
{
    std::vector<std::size_t> pushing;
    for (std::size_t f = 0; f < attributions.size(); ++f) {
        const double v = attributions[f];
        if (adverseIsHighScore ? v > 0.0 : v < 0.0)
            pushing.push_back(f);
    }
    auto harder = [&](std::size_t x, std::size_t y) {
        const double vx = adverseIsHighScore ? attributions[x] : -attributions[x];
        const double vy = adverseIsHighScore ? attributions[y] : -attributions[y];
        if (vx != vy)
            return vx > vy;
        return nameOrder[x] < nameOrder[y];
    };
    const std::size_t keep = std::min(count, pushing.size());
    std::partial_sort(pushing.begin(), pushing.begin() + static_cast<std::ptrdiff_t>(keep), pushing.end(), harder);
    pushing.resize(keep);
    return pushing;
}

std::pair<std::vector<FeatureValue>, std::uint64_t> reasonCodeFrequency(const ReasonCodeInput &in)
{
    const auto columns = featureColumns(*in.attributions);
    const package::CsvColumn *rowIdColumn = in.attributions->find("row_id");
    std::vector<FeatureValue> out;
    for (const auto *column : columns)
        out.push_back({column->name, std::nullopt});
    if (!rowIdColumn || !in.evaluationRowIds)
        return {out, 0};

    // Rank of each feature's name, for the tie-break.
    std::vector<std::size_t> byName(columns.size());
    std::iota(byName.begin(), byName.end(), 0);
    std::sort(byName.begin(), byName.end(), [&](std::size_t a, std::size_t b) { return columns[a]->name < columns[b]->name; });
    std::vector<std::size_t> nameOrder(columns.size());
    for (std::size_t r = 0; r < byName.size(); ++r)
        nameOrder[byName[r]] = r;

    const package::TextColumn &attributionIds = rowIdColumn->text;
    std::unordered_map<std::string_view, std::size_t> attributionRow;
    attributionRow.reserve(attributionIds.size() * 2);
    for (std::size_t r = 0; r < attributionIds.size(); ++r)
        attributionRow.emplace(attributionIds.at(r), r);

    std::vector<std::uint64_t> hits(columns.size(), 0);
    std::uint64_t adverseRows = 0;
    std::vector<double> row(columns.size());
    const package::TextColumn &evalIds = *in.evaluationRowIds;
    for (std::size_t i = 0; i < in.scores.size(); ++i) {
        const bool positive = in.scores[i] >= in.threshold;
        if (positive != in.adverseIsHighScore)
            continue;
        const auto it = attributionRow.find(evalIds.at(i));
        if (it == attributionRow.end())
            continue;
        ++adverseRows;
        for (std::size_t f = 0; f < columns.size(); ++f)
            row[f] = columns[f]->numeric.values[it->second];
        for (std::size_t f : principalReasons(row, nameOrder, in.adverseIsHighScore))
            ++hits[f];
    }
    for (std::size_t f = 0; f < columns.size(); ++f)
        out[f].value = ratio(hits[f], adverseRows);
    return {out, adverseRows};
}

} // namespace cs::metrics
