#include "audit/ReportExport.h"

#include "report/AuditReport.h"

#include <QCoreApplication>
#include <QSaveFile>

namespace cs::ui {

QString reportFormatSuffix(ReportFormat format)
{
    switch (format) {
    case ReportFormat::Html: return QStringLiteral("html");
    case ReportFormat::Pdf: return QStringLiteral("pdf");
    case ReportFormat::Json: return QStringLiteral("json");
    }
    return {};
}

Result<QString> writeAuditReport(const audit::VerificationReport &verification, ReportFormat format, const QString &path,
                                 std::int64_t nowMs)
{
    const report::AuditReport r = report::buildAuditReport(verification, nowMs);
    if (format == ReportFormat::Pdf) {
        auto written = report::writeReportPdf(r, path);
        if (!written)
            return written.error();
    } else {
        // The same bytes as the command line writes, so a report from either can be compared.
        const std::string text = format == ReportFormat::Json ? report::reportToJson(r).dump(2) + "\n" : report::reportToHtml(r);
        QSaveFile file(path);
        if (!file.open(QIODevice::WriteOnly) || file.write(text.data(), static_cast<qint64>(text.size())) != static_cast<qint64>(text.size())
            || !file.commit())
            return makeError(QCoreApplication::translate("cs::ui::ReportExport", "%1: cannot write (%2)").arg(path, file.errorString()));
    }
    const QString verified = r.verified() ? QCoreApplication::translate("cs::ui::ReportExport", "store verified")
                                          : QCoreApplication::translate("cs::ui::ReportExport", "%n verification problem(s)", nullptr,
                                                                        static_cast<int>(r.problems.size()));
    return QCoreApplication::translate("cs::ui::ReportExport", "Wrote %1: %n request(s), %2", nullptr, static_cast<int>(r.requests.size()))
        .arg(path, verified);
}

} // namespace cs::ui
