#pragma once

// What governance teams are measured on, over a chosen period: requests per track and state,
// time to decision against the policy's SLA, the backlog by age, how decisions split, the most
// frequent failing checks, and the exceptions granted and about to expire.

#include "audit/RequestState.h"
#include "audit/Verification.h"
#include "policy/Policy.h"

#include <map>

namespace cs::report {

struct TrackTiming
{
    std::string track;
    std::size_t decided = 0;
    std::optional<double> medianHours;
    std::optional<double> p90Hours;
    double slaHours = 0;
    std::size_t withinSla = 0;
};

struct Dashboard
{
    std::int64_t fromMs = 0, toMs = 0;
    std::map<std::string, std::map<std::string, std::size_t>> requestsByTrackAndState; // track -> state -> n
    std::vector<TrackTiming> timeToDecision;                                           // green, yellow, red
    std::vector<std::pair<std::string, std::size_t>> backlogByAge;                     // bucket -> pending requests
    std::map<std::string, std::size_t> decisions; // approve, approve_with_conditions, request_changes, reject
    std::vector<std::pair<std::string, std::size_t>> failingChecks;                   // most frequent first
    std::size_t exceptionsGranted = 0;
    std::size_t exceptionsExpiringSoon = 0; // within 30 days of toMs
};

// Linear-interpolation percentile (numpy's default) of unsorted values; nothing when empty.
std::optional<double> percentile(std::vector<double> values, double q);

// Requests are counted when their package was received within [fromMs, toMs).
Dashboard buildDashboard(const audit::VerificationReport &verification, const policy::Policy &policy, std::int64_t fromMs,
                         std::int64_t toMs);

std::string dashboardToCsv(const Dashboard &dashboard);

} // namespace cs::report
