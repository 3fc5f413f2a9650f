// The fast entry-body reader against the general path it shortcuts (parseCanonical, then
// bodyFromJson): on real bodies both give the same values, and on tens of thousands of
// one-byte mutations of them the fast reader never accepts what the general path refuses.

#include "audit/CanonicalBodyReader.h"
#include "audit/CanonicalJson.h"

#include <QTest>

#include <string>
#include <vector>

using namespace cs::audit;
using nlohmann::json;

namespace {

std::string hex64(char c)
{
    return std::string(64, c);
}

std::string canonicalText(const EntryBody &body)
{
    auto text = canonicalize(bodyToJson(body));
    return text ? *text : std::string();
}

// The general path: what decodeEntry did before the fast reader existed.
std::optional<EntryBody> readSlowly(std::string_view text)
{
    auto parsed = parseCanonical(text);
    if (!parsed)
        return std::nullopt;
    auto body = bodyFromJson(*parsed);
    if (!body)
        return std::nullopt;
    return std::move(body).value();
}

std::vector<EntryBody> sampleBodies()
{
    std::vector<EntryBody> bodies;

    EntryBody first; // the first entry of a feed: no prev, no roster reference, nobody seen
    first.store = "0123456789abcdef0123456789abcdef";
    first.author = hex64('a');
    first.seq = 1;
    first.tsMs = 1'735'689'600'123;
    first.type = entry_type::Roster;
    first.content = {
        {"grants", json::array({{{"key", hex64('b')}, {"name", "Ana"}, {"roles", {"ml_governance_analyst"}}}})}};
    bodies.push_back(first);

    EntryBody decision; // a later entry with a long `seen` list and text that needs escapes
    decision.store = first.store;
    decision.author = hex64('c');
    decision.seq = 42;
    decision.prev = hex64('d');
    decision.rosterRef = hex64('e');
    decision.tsMs = 1'735'689'700'000;
    decision.type = entry_type::Decision;
    for (int i = 0; i < 5; ++i)
        decision.seen.push_back({*Hex256::parse(std::string(63, 'f') + char('0' + i)), i + 1,
                                 *Hex256::parse(std::string(63, '1') + char('0' + i))});
    decision.content = {{"request", hex64('9')},
                        {"decision", "approve_with_conditions"},
                        {"comment", "Gr\xc3\xbc\xc3\x9f"
                                    "e \"quoted\"\n\ttab \\ slash \x01"},
                        {"conditions", {"monitor weekly", "no \xe2\x82\xac limit"}},
                        {"nested", {{"deep", {{"n", -7}, {"zero", 0}, {"big", 9'007'199'254'740'991LL}}}}}};
    bodies.push_back(decision);

    EntryBody negative = decision; // a time stamp before 1970 and a seen seq of zero still parse
    negative.tsMs = -5;
    negative.seen = {{*Hex256::parse(hex64('2')), 0, *Hex256::parse(hex64('3'))}};
    negative.content = json::object();
    bodies.push_back(negative);

    EntryBody shapes = first; // every kind of JSON value in the content
    shapes.type = entry_type::Comment;
    shapes.content = {{"a", json::array({json::array(), json::object(), true, false, nullptr, -1, 0, 12})},
                      {"b", std::string("\x1f\x7f control and DEL, \xf0\x9f\x98\x80 emoji")},
                      {"c", {{"x", json::array({json::array({1, 2}), json::array({json::object({{"y", "z"}})})})}}}};
    bodies.push_back(shapes);
    return bodies;
}

QByteArray describe(const EntryBody &body)
{
    return QByteArray::fromStdString(bodyToJson(body).dump());
}

} // namespace

class TestCanonicalBodyReader : public QObject
{
    Q_OBJECT

private slots:
    void readsRealBodiesWithTheSameValuesAsTheGeneralPath()
    {
        for (const EntryBody &body : sampleBodies()) {
            const std::string text = canonicalText(body);
            QVERIFY(!text.empty());
            const auto fast = readCanonicalBody(text);
            const auto slow = readSlowly(text);
            QVERIFY2(fast.has_value(), text.c_str());
            QVERIFY2(slow.has_value(), text.c_str());
            QCOMPARE(describe(*fast), describe(body));
            QCOMPARE(describe(*fast), describe(*slow));
        }
    }

    void refusesWhatTheContractRefuses_data()
    {
        QTest::addColumn<QByteArray>("from");
        QTest::addColumn<QByteArray>("to");
        QTest::newRow("negative zero seq") << QByteArray("\"seq\":42") << QByteArray("\"seq\":-0");
        QTest::newRow("leading zero") << QByteArray("\"seq\":42") << QByteArray("\"seq\":042");
        QTest::newRow("2^53") << QByteArray("\"ts_ms\":1735689700000") << QByteArray("\"ts_ms\":9007199254740992");
        QTest::newRow("float") << QByteArray("\"seq\":42") << QByteArray("\"seq\":42.0");
        QTest::newRow("white space") << QByteArray("\"seq\":42") << QByteArray("\"seq\": 42");
        QTest::newRow("unknown type") << QByteArray("\"decision\",\"v\"") << QByteArray("\"decisions\",\"v\"");
        QTest::newRow("version 2") << QByteArray("\"v\":1}") << QByteArray("\"v\":2}");
        QTest::newRow("upper-case hex") << QByteArray("\"prev\":\"dd") << QByteArray("\"prev\":\"DD");
        QTest::newRow("no prev on entry 42")
            << QByteArray("\"prev\":\"" + QByteArray(64, 'd') + "\"") << QByteArray("\"prev\":null");
        QTest::newRow("content unsorted") << QByteArray("{\"comment\"") << QByteArray("{\"zomment\"");
        QTest::newRow("content escaped slash") << QByteArray("\\\\ slash") << QByteArray("\\/ slash");
    }

    void refusesWhatTheContractRefuses()
    {
        QFETCH(QByteArray, from);
        QFETCH(QByteArray, to);
        QByteArray text = QByteArray::fromStdString(canonicalText(sampleBodies()[1]));
        QVERIFY2(text.contains(from), text.constData());
        text.replace(from, to);
        const std::string_view view(text.constData(), static_cast<std::size_t>(text.size()));
        QVERIFY(!readCanonicalBody(view).has_value());
        QVERIFY(!readSlowly(view).has_value());
    }

    void deepContentNeverPassesTheGeneralPathsDepthLimit()
    {
        for (int depth = 120; depth <= 135; ++depth) {
            EntryBody body = sampleBodies()[0];
            body.content = json::object();
            std::string text = canonicalText(body);
            const std::string nested =
                std::string(static_cast<std::size_t>(depth), '[') + std::string(static_cast<std::size_t>(depth), ']');
            text.replace(text.find("\"content\":{}"), 12, "\"content\":{\"d\":" + nested + "}");
            const auto fast = readCanonicalBody(text);
            const auto slow = readSlowly(text);
            QVERIFY2(!fast || slow, qPrintable(QString::number(depth)));
            if (depth <= 100 || depth > kMaxJsonDepth)
                QVERIFY2(!fast && !slow, qPrintable(QString::number(depth)));
        }
    }

    // Every one-byte substitution, deletion and duplication of every sample: whenever the fast
    // reader accepts, the general path accepts too and reads the same body.
    void neverAcceptsWhatTheGeneralPathRefuses()
    {
        static const std::string replacements = std::string(" 0159-afgAZ\"\\{}[],:nul\x7f\x01") + '\0' + "\xc3\xff";
        std::size_t tried = 0, fastAccepted = 0;
        auto check = [&](const std::string &text) {
            ++tried;
            const auto fast = readCanonicalBody(text);
            if (!fast)
                return true;
            ++fastAccepted;
            const auto slow = readSlowly(text);
            return slow.has_value() && describe(*fast) == describe(*slow);
        };
        for (const EntryBody &body : sampleBodies()) {
            const std::string text = canonicalText(body);
            for (std::size_t i = 0; i < text.size(); ++i) {
                for (const char r : replacements) {
                    if (r == text[i])
                        continue;
                    std::string mutated = text;
                    mutated[i] = r;
                    QVERIFY2(check(mutated), mutated.c_str());
                }
                std::string deleted = text;
                deleted.erase(i, 1);
                QVERIFY2(check(deleted), deleted.c_str());
                std::string doubled = text;
                doubled.insert(i, 1, text[i]);
                QVERIFY2(check(doubled), doubled.c_str());
            }
        }
        // The mutations must reach the accepting branch (hex digits swapped inside ids, digits of
        // numbers), or the comparison above would prove nothing.
        QVERIFY(tried > 20'000);
        QVERIFY(fastAccepted > 1'000);
    }
};

QTEST_GUILESS_MAIN(TestCanonicalBodyReader)
#include "tst_canonicalbodyreader.moc"
