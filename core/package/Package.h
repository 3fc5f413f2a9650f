#pragma once

// A deployment package after loading: the validated manifest, its digest, and the data
// files parsed into columns. Every listed artifact has been checked against its SHA-256.

#include "Csv.h"
#include "Manifest.h"
#include "PackageSource.h"

#include <atomic>
#include <functional>
#include <optional>

namespace cs::package {

struct LoadedPackage
{
    QString location;      // the folder or archive it came from
    Manifest manifest;
    std::string digest;    // SHA-256 of manifest.json's bytes, lowercase hex
    std::optional<CsvTable> evaluation;
    std::optional<CsvTable> attributions;
    std::optional<CsvTable> baselineAttributions;
    std::optional<CsvTable> driftReference;
    std::optional<CsvTable> driftCurrent;
};

struct LoadOptions
{
    ReadLimits limits;
    int threads = 0; // 0: one per core
    // Polled between work items; loading stops with an error when it returns true.
    std::function<bool()> cancelled;
    // Called from worker threads after each work item (hashing a file, parsing a chunk).
    std::function<void(int done, int total)> progress;
};

// What loading cost, for the benchmark: wall time of each step and CPU time of the work items.
struct LoadStats
{
    double openWallSeconds = 0;      // opening the folder or unpacking the archive
    double manifestWallSeconds = 0;
    double dataWallSeconds = 0;      // hashing and parsing all artifacts, in parallel
    double hashCpuSeconds = 0;
    double parseCpuSeconds = 0;
};

Result<LoadedPackage> loadPackage(const QString &path, const LoadOptions &options = {}, LoadStats *stats = nullptr);

} // namespace cs::package
