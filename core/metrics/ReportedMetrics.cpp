#include "ReportedMetrics.h"

#include <array>
#include <cmath>

namespace cs::metrics {

namespace {
constexpr std::array kRecomputed = {"auc", "accuracy", "precision", "recall", "f1", "brier", "log_loss"};
constexpr std::string_view kBaselinePrefix = "baseline_";
} // namespace

bool isRecomputedMetric(const std::string &key)
{
    std::string_view name = key;
    if (name.substr(0, kBaselinePrefix.size()) == kBaselinePrefix)
        name.remove_prefix(kBaselinePrefix.size());
    for (const char *m : kRecomputed) {
        if (name == m)
            return true;
    }
    return false;
}

std::vector<ReportedComparison> compareReported(const std::vector<package::ReportedMetric> &reported,
                                                const std::optional<BinaryMetrics> &candidate,
                                                const std::optional<BinaryMetrics> &baseline)
{
    std::vector<ReportedComparison> out;
    for (const auto &r : reported) {
        if (!isRecomputedMetric(r.key))
            continue;
        ReportedComparison c;
        c.metric = r.key;
        c.reported = r.value;
        const bool isBaseline = r.key.compare(0, kBaselinePrefix.size(), kBaselinePrefix) == 0;
        const auto &source = isBaseline ? baseline : candidate;
        if (source)
            c.recomputed = metricByName(*source, isBaseline ? std::string_view(r.key).substr(kBaselinePrefix.size()) : r.key);
        if (c.recomputed)
            c.absDiff = std::fabs(r.value - *c.recomputed);
        out.push_back(std::move(c));
    }
    return out;
}

} // namespace cs::metrics
