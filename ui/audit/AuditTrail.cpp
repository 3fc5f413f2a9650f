#include "audit/AuditTrail.h"

#include "audit/EntryContent.h"
#include "common/Text.h"

#include <QCoreApplication>
#include <QDateTime>

#include <algorithm>
#include <limits>
#include <set>

namespace cs::ui {

namespace {

QString t(const char *text)
{
    return QCoreApplication::translate("cs::ui::AuditTrail", text);
}

std::string str(const nlohmann::json &content, const char *key)
{
    return audit::stringMember(content, key);
}

std::vector<std::string> strings(const nlohmann::json &content, const char *key)
{
    std::vector<std::string> out;
    const auto it = content.is_object() ? content.find(key) : content.end();
    if (it == content.end() || !it->is_array())
        return out;
    for (const auto &item : *it) {
        if (item.is_string())
            out.push_back(item.get<std::string>());
    }
    return out;
}

QString roleList(const std::vector<std::string> &roles)
{
    QStringList titles;
    for (const auto &role : roles)
        titles.append(roleTitle(role));
    return titles.join(QStringLiteral(", "));
}

QString decisionTitle(const std::string &decision)
{
    if (decision == "approve")
        return t(QT_TRANSLATE_NOOP("cs::ui::AuditTrail", "approve"));
    if (decision == "approve_with_conditions")
        return t(QT_TRANSLATE_NOOP("cs::ui::AuditTrail", "approve with conditions"));
    if (decision == "request_changes")
        return t(QT_TRANSLATE_NOOP("cs::ui::AuditTrail", "request changes"));
    if (decision == "reject")
        return t(QT_TRANSLATE_NOOP("cs::ui::AuditTrail", "reject"));
    return qs(decision);
}

// Withdrawals name a decision, not necessarily a request: the request is the decision's.
std::string requestOf(const audit::VerificationReport &report, const audit::SignedEntry &e,
                      const std::map<std::string, std::size_t> &byId)
{
    std::string request = str(e.body.content, "request_id");
    if (!request.empty() || e.body.type != audit::entry_type::Withdraw)
        return request;
    const auto it = byId.find(str(e.body.content, "entry"));
    if (it == byId.end() || !report.entries[it->second].entry)
        return {};
    return str(report.entries[it->second].entry->body.content, "request_id");
}

QString summaryOf(const audit::SignedEntry &e, const audit::Roster *roster)
{
    const auto &c = e.body.content;
    const std::string &type = e.body.type;
    if (type == audit::entry_type::Roster) {
        QStringList parts;
        const auto grants = c.value("grants", nlohmann::json::array());
        for (const auto &g : grants) {
            if (!g.is_object())
                continue;
            parts.append(t(QT_TRANSLATE_NOOP("cs::ui::AuditTrail", "grants %1 %2"))
                             .arg(qs(str(g, "name")), roleList(strings(g, "roles"))));
        }
        const auto revocations = c.value("revocations", nlohmann::json::array());
        for (const auto &r : revocations) {
            const std::string key = str(r, "key");
            const auto member = roster ? roster->member(key) : std::nullopt;
            parts.append(t(QT_TRANSLATE_NOOP("cs::ui::AuditTrail", "revokes %1"))
                             .arg(member ? qs(member->name) : keyFingerprint(key)));
        }
        return parts.isEmpty() ? t(QT_TRANSLATE_NOOP("cs::ui::AuditTrail", "empty roster entry"))
                               : parts.join(QStringLiteral("; "));
    }
    if (type == audit::entry_type::PackageReceived) {
        const auto required = strings(c, "required_signoffs");
        return t(QT_TRANSLATE_NOOP("cs::ui::AuditTrail", "%1 %2 (%3), %4 track; needs %5"))
            .arg(qs(str(c, "name")), qs(str(c, "version")), kindTitle(str(c, "kind")), qs(str(c, "track")),
                 required.empty() ? t(QT_TRANSLATE_NOOP("cs::ui::AuditTrail", "no sign-off")) : roleList(required));
    }
    if (type == audit::entry_type::Decision) {
        QString text = t(QT_TRANSLATE_NOOP("cs::ui::AuditTrail", "%1 as %2"))
                           .arg(decisionTitle(str(c, "decision")), roleTitle(str(c, "role")));
        const std::string comment = str(c, "comment");
        return comment.empty() ? text : text + QStringLiteral(": ") + qs(comment);
    }
    if (type == audit::entry_type::Exception) {
        return t(QT_TRANSLATE_NOOP("cs::ui::AuditTrail", "exception covering %1 until %2: %3"))
            .arg(qsList(strings(c, "covers")).join(QStringLiteral(", ")),
                 formatTimeUtc(c.value("expires_ms", std::int64_t{0})), qs(str(c, "reason")));
    }
    if (type == audit::entry_type::Comment)
        return qs(str(c, "text"));
    if (type == audit::entry_type::Withdraw)
        return t(QT_TRANSLATE_NOOP("cs::ui::AuditTrail", "withdraws decision %1…: %2"))
            .arg(qs(str(c, "entry").substr(0, 12)), qs(str(c, "reason")));
    if (type == audit::entry_type::End)
        return t(QT_TRANSLATE_NOOP("cs::ui::AuditTrail", "retires this key; nothing after it counts"));
    return qs(type);
}

// The roster names the anchor "administrator" unless it granted itself a name; either way an
// auditor should see which key is the store's trust anchor.
QString anchorName(const QString &rosterName)
{
    return t(QT_TRANSLATE_NOOP("cs::ui::AuditTrail", "%1 (trust anchor)"))
        .arg(rosterName.isEmpty() ? t(QT_TRANSLATE_NOOP("cs::ui::AuditTrail", "administrator")) : rosterName);
}

std::string claimedRoleOf(const audit::SignedEntry &e)
{
    if (e.body.type == audit::entry_type::Decision)
        return str(e.body.content, "role");
    if (e.body.type == audit::entry_type::Exception)
        return "risk_officer";
    if (e.body.type == audit::entry_type::Roster)
        return "admin";
    return {};
}

} // namespace

const TrailRow *AuditTrail::row(const std::string &entryId) const
{
    const int i = rowIndex(entryId);
    return i < 0 ? nullptr : &rows[static_cast<std::size_t>(i)];
}

int AuditTrail::rowIndex(const std::string &entryId) const
{
    for (std::size_t i = 0; i < rows.size(); ++i) {
        if (rows[i].entryId == entryId)
            return static_cast<int>(i);
    }
    return -1;
}

const audit::RequestStatus *AuditTrail::status(const std::string &requestId) const
{
    const auto it = statuses.find(requestId);
    return it == statuses.end() ? nullptr : &it->second;
}

const TrailPerson *AuditTrail::person(const std::string &key) const
{
    const auto it = std::find_if(people.begin(), people.end(), [&](const TrailPerson &p) { return p.key == key; });
    return it == people.end() ? nullptr : &*it;
}

QString keyFingerprint(const std::string &hexKey)
{
    auto key = audit::PublicKey::fromHex(std::string_view(hexKey));
    return key ? audit::fingerprint(*key) : qs(hexKey.substr(0, 16)) + QStringLiteral("…");
}

QString entryTypeTitle(const std::string &type)
{
    if (type == audit::entry_type::Roster)
        return t(QT_TRANSLATE_NOOP("cs::ui::AuditTrail", "Roster"));
    if (type == audit::entry_type::PackageReceived)
        return t(QT_TRANSLATE_NOOP("cs::ui::AuditTrail", "Package received"));
    if (type == audit::entry_type::Decision)
        return t(QT_TRANSLATE_NOOP("cs::ui::AuditTrail", "Decision"));
    if (type == audit::entry_type::Exception)
        return t(QT_TRANSLATE_NOOP("cs::ui::AuditTrail", "Exception"));
    if (type == audit::entry_type::Comment)
        return t(QT_TRANSLATE_NOOP("cs::ui::AuditTrail", "Comment"));
    if (type == audit::entry_type::Withdraw)
        return t(QT_TRANSLATE_NOOP("cs::ui::AuditTrail", "Withdrawal"));
    if (type == audit::entry_type::End)
        return t(QT_TRANSLATE_NOOP("cs::ui::AuditTrail", "Key retired"));
    return qs(type);
}

QString checkTitle(EntryCheck check)
{
    switch (check) {
    case EntryCheck::Verified: return t(QT_TRANSLATE_NOOP("cs::ui::AuditTrail", "Verified"));
    case EntryCheck::Warning: return t(QT_TRANSLATE_NOOP("cs::ui::AuditTrail", "Verified, with a warning"));
    case EntryCheck::Failed: return t(QT_TRANSLATE_NOOP("cs::ui::AuditTrail", "Failed"));
    case EntryCheck::NotCounted: return t(QT_TRANSLATE_NOOP("cs::ui::AuditTrail", "Does not count"));
    }
    return {};
}

QString formatTimeUtc(std::int64_t ms)
{
    return QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC).toString(QStringLiteral("yyyy-MM-dd HH:mm:ss"));
}

std::shared_ptr<const AuditTrail> buildAuditTrail(std::shared_ptr<const audit::VerificationReport> report)
{
    auto trail = std::make_shared<AuditTrail>();
    trail->report = report;
    if (!report)
        return trail;
    const audit::Roster *roster = report->m_roster ? &report->roster() : nullptr;

    std::map<std::string, std::size_t> byId;
    for (std::size_t i = 0; i < report->entries.size(); ++i)
        byId.emplace(report->entries[i].row.id, i);
    std::map<std::string, QStringList> reasons;
    for (const auto &p : report->problems)
        reasons[p.entryId].append(qs(p.kind) + QStringLiteral(": ") + qs(p.message));

    std::set<std::string> authors;
    std::set<std::string> seenRequests;
    std::map<std::string, std::vector<const audit::SignedEntry *>> validByRequest;
    trail->rows.reserve(report->entries.size());
    for (std::size_t i = 0; i < report->entries.size(); ++i) {
        const audit::CheckedEntry &c = report->entries[i];
        TrailRow r;
        r.index = i;
        r.entryId = c.row.id;
        r.readable = c.entry.has_value();
        // The row's own columns stand in for what an unreadable body would have said.
        r.authorKey = c.entry ? c.entry->body.author : c.row.author;
        r.type = c.entry ? c.entry->body.type : c.row.type;
        r.seq = c.entry ? c.entry->body.seq : c.row.seq;
        r.fingerprint = keyFingerprint(r.authorKey);
        if (const auto member = roster ? roster->member(r.authorKey) : std::nullopt) {
            r.authorName = qs(member->name);
            r.authorRoles.assign(member->roles.begin(), member->roles.end());
        }
        if (r.authorKey == report->anchor) {
            r.authorName = anchorName(r.authorName);
            if (r.authorRoles.empty())
                r.authorRoles = {"admin"};
        }
        if (c.entry) {
            r.tsMs = c.entry->body.tsMs;
            r.claimedRole = claimedRoleOf(*c.entry);
            r.requestId = requestOf(*report, *c.entry, byId);
            r.summary = summaryOf(*c.entry, roster);
        } else {
            r.summary = t(QT_TRANSLATE_NOOP("cs::ui::AuditTrail", "unreadable entry"));
        }
        if (!r.claimedRole.empty())
            r.claimedRoles = {r.claimedRole};
        const auto named = reasons.find(r.entryId);
        if (named != reasons.end()) {
            r.reason = named->second.join(QStringLiteral("; "));
            r.check = c.valid ? EntryCheck::Warning : EntryCheck::Failed;
        } else if (!c.valid) {
            r.check = EntryCheck::NotCounted;
            r.reason =
                report->fatal()
                    ? t(QT_TRANSLATE_NOOP("cs::ui::AuditTrail", "the store has a fatal problem, so no entry counts"))
                    : t(QT_TRANSLATE_NOOP(
                          "cs::ui::AuditTrail",
                          "an earlier entry of this feed, or the roster it relies on, failed verification"));
        }
        authors.insert(r.authorKey);
        if (!r.requestId.empty()) {
            if (seenRequests.insert(r.requestId).second)
                trail->requestIds.push_back(r.requestId);
            // Grouped by the entry's own request_id, exactly as the core derives a request's trail.
            const std::string own = c.entry ? str(c.entry->body.content, "request_id") : std::string();
            if (c.valid && !own.empty())
                validByRequest[own].push_back(&*c.entry);
        }
        trail->rows.push_back(std::move(r));
    }
    trail->feeds = authors.size();
    // A timeline: by the authors' time stamps, ties in arrival order. An unreadable entry has no
    // time stamp and stays beside the entry that arrived before it.
    std::int64_t previous = std::numeric_limits<std::int64_t>::min();
    std::vector<std::pair<std::int64_t, std::size_t>> order;
    order.reserve(trail->rows.size());
    for (std::size_t i = 0; i < trail->rows.size(); ++i) {
        if (trail->rows[i].readable)
            previous = trail->rows[i].tsMs;
        order.emplace_back(previous, i);
    }
    std::stable_sort(order.begin(), order.end(), [](const auto &a, const auto &b) { return a.first < b.first; });
    std::vector<TrailRow> sorted;
    sorted.reserve(trail->rows.size());
    for (const auto &[time, i] : order)
        sorted.push_back(std::move(trail->rows[i]));
    trail->rows = std::move(sorted);

    if (roster) {
        for (const auto &id : trail->requestIds)
            trail->statuses.emplace(id, audit::deriveRequestState(id, validByRequest[id], *roster));
    }

    for (const auto &key : authors) {
        TrailPerson p;
        p.key = key;
        p.fingerprint = keyFingerprint(key);
        if (const auto member = roster ? roster->member(key) : std::nullopt) {
            p.name = qs(member->name);
            p.email = qs(member->email);
        }
        if (key == report->anchor)
            p.name = anchorName(p.name);
        trail->people.push_back(std::move(p));
    }
    std::stable_sort(trail->people.begin(), trail->people.end(), [](const TrailPerson &a, const TrailPerson &b) {
        // Named people first, alphabetically; unknown keys after them.
        if (a.name.isEmpty() != b.name.isEmpty())
            return b.name.isEmpty();
        return a.name.localeAwareCompare(b.name) < 0;
    });
    return trail;
}

} // namespace cs::ui
