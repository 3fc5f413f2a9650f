#include "AuditReport.h"

#include <QPageSize>
#include <QPdfWriter>
#include <QTextDocument>

namespace cs::report {

Result<bool> writeReportPdf(const AuditReport &report, const QString &path)
{
    QPdfWriter writer(path);
    if (!writer.setPageSize(QPageSize(QPageSize::A4)))
        return makeError(QStringLiteral("%1: cannot set the page size").arg(path));
    writer.setTitle(QStringLiteral("Countersign audit report"));
    writer.setCreator(QStringLiteral("Countersign"));
    writer.setResolution(300);
    QTextDocument document;
    document.setHtml(QString::fromStdString(reportToHtml(report)));
    document.setPageSize(QPageSize(QPageSize::A4).sizePoints());
    document.print(&writer);
    return true;
}

} // namespace cs::report
