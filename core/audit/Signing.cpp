#include "audit/Signing.h"

#include "audit/Hex.h"
#include "util/Sha256.h"

#include <QByteArray>

#include <sodium.h>

#include <algorithm>

namespace cs::audit {

namespace {

const unsigned char *bytePointer(QByteArrayView bytes)
{
    return reinterpret_cast<const unsigned char *>(bytes.data());
}

} // namespace

std::string preAuthEncoding(std::string_view payloadType, QByteArrayView body)
{
    std::string out = "DSSEv1 ";
    out += std::to_string(payloadType.size());
    out += ' ';
    out += payloadType;
    out += ' ';
    out += std::to_string(body.size());
    out += ' ';
    out.append(body.data(), static_cast<std::size_t>(body.size()));
    return out;
}

std::string entrySignedBytes(QByteArrayView canonicalBody)
{
    return preAuthEncoding(kEntryPayloadType, canonicalBody);
}

Sha256Digest sha256(QByteArrayView bytes)
{
    return Sha256::digest(std::string_view(bytes.data(), static_cast<std::size_t>(bytes.size())));
}

QString sha256Hex(QByteArrayView bytes)
{
    return QString::fromLatin1(toHex(sha256(bytes)));
}

QString entryId(QByteArrayView signedBytes)
{
    return sha256Hex(signedBytes);
}

Result<PublicKey> PublicKey::fromHex(std::string_view hex)
{
    std::array<std::uint8_t, kPublicKeyBytes> bytes{};
    if (!cs::audit::fromHex(hex, bytes))
        return makeError(
            QStringLiteral("a public key is 64 lower-case hex digits, got \"%1\"")
                .arg(QString::fromUtf8(hex.data(), static_cast<qsizetype>(std::min<std::size_t>(hex.size(), 80)))));
    return fromBytes(bytes);
}

Result<PublicKey> PublicKey::fromHex(QStringView hex)
{
    const QByteArray utf8 = hex.toUtf8();
    return fromHex(std::string_view(utf8.constData(), static_cast<std::size_t>(utf8.size())));
}

Result<PublicKey> PublicKey::fromBytes(QByteArrayView bytes)
{
    if (!ensureSodium())
        return makeError(QStringLiteral("libsodium could not be initialised"));
    if (static_cast<std::size_t>(bytes.size()) != kPublicKeyBytes)
        return makeError(QStringLiteral("a public key is %1 bytes, got %2").arg(kPublicKeyBytes).arg(bytes.size()));
    if (crypto_core_ed25519_is_valid_point(bytePointer(bytes)) != 1)
        return makeError(QStringLiteral("%1 is not a valid Ed25519 public key").arg(QString::fromLatin1(toHex(bytes))));
    PublicKey key;
    std::copy(bytes.begin(), bytes.end(), key.m_bytes.begin());
    return key;
}

QString PublicKey::hex() const
{
    return QString::fromLatin1(toHex(m_bytes));
}

QString fingerprint(const PublicKey &key)
{
    const Sha256Digest digest = sha256(key.bytes());
    const std::string hex = toHex(QByteArrayView(digest.data(), 16));
    QString out;
    for (std::size_t i = 0; i < hex.size(); i += 4) {
        if (i > 0)
            out += QLatin1Char(' ');
        out += QLatin1String(hex.data() + i, 4);
    }
    return out;
}

Result<SecretSeed> SecretSeed::generate()
{
    auto seed = SecureBytes::allocate(kSeedBytes);
    if (!seed)
        return seed.error();
    randombytes_buf(seed->data(), seed->size());
    return fromSecureSeed(std::move(*seed));
}

Result<SecretSeed> SecretSeed::fromBytes(std::span<const std::uint8_t> bytes)
{
    if (bytes.size() != kSeedBytes)
        return makeError(QStringLiteral("an Ed25519 seed is %1 bytes, got %2").arg(kSeedBytes).arg(bytes.size()));
    auto seed = SecureBytes::allocate(kSeedBytes);
    if (!seed)
        return seed.error();
    std::copy(bytes.begin(), bytes.end(), seed->data());
    return fromSecureSeed(std::move(*seed));
}

Result<SecretSeed> SecretSeed::fromSecureSeed(SecureBytes seed)
{
    // libsodium's secret key is seed || public key; it only lives here, long enough to learn the
    // public key, in protected memory.
    auto secretKey = SecureBytes::allocate(crypto_sign_SECRETKEYBYTES);
    if (!secretKey)
        return secretKey.error();
    PublicKey publicKey;
    crypto_sign_seed_keypair(publicKey.m_bytes.data(), secretKey->data(), seed.data());
    return SecretSeed(std::move(seed), publicKey);
}

Result<Signature> sign(const SecretSeed &seed, QByteArrayView message)
{
    if (seed.isNull())
        return makeError(QStringLiteral("cannot sign with an empty (moved-from) secret seed"));
    auto secretKey = SecureBytes::allocate(crypto_sign_SECRETKEYBYTES);
    if (!secretKey)
        return secretKey.error();
    std::array<std::uint8_t, kPublicKeyBytes> publicKey{};
    crypto_sign_seed_keypair(publicKey.data(), secretKey->data(), seed.bytes().data());
    Signature signature{};
    crypto_sign_detached(signature.data(), nullptr, bytePointer(message),
                         static_cast<unsigned long long>(message.size()), secretKey->data());
    return signature;
}

bool verify(const PublicKey &key, QByteArrayView message, QByteArrayView signature)
{
    if (!ensureSodium())
        return false;
    if (static_cast<std::size_t>(signature.size()) != kSignatureBytes)
        return false;
    return crypto_sign_verify_detached(bytePointer(signature), bytePointer(message),
                                       static_cast<unsigned long long>(message.size()), key.bytes().data()) == 0;
}

} // namespace cs::audit
