#include "AuditCommands.h"

#include "CliText.h"
#include "CommandSupport.h"
#include "audit/RequestState.h"
#include "util/Clock.h"
#include "util/Format.h"

#include <QDateTime>

#include <map>

namespace cs::cli {

namespace {

QString qs(const std::string &s)
{
    return QString::fromStdString(s);
}

std::string time(std::int64_t ms)
{
    return QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC).toString(Qt::ISODate).toStdString();
}

std::string shortKey(const std::string &key)
{
    return key.substr(0, 12) + "…";
}

std::string who(const audit::Roster &roster, const std::string &key)
{
    const auto m = roster.member(key);
    if (!m)
        return shortKey(key);
    return m->name + (m->email.empty() ? "" : " <" + m->email + ">");
}

void printProblems(std::ostream &out, const audit::VerificationReport &report)
{
    for (const auto &p : report.problems) {
        // The kind is a fixed identifier and the message comes from the core (English).
        if (p.entryId.empty()) { // about the store as a whole (its anchor)
            out << trs(Text::tr("PROBLEM %1 (fatal): %2").arg(qs(p.kind), qs(p.message))) << "\n";
            continue;
        }
        const QString line = p.fatal ? Text::tr("PROBLEM %1 (fatal): entry %2 (author %3, seq %4): %5")
                                     : Text::tr("PROBLEM %1: entry %2 (author %3, seq %4): %5");
        out << trs(line.arg(qs(p.kind), qs(p.entryId), qs(shortKey(p.author)), QString::number(p.seq), qs(p.message))) << "\n";
    }
}

void printSummary(std::ostream &out, const audit::VerificationReport &report)
{
    std::map<std::string, int> feeds;
    for (const auto &c : report.entries)
        ++feeds[c.row.author];
    const int entries = static_cast<int>(report.entries.size());
    if (report.clean())
        out << trs(Text::tr("VERIFIED: %n entries in %1 feeds; every signature, id, chain, role and witness checks out.", nullptr, entries)
                       .arg(feeds.size()))
            << "\n";
    else
        out << trs(Text::tr("NOT VERIFIED: %n problem(s) in %1 entries.", nullptr, static_cast<int>(report.problems.size())).arg(entries))
            << "\n";
}

} // namespace

int stateCommand(const QStringList &arguments, Streams io)
{
    Command cmd(QStringLiteral("state"), io, Text::tr("Shows a request's derived state and sign-offs."));
    if (!cmd.parse(arguments, 2, 2, QStringLiteral("STORE REQUEST")))
        return BadInput;
    auto opened = openVerified(cmd.positional().at(0), audit::AuditStore::Access::ReadOnly);
    if (!opened)
        return cmd.fail(BadInput, opened.error());
    const auto &report = opened->report;
    const auto status = audit::deriveRequestState(cmd.positional().at(1).toStdString(), report.validEntries(), report.roster());
    if (!status.package)
        return cmd.fail(BadInput, Text::tr("no package has been received for request %1").arg(cmd.positional().at(1)));
    const auto &p = *status.package;
    auto &out = cmd.out();
    std::string upper = status.state;
    std::transform(upper.begin(), upper.end(), upper.begin(), [](unsigned char c) { return static_cast<char>(std::toupper(c)); });
    // States, roles, decisions and check ids are fixed identifiers; only the words around them
    // are translated.
    out << trs(Text::tr("Request %1: %2").arg(qs(status.requestId), qs(upper))) << "\n"
        << "  "
        << trs(Text::tr("package %1 %2 (%3), %4 track, submitted by %5")
                   .arg(qs(p.name), qs(p.version), qs(p.kind), qs(p.track), qs(p.submittedBy)))
        << "\n"
        << "  " << trs(Text::tr("digest  %1").arg(qs(p.packageDigest))) << "\n"
        << "  " << trs(Text::tr("policy  %1").arg(qs(p.policyDigest))) << "\n";
    out << trs(Text::tr("Sign-offs:")) << "\n";
    if (status.signoffs.empty())
        out << "  " << trs(Text::tr("none required")) << "\n";
    for (const auto &s : status.signoffs) {
        out << "  " << s.role << ": ";
        if (s.signer)
            out << trs(Text::tr("%1 by %2 <%3> in entry %4…")
                           .arg(qs(s.decision), qs(s.signer->name), qs(s.signer->email), qs(s.entryId->substr(0, 16))))
                << "\n";
        else
            out << trs(Text::tr("missing")) << "\n";
    }
    if (!p.failChecks.empty()) {
        out << trs(Text::tr("Fail findings:")) << "\n";
        for (const auto &check : p.failChecks) {
            const bool open = std::find(status.uncoveredFailChecks.begin(), status.uncoveredFailChecks.end(), check)
                              != status.uncoveredFailChecks.end();
            out << "  " << check << ": " << trs(open ? Text::tr("not covered") : Text::tr("covered by a policy exception")) << "\n";
        }
    }
    std::vector<const audit::DecisionRecord *> ignored;
    for (const auto &d : status.decisions) {
        if (!d.counts)
            ignored.push_back(&d);
    }
    if (!ignored.empty()) {
        out << trs(Text::tr("Decisions that do not count:")) << "\n";
        for (const auto *d : ignored)
            out << "  " << trs(Text::tr("%1 as %2 by %3: %4").arg(qs(d->decision), qs(d->role), qs(d->author.name), qs(d->why))) << "\n";
    }
    out << trs(Text::tr("Why:")) << "\n";
    for (const auto &reason : status.reasons)
        out << "  " << reason << "\n";
    if (!report.clean())
        out << trs(Text::tr("Note: the store has %n verification problem(s); run 'countersign-cli verify'.", nullptr,
                            static_cast<int>(report.problems.size())))
            << "\n";
    return Success;
}

namespace {

// verify and inspect take the anchor an auditor was given with the file (--anchor KEY).
void addAnchorOption(Command &cmd)
{
    cmd.parser().addOption({QStringLiteral("anchor"),
                            Text::tr("The administrator's key you were given with the store (hex or .pub file): "
                                     "a store pinned to another anchor fails verification."),
                            QStringLiteral("KEY")});
}

Result<bool> checkAnchorOption(Command &cmd, audit::VerificationReport &report)
{
    if (!cmd.parser().isSet(QStringLiteral("anchor")))
        return true;
    auto expected = readKeyArgument(cmd.parser().value(QStringLiteral("anchor")));
    if (!expected)
        return expected.error();
    audit::checkExpectedAnchor(report, *expected);
    return true;
}

} // namespace

int verifyCommand(const QStringList &arguments, Streams io)
{
    Command cmd(QStringLiteral("verify"), io, Text::tr("Verifies every signature, chain, role and witness of a store."));
    addAnchorOption(cmd);
    if (!cmd.parse(arguments, 1, 1, QStringLiteral("STORE")))
        return BadInput;
    auto opened = openVerified(cmd.positional().at(0), audit::AuditStore::Access::ReadOnly);
    if (!opened)
        return cmd.fail(BadInput, opened.error());
    if (auto checked = checkAnchorOption(cmd, opened->report); !checked)
        return cmd.fail(BadInput, checked.error());
    printProblems(cmd.out(), opened->report);
    printSummary(cmd.out(), opened->report);
    return opened->report.clean() ? Success : VerificationProblem;
}

int inspectCommand(const QStringList &arguments, Streams io)
{
    Command cmd(QStringLiteral("inspect"), io, Text::tr("Opens a store read-only: verification summary and timeline."));
    addAnchorOption(cmd);
    if (!cmd.parse(arguments, 1, 1, QStringLiteral("STORE")))
        return BadInput;
    auto opened = openVerified(cmd.positional().at(0), audit::AuditStore::Access::ReadOnly);
    if (!opened)
        return cmd.fail(BadInput, opened.error());
    if (auto checked = checkAnchorOption(cmd, opened->report); !checked)
        return cmd.fail(BadInput, checked.error());
    const auto &report = opened->report;
    auto &out = cmd.out();
    auto anchor = audit::PublicKey::fromHex(std::string_view(opened->store->anchor()));
    const QString anchorHex = qs(opened->store->anchor());
    out << trs(Text::tr("store id: %1").arg(qs(opened->store->storeId()))) << "\n"
        << trs(anchor ? Text::tr("anchor:   %1 (%2)").arg(anchorHex, audit::fingerprint(*anchor)) : Text::tr("anchor:   %1").arg(anchorHex))
        << "\n\n";
    printSummary(out, report);
    printProblems(out, report);
    out << "\n" << trs(Text::tr("Timeline:")) << "\n";
    for (const auto &c : report.entries) {
        if (!c.entry) {
            out << "  ?                     " << trs(Text::tr("[unreadable] entry %1").arg(qs(c.row.id))) << "\n";
            continue;
        }
        const auto &b = c.entry->body;
        out << "  " << time(b.tsMs) << "  " << (c.valid ? std::string() : trs(Text::tr("[INVALID]")) + " ")
            << trs(Text::tr("%1 by %2 (seq %3)").arg(qs(b.type), qs(who(report.roster(), b.author)), QString::number(b.seq)));
        const std::string request = b.content.value("request_id", std::string());
        if (!request.empty())
            out << " " << trs(Text::tr("request %1").arg(qs(request)));
        if (b.type == audit::entry_type::Decision)
            out << ": "
                << trs(Text::tr("%1 as %2").arg(qs(b.content.value("decision", std::string())), qs(b.content.value("role", std::string()))));
        out << "\n";
    }
    return report.clean() ? Success : VerificationProblem;
}

} // namespace cs::cli
