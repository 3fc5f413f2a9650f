#include "AuditReport.h"

#include <QDateTime>

#include <map>
#include <set>
#include <sstream>

namespace cs::report {

namespace {

std::string fingerprintOf(const std::string &key)
{
    auto k = audit::PublicKey::fromHex(std::string_view(key));
    return k ? audit::fingerprint(*k).toStdString() : std::string("?");
}

std::string time(std::int64_t ms)
{
    return QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC).toString(Qt::ISODate).toStdString();
}

std::string escape(const std::string &text)
{
    std::string out;
    for (char c : text) {
        switch (c) {
        case '&': out += "&amp;"; break;
        case '<': out += "&lt;"; break;
        case '>': out += "&gt;"; break;
        case '"': out += "&quot;"; break;
        default: out += c;
        }
    }
    return out;
}

std::vector<std::string> strings(const nlohmann::json &j)
{
    std::vector<std::string> out;
    if (j.is_array())
        for (const auto &s : j)
            if (s.is_string())
                out.push_back(s.get<std::string>());
    return out;
}

} // namespace

AuditReport buildAuditReport(const audit::VerificationReport &verification, std::int64_t nowMs)
{
    AuditReport r;
    r.storeId = verification.storeId;
    r.anchor = verification.anchor;
    r.anchorFingerprint = fingerprintOf(verification.anchor);
    r.generatedMs = nowMs;
    r.entries = verification.entries.size();
    std::set<std::string> feeds;
    for (const auto &c : verification.entries)
        feeds.insert(c.row.author);
    r.feeds = feeds.size();
    r.problems = verification.problems;

    const auto valid = verification.validEntries();
    const audit::Roster &roster = verification.roster();
    for (const auto &id : audit::requestIds(valid)) {
        const auto status = audit::deriveRequestState(id, valid, roster);
        ReportRequest q;
        q.requestId = id;
        q.state = status.state;
        if (status.package) {
            const auto &p = *status.package;
            q.name = p.name;
            q.version = p.version;
            q.kind = p.kind;
            q.track = p.track;
            q.submittedBy = p.submittedBy;
            q.packageDigest = p.packageDigest;
            q.policyDigest = p.policyDigest;
            q.requiredSignoffs = p.requiredSignoffs;
            q.failChecks = p.failChecks;
        }
        q.uncoveredFailChecks = status.uncoveredFailChecks;
        q.reasons = status.reasons;
        for (const auto &d : status.decisions) {
            const auto &c = d.entry->body.content;
            q.decisions.push_back({d.entry->id, d.author.name, d.author.email, fingerprintOf(d.entry->body.author), d.role,
                                   d.decision, c.value("comment", std::string()), strings(c.value("conditions", nlohmann::json::array())),
                                   d.entry->body.tsMs, d.counts, d.why});
        }
        for (const auto *e : status.exceptions) {
            const auto m = roster.member(e->body.author);
            q.exceptions.push_back({e->id, m ? m->name : std::string(), fingerprintOf(e->body.author),
                                    e->body.content.value("reason", std::string()),
                                    strings(e->body.content.value("covers", nlohmann::json::array())), e->body.tsMs,
                                    e->body.content.value("expires_ms", std::int64_t{0})});
        }
        r.requests.push_back(std::move(q));
    }
    return r;
}

nlohmann::ordered_json reportToJson(const AuditReport &r)
{
    nlohmann::ordered_json problems = nlohmann::ordered_json::array();
    for (const auto &p : r.problems)
        problems.push_back({{"kind", p.kind}, {"entry", p.entryId}, {"author", p.author}, {"seq", p.seq}, {"message", p.message},
                            {"fatal", p.fatal}});
    nlohmann::ordered_json requests = nlohmann::ordered_json::array();
    for (const auto &q : r.requests) {
        nlohmann::ordered_json decisions = nlohmann::ordered_json::array();
        for (const auto &d : q.decisions)
            decisions.push_back({{"entry", d.entryId},      {"signer", d.signerName},   {"email", d.signerEmail},
                                 {"fingerprint", d.fingerprint}, {"role", d.role},     {"decision", d.decision},
                                 {"conditions", d.conditions}, {"comment", d.comment}, {"time", time(d.tsMs)},
                                 {"counts", d.counts},       {"why_not", d.whyNot}});
        nlohmann::ordered_json exceptions = nlohmann::ordered_json::array();
        for (const auto &e : q.exceptions)
            exceptions.push_back({{"entry", e.entryId}, {"granted_by", e.signerName}, {"fingerprint", e.fingerprint},
                                  {"covers", e.covers}, {"reason", e.reason}, {"time", time(e.tsMs)}, {"expires", time(e.expiresMs)}});
        requests.push_back({{"request_id", q.requestId},  {"state", q.state},
                            {"name", q.name},             {"version", q.version},
                            {"kind", q.kind},             {"track", q.track},
                            {"submitted_by", q.submittedBy}, {"package_digest", q.packageDigest},
                            {"policy_digest", q.policyDigest}, {"required_signoffs", q.requiredSignoffs},
                            {"fail_checks", q.failChecks}, {"uncovered_fail_checks", q.uncoveredFailChecks},
                            {"decisions", decisions},     {"exceptions", exceptions},
                            {"why", q.reasons}});
    }
    return {{"verification",
             {{"verified", r.verified()}, {"entries", r.entries}, {"feeds", r.feeds}, {"problems", problems}}},
            {"store", {{"store_id", r.storeId}, {"anchor", r.anchor}, {"anchor_fingerprint", r.anchorFingerprint}}},
            {"generated", time(r.generatedMs)},
            {"requests", requests}};
}

std::string reportToHtml(const AuditReport &r)
{
    std::ostringstream h;
    h << "<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\"><title>Countersign audit report</title>\n"
      << "<style>body{font-family:sans-serif;margin:2em;color:#222}table{border-collapse:collapse;margin:.5em 0 1.5em;width:100%}"
         "td,th{border:1px solid #bbb;padding:4px 8px;text-align:left;vertical-align:top}th{background:#eee}"
         ".ok{background:#e3f4e3;border:1px solid #5a5;padding:.6em}.bad{background:#fbe3e3;border:1px solid #c55;padding:.6em}"
         "code{font-size:90%}.red{color:#b00}.yellow{color:#a70}.green{color:#070}</style></head><body>\n";
    h << "<h1>Countersign audit report</h1>\n";
    if (r.verified())
        h << "<p class=\"ok\"><b>Verified:</b> " << r.entries << " entries in " << r.feeds
          << " feeds; every signature, id, chain, role and witness checks out.</p>\n";
    else {
        h << "<div class=\"bad\"><b>Not verified:</b> " << r.problems.size() << " problem(s) in " << r.entries << " entries.<ul>\n";
        for (const auto &p : r.problems)
            h << "<li><code>" << escape(p.kind) << "</code> entry <code>" << escape(p.entryId) << "</code> (seq " << p.seq
              << "): " << escape(p.message) << "</li>\n";
        h << "</ul></div>\n";
    }
    h << "<p>Store <code>" << escape(r.storeId) << "</code>; anchor <code>" << escape(r.anchor) << "</code> (fingerprint <code>"
      << escape(r.anchorFingerprint) << "</code>); generated " << time(r.generatedMs) << ".</p>\n";
    for (const auto &q : r.requests) {
        h << "<h2>" << escape(q.requestId) << ": " << escape(q.name) << " " << escape(q.version) << " — <span class=\"" << escape(q.track)
          << "\">" << escape(q.track) << " track</span>, " << escape(q.state) << "</h2>\n";
        h << "<table><tr><th>Kind</th><td>" << escape(q.kind) << "</td></tr><tr><th>Submitted by</th><td>" << escape(q.submittedBy)
          << "</td></tr><tr><th>Package digest</th><td><code>" << escape(q.packageDigest)
          << "</code></td></tr><tr><th>Policy digest</th><td><code>" << escape(q.policyDigest)
          << "</code></td></tr><tr><th>Required sign-offs</th><td>";
        for (const auto &s : q.requiredSignoffs)
            h << escape(s) << " ";
        h << "</td></tr><tr><th>Fail findings</th><td>";
        for (const auto &f : q.failChecks)
            h << "<code>" << escape(f) << "</code> ";
        h << "</td></tr><tr><th>Why " << escape(q.state) << "</th><td>";
        for (const auto &w : q.reasons)
            h << escape(w) << "<br>";
        h << "</td></tr></table>\n";
        if (!q.decisions.empty()) {
            h << "<table><tr><th>Time (UTC)</th><th>Signer</th><th>Key fingerprint</th><th>Role</th><th>Decision</th><th>Comment</th><th>Counts</th></tr>\n";
            for (const auto &d : q.decisions) {
                h << "<tr><td>" << time(d.tsMs) << "</td><td>" << escape(d.signerName) << " &lt;" << escape(d.signerEmail) << "&gt;</td><td><code>"
                  << escape(d.fingerprint) << "</code></td><td>" << escape(d.role) << "</td><td>" << escape(d.decision);
                for (const auto &c : d.conditions)
                    h << "<br>condition: " << escape(c);
                h << "</td><td>" << escape(d.comment) << "</td><td>" << (d.counts ? "yes" : "no: " + escape(d.whyNot)) << "</td></tr>\n";
            }
            h << "</table>\n";
        }
        for (const auto &e : q.exceptions) {
            h << "<p>Exception by " << escape(e.signerName) << " (<code>" << escape(e.fingerprint) << "</code>) at " << time(e.tsMs)
              << " until " << time(e.expiresMs) << " covering ";
            for (const auto &c : e.covers)
                h << "<code>" << escape(c) << "</code> ";
            h << ": " << escape(e.reason) << "</p>\n";
        }
    }
    h << "</body></html>\n";
    return h.str();
}

} // namespace cs::report
