#pragma once

// Who may do what, from the administrator's roster entries (audit contract, "Identities and
// the roster"): grants accumulate up to the roster entry a decision names; a revocation is a
// cut-point in the revoked author's feed, never a time.

#include "audit/AuditStore.h"
#include "audit/Entry.h"

#include <map>
#include <memory>
#include <mutex>
#include <set>

namespace cs::audit {

inline constexpr std::array kRoles = {"ml_platform_engineer",
                                      "ml_governance_analyst",
                                      "risk_officer",
                                      "security_reviewer",
                                      "data_steward",
                                      "auditor",
                                      "admin"};
bool isKnownRole(const std::string &role);

struct Member
{
    std::string key;
    std::string name;
    std::string email;
    std::set<std::string> roles;
};

class Roster
{
public:
    // `rosterEntries`: the anchor's valid roster entries in seq order.
    Roster(std::string anchor, std::vector<const SignedEntry *> rosterEntries);

    const std::string &anchor() const { return m_anchor; }
    // Members as granted by the roster entries up to and including `rosterRef` (all when null).
    std::map<std::string, Member> membersAsOf(const std::optional<std::string> &rosterRef) const;
    std::optional<Member> member(const std::string &key,
                                 const std::optional<std::string> &rosterRef = std::nullopt) const;
    // Whether the roster up to `rosterRef` lists `key`: member() without the copy.
    bool lists(const std::string &key, const std::optional<std::string> &rosterRef) const;
    bool grants(const std::string &key, const std::string &role, const std::optional<std::string> &rosterRef) const;
    bool knowsRosterEntry(const std::string &id) const;
    // Entries of `key` with seq above the cut are invalid; nullopt when never revoked.
    std::optional<std::int64_t> revocationCut(const std::string &key) const;

private:
    using MemberMap = std::map<std::string, Member>;
    const MemberMap &membersUpTo(std::size_t count) const;
    const Member *find(const std::string &key, const std::optional<std::string> &rosterRef) const;

    std::string m_anchor;
    std::vector<const SignedEntry *> m_entries;
    std::map<std::string, std::size_t> m_position; // roster entry id -> index
    std::map<std::string, std::int64_t> m_cuts;
    // Members as of each roster entry (index: how many entries), computed on first use:
    // verification asks for them once per entry it checks, from every core, and once made they
    // are read without a lock.
    mutable std::vector<std::unique_ptr<MemberMap>> m_members;
    std::unique_ptr<std::once_flag[]> m_made;
};

// Content validation for roster entries (used when writing and when verifying).
Result<bool> checkRosterContent(const nlohmann::json &content);

// The content of a roster entry granting `roles` to the key `keyHex`; refused when it would not
// pass checkRosterContent (an unknown role, an empty name).
Result<nlohmann::json> rosterGrantContent(const std::string &keyHex, const std::string &name, const std::string &email,
                                          const std::vector<std::string> &roles);
// The content of a roster entry revoking `keyHex`, cut after the newest entry of that key the
// store holds (0: none of its entries count). A cut-point, never a time: entries that others
// already hold stay valid, anything later does not.
Result<nlohmann::json> rosterRevocationContent(const AuditStore &store, const std::string &keyHex);

} // namespace cs::audit
