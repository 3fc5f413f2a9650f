#include "Checks.h"

#include "util/Format.h"

#include <algorithm>
#include <array>
#include <cmath>

namespace cs::policy {

namespace {

using package::Manifest;
using package::PackageKind;

class FindingList
{
public:
    void add(const char *check, std::optional<std::string> subject, Severity severity, std::string message,
             std::string remediation, Json evidence = Json::object())
    {
        m_findings.push_back({check, std::move(subject), severity, std::move(message), std::move(remediation),
                              std::move(evidence)});
    }
    std::vector<Finding> take()
    {
        std::stable_sort(m_findings.begin(), m_findings.end(), [](const Finding &a, const Finding &b) {
            return std::make_pair(a.severity, tableOrder(a.check)) < std::make_pair(b.severity, tableOrder(b.check));
        });
        return std::move(m_findings);
    }

private:
    // The order of the contract's check tables, so the list reads the same for every package.
    static std::size_t tableOrder(const std::string &check)
    {
        static const std::array order = {
            "metrics.reported_mismatch", "tests.automated", "pii.unapproved", "fairness.disparate_impact",
            "fairness.equalized_odds", "fairness.small_group", "fairness.not_tested", "explainability.missing",
            "explainability.protected_reason", "explainability.unstable", "drift.monitoring", "drift.shift",
            "performance.regression", "cost.budget", "rollback.plan", "rollback.notify", "abtest.missing",
            "lineage.missing", "app.code_review", "app.security_scan", "app.integration_tests", "app.staging",
            "app.pii", "pipeline.data_quality", "pipeline.lineage", "pipeline.freshness"};
        const auto it = std::find(order.begin(), order.end(), check);
        return static_cast<std::size_t>(it - order.begin());
    }

public:

private:
    std::vector<Finding> m_findings;
};

Json optionalJson(const std::optional<double> &v)
{
    return v ? Json(*v) : Json();
}

void reportedMismatch(const metrics::ReviewMetrics &metrics, const Policy &p, FindingList &out)
{
    Json mismatches = Json::array();
    std::vector<std::string> names;
    for (const auto &c : metrics.reportedVsRecomputed) {
        if (c.absDiff && *c.absDiff > p.reportedTolerance) {
            mismatches.push_back({{"metric", c.metric}, {"reported", c.reported}, {"recomputed", *c.recomputed},
                                  {"abs_diff", *c.absDiff}});
            names.push_back(c.metric + " reported " + formatNumber(c.reported) + ", recomputed "
                            + formatNumber(*c.recomputed));
        }
    }
    if (!names.empty())
        out.add("metrics.reported_mismatch", std::nullopt, Severity::Fail,
                "Reported metrics differ from the data by more than " + formatNumber(p.reportedTolerance) + ": "
                    + joinList(names, "; ") + ".",
                "Recompute the metrics from the submitted evaluation data and correct the manifest, or submit the data "
                "the reported numbers came from.",
                {{"tolerance", p.reportedTolerance}, {"mismatches", mismatches}});
}

void testsCheck(const Manifest &m, FindingList &out)
{
    const std::optional<bool> passed = m.tests ? m.tests->automatedPassed : std::nullopt;
    if (passed == false)
        out.add("tests.automated", std::nullopt, Severity::Fail, "The automated test suite did not pass.",
                "Fix the failing tests and resubmit with tests.automated_passed true and a link to the report.",
                {{"automated_passed", false}, {"suite", m.tests->suite ? Json(*m.tests->suite) : Json()}});
    else if (!passed)
        out.add("tests.automated", std::nullopt, Severity::Warn, "The package does not state whether the automated tests passed.",
                "Run the automated test suite and record tests.automated_passed with a link to its report.",
                {{"automated_passed", nullptr}});
}

void piiCheck(const Manifest &m, FindingList &out)
{
    for (const auto &s : m.dataSources) {
        if (s.containsPii && !s.piiApprovalRef)
            out.add("pii.unapproved", s.name, Severity::Fail,
                    "Data source " + s.name + " contains personal data and has no data-governance approval.",
                    "Obtain a PII approval from data governance and record it as pii_approval_ref, or remove the source.",
                    {{"source", s.name}, {"contains_pii", true}, {"pii_approval_ref", nullptr}});
    }
}

void fairnessChecks(const Manifest &m, const metrics::ReviewMetrics &metrics, const Policy &p, FindingList &out)
{
    if (metrics.fairness) {
        for (const auto &a : *metrics.fairness) {
            const std::string rateName = a.favourableRate ? "favourable-outcome rate" : "selection rate";
            if (a.disparateImpactRatio) {
                const double ratio = *a.disparateImpactRatio;
                const Json evidence = {{"disparate_impact_ratio", ratio},
                                       {"rate", a.favourableRate ? "favourable" : "selection"},
                                       {"fail_below", p.disparateImpactFail},
                                       {"warn_below", p.disparateImpactWarn}};
                if (ratio < p.disparateImpactFail)
                    out.add("fairness.disparate_impact", a.attribute, Severity::Fail,
                            "Disparate impact ratio for " + a.attribute + " is " + formatNumber(ratio, 3) + ", below the four-fifths rule ("
                                + formatNumber(p.disparateImpactFail) + ") on the " + rateName + ".",
                            "Investigate the groups with the lowest " + rateName + "; mitigate (reweighting, threshold review, "
                            "feature review) or obtain a signed policy exception with a documented business justification.",
                            evidence);
                else if (ratio < p.disparateImpactWarn)
                    out.add("fairness.disparate_impact", a.attribute, Severity::Warn,
                            "Disparate impact ratio for " + a.attribute + " is " + formatNumber(ratio, 3) + ", below "
                                + formatNumber(p.disparateImpactWarn) + " on the " + rateName + ".",
                            "Review the group rates for " + a.attribute + " and document why the gap is acceptable.", evidence);
            }
            if (a.equalizedOddsDifference && *a.equalizedOddsDifference > p.equalizedOddsWarn)
                out.add("fairness.equalized_odds", a.attribute, Severity::Warn,
                        "Equalized odds difference for " + a.attribute + " is " + formatNumber(*a.equalizedOddsDifference, 3)
                            + " (above " + formatNumber(p.equalizedOddsWarn) + ").",
                        "Compare true- and false-positive rates across " + a.attribute + " groups and review the threshold.",
                        {{"equalized_odds_difference", *a.equalizedOddsDifference}, {"warn_above", p.equalizedOddsWarn}});
            std::vector<std::string> small;
            Json groups = Json::object();
            for (const auto &g : a.groups) {
                if (g.smallSample) {
                    small.push_back(g.group + " (n=" + std::to_string(g.n) + ")");
                    groups[g.group] = g.n;
                }
            }
            if (!small.empty())
                out.add("fairness.small_group", a.attribute, Severity::Warn,
                        "Group(s) of " + a.attribute + " below " + std::to_string(p.minGroupSize)
                            + " cases are left out of the fairness aggregates: " + joinList(small) + ".",
                        "Add evaluation cases for these groups so that they can be assessed.",
                        {{"min_group_size", p.minGroupSize}, {"groups", groups}});
        }
    }
    if (m.useCase.customerFacing && m.protectedAttributes.empty())
        out.add("fairness.not_tested", std::nullopt, Severity::Warn,
                "The model is customer facing but no protected attributes were evaluated.",
                "Add protected attribute columns to evaluation.csv and list them in protected_attributes.");
}

void explainabilityChecks(const Manifest &m, const metrics::ReviewMetrics &metrics, const Policy &p, bool hasAttributions,
                          FindingList &out)
{
    const bool redDomain = p.domainTrack(m.useCase.domain, m.useCase.decision) == Track::Red;
    const bool regulated = !m.useCase.regulations.empty();
    const bool reasonCodes = m.explainability && m.explainability->reasonCodes == true;
    if ((redDomain || regulated) && (!hasAttributions || !reasonCodes)) {
        std::string missing = !hasAttributions && !reasonCodes ? "no attributions and no reason codes"
                              : !hasAttributions                 ? "no attributions"
                                                                 : "no reason codes";
        out.add("explainability.missing", std::nullopt, Severity::Fail,
                "The use case needs explainable decisions (" + std::string(redDomain ? "high-risk domain" : "regulated")
                    + ") but the package has " + missing + ".",
                "Submit per-row attributions (attributions.csv) and enable reason codes for adverse decisions.",
                {{"high_risk_domain", redDomain}, {"regulations", m.useCase.regulations},
                 {"attributions", hasAttributions}, {"reason_codes", reasonCodes}});
    }
    if (!metrics.explainability)
        return;
    const auto &e = *metrics.explainability;
    for (const auto &attribute : m.protectedAttributes) {
        const auto it = std::find_if(e.reasonCodeFrequency.begin(), e.reasonCodeFrequency.end(),
                                     [&](const metrics::FeatureValue &f) { return f.feature == attribute; });
        if (it != e.reasonCodeFrequency.end() && it->value && *it->value > 0.0)
            out.add("explainability.protected_reason", attribute, Severity::Fail,
                    "Protected attribute " + attribute + " is among the reasons given for " + formatPercent(*it->value)
                        + " of adverse decisions.",
                    "Remove " + attribute + " (and close proxies) from the model's inputs; a protected attribute must never "
                    "be a reason for an adverse decision.",
                    {{"reason_code_frequency", *it->value}});
    }
    const bool unstableSpearman = e.stabilitySpearman && *e.stabilitySpearman < p.minStabilitySpearman;
    const bool unstableOverlap = e.top5Overlap && *e.top5Overlap < p.minTop5Overlap;
    if (unstableSpearman || unstableOverlap)
        out.add("explainability.unstable", std::nullopt, Severity::Warn,
                "Feature importance moved against the baseline: Spearman " + formatNumber(e.stabilitySpearman, 3)
                    + ", top-5 overlap " + formatNumber(e.top5Overlap, 3) + ".",
                "Explain why the model now relies on different features, and check the new drivers for proxies.",
                {{"stability_spearman", optionalJson(e.stabilitySpearman)}, {"top5_overlap", optionalJson(e.top5Overlap)},
                 {"min_stability_spearman", p.minStabilitySpearman}, {"min_top5_overlap", p.minTop5Overlap}});
}

void driftChecks(const Manifest &m, const metrics::ReviewMetrics &metrics, const Policy &p, Track track, FindingList &out)
{
    const bool dataOn = m.monitoring && m.monitoring->dataDriftEnabled.value_or(false);
    const bool conceptOn = m.monitoring && m.monitoring->conceptDriftEnabled.value_or(false);
    if (!dataOn || !conceptOn) {
        std::vector<std::string> off;
        if (!dataOn)
            off.push_back("data drift");
        if (!conceptOn)
            off.push_back("concept drift");
        out.add("drift.monitoring", std::nullopt, track == Track::Red ? Severity::Fail : Severity::Warn,
                "Monitoring is not enabled for " + joinList(off, " and ") + ".",
                "Enable data and concept drift monitoring with alert thresholds before deployment.",
                {{"data_drift_enabled", dataOn}, {"concept_drift_enabled", conceptOn}});
    }
    if (!metrics.drift)
        return;
    for (const auto &d : *metrics.drift) {
        if (!d.psi)
            continue;
        const Json evidence = {{"psi", *d.psi}, {"ks", optionalJson(d.ks)}};
        if (*d.psi >= p.psiWarn)
            out.add("drift.shift", d.feature, Severity::Warn,
                    "Feature " + d.feature + " has shifted: PSI " + formatNumber(*d.psi, 3) + " (at or above " + formatNumber(p.psiWarn) + ").",
                    "Check whether the training data still represents production for " + d.feature + "; retrain or document why.",
                    evidence);
        else if (*d.psi >= p.psiInfo)
            out.add("drift.shift", d.feature, Severity::Info,
                    "Feature " + d.feature + " moved moderately: PSI " + formatNumber(*d.psi, 3) + ".",
                    "Keep an eye on " + d.feature + " in monitoring.", evidence);
    }
}

void performanceCheck(const metrics::ReviewMetrics &metrics, const Policy &p, FindingList &out)
{
    if (metrics.primaryChangePct && *metrics.primaryChangePct < -p.regressionPct)
        out.add("performance.regression", std::nullopt, Severity::Warn,
                metrics.primaryMetric + " is worse than the baseline by " + formatNumber(-*metrics.primaryChangePct, 3) + "%.",
                "Justify the regression (e.g. a fairness or cost gain) or improve the candidate before release.",
                {{"primary_metric", metrics.primaryMetric}, {"primary_change_pct", *metrics.primaryChangePct},
                 {"regression_pct", p.regressionPct}});
}

void costCheck(const metrics::ReviewMetrics &metrics, const Policy &p, FindingList &out)
{
    if (!metrics.cost)
        return;
    const auto &c = *metrics.cost;
    const Json evidence = {{"monthly_estimate_usd", optionalJson(c.monthlyEstimateUsd)}, {"change_pct", optionalJson(c.changePct)},
                           {"over_budget", c.overBudget ? Json(*c.overBudget) : Json()}};
    if (c.overBudget == true)
        out.add("cost.budget", std::nullopt, Severity::Fail,
                "Estimated monthly cost $" + formatNumber(*c.monthlyEstimateUsd, 8) + " is over budget.",
                "Reduce inference cost or obtain a budget increase before deployment.", evidence);
    else if (c.changePct && *c.changePct > p.per1kIncreaseWarnPct)
        out.add("cost.budget", std::nullopt, Severity::Warn,
                "Cost per 1,000 inferences rises by " + formatNumber(*c.changePct, 3) + "% against the baseline.",
                "Confirm the cost increase with the budget owner.", evidence);
}

void rollbackChecks(const Manifest &m, const metrics::ReviewMetrics *metrics, const Policy &p, FindingList &out)
{
    const bool target = m.rollback && m.rollback->targetVersion && !m.rollback->targetVersion->empty();
    const bool plan = m.rollback && m.rollback->plan && !m.rollback->plan->empty();
    if (!target || !plan)
        out.add("rollback.plan", std::nullopt, Severity::Fail,
                std::string("The rollback plan is incomplete: ") + (!target && !plan ? "no target version and no plan"
                                                                   : !target       ? "no target version"
                                                                                   : "no plan")
                    + ".",
                "Name the version to roll back to and describe the rollback steps.",
                {{"target_version", target ? Json(*m.rollback->targetVersion) : Json()}, {"plan", plan}});
    if (!metrics || !metrics->decisionImpact)
        return;
    const auto flip = metrics->decisionImpact->overall.flipRate;
    const bool consumers = m.rollback && !m.rollback->downstreamConsumers.empty();
    if (flip && *flip > p.notifyFlipRate && !consumers)
        out.add("rollback.notify", std::nullopt, Severity::Warn,
                formatPercent(*flip) + " of decisions change and no downstream consumers are named to be told.",
                "List the downstream teams and systems whose decisions change (rollback.downstream_consumers).",
                {{"flip_rate", *flip}, {"notify_flip_rate", p.notifyFlipRate}});
}

void lineageCheck(const Manifest &m, FindingList &out)
{
    if (!m.lineage || m.lineage->trainingDatasets.empty()) {
        out.add("lineage.missing", std::nullopt, Severity::Fail, "No training datasets are recorded in the lineage.",
                "Record every training dataset with its URI, snapshot and SHA-256.");
        return;
    }
    for (const auto &d : m.lineage->trainingDatasets) {
        if (!d.sha256)
            out.add("lineage.missing", d.name, Severity::Warn,
                    "Training dataset " + d.name + " has no SHA-256, so its exact contents cannot be proven.",
                    "Record the dataset snapshot's SHA-256.", {{"dataset", d.name}});
    }
}

void modelChecks(const CheckInput &in, FindingList &out)
{
    const Manifest &m = *in.manifest;
    const Policy &p = *in.policy;
    static const metrics::ReviewMetrics kNoMetrics{};
    const metrics::ReviewMetrics &metrics = in.metrics ? *in.metrics : kNoMetrics;
    reportedMismatch(metrics, p, out);
    testsCheck(m, out);
    piiCheck(m, out);
    fairnessChecks(m, metrics, p, out);
    explainabilityChecks(m, metrics, p, in.hasAttributions, out);
    driftChecks(m, metrics, p, in.track, out);
    performanceCheck(metrics, p, out);
    costCheck(metrics, p, out);
    rollbackChecks(m, in.metrics, p, out);
    if (m.useCase.customerFacing && !m.abTest)
        out.add("abtest.missing", std::nullopt, Severity::Warn, "The model is customer facing and has no A/B test plan.",
                "Plan a staged rollout: traffic share, duration, success metric and guardrails.");
    lineageCheck(m, out);
}

void appChecks(const Manifest &m, FindingList &out)
{
    const package::AppInfo app = m.app.value_or(package::AppInfo{});
    const auto approvals = app.codeReviewApprovals.value_or(0);
    if (approvals < 2)
        out.add("app.code_review", std::nullopt, Severity::Fail,
                "The change has " + std::to_string(approvals) + " code review approval(s); two are required.",
                "Get a second reviewer to approve the change.", {{"code_review_approvals", approvals}});
    if (app.securityCritical.value_or(0) > 0)
        out.add("app.security_scan", std::nullopt, Severity::Fail,
                "The security scan reports " + std::to_string(*app.securityCritical) + " critical finding(s).",
                "Fix the critical vulnerabilities and rescan.", {{"critical", *app.securityCritical}});
    if (app.integrationTestsPassed != true)
        out.add("app.integration_tests", std::nullopt, Severity::Fail, "The integration tests have not passed.",
                "Run the integration tests to green and attach the report.");
    if (app.stagingValidated != true)
        out.add("app.staging", std::nullopt, Severity::Fail, "The release has not been validated in staging.",
                "Deploy to staging and validate before production.");
    if (app.containsPii == true)
        out.add("app.pii", std::nullopt, Severity::Fail, "No PII in application containers: this container holds personal data.",
                "Move personal data to an approved data service and keep it out of the application container.");
    rollbackChecks(m, nullptr, Policy{}, out);
}

void pipelineChecks(const Manifest &m, FindingList &out)
{
    const package::PipelineInfo pipeline = m.pipeline.value_or(package::PipelineInfo{});
    if (pipeline.dataQualityChecksPassed != true)
        out.add("pipeline.data_quality", std::nullopt, Severity::Fail, "The data quality checks have not passed.",
                "Run the data quality checks to green and attach the results.");
    if (pipeline.lineageDocumented != true)
        out.add("pipeline.lineage", std::nullopt, Severity::Fail, "The pipeline's lineage is not documented.",
                "Document the pipeline's inputs and outputs in the lineage registry.");
    if (!pipeline.freshnessSlaHours)
        out.add("pipeline.freshness", std::nullopt, Severity::Warn, "No freshness SLA is set for the pipeline's output.",
                "Agree a freshness SLA (in hours) with the consumers of the data.");
}

} // namespace

std::vector<Finding> runChecks(const CheckInput &in)
{
    FindingList out;
    switch (in.manifest->kind) {
    case PackageKind::MlModel: modelChecks(in, out); break;
    case PackageKind::App: appChecks(*in.manifest, out); break;
    case PackageKind::DataPipeline: pipelineChecks(*in.manifest, out); break;
    }
    return out.take();
}

} // namespace cs::policy
