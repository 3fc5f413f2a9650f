// CSV reading (contract section 1): the plain number form, RFC 4180 quoting, line ends, what
// is refused and where the message says it is, dictionary-encoded labels, and chunked parsing
// giving the same table as one pass.

#include "package/Csv.h"

#include "TableCompare.h"

#include <QTest>

#include <cmath>
#include <cstdio>
#include <limits>
#include <string>

using namespace cs::package;
using cs::test::tableDifference;

namespace {

// QVERIFY2 evaluates its message even when the check passes, so the message must not touch
// the error of a successful Result.
template<typename T>
QByteArray why(const cs::Result<T> &result)
{
    return result ? QByteArray("(succeeded)") : result.errorMessage().toUtf8();
}

template<typename T>
QString messageOf(const cs::Result<T> &result)
{
    return result ? QStringLiteral("(succeeded)") : result.errorMessage();
}

std::string str(const QByteArray &bytes)
{
    return bytes.toStdString();
}

// The columns of an evaluation file and a few more, one of each rule.
CsvSchema testSchema(std::vector<std::string> required = {})
{
    CsvSchema schema;
    schema.columnSpec = [](std::string_view name) -> ColumnSpec {
        if (name == "row_id")
            return {ColumnRule::RowId, false, ValueRange::Any};
        if (name == "label")
            return {ColumnRule::Numeric, false, ValueRange::Label01};
        if (name == "score")
            return {ColumnRule::Numeric, false, ValueRange::Probability};
        if (name == "x")
            return {ColumnRule::Numeric, true, ValueRange::Any};
        if (name == "group")
            return {ColumnRule::Categorical, true, ValueRange::Any};
        if (name == "note")
            return {ColumnRule::Inferred, true, ValueRange::Any};
        return {};
    };
    schema.requiredColumns = std::move(required);
    return schema;
}

cs::Result<CsvTable> parse(const std::string &bytes, const CsvSchema &schema = testSchema())
{
    return parseCsv(bytes, QStringLiteral("test.csv"), schema);
}

std::vector<std::string> levelsOf(const CsvColumn &column)
{
    return column.categorical.levels;
}

std::vector<std::string> textOf(const CsvColumn &column)
{
    std::vector<std::string> out;
    for (std::size_t i = 0; i < column.text.size(); ++i)
        out.emplace_back(column.text.at(i));
    return out;
}

// A few thousand rows without quotes (so the parser may cut it anywhere at a line break).
std::string generatedCsv(int rows, const char *lineEnd = "\n")
{
    std::string out = std::string("row_id,label,score,group,x,note,ignored") + lineEnd;
    char buffer[160];
    for (int i = 0; i < rows; ++i) {
        const char *group = (i % 11 == 0) ? "" : (i % 3 == 0 ? "alpha" : (i % 3 == 1 ? "beta" : "gamma"));
        std::string x = (i % 13 == 0) ? std::string() : std::to_string(i % 97) + ".25";
        std::snprintf(buffer, sizeof buffer, "id%05d,%d,%.6f,%s%s,%s,%d,skip me%s", i, (i * 7) % 2,
                      static_cast<double>((i * 37) % 1000) / 999.0, group, (i % 500 == 499) ? "-late" : "",
                      x.c_str(), i % 17, lineEnd);
        out += buffer;
    }
    return out;
}

// Parses with chunks of about `target` bytes, in reverse order (chunks are independent).
cs::Result<CsvTable> parseChunked(const std::string &bytes, std::size_t target, std::size_t *chunks = nullptr)
{
    auto begun = CsvParse::begin(bytes, QStringLiteral("big.csv"), testSchema(), target);
    if (!begun)
        return begun.error();
    if (chunks)
        *chunks = begun->chunkCount();
    for (std::size_t i = begun->chunkCount(); i-- > 0;)
        begun->parseChunk(i);
    return begun->finish();
}

// Replaces the whole line `line` (1-based, header = 1) of a '\n'-separated text.
std::string withLine(std::string text, int line, const std::string &replacement)
{
    std::size_t start = 0;
    for (int i = 1; i < line; ++i)
        start = text.find('\n', start) + 1;
    const std::size_t end = text.find('\n', start);
    return text.replace(start, end - start, replacement);
}

} // namespace

class TestCsv final : public QObject
{
    Q_OBJECT

private slots:
    // --- numbers ---------------------------------------------------------------------------

    void plainNumberAccepted_data()
    {
        QTest::addColumn<QByteArray>("text");
        QTest::addColumn<double>("expected");
        QTest::newRow("-1.5e-3") << QByteArray("-1.5e-3") << -1.5e-3;
        QTest::newRow("0") << QByteArray("0") << 0.0;
        QTest::newRow("1e+05") << QByteArray("1e+05") << 1e5;
        QTest::newRow("1E5") << QByteArray("1E5") << 1e5;
        QTest::newRow("integer") << QByteArray("42") << 42.0;
        QTest::newRow("negative integer") << QByteArray("-7") << -7.0;
        QTest::newRow("fraction") << QByteArray("0.25") << 0.25;
        QTest::newRow("leading zeros") << QByteArray("007.50") << 7.5;
        QTest::newRow("0.1 correctly rounded") << QByteArray("0.1") << 0.1;
        // 2^53 + 1 lies halfway between two doubles: ties to even.
        QTest::newRow("2^53+1 ties to even") << QByteArray("9007199254740993") << 9007199254740992.0;
        QTest::newRow("smallest normal") << QByteArray("2.2250738585072014e-308") << std::numeric_limits<double>::min();
        QTest::newRow("largest double") << QByteArray("1.7976931348623157e308") << std::numeric_limits<double>::max();
        QTest::newRow("long fraction")
            << QByteArray("0.30000000000000004440892098500626161694526672363281250") << 0.30000000000000004;
    }

    void plainNumberAccepted()
    {
        QFETCH(QByteArray, text);
        QFETCH(double, expected);
        const auto value = parsePlainNumber(str(text));
        QVERIFY2(value.has_value(), text.constData());
        // Exact, not QCOMPARE's fuzzy comparison: the contract asks for correct rounding.
        QVERIFY2(*value == expected, qPrintable(QStringLiteral("got %1").arg(*value, 0, 'g', 17)));
    }

    void negativeZeroKeepsItsSign()
    {
        const auto value = parsePlainNumber("-0");
        QVERIFY(value.has_value());
        QCOMPARE(*value, 0.0);
        QVERIFY(std::signbit(*value));
    }

    void plainNumberRefused_data()
    {
        QTest::addColumn<QByteArray>("text");
        QTest::newRow("+1") << QByteArray("+1");
        QTest::newRow("leading space") << QByteArray(" 1");
        QTest::newRow("trailing space") << QByteArray("1 ");
        QTest::newRow("nan") << QByteArray("nan");
        QTest::newRow("NaN") << QByteArray("NaN");
        QTest::newRow("inf") << QByteArray("inf");
        QTest::newRow("-inf") << QByteArray("-inf");
        QTest::newRow("infinity") << QByteArray("infinity");
        QTest::newRow("decimal comma") << QByteArray("1,0");
        QTest::newRow("empty") << QByteArray("");
        QTest::newRow("minus only") << QByteArray("-");
        QTest::newRow("double minus") << QByteArray("--1");
        QTest::newRow("exponent without digits") << QByteArray("1e");
        QTest::newRow("exponent sign only") << QByteArray("1e+");
        QTest::newRow("exponent only") << QByteArray("e5");
        QTest::newRow("hexadecimal") << QByteArray("0x10");
        QTest::newRow("two points") << QByteArray("1.2.3");
        QTest::newRow("NA") << QByteArray("NA");
        QTest::newRow("thousands separator") << QByteArray("1_000");
        QTest::newRow("tab") << QByteArray("1\t");
        // std::from_chars reports these as out of range; accepting them would let an infinity in.
        QTest::newRow("overflow 1e400") << QByteArray("1e400");
        QTest::newRow("overflow -1e400") << QByteArray("-1e400");
    }

    void plainNumberRefused()
    {
        QFETCH(QByteArray, text);
        const auto value = parsePlainNumber(str(text));
        QVERIFY2(!value.has_value(),
                 qPrintable(QStringLiteral("accepted as %1").arg(value.value_or(0.0), 0, 'g', 17)));
    }

    // --- accepted files ----------------------------------------------------------------------

    void quotedFieldsWithCommasQuotesAndLineBreaks()
    {
        const std::string csv = "row_id,label,score,note\n"
                                "r1,1,0.5,\"a, b\"\n"
                                "r2,0,0.25,\"say \"\"hi\"\"\"\n"
                                "r3,1,0.75,\"two\nlines\"\n"
                                "\"r4\",0,\"0\",plain\n"
                                "r5,1,1,\"\"\"\"\n";
        const auto table = parse(csv);
        QVERIFY2(table, why(table).constData());
        QCOMPARE(table->rowCount, std::size_t(5));
        const CsvColumn *note = table->find("note");
        QVERIFY(note);
        QCOMPARE(levelsOf(*note), (std::vector<std::string>{"a, b", "say \"hi\"", "two\nlines", "plain", "\""}));
        QCOMPARE(note->categorical.codes, (std::vector<std::int32_t>{0, 1, 2, 3, 4}));
        QCOMPARE(textOf(*table->find("row_id")), (std::vector<std::string>{"r1", "r2", "r3", "r4", "r5"}));
        QCOMPARE(table->find("score")->numeric.values, (std::vector<double>{0.5, 0.25, 0.75, 0.0, 1.0}));
        // Physical lines: row r3 spans lines 4 and 5.
        QCOMPARE(table->lineOfRow(0), std::size_t(2));
        QCOMPARE(table->lineOfRow(2), std::size_t(4));
        QCOMPARE(table->lineOfRow(3), std::size_t(6));
        QCOMPARE(table->lineOfRow(4), std::size_t(7));
    }

    void quotedHeaderNames()
    {
        const auto table = parse("\"row_id\",\"label\",\"sc,ore\"\nr1,1,x\n");
        QVERIFY2(table, why(table).constData());
        QCOMPARE(table->header, (std::vector<std::string>{"row_id", "label", "sc,ore"}));
    }

    void crlfGivesTheSameTableAsLf()
    {
        const std::string lf = "row_id,label,score,group,note\nr1,1,0.5,a,\"x\ny\"\nr2,0,0.25,b,z\n";
        std::string crlf;
        for (char c : lf) {
            if (c == '\n')
                crlf += "\r\n";
            else
                crlf += c;
        }
        const auto a = parse(lf);
        const auto b = parse(crlf);
        QVERIFY2(a, why(a).constData());
        QVERIFY2(b, why(b).constData());
        // The line break inside the quoted field is kept as written.
        QCOMPARE(levelsOf(*b->find("note")), (std::vector<std::string>{"x\r\ny", "z"}));
        QCOMPARE(levelsOf(*b->find("group")), (std::vector<std::string>{"a", "b"}));
        QCOMPARE(b->header.back(), std::string("note"));
        QCOMPARE(b->find("score")->numeric.values, a->find("score")->numeric.values);
        QCOMPARE(b->lineOfRow(1), std::size_t(4));
    }

    void utf8ByteOrderMarkIsSkipped()
    {
        const auto table = parse("\xEF\xBB\xBFrow_id,label\nr1,1\n");
        QVERIFY2(table, why(table).constData());
        QCOMPARE(table->header.front(), std::string("row_id"));
        QVERIFY(table->find("row_id"));
        QCOMPARE(textOf(*table->find("row_id")), std::vector<std::string>{"r1"});
    }

    void finalLineBreakIsOptional_data()
    {
        QTest::addColumn<QByteArray>("ending");
        QTest::newRow("none") << QByteArray("");
        QTest::newRow("LF") << QByteArray("\n");
        QTest::newRow("CRLF") << QByteArray("\r\n");
    }

    void finalLineBreakIsOptional()
    {
        QFETCH(QByteArray, ending);
        const auto table = parse("row_id,label,score,group\r\nr1,1,0.5,a\r\nr2,0,0.75,b" + str(ending));
        QVERIFY2(table, why(table).constData());
        QCOMPARE(table->rowCount, std::size_t(2));
        QCOMPARE(table->find("score")->numeric.values, (std::vector<double>{0.5, 0.75}));
        QCOMPARE(levelsOf(*table->find("group")), (std::vector<std::string>{"a", "b"}));
    }

    void headerOnlyGivesNoRows()
    {
        const auto table = parse("row_id,label,score,group\n");
        QVERIFY2(table, why(table).constData());
        QCOMPARE(table->rowCount, std::size_t(0));
        QCOMPARE(table->columns.size(), std::size_t(4));
        QVERIFY(table->find("score")->numeric.values.empty());
    }

    void emptyFieldsAreMissing()
    {
        // Empty and "" alike; "NA" and a space are values.
        const std::string csv = "row_id,x,group,note\n"
                                "r1,,,\n"
                                "r2,\"\",\"\",\"\"\n"
                                "r3,1.5,NA,\" \"\n";
        const auto table = parse(csv);
        QVERIFY2(table, why(table).constData());
        const CsvColumn *x = table->find("x");
        QCOMPARE(x->numeric.missing, std::size_t(2));
        QVERIFY(std::isnan(x->numeric.values[0]));
        QVERIFY(std::isnan(x->numeric.values[1]));
        QCOMPARE(x->numeric.values[2], 1.5);
        const CsvColumn *group = table->find("group");
        QCOMPARE(group->categorical.missing, std::size_t(2));
        QCOMPARE(group->categorical.codes, (std::vector<std::int32_t>{-1, -1, 0}));
        QCOMPARE(levelsOf(*group), std::vector<std::string>{"NA"});
        const CsvColumn *note = table->find("note");
        QCOMPARE(note->categorical.missing, std::size_t(2));
        QCOMPARE(levelsOf(*note), std::vector<std::string>{" "});
    }

    void categoricalDictionaryEncoding()
    {
        const auto table = parse("group,ignored\nb,1\na,2\nb,3\n,4\nc,5\na,6\nb,7\n");
        QVERIFY2(table, why(table).constData());
        QCOMPARE(table->columns.size(), std::size_t(1)); // "ignored" is skipped
        QCOMPARE(table->header, (std::vector<std::string>{"group", "ignored"}));
        const CsvColumn *group = table->find("group");
        QVERIFY(group);
        QVERIFY(!table->find("ignored"));
        QCOMPARE(levelsOf(*group), (std::vector<std::string>{"b", "a", "c"}));
        QCOMPARE(group->categorical.codes, (std::vector<std::int32_t>{0, 1, 0, -1, 2, 1, 0}));
        QCOMPARE(group->categorical.missing, std::size_t(1));
    }

    void labelsAndScoresAtTheirLimits()
    {
        const auto table = parse("label,score\n0,0\n1,1\n0,0.0\n1,1e0\n1,-0\n");
        QVERIFY2(table, why(table).constData());
        QCOMPARE(table->find("label")->numeric.values, (std::vector<double>{0, 1, 0, 1, 1}));
        QCOMPARE(table->find("score")->numeric.values, (std::vector<double>{0, 1, 0, 1, 0}));
    }

    void inferredColumnToNumeric()
    {
        const auto table = parse("note,group\n1.5,a\n,b\n-2,c\n1.5,d\n1e3,e\n");
        QVERIFY2(table, why(table).constData());
        const CsvColumn *note = table->find("note");
        QCOMPARE(note->spec.rule, ColumnRule::Inferred);
        const auto numeric = toNumeric(note->categorical);
        QVERIFY(numeric.has_value());
        QCOMPARE(numeric->missing, std::size_t(1));
        QCOMPARE(numeric->values.size(), std::size_t(5));
        QCOMPARE(numeric->values[0], 1.5);
        QVERIFY(std::isnan(numeric->values[1]));
        QCOMPARE(numeric->values[2], -2.0);
        QCOMPARE(numeric->values[3], 1.5);
        QCOMPARE(numeric->values[4], 1000.0);
    }

    void inferredColumnWithTextStaysCategorical()
    {
        // "NA" is a value, not a missing mark, and it is not a number.
        const auto table = parse("note\n1\nNA\n2\n");
        QVERIFY2(table, why(table).constData());
        QVERIFY(!toNumeric(table->find("note")->categorical).has_value());
        const auto spaced = parse("note\n1\n 2\n");
        QVERIFY2(spaced, why(spaced).constData());
        QVERIFY(!toNumeric(spaced->find("note")->categorical).has_value());
    }

    void allMissingInferredColumnIsNumeric()
    {
        const auto table = parse("note,x\n,1\n,2\n");
        QVERIFY2(table, why(table).constData());
        const auto numeric = toNumeric(table->find("note")->categorical);
        QVERIFY(numeric.has_value());
        QCOMPARE(numeric->missing, std::size_t(2));
    }

    // --- refused files: the message names the file, the line and the column -----------------

    void refused_data()
    {
        QTest::addColumn<QByteArray>("csv");
        QTest::addColumn<QString>("expected");

        const QByteArray head = "row_id,label,score\n";
        QTest::newRow("blank line in the middle")
            << head + "r1,1,0.5\n\nr2,0,0.5\n"
            << QStringLiteral("test.csv: line 3, column 1 (row_id): blank line; a CSV file has no blank lines");
        QTest::newRow("blank line at the end")
            << head + "r1,1,0.5\nr2,0,0.5\n\n"
            << QStringLiteral("test.csv: line 4, column 1 (row_id): blank line; a CSV file has no blank lines");
        QTest::newRow("blank CRLF line at the end")
            << QByteArray("row_id,label,score\r\nr1,1,0.5\r\n\r\n")
            << QStringLiteral("test.csv: line 3, column 1 (row_id): blank line; a CSV file has no blank lines");
        QTest::newRow("blank line right after the header")
            << head + "\nr1,1,0.5\n"
            << QStringLiteral("test.csv: line 2, column 1 (row_id): blank line; a CSV file has no blank lines");
        QTest::newRow("too many fields")
            << head + "r1,1,0.5\nr2,0,0.5,9\n"
            << QStringLiteral("test.csv: line 3, column 3 (score): the row has 4 fields, the header has 3");
        QTest::newRow("too many fields, the extra one quoted with a comma")
            << head + "r1,1,0.5,\"x,y\"\n"
            << QStringLiteral("test.csv: line 2, column 3 (score): the row has 4 fields, the header has 3");
        QTest::newRow("too few fields")
            << head + "r1,1\nr2,0,0.5\n"
            << QStringLiteral("test.csv: line 2, column 2 (label): the row has 2 fields, the header has 3");
        QTest::newRow("row cut short at the end of the file")
            << head + "r1,1,0.5\nr2,0"
            << QStringLiteral("test.csv: line 3, column 2 (label): the row has 2 fields, the header has 3");
        QTest::newRow("label 2")
            << head + "r1,1,0.5\nr2,2,0.5\n"
            << QStringLiteral("test.csv: line 3, column 2 (label): expected a label 0 or 1, got \"2\"");
        QTest::newRow("label 1.0")
            << head + "r1,1.0,0.5\n"
            << QStringLiteral("test.csv: line 2, column 2 (label): expected a label 0 or 1, got \"1.0\"");
        QTest::newRow("label true")
            << head + "r1,true,0.5\n"
            << QStringLiteral("test.csv: line 2, column 2 (label): expected a label 0 or 1, got \"true\"");
        QTest::newRow("empty label")
            << head + "r1,,0.5\n"
            << QStringLiteral("test.csv: line 2, column 2 (label): empty value; label must not be missing");
        QTest::newRow("score above 1")
            << head + "r1,1,1.5\n"
            << QStringLiteral("test.csv: line 2, column 3 (score): \"1.5\" is outside [0, 1]");
        QTest::newRow("score below 0")
            << head + "r1,1,0.5\nr2,1,-0.1\n"
            << QStringLiteral("test.csv: line 3, column 3 (score): \"-0.1\" is outside [0, 1]");
        QTest::newRow("empty score")
            << head + "r1,1,\n"
            << QStringLiteral("test.csv: line 2, column 3 (score): empty value; score must not be missing");
        QTest::newRow("empty quoted score")
            << head + "r1,1,\"\"\n"
            << QStringLiteral("test.csv: line 2, column 3 (score): empty value; score must not be missing");
        QTest::newRow("score abc")
            << head + "r1,1,abc\n"
            << QStringLiteral("test.csv: line 2, column 3 (score): expected a number, got \"abc\"");
        QTest::newRow("score nan")
            << head + "r1,1,nan\n"
            << QStringLiteral("test.csv: line 2, column 3 (score): expected a number, got \"nan\"");
        QTest::newRow("score with a space")
            << head + "r1,1, 0.5\n"
            << QStringLiteral("test.csv: line 2, column 3 (score): expected a number, got \" 0.5\"");
        QTest::newRow("empty row_id")
            << head + "r1,1,0.5\n,0,0.5\n"
            << QStringLiteral("test.csv: line 3, column 1 (row_id): empty row_id");
        QTest::newRow("empty quoted row_id")
            << head + "\"\",0,0.5\n"
            << QStringLiteral("test.csv: line 2, column 1 (row_id): empty row_id");
        QTest::newRow("duplicate row_id")
            << head + "r1,1,0.5\nr2,0,0.5\nr1,0,0.1\n"
            << QStringLiteral("test.csv: line 4, column 1 (row_id): duplicate row_id \"r1\" (first on line 2)");
        QTest::newRow("invalid UTF-8 in a categorical value")
            << QByteArray("row_id,group\nr1,a\nr2,b\xff\n")
            << QStringLiteral("test.csv: line 3, column 2 (group): the value is not valid UTF-8");
        QTest::newRow("truncated UTF-8 sequence in a categorical value")
            << QByteArray("row_id,group\nr1,\xc3\xa9t\xc3\xa9\nr2,\xc3\n")
            << QStringLiteral("test.csv: line 3, column 2 (group): the value is not valid UTF-8");
        QTest::newRow("overlong UTF-8 in an inferred value")
            << QByteArray("note\nok\n\xc0\xaf\n")
            << QStringLiteral("test.csv: line 3, column 1 (note): the value is not valid UTF-8");
        QTest::newRow("invalid UTF-8 in a row_id")
            << QByteArray("row_id\nr1\nr\xfe\n")
            << QStringLiteral("test.csv: line 3, column 1 (row_id): the value is not valid UTF-8");
        QTest::newRow("quote inside an unquoted field")
            << head + "r1,1,0.5\nr\"2,0,0.5\n"
            << QStringLiteral("test.csv: line 3, column 1 (row_id): a double quote inside a field that is not quoted");
        QTest::newRow("text after a closing quote")
            << head + "\"r1\"x,1,0.5\n"
            << QStringLiteral("test.csv: line 2, column 1 (row_id): text after the closing quote of a quoted field");
        QTest::newRow("quoted field never closed")
            << head + "r1,1,\"0.5\n"
            << QStringLiteral("test.csv: line 2, column 3 (score): a quoted field is never closed");
        // Physical lines count the line breaks inside quoted fields.
        QTest::newRow("error after a quoted line break")
            << QByteArray("row_id,label,score,note\nr1,1,0.5,\"a\nb\nc\"\nr2,2,0.5,x\n")
            << QStringLiteral("test.csv: line 5, column 2 (label): expected a label 0 or 1, got \"2\"");
        QTest::newRow("blank line after a quoted line break")
            << QByteArray("row_id,label,score,note\nr1,1,0.5,\"a\r\nb\"\r\n\r\n")
            << QStringLiteral("test.csv: line 4, column 1 (row_id): blank line; a CSV file has no blank lines");
        QTest::newRow("duplicate row_id after a quoted line break")
            << QByteArray("row_id,note\nr1,\"a\nb\"\nr2,x\n\"r\n1\",y\nr1,z\n")
            << QStringLiteral("test.csv: line 7, column 1 (row_id): duplicate row_id \"r1\" (first on line 2)");
        QTest::newRow("invalid UTF-8 after a quoted line break")
            << QByteArray("group,note\na,\"x\n\ny\"\n\xff,z\n")
            << QStringLiteral("test.csv: line 5, column 1 (group): the value is not valid UTF-8");
        // A quoted line break in the header moves every row down one physical line.
        QTest::newRow("quoted line break in the header, bad label")
            << QByteArray("row_id,label,\"free\ntext\"\nr1,1,a\nr2,5,b\n")
            << QStringLiteral("test.csv: line 4, column 2 (label): expected a label 0 or 1, got \"5\"");
        QTest::newRow("quoted line break in the header, duplicate row_id")
            << QByteArray("row_id,\"free\ntext\"\nr1,a\nr1,b\n")
            << QStringLiteral("test.csv: line 4, column 1 (row_id): duplicate row_id \"r1\" (first on line 3)");
        QTest::newRow("quoted line break in the header, invalid UTF-8")
            << QByteArray("group,\"free\ntext\"\nok,a\n\xff,b\n")
            << QStringLiteral("test.csv: line 4, column 1 (group): the value is not valid UTF-8");
        QTest::newRow("header with a BOM, error on line 2")
            << QByteArray("\xEF\xBB\xBFrow_id,label\nr1,5\n")
            << QStringLiteral("test.csv: line 2, column 2 (label): expected a label 0 or 1, got \"5\"");
    }

    void refused()
    {
        QFETCH(QByteArray, csv);
        QFETCH(QString, expected);
        const auto table = parse(str(csv));
        QVERIFY(!table);
        QCOMPARE(messageOf(table), expected);
    }

    void refusedHeader_data()
    {
        QTest::addColumn<QByteArray>("csv");
        QTest::addColumn<QString>("expected");
        QTest::newRow("empty file") << QByteArray("")
                                    << QStringLiteral("test.csv: the file is empty; expected a header line");
        QTest::newRow("byte order mark only") << QByteArray("\xEF\xBB\xBF")
                                              << QStringLiteral("test.csv: the file is empty; expected a header line");
        QTest::newRow("blank header") << QByteArray("\nr1,1\n")
                                      << QStringLiteral("test.csv: line 1: the header line is blank");
        QTest::newRow("duplicate column name")
            << QByteArray("row_id,score,score\nr1,0.5,0.5\n")
            << QStringLiteral("test.csv: line 1, column 3: duplicate column name \"score\"");
        QTest::newRow("duplicate skipped column name")
            << QByteArray("a,b,a\n1,2,3\n") << QStringLiteral("test.csv: line 1, column 3: duplicate column name \"a\"");
        QTest::newRow("empty column name")
            << QByteArray("row_id,,score\nr1,1,0.5\n") << QStringLiteral("test.csv: line 1, column 2: empty column name");
        QTest::newRow("empty quoted column name")
            << QByteArray("row_id,\"\"\nr1,1\n") << QStringLiteral("test.csv: line 1, column 2: empty column name");
        QTest::newRow("column name not UTF-8")
            << QByteArray("row_id,s\xe9x\nr1,1\n")
            << QStringLiteral("test.csv: line 1, column 2: the column name is not valid UTF-8");
    }

    void refusedHeader()
    {
        QFETCH(QByteArray, csv);
        QFETCH(QString, expected);
        const auto table = parse(str(csv));
        QVERIFY(!table);
        QCOMPARE(messageOf(table), expected);
    }

    void requiredColumnMissing()
    {
        const auto table = parse("row_id,score\nr1,0.5\n", testSchema({"row_id", "label", "score"}));
        QVERIFY(!table);
        QCOMPARE(messageOf(table), QStringLiteral("test.csv: line 1: required column \"label\" is missing"));
        const auto present = parse("row_id,score,label\nr1,0.5,1\n", testSchema({"row_id", "label", "score"}));
        QVERIFY2(present, why(present).constData());
    }

    void fileNameIsTheCallersName()
    {
        const auto table = parseCsv("label\n3\n", QStringLiteral("pkg/evaluation.csv"), testSchema());
        QVERIFY(!table);
        QCOMPARE(messageOf(table),
                 QStringLiteral("pkg/evaluation.csv: line 2, column 1 (label): expected a label 0 or 1, got \"3\""));
    }

    // --- chunked parsing -----------------------------------------------------------------------

    void chunkedGivesTheSameTable_data()
    {
        QTest::addColumn<QByteArray>("lineEnd");
        QTest::addColumn<bool>("finalBreak");
        QTest::newRow("LF") << QByteArray("\n") << true;
        QTest::newRow("CRLF") << QByteArray("\r\n") << true;
        QTest::newRow("LF, no final line break") << QByteArray("\n") << false;
    }

    void chunkedGivesTheSameTable()
    {
        QFETCH(QByteArray, lineEnd);
        QFETCH(bool, finalBreak);
        std::string bytes = generatedCsv(3000, lineEnd.constData());
        if (!finalBreak)
            bytes.resize(bytes.size() - static_cast<std::size_t>(lineEnd.size()));

        const auto whole = parseCsv(bytes, QStringLiteral("big.csv"), testSchema());
        QVERIFY2(whole, why(whole).constData());
        QCOMPARE(whole->rowCount, std::size_t(3000));

        std::size_t chunks = 0;
        const auto chunked = parseChunked(bytes, 64, &chunks);
        QVERIFY2(chunked, why(chunked).constData());
        QVERIFY2(chunks > 100, qPrintable(QStringLiteral("only %1 chunks").arg(chunks)));
        QCOMPARE(tableDifference(*chunked, *whole), QString());

        // And a few spot checks that the one-pass table is itself right.
        const CsvColumn *group = whole->find("group");
        QCOMPARE(levelsOf(*group).front(), std::string("beta")); // row 0 is missing, row 1 is "beta"
        QCOMPARE(group->categorical.codes[0], -1);
        QCOMPARE(whole->find("row_id")->text.at(2999), std::string_view("id02999"));
        QCOMPARE(whole->find("x")->numeric.values[14], 14.25);
        QVERIFY(std::isnan(whole->find("x")->numeric.values[13]));
        QVERIFY(!whole->find("ignored"));
        QCOMPARE(whole->lineOfRow(2999), std::size_t(3001));
    }

    void chunkedErrorInALateChunk_data()
    {
        QTest::addColumn<int>("line");
        QTest::addColumn<QByteArray>("row");
        QTest::addColumn<QString>("expected");
        QTest::newRow("label 7")
            << 2901 << QByteArray("id02899,7,0.5,alpha,1,1,skip")
            << QStringLiteral("big.csv: line 2901, column 2 (label): expected a label 0 or 1, got \"7\"");
        QTest::newRow("ragged row")
            << 2950 << QByteArray("id02948,1,0.5,alpha,1,1,skip,extra")
            << QStringLiteral("big.csv: line 2950, column 7 (ignored): the row has 8 fields, the header has 7");
        QTest::newRow("blank line") << 2990 << QByteArray("")
                                    << QStringLiteral("big.csv: line 2990, column 1 (row_id): blank line; a CSV file has no blank lines");
        QTest::newRow("duplicate row_id across chunks")
            << 3001 << QByteArray("id00005,1,0.5,alpha,1,1,skip")
            << QStringLiteral("big.csv: line 3001, column 1 (row_id): duplicate row_id \"id00005\" (first on line 7)");
        QTest::newRow("invalid UTF-8 late")
            << 2777 << QByteArray("id02775,1,0.5,\xff,1,1,skip")
            << QStringLiteral("big.csv: line 2777, column 4 (group): the value is not valid UTF-8");
        QTest::newRow("last line cut short")
            << 3001 << QByteArray("id02999,1")
            << QStringLiteral("big.csv: line 3001, column 2 (label): the row has 2 fields, the header has 7");
    }

    void chunkedErrorInALateChunk()
    {
        QFETCH(int, line);
        QFETCH(QByteArray, row);
        QFETCH(QString, expected);
        const std::string bytes = withLine(generatedCsv(3000), line, str(row));

        std::size_t chunks = 0;
        const auto chunked = parseChunked(bytes, 64, &chunks);
        QVERIFY(chunks > 100);
        QVERIFY(!chunked);
        QCOMPARE(messageOf(chunked), expected);
        const auto whole = parseCsv(bytes, QStringLiteral("big.csv"), testSchema());
        QVERIFY(!whole);
        QCOMPARE(messageOf(whole), expected);
    }

    void chunkedReportsTheFirstProblemInFileOrder()
    {
        std::string bytes = generatedCsv(3000);
        bytes = withLine(bytes, 2500, "id02498,1,2.5,alpha,1,1,skip");
        bytes = withLine(bytes, 40, "id00038,9,0.5,alpha,1,1,skip");
        const auto chunked = parseChunked(bytes, 64);
        QVERIFY(!chunked);
        QCOMPARE(messageOf(chunked),
                 QStringLiteral("big.csv: line 40, column 2 (label): expected a label 0 or 1, got \"9\""));
    }

    void chunkedCategoricalLevelsInFirstAppearanceOrder()
    {
        // "-late" levels first appear far into the file, so in a late chunk.
        const auto chunked = parseChunked(generatedCsv(3000), 64);
        QVERIFY2(chunked, why(chunked).constData());
        QCOMPARE(levelsOf(*chunked->find("group")),
                 (std::vector<std::string>{"beta", "gamma", "alpha", "beta-late", "alpha-late", "gamma-late"}));
    }
};

QTEST_GUILESS_MAIN(TestCsv)
#include "tst_csv.moc"
