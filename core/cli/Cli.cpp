#include "Cli.h"

#include "AuditCommands.h"
#include "CliText.h"
#include "ReviewCommands.h"
#include "SyncCommands.h"

#include <ostream>

namespace cs::cli {

namespace {

void usage(std::ostream &out)
{
    out << trs(Text::tr("Usage: countersign-cli COMMAND [OPTIONS]\n"
           "\n"
           "Review ML deployment packages and keep a signed audit trail of the decisions.\n"
           "\n"
           "Commands:\n"
           "  review PACKAGE [--policy FILE] [--json]   recompute the metrics, assign the track, list findings\n"
           "  lint PACKAGE [--policy FILE]              the findings only, one per line\n"
           "\n"
           "  keygen --name NAME --out FILE             create your passphrase-protected signing key\n"
           "  init STORE --anchor KEY [--store-id ID]   create an audit store (KEY: the administrator's)\n"
           "  roster STORE [--identity KEY grant KEY --name N --email E --role R... | revoke KEY]\n"
           "  receive STORE PACKAGE --identity KEY      review a package and record its receipt\n"
           "  sign STORE REQUEST --decision D --role R --identity KEY [--comment C] [--condition C]\n"
           "  exception STORE REQUEST --covers CHECK --reason R --expires DATE --identity KEY\n"
           "  withdraw STORE ENTRY --reason R --identity KEY\n"
           "  comment STORE REQUEST --text T --identity KEY\n"
           "  retire STORE --identity KEY              retire your key\n"
           "  state STORE REQUEST                       derived state, sign-offs present and missing\n"
           "  verify STORE                              check every signature, chain, role and witness\n"
           "  inspect STORE                             read-only verification summary and timeline\n"
           "  export STORE --format json|html|pdf --out FILE   the audit report, verification summary first\n"
           "  sync STORE --folder DIR | --postgres URL  one sync round: what arrived, was sent, was refused\n"
           "  server-init URL [--app-role NAME --app-password-env VAR]   prepare a PostgreSQL team server\n"
           "\n"
           "Commands that sign read the passphrase from the terminal, or from the environment\n"
           "variable named by --passphrase-env NAME; never from the command line.\n"
           "\n"
           "Exit status: 0 done (no fail finding), 1 fail findings or refused by the rules,\n"
           "2 the input could not be read, 3 verification found a problem.\n"
           "Run 'countersign-cli COMMAND --help' for a command's options.\n"));
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
        usage(io.out);
        return Success;
    }
    using Handler = int (*)(const QStringList &, Streams);
    static const std::pair<const char *, Handler> commands[] = {
        {"review", [](const QStringList &a, Streams s) { return reviewCommand(a, s, false); }},
        {"lint", [](const QStringList &a, Streams s) { return reviewCommand(a, s, true); }},
        {"keygen", keygenCommand},
        {"init", initCommand},
        {"roster", rosterCommand},
        {"receive", receiveCommand},
        {"sign", signCommand},
        {"exception", exceptionCommand},
        {"withdraw", withdrawCommand},
        {"comment", commentCommand},
        {"retire", retireCommand},
        {"state", stateCommand},
        {"verify", verifyCommand},
        {"inspect", inspectCommand},
        {"export", exportCommand},
        {"sync", syncCommand},
        {"server-init", serverInitCommand},
    };
    for (const auto &[name, handler] : commands) {
        if (command == QLatin1String(name))
            return handler(rest, io);
    }
    io.err << trs(Text::tr("countersign-cli: unknown command '%1' (see --help)").arg(command)) << "\n";
    return BadInput;
}

} // namespace cs::cli
