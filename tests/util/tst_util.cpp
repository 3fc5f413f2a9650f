// The small utilities: SHA-256 against published vectors, typed JSON reads with key paths.
#include "util/JsonReader.h"
#include "util/Sha256.h"

#include <QTest>

class TestUtil : public QObject
{
    Q_OBJECT

private slots:
    void sha256KnownAnswers_data()
    {
        QTest::addColumn<QByteArray>("input");
        QTest::addColumn<QByteArray>("digest");
        // FIPS 180-2 examples and the empty string.
        QTest::newRow("empty") << QByteArray() << QByteArray("e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
        QTest::newRow("abc") << QByteArray("abc") << QByteArray("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
        QTest::newRow("two blocks") << QByteArray("abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq")
                                    << QByteArray("248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1");
        QTest::newRow("million a") << QByteArray(1'000'000, 'a')
                                   << QByteArray("cdc76e5c9914fb9281a1c7e284d73e67f1809a48a497200e046d39ccc7112cd0");
    }
    void sha256KnownAnswers()
    {
        QFETCH(QByteArray, input);
        QFETCH(QByteArray, digest);
        QCOMPARE(QByteArray::fromStdString(cs::Sha256::hex(input.toStdString())), digest);
        // Fed in pieces, the same digest.
        cs::Sha256 h;
        for (char c : input)
            h.update(std::string_view(&c, 1));
        QCOMPARE(QByteArray::fromStdString(h.finishHex()), digest);
    }

    void jsonReaderNamesTheKeyPath()
    {
        const auto doc = cs::Json::parse(R"({"model": {"decision_threshold": "0.5x", "ok": 1}, "list": ["a", 2]})");
        cs::JsonReader in(QStringLiteral("manifest.json"));
        const cs::Json *model = in.object(doc, "", "model");
        QVERIFY(model);
        QCOMPARE(in.integer(*model, "model", "ok").value(), 1);
        QVERIFY(!in.number(*model, "model", "decision_threshold").has_value());
        QVERIFY(in.failed());
        QCOMPARE(in.error().message, QStringLiteral("manifest.json: model.decision_threshold: expected a number, got \"0.5x\""));
    }

    void jsonReaderFirstProblemWins()
    {
        const auto doc = cs::Json::parse(R"({"list": ["a", 2], "flag": "yes"})");
        cs::JsonReader in(QStringLiteral("policy.json"));
        QVERIFY(!in.stringArray(doc, "", "list").has_value());
        QVERIFY(!in.boolean(doc, "", "flag").has_value());
        QCOMPARE(in.error().message, QStringLiteral("policy.json: list[1]: expected a string, got 2"));
    }

    void jsonReaderRequiredAndOptional()
    {
        const auto doc = cs::Json::parse(R"({"a": null})");
        cs::JsonReader in(QStringLiteral("x.json"));
        QVERIFY(!in.string(doc, "", "a").has_value()); // null and optional: fine
        QVERIFY(!in.failed());
        QVERIFY(!in.string(doc, "", "b", cs::Need::Required).has_value());
        QCOMPARE(in.error().message, QStringLiteral("x.json: b: required but missing"));
    }
};

QTEST_GUILESS_MAIN(TestUtil)
#include "tst_util.moc"
