#include "Dashboard.h"

#include <algorithm>
#include <cmath>
#include <sstream>

namespace cs::report {

namespace {
constexpr double kHourMs = 3600.0 * 1000.0;
constexpr std::int64_t kExpirySoonMs = 30LL * 24 * 3600 * 1000;
} // namespace

std::optional<double> percentile(std::vector<double> values, double q)
{
    if (values.empty())
        return std::nullopt;
    std::sort(values.begin(), values.end());
    const double h = static_cast<double>(values.size() - 1) * q;
    const auto j = static_cast<std::size_t>(std::floor(h));
    const double g = h - static_cast<double>(j);
    const double a = values[j];
    const double b = values[std::min(j + 1, values.size() - 1)];
    return a + (b - a) * g;
}

Dashboard buildDashboard(const audit::VerificationReport &verification, const policy::Policy &policy, std::int64_t fromMs,
                         std::int64_t toMs)
{
    Dashboard d;
    d.fromMs = fromMs;
    d.toMs = toMs;
    const auto valid = verification.validEntries();
    const audit::Roster &roster = verification.roster();
    std::map<std::string, std::vector<double>> hoursByTrack;
    std::map<std::string, std::size_t> failCounts;
    const std::vector<std::pair<std::string, double>> buckets = {{"under 1 day", 1}, {"1-3 days", 3}, {"3-7 days", 7}};
    std::vector<std::size_t> backlog(buckets.size() + 1, 0);

    for (const auto &id : audit::requestIds(valid)) {
        const auto status = audit::deriveRequestState(id, valid, roster);
        if (!status.package || status.package->tsMs < fromMs || status.package->tsMs >= toMs)
            continue;
        const auto &p = *status.package;
        ++d.requestsByTrackAndState[p.track][status.state];
        for (const auto &check : p.failChecks)
            ++failCounts[check];
        if (status.decidedAtMs)
            hoursByTrack[p.track].push_back(static_cast<double>(*status.decidedAtMs - p.tsMs) / kHourMs);
        if (status.state == audit::request_state::Pending) {
            const double days = static_cast<double>(toMs - p.tsMs) / (24 * kHourMs);
            std::size_t b = 0;
            while (b < buckets.size() && days >= buckets[b].second)
                ++b;
            ++backlog[b];
        }
        for (const auto &decision : status.decisions)
            ++d.decisions[decision.decision];
        for (const auto *e : status.exceptions) {
            ++d.exceptionsGranted;
            const auto expires = e->body.content.value("expires_ms", std::int64_t{0});
            if (expires >= toMs && expires < toMs + kExpirySoonMs)
                ++d.exceptionsExpiringSoon;
        }
    }
    for (policy::Track t : {policy::Track::Green, policy::Track::Yellow, policy::Track::Red}) {
        const std::string name = policy::toString(t);
        TrackTiming timing;
        timing.track = name;
        const auto &hours = hoursByTrack[name];
        timing.decided = hours.size();
        timing.medianHours = percentile(hours, 0.5);
        timing.p90Hours = percentile(hours, 0.9);
        const auto sla = policy.slaHours.find(t);
        timing.slaHours = sla == policy.slaHours.end() ? 0 : sla->second;
        timing.withinSla = static_cast<std::size_t>(
            std::count_if(hours.begin(), hours.end(), [&](double h) { return h <= timing.slaHours; }));
        d.timeToDecision.push_back(timing);
    }
    for (std::size_t b = 0; b < buckets.size(); ++b)
        d.backlogByAge.emplace_back(buckets[b].first, backlog[b]);
    d.backlogByAge.emplace_back("over 7 days", backlog.back());
    d.failingChecks.assign(failCounts.begin(), failCounts.end());
    std::stable_sort(d.failingChecks.begin(), d.failingChecks.end(), [](const auto &a, const auto &b) { return a.second > b.second; });
    return d;
}

std::string dashboardToCsv(const Dashboard &d)
{
    std::ostringstream out;
    auto number = [](const std::optional<double> &v) {
        if (!v)
            return std::string();
        std::ostringstream s;
        s.precision(6);
        s << *v;
        return s.str();
    };
    out << "section,key,value\n";
    for (const auto &[track, states] : d.requestsByTrackAndState)
        for (const auto &[state, n] : states)
            out << "requests," << track << "/" << state << "," << n << "\n";
    for (const auto &t : d.timeToDecision) {
        out << "time_to_decision," << t.track << "/decided," << t.decided << "\n";
        out << "time_to_decision," << t.track << "/median_hours," << number(t.medianHours) << "\n";
        out << "time_to_decision," << t.track << "/p90_hours," << number(t.p90Hours) << "\n";
        out << "time_to_decision," << t.track << "/sla_hours," << number(t.slaHours) << "\n";
        out << "time_to_decision," << t.track << "/within_sla," << t.withinSla << "\n";
    }
    for (const auto &[bucket, n] : d.backlogByAge)
        out << "backlog," << bucket << "," << n << "\n";
    for (const auto &[decision, n] : d.decisions)
        out << "decisions," << decision << "," << n << "\n";
    for (const auto &[check, n] : d.failingChecks)
        out << "failing_checks,\"" << check << "\"," << n << "\n";
    out << "exceptions,granted," << d.exceptionsGranted << "\n";
    out << "exceptions,expiring_within_30_days," << d.exceptionsExpiringSoon << "\n";
    return out.str();
}

} // namespace cs::report
