#pragma once

// The benchmark package: one ml_model package big enough to time loading, metrics and drift
// on (about 170 MB of CSV with the defaults), written in a few seconds.

#include <cstddef>
#include <filesystem>
#include <iosfwd>

namespace samplegen {

struct LargeOptions
{
    std::size_t rows = 1000000;           // evaluation.csv
    std::size_t driftRows = 200000;       // reference.csv and current.csv each
    std::size_t attributionRows = 100000; // attributions.csv and baseline_attributions.csv each
    std::size_t features = 30;
};

// Writes dir (created if needed); a summary and the self-check go to log when it is not null.
void generateLargePackage(const LargeOptions &options, const std::filesystem::path &dir, std::ostream *log);

} // namespace samplegen
