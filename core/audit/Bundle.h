#pragma once

// A bundle: a run of one feed's signed entries in one file of a shared folder
// (`feeds/<author>/<from>-<to>.bundle`). It ends with the SHA-256 of everything before it, so a
// torn or truncated file is recognised and read again next round.

#include "audit/Entry.h"

#include <string>
#include <vector>

namespace cs::audit {

struct BundleEntry
{
    std::string signedBytes;
    std::string signature;
};

struct Bundle
{
    std::string store;
    std::string author;
    std::int64_t from = 0;
    std::int64_t to = 0;
    std::vector<BundleEntry> entries;
};

std::string encodeBundle(const Bundle &bundle);
// Checks framing and the final checksum only; entries are verified by the importer.
Result<Bundle> decodeBundle(std::string_view bytes);

// "feeds/<author>/<from>-<to>.bundle"; nullopt for any other name (temporary files, "..").
// A fork's other entry is published as "<seq>-<seq>.<id prefix>.bundle" beside the plain name.
struct BundleName
{
    std::string author;
    std::int64_t from = 0;
    std::int64_t to = 0;
    std::string forkOf; // id prefix for a fork bundle, empty for a feed run
};
std::optional<BundleName> parseBundleName(const std::string &authorDirectory, const std::string &fileName);
std::string bundleFileName(std::int64_t from, std::int64_t to);
std::string forkBundleFileName(std::int64_t seq, const std::string &entryId);

} // namespace cs::audit
