#pragma once

// One signed entry of an author's feed (audit contract, "Entries and feeds"): the body as
// typed values, its canonical bytes, the DSSE signed bytes, the signature and the id.

#include "audit/Hex.h"
#include "audit/Signing.h"
#include "util/Result.h"

#include <nlohmann/json.hpp>

#include <map>
#include <optional>
#include <shared_mutex>
#include <string>
#include <vector>

namespace cs::audit {

namespace entry_type {
inline constexpr const char *Roster = "roster";
inline constexpr const char *PackageReceived = "package_received";
inline constexpr const char *Decision = "decision";
inline constexpr const char *Exception = "exception";
inline constexpr const char *Comment = "comment";
inline constexpr const char *Withdraw = "withdraw";
inline constexpr const char *End = "end";
} // namespace entry_type

bool isKnownEntryType(const std::string &type);

struct SeenRef
{
    Hex256 author;
    std::int64_t seq = 0;
    Hex256 id;

    friend bool operator==(const SeenRef &, const SeenRef &) = default;
};

struct EntryBody
{
    std::string store;
    std::string author; // hex public key
    std::int64_t seq = 1;
    std::optional<std::string> prev;
    std::int64_t tsMs = 0;
    std::string type;
    std::optional<std::string> rosterRef;
    std::vector<SeenRef> seen;
    nlohmann::json content = nlohmann::json::object();
};

nlohmann::json bodyToJson(const EntryBody &body);
// Checks the body's shape: every member present with its type, nothing else.
Result<EntryBody> bodyFromJson(const nlohmann::json &json);

struct SignedEntry
{
    std::string id;          // lowercase hex SHA-256 of signedBytes
    std::string signedBytes; // DSSE pre-authentication encoding of the canonical body
    std::string signature;   // 64 raw bytes
    EntryBody body;
};

// Canonicalises, frames and signs a body; the seed must be the body's author.
Result<SignedEntry> signEntry(const EntryBody &body, const SecretSeed &seed);

// The import rule: the signed bytes must frame a canonical body of the entry type; the id is
// recomputed. The signature is NOT checked here (see verifyEntrySignature).
Result<SignedEntry> decodeEntry(std::string_view signedBytes, std::string_view signature);
// The same, taking the bytes over when they decode (they are left alone when they do not): a
// store's verification holds every entry's bytes once, not twice.
Result<SignedEntry> decodeEntry(std::string &&signedBytes, std::string &&signature);
// The same, leaving the entry's signedBytes empty: for a verifier that checks the signature over
// its own copy of the bytes and keeps only what they say.
Result<SignedEntry> decodeEntryBody(std::string_view signedBytes, std::string_view signature);

bool verifyEntrySignature(const SignedEntry &entry);

// Checks entries' signatures, decoding and checking each author's key once: checking that a key
// is a valid curve point costs about half a signature verification, and a store holds a few
// dozen authors for many thousands of entries. Safe to share between worker threads.
class SignatureChecker
{
public:
    bool verify(const SignedEntry &entry) const;
    // `author` is the hex public key the signed body names.
    bool verify(const std::string &author, std::string_view signedBytes, std::string_view signature) const;

private:
    mutable std::shared_mutex m_mutex;
    mutable std::map<std::string, std::optional<PublicKey>, std::less<>> m_keys; // by hex; nothing: not a key
};

} // namespace cs::audit
