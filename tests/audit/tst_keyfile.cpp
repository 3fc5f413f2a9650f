// Identity key files: round trip, the two kinds of failure the contract wants told apart
// (wrong passphrase / changed or damaged file), the .pub file, and that no seed is written in
// the clear. Argon2id is slow by design, so all but one case use INTERACTIVE limits and the
// tampering cases reuse one created file.

#include "audit/Hex.h"
#include "audit/KeyFile.h"

#include <QFile>
#include <QFileDevice>
#include <QTemporaryDir>
#include <QTest>

#include <nlohmann/json.hpp>

using namespace cs::audit;

namespace {

// QVERIFY2 evaluates its message even when the check passes, so the message must not touch
// the error of a successful Result.
template<typename T>
QByteArray why(const cs::Result<T> &result)
{
    return result ? QByteArray("(succeeded)") : result.errorMessage().toUtf8();
}

const QByteArray kPassphrase("tr\xc3\xa8s secret passphrase");

QByteArray readAll(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return file.readAll();
}

void writeAll(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    QCOMPARE(file.write(bytes), bytes.size());
}

bool mentionsWrongPassphrase(const QString &message)
{
    return message.contains(QLatin1String("wrong passphrase"));
}

} // namespace

class TestKeyFile final : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_keyPath;
    QString m_publicKeyHex;

    QString path(const QString &name) const { return m_dir.filePath(name); }

    // A copy of the original key file with one member replaced.
    QString copyWithMember(const QString &name, const std::string &member, const nlohmann::ordered_json &value)
    {
        auto json = nlohmann::ordered_json::parse(readAll(m_keyPath).toStdString());
        json[member] = value;
        const QString copy = path(name);
        writeAll(copy, QByteArray::fromStdString(json.dump(2)));
        return copy;
    }

    std::string originalMember(const std::string &member) const
    {
        return nlohmann::json::parse(readAll(m_keyPath).toStdString()).at(member).get<std::string>();
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_keyPath = path(QStringLiteral("alice.key"));
        const auto created = detail::createIdentity(m_keyPath, QStringLiteral("Alice Lindstr\u00f6m"), kPassphrase,
                                                    KdfLimits::interactive());
        QVERIFY2(created, why(created).constData());
        m_publicKeyHex = created->publicKey().hex();
        QCOMPARE(created->name, QStringLiteral("Alice Lindstr\u00f6m"));
    }

    void roundTrip()
    {
        const auto identity = unlock(m_keyPath, kPassphrase);
        QVERIFY2(identity, why(identity).constData());
        QCOMPARE(identity->name, QStringLiteral("Alice Lindstr\u00f6m"));
        QCOMPARE(identity->publicKey().hex(), m_publicKeyHex);
        // The unlocked seed signs for the public key on file.
        const auto signature = sign(identity->seed, "decision");
        QVERIFY(signature);
        QVERIFY(verify(identity->publicKey(), "decision", *signature));
        // ... and is nowhere in the file in the clear.
        const QByteArray file = readAll(m_keyPath);
        const QByteArray seedHex = QByteArray::fromStdString(toHex(QByteArrayView(identity->seed.bytes().data(), 32)));
        const QByteArray seedRaw(reinterpret_cast<const char *>(identity->seed.bytes().data()), 32);
        QVERIFY(!file.contains(seedHex));
        QVERIFY(!file.contains(seedRaw));
    }

    void fileFormat()
    {
        const QByteArray bytes = readAll(m_keyPath);
        QVERIFY(bytes.startsWith("{\n  \"format\": \"countersign-identity\",\n  \"version\": 1,\n"));
        QVERIFY(bytes.endsWith("}\n"));
        const auto json = nlohmann::json::parse(bytes.toStdString());
        QCOMPARE(json.size(), std::size_t(13));
        QVERIFY(json.at("kdf") == "argon2id13");
        QVERIFY(json.at("cipher") == "xsalsa20poly1305");
        QCOMPARE(json.at("opslimit").get<std::uint64_t>(), std::uint64_t(2));
        QCOMPARE(json.at("memlimit").get<std::uint64_t>(), std::uint64_t(64 * 1024 * 1024));
        QCOMPARE(json.at("salt").get<std::string>().size(), std::size_t(32));
        QCOMPARE(json.at("nonce").get<std::string>().size(), std::size_t(48));
        QCOMPARE(json.at("ciphertext").get<std::string>().size(), std::size_t(96));
        QCOMPARE(QString::fromStdString(json.at("public_key").get<std::string>()), m_publicKeyHex);
    }

    void keyFileIsOwnerOnly()
    {
        QCOMPARE(QFile::permissions(m_keyPath) & ~(QFileDevice::ReadUser | QFileDevice::WriteUser),
                 QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    }

    void publicKeyFile()
    {
        QCOMPARE(publicKeyFilePath(m_keyPath), m_keyPath + QStringLiteral(".pub"));
        QCOMPARE(readAll(publicKeyFilePath(m_keyPath)), m_publicKeyHex.toLatin1() + '\n');
        const auto key = readPublicKeyFile(publicKeyFilePath(m_keyPath));
        QVERIFY2(key, why(key).constData());
        QCOMPARE(key->hex(), m_publicKeyHex);

        const QString bad = path(QStringLiteral("bad.pub"));
        writeAll(bad, "not a key\n");
        const auto refused = readPublicKeyFile(bad);
        QVERIFY(!refused);
        QVERIFY(refused.errorMessage().contains(bad));
    }

    void infoWithoutPassphrase()
    {
        const auto info = readKeyFileInfo(m_keyPath);
        QVERIFY2(info, why(info).constData());
        QCOMPARE(info->name, QStringLiteral("Alice Lindstr\u00f6m"));
        QCOMPARE(info->publicKey.hex(), m_publicKeyHex);
        QVERIFY(info->limits == KdfLimits::interactive());
    }

    void wrongPassphrase()
    {
        for (const QByteArray &wrong : {QByteArray("tres secret passphrase"), QByteArray()}) {
            const auto result = unlock(m_keyPath, wrong);
            QVERIFY(!result);
            QCOMPARE(result.errorMessage(), QStringLiteral("wrong passphrase for key file %1").arg(m_keyPath));
        }
    }

    void tamperedCiphertext()
    {
        std::string ciphertext = originalMember("ciphertext");
        ciphertext[10] = ciphertext[10] == '0' ? '1' : '0';
        const QString copy = copyWithMember(QStringLiteral("ciphertext.key"), "ciphertext", ciphertext);
        const auto result = unlock(copy, kPassphrase);
        QVERIFY(!result);
        QVERIFY2(result.errorMessage().contains(QLatin1String("has been changed")), why(result).constData());
        QVERIFY(result.errorMessage().contains(copy));
        QVERIFY(!mentionsWrongPassphrase(result.errorMessage()));
    }

    void tamperedPublicKey()
    {
        // Another valid key (RFC 8032 TEST 2): the file parses, but does not hold together.
        const QString copy = copyWithMember(QStringLiteral("publickey.key"), "public_key",
                                            "3d4017c3e843895a92b70aa74d1b7ebc9c982ccf2ec4968cc0cd55f12af4660c");
        const auto info = readKeyFileInfo(copy);
        QVERIFY(info); // readable, but only unlock() can tell it was changed
        const auto result = unlock(copy, kPassphrase);
        QVERIFY(!result);
        QVERIFY2(result.errorMessage().contains(QLatin1String("has been changed")), why(result).constData());
        QVERIFY(!mentionsWrongPassphrase(result.errorMessage()));
    }

    void tamperedName()
    {
        const QString copy = copyWithMember(QStringLiteral("name.key"), "name", "Mallory");
        const auto result = unlock(copy, kPassphrase);
        QVERIFY(!result);
        QVERIFY2(result.errorMessage().contains(QLatin1String("has been changed")), why(result).constData());
    }

    void tamperedSaltLooksLikeAWrongPassphrase()
    {
        // Documented limit: whoever changes what the passphrase is stretched with changes the
        // key it yields; no one can tell that from a wrong passphrase.
        std::string salt = originalMember("salt");
        salt[0] = salt[0] == '0' ? '1' : '0';
        const QString copy = copyWithMember(QStringLiteral("salt.key"), "salt", salt);
        const auto result = unlock(copy, kPassphrase);
        QVERIFY(!result);
        QVERIFY(mentionsWrongPassphrase(result.errorMessage()));
    }

    void damagedFiles_data()
    {
        QTest::addColumn<QByteArray>("contents");
        const QByteArray original = readAll(m_keyPath);
        const auto json = nlohmann::ordered_json::parse(original.toStdString());
        const auto variant = [&](const std::string &member, const nlohmann::ordered_json &value) {
            auto copy = json;
            if (value.is_discarded())
                copy.erase(member);
            else
                copy[member] = value;
            return QByteArray::fromStdString(copy.dump(2));
        };
        QTest::newRow("truncated") << original.left(original.size() / 2);
        QTest::newRow("truncated at the last brace") << original.left(original.lastIndexOf('}'));
        QTest::newRow("empty") << QByteArray();
        QTest::newRow("not JSON") << QByteArray("-----BEGIN OPENSSH PRIVATE KEY-----\n");
        QTest::newRow("JSON array") << QByteArray("[]");
        QTest::newRow("other format") << variant("format", "something-else");
        QTest::newRow("version 2") << variant("version", 2);
        QTest::newRow("missing nonce") << variant("nonce", nlohmann::ordered_json(nlohmann::ordered_json::value_t::discarded));
        QTest::newRow("unexpected member") << variant("comment", "hello");
        QTest::newRow("upper-case hex") << variant("ciphertext", QByteArray::fromStdString(json.at("ciphertext").get<std::string>()).toUpper().toStdString());
        QTest::newRow("short salt") << variant("salt", "00112233");
        QTest::newRow("invalid public key") << variant("public_key", std::string(64, '0'));
        QTest::newRow("other kdf") << variant("kdf", "scrypt");
        QTest::newRow("huge memlimit") << variant("memlimit", std::uint64_t(1) << 40);
        QTest::newRow("negative opslimit") << variant("opslimit", -3);
        QTest::newRow("duplicate member")
            << QByteArray(original).replace("\"version\": 1,", "\"version\": 1, \"version\": 1,");
    }

    void damagedFiles()
    {
        QFETCH(QByteArray, contents);
        const QString copy = path(QStringLiteral("damaged.key"));
        writeAll(copy, contents);
        // Refused before Argon2id runs, so these cases are fast.
        const auto result = unlock(copy, kPassphrase);
        QVERIFY(!result);
        QVERIFY2(result.errorMessage().contains(QLatin1String("damaged or not a Countersign key file")),
                 why(result).constData());
        QVERIFY(result.errorMessage().contains(copy));
        QVERIFY(!mentionsWrongPassphrase(result.errorMessage()));
        QVERIFY(!readKeyFileInfo(copy));
    }

    void missingFile()
    {
        const auto result = unlock(path(QStringLiteral("nobody.key")), kPassphrase);
        QVERIFY(!result);
        QVERIFY2(result.errorMessage().startsWith(QLatin1String("cannot read key file")), why(result).constData());
    }

    void refusesToOverwriteAnIdentity()
    {
        const QByteArray before = readAll(m_keyPath);
        const auto result = detail::createIdentity(m_keyPath, QStringLiteral("Eve"), "x", KdfLimits::interactive());
        QVERIFY(!result);
        QVERIFY2(result.errorMessage().contains(QLatin1String("already exists")), why(result).constData());
        QCOMPARE(readAll(m_keyPath), before);
    }

    void refusesBadInput()
    {
        const QString target = path(QStringLiteral("never.key"));
        QVERIFY(!detail::createIdentity(target, QStringLiteral("Bob"), "", KdfLimits::interactive()));
        QVERIFY(!detail::createIdentity(target, QStringLiteral("  "), "x", KdfLimits::interactive()));
        QVERIFY(!detail::createIdentity(target, QStringLiteral("Bob\nRoot"), "x", KdfLimits::interactive()));
        QVERIFY(!detail::createIdentity(target, QStringLiteral("Bob"), "x", KdfLimits{1, 8192}));
        QVERIFY(!QFile::exists(target));
        QVERIFY(!QFile::exists(publicKeyFilePath(target)));
    }

    // The one case with the production limits: ~1 s and 256 MiB per Argon2id run.
    void moderateLimitsByDefault()
    {
        const QString target = path(QStringLiteral("bob.key"));
        const auto created = createIdentity(target, QStringLiteral("Bob"), "another passphrase");
        QVERIFY2(created, why(created).constData());
        const auto info = readKeyFileInfo(target);
        QVERIFY(info);
        QVERIFY(info->limits == KdfLimits::moderate());
        QCOMPARE(info->limits.opslimit, 3ULL);
        QCOMPARE(info->limits.memlimit, std::size_t(256) * 1024 * 1024);
        const auto unlocked = unlock(target, "another passphrase");
        QVERIFY2(unlocked, why(unlocked).constData());
        QVERIFY(unlocked->publicKey() == created->publicKey());
    }
};

QTEST_GUILESS_MAIN(TestKeyFile)
#include "tst_keyfile.moc"
