#include "AuditCommands.h"

#include "CliText.h"
#include "CommandSupport.h"
#include "Passphrase.h"
#include "audit/RequestState.h"
#include "review/Review.h"
#include "util/Clock.h"
#include "util/Format.h"

#include <QDateTime>

namespace cs::cli {

namespace {

using audit::AuditStore;

std::string q(const QString &s)
{
    return s.toStdString();
}

QString qs(const std::string &s)
{
    return QString::fromStdString(s);
}

Result<audit::SignedEntry> appendEntry(AuditStore &store, const audit::Identity &me, const char *type, const nlohmann::json &content)
{
    return store.append(me.seed, type, content, nowMs());
}

} // namespace

int keygenCommand(const QStringList &arguments, Streams io)
{
    Command cmd(QStringLiteral("keygen"), io, Text::tr("Creates a passphrase-protected Ed25519 identity."));
    cmd.parser().addOption({QStringLiteral("name"), Text::tr("Your name."), QStringLiteral("NAME")});
    cmd.parser().addOption({QStringLiteral("out"), Text::tr("Key file to write (FILE.pub too)."), QStringLiteral("FILE")});
    cmd.parser().addOption({QStringLiteral("passphrase-env"), Text::tr("Read the passphrase from this variable."), QStringLiteral("NAME")});
    if (!cmd.parse(arguments, 0, 0, QStringLiteral("--name NAME --out FILE [--passphrase-env NAME]")))
        return BadInput;
    const QString name = cmd.parser().value(QStringLiteral("name"));
    const QString out = cmd.parser().value(QStringLiteral("out"));
    if (name.isEmpty() || out.isEmpty())
        return cmd.fail(BadInput, Text::tr("--name and --out are required"));
    auto passphrase = readPassphrase(cmd.parser().value(QStringLiteral("passphrase-env")),
                                     Text::tr("Passphrase for the new key: "), true);
    if (!passphrase)
        return cmd.fail(BadInput, passphrase.error());
    auto identity = audit::createIdentity(out, name, *passphrase);
    audit::wipe(*passphrase);
    if (!identity)
        return cmd.fail(BadInput, identity.error());
    cmd.out() << trs(Text::tr("public key:  %1").arg(identity->publicKey().hex())) << "\n"
              << trs(Text::tr("fingerprint: %1").arg(audit::fingerprint(identity->publicKey()))) << "\n"
              << trs(Text::tr("written:     %1 and %2").arg(out, audit::publicKeyFilePath(out))) << "\n";
    return Success;
}

int initCommand(const QStringList &arguments, Streams io)
{
    Command cmd(QStringLiteral("init"), io, Text::tr("Creates an audit store for one deployment."));
    cmd.parser().addOption({QStringLiteral("anchor"), Text::tr("The governance administrator's public key (hex or .pub)."),
                            QStringLiteral("KEY")});
    cmd.parser().addOption({QStringLiteral("store-id"), Text::tr("Join an existing deployment with its store id."),
                            QStringLiteral("ID")});
    if (!cmd.parse(arguments, 1, 1, QStringLiteral("STORE --anchor KEY [--store-id ID]")))
        return BadInput;
    if (!cmd.parser().isSet(QStringLiteral("anchor")))
        return cmd.fail(BadInput, Text::tr("--anchor KEY is required"));
    auto anchor = readKeyArgument(cmd.parser().value(QStringLiteral("anchor")));
    if (!anchor)
        return cmd.fail(BadInput, anchor.error());
    std::optional<std::string> storeId;
    if (cmd.parser().isSet(QStringLiteral("store-id"))) {
        storeId = q(cmd.parser().value(QStringLiteral("store-id")));
        const bool hex = storeId->size() == 32 && std::all_of(storeId->begin(), storeId->end(), [](char c) {
                             return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f');
                         });
        if (!hex)
            return cmd.fail(BadInput, Text::tr("--store-id: expected 32 lower-case hex digits"));
    }
    auto store = AuditStore::create(cmd.positional().constFirst(), *anchor, storeId);
    if (!store)
        return cmd.fail(BadInput, store.error());
    cmd.out() << trs(Text::tr("store:    %1").arg((*store)->path())) << "\n"
              << trs(Text::tr("store id: %1").arg(qs((*store)->storeId()))) << "\n"
              << trs(Text::tr("anchor:   %1 (%2)").arg(qs((*store)->anchor()), audit::fingerprint(*anchor))) << "\n";
    return Success;
}

int rosterCommand(const QStringList &arguments, Streams io)
{
    Command cmd(QStringLiteral("roster"), io, Text::tr("Grants and revokes roles (the administrator), or lists them."));
    cmd.addIdentityOptions();
    cmd.parser().addOption({QStringLiteral("name"), Text::tr("The member's name."), QStringLiteral("NAME")});
    cmd.parser().addOption({QStringLiteral("email"), Text::tr("The member's e-mail."), QStringLiteral("EMAIL")});
    cmd.parser().addOption({QStringLiteral("role"), Text::tr("A role to grant (repeatable)."), QStringLiteral("ROLE")});
    if (!cmd.parse(arguments, 1, 3, QStringLiteral("STORE [--identity ADMIN_KEY grant KEY --name N --email E --role R... | revoke KEY]")))
        return BadInput;
    const QStringList pos = cmd.positional();
    auto opened = openVerified(pos.at(0), pos.size() == 1 ? AuditStore::Access::ReadOnly : AuditStore::Access::ReadWrite);
    if (!opened)
        return cmd.fail(BadInput, opened.error());
    const audit::Roster &roster = opened->report.roster();
    if (pos.size() == 1) {
        for (const auto &[key, m] : roster.membersAsOf(std::nullopt)) {
            std::vector<std::string> roles(m.roles.begin(), m.roles.end());
            const auto cut = roster.revocationCut(key);
            cmd.out() << key.substr(0, 16) << "…  " << m.name << " <" << m.email << ">  " << joinList(roles)
                      << (cut ? "  " + trs(Text::tr("(revoked after seq %1)").arg(*cut)) : std::string()) << "\n";
        }
        return Success;
    }
    if (pos.size() != 3 || (pos.at(1) != QLatin1String("grant") && pos.at(1) != QLatin1String("revoke")))
        return cmd.fail(BadInput, Text::tr("expected 'grant KEY' or 'revoke KEY'"));
    auto key = readKeyArgument(pos.at(2));
    if (!key)
        return cmd.fail(BadInput, key.error());
    auto me = cmd.unlockIdentity();
    if (!me)
        return cmd.fail(BadInput, me.error());
    if (q(me->publicKey().hex()) != opened->store->anchor())
        return cmd.fail(Failed, Text::tr("only the store's administrator (its anchor key) writes the roster"));

    const std::string keyHex = q(key->hex());
    Result<nlohmann::json> content = makeError(QString());
    if (pos.at(1) == QLatin1String("grant")) {
        const QStringList roles = cmd.parser().values(QStringLiteral("role"));
        if (roles.isEmpty() || !cmd.parser().isSet(QStringLiteral("name")) || !cmd.parser().isSet(QStringLiteral("email")))
            return cmd.fail(BadInput, Text::tr("grant needs --name, --email and at least one --role"));
        std::vector<std::string> roleList;
        for (const auto &role : roles)
            roleList.push_back(q(role));
        content = audit::rosterGrantContent(keyHex, q(cmd.parser().value(QStringLiteral("name"))),
                                            q(cmd.parser().value(QStringLiteral("email"))), roleList);
    } else {
        content = audit::rosterRevocationContent(*opened->store, keyHex);
    }
    if (!content)
        return cmd.fail(BadInput, content.error());
    auto entry = appendEntry(*opened->store, *me, audit::entry_type::Roster, *content);
    if (!entry)
        return cmd.fail(BadInput, entry.error());
    const QString keyStart = qs(keyHex.substr(0, 16));
    cmd.out() << trs(pos.at(1) == QLatin1String("grant") ? Text::tr("granted %1… in roster entry %2").arg(keyStart, qs(entry->id))
                                                         : Text::tr("revoked %1… in roster entry %2").arg(keyStart, qs(entry->id)))
              << "\n";
    return Success;
}

int receiveCommand(const QStringList &arguments, Streams io)
{
    Command cmd(QStringLiteral("receive"), io, Text::tr("Reviews a package and records that it was received."));
    cmd.addIdentityOptions();
    cmd.parser().addOption({QStringLiteral("policy"), Text::tr("Policy file (JSON)."), QStringLiteral("FILE")});
    if (!cmd.parse(arguments, 2, 2, QStringLiteral("STORE PACKAGE --identity KEY [--policy FILE]")))
        return BadInput;
    auto policy = cmd.parser().isSet(QStringLiteral("policy")) ? policy::loadPolicyFile(cmd.parser().value(QStringLiteral("policy")))
                                                               : policy::defaultPolicy();
    if (!policy)
        return cmd.fail(BadInput, policy.error());
    auto reviewed = review::reviewPackage(cmd.positional().at(1), *policy);
    if (!reviewed)
        return cmd.fail(BadInput, reviewed.error());
    auto opened = openVerified(cmd.positional().at(0), AuditStore::Access::ReadWrite);
    if (!opened)
        return cmd.fail(BadInput, opened.error());
    auto me = cmd.unlockIdentity();
    if (!me)
        return cmd.fail(BadInput, me.error());
    const std::string myKey = q(me->publicKey().hex());
    if (myKey != opened->store->anchor() && !opened->report.roster().member(myKey))
        return cmd.fail(Failed, Text::tr("your key is not on this store's roster"));
    const auto &r = *reviewed;
    const nlohmann::json content = {{"request_id", r.manifest.id},
                                    {"package_digest", r.digest},
                                    {"name", r.manifest.name},
                                    {"version", r.manifest.version},
                                    {"kind", package::toString(r.manifest.kind)},
                                    {"submitted_by", r.manifest.submittedBy},
                                    {"track", policy::toString(r.track)},
                                    {"required_signoffs", r.requiredSignoffs},
                                    {"policy_digest", r.policyDigest},
                                    {"fail_checks", r.failChecks()}};
    auto entry = appendEntry(*opened->store, *me, audit::entry_type::PackageReceived, content);
    if (!entry)
        return cmd.fail(BadInput, entry.error());
    cmd.out() << trs(Text::tr("received %1 (%2 track, digest %3…) in entry %4")
                         .arg(qs(r.manifest.id), qs(policy::toString(r.track)), qs(r.digest.substr(0, 16)), qs(entry->id)))
              << "\n";
    return Success;
}

namespace {

// Shared by sign: the request's current state as the store's valid entries give it.
struct RequestContext
{
    VerifiedStore opened;
    audit::RequestStatus status;
};

Result<RequestContext> loadRequest(const QString &store, const QString &request, AuditStore::Access access)
{
    auto opened = openVerified(store, access);
    if (!opened)
        return opened.error();
    auto status = audit::deriveRequestState(q(request), opened->report.validEntries(), opened->report.roster());
    if (!status.package)
        return makeError(Text::tr("no package has been received for request %1 in this store").arg(request));
    return RequestContext{std::move(opened).value(), std::move(status)};
}

} // namespace

int signCommand(const QStringList &arguments, Streams io)
{
    Command cmd(QStringLiteral("sign"), io, Text::tr("Signs a decision on a request."));
    cmd.addIdentityOptions();
    cmd.parser().addOption({QStringLiteral("decision"), Text::tr("approve, approve_with_conditions, request_changes or reject."),
                            QStringLiteral("DECISION")});
    cmd.parser().addOption({QStringLiteral("role"), Text::tr("The role you sign in."), QStringLiteral("ROLE")});
    cmd.parser().addOption({QStringLiteral("comment"), Text::tr("Why (required to reject or request changes)."), QStringLiteral("TEXT")});
    cmd.parser().addOption({QStringLiteral("condition"), Text::tr("A condition of the approval (repeatable)."), QStringLiteral("TEXT")});
    if (!cmd.parse(arguments, 2, 2, QStringLiteral("STORE REQUEST --decision D --role R --identity KEY [--comment C] [--condition C]...")))
        return BadInput;
    const std::string decision = q(cmd.parser().value(QStringLiteral("decision")));
    const std::string role = q(cmd.parser().value(QStringLiteral("role")));
    const std::string comment = q(cmd.parser().value(QStringLiteral("comment")));
    const QStringList conditions = cmd.parser().values(QStringLiteral("condition"));
    if (decision != "approve" && decision != "approve_with_conditions" && decision != "request_changes" && decision != "reject")
        return cmd.fail(BadInput, Text::tr("--decision: expected approve, approve_with_conditions, request_changes or reject"));
    if (role.empty())
        return cmd.fail(BadInput, Text::tr("--role is required"));

    auto ctx = loadRequest(cmd.positional().at(0), cmd.positional().at(1), AuditStore::Access::ReadWrite);
    if (!ctx)
        return cmd.fail(BadInput, ctx.error());
    auto me = cmd.unlockIdentity();
    if (!me)
        return cmd.fail(BadInput, me.error());
    const auto &report = ctx->opened.report;
    const auto &status = ctx->status;
    const auto &pkg = *status.package;
    const std::string myKey = q(me->publicKey().hex());
    const auto member = report.roster().member(myKey);

    // What the rules forbid, refused before anything is written.
    if (!member || !member->roles.count(role))
        return cmd.fail(Failed, Text::tr("the roster does not grant you the role %1").arg(qs(role)));
    if (const auto cut = report.roster().revocationCut(myKey))
        return cmd.fail(Failed, Text::tr("your key has been revoked"));
    if (!member->email.empty() && member->email == pkg.submittedBy)
        return cmd.fail(Failed, Text::tr("you submitted this package; the submitter cannot sign it"));
    if (std::find(pkg.requiredSignoffs.begin(), pkg.requiredSignoffs.end(), role) == pkg.requiredSignoffs.end())
        return cmd.fail(Failed, Text::tr("the %1 track of this request does not need a %2 sign-off (needs: %3)")
                                    .arg(qs(pkg.track), qs(role), qs(joinList(pkg.requiredSignoffs))));
    if ((decision == "reject" || decision == "request_changes") && comment.empty())
        return cmd.fail(Failed, Text::tr("a %1 needs a --comment saying why").arg(qs(decision)));
    if (decision == "approve_with_conditions" && conditions.isEmpty())
        return cmd.fail(Failed, Text::tr("approve_with_conditions needs at least one --condition"));
    if (decision == "approve" || decision == "approve_with_conditions") {
        for (const auto &s : status.signoffs) {
            if (s.signer && s.role != role && !member->email.empty() && s.signer->email == member->email)
                return cmd.fail(Failed, Text::tr("you already signed this request as %1; a second required role needs a different person")
                                            .arg(qs(s.role)));
        }
        if (!status.uncoveredFailChecks.empty())
            return cmd.fail(Failed, Text::tr("fail findings without a policy exception block approval: %1")
                                        .arg(qs(joinList(status.uncoveredFailChecks))));
    }

    nlohmann::json conditionList = nlohmann::json::array();
    for (const auto &c : conditions)
        conditionList.push_back(q(c));
    const nlohmann::json content = {{"request_id", status.requestId}, {"package_digest", pkg.packageDigest},
                                    {"policy_digest", pkg.policyDigest}, {"track", pkg.track},
                                    {"role", role},                      {"decision", decision},
                                    {"conditions", conditionList},       {"comment", comment}};
    auto entry = appendEntry(*ctx->opened.store, *me, audit::entry_type::Decision, content);
    if (!entry)
        return cmd.fail(BadInput, entry.error());
    auto after = loadRequest(cmd.positional().at(0), cmd.positional().at(1), AuditStore::Access::ReadOnly);
    cmd.out() << trs(Text::tr("signed %1 as %2 in entry %3").arg(qs(decision), qs(role), qs(entry->id))) << "\n";
    if (after)
        cmd.out() << trs(Text::tr("request %1 is now %2").arg(qs(status.requestId), qs(after->status.state))) << "\n";
    return Success;
}

int exceptionCommand(const QStringList &arguments, Streams io)
{
    Command cmd(QStringLiteral("exception"), io, Text::tr("Grants a signed policy exception (risk officer)."));
    cmd.addIdentityOptions();
    cmd.parser().addOption({QStringLiteral("covers"), Text::tr("A fail check as CHECK:SUBJECT (repeatable)."), QStringLiteral("CHECK")});
    cmd.parser().addOption({QStringLiteral("reason"), Text::tr("The documented justification."), QStringLiteral("TEXT")});
    cmd.parser().addOption({QStringLiteral("expires"), Text::tr("When it lapses (ISO 8601 date or time, UTC)."), QStringLiteral("WHEN")});
    if (!cmd.parse(arguments, 2, 2, QStringLiteral("STORE REQUEST --covers CHECK... --reason TEXT --expires DATE --identity KEY")))
        return BadInput;
    const QStringList covers = cmd.parser().values(QStringLiteral("covers"));
    const QString reason = cmd.parser().value(QStringLiteral("reason"));
    QDateTime expires = QDateTime::fromString(cmd.parser().value(QStringLiteral("expires")), Qt::ISODate);
    if (covers.isEmpty() || reason.isEmpty() || !expires.isValid())
        return cmd.fail(BadInput, Text::tr("--covers, --reason and a valid --expires (e.g. 2026-12-31) are required"));
    if (expires.timeSpec() == Qt::LocalTime)
        expires.setTimeSpec(Qt::UTC);
    auto ctx = loadRequest(cmd.positional().at(0), cmd.positional().at(1), AuditStore::Access::ReadWrite);
    if (!ctx)
        return cmd.fail(BadInput, ctx.error());
    auto me = cmd.unlockIdentity();
    if (!me)
        return cmd.fail(BadInput, me.error());
    const std::string myKey = q(me->publicKey().hex());
    const auto member = ctx->opened.report.roster().member(myKey);
    if (!member || !member->roles.count("risk_officer"))
        return cmd.fail(Failed, Text::tr("only a risk officer grants policy exceptions"));
    const auto &pkg = *ctx->status.package;
    if (!member->email.empty() && member->email == pkg.submittedBy)
        return cmd.fail(Failed, Text::tr("you submitted this package; the submitter cannot grant it an exception"));
    nlohmann::json coverList = nlohmann::json::array();
    for (const auto &c : covers) {
        if (std::find(pkg.failChecks.begin(), pkg.failChecks.end(), q(c)) == pkg.failChecks.end())
            return cmd.fail(Failed, Text::tr("%1 is not a fail finding of this package (fail findings: %2)")
                                        .arg(c, qs(joinList(pkg.failChecks))));
        coverList.push_back(q(c));
    }
    const nlohmann::json content = {{"request_id", ctx->status.requestId}, {"package_digest", pkg.packageDigest},
                                    {"covers", coverList},                 {"reason", q(reason)},
                                    {"expires_ms", expires.toMSecsSinceEpoch()}};
    auto entry = appendEntry(*ctx->opened.store, *me, audit::entry_type::Exception, content);
    if (!entry)
        return cmd.fail(BadInput, entry.error());
    cmd.out() << trs(Text::tr("exception granted in entry %1 until %2").arg(qs(entry->id), expires.toUTC().toString(Qt::ISODate)))
              << "\n";
    return Success;
}

int withdrawCommand(const QStringList &arguments, Streams io)
{
    Command cmd(QStringLiteral("withdraw"), io, Text::tr("Withdraws one of your own decisions."));
    cmd.addIdentityOptions();
    cmd.parser().addOption({QStringLiteral("reason"), Text::tr("Why."), QStringLiteral("TEXT")});
    if (!cmd.parse(arguments, 2, 2, QStringLiteral("STORE ENTRY_ID --reason TEXT --identity KEY")))
        return BadInput;
    auto opened = openVerified(cmd.positional().at(0), AuditStore::Access::ReadWrite);
    if (!opened)
        return cmd.fail(BadInput, opened.error());
    const std::string target = q(cmd.positional().at(1));
    const audit::CheckedEntry *decision = opened->report.find(target);
    if (!decision || !decision->valid || decision->entry->body.type != audit::entry_type::Decision)
        return cmd.fail(BadInput, Text::tr("%1 is not a valid decision in this store").arg(qs(target)));
    auto me = cmd.unlockIdentity();
    if (!me)
        return cmd.fail(BadInput, me.error());
    if (decision->entry->body.author != q(me->publicKey().hex()))
        return cmd.fail(Failed, Text::tr("you can only withdraw your own decisions"));
    const nlohmann::json content = {{"entry", target},
                                    {"reason", q(cmd.parser().value(QStringLiteral("reason")))}};
    auto entry = appendEntry(*opened->store, *me, audit::entry_type::Withdraw, content);
    if (!entry)
        return cmd.fail(BadInput, entry.error());
    cmd.out() << trs(Text::tr("withdrew %1 in entry %2").arg(qs(target), qs(entry->id))) << "\n";
    return Success;
}

int commentCommand(const QStringList &arguments, Streams io)
{
    Command cmd(QStringLiteral("comment"), io, Text::tr("Adds a signed comment to a request's trail."));
    cmd.addIdentityOptions();
    cmd.parser().addOption({QStringLiteral("text"), Text::tr("The comment."), QStringLiteral("TEXT")});
    if (!cmd.parse(arguments, 2, 2, QStringLiteral("STORE REQUEST --text TEXT --identity KEY")))
        return BadInput;
    if (cmd.parser().value(QStringLiteral("text")).isEmpty())
        return cmd.fail(BadInput, Text::tr("--text is required"));
    auto opened = openVerified(cmd.positional().at(0), AuditStore::Access::ReadWrite);
    if (!opened)
        return cmd.fail(BadInput, opened.error());
    auto me = cmd.unlockIdentity();
    if (!me)
        return cmd.fail(BadInput, me.error());
    const nlohmann::json content = {{"request_id", q(cmd.positional().at(1))}, {"text", q(cmd.parser().value(QStringLiteral("text")))}};
    auto entry = appendEntry(*opened->store, *me, audit::entry_type::Comment, content);
    if (!entry)
        return cmd.fail(BadInput, entry.error());
    cmd.out() << trs(Text::tr("comment recorded in entry %1").arg(qs(entry->id))) << "\n";
    return Success;
}

int retireCommand(const QStringList &arguments, Streams io)
{
    Command cmd(QStringLiteral("retire"), io, Text::tr("Retires your key: nothing it signs afterwards is valid."));
    cmd.addIdentityOptions();
    if (!cmd.parse(arguments, 1, 1, QStringLiteral("STORE --identity KEY")))
        return BadInput;
    auto opened = openVerified(cmd.positional().at(0), AuditStore::Access::ReadWrite);
    if (!opened)
        return cmd.fail(BadInput, opened.error());
    auto me = cmd.unlockIdentity();
    if (!me)
        return cmd.fail(BadInput, me.error());
    auto entry = appendEntry(*opened->store, *me, audit::entry_type::End, nlohmann::json::object());
    if (!entry)
        return cmd.fail(BadInput, entry.error());
    cmd.out() << trs(Text::tr("key retired in entry %1").arg(qs(entry->id))) << "\n";
    return Success;
}

} // namespace cs::cli
