#pragma once

// One recomputed, explained review of a package under a policy: what the workbench shows,
// what `countersign-cli review` prints, and what a decision is signed against.

#include "metrics/ReviewMetrics.h"
#include "package/Package.h"
#include "policy/Findings.h"
#include "policy/Policy.h"

#include <map>

namespace cs::review {

struct Review
{
    package::Manifest manifest;
    QString location;
    std::string digest;       // the package digest (SHA-256 of manifest.json)
    std::string policyDigest;
    std::string policyName;
    policy::Track track = policy::Track::Green;
    std::vector<policy::RationaleLine> rationale;
    std::map<policy::Track, std::string> whyNot;
    std::vector<std::string> requiredSignoffs;
    std::vector<policy::Finding> findings;
    std::optional<metrics::ReviewMetrics> metrics; // none for app and data_pipeline packages
    double slaHours = 0;

    bool hasFailures() const;
    std::size_t count(policy::Severity severity) const;
    // "<check>:<subject>" of every fail finding, as the audit trail records them.
    std::vector<std::string> failChecks() const;
};

// Applies the policy to a loaded package: metrics, track rules, checks.
Review reviewLoaded(const package::LoadedPackage &package, const policy::Policy &policy);

struct ReviewTimings
{
    package::LoadStats load;
    double metricsWallSeconds = 0;
    double policyWallSeconds = 0;
};

Result<Review> reviewPackage(const QString &path, const policy::Policy &policy,
                             const package::LoadOptions &options = {}, ReviewTimings *timings = nullptr);

} // namespace cs::review
