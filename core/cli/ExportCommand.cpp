#include "AuditCommands.h"

#include "CliText.h"
#include "CommandSupport.h"
#include "report/AuditReport.h"
#include "util/Clock.h"

#include <QGuiApplication>
#include <QSaveFile>

namespace cs::cli {

int exportCommand(const QStringList &arguments, Streams io)
{
    Command cmd(QStringLiteral("export"), io, Text::tr("Writes the audit report of a store (read-only)."));
    cmd.parser().addOption({QStringLiteral("format"), Text::tr("json, html or pdf."), QStringLiteral("FORMAT")});
    cmd.parser().addOption({QStringLiteral("out"), Text::tr("The report file."), QStringLiteral("FILE")});
    if (!cmd.parse(arguments, 1, 1, QStringLiteral("STORE --format json|html|pdf --out FILE")))
        return BadInput;
    const QString format = cmd.parser().value(QStringLiteral("format"));
    const QString out = cmd.parser().value(QStringLiteral("out"));
    if (format != QLatin1String("json") && format != QLatin1String("html") && format != QLatin1String("pdf"))
        return cmd.fail(BadInput, Text::tr("--format: expected json, html or pdf"));
    if (out.isEmpty())
        return cmd.fail(BadInput, Text::tr("--out FILE is required"));
    auto opened = openVerified(cmd.positional().constFirst(), audit::AuditStore::Access::ReadOnly);
    if (!opened)
        return cmd.fail(BadInput, opened.error());
    const report::AuditReport r = report::buildAuditReport(opened->report, nowMs());
    if (format == QLatin1String("pdf")) {
        if (!qobject_cast<QGuiApplication *>(QCoreApplication::instance()))
            return cmd.fail(BadInput, Text::tr("PDF export needs the GUI library; run it through countersign-cli"));
        auto written = report::writeReportPdf(r, out);
        if (!written)
            return cmd.fail(BadInput, written.error());
    } else {
        const std::string text = format == QLatin1String("json") ? report::reportToJson(r).dump(2) + "\n" : report::reportToHtml(r);
        QSaveFile file(out);
        if (!file.open(QIODevice::WriteOnly) || file.write(text.data(), static_cast<qint64>(text.size())) != static_cast<qint64>(text.size())
            || !file.commit())
            return cmd.fail(BadInput, Text::tr("%1: cannot write (%2)").arg(out, file.errorString()));
    }
    const QString verdict = r.verified() ? Text::tr("store verified")
                                         : Text::tr("%n verification problem(s)", nullptr, static_cast<int>(r.problems.size()));
    cmd.out() << trs(Text::tr("wrote %1: %n request(s), %2", nullptr, static_cast<int>(r.requests.size())).arg(out, verdict)) << "\n";
    return r.verified() ? Success : VerificationProblem;
}

} // namespace cs::cli
