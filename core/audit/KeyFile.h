#pragma once

// Identity key files: a person's Ed25519 seed, encrypted under a passphrase, plus the public
// key in the clear so a key file can be recognised without unlocking it.
//
// File format (version 1): a JSON object, written with one member per line, all binary values
// in lower-case hex:
//   {
//     "format": "countersign-identity",  "version": 1,
//     "name": "<the holder's name>",     "public_key": "<64 hex>",
//     "kdf": "argon2id13", "opslimit": <n>, "memlimit": <bytes>, "salt": "<32 hex>",
//     "cipher": "xsalsa20poly1305", "nonce": "<48 hex>", "ciphertext": "<96 hex>",
//     "check": "<64 hex>", "mac": "<64 hex>"
//   }
// Keys: M = crypto_pwhash(passphrase, salt, opslimit, memlimit, Argon2id), 32 bytes; from M,
// crypto_kdf (context "CSIDKEY1") derives subkey 1 = `check`, subkey 2 = the secretbox key,
// subkey 3 = the MAC key. `ciphertext` = crypto_secretbox_easy(seed, nonce, subkey 2).
// `mac` = crypto_auth (HMAC-SHA-512-256, subkey 3) over the canonical JSON (CanonicalJson.h) of
// every other member.
//
// Why `check` and `mac`: the secretbox tag alone cannot tell a wrong passphrase from a changed
// file, and the contract wants both reported clearly. A stored `check` that does not match
// means the passphrase is wrong (or the salt, limits or check were edited, which cannot be told
// apart from a wrong passphrase by anyone); a matching `check` with a failing `mac`, secretbox
// or public key means the file was changed. `check` gives an attacker nothing the ciphertext did
// not: testing a guess costs the same Argon2id run either way.
//
// The seed is never written in the clear and lives only in SecureBytes while unlocked.

#include "audit/Signing.h"
#include "util/Result.h"

#include <QByteArrayView>
#include <QString>

#include <cstddef>
#include <string_view>

namespace cs::audit {

inline constexpr std::string_view kKeyFileFormat = "countersign-identity";
inline constexpr int kKeyFileVersion = 1;

// Argon2id cost, stored in each key file so files stay readable when defaults change.
struct KdfLimits
{
    unsigned long long opslimit = 0;
    std::size_t memlimit = 0;

    static KdfLimits moderate();    // every key file Countersign writes (3 passes, 256 MiB)
    static KdfLimits interactive(); // for tests only (2 passes, 64 MiB)
    // What a key file may ask for: from interactive up to libsodium's SENSITIVE (4, 1 GiB), so
    // a crafted file cannot make unlock() allocate without bound.
    bool isAcceptable() const;

    friend bool operator==(const KdfLimits &, const KdfLimits &) = default;
};

// An unlocked identity: move-only, because the seed is.
struct Identity
{
    QString name;
    SecretSeed seed;

    const PublicKey &publicKey() const { return seed.publicKey(); }
};

// What a key file says about itself without the passphrase. Not authenticated until unlock().
struct KeyFileInfo
{
    QString name;
    PublicKey publicKey;
    KdfLimits limits;
};

// "PATH.pub": the hex public key and a newline, for handing to the administrator.
QString publicKeyFilePath(const QString &keyFilePath);

// Makes a new random identity, writes PATH (owner-only permissions) and PATH.pub atomically,
// and returns it unlocked. Refuses to overwrite an existing key file, an empty passphrase and a
// name that is empty or holds control characters. Uses KdfLimits::moderate().
Result<Identity> createIdentity(const QString &path, const QString &name, QByteArrayView passphrase);

// Errors: "wrong passphrase for key file PATH"; "key file PATH has been changed ..." (a check
// passed but the MAC, the ciphertext or the public key did not); "key file PATH is damaged or
// not a Countersign key file: ..." (unreadable format); "cannot read key file PATH: ...".
Result<Identity> unlock(const QString &path, QByteArrayView passphrase);

Result<KeyFileInfo> readKeyFileInfo(const QString &path);

// Reads a ".pub" file: one hex public key, surrounding white space ignored.
Result<PublicKey> readPublicKeyFile(const QString &path);

namespace detail {
// createIdentity() with explicit Argon2id limits, so tests can use cheaper ones. Not for
// production code: the public function and the CLI always use KdfLimits::moderate().
Result<Identity> createIdentity(const QString &path, const QString &name, QByteArrayView passphrase, KdfLimits limits);
} // namespace detail

} // namespace cs::audit
