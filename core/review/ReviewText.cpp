#include "ReviewText.h"

#include "util/Format.h"

#include <algorithm>
#include <sstream>

namespace cs::review {

namespace {

std::string upper(std::string text)
{
    std::transform(text.begin(), text.end(), text.begin(), [](unsigned char c) { return static_cast<char>(std::toupper(c)); });
    return text;
}

std::string pad(const std::string &text, std::size_t width)
{
    return text.size() >= width ? text + ' ' : text + std::string(width - text.size(), ' ');
}

void performance(std::ostringstream &out, const metrics::ReviewMetrics &m)
{
    if (!m.candidate) {
        out << "  Performance: no evaluation data in the package.\n";
        return;
    }
    out << "  " << pad("metric", 16) << pad("candidate", 12) << pad("baseline", 12) << "change\n";
    for (const char *name : {"auc", "accuracy", "precision", "recall", "f1", "selection_rate", "brier", "log_loss"}) {
        const auto c = metrics::metricByName(*m.candidate, name);
        const auto b = m.baseline ? metrics::metricByName(*m.baseline, name) : std::nullopt;
        std::string line = "  " + pad(std::string(name) + (m.primaryMetric == name ? " *" : ""), 16)
                           + pad(formatNumber(c), 12) + pad(m.baseline ? formatNumber(b) : "-", 12);
        if (c && b && *b != 0.0)
            line += formatSignedPct(100.0 * (*c - *b) / std::fabs(*b), 2);
        out << line << "\n";
    }
    out << "  (* primary metric; change " << (m.primaryChangePct ? formatSignedPct(*m.primaryChangePct, 2) : "n/a") << ")\n";
}

} // namespace

std::string reviewToText(const Review &r)
{
    std::ostringstream out;
    const auto &m = r.manifest;
    out << m.name << ' ' << m.version << " (" << package::toString(m.kind) << "), request " << m.id << "\n";
    if (!m.submittedBy.empty())
        out << "Submitted by " << m.submittedBy << (m.submittedAt.empty() ? "" : " at " + m.submittedAt) << "\n";
    out << "Package digest " << r.digest << "\n";
    out << "Policy         " << r.policyName << " (" << r.policyDigest.substr(0, 16) << "…)\n\n";

    out << "TRACK: " << upper(policy::toString(r.track));
    if (r.requiredSignoffs.empty())
        out << " — approved by policy, no sign-off needed\n";
    else
        out << " — needs sign-off by " << joinList(r.requiredSignoffs, " + ") << " (SLA " << formatNumber(r.slaHours) << " h)\n";
    if (r.rationale.empty())
        out << "  No rule fired.\n";
    for (const auto &line : r.rationale)
        out << "  " << pad(policy::toString(line.track), 8) << pad(line.rule, 32) << line.message << "\n";
    for (const auto &[track, sentence] : r.whyNot)
        out << "  " << sentence << "\n";

    out << "\nFINDINGS: " << r.count(policy::Severity::Fail) << " fail, " << r.count(policy::Severity::Warn) << " warn, "
        << r.count(policy::Severity::Info) << " info\n";
    for (const auto &f : r.findings) {
        out << "  " << pad(upper(policy::toString(f.severity)), 6) << f.check;
        if (f.subject)
            out << " [" << *f.subject << "]";
        out << "\n        " << f.message << "\n        fix: " << f.remediation << "\n";
    }

    if (r.metrics) {
        const auto &mm = *r.metrics;
        out << "\nKEY NUMBERS\n";
        performance(out, mm);
        if (mm.fairness) {
            for (const auto &a : *mm.fairness) {
                out << "  Fairness " << a.attribute << ": disparate impact " << formatNumber(a.disparateImpactRatio, 3)
                    << " (" << (a.favourableRate ? "favourable" : "selection") << " rate), parity diff "
                    << formatNumber(a.demographicParityDifference, 3) << ", equal opportunity diff "
                    << formatNumber(a.equalOpportunityDifference, 3) << ", equalized odds diff "
                    << formatNumber(a.equalizedOddsDifference, 3) << "\n";
            }
        }
        if (mm.drift && !mm.drift->empty()) {
            std::vector<const metrics::FeatureDrift *> sorted;
            for (const auto &d : *mm.drift)
                sorted.push_back(&d);
            std::sort(sorted.begin(), sorted.end(), [](auto *a, auto *b) { return a->psi.value_or(-1) > b->psi.value_or(-1); });
            out << "  Drift (highest PSI):";
            for (std::size_t i = 0; i < sorted.size() && i < 5; ++i)
                out << (i ? ", " : " ") << sorted[i]->feature << ' ' << formatNumber(sorted[i]->psi, 3);
            out << "\n";
        }
        if (mm.explainability)
            out << "  Explainability: Spearman stability " << formatNumber(mm.explainability->stabilitySpearman, 3)
                << ", top-5 overlap " << formatNumber(mm.explainability->top5Overlap, 3) << "\n";
        if (mm.decisionImpact) {
            const auto &o = mm.decisionImpact->overall;
            out << "  Decision impact: " << (o.flipRate ? formatPercent(*o.flipRate) : "n/a") << " of decisions change ("
                << (o.newlyAdverseRate ? formatPercent(*o.newlyAdverseRate) : "n/a") << " newly adverse, "
                << (o.newlyFavourableRate ? formatPercent(*o.newlyFavourableRate) : "n/a") << " newly favourable)\n";
        }
        if (mm.cost) {
            out << "  Cost: " << (mm.cost->monthlyEstimateUsd ? "$" + formatNumber(*mm.cost->monthlyEstimateUsd, 8) + " a month" : "n/a");
            if (mm.cost->changePct)
                out << ", per-1k cost " << formatSignedPct(*mm.cost->changePct);
            if (mm.cost->overBudget)
                out << (*mm.cost->overBudget ? ", OVER BUDGET" : ", within budget");
            out << "\n";
        }
    }
    if (!m.unknownKeys.empty())
        out << "\nManifest keys outside the contract (kept as submitted): " << joinList(m.unknownKeys) << "\n";
    out << "\n"
        << (r.hasFailures() ? "Result: blocked — fail findings block approval unless a signed policy exception covers them.\n"
                            : "Result: no fail findings.\n");
    return out.str();
}

std::string findingsToLintLines(const Review &r)
{
    std::ostringstream out;
    for (const auto &f : r.findings)
        out << policy::toString(f.severity) << ": " << f.check << ": " << f.message << "\n";
    return out.str();
}

} // namespace cs::review
