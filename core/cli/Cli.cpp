#include "Cli.h"

#include "ReviewCommands.h"

#include <ostream>

namespace cs::cli {

namespace {

void usage(std::ostream &out)
{
    out << "Usage: countersign-cli COMMAND [OPTIONS]\n"
           "\n"
           "Review ML deployment packages and keep a signed audit trail of the decisions.\n"
           "\n"
           "Commands:\n"
           "  review PACKAGE [--policy FILE] [--json]   recompute the metrics, assign the track, list findings\n"
           "  lint PACKAGE [--policy FILE]              the findings only, one per line\n"
           "\n"
           "Exit status: 0 done (no fail finding), 1 fail findings or refused by the rules,\n"
           "2 the input could not be read, 3 verification found a problem.\n"
           "Run 'countersign-cli COMMAND --help' for a command's options.\n";
}

} // namespace

int run(const QStringList &arguments, Streams io)
{
    if (arguments.isEmpty()) {
        usage(io.err);
        return BadInput;
    }
    const QString command = arguments.constFirst();
    const QStringList rest = arguments.mid(1);
    if (command == QLatin1String("--help") || command == QLatin1String("-h") || command == QLatin1String("help")) {
        usage(io.out);
        return Success;
    }
    if (command == QLatin1String("--version")) {
        io.out << "countersign-cli " << COUNTERSIGN_VERSION << "\n";
        return Success;
    }
    if (rest.contains(QLatin1String("--help")) || rest.contains(QLatin1String("-h"))) {
        if (command == QLatin1String("review") || command == QLatin1String("lint")) {
            io.out << "Usage: countersign-cli " << command.toStdString() << " PACKAGE [--policy FILE]"
                   << (command == QLatin1String("review") ? " [--json]" : "") << " [--max-file-size BYTES]\n";
            return Success;
        }
    }
    if (command == QLatin1String("review"))
        return reviewCommand(rest, io, false);
    if (command == QLatin1String("lint"))
        return reviewCommand(rest, io, true);
    io.err << "countersign-cli: unknown command '" << command.toStdString() << "' (see --help)\n";
    return BadInput;
}

} // namespace cs::cli
