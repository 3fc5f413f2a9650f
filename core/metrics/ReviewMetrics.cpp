#include "ReviewMetrics.h"

#include "Numeric.h"

#include "util/ComputePool.h"

#include <QtConcurrent/QtConcurrentRun>

namespace cs::metrics {

ReviewMetrics computeMetrics(const package::LoadedPackage &package, const MetricSettings &settings)
{
    using package::AdverseOutcome;
    const package::Manifest &m = package.manifest;
    ReviewMetrics out;
    out.primaryMetric = m.model.primaryMetric;
    if (m.cost)
        out.cost = costEstimate(*m.cost);

    const bool highAdverse = m.model.adverseOutcome == AdverseOutcome::HighScore;
    const double threshold = m.model.decisionThreshold;
    const double baselineThreshold = m.model.effectiveBaselineThreshold();

    std::span<const double> labels, scores, baselineScores;
    const package::TextColumn *rowIds = nullptr;
    std::vector<std::pair<std::string, const package::CategoricalColumn *>> attributes;
    if (package.evaluation) {
        const auto &eval = *package.evaluation;
        labels = eval.find("label")->numeric.values;
        scores = eval.find("score")->numeric.values;
        if (const auto *b = eval.find("baseline_score"))
            baselineScores = b->numeric.values;
        if (const auto *r = eval.find("row_id"))
            rowIds = &r->text;
        for (const auto &attribute : m.protectedAttributes) {
            if (const auto *column = eval.find(attribute))
                attributes.emplace_back(attribute, &column->categorical);
        }
    }
    const bool hasEvaluation = package.evaluation.has_value();
    const bool hasBaseline = hasEvaluation && package.evaluation->find("baseline_score") != nullptr;

    // The two heavy independent pieces (each sorts every score) run beside the rest.
    auto candidateFuture = QtConcurrent::run(computePool(), [&] {
        if (hasEvaluation) {
            const ClassScores sorted = sortByClass(labels, scores);
            out.candidate = binaryMetrics(labels, scores, threshold, &sorted);
            out.candidateRoc = rocCurve(sorted);
        }
    });
    auto baselineFuture = QtConcurrent::run(computePool(), [&] {
        if (hasBaseline) {
            const ClassScores sorted = sortByClass(labels, baselineScores);
            out.baseline = binaryMetrics(labels, baselineScores, baselineThreshold, &sorted);
            out.baselineRoc = rocCurve(sorted);
        }
    });

    if (hasEvaluation && !attributes.empty()) {
        std::vector<AttributeFairness> fairness;
        for (const auto &[name, column] : attributes)
            fairness.push_back(attributeFairness(name, *column, labels, scores, threshold, highAdverse,
                                                 settings.minGroupSize));
        out.fairness = std::move(fairness);
    }
    if (hasBaseline) {
        const DecisionInput input{scores, threshold, baselineScores, baselineThreshold, highAdverse};
        out.decisionImpact = decisionImpact(input, attributes);
    }
    if (package.attributions) {
        ExplainabilityResult e;
        e.importance = meanAbsoluteImportance(*package.attributions);
        if (package.baselineAttributions) {
            e.baselineImportance = meanAbsoluteImportance(*package.baselineAttributions);
            e.stabilitySpearman = importanceStability(e.importance, *e.baselineImportance);
            e.top5Overlap = top5Overlap(e.importance, *e.baselineImportance);
        }
        ReasonCodeInput input;
        input.attributions = &*package.attributions;
        input.evaluationRowIds = rowIds;
        input.scores = scores;
        input.threshold = threshold;
        input.adverseIsHighScore = highAdverse;
        auto [frequency, rows] = reasonCodeFrequency(input);
        e.reasonCodeFrequency = std::move(frequency);
        e.adverseRowsWithAttributions = rows;
        out.explainability = std::move(e);
    }
    if (package.driftReference && package.driftCurrent)
        out.drift = tableDrift(*package.driftReference, *package.driftCurrent);

    candidateFuture.waitForFinished();
    baselineFuture.waitForFinished();

    if (out.candidate && out.baseline)
        out.primaryChangePct = relativeChangePct(metricByName(*out.candidate, out.primaryMetric),
                                                 metricByName(*out.baseline, out.primaryMetric));
    out.reportedVsRecomputed = compareReported(m.reportedMetrics, out.candidate, out.baseline);
    return out;
}

} // namespace cs::metrics
