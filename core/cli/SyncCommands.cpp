#include "SyncCommands.h"

#include "CliText.h"
#include "CommandSupport.h"
#include "audit/FolderSync.h"
#include "audit/PostgresSync.h"
#include "util/Clock.h"

#include <nlohmann/json.hpp>

namespace cs::cli {

int syncCommand(const QStringList &arguments, Streams io)
{
    Command cmd(QStringLiteral("sync"), io, Text::tr("One sync round with a shared folder or a PostgreSQL server."));
    cmd.parser().addOption({QStringLiteral("folder"), Text::tr("The shared folder."), QStringLiteral("DIR")});
    cmd.parser().addOption({QStringLiteral("postgres"), Text::tr("postgresql://user@host:port/database (password from PGPASSWORD)."),
                            QStringLiteral("URL")});
    cmd.parser().addOption({QStringLiteral("json"), Text::tr("Print the round as JSON.")});
    if (!cmd.parse(arguments, 1, 1, QStringLiteral("STORE --folder DIR | --postgres URL [--json]")))
        return BadInput;
    const bool folder = cmd.parser().isSet(QStringLiteral("folder"));
    const bool postgres = cmd.parser().isSet(QStringLiteral("postgres"));
    if (folder == postgres)
        return cmd.fail(BadInput, Text::tr("give exactly one of --folder DIR and --postgres URL"));
    auto store = audit::AuditStore::open(cmd.positional().constFirst(), audit::AuditStore::Access::ReadWrite);
    if (!store)
        return cmd.fail(BadInput, store.error());

    Result<audit::SyncReport> round = makeError(QString());
    if (folder) {
        round = audit::syncWithFolder(**store, cmd.parser().value(QStringLiteral("folder")), nowMs());
    } else {
        auto at = audit::parsePostgresUrl(cmd.parser().value(QStringLiteral("postgres")));
        if (!at)
            return cmd.fail(BadInput, at.error());
        round = audit::syncWithPostgres(**store, *at, nowMs());
    }
    if (!round)
        return cmd.fail(BadInput, round.error());
    const audit::SyncReport &r = *round;
    if (cmd.parser().isSet(QStringLiteral("json"))) {
        nlohmann::ordered_json refused = nlohmann::ordered_json::array();
        for (const auto &x : r.refused)
            refused.push_back({{"source", x.source}, {"entry", x.entryId.empty() ? nlohmann::ordered_json() : nlohmann::ordered_json(x.entryId)},
                               {"reason", x.reason}});
        const nlohmann::ordered_json out = {{"target", r.target},       {"arrived", r.arrived},
                                            {"already_held", r.alreadyHeld}, {"waiting", r.waiting},
                                            {"sent", r.sent},           {"bundles_written", r.bundlesWritten},
                                            {"refused", refused}};
        cmd.out() << out.dump(2) << "\n";
        return Success;
    }
    // English picks "entry" or "entries" by itself (the source text has no English translation);
    // both strings carry %n, so every language still chooses its own plural form.
    const auto entries = [](std::size_t n) {
        const int count = static_cast<int>(n);
        return n == 1 ? Text::tr("%n entry", nullptr, count) : Text::tr("%n entries", nullptr, count);
    };
    const auto newEntries = [](std::size_t n) {
        const int count = static_cast<int>(n);
        return n == 1 ? Text::tr("%n new entry", nullptr, count) : Text::tr("%n new entries", nullptr, count);
    };
    QString held = Text::tr("%1 already held").arg(r.alreadyHeld);
    if (r.waiting)
        held = Text::tr("%1, %n waiting for an earlier entry of their feed", nullptr, static_cast<int>(r.waiting)).arg(held);
    const QString sent = folder ? Text::tr("%1 in %n bundle(s)", nullptr, static_cast<int>(r.bundlesWritten)).arg(entries(r.sent))
                                : entries(r.sent);
    cmd.out() << trs(Text::tr("sync with %1").arg(QString::fromStdString(r.target))) << "\n"
              << "  " << trs(Text::tr("arrived: %1 (%2)").arg(newEntries(r.arrived), held)) << "\n"
              << "  " << trs(Text::tr("sent:    %1").arg(sent)) << "\n"
              << "  " << trs(Text::tr("refused: %1").arg(r.refused.size())) << "\n";
    for (const auto &x : r.refused) {
        // The reason comes from the core (English).
        const QString source = QString::fromStdString(x.source);
        const QString from = x.entryId.empty() ? source
                                               : Text::tr("%1 entry %2…").arg(source, QString::fromStdString(x.entryId.substr(0, 16)));
        cmd.out() << "    " << trs(from) << ": " << x.reason << "\n";
    }
    return Success;
}

int serverInitCommand(const QStringList &arguments, Streams io)
{
    Command cmd(QStringLiteral("server-init"), io,
                Text::tr("Creates the team server's table and a role allowed INSERT and SELECT only."));
    cmd.parser().addOption({QStringLiteral("app-role"), Text::tr("The application role to create."), QStringLiteral("NAME")});
    cmd.parser().addOption({QStringLiteral("app-password-env"), Text::tr("Environment variable holding its password."),
                            QStringLiteral("NAME")});
    if (!cmd.parse(arguments, 1, 1, QStringLiteral("URL [--app-role NAME --app-password-env VAR]")))
        return BadInput;
    auto at = audit::parsePostgresUrl(cmd.positional().constFirst());
    if (!at)
        return cmd.fail(BadInput, at.error());
    const QString role = cmd.parser().value(QStringLiteral("app-role"));
    QString password;
    if (!role.isEmpty()) {
        const QString var = cmd.parser().value(QStringLiteral("app-password-env"));
        if (var.isEmpty() || !qEnvironmentVariableIsSet(var.toLocal8Bit().constData()))
            return cmd.fail(BadInput, Text::tr("--app-role needs --app-password-env naming a set environment variable"));
        password = qEnvironmentVariable(var.toLocal8Bit().constData());
    }
    auto ok = audit::initPostgresServer(*at, role, password);
    if (!ok)
        return cmd.fail(BadInput, ok.error());
    cmd.out() << trs(role.isEmpty() ? Text::tr("server ready at %1").arg(at->display())
                                    : Text::tr("server ready at %1; role %2 may INSERT and SELECT only").arg(at->display(), role))
              << "\n";
    return Success;
}

} // namespace cs::cli
