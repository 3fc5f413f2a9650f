#pragma once

// What the auditor's views show of a verified store, computed once off the UI thread: one row
// per stored entry (who, which role, what, and whether it verified, with the problems naming
// it) and the derived state of every request. The views only read it, so models and panels
// stay cheap however large the store is.

#include "audit/RequestState.h"
#include "audit/Verification.h"

#include <QString>

#include <map>
#include <memory>
#include <string>
#include <vector>

namespace cs::ui {

enum class EntryCheck {
    Verified,   // valid, no problem names it
    Warning,    // valid (it counts), but a problem names it
    Failed,     // a problem names it and it does not count
    NotCounted, // does not count because of a problem elsewhere in its feed or the roster
};

struct TrailRow
{
    std::size_t index = 0; // into report->entries (row order)
    std::string entryId;
    bool readable = false; // the signed bytes decoded
    std::int64_t tsMs = 0;
    std::int64_t seq = 0;
    std::string authorKey;
    QString authorName; // from the roster; empty when the key is no member
    QString fingerprint;
    std::string claimedRole;              // a decision's role; risk_officer for exceptions; admin for roster entries
    std::vector<std::string> authorRoles; // what the roster grants the author, for entries that claim no role
    std::string type;
    std::string requestId;
    QString summary;
    EntryCheck check = EntryCheck::Verified;
    QString reason; // "kind: message" of every problem naming this entry

    // The roles the role filter matches: the claimed role, or else the author's.
    const std::vector<std::string> &matchRoles() const
    {
        return claimedRole.empty() ? authorRoles : claimedRoles;
    }
    std::vector<std::string> claimedRoles; // {claimedRole}, or empty
};

struct TrailPerson
{
    std::string key;
    QString name; // empty when not in the roster
    QString email;
    QString fingerprint;
};

struct AuditTrail
{
    std::shared_ptr<const audit::VerificationReport> report;
    std::vector<TrailRow> rows;                           // by time stamp, ties in row order
    std::map<std::string, audit::RequestStatus> statuses; // every request any entry names
    std::vector<std::string> requestIds;                  // first-seen order
    std::vector<TrailPerson> people;                      // every author, by name then key
    std::size_t feeds = 0;

    const TrailRow *row(const std::string &entryId) const;
    int rowIndex(const std::string &entryId) const; // -1 when not stored
    const audit::RequestStatus *status(const std::string &requestId) const;
    const TrailPerson *person(const std::string &key) const;
};

// Pure and thread-safe (the report is only read): run it on a worker thread.
std::shared_ptr<const AuditTrail> buildAuditTrail(std::shared_ptr<const audit::VerificationReport> report);

// "8f3a 9c01 … " of a hex key, or the key's first digits when it is no valid key.
QString keyFingerprint(const std::string &hexKey);
QString entryTypeTitle(const std::string &type);
QString checkTitle(EntryCheck check);
QString formatTimeUtc(std::int64_t ms);

} // namespace cs::ui
