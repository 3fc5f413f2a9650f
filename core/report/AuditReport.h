#pragma once

// The audit report of a store: every request with its digests, track, decisions (signer,
// key fingerprint, role, time, comment), exceptions and derived state, with the verification
// summary at the top. One model, three renderings: JSON, self-contained HTML, PDF.

#include "audit/RequestState.h"
#include "audit/Verification.h"

#include <nlohmann/json.hpp>

#include <QString>

namespace cs::report {

struct ReportDecision
{
    std::string entryId, signerName, signerEmail, fingerprint, role, decision, comment;
    std::vector<std::string> conditions;
    std::int64_t tsMs = 0;
    bool counts = false;
    std::string whyNot;
};

struct ReportException
{
    std::string entryId, signerName, fingerprint, reason;
    std::vector<std::string> covers;
    std::int64_t tsMs = 0, expiresMs = 0;
};

struct ReportRequest
{
    std::string requestId, state, name, version, kind, track, submittedBy, packageDigest, policyDigest;
    std::vector<std::string> requiredSignoffs, failChecks, uncoveredFailChecks, reasons;
    std::vector<ReportDecision> decisions;
    std::vector<ReportException> exceptions;
};

struct AuditReport
{
    std::string storeId, anchor, anchorFingerprint;
    std::int64_t generatedMs = 0;
    std::size_t entries = 0, feeds = 0;
    std::vector<audit::Problem> problems;
    std::vector<ReportRequest> requests;
    bool verified() const { return problems.empty(); }
};

AuditReport buildAuditReport(const audit::VerificationReport &verification, std::int64_t nowMs);

nlohmann::ordered_json reportToJson(const AuditReport &report);
std::string reportToHtml(const AuditReport &report);
// Needs a QGuiApplication (fonts); writes with Qt's own PDF writer.
Result<bool> writeReportPdf(const AuditReport &report, const QString &path);

} // namespace cs::report
