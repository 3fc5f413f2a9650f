#pragma once

// Helpers for the policy tests: a clean baseline manifest that fires no track rule and no
// check, changed per test by a JSON merge patch (RFC 7386), and a policy with a known list
// of approved data sources.

#include "package/Manifest.h"
#include "policy/Findings.h"
#include "policy/Policy.h"

#include <QByteArray>
#include <QTest>

#include <algorithm>
#include <string>
#include <string_view>
#include <vector>

namespace cs::test {

// QVERIFY2 evaluates its message even when the check passes, so the message must not touch
// the error of a successful Result.
template<typename T>
QByteArray why(const cs::Result<T> &result)
{
    return result ? QByteArray("(succeeded)") : result.errorMessage().toUtf8();
}

// An ml_model that is green under builtinPolicy() + kApprovedSources: recommendation domain,
// advisory, not customer facing, same architecture and threshold as the baseline, approved
// sources without PII, tests passed, monitoring on, rollback and lineage complete.
inline const char *kCleanManifest = R"({
  "schema": "countersign.package/v1",
  "id": "req-0001",
  "kind": "ml_model",
  "name": "next-best-offer",
  "version": "2.0.0",
  "submitted_by": "data.scientist@bank.example",
  "submitted_at": "2024-05-01T10:00:00Z",
  "summary": "Retrained on April data.",
  "use_case": {"domain": "recommendation", "decision": "advisory", "customer_facing": false, "regulations": []},
  "model": {"architecture": "gbm", "baseline_version": "1.9.0", "baseline_architecture": "gbm",
            "primary_metric": "auc", "decision_threshold": 0.5, "adverse_outcome": "high_score"},
  "features": [{"name": "tenure_months", "source": "core_banking.accounts", "status": "existing", "type": "numeric"}],
  "data_sources": [{"name": "core_banking.accounts", "registry_ref": "REG-1", "contains_pii": false, "pii_approval_ref": null}],
  "protected_attributes": ["age_band"],
  "reported_metrics": {},
  "cost": {"per_1k_inferences_usd": 1.0, "baseline_per_1k_inferences_usd": 1.0, "monthly_volume": 1000, "monthly_budget_usd": 10},
  "rollback": {"target_version": "1.9.0", "plan": "Redeploy 1.9.0 from the registry.", "max_minutes": 15,
               "downstream_consumers": ["offers-service"]},
  "ab_test": null,
  "monitoring": {"data_drift": {"enabled": true, "psi_alert": 0.2}, "concept_drift": {"enabled": true, "window_days": 30}},
  "explainability": {"method": "shap", "reason_codes": true},
  "lineage": {"training_datasets": [{"name": "offers_2024_04", "uri": "s3://ml/offers/2024-04", "sha256": "aa", "rows": 100000, "snapshot": "2024-04-30"}],
              "training_code": "git@example:ml/offers.git#abc"},
  "tests": {"automated_passed": true, "suite": "ci", "report": "https://ci.example/1"},
  "artifacts": []
})";

// Tracks and severities compared by name, so that QCOMPARE prints them on failure.
inline QByteArray trackName(policy::Track track)
{
    return QByteArray::fromStdString(policy::toString(track));
}

inline QByteArray severityName(policy::Severity severity)
{
    return QByteArray::fromStdString(policy::toString(severity));
}

inline const std::vector<std::string> kApprovedSources{"core_banking.accounts", "crm.customers"};

// The clean manifest with `patch` merged in (RFC 7386: objects merge, arrays and scalars
// replace, null removes). Fails the test and returns the clean manifest if parsing fails.
inline package::Manifest manifest(std::string_view patch = "{}", const char *base = kCleanManifest)
{
    Json doc = Json::parse(base);
    doc.merge_patch(Json::parse(patch.begin(), patch.end()));
    const std::string bytes = doc.dump();
    auto parsed = package::parseManifest(bytes);
    if (!parsed) {
        qWarning("manifest refused: %s", why(parsed).constData());
        return package::parseManifest(base).value();
    }
    return std::move(parsed).value();
}

inline policy::Policy testPolicy()
{
    policy::Policy p = policy::builtinPolicy();
    p.approvedDataSources = std::set<std::string>(kApprovedSources.begin(), kApprovedSources.end());
    return p;
}

} // namespace cs::test
