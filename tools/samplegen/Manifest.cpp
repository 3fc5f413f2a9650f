#include "Manifest.h"

#include <fstream>
#include <stdexcept>

namespace samplegen {

Json manifestHeader(const std::string &id, const std::string &kind, const std::string &name, const std::string &version,
                    const std::string &submittedBy, const std::string &submittedAt, const std::string &summary,
                    const std::optional<std::string> &requestedTrack)
{
    Json m = Json::object();
    m["schema"] = kPackageSchema;
    m["id"] = id;
    m["kind"] = kind;
    m["name"] = name;
    m["version"] = version;
    m["submitted_by"] = submittedBy;
    m["submitted_at"] = submittedAt;
    m["summary"] = summary;
    if (requestedTrack)
        m["requested_track"] = *requestedTrack;
    return m;
}

Json useCase(const std::string &domain, const std::string &decision, bool customerFacing,
             const std::vector<std::string> &regulations)
{
    Json u = Json::object();
    u["domain"] = domain;
    u["decision"] = decision;
    u["customer_facing"] = customerFacing;
    u["regulations"] = regulations;
    return u;
}

namespace {

Json optionalString(const std::optional<std::string> &value)
{
    return value ? Json(*value) : Json(nullptr);
}

// Whole numbers as JSON integers ("30", not "30.0"), everything else as a double.
Json number(double value)
{
    if (value == static_cast<double>(static_cast<std::int64_t>(value)))
        return Json(static_cast<std::int64_t>(value));
    return Json(value);
}

} // namespace

Json dataSource(const std::string &name, const std::optional<std::string> &registryRef, bool containsPii,
                const std::optional<std::string> &piiApprovalRef)
{
    Json d = Json::object();
    d["name"] = name;
    d["registry_ref"] = optionalString(registryRef);
    d["contains_pii"] = containsPii;
    d["pii_approval_ref"] = optionalString(piiApprovalRef);
    return d;
}

Json cost(double per1kUsd, double baselinePer1kUsd, double monthlyVolume, double monthlyBudgetUsd)
{
    Json c = Json::object();
    c["per_1k_inferences_usd"] = number(per1kUsd);
    c["baseline_per_1k_inferences_usd"] = number(baselinePer1kUsd);
    c["monthly_volume"] = number(monthlyVolume);
    c["monthly_budget_usd"] = number(monthlyBudgetUsd);
    return c;
}

Json rollback(const std::string &targetVersion, const std::string &plan, double maxMinutes,
              const std::vector<std::string> &downstreamConsumers)
{
    Json r = Json::object();
    r["target_version"] = targetVersion;
    r["plan"] = plan;
    r["max_minutes"] = number(maxMinutes);
    r["downstream_consumers"] = downstreamConsumers;
    return r;
}

Json abTest(double trafficPercent, double durationDays, const std::string &successMetric,
            const std::vector<std::string> &guardrails)
{
    Json a = Json::object();
    a["traffic_percent"] = number(trafficPercent);
    a["duration_days"] = number(durationDays);
    a["success_metric"] = successMetric;
    a["guardrails"] = guardrails;
    return a;
}

Json monitoring(double psiAlert, double windowDays)
{
    Json dataDrift = Json::object();
    dataDrift["enabled"] = true;
    dataDrift["psi_alert"] = number(psiAlert);
    Json conceptDrift = Json::object();
    conceptDrift["enabled"] = true;
    conceptDrift["window_days"] = number(windowDays);
    Json m = Json::object();
    m["data_drift"] = dataDrift;
    m["concept_drift"] = conceptDrift;
    return m;
}

Json explainability(const std::string &method, bool reasonCodes)
{
    Json e = Json::object();
    e["method"] = method;
    e["reason_codes"] = reasonCodes;
    return e;
}

Json trainingDataset(const std::string &name, const std::string &uri, double rows, const std::string &snapshot)
{
    Json d = Json::object();
    d["name"] = name;
    d["uri"] = uri;
    d["sha256"] = sha256Hex("countersign-sample-dataset\n" + uri + "\n" + snapshot);
    d["rows"] = number(rows);
    d["snapshot"] = snapshot;
    return d;
}

std::string codeRef(const std::string &repository, const std::string &salt)
{
    return repository + "@" + sha256Hex("countersign-sample-commit\n" + repository + "\n" + salt).substr(0, 40);
}

Json tests(bool passed, const std::string &suite, const std::string &report)
{
    Json t = Json::object();
    t["automated_passed"] = passed;
    t["suite"] = suite;
    t["report"] = report;
    return t;
}

Json artifact(const std::string &path, const WrittenFile &file, const std::string &role)
{
    Json a = Json::object();
    a["path"] = path;
    a["sha256"] = file.sha256;
    a["role"] = role;
    return a;
}

std::uint64_t writeManifest(const std::filesystem::path &dir, const Json &manifest)
{
    const std::string text = manifest.dump(2) + "\n";
    const auto path = dir / "manifest.json";
    std::ofstream out(path, std::ios::binary | std::ios::trunc);
    out.write(text.data(), static_cast<std::streamsize>(text.size()));
    out.close();
    if (!out)
        throw std::runtime_error("cannot write " + path.string());
    return text.size();
}

} // namespace samplegen
