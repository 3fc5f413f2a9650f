// Signing primitives: RFC 8032 known answers for Ed25519 through libsodium, the DSSE
// pre-authentication encoding written out by hand, entry ids against SHA-256 values computed
// independently (sha256sum), public-key hex and fingerprints.

#include "audit/Entry.h"
#include "audit/Hex.h"
#include "audit/SecureBytes.h"
#include "audit/Signing.h"

#include <QTest>

#include <sodium.h>

#include <string>
#include <vector>

using namespace cs::audit;

namespace {

// QVERIFY2 evaluates its message even when the check passes, so the message must not touch
// the error of a successful Result.
template <typename T>
QByteArray why(const cs::Result<T> &result)
{
    return result ? QByteArray("(succeeded)") : result.errorMessage().toUtf8();
}

std::vector<std::uint8_t> unhex(const QByteArray &hex)
{
    std::vector<std::uint8_t> out(static_cast<std::size_t>(hex.size() / 2));
    if (!fromHex(std::string_view(hex.constData(), static_cast<std::size_t>(hex.size())), out))
        qFatal("bad hex in test data");
    return out;
}

QByteArray hexOf(QByteArrayView bytes)
{
    return QByteArray::fromStdString(toHex(bytes));
}

// RFC 8032, section 7.1, TEST 1024: a 1023-byte message.
const char kTest1024Message[] = "08b8b2b733424243760fe426a4b54908632110a66c2f6591eabd3345e3e4eb98"
                                "fa6e264bf09efe12ee50f8f54e9f77b1e355f6c50544e23fb1433ddf73be84d8"
                                "79de7c0046dc4996d9e773f4bc9efe5738829adb26c81b37c93a1b270b20329d"
                                "658675fc6ea534e0810a4432826bf58c941efb65d57a338bbd2e26640f89ffbc"
                                "1a858efcb8550ee3a5e1998bd177e93a7363c344fe6b199ee5d02e82d522c4fe"
                                "ba15452f80288a821a579116ec6dad2b3b310da903401aa62100ab5d1a36553e"
                                "06203b33890cc9b832f79ef80560ccb9a39ce767967ed628c6ad573cb116dbef"
                                "efd75499da96bd68a8a97b928a8bbc103b6621fcde2beca1231d206be6cd9ec7"
                                "aff6f6c94fcd7204ed3455c68c83f4a41da4af2b74ef5c53f1d8ac70bdcb7ed1"
                                "85ce81bd84359d44254d95629e9855a94a7c1958d1f8ada5d0532ed8a5aa3fb2"
                                "d17ba70eb6248e594e1a2297acbbb39d502f1a8c6eb6f1ce22b3de1a1f40cc24"
                                "554119a831a9aad6079cad88425de6bde1a9187ebb6092cf67bf2b13fd65f270"
                                "88d78b7e883c8759d2c4f5c65adb7553878ad575f9fad878e80a0c9ba63bcbcc"
                                "2732e69485bbc9c90bfbd62481d9089beccf80cfe2df16a2cf65bd92dd597b07"
                                "07e0917af48bbb75fed413d238f5555a7a569d80c3414a8d0859dc65a46128ba"
                                "b27af87a71314f318c782b23ebfe808b82b0ce26401d2e22f04d83d1255dc51a"
                                "ddd3b75a2b1ae0784504df543af8969be3ea7082ff7fc9888c144da2af58429e"
                                "c96031dbcad3dad9af0dcbaaaf268cb8fcffead94f3c7ca495e056a9b47acdb7"
                                "51fb73e666c6c655ade8297297d07ad1ba5e43f1bca32301651339e22904cc8c"
                                "42f58c30c04aafdb038dda0847dd988dcda6f3bfd15c4b4c4525004aa06eeff8"
                                "ca61783aacec57fb3d1f92b0fe2fd1a85f6724517b65e614ad6808d6f6ee34df"
                                "f7310fdc82aebfd904b01e1dc54b2927094b2db68d6f903b68401adebf5a7e08"
                                "d78ff4ef5d63653a65040cf9bfd4aca7984a74d37145986780fc0b16ac451649"
                                "de6188a7dbdf191f64b5fc5e2ab47b57f7f7276cd419c17a3ca8e1b939ae49e4"
                                "88acba6b965610b5480109c8b17b80e1b7b750dfc7598d5d5011fd2dcc5600a3"
                                "2ef5b52a1ecc820e308aa342721aac0943bf6686b64b2579376504ccc493d97e"
                                "6aed3fb0f9cd71a43dd497f01f17c0e2cb3797aa2a2f256656168e6c496afc5f"
                                "b93246f6b1116398a346f1a641f3b041e989f7914f90cc2c7fff357876e506b5"
                                "0d334ba77c225bc307ba537152f3f1610e4eafe595f6d9d90d11faa933a15ef1"
                                "369546868a7f3a45a96768d40fd9d03412c091c6315cf4fde7cb68606937380d"
                                "b2eaaa707b4c4185c32eddcdd306705e4dc1ffc872eeee475a64dfac86aba41c"
                                "0618983f8741c5ef68d3a101e8a3b8cac60c905c15fc910840b94c00a0b9d0";

const char kTest1PublicKey[] = "d75a980182b10ab7d54bfed3c964073a0ee172f3daa62325af021a68f707511a";
const char kTest2PublicKey[] = "3d4017c3e843895a92b70aa74d1b7ebc9c982ccf2ec4968cc0cd55f12af4660c";

SecretSeed seedFromHex(const QByteArray &hex)
{
    const auto bytes = unhex(hex);
    auto seed = SecretSeed::fromBytes(bytes);
    if (!seed)
        qFatal("%s", why(seed).constData());
    return std::move(seed).value();
}

} // namespace

class TestSigning final : public QObject
{
    Q_OBJECT

private slots:
    void rfc8032_data()
    {
        QTest::addColumn<QByteArray>("secretKey");
        QTest::addColumn<QByteArray>("publicKey");
        QTest::addColumn<QByteArray>("message");
        QTest::addColumn<QByteArray>("signature");

        QTest::newRow("TEST 1") << QByteArray("9d61b19deffd5a60ba844af492ec2cc44449c5697b326919703bac031cae7f60")
                                << QByteArray(kTest1PublicKey) << QByteArray("")
                                << QByteArray("e5564300c360ac729086e2cc806e828a84877f1eb8e5d974d873e06522490155"
                                              "5fb8821590a33bacc61e39701cf9b46bd25bf5f0595bbe24655141438e7a100b");
        QTest::newRow("TEST 2") << QByteArray("4ccd089b28ff96da9db6c346ec114e0f5b8a319f35aba624da8cf6ed4fb8a6fb")
                                << QByteArray(kTest2PublicKey) << QByteArray("72")
                                << QByteArray("92a009a9f0d4cab8720e820b5f642540a2b27b5416503f8fb3762223ebdb69da"
                                              "085ac1e43e15996e458f3613d0f11d8c387b2eaeb4302aeeb00d291612bb0c00");
        QTest::newRow("TEST 3") << QByteArray("c5aa8df43f9f837bedb7442f31dcb7b166d38535076f094b85ce3a2e0b4458f7")
                                << QByteArray("fc51cd8e6218a1a38da47ed00230f0580816ed13ba3303ac5deb911548908025")
                                << QByteArray("af82")
                                << QByteArray("6291d657deec24024827e69c3abe01a30ce548a284743a445e3680d7db5ac3ac"
                                              "18ff9b538d16f290ae67f760984dc6594a7c15e9716ed28dc027beceea1ec40a");
        QTest::newRow("TEST 1024") << QByteArray("f5e5767cf153319517630f226876b86c8160cc583bc013744c6bf255f5cc0ee5")
                                   << QByteArray("278117fc144c72340f67d0f2316e8386ceffbf2b2428c9c51fef7c597f1d426e")
                                   << QByteArray(kTest1024Message)
                                   << QByteArray("0aab4c900501b3e24d7cdf4663326a3a87df5e4843b2cbdb67cbf6e460fec350"
                                                 "aa5371b1508f9f4528ecea23c436d94b5e8fcd4f681e30a6ac00a9704a188a03");
    }

    void rfc8032()
    {
        QFETCH(QByteArray, secretKey);
        QFETCH(QByteArray, publicKey);
        QFETCH(QByteArray, message);
        QFETCH(QByteArray, signature);

        const auto messageBytes = unhex(message);
        if (QByteArrayView(QTest::currentDataTag()) == "TEST 1024")
            QCOMPARE(messageBytes.size(), std::size_t(1023));

        const SecretSeed seed = seedFromHex(secretKey);
        QCOMPARE(seed.publicKey().hex(), QString::fromLatin1(publicKey));

        const auto signed_ = sign(seed, messageBytes);
        QVERIFY2(signed_, why(signed_).constData());
        QCOMPARE(hexOf(*signed_), signature);

        const auto key = PublicKey::fromHex(std::string_view(publicKey.constData(), 64));
        QVERIFY2(key, why(key).constData());
        const auto expectedSignature = unhex(signature);
        QVERIFY(verify(*key, messageBytes, expectedSignature));

        // Any flipped bit, in the signature or in the message, fails.
        for (const std::size_t bit : {std::size_t(0), std::size_t(255), std::size_t(256), std::size_t(511)}) {
            auto bad = expectedSignature;
            bad[bit / 8] ^= static_cast<std::uint8_t>(1u << (bit % 8));
            QVERIFY2(!verify(*key, messageBytes, bad), qPrintable(QStringLiteral("bit %1").arg(bit)));
        }
        auto changedMessage = messageBytes;
        changedMessage.push_back(0);
        QVERIFY(!verify(*key, changedMessage, expectedSignature));
        if (!messageBytes.empty()) {
            changedMessage = messageBytes;
            changedMessage.back() ^= 0x01;
            QVERIFY(!verify(*key, changedMessage, expectedSignature));
        }
    }

    void verifyRefusesWrongKeyAndLength()
    {
        const SecretSeed seed = seedFromHex("9d61b19deffd5a60ba844af492ec2cc44449c5697b326919703bac031cae7f60");
        const QByteArray message("countersign");
        const auto signature = sign(seed, message);
        QVERIFY(signature);
        QVERIFY(verify(seed.publicKey(), message, *signature));

        const auto otherKey = PublicKey::fromHex(std::string_view(kTest2PublicKey));
        QVERIFY(otherKey);
        QVERIFY(!verify(*otherKey, message, *signature));

        const QByteArray full(reinterpret_cast<const char *>(signature->data()), 64);
        QVERIFY(!verify(seed.publicKey(), message, full.left(63)));
        QVERIFY(!verify(seed.publicKey(), message, QByteArray(full + '\0')));
        QVERIFY(!verify(seed.publicKey(), message, QByteArray()));
    }

    void generatedSeedsSignAndDiffer()
    {
        auto a = SecretSeed::generate();
        auto b = SecretSeed::generate();
        QVERIFY(a && b);
        QVERIFY(a->publicKey() != b->publicKey());
        const auto signature = sign(*a, "entry");
        QVERIFY(signature);
        QVERIFY(verify(a->publicKey(), "entry", *signature));
        QVERIFY(!verify(b->publicKey(), "entry", *signature));
    }

    void movedFromSeedIsNullAndCannotSign()
    {
        auto generated = SecretSeed::generate();
        QVERIFY(generated);
        SecretSeed seed = std::move(generated).value();
        SecretSeed moved = std::move(seed);
        QVERIFY(!moved.isNull());
        QVERIFY(seed.isNull()); // NOLINT(bugprone-use-after-move): the state after a move is the point
        QVERIFY(!sign(seed, "x"));
        QVERIFY(sign(moved, "x"));
    }

    void seedOfWrongLengthIsRefused()
    {
        const std::vector<std::uint8_t> shortSeed(31, 7);
        QVERIFY(!SecretSeed::fromBytes(shortSeed));
        const std::vector<std::uint8_t> longSeed(33, 7);
        QVERIFY(!SecretSeed::fromBytes(longSeed));
    }

    void preAuthEncodingByHand()
    {
        QCOMPARE(QByteArray::fromStdString(entrySignedBytes("{\"seq\":1}")),
                 QByteArray("DSSEv1 41 application/vnd.countersign.entry.v1+json 9 {\"seq\":1}"));
        QCOMPARE(QByteArray::fromStdString(preAuthEncoding("", "")), QByteArray("DSSEv1 0  0 "));
        QCOMPARE(QByteArray::fromStdString(preAuthEncoding("t", "hello world")),
                 QByteArray("DSSEv1 1 t 11 hello world"));
        // Lengths count bytes, not characters: "é" is two bytes in UTF-8.
        QCOMPARE(QByteArray::fromStdString(preAuthEncoding("t", "{\"n\":\"\xc3\xa9\"}")),
                 QByteArray("DSSEv1 1 t 10 {\"n\":\"\xc3\xa9\"}"));
        // A body may contain any byte, NUL included.
        const QByteArray withNul("a\0b", 3);
        QCOMPARE(QByteArray::fromStdString(preAuthEncoding("t", withNul)), QByteArray("DSSEv1 1 t 3 a\0b", 16));
        QVERIFY(kEntryPayloadType == std::string_view("application/vnd.countersign.entry.v1+json"));
    }

    void sha256KnownAnswers()
    {
        QCOMPARE(sha256Hex("abc"), QStringLiteral("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"));
        QCOMPARE(sha256Hex(""), QStringLiteral("e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855"));
    }

    void entryIdIsSha256OfSignedBytes()
    {
        // Values from: printf '%s' 'DSSEv1 41 application/vnd.countersign.entry.v1+json 9 {"seq":1}' | sha256sum
        QCOMPARE(entryId(entrySignedBytes("{\"seq\":1}")),
                 QStringLiteral("5d90bf9d4246df3b17f0d69fa8613fe4420eb2033c2e396359571f1d9f162e73"));
        QCOMPARE(entryId(entrySignedBytes("{}")),
                 QStringLiteral("66119f4568ff4d56d9e2c210cd8509cbdc614cf4845839d08e35b710513975c3"));
    }

    // The checker remembers keys, never verdicts: a bad signature by an author does not make the
    // next good one fail, nor the other way round; a key that is not a curve point fails each time.
    void signatureCheckerCachesKeysNotVerdicts()
    {
        auto seed = SecretSeed::generate();
        QVERIFY2(seed, why(seed).constData());
        EntryBody body;
        body.store = "s";
        body.author = seed->publicKey().hex().toStdString();
        body.type = entry_type::Comment;
        body.content = {{"text", "hello"}};
        auto good = signEntry(body, *seed);
        QVERIFY2(good, why(good).constData());
        SignedEntry forged = *good;
        forged.signature[0] = static_cast<char>(forged.signature[0] ^ 1);

        const SignatureChecker checker;
        QVERIFY(!checker.verify(forged));
        QVERIFY(checker.verify(*good));
        QVERIFY(!checker.verify(forged));
        QVERIFY(checker.verify(*good));

        SignedEntry smallOrderAuthor = *good;
        smallOrderAuthor.body.author = std::string(64, '0'); // y = 0: a point of small order
        QVERIFY(!checker.verify(smallOrderAuthor));
        QVERIFY(!checker.verify(smallOrderAuthor));
        QVERIFY(checker.verify(*good));
    }

    // What a verifier keeps: the body, id and signature, not the bytes; the signature is then
    // checked over the caller's bytes.
    void decodeEntryBodyKeepsNoBytes()
    {
        auto seed = SecretSeed::generate();
        QVERIFY2(seed, why(seed).constData());
        EntryBody body;
        body.store = "s";
        body.author = seed->publicKey().hex().toStdString();
        body.seq = 1;
        body.tsMs = 1'700'000'000'000;
        body.type = entry_type::Comment;
        body.content = {{"request_id", "REQ-1"}, {"text", "hello \"there\"\n"}};
        auto good = signEntry(body, *seed);
        QVERIFY2(good, why(good).constData());

        auto decoded = decodeEntryBody(good->signedBytes, good->signature);
        QVERIFY2(decoded, why(decoded).constData());
        QVERIFY(decoded->signedBytes.empty());
        QCOMPARE(decoded->signature, good->signature);
        // The id against libsodium's SHA-256, a second implementation.
        unsigned char digest[crypto_hash_sha256_BYTES];
        crypto_hash_sha256(digest, reinterpret_cast<const unsigned char *>(good->signedBytes.data()),
                           good->signedBytes.size());
        QCOMPARE(decoded->id, toHex(QByteArrayView(reinterpret_cast<const char *>(digest), sizeof digest)));
        QCOMPARE(decoded->body.author, body.author);
        QVERIFY(decoded->body.content == body.content);
        QCOMPARE(decoded->body.seq, body.seq);

        const SignatureChecker checker;
        QVERIFY(checker.verify(decoded->body.author, good->signedBytes, decoded->signature));
        std::string changed = good->signedBytes;
        changed.back() = ' ';
        QVERIFY(!checker.verify(decoded->body.author, changed, decoded->signature));
        QVERIFY(!decodeEntryBody(good->signedBytes, good->signature.substr(1)));
    }

    void publicKeyHex_data()
    {
        QTest::addColumn<QByteArray>("hex");
        QTest::addColumn<bool>("valid");
        QTest::newRow("RFC 8032 TEST 1") << QByteArray(kTest1PublicKey) << true;
        QTest::newRow("upper case") << QByteArray(kTest1PublicKey).toUpper() << false;
        QTest::newRow("one digit short") << QByteArray(kTest1PublicKey).left(63) << false;
        QTest::newRow("one digit long") << QByteArray(kTest1PublicKey) + '0' << false;
        QTest::newRow("not hex") << QByteArray(kTest1PublicKey).replace('a', 'g') << false;
        QTest::newRow("trailing newline") << QByteArray(kTest1PublicKey) + '\n' << false;
        QTest::newRow("empty") << QByteArray() << false;
        QTest::newRow("identity point (small order)")
            << QByteArray("0100000000000000000000000000000000000000000000000000000000000000") << false;
        QTest::newRow("not on the curve")
            << QByteArray("0200000000000000000000000000000000000000000000000000000000000000") << false;
    }

    void publicKeyHex()
    {
        QFETCH(QByteArray, hex);
        QFETCH(bool, valid);
        const auto key = PublicKey::fromHex(std::string_view(hex.constData(), static_cast<std::size_t>(hex.size())));
        QCOMPARE(bool(key), valid);
        if (valid) {
            QCOMPARE(key->hex(), QString::fromLatin1(hex));
            const auto again = PublicKey::fromHex(QStringView(key->hex()));
            QVERIFY(again);
            QVERIFY(*again == *key);
            QVERIFY(PublicKey::fromBytes(key->bytes()));
        } else {
            QVERIFY(!key.errorMessage().isEmpty());
        }
    }

    void hex256_data()
    {
        QTest::addColumn<QByteArray>("hex");
        QTest::addColumn<bool>("valid");
        QTest::newRow("every digit") << QByteArray("0123456789abcdef").repeated(4) << true;
        QTest::newRow("upper case") << QByteArray("0123456789ABCDEF").repeated(4) << false;
        QTest::newRow("one digit short") << QByteArray("0123456789abcdef").repeated(4).left(63) << false;
        QTest::newRow("one digit long") << QByteArray("0123456789abcdef").repeated(4) + 'a' << false;
        // The characters just outside the ranges 0-9 and a-f, at the end where an early exit
        // would not look.
        for (const char c : {'/', ':', '`', 'g', ' ', '\0', '\xff'})
            QTest::addRow("ends in 0x%02x", static_cast<unsigned char>(c)) << QByteArray(63, 'f') + c << false;
        QTest::newRow("empty") << QByteArray() << false;
    }

    void hex256()
    {
        QFETCH(QByteArray, hex);
        QFETCH(bool, valid);
        const std::string_view text(hex.constData(), static_cast<std::size_t>(hex.size()));
        const auto parsed = Hex256::parse(text);
        QCOMPARE(bool(parsed), valid);
        QCOMPARE(isLowerHex(text, 64), valid);
        if (valid) {
            QCOMPARE(parsed->str(), std::string(text));
            QVERIFY(*parsed == text);
            QVERIFY(*parsed != std::string_view("f").substr(0, 1));
            QVERIFY(*parsed == *Hex256::parse(text));
            QVERIFY(*parsed < *Hex256::parse(std::string(64, 'f')) || parsed->str() == std::string(64, 'f'));
            // Held as bytes, compared by spelling: upper case, or one digit off, is another value.
            QVERIFY(!(*parsed == QByteArray(hex).toUpper().toStdString()));
            std::string changed(text);
            changed[63] = changed[63] == '0' ? '1' : '0';
            QVERIFY(!(*parsed == changed));
            QVERIFY(!(*parsed == *Hex256::parse(changed)));
        }
        QCOMPARE(Hex256().str(), std::string(64, '0'));
    }

    void fingerprintFormat()
    {
        const auto key = PublicKey::fromHex(std::string_view(kTest1PublicKey));
        QVERIFY(key);
        // printf %s d75a...511a | xxd -r -p | sha256sum | cut -c1-32
        QCOMPARE(fingerprint(*key), QStringLiteral("21fe 31df a154 a261 626b f854 046f d227"));
        const auto other = PublicKey::fromHex(std::string_view(kTest2PublicKey));
        QVERIFY(other);
        QVERIFY(fingerprint(*other) != fingerprint(*key));
    }

    void wipeEmptiesPassphrases()
    {
        QByteArray passphrase("correct horse battery staple");
        passphrase.detach();
        wipe(passphrase);
        QVERIFY(passphrase.isEmpty());
        std::string text = "correct horse battery staple";
        wipe(text);
        QVERIFY(text.empty());
    }

    void secureBytesMove()
    {
        auto buffer = SecureBytes::allocate(16);
        QVERIFY(buffer);
        buffer->data()[0] = 42;
        SecureBytes moved = std::move(*buffer);
        QCOMPARE(moved.size(), std::size_t(16));
        QCOMPARE(moved.data()[0], std::uint8_t(42));
        QVERIFY(buffer->isEmpty());
        QVERIFY(!SecureBytes::allocate(0));
    }
};

QTEST_GUILESS_MAIN(TestSigning)
#include "tst_signing.moc"
