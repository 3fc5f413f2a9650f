#include "TrackRules.h"

#include "util/Format.h"

#include <cmath>

namespace cs::policy {

namespace {

using package::Manifest;
using package::PackageKind;

class RuleSet
{
public:
    void fire(const char *rule, Track track, std::string message, Json evidence = Json::object())
    {
        m_lines.push_back({rule, track, std::move(message), std::move(evidence)});
    }
    std::vector<RationaleLine> take() { return std::move(m_lines); }

private:
    std::vector<RationaleLine> m_lines;
};

std::vector<std::string> unapprovedSources(const Manifest &m, const Policy &p)
{
    std::vector<std::string> out;
    auto add = [&](const std::string &name) {
        if (!p.approvedDataSources.count(name) && std::find(out.begin(), out.end(), name) == out.end())
            out.push_back(name);
    };
    for (const auto &s : m.dataSources)
        add(s.name);
    // A new feature drawn from an unapproved source brings that source in.
    for (const auto &f : m.features) {
        if (f.isNew && !f.source.empty())
            add(f.source);
    }
    return out;
}

void dataSourceRules(const Manifest &m, const Policy &p, RuleSet &rules)
{
    const auto unapproved = unapprovedSources(m, p);
    if (!unapproved.empty())
        rules.fire("unapproved_data_source", Track::Red,
                   "Uses data source(s) not on the approved list: " + joinList(unapproved) + ".",
                   {{"sources", unapproved}});
}

void modelRules(const Manifest &m, const metrics::ReviewMetrics *metrics, const Policy &p, RuleSet &rules)
{
    const auto &uc = m.useCase;
    const Track domainTrack = p.domainTrack(uc.domain, uc.decision);
    if (domainTrack == Track::Red)
        rules.fire("high_risk_domain", Track::Red,
                   "Domain '" + uc.domain + "' with decision '" + uc.decision + "' is high risk under the policy.",
                   {{"domain", uc.domain}, {"decision", uc.decision}});

    std::vector<std::string> piiUnapproved, piiApproved;
    for (const auto &s : m.dataSources) {
        if (s.containsPii)
            (s.piiApprovalRef ? piiApproved : piiUnapproved).push_back(s.name);
    }
    if (!piiUnapproved.empty())
        rules.fire("pii_without_approval", Track::Red,
                   "Personal data without a data-governance approval: " + joinList(piiUnapproved) + ".",
                   {{"sources", piiUnapproved}});
    if (!uc.regulations.empty())
        rules.fire("regulated", Track::Red, "Falls under regulation: " + joinList(uc.regulations) + ".",
                   {{"regulations", uc.regulations}});

    const auto &model = m.model;
    if (!model.hasBaseline())
        rules.fire("architecture_change", Track::Red, "No model in production yet: this is a first deployment.",
                   {{"architecture", model.architecture}, {"baseline_version", nullptr}});
    else if (model.architecture != model.baselineArchitecture.value_or(std::string()))
        rules.fire("architecture_change", Track::Red,
                   "Architecture changes from '" + model.baselineArchitecture.value_or("unknown") + "' to '"
                       + model.architecture + "'.",
                   {{"architecture", model.architecture},
                    {"baseline_architecture", model.baselineArchitecture ? Json(*model.baselineArchitecture) : Json()}});

    dataSourceRules(m, p, rules);

    const std::optional<double> change = metrics ? metrics->primaryChangePct : std::nullopt;
    if (change) {
        const double magnitude = std::fabs(*change);
        const Json evidence = {{"primary_metric", model.primaryMetric}, {"primary_change_pct", *change}};
        if (magnitude > p.majorChangePct)
            rules.fire("performance_change_major", Track::Red,
                       model.primaryMetric + " changes by " + formatSignedPct(*change, 2) + " against the baseline (more than "
                           + formatNumber(p.majorChangePct) + "%).",
                       evidence);
        else if (magnitude >= p.minorChangePct)
            rules.fire("performance_change_minor", Track::Yellow,
                       model.primaryMetric + " changes by " + formatSignedPct(*change, 2) + " against the baseline (between "
                           + formatNumber(p.minorChangePct) + "% and " + formatNumber(p.majorChangePct) + "%).",
                       evidence);
    }

    const double thresholdShift = std::fabs(model.decisionThreshold - model.effectiveBaselineThreshold());
    const Json thresholdEvidence = {{"decision_threshold", model.decisionThreshold},
                                    {"baseline_decision_threshold", model.effectiveBaselineThreshold()},
                                    {"change", thresholdShift}};
    if (thresholdShift > p.thresholdMajorChange)
        rules.fire("threshold_change_major", Track::Red,
                   "Decision threshold moves from " + formatNumber(model.effectiveBaselineThreshold()) + " to "
                       + formatNumber(model.decisionThreshold) + " (more than " + formatNumber(p.thresholdMajorChange) + ").",
                   thresholdEvidence);
    else if (thresholdShift > 0.0)
        rules.fire("threshold_change_minor", Track::Yellow,
                   "Decision threshold moves from " + formatNumber(model.effectiveBaselineThreshold()) + " to "
                       + formatNumber(model.decisionThreshold) + ".",
                   thresholdEvidence);

    std::vector<std::string> protectedFeatures;
    for (const auto &f : m.features) {
        if (std::find(m.protectedAttributes.begin(), m.protectedAttributes.end(), f.name) != m.protectedAttributes.end())
            protectedFeatures.push_back(f.name);
    }
    if (!protectedFeatures.empty())
        rules.fire("protected_attribute_as_feature", Track::Red,
                   "Protected attribute(s) used as model features: " + joinList(protectedFeatures) + ".",
                   {{"features", protectedFeatures}});

    std::vector<std::string> newFeatures;
    for (const auto &f : m.features) {
        if (f.isNew && p.approvedDataSources.count(f.source))
            newFeatures.push_back(f.name);
    }
    if (!newFeatures.empty())
        rules.fire("new_features", Track::Yellow, "New feature(s) from approved sources: " + joinList(newFeatures) + ".",
                   {{"features", newFeatures}});

    if (!piiApproved.empty())
        rules.fire("pii_with_approval", Track::Yellow,
                   "Personal data under a data-governance approval: " + joinList(piiApproved) + ".",
                   {{"sources", piiApproved}});
    if (uc.customerFacing && uc.decision == "automated")
        rules.fire("customer_facing_automated", Track::Yellow, "Makes automated decisions about customers.",
                   {{"customer_facing", true}, {"decision", uc.decision}});
    if (domainTrack == Track::Yellow)
        rules.fire("elevated_domain", Track::Yellow,
                   "Domain '" + uc.domain + "' with decision '" + uc.decision + "' needs a reviewer under the policy.",
                   {{"domain", uc.domain}, {"decision", uc.decision}});
    const std::optional<bool> passed = m.tests ? m.tests->automatedPassed : std::nullopt;
    if (passed != true)
        rules.fire("tests_not_passed", Track::Yellow,
                   passed ? "The automated tests did not pass." : "The package does not say that the automated tests passed.",
                   {{"automated_passed", passed ? Json(*passed) : Json()}});
}

void appRules(const Manifest &m, RuleSet &rules)
{
    const package::AppInfo app = m.app.value_or(package::AppInfo{});
    if (app.containsPii == true)
        rules.fire("app_contains_pii", Track::Red, "The application container holds personal data.",
                   {{"contains_pii", true}});
    if (app.risk == std::optional<std::string>("high"))
        rules.fire("app_high_risk", Track::Yellow, "The application is rated high risk.", {{"risk", "high"}});
    if (app.securityHigh.value_or(0) > 0)
        rules.fire("app_security_high", Track::Yellow,
                   "The security scan reports " + std::to_string(*app.securityHigh) + " high-severity finding(s).",
                   {{"high", *app.securityHigh}});
}

void pipelineRules(const Manifest &m, const Policy &p, RuleSet &rules)
{
    dataSourceRules(m, p, rules);
    const package::PipelineInfo pipeline = m.pipeline.value_or(package::PipelineInfo{});
    if (pipeline.containsPii == true)
        rules.fire("pipeline_contains_pii", Track::Yellow, "The pipeline moves personal data.", {{"contains_pii", true}});
    if (pipeline.monthlyCostUsd && pipeline.monthlyBudgetUsd && *pipeline.monthlyCostUsd > *pipeline.monthlyBudgetUsd)
        rules.fire("pipeline_over_budget", Track::Yellow,
                   "Monthly cost $" + formatNumber(*pipeline.monthlyCostUsd, 8) + " is over the budget of $"
                       + formatNumber(*pipeline.monthlyBudgetUsd, 8) + ".",
                   {{"monthly_cost_usd", *pipeline.monthlyCostUsd}, {"monthly_budget_usd", *pipeline.monthlyBudgetUsd}});
}

} // namespace

std::vector<RationaleLine> fireTrackRules(const Manifest &manifest, const metrics::ReviewMetrics *metrics,
                                         const Policy &policy)
{
    RuleSet rules;
    switch (manifest.kind) {
    case PackageKind::MlModel: modelRules(manifest, metrics, policy, rules); break;
    case PackageKind::App: appRules(manifest, rules); break;
    case PackageKind::DataPipeline: pipelineRules(manifest, policy, rules); break;
    }
    return rules.take();
}

Track assignedTrack(const std::vector<RationaleLine> &rationale)
{
    Track track = Track::Green;
    for (const auto &line : rationale)
        track = higher(track, line.track);
    return track;
}

std::map<Track, std::string> whyNot(const std::vector<RationaleLine> &rationale, Track assigned)
{
    std::map<Track, std::string> out;
    for (Track lower : {Track::Green, Track::Yellow}) {
        if (static_cast<int>(lower) >= static_cast<int>(assigned))
            continue;
        std::vector<std::string> keeping;
        for (const auto &line : rationale) {
            if (static_cast<int>(line.track) > static_cast<int>(lower))
                keeping.push_back(line.rule + " (" + toString(line.track) + ")");
        }
        out[lower] = "Not " + toString(lower) + " because " + (keeping.size() == 1 ? "this rule fired: " : "these rules fired: ")
                     + joinList(keeping) + ".";
    }
    return out;
}

} // namespace cs::policy
