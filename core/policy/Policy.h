#pragma once

// The organisation's policy (contract section 3): thresholds, domain tracks, approved data
// sources and required sign-offs. Missing keys take the defaults; wrong types refuse the file.

#include "Track.h"
#include "util/Result.h"

#include <map>
#include <set>
#include <string>
#include <vector>

namespace cs::policy {

struct DomainTrack
{
    std::optional<Track> fixed;               // "credit": "red"
    std::map<std::string, Track> byDecision;  // "pricing": {"automated": "red", "default": "yellow"}
    std::optional<Track> fallback;            // the object's "default"
};

struct Policy
{
    std::string name = "Countersign default policy";
    std::string digest; // SHA-256 of the policy file's bytes
    std::map<std::string, DomainTrack> domains;
    std::set<std::string> approvedDataSources;

    double majorChangePct = 15;
    double minorChangePct = 5;
    double regressionPct = 2;
    double thresholdMajorChange = 0.05;
    std::uint64_t minGroupSize = 30;
    double disparateImpactFail = 0.8;
    double disparateImpactWarn = 0.9;
    double equalizedOddsWarn = 0.1;
    double minStabilitySpearman = 0.7;
    double minTop5Overlap = 0.6;
    double psiWarn = 0.25;
    double psiInfo = 0.1;
    double reportedTolerance = 0.005;
    double per1kIncreaseWarnPct = 25;
    double notifyFlipRate = 0.01;
    std::map<Track, double> slaHours{{Track::Green, 0}, {Track::Yellow, 3}, {Track::Red, 72}};
    // kind ("ml_model", "app", "data_pipeline") -> track -> roles
    std::map<std::string, std::map<Track, std::vector<std::string>>> signoffs;

    // The track a domain maps to for a decision mode; green when the domain is not listed.
    Track domainTrack(const std::string &domain, const std::string &decision) const;
    std::vector<std::string> requiredSignoffs(const std::string &kind, Track track) const;
};

inline constexpr const char *kPolicySchema = "countersign.policy/v1";

// The built-in defaults of the contract (used for every key a policy file leaves out).
Policy builtinPolicy();

Result<Policy> parsePolicy(std::string_view bytes, const QString &source);
Result<Policy> loadPolicyFile(const QString &path);
// The default policy shipped in resources/ (compiled into the binary).
Result<Policy> defaultPolicy();
QString defaultPolicyPath();

} // namespace cs::policy
