// The bundle file format of folder sync (core/audit/Bundle.h): what is written reads back byte for
// byte; a bundle cut at any byte, a flipped byte anywhere, garbage, a wrong checksum and a count
// or range that does not add up are refused with a reason and never crash; bundle names are
// accepted only in the form feeds/<64 hex>/<from>-<to>.bundle.

#include "SyncTestSupport.h"

#include "audit/Bundle.h"
#include "util/Sha256.h"

#include <QTest>

#include <random>

using namespace cs;
using namespace cs::audit;
using namespace cs::test;

namespace {

const std::string kAuthor(64, 'a');
const std::string kStore = "0123456789abcdef0123456789abcdef";

// Appends the closing checksum line the way encodeBundle() does, for hand-made bundles whose
// framing is wrong but whose checksum is right.
std::string seal(const std::string &body)
{
    return body + "end " + Sha256::hex(body) + "\n";
}

std::string header(const std::string &range, const std::string &count)
{
    return "countersign-bundle v1\nstore " + kStore + "\nauthor " + kAuthor + "\nrange " + range + "\ncount " + count + "\n";
}

std::string entryFrame(const std::string &signedBytes, const std::string &signature)
{
    return "entry " + std::to_string(signedBytes.size()) + " " + std::to_string(signature.size()) + "\n" + signedBytes + signature + "\n";
}

// Two real entries of one feed, signed.
Bundle realBundle()
{
    static const SecretSeed author = newSeed();
    EntryBody body;
    body.store = kStore;
    body.author = keyHex(author);
    body.seq = 1;
    body.tsMs = kT0;
    body.type = entry_type::Comment;
    body.content = commentContent("req-1", "first");
    auto first = signEntry(body, author);
    body.seq = 2;
    body.prev = first->id;
    body.tsMs = kT0 + 1;
    body.content = commentContent("req-1", "second, with \"quotes\" and a line\nbreak");
    auto second = signEntry(body, author);
    if (!first || !second)
        qFatal("cannot sign test entries");
    Bundle b;
    b.store = kStore;
    b.author = keyHex(author);
    b.from = 1;
    b.to = 2;
    b.entries = {{first->signedBytes, first->signature}, {second->signedBytes, second->signature}};
    return b;
}

} // namespace

class TestBundle : public QObject
{
    Q_OBJECT

private slots:
    void roundTrip();
    void roundTripArbitraryBytes();
    void tornAtEveryOffset();
    void flippedByteAnywhere();
    void garbage_data();
    void garbage();
    void wrongChecksum();
    void framing_data();
    void framing();
    void countRangeMismatchFromEncoder();
    void bundleName_data();
    void bundleName();
};

void TestBundle::roundTrip()
{
    const Bundle b = realBundle();
    const std::string bytes = encodeBundle(b);
    auto decoded = decodeBundle(bytes);
    QVERIFY2(decoded, why(decoded).constData());
    QCOMPARE(decoded->store, b.store);
    QCOMPARE(decoded->author, b.author);
    QCOMPARE(decoded->from, b.from);
    QCOMPARE(decoded->to, b.to);
    QCOMPARE(decoded->entries.size(), b.entries.size());
    for (std::size_t i = 0; i < b.entries.size(); ++i) {
        QVERIFY(decoded->entries[i].signedBytes == b.entries[i].signedBytes);
        QVERIFY(decoded->entries[i].signature == b.entries[i].signature);
        // What comes out still decodes and verifies as the entry that went in.
        auto e = decodeEntry(decoded->entries[i].signedBytes, decoded->entries[i].signature);
        QVERIFY2(e, why(e).constData());
        QVERIFY(verifyEntrySignature(*e));
    }
    // Encoding is deterministic: the same entries give the same file.
    QVERIFY(encodeBundle(*decoded) == bytes);
}

void TestBundle::roundTripArbitraryBytes()
{
    // The format frames by length, so entry bytes may hold anything: line breaks, NUL, the
    // closing marker itself, every byte value.
    std::string all;
    for (int c = 0; c < 256; ++c)
        all += static_cast<char>(c);
    Bundle b;
    b.store = kStore;
    b.author = kAuthor;
    b.from = 7;
    b.to = 10;
    b.entries = {{all, std::string(64, '\0')},
                 {"\nend " + Sha256::hex("x") + "\n", std::string(64, '\n')},
                 {std::string(), std::string()},
                 {std::string("a\0b", 3), all}};
    auto decoded = decodeBundle(encodeBundle(b));
    QVERIFY2(decoded, why(decoded).constData());
    QCOMPARE(decoded->from, 7);
    QCOMPARE(decoded->to, 10);
    QCOMPARE(decoded->entries.size(), b.entries.size());
    for (std::size_t i = 0; i < b.entries.size(); ++i) {
        QVERIFY(decoded->entries[i].signedBytes == b.entries[i].signedBytes);
        QVERIFY(decoded->entries[i].signature == b.entries[i].signature);
    }
}

void TestBundle::tornAtEveryOffset()
{
    const std::string bytes = encodeBundle(realBundle());
    QVERIFY(bytes.size() > 500);
    for (std::size_t n = 0; n < bytes.size(); ++n) {
        auto decoded = decodeBundle(std::string_view(bytes).substr(0, n));
        if (decoded)
            QFAIL(qPrintable(QStringLiteral("a bundle cut after %1 of %2 bytes was accepted").arg(n).arg(bytes.size())));
        QVERIFY(decoded.errorMessage().startsWith(QStringLiteral("torn or damaged bundle")));
    }
    // Cut, then padded with what a torn write leaves behind.
    for (std::size_t n = 0; n < bytes.size(); n += 7) {
        const std::string padded = bytes.substr(0, n) + std::string(bytes.size() - n, '\0');
        QVERIFY2(!decodeBundle(padded), qPrintable(QStringLiteral("zero-padded at %1 accepted").arg(n)));
    }
}

void TestBundle::flippedByteAnywhere()
{
    const std::string bytes = encodeBundle(realBundle());
    for (std::size_t i = 0; i < bytes.size(); ++i) {
        std::string damaged = bytes;
        damaged[i] = static_cast<char>(damaged[i] ^ 0x01);
        if (decodeBundle(damaged))
            QFAIL(qPrintable(QStringLiteral("a bundle with byte %1 changed was accepted").arg(i)));
    }
}

void TestBundle::garbage_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::newRow("empty") << QByteArray();
    QTest::newRow("one byte") << QByteArray("c");
    QTest::newRow("only the header line") << QByteArray("countersign-bundle v1\n");
    QTest::newRow("header and an empty checksum") << QByteArray("countersign-bundle v1\nend \n");
    QTest::newRow("other version") << QByteArray::fromStdString(seal("countersign-bundle v2\n"));
    QTest::newRow("sealed header only") << QByteArray::fromStdString(seal("countersign-bundle v1\n"));
    QTest::newRow("json") << QByteArray(R"({"entries": []})");
    QTest::newRow("nul bytes") << QByteArray(4096, '\0');
    std::mt19937 rng(20240501);
    for (int i = 0; i < 20; ++i) {
        QByteArray random(static_cast<qsizetype>(rng() % 3000), '\0');
        for (auto &c : random)
            c = static_cast<char>(rng());
        QTest::newRow(qPrintable(QStringLiteral("random %1").arg(i))) << random;
        QTest::newRow(qPrintable(QStringLiteral("header + random %1").arg(i))) << QByteArray("countersign-bundle v1\n") + random;
        QTest::newRow(qPrintable(QStringLiteral("sealed header + random %1").arg(i)))
            << QByteArray::fromStdString(seal(header("1 2", "2") + stringOf(random)));
    }
}

void TestBundle::garbage()
{
    QFETCH(QByteArray, bytes);
    auto decoded = decodeBundle(std::string_view(bytes.constData(), static_cast<std::size_t>(bytes.size())));
    QVERIFY(!decoded);
    QVERIFY(!decoded.errorMessage().isEmpty());
}

void TestBundle::wrongChecksum()
{
    const std::string bytes = encodeBundle(realBundle());
    const auto endAt = bytes.rfind("\nend ");
    QVERIFY(endAt != std::string::npos);
    // A checksum of other contents, a checksum in upper case, one digit short, none at all.
    const std::string body = bytes.substr(0, endAt + 1);
    const std::string variants[] = {
        body + "end " + Sha256::hex("something else") + "\n",
        body + "end " + QByteArray::fromStdString(Sha256::hex(body)).toUpper().toStdString() + "\n",
        body + "end " + Sha256::hex(body).substr(1) + "\n",
        body + "end \n",
        body,
        body + "end " + Sha256::hex(body),
    };
    for (const auto &v : variants) {
        auto decoded = decodeBundle(v);
        QVERIFY(!decoded);
        QVERIFY(decoded.errorMessage().startsWith(QStringLiteral("torn or damaged bundle")));
    }
}

void TestBundle::framing_data()
{
    // Bundles with a correct checksum whose framing does not add up; `reason` is part of the
    // message the format gives.
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("reason");
    const std::string e1 = entryFrame("signed-1", std::string(64, 's'));
    const std::string e2 = entryFrame("signed-2", std::string(64, 't'));
    auto row = [](const char *name, const std::string &body, const char *reason) {
        QTest::newRow(name) << QByteArray::fromStdString(seal(body)) << QString::fromLatin1(reason);
    };
    row("count above range", header("1 2", "3") + e1 + e2, "count does not match");
    row("count below range", header("1 2", "1") + e1, "count does not match");
    row("count zero", header("1 1", "0"), "count does not match");
    row("fewer entries than counted", header("1 2", "2") + e1, "entry header is missing");
    row("more entries than counted", header("1 1", "1") + e1 + e2, "unexpected bytes after the last entry");
    row("range backwards", header("3 2", "0") + e1, "bad range");
    row("range from zero", header("0 1", "2") + e1 + e2, "bad range");
    row("range negative", header("-1 1", "3") + e1 + e2, "bad range");
    row("range leading zero", header("01 2", "2") + e1 + e2, "bad range");
    row("range one number", header("1", "1") + e1, "bad range");
    row("range overflows", header("1 99999999999999999999", "1") + e1, "bad range");
    row("count overflows", header("1 1", "99999999999999999999") + e1, "count does not match");
    row("entry longer than the file", header("1 1", "1") + "entry 5000 64\nshort\n", "cut short");
    row("entry lengths overflow", header("1 1", "1") + "entry 9223372036854775807 9223372036854775807\nx\n", "cut short");
    row("entry length overflows int64", header("1 1", "1") + "entry 18446744073709551615 1\nx\n", "cut short");
    row("entry length negative", header("1 1", "1") + "entry -1 64\n" + std::string(64, 's') + "\n", "cut short");
    row("entry without line break", header("1 1", "1") + "entry 8 64\nsigned-1" + std::string(64, 's') + "X\n", "line break");
    row("no entry keyword", header("1 1", "1") + "entri 8 64\nsigned-1" + std::string(64, 's') + "\n", "entry header is missing");
    row("author not hex",
        "countersign-bundle v1\nstore " + kStore + "\nauthor " + std::string(64, 'g') + "\nrange 1 1\ncount 1\n" + e1, "no author line");
    row("author upper case",
        "countersign-bundle v1\nstore " + kStore + "\nauthor " + std::string(64, 'A') + "\nrange 1 1\ncount 1\n" + e1, "no author line");
    row("author short", "countersign-bundle v1\nstore " + kStore + "\nauthor abc\nrange 1 1\ncount 1\n" + e1, "no author line");
    row("no store", "countersign-bundle v1\nauthor " + kAuthor + "\nrange 1 1\ncount 1\n" + e1, "no store line");
    row("lines swapped", "countersign-bundle v1\nauthor " + kAuthor + "\nstore " + kStore + "\nrange 1 1\ncount 1\n" + e1, "no store line");
}

void TestBundle::framing()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QString, reason);
    auto decoded = decodeBundle(std::string_view(bytes.constData(), static_cast<std::size_t>(bytes.size())));
    QVERIFY2(!decoded, "a bundle whose framing does not add up was accepted");
    QVERIFY2(decoded.errorMessage().contains(reason), qPrintable(decoded.errorMessage()));
}

void TestBundle::countRangeMismatchFromEncoder()
{
    // The encoder writes whatever it is given; the decoder holds the line.
    Bundle b = realBundle();
    b.to = 3; // two entries claiming three seqs
    QVERIFY(!decodeBundle(encodeBundle(b)));
    b.to = 1; // two entries claiming one
    QVERIFY(!decodeBundle(encodeBundle(b)));
    b.from = 2;
    b.to = 3; // right count, another range: framing is fine, the importer checks the name
    auto shifted = decodeBundle(encodeBundle(b));
    QVERIFY2(shifted, why(shifted).constData());
    QCOMPARE(shifted->from, 2);
}

void TestBundle::bundleName_data()
{
    QTest::addColumn<QString>("directory");
    QTest::addColumn<QString>("file");
    QTest::addColumn<bool>("accepted");
    QTest::addColumn<qint64>("from");
    QTest::addColumn<qint64>("to");
    const QString key = QString::fromStdString(kAuthor);
    const QString other = QString::fromStdString(std::string(63, '0') + "9");
    QTest::newRow("one entry") << key << QStringLiteral("1-1.bundle") << true << qint64(1) << qint64(1);
    QTest::newRow("a run") << key << QStringLiteral("4-17.bundle") << true << qint64(4) << qint64(17);
    QTest::newRow("digits in the key") << other << QStringLiteral("12-12.bundle") << true << qint64(12) << qint64(12);
    QTest::newRow("large seq") << key << QStringLiteral("9007199254740990-9007199254740991.bundle") << true
                               << qint64(9007199254740990) << qint64(9007199254740991);
    auto refused = [&](const char *name, const QString &dir, const char *file) {
        QTest::newRow(name) << dir << QString::fromLatin1(file) << false << qint64(0) << qint64(0);
    };
    refused("dot dot directory", QStringLiteral(".."), "1-1.bundle");
    refused("dot directory", QStringLiteral("."), "1-1.bundle");
    refused("dot dot in file", key, "1..2.bundle");
    refused("dot dot as range", key, "..-1.bundle");
    refused("path in file", key, "../1-1.bundle");
    refused("absolute path in file", key, "/etc/1-1.bundle");
    refused("dot dot key", QStringLiteral("..") + key.mid(2), "1-1.bundle");
    refused("key upper case", key.toUpper(), "1-1.bundle");
    refused("key short", key.left(63), "1-1.bundle");
    refused("key long", key + QLatin1Char('a'), "1-1.bundle");
    refused("key not hex", QString(64, QLatin1Char('z')), "1-1.bundle");
    refused("no suffix", key, "1-1");
    refused("other suffix", key, "1-1.bundel");
    refused("only suffix", key, ".bundle");
    refused("temporary name", key, "1-1.bundle.aBc123");
    refused("hidden", key, ".1-1.bundle");
    refused("one number", key, "1.bundle");
    refused("from zero", key, "0-1.bundle");
    refused("backwards", key, "3-2.bundle");
    refused("negative", key, "-1-2.bundle");
    refused("double dash", key, "1--2.bundle");
    refused("leading zero", key, "01-2.bundle");
    refused("plus sign", key, "+1-2.bundle");
    refused("space", key, "1-2 .bundle");
    refused("overflow", key, "1-99999999999999999999.bundle");
    refused("three numbers", key, "1-2-3.bundle");
    refused("hex numbers", key, "a-f.bundle");
    refused("empty", key, "");
}

void TestBundle::bundleName()
{
    QFETCH(QString, directory);
    QFETCH(QString, file);
    QFETCH(bool, accepted);
    const auto name = parseBundleName(directory.toStdString(), file.toStdString());
    QCOMPARE(name.has_value(), accepted);
    if (!accepted)
        return;
    QFETCH(qint64, from);
    QFETCH(qint64, to);
    QCOMPARE(name->author, directory.toStdString());
    QCOMPARE(name->from, from);
    QCOMPARE(name->to, to);
    QCOMPARE(bundleFileName(name->from, name->to), file.toStdString());
}

QTEST_GUILESS_MAIN(TestBundle)
#include "tst_bundle.moc"
