#pragma once

// Checks a store's entries the way an auditor would (audit contract, "Verification"): every
// signature and id, every feed's chain, every decision's role against the roster, the `seen`
// witnesses and the clocks. Each problem names the entry it concerns.

#include "audit/AuditStore.h"
#include "audit/Roster.h"

#include <functional>
#include <memory>

namespace cs::audit {

namespace problem {
inline constexpr const char *IdMismatch = "id_mismatch";
inline constexpr const char *BadSignature = "bad_signature";
inline constexpr const char *Malformed = "malformed";
inline constexpr const char *ForeignStore = "foreign_store";
inline constexpr const char *Fork = "fork";
inline constexpr const char *Gap = "removed_entry";
inline constexpr const char *BrokenChain = "broken_chain";
inline constexpr const char *Reordered = "reordered";
inline constexpr const char *Revoked = "revoked_key";
inline constexpr const char *Retired = "retired_key";
inline constexpr const char *Unauthorised = "unauthorised";
inline constexpr const char *RosterFork = "roster_fork";
inline constexpr const char *Withheld = "withheld_tail";
inline constexpr const char *SplitView = "split_view";
inline constexpr const char *TimeBackwards = "time_backwards";
inline constexpr const char *TimeFuture = "time_future";
inline constexpr const char *AnchorMismatch = "anchor_mismatch";
} // namespace problem

struct Problem
{
    std::string kind;
    std::string entryId;
    std::string author;
    std::int64_t seq = 0;
    std::string message;
    bool fatal = false;
};

struct CheckedEntry
{
    // Its id, author, seq and type. The report keeps no signed bytes: the store holds them
    // (AuditStore::entry), and a report of a large store would otherwise hold a second copy of it.
    StoredRow row;
    std::optional<SignedEntry> entry; // decoded, when the bytes could be decoded; signedBytes empty
    bool valid = false;               // counts for state derivation
};

class VerificationReport
{
public:
    std::vector<CheckedEntry> entries; // in row order
    std::vector<Problem> problems;
    std::string storeId;
    std::string anchor;

    bool clean() const { return problems.empty(); }
    bool fatal() const;
    std::vector<const SignedEntry *> validEntries() const;
    const Roster &roster() const { return *m_roster; }
    const CheckedEntry *find(const std::string &id) const;

    std::unique_ptr<Roster> m_roster;
};

// Called from worker threads while the signatures are checked, with how many entries are done
// out of how many; it must be thread-safe (a queued signal is).
using VerifyProgress = std::function<void(std::size_t done, std::size_t total)>;

// `nowMs` is the verifier's clock, for time stamps that lie in the future.
VerificationReport verifyRows(std::vector<StoredRow> rows, const std::string &storeId, const std::string &anchor,
                              std::int64_t nowMs, const VerifyProgress &progress = {});
// Reads the store in chunks of `chunkRows` rows, checking one while reading the next.
inline constexpr std::size_t kVerifyChunkRows = 8192;
Result<VerificationReport> verifyStore(const AuditStore &store, std::int64_t nowMs, const VerifyProgress &progress = {},
                                       std::size_t chunkRows = kVerifyChunkRows);

// An auditor's check that the store trusts the administrator they were told of (the anchor
// they were given with the file): a store pinned to another anchor gets a fatal problem, and
// none of its entries counts.
void checkExpectedAnchor(VerificationReport &report, const PublicKey &expected);

std::int64_t currentTimeMs();

} // namespace cs::audit
