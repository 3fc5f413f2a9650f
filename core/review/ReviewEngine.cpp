#include "Review.h"

#include "policy/Checks.h"
#include "policy/TrackRules.h"
#include "util/Format.h"

#include <QElapsedTimer>

namespace cs::review {

using policy::Severity;
using policy::Track;

bool Review::hasFailures() const
{
    return count(Severity::Fail) > 0;
}

std::size_t Review::count(Severity severity) const
{
    return static_cast<std::size_t>(std::count_if(findings.begin(), findings.end(),
                                                  [&](const policy::Finding &f) { return f.severity == severity; }));
}

std::vector<std::string> Review::failChecks() const
{
    std::vector<std::string> out;
    for (const auto &f : findings) {
        if (f.severity == Severity::Fail)
            out.push_back(f.key());
    }
    return out;
}

namespace {

Review applyPolicy(const package::LoadedPackage &package, const policy::Policy &policy,
                   std::optional<metrics::ReviewMetrics> metrics)
{
    Review r;
    r.manifest = package.manifest;
    r.location = package.location;
    r.digest = package.digest;
    r.policyDigest = policy.digest;
    r.policyName = policy.name;
    r.metrics = std::move(metrics);
    const metrics::ReviewMetrics *m = r.metrics ? &*r.metrics : nullptr;
    r.rationale = policy::fireTrackRules(package.manifest, m, policy);
    r.track = policy::assignedTrack(r.rationale);
    r.whyNot = policy::whyNot(r.rationale, r.track);
    r.requiredSignoffs = policy.requiredSignoffs(package::toString(package.manifest.kind), r.track);
    const auto sla = policy.slaHours.find(r.track);
    r.slaHours = sla == policy.slaHours.end() ? 0.0 : sla->second;

    policy::CheckInput input;
    input.manifest = &package.manifest;
    input.metrics = m;
    input.policy = &policy;
    input.track = r.track;
    input.hasAttributions = package.attributions.has_value();
    r.findings = policy::runChecks(input);

    if (package.manifest.requestedTrack) {
        const auto requested = policy::trackFromString(*package.manifest.requestedTrack);
        if (requested && static_cast<int>(*requested) < static_cast<int>(r.track)) {
            std::vector<std::string> rules;
            for (const auto &line : r.rationale) {
                if (static_cast<int>(line.track) > static_cast<int>(*requested))
                    rules.push_back(line.rule);
            }
            r.findings.push_back({"track.requested_lower", std::nullopt, Severity::Info,
                                  "The submitter requested the " + *package.manifest.requestedTrack + " track; the policy assigns "
                                      + policy::toString(r.track) + " because " + joinList(rules) + " fired.",
                                  "Nothing to do: the track is assigned by the policy's rules, not requested.",
                                  {{"requested_track", *package.manifest.requestedTrack},
                                   {"assigned_track", policy::toString(r.track)},
                                   {"rules", rules}}});
        }
    }
    return r;
}

} // namespace

Review reviewLoaded(const package::LoadedPackage &package, const policy::Policy &policy)
{
    std::optional<metrics::ReviewMetrics> m;
    if (package.manifest.kind == package::PackageKind::MlModel)
        m = metrics::computeMetrics(package, {policy.minGroupSize});
    return applyPolicy(package, policy, std::move(m));
}

Result<Review> reviewPackage(const QString &path, const policy::Policy &policy, const package::LoadOptions &options,
                             ReviewTimings *timings)
{
    ReviewTimings local;
    ReviewTimings &t = timings ? *timings : local;
    auto loaded = package::loadPackage(path, options, &t.load);
    if (!loaded)
        return loaded.error();
    QElapsedTimer timer;
    timer.start();
    std::optional<metrics::ReviewMetrics> m;
    if (loaded->manifest.kind == package::PackageKind::MlModel)
        m = metrics::computeMetrics(*loaded, {policy.minGroupSize});
    t.metricsWallSeconds = static_cast<double>(timer.nsecsElapsed()) * 1e-9;
    timer.restart();
    Review r = applyPolicy(*loaded, policy, std::move(m));
    t.policyWallSeconds = static_cast<double>(timer.nsecsElapsed()) * 1e-9;
    return r;
}

} // namespace cs::review
