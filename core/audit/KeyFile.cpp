#include "audit/KeyFile.h"

#include "audit/CanonicalJson.h"
#include "audit/Hex.h"
#include "audit/SecureBytes.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>

#include <nlohmann/json.hpp>
#include <sodium.h>

#include <algorithm>
#include <array>
#include <cstdint>
#include <optional>
#include <set>

namespace cs::audit {

namespace {

using Json = nlohmann::json;

constexpr char kKdfName[] = "argon2id13";
constexpr char kCipherName[] = "xsalsa20poly1305";
constexpr char kSubkeyContext[crypto_kdf_CONTEXTBYTES + 1] = "CSIDKEY1";
constexpr std::uint64_t kCheckSubkey = 1;
constexpr std::uint64_t kBoxSubkey = 2;
constexpr std::uint64_t kMacSubkey = 3;
constexpr qint64 kMaxKeyFileBytes = 64 * 1024;
constexpr qint64 kMaxPublicKeyFileBytes = 1024;
constexpr qsizetype kMaxNameLength = 200;

static_assert(crypto_kdf_KEYBYTES == 32 && crypto_secretbox_KEYBYTES == 32 && crypto_auth_KEYBYTES == 32);

// The parsed content of a key file: everything but the passphrase needed to open it.
struct SealedSeed
{
    std::string name;
    std::array<std::uint8_t, kPublicKeyBytes> publicKey{};
    KdfLimits limits;
    std::array<std::uint8_t, crypto_pwhash_SALTBYTES> salt{};
    std::array<std::uint8_t, crypto_secretbox_NONCEBYTES> nonce{};
    std::array<std::uint8_t, kSeedBytes + crypto_secretbox_MACBYTES> ciphertext{};
    std::array<std::uint8_t, 32> check{};
    std::array<std::uint8_t, crypto_auth_BYTES> mac{};
};

// The members the MAC covers, i.e. all but "mac". A template so that the file is written in
// reading order (ordered_json) while the MAC input comes from the canonical form (json).
template <typename J>
J authenticatedMembers(const SealedSeed &s)
{
    J j = J::object();
    j["format"] = std::string(kKeyFileFormat);
    j["version"] = kKeyFileVersion;
    j["name"] = s.name;
    j["public_key"] = toHex(s.publicKey);
    j["kdf"] = kKdfName;
    j["opslimit"] = static_cast<std::uint64_t>(s.limits.opslimit);
    j["memlimit"] = static_cast<std::uint64_t>(s.limits.memlimit);
    j["salt"] = toHex(s.salt);
    j["cipher"] = kCipherName;
    j["nonce"] = toHex(s.nonce);
    j["ciphertext"] = toHex(s.ciphertext);
    j["check"] = toHex(s.check);
    return j;
}

const std::set<std::string> &expectedMembers()
{
    static const std::set<std::string> members = [] {
        std::set<std::string> names;
        const Json authenticated = authenticatedMembers<Json>(SealedSeed{});
        for (auto it = authenticated.cbegin(); it != authenticated.cend(); ++it)
            names.insert(it.key());
        names.insert("mac");
        return names;
    }();
    return members;
}

QString displayPath(const QString &path)
{
    return QDir::toNativeSeparators(path);
}

Error damaged(const QString &path, const QString &detail)
{
    return makeError(
        QStringLiteral("key file %1 is damaged or not a Countersign key file: %2").arg(displayPath(path), detail));
}

Error changed(const QString &path, const QString &detail)
{
    return makeError(
        QStringLiteral("key file %1 has been changed since it was written: %2").arg(displayPath(path), detail));
}

// Reads a hex member into a fixed-size array; empty optional on success, else why not.
template <std::size_t N>
std::optional<QString> readHex(const Json &object, const char *member, std::array<std::uint8_t, N> &out)
{
    const Json &value = object.at(member);
    if (!value.is_string() || !fromHex(value.get_ref<const std::string &>(), out))
        return QStringLiteral("\"%1\" must be %2 lower-case hex digits").arg(QLatin1String(member)).arg(2 * N);
    return std::nullopt;
}

std::optional<QString> readUnsigned(const Json &object, const char *member, std::uint64_t &out)
{
    const Json &value = object.at(member);
    if (!value.is_number_unsigned() && !(value.is_number_integer() && value.get<std::int64_t>() >= 0))
        return QStringLiteral("\"%1\" must be a non-negative integer").arg(QLatin1String(member));
    out = value.get<std::uint64_t>();
    return std::nullopt;
}

std::optional<QString> expectString(const Json &object, const char *member, std::string_view expected)
{
    const Json &value = object.at(member);
    if (!value.is_string() || value.get_ref<const std::string &>() != expected)
        return QStringLiteral("\"%1\" must be \"%2\"")
            .arg(QLatin1String(member), QString::fromUtf8(expected.data(), static_cast<qsizetype>(expected.size())));
    return std::nullopt;
}

Result<SealedSeed> parseKeyFile(const QString &path, std::string_view bytes)
{
    auto parsed = parseStrict(bytes);
    if (!parsed)
        return damaged(path, parsed.errorMessage());
    const Json &object = *parsed;
    if (!object.is_object())
        return damaged(path, QStringLiteral("not a JSON object"));
    // Format and version first, so a file of another kind or a newer version says so plainly.
    if (!object.contains("format") || !object.at("format").is_string() ||
        object.at("format").get_ref<const std::string &>() != kKeyFileFormat)
        return damaged(path, QStringLiteral("\"format\" is not \"%1\"").arg(QLatin1String(kKeyFileFormat)));
    if (!object.contains("version") || !object.at("version").is_number_integer() ||
        object.at("version").get<std::int64_t>() != kKeyFileVersion)
        return damaged(
            path, QStringLiteral("unsupported \"version\" (this Countersign reads version %1)").arg(kKeyFileVersion));
    for (const auto &member : expectedMembers()) {
        if (!object.contains(member))
            return damaged(path, QStringLiteral("\"%1\" is missing").arg(QString::fromStdString(member)));
    }
    for (const auto &item : object.items()) {
        if (expectedMembers().count(item.key()) == 0)
            return damaged(path, QStringLiteral("unexpected member \"%1\"").arg(QString::fromStdString(item.key())));
    }

    SealedSeed s;
    std::uint64_t opslimit = 0;
    std::uint64_t memlimit = 0;
    const Json &name = object.at("name");
    if (!name.is_string() || name.get_ref<const std::string &>().empty())
        return damaged(path, QStringLiteral("\"name\" must be a non-empty string"));
    s.name = name.get<std::string>();
    for (const auto &problem :
         {expectString(object, "kdf", kKdfName), expectString(object, "cipher", kCipherName),
          readHex(object, "public_key", s.publicKey), readHex(object, "salt", s.salt),
          readHex(object, "nonce", s.nonce), readHex(object, "ciphertext", s.ciphertext),
          readHex(object, "check", s.check), readHex(object, "mac", s.mac), readUnsigned(object, "opslimit", opslimit),
          readUnsigned(object, "memlimit", memlimit)}) {
        if (problem)
            return damaged(path, *problem);
    }
    // Clamped rather than truncated, so a 64-bit value on a 32-bit size_t stays out of range.
    s.limits = KdfLimits{opslimit, static_cast<std::size_t>(std::min<std::uint64_t>(memlimit, SIZE_MAX))};
    if (!s.limits.isAcceptable())
        return damaged(path, QStringLiteral("Argon2id limits (%1 passes, %2 bytes) are out of the accepted range")
                                 .arg(opslimit)
                                 .arg(memlimit));
    if (!PublicKey::fromBytes(s.publicKey))
        return damaged(path, QStringLiteral("\"public_key\" is not a valid Ed25519 public key"));
    return s;
}

// The three subkeys of a passphrase, salt and limits.
struct PassphraseKeys
{
    SecureBytes check;
    SecureBytes box;
    SecureBytes mac;
};

Result<PassphraseKeys> derivePassphraseKeys(QByteArrayView passphrase, const SealedSeed &s)
{
    auto master = SecureBytes::allocate(crypto_kdf_KEYBYTES);
    auto check = SecureBytes::allocate(32);
    auto box = SecureBytes::allocate(crypto_secretbox_KEYBYTES);
    auto mac = SecureBytes::allocate(crypto_auth_KEYBYTES);
    for (const Error *error : {master ? nullptr : &master.error(), check ? nullptr : &check.error(),
                               box ? nullptr : &box.error(), mac ? nullptr : &mac.error()}) {
        if (error)
            return *error;
    }
    // A null pointer with length 0 is legal for Argon2, but an empty view's data() may be null
    // in ways libsodium's checks dislike; hand it a real, empty string instead.
    const char *passwd = passphrase.isEmpty() ? "" : passphrase.data();
    if (crypto_pwhash(master->data(), master->size(), passwd, static_cast<unsigned long long>(passphrase.size()),
                      s.salt.data(), s.limits.opslimit, s.limits.memlimit, crypto_pwhash_ALG_ARGON2ID13) != 0)
        return makeError(
            QStringLiteral("Argon2id could not run with %1 bytes of memory (out of memory?)").arg(s.limits.memlimit));
    crypto_kdf_derive_from_key(check->data(), check->size(), kCheckSubkey, kSubkeyContext, master->data());
    crypto_kdf_derive_from_key(box->data(), box->size(), kBoxSubkey, kSubkeyContext, master->data());
    crypto_kdf_derive_from_key(mac->data(), mac->size(), kMacSubkey, kSubkeyContext, master->data());
    return PassphraseKeys{std::move(*check), std::move(*box), std::move(*mac)};
}

Result<std::string> macInput(const SealedSeed &s)
{
    return canonicalize(authenticatedMembers<Json>(s));
}

Result<QByteArray> readSmallFile(const QString &path, qint64 maxBytes, const QString &what)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return makeError(QStringLiteral("cannot read %1 %2: %3").arg(what, displayPath(path), file.errorString()));
    QByteArray bytes = file.read(maxBytes + 1);
    if (bytes.size() > maxBytes)
        return makeError(QStringLiteral("%1 %2 is larger than %3 bytes; not a Countersign %1")
                             .arg(what, displayPath(path))
                             .arg(maxBytes));
    if (file.error() != QFileDevice::NoError)
        return makeError(QStringLiteral("cannot read %1 %2: %3").arg(what, displayPath(path), file.errorString()));
    return bytes;
}

Result<SealedSeed> readKeyFile(const QString &path)
{
    const auto bytes = readSmallFile(path, kMaxKeyFileBytes, QStringLiteral("key file"));
    if (!bytes)
        return bytes.error();
    return parseKeyFile(path, std::string_view(bytes->constData(), static_cast<std::size_t>(bytes->size())));
}

Status writeAtomically(const QString &path, const QByteArray &contents, bool ownerOnly)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return makeError(QStringLiteral("cannot write %1: %2").arg(displayPath(path), file.errorString()));
    if (ownerOnly && !file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner))
        return makeError(QStringLiteral("cannot restrict the permissions of %1").arg(displayPath(path)));
    if (file.write(contents) != contents.size() || !file.commit())
        return makeError(QStringLiteral("cannot write %1: %2").arg(displayPath(path), file.errorString()));
    return Ok{};
}

std::optional<QString> nameProblem(const QString &name)
{
    if (name.trimmed().isEmpty())
        return QStringLiteral("the identity needs a name");
    if (name.size() > kMaxNameLength)
        return QStringLiteral("the name is longer than %1 characters").arg(kMaxNameLength);
    if (std::any_of(name.begin(), name.end(), [](QChar c) { return c.category() == QChar::Other_Control; }))
        return QStringLiteral("the name must not contain control characters");
    return std::nullopt;
}

} // namespace

KdfLimits KdfLimits::moderate()
{
    return {crypto_pwhash_OPSLIMIT_MODERATE, crypto_pwhash_MEMLIMIT_MODERATE};
}

KdfLimits KdfLimits::interactive()
{
    return {crypto_pwhash_OPSLIMIT_INTERACTIVE, crypto_pwhash_MEMLIMIT_INTERACTIVE};
}

bool KdfLimits::isAcceptable() const
{
    return opslimit >= crypto_pwhash_OPSLIMIT_INTERACTIVE && opslimit <= crypto_pwhash_OPSLIMIT_SENSITIVE &&
           memlimit >= crypto_pwhash_MEMLIMIT_INTERACTIVE && memlimit <= crypto_pwhash_MEMLIMIT_SENSITIVE;
}

QString publicKeyFilePath(const QString &keyFilePath)
{
    return keyFilePath + QStringLiteral(".pub");
}

Result<Identity> createIdentity(const QString &path, const QString &name, QByteArrayView passphrase)
{
    return detail::createIdentity(path, name, passphrase, KdfLimits::moderate());
}

Result<Identity> detail::createIdentity(const QString &path, const QString &name, QByteArrayView passphrase,
                                        KdfLimits limits)
{
    if (!ensureSodium())
        return makeError(QStringLiteral("libsodium could not be initialised"));
    if (const auto problem = nameProblem(name))
        return makeError(*problem);
    if (passphrase.isEmpty())
        return makeError(QStringLiteral("the passphrase must not be empty"));
    if (!limits.isAcceptable())
        return makeError(QStringLiteral("Argon2id limits out of the accepted range"));
    if (QFileInfo::exists(path))
        return makeError(
            QStringLiteral("key file %1 already exists; refusing to overwrite an identity").arg(displayPath(path)));

    auto seed = SecretSeed::generate();
    if (!seed)
        return seed.error();

    SealedSeed s;
    s.name = name.toStdString();
    std::copy(seed->publicKey().bytes().begin(), seed->publicKey().bytes().end(), s.publicKey.begin());
    s.limits = limits;
    randombytes_buf(s.salt.data(), s.salt.size());
    randombytes_buf(s.nonce.data(), s.nonce.size());

    auto keys = derivePassphraseKeys(passphrase, s);
    if (!keys)
        return keys.error();
    std::copy(keys->check.data(), keys->check.data() + keys->check.size(), s.check.begin());
    crypto_secretbox_easy(s.ciphertext.data(), seed->bytes().data(), seed->bytes().size(), s.nonce.data(),
                          keys->box.data());
    const auto authenticated = macInput(s);
    if (!authenticated)
        return authenticated.error();
    crypto_auth(s.mac.data(), reinterpret_cast<const unsigned char *>(authenticated->data()), authenticated->size(),
                keys->mac.data());

    auto text = authenticatedMembers<nlohmann::ordered_json>(s);
    text["mac"] = toHex(s.mac);
    std::string contents;
    try {
        contents = text.dump(2) + '\n';
    } catch (const nlohmann::json::exception &error) {
        return makeError(
            QStringLiteral("cannot encode key file %1: %2").arg(displayPath(path), QString::fromUtf8(error.what())));
    }

    if (const auto written = writeAtomically(path, QByteArray::fromStdString(contents), /*ownerOnly=*/true); !written)
        return written.error();
    const QString pubPath = publicKeyFilePath(path);
    if (const auto written = writeAtomically(pubPath, seed->publicKey().hex().toLatin1() + '\n', false); !written)
        return makeError(
            QStringLiteral("key file %1 was written, but %2").arg(displayPath(path), written.errorMessage()));

    return Identity{name, std::move(*seed)};
}

Result<Identity> unlock(const QString &path, QByteArrayView passphrase)
{
    if (!ensureSodium())
        return makeError(QStringLiteral("libsodium could not be initialised"));
    const auto sealed = readKeyFile(path);
    if (!sealed)
        return sealed.error();
    const SealedSeed &s = *sealed;

    const auto keys = derivePassphraseKeys(passphrase, s);
    if (!keys)
        return keys.error();
    if (sodium_memcmp(keys->check.data(), s.check.data(), s.check.size()) != 0)
        return makeError(QStringLiteral("wrong passphrase for key file %1").arg(displayPath(path)));

    const auto authenticated = macInput(s);
    if (!authenticated)
        return damaged(path, authenticated.errorMessage());
    if (crypto_auth_verify(s.mac.data(), reinterpret_cast<const unsigned char *>(authenticated->data()),
                           authenticated->size(), keys->mac.data()) != 0)
        return changed(path, QStringLiteral("its authentication code does not match its contents"));

    auto plain = SecureBytes::allocate(kSeedBytes);
    if (!plain)
        return plain.error();
    if (crypto_secretbox_open_easy(plain->data(), s.ciphertext.data(), s.ciphertext.size(), s.nonce.data(),
                                   keys->box.data()) != 0)
        return changed(path, QStringLiteral("the encrypted seed does not decrypt"));
    auto seed = SecretSeed::fromBytes(plain->span());
    if (!seed)
        return seed.error();
    if (seed->publicKey().bytes() != s.publicKey)
        return changed(path, QStringLiteral("its public key does not belong to its secret key"));
    return Identity{QString::fromStdString(s.name), std::move(*seed)};
}

Result<KeyFileInfo> readKeyFileInfo(const QString &path)
{
    const auto sealed = readKeyFile(path);
    if (!sealed)
        return sealed.error();
    const auto key = PublicKey::fromBytes(sealed->publicKey);
    if (!key)
        return damaged(path, key.errorMessage());
    return KeyFileInfo{QString::fromStdString(sealed->name), *key, sealed->limits};
}

Result<PublicKey> readPublicKeyFile(const QString &path)
{
    const auto bytes = readSmallFile(path, kMaxPublicKeyFileBytes, QStringLiteral("public key file"));
    if (!bytes)
        return bytes.error();
    const QByteArray hex = bytes->trimmed();
    auto key = PublicKey::fromHex(std::string_view(hex.constData(), static_cast<std::size_t>(hex.size())));
    if (!key)
        return makeError(QStringLiteral("public key file %1: %2").arg(displayPath(path), key.errorMessage()));
    return key;
}

} // namespace cs::audit
