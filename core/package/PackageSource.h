#pragma once

// Where a package's bytes come from: a folder on disk (memory-mapped) or a .zip/.tar.gz archive
// (unpacked into memory through libarchive, refused whole if any entry is unsafe).

#include "util/Result.h"

#include <QString>

#include <cstdint>
#include <map>
#include <memory>
#include <string>
#include <string_view>

namespace cs::package {

struct ReadLimits
{
    std::uint64_t maxFileBytes = 4ULL << 30;   // per file, a setting (default 4 GiB)
    std::uint64_t maxTotalBytes = 16ULL << 30; // all unpacked entries together
    std::uint64_t maxEntries = 10000;
    // An archive that unpacks to more than this many times its own size is treated as a bomb,
    // once the unpacked total passes ratioFloorBytes (small archives compress well legitimately).
    double maxCompressionRatio = 100.0;
    std::uint64_t ratioFloorBytes = 16ULL << 20;
};

// The bytes of one file; they stay valid as long as this object lives.
class FileBytes
{
public:
    virtual ~FileBytes() = default;
    virtual std::string_view view() const = 0;
};

class PackageSource
{
public:
    virtual ~PackageSource() = default;
    // A short name for messages: the folder or archive path.
    virtual QString displayName() const = 0;
    // Opens a file by its package-relative path; the message names the file when it cannot.
    virtual Result<std::shared_ptr<FileBytes>> open(const std::string &relativePath) const = 0;
    // Whether a file (or link) of that name is in the package at all.
    virtual bool exists(const std::string &relativePath) const = 0;
};

// Opens a folder, .zip or .tar.gz (by content, not by extension).
Result<std::unique_ptr<PackageSource>> openPackageSource(const QString &path, const ReadLimits &limits = {});

} // namespace cs::package
