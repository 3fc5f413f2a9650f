#include "Fairness.h"

#include "Numeric.h"
#include "Performance.h"

#include <algorithm>
#include <map>

namespace cs::metrics {

namespace {

// max - min over the values that are defined; nothing when none is.
std::optional<double> spread(const std::vector<std::optional<double>> &values)
{
    std::optional<double> lo, hi;
    for (const auto &v : values) {
        if (!v)
            continue;
        lo = lo ? std::min(*lo, *v) : *v;
        hi = hi ? std::max(*hi, *v) : *v;
    }
    if (!lo)
        return std::nullopt;
    return *hi - *lo;
}

} // namespace

AttributeFairness attributeFairness(const std::string &attribute, const package::CategoricalColumn &groups,
                                    std::span<const double> labels, std::span<const double> scores,
                                    double threshold, bool adverseIsHighScore, std::uint64_t minGroupSize)
{
    AttributeFairness out;
    out.attribute = attribute;
    out.favourableRate = adverseIsHighScore;

    // Counts per code; the last slot is the missing group.
    const std::size_t levels = groups.levels.size();
    std::vector<ConfusionCounts> counts(levels + 1);
    for (std::size_t i = 0; i < scores.size(); ++i) {
        const std::int32_t code = groups.codes[i];
        ConfusionCounts &c = counts[code < 0 ? levels : static_cast<std::size_t>(code)];
        const bool predicted = scores[i] >= threshold;
        const bool actual = labels[i] == 1.0;
        c.tp += predicted && actual;
        c.fp += predicted && !actual;
        c.fn += !predicted && actual;
        c.tn += !predicted && !actual;
    }
    // A real label spelled "(missing)" joins the missing group.
    std::map<std::string, ConfusionCounts> byName;
    for (std::size_t g = 0; g <= levels; ++g) {
        if (counts[g].total() == 0)
            continue;
        ConfusionCounts &target = byName[g == levels ? std::string(kMissingGroup) : groups.levels[g]];
        target.tp += counts[g].tp;
        target.fp += counts[g].fp;
        target.tn += counts[g].tn;
        target.fn += counts[g].fn;
    }

    std::vector<std::optional<double>> rates, tprs, fprs;
    for (const auto &[name, c] : byName) {
        GroupRates r;
        r.group = name;
        r.n = c.total();
        r.selectionRate = selectionRateOf(c);
        r.tpr = ratio(c.tp, c.tp + c.fn);
        r.fpr = ratio(c.fp, c.fp + c.tn);
        r.fnr = ratio(c.fn, c.tp + c.fn);
        r.accuracy = accuracyOf(c);
        r.precision = precisionOf(c);
        r.smallSample = r.n < minGroupSize;
        if (!r.smallSample) {
            rates.push_back(r.selectionRate);
            tprs.push_back(r.tpr);
            fprs.push_back(r.fpr);
        }
        out.groups.push_back(std::move(r));
    }
    if (rates.empty())
        return out;

    out.demographicParityDifference = spread(rates);
    double lo = 1.0, hi = 0.0;
    for (const auto &rate : rates) {
        const double compared = adverseIsHighScore ? 1.0 - *rate : *rate;
        lo = std::min(lo, compared);
        hi = std::max(hi, compared);
    }
    out.disparateImpactRatio = hi == 0.0 ? 1.0 : lo / hi;
    out.equalOpportunityDifference = spread(tprs);
    const auto fprSpread = spread(fprs);
    if (out.equalOpportunityDifference && fprSpread)
        out.equalizedOddsDifference = std::max(*out.equalOpportunityDifference, *fprSpread);
    else
        out.equalizedOddsDifference = out.equalOpportunityDifference ? out.equalOpportunityDifference : fprSpread;
    return out;
}

} // namespace cs::metrics
