#pragma once

// The automatable checks, run like a linter over the package and its recomputed metrics
// (contract section 3). One finding per check and subject.

#include "Findings.h"
#include "Policy.h"
#include "metrics/ReviewMetrics.h"
#include "package/Manifest.h"

namespace cs::policy {

struct CheckInput
{
    const package::Manifest *manifest = nullptr;
    const metrics::ReviewMetrics *metrics = nullptr; // null for app and data_pipeline packages
    const Policy *policy = nullptr;
    Track track = Track::Green;
    bool hasAttributions = false;
};

// Findings ordered fail, warn, info; within a severity in the order of the contract's table.
std::vector<Finding> runChecks(const CheckInput &input);

} // namespace cs::policy
