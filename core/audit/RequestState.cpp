#include "RequestState.h"

#include <functional>
#include <map>
#include <set>

namespace cs::audit {

namespace {

std::vector<std::string> strings(const nlohmann::json &j)
{
    std::vector<std::string> out;
    if (j.is_array()) {
        for (const auto &s : j) {
            if (s.is_string())
                out.push_back(s.get<std::string>());
        }
    }
    return out;
}

std::string str(const nlohmann::json &content, const char *key)
{
    const auto it = content.find(key);
    return it != content.end() && it->is_string() ? it->get<std::string>() : std::string();
}

bool isApproval(const std::string &decision)
{
    return decision == "approve" || decision == "approve_with_conditions";
}

} // namespace

std::vector<std::string> requestIds(const std::vector<const SignedEntry *> &validEntries)
{
    std::vector<std::string> out;
    std::set<std::string> seen;
    for (const SignedEntry *e : validEntries) {
        if (e->body.type != entry_type::PackageReceived)
            continue;
        const std::string id = str(e->body.content, "request_id");
        if (!id.empty() && seen.insert(id).second)
            out.push_back(id);
    }
    return out;
}

RequestStatus deriveRequestState(const std::string &requestId, const std::vector<const SignedEntry *> &validEntries,
                                 const Roster &roster)
{
    RequestStatus status;
    status.requestId = requestId;
    // A withdrawal names the decision it takes back, not the request (contract: `{entry,
    // reason}`): it belongs to the trail of the request its decision belongs to.
    std::set<std::string> decisions;
    for (const SignedEntry *e : validEntries) {
        if (e->body.type == entry_type::Decision && str(e->body.content, "request_id") == requestId)
            decisions.insert(e->id);
    }
    for (const SignedEntry *e : validEntries) {
        const bool ofRequest = e->body.type == entry_type::Withdraw
                                   ? decisions.count(str(e->body.content, "entry")) > 0
                                   : e->body.type != entry_type::Roster && e->body.type != entry_type::End &&
                                         str(e->body.content, "request_id") == requestId;
        if (ofRequest)
            status.trail.push_back(e);
    }

    // The request's current package: the newest package_received (ties broken by id).
    const SignedEntry *current = nullptr;
    for (const SignedEntry *e : status.trail) {
        if (e->body.type != entry_type::PackageReceived)
            continue;
        if (!current || e->body.tsMs > current->body.tsMs ||
            (e->body.tsMs == current->body.tsMs && e->id > current->id))
            current = e;
    }
    if (!current) {
        status.reasons.push_back("No package has been received for this request.");
        return status;
    }
    const auto &c = current->body.content;
    ReceivedPackage p;
    p.entryId = current->id;
    p.packageDigest = str(c, "package_digest");
    p.policyDigest = str(c, "policy_digest");
    p.name = str(c, "name");
    p.version = str(c, "version");
    p.kind = str(c, "kind");
    p.submittedBy = str(c, "submitted_by");
    p.track = str(c, "track");
    p.requiredSignoffs = strings(c.value("required_signoffs", nlohmann::json::array()));
    p.failChecks = strings(c.value("fail_checks", nlohmann::json::array()));
    p.tsMs = current->body.tsMs;
    status.package = p;

    // Withdrawals name the author's own decision.
    std::set<std::string> withdrawn;
    for (const SignedEntry *e : status.trail) {
        if (e->body.type == entry_type::Withdraw)
            withdrawn.insert(e->body.author + "/" + str(e->body.content, "entry"));
    }

    // Each person's latest decision per role on the current digest is the one that stands; if
    // its author withdrew it, none of theirs stands in that role (an older one does not revive).
    std::map<std::pair<std::string, std::string>, std::size_t> latest; // (author, role) -> index
    for (const SignedEntry *e : status.trail) {
        if (e->body.type != entry_type::Decision)
            continue;
        DecisionRecord d;
        d.entry = e;
        d.author = roster.member(e->body.author, e->body.rosterRef).value_or(Member{e->body.author, "", "", {}});
        d.role = str(e->body.content, "role");
        d.decision = str(e->body.content, "decision");
        d.counts = true;
        if (str(e->body.content, "package_digest") != p.packageDigest) {
            d.counts = false;
            d.why = "on an older package digest";
        } else if (!d.author.email.empty() && d.author.email == p.submittedBy) {
            d.counts = false;
            d.why = "by the submitter";
        } else if (std::find(p.requiredSignoffs.begin(), p.requiredSignoffs.end(), d.role) ==
                   p.requiredSignoffs.end()) {
            d.counts = false;
            d.why = "in a role this track does not require";
        }
        status.decisions.push_back(d);
        if (!d.counts)
            continue;
        const auto key = std::make_pair(e->body.author, d.role);
        const std::size_t index = status.decisions.size() - 1;
        const auto it = latest.find(key);
        if (it == latest.end()) {
            latest[key] = index;
            continue;
        }
        const bool newer = status.decisions[it->second].entry->body.seq < e->body.seq;
        DecisionRecord &older = status.decisions[newer ? it->second : index];
        older.counts = false;
        older.why = "superseded by the same person's later decision";
        if (newer)
            it->second = index;
    }
    for (const auto &[key, index] : latest) {
        DecisionRecord &d = status.decisions[index];
        if (withdrawn.count(d.entry->body.author + "/" + d.entry->id)) {
            d.counts = false;
            d.why = "withdrawn by its author";
        }
    }

    std::map<std::string, std::vector<const DecisionRecord *>> approvals, rejections, changes;
    for (const auto &d : status.decisions) {
        if (!d.counts)
            continue;
        if (isApproval(d.decision))
            approvals[d.role].push_back(&d);
        else if (d.decision == "reject")
            rejections[d.role].push_back(&d);
        else if (d.decision == "request_changes")
            changes[d.role].push_back(&d);
    }

    // Whatever order the entries arrived in, every store matches approvals in the same order.
    for (auto *lists : {&approvals, &rejections, &changes}) {
        for (auto &[role, list] : *lists)
            std::sort(list.begin(), list.end(), [](const DecisionRecord *a, const DecisionRecord *b) {
                return std::make_pair(a->entry->body.tsMs, a->entry->id) <
                       std::make_pair(b->entry->body.tsMs, b->entry->id);
            });
    }

    // Exceptions on this digest, by a risk officer (checked by verification), keyed by what they cover.
    std::map<std::string, std::vector<std::int64_t>> coverExpiry;
    for (const SignedEntry *e : status.trail) {
        if (e->body.type != entry_type::Exception || str(e->body.content, "package_digest") != p.packageDigest)
            continue;
        status.exceptions.push_back(e);
        const auto expiresIt = e->body.content.find("expires_ms");
        const std::int64_t expires =
            expiresIt != e->body.content.end() && expiresIt->is_number_integer() ? expiresIt->get<std::int64_t>() : 0;
        for (const auto &check : strings(e->body.content.value("covers", nlohmann::json::array())))
            coverExpiry[check].push_back(expires);
    }

    // Required roles matched to distinct people (emails), none the submitter. The search keeps
    // the fullest assignment, so a partly signed request shows who signed and what is missing.
    std::vector<Signoff> chosen, best;
    std::set<std::string> used;
    std::function<void(std::size_t)> assign = [&](std::size_t r) {
        if (best.size() == p.requiredSignoffs.size())
            return;
        if (r == p.requiredSignoffs.size()) {
            if (chosen.size() > best.size())
                best = chosen;
            return;
        }
        const std::string &role = p.requiredSignoffs[r];
        for (const DecisionRecord *d : approvals[role]) {
            const std::string person = d->author.email.empty() ? d->author.key : d->author.email;
            if (used.count(person))
                continue;
            used.insert(person);
            chosen.push_back({role, d->author, d->entry->id, d->decision});
            assign(r + 1);
            chosen.pop_back();
            used.erase(person);
        }
        assign(r + 1); // this role left unsigned
    };
    assign(0);
    const bool allSigned = best.size() == p.requiredSignoffs.size();
    chosen = best;

    for (const std::string &role : p.requiredSignoffs) {
        const auto it = std::find_if(chosen.begin(), chosen.end(), [&](const Signoff &s) { return s.role == role; });
        status.signoffs.push_back(it != chosen.end() ? *it : Signoff{role, std::nullopt, std::nullopt, {}});
    }

    std::int64_t approvalTime = p.tsMs;
    for (const auto &s : chosen) {
        for (const SignedEntry *e : status.trail) {
            if (e->id == *s.entryId)
                approvalTime = std::max(approvalTime, e->body.tsMs);
        }
    }
    for (const auto &check : p.failChecks) {
        const auto it = coverExpiry.find(check);
        const bool covered =
            it != coverExpiry.end() &&
            std::any_of(it->second.begin(), it->second.end(), [&](std::int64_t exp) { return exp > approvalTime; });
        if (!covered)
            status.uncoveredFailChecks.push_back(check);
    }

    bool conflict = false;
    for (const auto &[role, list] : rejections) {
        if (!approvals[role].empty()) {
            conflict = true;
            status.reasons.push_back("Role " + role + " holds both an approval and a rejection.");
        }
    }
    if (conflict) {
        status.state = request_state::Conflict;
    } else if (!rejections.empty()) {
        status.state = request_state::Rejected;
        for (const auto &[role, list] : rejections) {
            status.reasons.push_back("Rejected by " + list.front()->author.name + " as " + role + ".");
            for (const auto *d : list)
                status.decidedAtMs = std::min(status.decidedAtMs.value_or(d->entry->body.tsMs), d->entry->body.tsMs);
        }
    } else if (!changes.empty()) {
        status.state = request_state::ChangesRequested;
        for (const auto &[role, list] : changes) {
            status.reasons.push_back("Changes requested by " + list.front()->author.name + " as " + role + ".");
            for (const auto *d : list)
                status.decidedAtMs = std::min(status.decidedAtMs.value_or(d->entry->body.tsMs), d->entry->body.tsMs);
        }
    } else if (allSigned && status.uncoveredFailChecks.empty()) {
        status.state = request_state::Approved;
        status.decidedAtMs = approvalTime;
        if (p.requiredSignoffs.empty())
            status.reasons.push_back("The " + p.track + " track needs no sign-off: approved by policy.");
        else
            status.reasons.push_back(
                "Every required role has an approval by a distinct person on this package digest.");
    } else {
        status.state = request_state::Pending;
        for (const auto &s : status.signoffs) {
            if (!s.signer)
                status.reasons.push_back("Missing an approval as " + s.role + ".");
        }
        bool someoneTwice = false;
        for (const auto &s : status.signoffs) {
            if (!s.signer && !approvals[s.role].empty())
                someoneTwice = true;
        }
        if (someoneTwice)
            status.reasons.push_back("An approval is missing because the same person cannot take two required roles.");
        for (const auto &check : status.uncoveredFailChecks)
            status.reasons.push_back("Fail finding " + check + " is not covered by a valid policy exception.");
    }
    return status;
}

} // namespace cs::audit
