#pragma once

// The state of a deployment request, derived from valid entries alone (audit contract, "Types
// and content"), so that two stores holding the same entries always agree.

#include "audit/Roster.h"

namespace cs::audit {

namespace request_state {
inline constexpr const char *Pending = "pending";
inline constexpr const char *Approved = "approved";
inline constexpr const char *Rejected = "rejected";
inline constexpr const char *ChangesRequested = "changes_requested";
inline constexpr const char *Conflict = "conflict";
} // namespace request_state

struct ReceivedPackage
{
    std::string entryId;
    std::string packageDigest;
    std::string policyDigest;
    std::string name, version, kind, submittedBy, track;
    std::vector<std::string> requiredSignoffs;
    std::vector<std::string> failChecks;
    std::int64_t tsMs = 0;
};

struct Signoff
{
    std::string role;
    std::optional<Member> signer; // who approved in this role (empty: missing)
    std::optional<std::string> entryId;
    std::string decision; // approve or approve_with_conditions
};

struct DecisionRecord
{
    const SignedEntry *entry = nullptr;
    Member author;
    std::string role;
    std::string decision;
    bool counts = false; // on the current digest, not withdrawn, not superseded, not the submitter
    std::string why;     // why it does not count
};

struct RequestStatus
{
    std::string requestId;
    std::string state = request_state::Pending;
    std::optional<ReceivedPackage> package;
    std::vector<Signoff> signoffs; // one per required role
    std::vector<std::string> uncoveredFailChecks;
    std::vector<DecisionRecord> decisions;
    std::vector<const SignedEntry *> exceptions;
    std::vector<std::string> reasons;        // how the state follows from the entries
    std::optional<std::int64_t> decidedAtMs; // when the state became final (approved/rejected/changes)
    std::vector<const SignedEntry *> trail;  // every valid entry about this request
};

// Time of "now" matters only for nothing: exceptions are judged at the time of the approval.
RequestStatus deriveRequestState(const std::string &requestId, const std::vector<const SignedEntry *> &validEntries,
                                 const Roster &roster);

// Every request id named by a valid package_received entry, in first-seen order.
std::vector<std::string> requestIds(const std::vector<const SignedEntry *> &validEntries);

} // namespace cs::audit
