// The canonical JSON of the audit contract: RFC 8785 output rules, and every input that the
// contract refuses, refused with the offending member named.

#include "audit/CanonicalJson.h"

#include <QTest>

#include <algorithm>
#include <cstdint>
#include <limits>
#include <string>

using cs::audit::canonicalize;
using cs::audit::parseCanonical;
using cs::audit::parseStrict;
using nlohmann::json;

namespace {

// QVERIFY2 evaluates its message even when the check passes, so the message must not touch
// the error of a successful Result.
template<typename T>
QByteArray why(const cs::Result<T> &result)
{
    return result ? QByteArray("(succeeded)") : result.errorMessage().toUtf8();
}

QByteArray bytes(const std::string &s)
{
    return QByteArray::fromStdString(s);
}

std::string canonical(const json &value)
{
    auto result = canonicalize(value);
    if (!result) {
        qWarning("canonicalize failed: %s", why(result).constData());
        return {};
    }
    return *result;
}

} // namespace

class TestCanonicalJson final : public QObject
{
    Q_OBJECT

private slots:
    void keysSortedByBytes()
    {
        const json value = {{"b", 1}, {"a", 2}, {"A", 3}, {"_", 4}, {"aa", 5}, {"", 6}, {"a b", 7}};
        QCOMPARE(bytes(canonical(value)), QByteArray(R"({"":6,"A":3,"_":4,"a":2,"a b":7,"aa":5,"b":1})"));
    }

    void nestedValuesWithoutWhiteSpace()
    {
        const json value = json::parse(" { \"z\" : [ 3 , 1 , { \"y\" : null , \"x\" : true } ] ,\n"
                                       "   \"m\" : { } , \"k\" : [ ] , \"f\" : false } ");
        QCOMPARE(bytes(canonical(value)), QByteArray(R"({"f":false,"k":[],"m":{},"z":[3,1,{"x":true,"y":null}]})"));
    }

    void integers_data()
    {
        QTest::addColumn<qint64>("value");
        QTest::addColumn<QByteArray>("expected");
        QTest::newRow("zero") << qint64(0) << QByteArray("0");
        QTest::newRow("negative") << qint64(-42) << QByteArray("-42");
        QTest::newRow("time stamp ms") << qint64(1735689600123) << QByteArray("1735689600123");
        QTest::newRow("2^53-1") << qint64(9007199254740991) << QByteArray("9007199254740991");
        QTest::newRow("-(2^53-1)") << qint64(-9007199254740991) << QByteArray("-9007199254740991");
    }

    void integers()
    {
        QFETCH(qint64, value);
        QFETCH(QByteArray, expected);
        QCOMPARE(bytes(canonical(json(static_cast<std::int64_t>(value)))), expected);
        if (value >= 0)
            QCOMPARE(bytes(canonical(json(static_cast<std::uint64_t>(value)))), expected);
    }

    void stringEscapes_data()
    {
        QTest::addColumn<QByteArray>("input");
        QTest::addColumn<QByteArray>("expected");
        QTest::newRow("quote") << QByteArray("a\"b") << QByteArray("\"a\\\"b\"");
        QTest::newRow("backslash") << QByteArray("a\\b") << QByteArray(R"("a\\b")");
        QTest::newRow("backspace") << QByteArray("\b") << QByteArray(R"("\b")");
        QTest::newRow("tab") << QByteArray("\t") << QByteArray(R"("\t")");
        QTest::newRow("newline") << QByteArray("\n") << QByteArray(R"("\n")");
        QTest::newRow("form feed") << QByteArray("\f") << QByteArray(R"("\f")");
        QTest::newRow("carriage return") << QByteArray("\r") << QByteArray(R"("\r")");
        QTest::newRow("NUL") << QByteArray("\0", 1) << QByteArray(R"("\u0000")");
        QTest::newRow("U+0001") << QByteArray("\x01") << QByteArray(R"("\u0001")");
        QTest::newRow("vertical tab, lower-case hex") << QByteArray("\x0b") << QByteArray(R"("\u000b")");
        QTest::newRow("U+001A lower-case hex") << QByteArray("\x1a") << QByteArray(R"("\u001a")");
        QTest::newRow("U+001F") << QByteArray("\x1f") << QByteArray(R"("\u001f")");
        QTest::newRow("space is not escaped") << QByteArray(" ") << QByteArray(R"(" ")");
        QTest::newRow("slash is not escaped") << QByteArray("a/b") << QByteArray(R"("a/b")");
        QTest::newRow("DEL is not escaped") << QByteArray("\x7f") << QByteArray("\"\x7f\"");
        QTest::newRow("e acute as is") << QByteArray("caf\xc3\xa9") << QByteArray("\"caf\xc3\xa9\"");
        QTest::newRow("euro sign as is") << QByteArray("\xe2\x82\xac") << QByteArray("\"\xe2\x82\xac\"");
        QTest::newRow("U+2028 as is") << QByteArray("\xe2\x80\xa8") << QByteArray("\"\xe2\x80\xa8\"");
        QTest::newRow("emoji, 4 bytes, as is") << QByteArray("\xf0\x9f\x98\x80") << QByteArray("\"\xf0\x9f\x98\x80\"");
        QTest::newRow("U+10FFFF as is") << QByteArray("\xf4\x8f\xbf\xbf") << QByteArray("\"\xf4\x8f\xbf\xbf\"");
        QTest::newRow("mixed") << QByteArray("K\xc3\xb6ln\t\"x\"\x1b") << QByteArray("\"K\xc3\xb6ln\\t\\\"x\\\"\\u001b\"");
    }

    void stringEscapes()
    {
        QFETCH(QByteArray, input);
        QFETCH(QByteArray, expected);
        QCOMPARE(bytes(canonical(json(input.toStdString()))), expected);
        // Keys are escaped the same way (control characters are ASCII, hence allowed).
        if (std::all_of(input.begin(), input.end(), [](char c) { return static_cast<unsigned char>(c) < 0x80; })) {
            const json object = {{input.toStdString(), 1}};
            QCOMPARE(bytes(canonical(object)), QByteArray("{" + expected + ":1}"));
        }
    }

    void refusesFloats()
    {
        for (const double d : {1.5, 2.0, 0.0, -0.0, 1e300}) {
            const auto result = canonicalize(json{{"x", d}});
            QVERIFY2(!result, qPrintable(QString::number(d)));
            QVERIFY2(result.errorMessage().contains(QLatin1String("not an integer")), why(result).constData());
            QVERIFY2(result.errorMessage().contains(QLatin1String("/x")), why(result).constData());
        }
    }

    void refusesIntegersBeyond2To53()
    {
        const json values[] = {json(std::int64_t(9007199254740992)), json(std::int64_t(-9007199254740992)),
                               json(std::uint64_t(9007199254740992)), json(std::numeric_limits<std::int64_t>::min()),
                               json(std::numeric_limits<std::uint64_t>::max())};
        for (const json &value : values) {
            const auto result = canonicalize(value);
            QVERIFY2(!result, value.dump().c_str());
            QVERIFY2(result.errorMessage().contains(QLatin1String("2^53")), why(result).constData());
        }
    }

    void refusesNonAsciiKeys()
    {
        const auto result = canonicalize(json{{"outer", {{"caf\xc3\xa9", 1}}}});
        QVERIFY(!result);
        QVERIFY2(result.errorMessage().contains(QLatin1String("ASCII")), why(result).constData());
        QVERIFY2(result.errorMessage().contains(QStringLiteral("/outer/caf\u00e9")), why(result).constData());
    }

    void refusesInvalidUtf8_data()
    {
        QTest::addColumn<QByteArray>("input");
        QTest::newRow("lone continuation byte") << QByteArray("a\x80");
        QTest::newRow("0xFF") << QByteArray("\xff");
        QTest::newRow("overlong slash") << QByteArray("\xc0\xaf");
        QTest::newRow("overlong 3-byte") << QByteArray("\xe0\x80\xaf");
        QTest::newRow("UTF-16 surrogate D800") << QByteArray("\xed\xa0\x80");
        QTest::newRow("truncated euro sign") << QByteArray("\xe2\x82");
        QTest::newRow("above U+10FFFF") << QByteArray("\xf4\x90\x80\x80");
        QTest::newRow("5-byte form") << QByteArray("\xf8\x88\x80\x80\x80");
    }

    void refusesInvalidUtf8()
    {
        QFETCH(QByteArray, input);
        QVERIFY(!cs::audit::isValidUtf8(input.toStdString()));
        const auto result = canonicalize(json{{"list", {"ok", input.toStdString()}}});
        QVERIFY(!result);
        QVERIFY2(result.errorMessage().contains(QLatin1String("UTF-8")), why(result).constData());
        QVERIFY2(result.errorMessage().contains(QLatin1String("/list/1")), why(result).constData());

        // The parser refuses the same bytes inside a JSON string.
        const QByteArray text = "{\"s\":\"" + input + "\"}";
        QVERIFY(!parseStrict(text.toStdString()));
    }

    void refusesBinaryAndDeepNesting()
    {
        QVERIFY(!canonicalize(json::binary({1, 2, 3})));
        json deep = 1;
        for (int i = 0; i < 200; ++i)
            deep = json::array({deep});
        const auto result = canonicalize(deep);
        QVERIFY(!result);
        QVERIFY2(result.errorMessage().contains(QLatin1String("deeper")), why(result).constData());
    }

    void parseStrictAcceptsNonCanonicalText()
    {
        const auto result = parseStrict(" {\"b\" : [1, 2],\n \"a\": \"\\u0041\"} ");
        QVERIFY2(result, why(result).constData());
        QCOMPARE(bytes(canonical(*result)), QByteArray(R"({"a":"A","b":[1,2]})"));
    }

    void parseStrictRefusesDuplicateKeys_data()
    {
        QTest::addColumn<QByteArray>("text");
        QTest::newRow("top level") << QByteArray(R"({"a":1,"a":2})");
        QTest::newRow("same value") << QByteArray(R"({"a":1,"a":1})");
        QTest::newRow("nested") << QByteArray(R"({"x":{"k":1,"j":2,"k":3}})");
        QTest::newRow("in array") << QByteArray(R"([{"k":1},{"k":1,"k":1}])");
        QTest::newRow("after nested object") << QByteArray(R"({"a":{"b":1},"a":2})");
        QTest::newRow("escaped spelling") << QByteArray(R"({"a":1,"\u0061":2})");
    }

    void parseStrictRefusesDuplicateKeys()
    {
        QFETCH(QByteArray, text);
        const auto result = parseStrict(text.toStdString());
        QVERIFY(!result);
        QVERIFY2(result.errorMessage().contains(QLatin1String("twice")), why(result).constData());
    }

    void parseStrictAllowsTheSameKeyInDifferentObjects()
    {
        const auto result = parseStrict(R"({"a":{"a":1},"b":{"a":1},"c":[{"a":1},{"a":2}]})");
        QVERIFY2(result, why(result).constData());
    }

    void parseStrictRefusesMalformedText_data()
    {
        QTest::addColumn<QByteArray>("text");
        QTest::newRow("empty") << QByteArray("");
        QTest::newRow("byte order mark") << QByteArray("\xef\xbb\xbf{}");
        QTest::newRow("trailing garbage") << QByteArray("{} x");
        QTest::newRow("two values") << QByteArray("{}{}");
        QTest::newRow("trailing comma") << QByteArray("[1,]");
        QTest::newRow("comment") << QByteArray("{} // no");
        QTest::newRow("single quotes") << QByteArray("{'a':1}");
        QTest::newRow("raw control character") << QByteArray("\"a\nb\"");
        QTest::newRow("lone surrogate escape") << QByteArray(R"("\ud800")");
        QTest::newRow("lone low surrogate escape") << QByteArray(R"("\udc00x")");
        QTest::newRow("invalid UTF-8 outside strings") << QByteArray("[1,\xff]");
        QTest::newRow("deep nesting") << QByteArray(200, '[') + QByteArray(200, ']');
    }

    void parseStrictRefusesMalformedText()
    {
        QFETCH(QByteArray, text);
        const auto result = parseStrict(std::string_view(text.constData(), static_cast<std::size_t>(text.size())));
        QVERIFY(!result);
        QVERIFY(!result.errorMessage().isEmpty());
    }

    void parseCanonicalAcceptsCanonicalBytes()
    {
        const std::string body =
            "{\"author\":\"d75a980182b10ab7d54bfed3c964073a0ee172f3daa62325af021a68f707511a\","
            "\"content\":{\"comment\":\"Gr\xc3\xbc\xc3\x9f" "e\\n\\\"ok\\\"\",\"conditions\":[],\"decision\":\"approve\"},"
            "\"prev\":null,\"roster_ref\":null,\"seen\":[],\"seq\":1,\"store\":\"s1\",\"ts_ms\":1735689600123,"
            "\"type\":\"decision\",\"v\":1}";
        const auto result = parseCanonical(body);
        QVERIFY2(result, why(result).constData());
        QCOMPARE((*result)["content"]["comment"].get<std::string>(), std::string("Gr\xc3\xbc\xc3\x9f" "e\n\"ok\""));
        QCOMPARE(bytes(canonical(*result)), bytes(body));
    }

    void parseCanonicalRefusesOtherSpellings_data()
    {
        QTest::addColumn<QByteArray>("text");
        QTest::newRow("white space") << QByteArray(R"({"a": 1})");
        QTest::newRow("trailing newline") << QByteArray("{\"a\":1}\n");
        QTest::newRow("unsorted keys") << QByteArray(R"({"b":1,"a":2})");
        QTest::newRow("needless escape") << QByteArray(R"(["\u0041"])");
        QTest::newRow("escaped slash") << QByteArray(R"(["\/"])");
        QTest::newRow("upper-case hex escape") << QByteArray(R"(["\u001F"])");
        QTest::newRow("\\u escape for newline") << QByteArray(R"(["\u000a"])");
        QTest::newRow("escaped non-ASCII") << QByteArray(R"(["caf\u00e9"])");
        QTest::newRow("negative zero") << QByteArray("[-0]");
        QTest::newRow("float") << QByteArray("[1.0]");
        QTest::newRow("exponent") << QByteArray("[1e2]");
        QTest::newRow("2^53") << QByteArray("[9007199254740992]");
        QTest::newRow("duplicate key") << QByteArray(R"({"a":1,"a":1})");
    }

    void parseCanonicalRefusesOtherSpellings()
    {
        QFETCH(QByteArray, text);
        const auto result = parseCanonical(text.toStdString());
        QVERIFY(!result);
        QVERIFY(!result.errorMessage().isEmpty());
    }

    void nonCanonicalErrorSaysWhere()
    {
        const auto result = parseCanonical(R"({"a":1, "b":2})");
        QVERIFY(!result);
        QVERIFY2(result.errorMessage().contains(QLatin1String("canonical")), why(result).constData());
        QVERIFY2(result.errorMessage().contains(QLatin1String("byte 7")), why(result).constData());
    }
};

QTEST_GUILESS_MAIN(TestCanonicalJson)
#include "tst_canonicaljson.moc"
