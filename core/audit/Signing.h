#pragma once

// The signing primitives of the audit store: what exactly is signed (DSSE's pre-authentication
// encoding, which binds the payload type into the signature so an entry can never be replayed
// as some other kind of signed document), how an entry is named (SHA-256 of the signed bytes,
// so an auditor can recompute it with `sha256sum`), and Ed25519 keys, signatures and
// fingerprints on top of libsodium.

#include "audit/SecureBytes.h"
#include "util/Result.h"

#include <QByteArrayView>
#include <QString>
#include <QStringView>

#include <array>
#include <compare>
#include <cstddef>
#include <cstdint>
#include <span>
#include <string>
#include <string_view>
#include <utility>

namespace cs::audit {

inline constexpr std::string_view kEntryPayloadType = "application/vnd.countersign.entry.v1+json";

inline constexpr std::size_t kPublicKeyBytes = 32;
inline constexpr std::size_t kSeedBytes = 32;
inline constexpr std::size_t kSignatureBytes = 64;
inline constexpr std::size_t kSha256Bytes = 32;

using Signature = std::array<std::uint8_t, kSignatureBytes>;
using Sha256Digest = std::array<std::uint8_t, kSha256Bytes>;

// "DSSEv1" SP len(type) SP type SP len(body) SP body, lengths in ASCII decimal bytes.
std::string preAuthEncoding(std::string_view payloadType, QByteArrayView body);

// The bytes an entry's signature covers: the PAE of kEntryPayloadType and the canonical body.
std::string entrySignedBytes(QByteArrayView canonicalBody);

Sha256Digest sha256(QByteArrayView bytes);
QString sha256Hex(QByteArrayView bytes);

// An entry's id: the lower-case hex SHA-256 of its signed bytes.
QString entryId(QByteArrayView signedBytes);

// An Ed25519 public key that is known to be a valid encoding of a curve point of the main
// subgroup: keys from files, entries and the command line pass through fromHex/fromBytes, so
// a malformed key is reported where it is read, not as a mysterious failed signature later.
class PublicKey final
{
public:
    // Exactly 64 lower-case hex digits. Upper case is refused rather than folded: entries name
    // their author as hex text, and one key must have one spelling.
    static Result<PublicKey> fromHex(std::string_view hex);
    static Result<PublicKey> fromHex(QStringView hex);
    static Result<PublicKey> fromBytes(QByteArrayView bytes);

    const std::array<std::uint8_t, kPublicKeyBytes> &bytes() const { return m_bytes; }
    QString hex() const;

    friend bool operator==(const PublicKey &, const PublicKey &) = default;
    friend auto operator<=>(const PublicKey &, const PublicKey &) = default;

private:
    friend class SecretSeed;
    PublicKey() = default;

    std::array<std::uint8_t, kPublicKeyBytes> m_bytes{};
};

// A short form of a public key for people to compare by eye, e.g. when an administrator reads
// a new reviewer's key over the phone: the first 16 bytes of SHA-256 of the 32 key bytes as
// eight groups of four lower-case hex digits, "3f2a 9c01 77de 0b4e 12aa 9f03 c4d2 6e81".
// 128 bits cannot be matched by grinding keys. Recompute it without Countersign with
//   printf %s KEYHEX | xxd -r -p | sha256sum | cut -c1-32
QString fingerprint(const PublicKey &key);

// The 32-byte Ed25519 seed of an identity, held in protected memory and wiped when destroyed,
// together with the public key derived from it. Move-only; a moved-from seed is null and must
// not be used for signing.
class SecretSeed final
{
public:
    static Result<SecretSeed> generate();
    // Copies `seed` (exactly kSeedBytes); wiping the caller's copy is the caller's business.
    static Result<SecretSeed> fromBytes(std::span<const std::uint8_t> seed);

    SecretSeed(SecretSeed &&) noexcept = default;
    SecretSeed &operator=(SecretSeed &&) noexcept = default;
    SecretSeed(const SecretSeed &) = delete;
    SecretSeed &operator=(const SecretSeed &) = delete;
    ~SecretSeed() = default; // SecureBytes wipes

    bool isNull() const { return m_seed.isEmpty(); }
    std::span<const std::uint8_t> bytes() const { return m_seed.span(); }
    const PublicKey &publicKey() const { return m_publicKey; }

private:
    SecretSeed(SecureBytes seed, PublicKey publicKey) : m_seed(std::move(seed)), m_publicKey(publicKey) {}
    static Result<SecretSeed> fromSecureSeed(SecureBytes seed);

    SecureBytes m_seed;
    PublicKey m_publicKey;
};

// A detached Ed25519 signature (RFC 8032, deterministic) over `message`.
Result<Signature> sign(const SecretSeed &seed, QByteArrayView message);

// False for a signature of the wrong length, a wrong key, a changed message or a signature
// that is not canonical (libsodium refuses S >= L and small-order points).
bool verify(const PublicKey &key, QByteArrayView message, QByteArrayView signature);

} // namespace cs::audit
