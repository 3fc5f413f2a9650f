#include "SyncCommands.h"

#include "CommandSupport.h"
#include "audit/FolderSync.h"
#include "audit/PostgresSync.h"
#include "util/Clock.h"

#include <nlohmann/json.hpp>

namespace cs::cli {

int syncCommand(const QStringList &arguments, Streams io)
{
    Command cmd(QStringLiteral("sync"), io, QStringLiteral("One sync round with a shared folder or a PostgreSQL server."));
    cmd.parser().addOption({QStringLiteral("folder"), QStringLiteral("The shared folder."), QStringLiteral("DIR")});
    cmd.parser().addOption({QStringLiteral("postgres"), QStringLiteral("postgresql://user@host:port/database (password from PGPASSWORD)."),
                            QStringLiteral("URL")});
    cmd.parser().addOption({QStringLiteral("json"), QStringLiteral("Print the round as JSON.")});
    if (!cmd.parse(arguments, 1, 1, QStringLiteral("STORE --folder DIR | --postgres URL [--json]")))
        return BadInput;
    const bool folder = cmd.parser().isSet(QStringLiteral("folder"));
    const bool postgres = cmd.parser().isSet(QStringLiteral("postgres"));
    if (folder == postgres)
        return cmd.fail(BadInput, QStringLiteral("give exactly one of --folder DIR and --postgres URL"));
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
    cmd.out() << "sync with " << r.target << "\n"
              << "  arrived: " << r.arrived << " new entr" << (r.arrived == 1 ? "y" : "ies") << " (" << r.alreadyHeld << " already held"
              << (r.waiting ? ", " + std::to_string(r.waiting) + " waiting for an earlier entry of their feed" : std::string()) << ")\n"
              << "  sent:    " << r.sent << " entr" << (r.sent == 1 ? "y" : "ies")
              << (folder ? " in " + std::to_string(r.bundlesWritten) + " bundle(s)" : std::string()) << "\n"
              << "  refused: " << r.refused.size() << "\n";
    for (const auto &x : r.refused)
        cmd.out() << "    " << x.source << (x.entryId.empty() ? "" : " entry " + x.entryId.substr(0, 16) + "…") << ": " << x.reason << "\n";
    return Success;
}

int serverInitCommand(const QStringList &arguments, Streams io)
{
    Command cmd(QStringLiteral("server-init"), io,
                QStringLiteral("Creates the team server's table and a role allowed INSERT and SELECT only."));
    cmd.parser().addOption({QStringLiteral("app-role"), QStringLiteral("The application role to create."), QStringLiteral("NAME")});
    cmd.parser().addOption({QStringLiteral("app-password-env"), QStringLiteral("Environment variable holding its password."),
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
            return cmd.fail(BadInput, QStringLiteral("--app-role needs --app-password-env naming a set environment variable"));
        password = qEnvironmentVariable(var.toLocal8Bit().constData());
    }
    auto ok = audit::initPostgresServer(*at, role, password);
    if (!ok)
        return cmd.fail(BadInput, ok.error());
    cmd.out() << "server ready at " << at->display().toStdString()
              << (role.isEmpty() ? std::string() : "; role " + role.toStdString() + " may INSERT and SELECT only") << "\n";
    return Success;
}

} // namespace cs::cli
