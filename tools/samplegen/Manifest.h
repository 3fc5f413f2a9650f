#pragma once

// Small builders for the manifest.json sections that every sample package shares, so each
// story in the catalogue spells out only what it is about. Keys as in contract section 1.

#include "CsvWriter.h"

#include <nlohmann/json.hpp>

#include <filesystem>
#include <optional>
#include <string>
#include <vector>

namespace samplegen {

using Json = nlohmann::ordered_json;

inline constexpr const char *kPackageSchema = "countersign.package/v1";

// The header keys every package starts with, in the contract's order.
Json manifestHeader(const std::string &id, const std::string &kind, const std::string &name, const std::string &version,
                    const std::string &submittedBy, const std::string &submittedAt, const std::string &summary,
                    const std::optional<std::string> &requestedTrack);

Json useCase(const std::string &domain, const std::string &decision, bool customerFacing,
             const std::vector<std::string> &regulations);

Json dataSource(const std::string &name, const std::optional<std::string> &registryRef, bool containsPii,
                const std::optional<std::string> &piiApprovalRef);

Json cost(double per1kUsd, double baselinePer1kUsd, double monthlyVolume, double monthlyBudgetUsd);

Json rollback(const std::string &targetVersion, const std::string &plan, double maxMinutes,
              const std::vector<std::string> &downstreamConsumers);

Json abTest(double trafficPercent, double durationDays, const std::string &successMetric,
            const std::vector<std::string> &guardrails);

Json monitoring(double psiAlert = 0.25, double windowDays = 30);

Json explainability(const std::string &method, bool reasonCodes);

// A training dataset entry; its sha256 is a stable stand-in derived from uri and snapshot.
Json trainingDataset(const std::string &name, const std::string &uri, double rows, const std::string &snapshot);

// "repo@commit" with a stable 40-hex commit derived from the text.
std::string codeRef(const std::string &repository, const std::string &salt);

Json tests(bool passed, const std::string &suite, const std::string &report);

Json artifact(const std::string &path, const WrittenFile &file, const std::string &role);

// manifest.json: dump(2) with a final newline. Returns the bytes written.
std::uint64_t writeManifest(const std::filesystem::path &dir, const Json &manifest);

} // namespace samplegen
