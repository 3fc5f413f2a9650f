#pragma once

// The review as the contract's JSON object (section 4): fixed keys, null for absent sections,
// numbers that round-trip a double.

#include "Review.h"

namespace cs::review {

Json reviewToJson(const Review &review);
Json metricsToJson(const metrics::ReviewMetrics &metrics);

} // namespace cs::review
