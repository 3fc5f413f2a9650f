#include "ReviewCommands.h"

#include "CliText.h"
#include "review/Review.h"
#include "review/ReviewJson.h"
#include "review/ReviewText.h"

#include <QCommandLineParser>

#include <ostream>

namespace cs::cli {

int reviewCommand(const QStringList &arguments, Streams io, bool lint)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(lint ? Text::tr("Lists the findings of a package, one per line.")
                                          : Text::tr("Reviews a deployment package."));
    const QCommandLineOption policyOption(QStringLiteral("policy"), Text::tr("Policy file (JSON)."), QStringLiteral("FILE"));
    const QCommandLineOption jsonOption(QStringLiteral("json"), Text::tr("Print the review as JSON."));
    const QCommandLineOption maxFileOption(QStringLiteral("max-file-size"),
                                           Text::tr("Largest data file accepted, in bytes (default 4 GiB)."),
                                           QStringLiteral("BYTES"));
    parser.addOption(policyOption);
    if (!lint)
        parser.addOption(jsonOption);
    parser.addOption(maxFileOption);
    parser.addPositionalArgument(QStringLiteral("PACKAGE"), Text::tr("Package folder, .zip or .tar.gz."));
    const QString command = lint ? QStringLiteral("lint") : QStringLiteral("review");
    if (!parser.parse(QStringList{command} + arguments)) {
        io.err << "countersign-cli " << command.toStdString() << ": " << parser.errorText().toStdString() << "\n";
        return BadInput;
    }
    if (parser.positionalArguments().size() != 1) {
        io.err << "countersign-cli " << command.toStdString() << ": " << trs(Text::tr("expected one PACKAGE (see --help)")) << "\n";
        return BadInput;
    }

    auto policy = parser.isSet(policyOption) ? policy::loadPolicyFile(parser.value(policyOption)) : policy::defaultPolicy();
    if (!policy) {
        io.err << "countersign-cli: " << policy.errorMessage().toStdString() << "\n";
        return BadInput;
    }
    package::LoadOptions options;
    if (parser.isSet(maxFileOption)) {
        bool ok = false;
        const qulonglong limit = parser.value(maxFileOption).toULongLong(&ok);
        if (!ok) {
            io.err << "countersign-cli: "
                   << trs(Text::tr("--max-file-size: expected a number of bytes, got \"%1\"").arg(parser.value(maxFileOption))) << "\n";
            return BadInput;
        }
        options.limits.maxFileBytes = limit;
    }
    auto reviewed = review::reviewPackage(parser.positionalArguments().constFirst(), *policy, options);
    if (!reviewed) {
        io.err << "countersign-cli: " << reviewed.errorMessage().toStdString() << "\n";
        return BadInput;
    }
    if (lint)
        io.out << review::findingsToLintLines(*reviewed);
    else if (parser.isSet(jsonOption))
        io.out << review::reviewToJson(*reviewed).dump(2) << "\n";
    else
        io.out << review::reviewToText(*reviewed);
    return reviewed->hasFailures() ? Failed : Success;
}

} // namespace cs::cli
