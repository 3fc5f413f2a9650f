#pragma once

// The objective rules that assign a request's track. Every rule that fires adds one line;
// the track is the highest fired (contract section 3).

#include "Findings.h"
#include "Policy.h"
#include "metrics/ReviewMetrics.h"
#include "package/Manifest.h"

#include <map>

namespace cs::policy {

// `metrics` may be null (app and data_pipeline packages, or no evaluation data).
std::vector<RationaleLine> fireTrackRules(const package::Manifest &manifest, const metrics::ReviewMetrics *metrics,
                                         const Policy &policy);

Track assignedTrack(const std::vector<RationaleLine> &rationale);

// For each track below the assigned one, one sentence naming the rules that keep the request out.
std::map<Track, std::string> whyNot(const std::vector<RationaleLine> &rationale, Track assigned);

} // namespace cs::policy
