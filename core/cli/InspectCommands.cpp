#include "AuditCommands.h"

#include "CommandSupport.h"
#include "audit/RequestState.h"
#include "util/Clock.h"
#include "util/Format.h"

#include <QDateTime>

#include <map>

namespace cs::cli {

namespace {

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
    for (const auto &p : report.problems)
        out << "PROBLEM " << p.kind << (p.fatal ? " (fatal)" : "") << ": entry " << p.entryId << " (author " << shortKey(p.author)
            << ", seq " << p.seq << "): " << p.message << "\n";
}

void printSummary(std::ostream &out, const audit::VerificationReport &report)
{
    std::map<std::string, int> feeds;
    for (const auto &c : report.entries)
        ++feeds[c.row.author];
    if (report.clean())
        out << "VERIFIED: " << report.entries.size() << " entries in " << feeds.size()
            << " feeds; every signature, id, chain, role and witness checks out.\n";
    else
        out << "NOT VERIFIED: " << report.problems.size() << " problem(s) in " << report.entries.size() << " entries.\n";
}

} // namespace

int stateCommand(const QStringList &arguments, Streams io)
{
    Command cmd(QStringLiteral("state"), io, QStringLiteral("Shows a request's derived state and sign-offs."));
    if (!cmd.parse(arguments, 2, 2, QStringLiteral("STORE REQUEST")))
        return BadInput;
    auto opened = openVerified(cmd.positional().at(0), audit::AuditStore::Access::ReadOnly);
    if (!opened)
        return cmd.fail(BadInput, opened.error());
    const auto &report = opened->report;
    const auto status = audit::deriveRequestState(cmd.positional().at(1).toStdString(), report.validEntries(), report.roster());
    if (!status.package)
        return cmd.fail(BadInput, QStringLiteral("no package has been received for request %1").arg(cmd.positional().at(1)));
    const auto &p = *status.package;
    auto &out = cmd.out();
    std::string upper = status.state;
    std::transform(upper.begin(), upper.end(), upper.begin(), [](unsigned char c) { return static_cast<char>(std::toupper(c)); });
    out << "Request " << status.requestId << ": " << upper << "\n"
        << "  package " << p.name << " " << p.version << " (" << p.kind << "), " << p.track << " track, submitted by " << p.submittedBy << "\n"
        << "  digest  " << p.packageDigest << "\n"
        << "  policy  " << p.policyDigest << "\n";
    out << "Sign-offs:\n";
    if (status.signoffs.empty())
        out << "  none required\n";
    for (const auto &s : status.signoffs) {
        out << "  " << s.role << ": ";
        if (s.signer)
            out << s.decision << " by " << s.signer->name << " <" << s.signer->email << "> in entry " << s.entryId->substr(0, 16) << "…\n";
        else
            out << "missing\n";
    }
    if (!p.failChecks.empty()) {
        out << "Fail findings:\n";
        for (const auto &check : p.failChecks) {
            const bool open = std::find(status.uncoveredFailChecks.begin(), status.uncoveredFailChecks.end(), check)
                              != status.uncoveredFailChecks.end();
            out << "  " << check << (open ? ": not covered" : ": covered by a policy exception") << "\n";
        }
    }
    std::vector<const audit::DecisionRecord *> ignored;
    for (const auto &d : status.decisions) {
        if (!d.counts)
            ignored.push_back(&d);
    }
    if (!ignored.empty()) {
        out << "Decisions that do not count:\n";
        for (const auto *d : ignored)
            out << "  " << d->decision << " as " << d->role << " by " << d->author.name << ": " << d->why << "\n";
    }
    out << "Why:\n";
    for (const auto &reason : status.reasons)
        out << "  " << reason << "\n";
    if (!report.clean())
        out << "Note: the store has " << report.problems.size() << " verification problem(s); run 'countersign-cli verify'.\n";
    return Success;
}

int verifyCommand(const QStringList &arguments, Streams io)
{
    Command cmd(QStringLiteral("verify"), io, QStringLiteral("Verifies every signature, chain, role and witness of a store."));
    if (!cmd.parse(arguments, 1, 1, QStringLiteral("STORE")))
        return BadInput;
    auto opened = openVerified(cmd.positional().at(0), audit::AuditStore::Access::ReadOnly);
    if (!opened)
        return cmd.fail(BadInput, opened.error());
    printProblems(cmd.out(), opened->report);
    printSummary(cmd.out(), opened->report);
    return opened->report.clean() ? Success : VerificationProblem;
}

int inspectCommand(const QStringList &arguments, Streams io)
{
    Command cmd(QStringLiteral("inspect"), io, QStringLiteral("Opens a store read-only: verification summary and timeline."));
    if (!cmd.parse(arguments, 1, 1, QStringLiteral("STORE")))
        return BadInput;
    auto opened = openVerified(cmd.positional().at(0), audit::AuditStore::Access::ReadOnly);
    if (!opened)
        return cmd.fail(BadInput, opened.error());
    const auto &report = opened->report;
    auto &out = cmd.out();
    auto anchor = audit::PublicKey::fromHex(std::string_view(opened->store->anchor()));
    out << "store id: " << opened->store->storeId() << "\n"
        << "anchor:   " << opened->store->anchor() << (anchor ? " (" + audit::fingerprint(*anchor).toStdString() + ")" : "") << "\n\n";
    printSummary(out, report);
    printProblems(out, report);
    out << "\nTimeline:\n";
    for (const auto &c : report.entries) {
        if (!c.entry) {
            out << "  ?                     [unreadable] entry " << c.row.id << "\n";
            continue;
        }
        const auto &b = c.entry->body;
        out << "  " << time(b.tsMs) << "  " << (c.valid ? "" : "[INVALID] ") << b.type << " by " << who(report.roster(), b.author)
            << " (seq " << b.seq << ")";
        const std::string request = b.content.value("request_id", std::string());
        if (!request.empty())
            out << " request " << request;
        if (b.type == audit::entry_type::Decision)
            out << ": " << b.content.value("decision", std::string()) << " as " << b.content.value("role", std::string());
        out << "\n";
    }
    return report.clean() ? Success : VerificationProblem;
}

} // namespace cs::cli
