#include "ReviewJson.h"

namespace cs::review {

namespace {

Json opt(const std::optional<double> &v)
{
    return v ? Json(*v) : Json();
}

Json binary(const std::optional<metrics::BinaryMetrics> &m)
{
    if (!m)
        return nullptr;
    return {{"auc", opt(m->auc)},           {"accuracy", opt(m->accuracy)}, {"precision", opt(m->precision)},
            {"recall", opt(m->recall)},     {"f1", opt(m->f1)},             {"selection_rate", opt(m->selectionRate)},
            {"brier", opt(m->brier)},       {"log_loss", opt(m->logLoss)}};
}

Json fairness(const std::optional<std::vector<metrics::AttributeFairness>> &f)
{
    if (!f)
        return nullptr;
    Json out = Json::object();
    for (const auto &a : *f) {
        Json groups = Json::object();
        for (const auto &g : a.groups)
            groups[g.group] = {{"n", g.n},
                               {"selection_rate", opt(g.selectionRate)},
                               {"tpr", opt(g.tpr)},
                               {"fpr", opt(g.fpr)},
                               {"fnr", opt(g.fnr)},
                               {"accuracy", opt(g.accuracy)},
                               {"precision", opt(g.precision)},
                               {"small_sample", g.smallSample}};
        out[a.attribute] = {{"rate", a.favourableRate ? "favourable" : "selection"},
                            {"groups", groups},
                            {"demographic_parity_difference", opt(a.demographicParityDifference)},
                            {"disparate_impact_ratio", opt(a.disparateImpactRatio)},
                            {"equal_opportunity_difference", opt(a.equalOpportunityDifference)},
                            {"equalized_odds_difference", opt(a.equalizedOddsDifference)}};
    }
    return out;
}

Json drift(const std::optional<std::vector<metrics::FeatureDrift>> &d)
{
    if (!d)
        return nullptr;
    Json out = Json::object();
    for (const auto &f : *d)
        out[f.feature] = {{"psi", opt(f.psi)},
                          {"ks", opt(f.ks)},
                          {"missing_rate_reference", opt(f.missingRateReference)},
                          {"missing_rate_current", opt(f.missingRateCurrent)}};
    return out;
}

Json featureMap(const std::vector<metrics::FeatureValue> &values)
{
    Json out = Json::object();
    for (const auto &v : values)
        out[v.feature] = opt(v.value);
    return out;
}

Json explainability(const std::optional<metrics::ExplainabilityResult> &e)
{
    if (!e)
        return nullptr;
    return {{"importance", featureMap(e->importance)},
            {"baseline_importance", e->baselineImportance ? featureMap(*e->baselineImportance) : Json()},
            {"stability_spearman", opt(e->stabilitySpearman)},
            {"top5_overlap", opt(e->top5Overlap)},
            {"reason_code_frequency", featureMap(e->reasonCodeFrequency)}};
}

Json rates(const metrics::ImpactRates &r)
{
    return {{"flip_rate", opt(r.flipRate)},
            {"newly_adverse_rate", opt(r.newlyAdverseRate)},
            {"newly_favourable_rate", opt(r.newlyFavourableRate)}};
}

Json impact(const std::optional<metrics::DecisionImpact> &d)
{
    if (!d)
        return nullptr;
    Json out = rates(d->overall);
    Json byGroup = Json::object();
    for (const auto &a : d->byGroup) {
        Json groups = Json::object();
        for (const auto &g : a.groups)
            groups[g.group] = rates(g.rates);
        byGroup[a.attribute] = groups;
    }
    out["by_group"] = byGroup;
    return out;
}

Json cost(const std::optional<metrics::CostEstimate> &c)
{
    if (!c)
        return nullptr;
    return {{"monthly_estimate_usd", opt(c->monthlyEstimateUsd)},
            {"change_pct", opt(c->changePct)},
            {"over_budget", c->overBudget ? Json(*c->overBudget) : Json()}};
}

} // namespace

Json metricsToJson(const metrics::ReviewMetrics &m)
{
    Json reported = Json::array();
    for (const auto &r : m.reportedVsRecomputed)
        reported.push_back({{"metric", r.metric}, {"reported", r.reported}, {"recomputed", opt(r.recomputed)},
                            {"abs_diff", opt(r.absDiff)}});
    return {{"candidate", binary(m.candidate)},
            {"baseline", binary(m.baseline)},
            {"primary_metric", m.primaryMetric},
            {"primary_change_pct", opt(m.primaryChangePct)},
            {"fairness", fairness(m.fairness)},
            {"drift", drift(m.drift)},
            {"explainability", explainability(m.explainability)},
            {"decision_impact", impact(m.decisionImpact)},
            {"cost", cost(m.cost)},
            {"reported_vs_recomputed", reported}};
}

Json reviewToJson(const Review &r)
{
    Json rationale = Json::array();
    for (const auto &line : r.rationale)
        rationale.push_back({{"rule", line.rule}, {"track", policy::toString(line.track)}, {"message", line.message},
                             {"evidence", line.evidence}});
    Json whyNot = Json::object();
    for (const auto &[track, sentence] : r.whyNot)
        whyNot[policy::toString(track)] = sentence;
    Json findings = Json::array();
    for (const auto &f : r.findings)
        findings.push_back({{"check", f.check},
                            {"subject", f.subject ? Json(*f.subject) : Json()},
                            {"severity", policy::toString(f.severity)},
                            {"message", f.message},
                            {"remediation", f.remediation},
                            {"evidence", f.evidence}});
    return {{"package",
             {{"id", r.manifest.id},
              {"name", r.manifest.name},
              {"version", r.manifest.version},
              {"kind", package::toString(r.manifest.kind)},
              {"digest", r.digest}}},
            {"policy", {{"digest", r.policyDigest}}},
            {"track", policy::toString(r.track)},
            {"rationale", rationale},
            {"why_not", whyNot},
            {"required_signoffs", r.requiredSignoffs},
            {"findings", findings},
            {"metrics", r.metrics ? metricsToJson(*r.metrics) : Json()}};
}

} // namespace cs::review
