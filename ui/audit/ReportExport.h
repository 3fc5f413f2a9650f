#pragma once

// Writes a store's audit report exactly as `countersign-cli export` does: the same core model
// (buildAuditReport) and the same renderings (JSON, HTML, PDF). Blocking: run it on a worker.

#include "util/Result.h"

#include <QString>

#include <cstdint>

namespace cs::audit {
class VerificationReport;
}

namespace cs::ui {

enum class ReportFormat { Html, Pdf, Json };

QString reportFormatSuffix(ReportFormat format); // "html", "pdf", "json"

// On success, a one-line summary of what was written.
Result<QString> writeAuditReport(const audit::VerificationReport &verification, ReportFormat format, const QString &path,
                                 std::int64_t nowMs);

} // namespace cs::ui
