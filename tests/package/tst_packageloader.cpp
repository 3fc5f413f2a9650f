// Loading a whole package (contract section 1): a valid tiny package read the same from a
// folder, a .zip and a .tar.gz; and every broken package refused whole with one clear message,
// by loadPackage and by `countersign-cli review` (exit 2, nothing on stdout, one line on stderr).
// Fixtures: tests/data/packages/ (see make_fixtures.py there). Links and archives are made here,
// in temporary folders, with libarchive's write API.

#include "package/Package.h"

#include "TableCompare.h"
#include "TestSupport.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QTest>

#include <archive.h>
#include <archive_entry.h>

#include <nlohmann/json.hpp>

#include <string>
#include <vector>

using namespace cs::package;
using cs::test::dataPath;
using cs::test::readFile;
using cs::test::runCli;
using cs::test::tableDifference;
using cs::test::writeFile;

namespace {

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

QString validTinyPath()
{
    return dataPath(QStringLiteral("packages/valid-tiny"));
}

QString brokenPath(const QString &name)
{
    return dataPath(QStringLiteral("packages/broken/") + name);
}

std::string sha256Hex(const std::string &bytes)
{
    return QCryptographicHash::hash(QByteArray::fromStdString(bytes), QCryptographicHash::Sha256).toHex().toStdString();
}

// --- archives, written with libarchive -------------------------------------------------------

enum class ArchiveFormat { Zip, TarGz };

struct ArchiveEntry
{
    enum class Type { File, Directory, Symlink, Hardlink };
    std::string name;
    std::string bytes;
    Type type = Type::File;
    std::string target;          // of a link
    std::uint64_t zeroBytes = 0; // when > 0, the file is that many zero bytes instead of `bytes`
};

ArchiveEntry fileEntry(std::string name, std::string bytes)
{
    ArchiveEntry e;
    e.name = std::move(name);
    e.bytes = std::move(bytes);
    return e;
}

ArchiveEntry folderEntry(std::string name)
{
    ArchiveEntry e;
    e.name = std::move(name);
    e.type = ArchiveEntry::Type::Directory;
    return e;
}

ArchiveEntry linkEntry(ArchiveEntry::Type type, std::string name, std::string target)
{
    ArchiveEntry e;
    e.name = std::move(name);
    e.type = type;
    e.target = std::move(target);
    return e;
}

ArchiveEntry zerosEntry(std::string name, std::uint64_t size)
{
    ArchiveEntry e;
    e.name = std::move(name);
    e.zeroBytes = size;
    return e;
}

// Writes `entries` to `path`; returns what went wrong, or an empty string.
QString writeArchive(const QString &path, ArchiveFormat format, const std::vector<ArchiveEntry> &entries)
{
    struct Writer
    {
        archive *a = archive_write_new();
        ~Writer() { archive_write_free(a); }
    } writer;
    archive *a = writer.a;
    auto failure = [&](const char *step) {
        return QString::fromUtf8(step) + QStringLiteral(": ") + QString::fromUtf8(archive_error_string(a));
    };
    if (format == ArchiveFormat::Zip) {
        if (archive_write_set_format_zip(a) != ARCHIVE_OK)
            return failure("zip format");
    } else {
        if (archive_write_set_format_pax_restricted(a) != ARCHIVE_OK || archive_write_add_filter_gzip(a) != ARCHIVE_OK)
            return failure("tar.gz format");
    }
    if (archive_write_open_filename(a, QFile::encodeName(path).constData()) != ARCHIVE_OK)
        return failure("open");

    for (const ArchiveEntry &item : entries) {
        struct Entry
        {
            archive_entry *e = archive_entry_new();
            ~Entry() { archive_entry_free(e); }
        } holder;
        archive_entry *e = holder.e;
        archive_entry_set_pathname(e, item.name.c_str());
        archive_entry_set_mtime(e, 1767225600, 0);
        la_int64_t size = 0;
        switch (item.type) {
        case ArchiveEntry::Type::File:
            archive_entry_set_filetype(e, AE_IFREG);
            archive_entry_set_perm(e, 0644);
            size = static_cast<la_int64_t>(item.zeroBytes > 0 ? item.zeroBytes : item.bytes.size());
            break;
        case ArchiveEntry::Type::Directory:
            archive_entry_set_filetype(e, AE_IFDIR);
            archive_entry_set_perm(e, 0755);
            break;
        case ArchiveEntry::Type::Symlink:
            archive_entry_set_filetype(e, AE_IFLNK);
            archive_entry_set_perm(e, 0777);
            archive_entry_set_symlink(e, item.target.c_str());
            break;
        case ArchiveEntry::Type::Hardlink:
            archive_entry_set_filetype(e, AE_IFREG);
            archive_entry_set_perm(e, 0644);
            archive_entry_set_hardlink(e, item.target.c_str());
            break;
        }
        archive_entry_set_size(e, size);
        if (archive_write_header(a, e) < ARCHIVE_WARN)
            return failure("header");
        if (item.type != ArchiveEntry::Type::File)
            continue;
        if (item.zeroBytes > 0) {
            const std::string zeros(1 << 20, '\0');
            for (std::uint64_t left = item.zeroBytes; left > 0;) {
                const std::size_t n = static_cast<std::size_t>(std::min<std::uint64_t>(left, zeros.size()));
                if (archive_write_data(a, zeros.data(), n) != static_cast<la_ssize_t>(n))
                    return failure("data");
                left -= n;
            }
        } else if (!item.bytes.empty()) {
            if (archive_write_data(a, item.bytes.data(), item.bytes.size()) != static_cast<la_ssize_t>(item.bytes.size()))
                return failure("data");
        }
    }
    if (archive_write_close(a) != ARCHIVE_OK)
        return failure("close");
    return {};
}

// The files of valid-tiny as archive entries, each name prefixed.
std::vector<ArchiveEntry> validTinyEntries(const std::string &prefix = {})
{
    std::vector<ArchiveEntry> entries;
    const QDir dir(validTinyPath());
    const QStringList names = dir.entryList(QDir::Files, QDir::Name);
    for (const QString &name : names)
        entries.push_back(fileEntry(prefix + name.toStdString(), readFile(dir.filePath(name))));
    return entries;
}

bool copyFolder(const QString &from, const QString &to)
{
    if (!QDir().mkpath(to))
        return false;
    const QDir source(from);
    const QStringList names = source.entryList(QDir::Files, QDir::Name);
    for (const QString &name : names) {
        if (!QFile::copy(source.filePath(name), QDir(to).filePath(name)))
            return false;
    }
    return true;
}

// A copy of valid-tiny in `folder` with `file` replaced by `bytes` and the manifest's SHA-256 for
// it updated, so that the package is intact and only the content is wrong.
bool tinyWith(const QString &folder, const std::string &file, const std::string &bytes)
{
    if (!copyFolder(validTinyPath(), folder) || !writeFile(folder + QLatin1Char('/') + QString::fromStdString(file), bytes))
        return false;
    const QString manifestPath = folder + QStringLiteral("/manifest.json");
    auto manifest = cs::Json::parse(readFile(manifestPath));
    for (auto &artifact : manifest["artifacts"]) {
        if (artifact["path"] == file)
            artifact["sha256"] = sha256Hex(bytes);
    }
    return writeFile(manifestPath, manifest.dump(2));
}

// `text` with its first `from` replaced by `to`.
std::string replaced(std::string text, const std::string &from, const std::string &to)
{
    const auto at = text.find(from);
    if (at != std::string::npos)
        text.replace(at, from.size(), to);
    return text;
}

// Checks that `path` is refused by loadPackage and by the CLI, with `fragment` in the message.
void expectRefused(const QString &path, const QString &fragment, quint64 maxFileBytes = 0)
{
    LoadOptions options;
    if (maxFileBytes > 0)
        options.limits.maxFileBytes = maxFileBytes;
    const auto loaded = loadPackage(path, options);
    QVERIFY2(!loaded, "the package loaded");
    const QString message = messageOf(loaded);
    QVERIFY2(message.contains(fragment),
             qPrintable(QStringLiteral("\n   message: %1\n  expected: ...%2...").arg(message, fragment)));
    QVERIFY2(!message.contains(QLatin1Char('\n')), qPrintable(message));

    QStringList arguments{QStringLiteral("review"), path};
    if (maxFileBytes > 0)
        arguments << QStringLiteral("--max-file-size") << QString::number(maxFileBytes);
    const cs::test::CliRun run = runCli(arguments);
    const QString err = QString::fromStdString(run.err);
    QVERIFY2(run.exitCode == 2, qPrintable(QStringLiteral("exit code %1, stderr: %2").arg(run.exitCode).arg(err)));
    QCOMPARE(QString::fromStdString(run.out), QString());
    QVERIFY2(err.endsWith(QLatin1Char('\n')) && err.count(QLatin1Char('\n')) == 1, qPrintable(err));
    QVERIFY2(err.contains(fragment), qPrintable(QStringLiteral("\n    stderr: %1\n  expected: ...%2...").arg(err, fragment)));
}

void compareLoaded(const LoadedPackage &a, const LoadedPackage &b)
{
    QCOMPARE(QString::fromStdString(a.digest), QString::fromStdString(b.digest));
    QVERIFY(a.manifest.raw == b.manifest.raw);
    const std::pair<const std::optional<CsvTable> *, const std::optional<CsvTable> *> tables[] = {
        {&a.evaluation, &b.evaluation},
        {&a.attributions, &b.attributions},
        {&a.baselineAttributions, &b.baselineAttributions},
        {&a.driftReference, &b.driftReference},
        {&a.driftCurrent, &b.driftCurrent}};
    for (const auto &[x, y] : tables) {
        QCOMPARE(x->has_value(), y->has_value());
        if (x->has_value())
            QCOMPARE(tableDifference(**x, **y), QString());
    }
}

std::vector<std::string> levelsOf(const CsvTable &table, std::string_view column)
{
    const CsvColumn *c = table.find(column);
    return c ? c->categorical.levels : std::vector<std::string>{};
}

std::vector<std::string> columnNames(const CsvTable &table)
{
    std::vector<std::string> names;
    for (const auto &c : table.columns)
        names.push_back(c.name);
    return names;
}

} // namespace

class TestPackageLoader final : public QObject
{
    Q_OBJECT

private slots:
    // --- the valid tiny package -------------------------------------------------------------------

    void validTinyFromFolder()
    {
        const auto loaded = loadPackage(validTinyPath());
        QVERIFY2(loaded, why(loaded).constData());
        const LoadedPackage &p = *loaded;

        QCOMPARE(p.location, QDir::toNativeSeparators(QFileInfo(validTinyPath()).absoluteFilePath()));
        // The digest is the SHA-256 of manifest.json's bytes.
        QCOMPARE(p.digest, sha256Hex(readFile(validTinyPath() + QStringLiteral("/manifest.json"))));
        QCOMPARE(p.manifest.id, std::string("CS-TEST-0001"));
        QCOMPARE(p.manifest.artifacts.size(), std::size_t(4));
        QCOMPARE(p.manifest.unknownKeys, std::vector<std::string>{"x_test_note"});

        QVERIFY(p.evaluation);
        const CsvTable &eval = *p.evaluation;
        QCOMPARE(eval.fileName, QStringLiteral("evaluation.csv"));
        QCOMPARE(eval.rowCount, std::size_t(10));
        // "region" is neither a metric input nor a protected attribute: not kept.
        QCOMPARE(columnNames(eval), (std::vector<std::string>{"row_id", "label", "score", "baseline_score", "sex"}));
        QCOMPARE(eval.find("label")->numeric.values, (std::vector<double>{1, 0, 1, 0, 1, 0, 1, 0, 0, 1}));
        QCOMPARE(eval.find("score")->numeric.values,
                 (std::vector<double>{0.91, 0.12, 0.67, 0.45, 0.30, 0.05, 0.88, 0.51, 0.2, 1}));
        QCOMPARE(eval.find("baseline_score")->numeric.values[9], 0.97);
        QCOMPARE(levelsOf(eval, "sex"), (std::vector<std::string>{"female", "male"}));
        QCOMPARE(eval.find("sex")->categorical.missing, std::size_t(1));
        QCOMPARE(eval.find("sex")->categorical.codes[4], -1);
        QCOMPARE(eval.find("row_id")->text.at(9), std::string_view("r10"));

        QVERIFY(p.attributions);
        QCOMPARE(p.attributions->rowCount, std::size_t(10));
        QCOMPARE(columnNames(*p.attributions), (std::vector<std::string>{"row_id", "income", "tenure", "channel"}));
        QCOMPARE(p.attributions->find("income")->numeric.values[0], 0.40);
        QVERIFY(!p.baselineAttributions);

        QVERIFY(p.driftReference);
        QVERIFY(p.driftCurrent);
        const CsvTable &ref = *p.driftReference;
        QCOMPARE(ref.rowCount, std::size_t(6));
        QCOMPARE(ref.find("income")->spec.rule, ColumnRule::Numeric);
        QCOMPARE(ref.find("tenure")->numeric.missing, std::size_t(1));
        QCOMPARE(ref.find("channel")->spec.rule, ColumnRule::Categorical);
        QCOMPARE(levelsOf(ref, "channel"), (std::vector<std::string>{"web", "branch", "phone"}));
        // "note" is not a listed feature: inferred, numeric in the reference, text in current.
        QCOMPARE(ref.find("note")->spec.rule, ColumnRule::Inferred);
        QVERIFY(toNumeric(ref.find("note")->categorical).has_value());
        QVERIFY(!toNumeric(p.driftCurrent->find("note")->categorical).has_value());
        QCOMPARE(p.driftCurrent->find("channel")->categorical.missing, std::size_t(1));
    }

    void validTinyFromArchives_data()
    {
        QTest::addColumn<int>("format");
        QTest::addColumn<QString>("fileName");
        QTest::addColumn<QString>("prefix");
        QTest::addColumn<bool>("folderEntries");
        const int zip = int(ArchiveFormat::Zip);
        const int tgz = int(ArchiveFormat::TarGz);
        QTest::newRow("zip, files at the root") << zip << QStringLiteral("pkg.zip") << QString() << false;
        QTest::newRow("zip, under one folder") << zip << QStringLiteral("pkg.zip") << QStringLiteral("tiny-1.1.0/") << false;
        QTest::newRow("zip, under one folder with folder entries")
            << zip << QStringLiteral("pkg.zip") << QStringLiteral("tiny-1.1.0/") << true;
        QTest::newRow("tar.gz, files at the root") << tgz << QStringLiteral("pkg.tar.gz") << QString() << false;
        QTest::newRow("tar.gz, under one folder") << tgz << QStringLiteral("pkg.tar.gz") << QStringLiteral("tiny/") << false;
        QTest::newRow("tar.gz, under one folder with folder entries")
            << tgz << QStringLiteral("pkg.tar.gz") << QStringLiteral("tiny/") << true;
        // What `tar -czf pkg.tar.gz -C folder .` writes.
        QTest::newRow("tar.gz, ./ names") << tgz << QStringLiteral("pkg.tar.gz") << QStringLiteral("./") << true;
        // Recognised by content, not by name.
        QTest::newRow("zip named .tar.gz") << zip << QStringLiteral("pkg.tar.gz") << QString() << false;
        QTest::newRow("tar.gz without an extension") << tgz << QStringLiteral("package") << QString() << false;
    }

    void validTinyFromArchives()
    {
        QFETCH(int, format);
        QFETCH(QString, fileName);
        QFETCH(QString, prefix);
        QFETCH(bool, folderEntries);

        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        std::vector<ArchiveEntry> entries;
        if (folderEntries)
            entries.push_back(folderEntry(prefix.toStdString()));
        for (auto &entry : validTinyEntries(prefix.toStdString()))
            entries.push_back(std::move(entry));
        const QString path = dir.filePath(fileName);
        QCOMPARE(writeArchive(path, ArchiveFormat(format), entries), QString());

        const auto fromFolder = loadPackage(validTinyPath());
        QVERIFY2(fromFolder, why(fromFolder).constData());
        const auto fromArchive = loadPackage(path);
        QVERIFY2(fromArchive, why(fromArchive).constData());
        QCOMPARE(fromArchive->location, QDir::toNativeSeparators(path));
        compareLoaded(*fromFolder, *fromArchive);
    }

    void threadCountDoesNotChangeTheResult()
    {
        LoadOptions one;
        one.threads = 1;
        LoadOptions four;
        four.threads = 4;
        const auto a = loadPackage(validTinyPath(), one);
        const auto b = loadPackage(validTinyPath(), four);
        QVERIFY2(a, why(a).constData());
        QVERIFY2(b, why(b).constData());
        compareLoaded(*a, *b);
    }

    void loadsThroughASymlinkedRootFolder()
    {
        // The package folder itself may be reached through a link (a home folder, say).
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        QVERIFY(copyFolder(validTinyPath(), dir.filePath(QStringLiteral("real"))));
        QVERIFY(QFile::link(dir.filePath(QStringLiteral("real")), dir.filePath(QStringLiteral("linked"))));
        const auto loaded = loadPackage(dir.filePath(QStringLiteral("linked")));
        QVERIFY2(loaded, why(loaded).constData());
        QCOMPARE(loaded->evaluation->rowCount, std::size_t(10));
    }

    void cancelledLoadingStops()
    {
        LoadOptions options;
        options.cancelled = [] { return true; };
        const auto loaded = loadPackage(validTinyPath(), options);
        QVERIFY(!loaded);
        QVERIFY2(messageOf(loaded).endsWith(QStringLiteral(": loading was cancelled")), qPrintable(messageOf(loaded)));
    }

    void cliReviewsValidTiny()
    {
        const auto run = runCli({QStringLiteral("review"), validTinyPath(), QStringLiteral("--json")});
        QVERIFY2(run.exitCode == 0 || run.exitCode == 1, run.err.c_str());
        QCOMPARE(QString::fromStdString(run.err), QString());
        const auto review = nlohmann::json::parse(run.out, nullptr, false);
        QVERIFY(!review.is_discarded());
        QCOMPARE(review.at("package").at("digest").get<std::string>(),
                 sha256Hex(readFile(validTinyPath() + QStringLiteral("/manifest.json"))));
        QCOMPARE(review.at("package").at("id").get<std::string>(), std::string("CS-TEST-0001"));
    }

    void headerOnlyEvaluationIsReviewedWithoutCrashing()
    {
        // No rows is not malformed; whatever the review says, it must not crash or half-load.
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString pkg = dir.filePath(QStringLiteral("pkg"));
        QVERIFY(tinyWith(pkg, "evaluation.csv", "row_id,label,score,baseline_score,sex,region\n"));
        const auto loaded = loadPackage(pkg);
        QVERIFY2(loaded, why(loaded).constData());
        QCOMPARE(loaded->evaluation->rowCount, std::size_t(0));
        const auto run = runCli({QStringLiteral("review"), pkg, QStringLiteral("--json")});
        QVERIFY2(run.exitCode == 0 || run.exitCode == 1, run.err.c_str());
        QVERIFY(!nlohmann::json::parse(run.out, nullptr, false).is_discarded());
    }

    // --- broken packages: refused whole, one clear message ------------------------------------------

    void brokenFixtures_data()
    {
        QTest::addColumn<QString>("folder"); // under tests/data/packages/broken/
        QTest::addColumn<QString>("fragment");
        QTest::addColumn<quint64>("maxFileBytes"); // 0: the default limits

        auto row = [](const char *folder, const QString &fragment, quint64 limit = 0) {
            QTest::newRow(folder) << QString::fromUtf8(folder) << fragment << limit;
        };
        row("bad-json", QStringLiteral("manifest.json: not valid JSON (parse error at line 4, column 19: "));
        row("empty-manifest", QStringLiteral("manifest.json: not valid JSON (parse error at line 1, column 1: "));
        row("no-manifest", QStringLiteral(": no manifest.json at the package's root"));
        row("wrong-schema",
            QStringLiteral(R"(manifest.json: schema: unsupported package schema "countersign.package/v2", expected "countersign.package/v1")"));
        row("missing-listed-file", QStringLiteral(R"("evaluation.csv": listed in the manifest but missing from the package)"));
        row("sha256-mismatch",
            QStringLiteral("evaluation.csv: SHA-256 is c37f289e5c5a3f23b931508a88f5043f92847f55563b596cf64e7a01a5cfdb58, "
                           "the manifest says 98eee6f9e05a1530cc19aa0e3cf535ed46adf2fd6bc689d0b11ce404dddceee1; "
                           "the package is refused"));
        row("label-2", QStringLiteral(R"(evaluation.csv: line 4, column 2 (label): expected a label 0 or 1, got "2")"));
        row("score-abc", QStringLiteral(R"(evaluation.csv: line 3, column 3 (score): expected a number, got "abc")"));
        row("score-out-of-range", QStringLiteral(R"(evaluation.csv: line 3, column 3 (score): "1.5" is outside [0, 1])"));
        row("truncated-row",
            QStringLiteral("evaluation.csv: line 4, column 2 (label): the row has 2 fields, the header has 5"));
        row("truncated-in-quotes", QStringLiteral("evaluation.csv: line 3, column 5 (sex): a quoted field is never closed"));
        row("ragged-row", QStringLiteral("evaluation.csv: line 3, column 5 (sex): the row has 6 fields, the header has 5"));
        row("blank-line",
            QStringLiteral("evaluation.csv: line 3, column 1 (row_id): blank line; a CSV file has no blank lines"));
        row("duplicate-row-id",
            QStringLiteral(R"(evaluation.csv: line 4, column 1 (row_id): duplicate row_id "r1" (first on line 2))"));
        row("parent-artifact-path",
            QStringLiteral(R"(manifest.json: artifacts[0].path: "../evaluation.csv" leaves the package (absolute or with ".."); refused)"));
        row("absolute-artifact-path",
            QStringLiteral(R"(manifest.json: artifacts[0].path: "/etc/passwd" leaves the package (absolute or with ".."); refused)"));
        row("empty-evaluation", QStringLiteral("evaluation.csv: the file is empty; expected a header line"));
        row("non-utf8-category", QStringLiteral("evaluation.csv: line 3, column 5 (sex): the value is not valid UTF-8"));
        row("over-size-limit",
            QStringLiteral(R"("evaluation.csv": 2918 bytes is over the file size limit of 2000 bytes)"), 2000);
        row("missing-protected-column", QStringLiteral(R"(evaluation.csv: line 1: required column "age_band" is missing)"));
    }

    void brokenFixtures()
    {
        QFETCH(QString, folder);
        QFETCH(QString, fragment);
        QFETCH(quint64, maxFileBytes);
        const QString path = brokenPath(folder);
        QVERIFY2(QFileInfo(path).isDir(), qPrintable(path));
        expectRefused(path, fragment, maxFileBytes);
    }

    // Cases that need links or archives, made in a temporary folder.
    void builtBrokenPackages_data()
    {
        QTest::addColumn<QString>("build");
        QTest::addColumn<QString>("fragment");
        QTest::addColumn<quint64>("maxFileBytes");

        auto row = [](const char *build, const QString &fragment, quint64 limit = 0) {
            QTest::newRow(build) << QString::fromUtf8(build) << fragment << limit;
        };
        row("no such path", QStringLiteral("does-not-exist: no such file or folder"));
        row("symlink artifact leading outside", QStringLiteral(R"("evaluation.csv": is a symbolic link; links are refused)"));
        row("symlink artifact inside the package", QStringLiteral(R"("evaluation.csv": is a symbolic link; links are refused)"));
        row("artifact under a symlinked folder leading outside",
            QStringLiteral(R"("data/evaluation.csv": resolves outside the package; refused)"));
        row("tampered file that also has a bad label", QStringLiteral("evaluation.csv: SHA-256 is "));
        row("artifact is a folder", QStringLiteral(R"("evaluation.csv": is not a regular file)"));
        row("empty attribution value",
            QStringLiteral("attributions.csv: line 3, column 2 (income): empty value; income must not be missing"));
        row("attribution value not a number",
            QStringLiteral(R"(attributions.csv: line 4, column 3 (tenure): expected a number, got "high")"));
        row("empty baseline_score",
            QStringLiteral("evaluation.csv: line 2, column 4 (baseline_score): empty value; baseline_score must not be missing"));
        row("attributions present, evaluation without row_id",
            QStringLiteral(R"(evaluation.csv: line 1: required column "row_id" is missing)"));
        row("attributions present, no evaluation",
            QStringLiteral(R"(: attributions are present but no evaluation data (role "evaluation") to join them with)"));
        row("text in a numeric drift feature",
            QStringLiteral(R"(reference.csv: line 3, column 1 (income): expected a number, got "61k")"));
        row("zip bomb", QStringLiteral("refused as a possible archive bomb"));
        row("tar.gz bomb", QStringLiteral("refused as a possible archive bomb"));
        row("zip with a ../ entry", QStringLiteral(R"(entry "../evil.txt" leaves the package; the archive is refused)"));
        row("tar.gz with a ../ entry inside its folder",
            QStringLiteral(R"(entry "tiny/../../evil.txt" leaves the package; the archive is refused)"));
        row("zip with an absolute entry", QStringLiteral(R"(entry "/tmp/evil.txt" has an absolute path; the archive is refused)"));
        row("tar.gz with an absolute entry",
            QStringLiteral(R"(entry "/tmp/evil.txt" has an absolute path; the archive is refused)"));
        row("zip with a symlink entry", QStringLiteral(R"(entry "link.csv" is a link; the archive is refused)"));
        row("tar.gz with a symlink entry", QStringLiteral(R"(entry "link.csv" is a link; the archive is refused)"));
        row("tar.gz with a symlink entry leading outside",
            QStringLiteral(R"(entry "evaluation-link.csv" is a link; the archive is refused)"));
        row("tar.gz with a hard link entry", QStringLiteral(R"(entry "hard.csv" is a link; the archive is refused)"));
        row("zip entry over the size limit",
            QStringLiteral(R"(entry "evaluation.csv" is over the file size limit of 300 bytes)"), 300);
        row("zip missing a listed file", QStringLiteral(R"("evaluation.csv": listed in the manifest but missing from the package)"));
        row("tar.gz with a changed file", QStringLiteral("evaluation.csv: SHA-256 is "));
        row("zip under two top-level folders", QStringLiteral(": no manifest.json at the package's root"));
        row("not an archive", QStringLiteral("pkg.zip: not a readable .zip or .tar.gz archive ("));
        // The manifest's own problem must be named, not reported as a missing manifest.
        row("manifest over the size limit",
            QStringLiteral(R"("manifest.json": 2145 bytes is over the file size limit of 1000 bytes)"), 1000);
        row("symlink manifest", QStringLiteral(R"("manifest.json": is a symbolic link; links are refused)"));
    }

    void builtBrokenPackages()
    {
        QFETCH(QString, build);
        QFETCH(QString, fragment);
        QFETCH(quint64, maxFileBytes);

        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString pkg = dir.filePath(QStringLiteral("pkg"));
        const QString zipPath = dir.filePath(QStringLiteral("pkg.zip"));
        const QString tgzPath = dir.filePath(QStringLiteral("pkg.tar.gz"));
        const std::string evaluation = readFile(validTinyPath() + QStringLiteral("/evaluation.csv"));
        QString path;

        auto withEntries = [&](ArchiveFormat format, std::vector<ArchiveEntry> extra, const std::string &prefix = {}) {
            std::vector<ArchiveEntry> entries = validTinyEntries(prefix);
            for (auto &e : extra)
                entries.push_back(std::move(e));
            const QString file = format == ArchiveFormat::Zip ? zipPath : tgzPath;
            const QString problem = writeArchive(file, format, entries);
            return problem.isEmpty() ? file : QString();
        };

        if (build == QLatin1String("no such path")) {
            path = dir.filePath(QStringLiteral("does-not-exist"));
        } else if (build == QLatin1String("symlink artifact leading outside")) {
            QVERIFY(copyFolder(validTinyPath(), pkg));
            QVERIFY(QFile::rename(pkg + QStringLiteral("/evaluation.csv"), dir.filePath(QStringLiteral("evaluation.csv"))));
            QVERIFY(QFile::link(QStringLiteral("../evaluation.csv"), pkg + QStringLiteral("/evaluation.csv")));
            path = pkg;
        } else if (build == QLatin1String("symlink artifact inside the package")) {
            QVERIFY(copyFolder(validTinyPath(), pkg));
            QVERIFY(QFile::rename(pkg + QStringLiteral("/evaluation.csv"), pkg + QStringLiteral("/real.csv")));
            QVERIFY(QFile::link(QStringLiteral("real.csv"), pkg + QStringLiteral("/evaluation.csv")));
            path = pkg;
        } else if (build == QLatin1String("artifact under a symlinked folder leading outside")) {
            QVERIFY(copyFolder(validTinyPath(), pkg));
            QVERIFY(QDir().mkpath(dir.filePath(QStringLiteral("outside"))));
            QVERIFY(QFile::rename(pkg + QStringLiteral("/evaluation.csv"), dir.filePath(QStringLiteral("outside/evaluation.csv"))));
            QVERIFY(QFile::link(QStringLiteral("../outside"), pkg + QStringLiteral("/data")));
            auto manifest = cs::Json::parse(readFile(pkg + QStringLiteral("/manifest.json")));
            manifest["artifacts"][0]["path"] = "data/evaluation.csv";
            QVERIFY(writeFile(pkg + QStringLiteral("/manifest.json"), manifest.dump(2)));
            path = pkg;
        } else if (build == QLatin1String("tampered file that also has a bad label")) {
            // Integrity comes first: the changed file is reported as changed, not parsed.
            QVERIFY(copyFolder(validTinyPath(), pkg));
            QVERIFY(writeFile(pkg + QStringLiteral("/evaluation.csv"), evaluation + "r11,2,0.5,0.5,male,x\n"));
            path = pkg;
        } else if (build == QLatin1String("artifact is a folder")) {
            QVERIFY(copyFolder(validTinyPath(), pkg));
            QVERIFY(QFile::remove(pkg + QStringLiteral("/evaluation.csv")));
            QVERIFY(QDir().mkpath(pkg + QStringLiteral("/evaluation.csv")));
            path = pkg;
        } else if (build == QLatin1String("empty attribution value")) {
            QVERIFY(tinyWith(pkg, "attributions.csv",
                             replaced(readFile(validTinyPath() + QStringLiteral("/attributions.csv")), "r02,-0.30,", "r02,,")));
            path = pkg;
        } else if (build == QLatin1String("attribution value not a number")) {
            QVERIFY(tinyWith(pkg, "attributions.csv",
                             replaced(readFile(validTinyPath() + QStringLiteral("/attributions.csv")), "r03,0.25,0.15,", "r03,0.25,high,")));
            path = pkg;
        } else if (build == QLatin1String("empty baseline_score")) {
            QVERIFY(tinyWith(pkg, "evaluation.csv", replaced(evaluation, "r01,1,0.91,0.85,", "r01,1,0.91,,")));
            path = pkg;
        } else if (build == QLatin1String("attributions present, evaluation without row_id")) {
            QVERIFY(tinyWith(pkg, "evaluation.csv", "label,score,sex\n1,0.9,female\n0,0.1,male\n"));
            path = pkg;
        } else if (build == QLatin1String("attributions present, no evaluation")) {
            QVERIFY(copyFolder(validTinyPath(), pkg));
            auto manifest = cs::Json::parse(readFile(pkg + QStringLiteral("/manifest.json")));
            manifest["artifacts"].erase(0); // evaluation.csv
            QVERIFY(writeFile(pkg + QStringLiteral("/manifest.json"), manifest.dump(2)));
            path = pkg;
        } else if (build == QLatin1String("text in a numeric drift feature")) {
            QVERIFY(tinyWith(pkg, "reference.csv",
                             replaced(readFile(validTinyPath() + QStringLiteral("/reference.csv")), "61000,", "61k,")));
            path = pkg;
        } else if (build == QLatin1String("zip bomb") || build == QLatin1String("tar.gz bomb")) {
            // ~200 MB of zeros packs into a few hundred kB.
            const auto format = build.startsWith(QLatin1String("zip")) ? ArchiveFormat::Zip : ArchiveFormat::TarGz;
            path = withEntries(format, {zerosEntry("zeros.bin", 200ULL << 20)});
            QVERIFY(!path.isEmpty());
            QVERIFY2(QFileInfo(path).size() < (2 << 20), qPrintable(QString::number(QFileInfo(path).size())));
        } else if (build == QLatin1String("zip with a ../ entry")) {
            path = withEntries(ArchiveFormat::Zip, {fileEntry("../evil.txt", "x")});
        } else if (build == QLatin1String("tar.gz with a ../ entry inside its folder")) {
            path = withEntries(ArchiveFormat::TarGz, {fileEntry("tiny/../../evil.txt", "x")}, "tiny/");
        } else if (build == QLatin1String("zip with an absolute entry")) {
            path = withEntries(ArchiveFormat::Zip, {fileEntry("/tmp/evil.txt", "x")});
        } else if (build == QLatin1String("tar.gz with an absolute entry")) {
            path = withEntries(ArchiveFormat::TarGz, {fileEntry("/tmp/evil.txt", "x")});
        } else if (build == QLatin1String("zip with a symlink entry")) {
            path = withEntries(ArchiveFormat::Zip, {linkEntry(ArchiveEntry::Type::Symlink, "link.csv", "evaluation.csv")});
        } else if (build == QLatin1String("tar.gz with a symlink entry")) {
            path = withEntries(ArchiveFormat::TarGz, {linkEntry(ArchiveEntry::Type::Symlink, "link.csv", "evaluation.csv")});
        } else if (build == QLatin1String("tar.gz with a symlink entry leading outside")) {
            path = withEntries(ArchiveFormat::TarGz,
                               {linkEntry(ArchiveEntry::Type::Symlink, "evaluation-link.csv", "/etc/passwd")});
        } else if (build == QLatin1String("tar.gz with a hard link entry")) {
            path = withEntries(ArchiveFormat::TarGz, {linkEntry(ArchiveEntry::Type::Hardlink, "hard.csv", "evaluation.csv")});
        } else if (build == QLatin1String("zip entry over the size limit")) {
            path = withEntries(ArchiveFormat::Zip, {});
        } else if (build == QLatin1String("zip missing a listed file")) {
            std::vector<ArchiveEntry> entries = validTinyEntries();
            std::erase_if(entries, [](const ArchiveEntry &e) { return e.name == "evaluation.csv"; });
            QCOMPARE(writeArchive(zipPath, ArchiveFormat::Zip, entries), QString());
            path = zipPath;
        } else if (build == QLatin1String("tar.gz with a changed file")) {
            std::vector<ArchiveEntry> entries = validTinyEntries("tiny/");
            for (auto &e : entries) {
                if (e.name == "tiny/evaluation.csv")
                    e.bytes.replace(e.bytes.find("0.91"), 4, "0.19");
            }
            QCOMPARE(writeArchive(tgzPath, ArchiveFormat::TarGz, entries), QString());
            path = tgzPath;
        } else if (build == QLatin1String("zip under two top-level folders")) {
            std::vector<ArchiveEntry> entries = validTinyEntries("a/");
            entries.push_back(fileEntry("b/readme.txt", "another folder"));
            QCOMPARE(writeArchive(zipPath, ArchiveFormat::Zip, entries), QString());
            path = zipPath;
        } else if (build == QLatin1String("not an archive")) {
            QVERIFY(writeFile(zipPath, "this is not an archive\n"));
            path = zipPath;
        } else if (build == QLatin1String("manifest over the size limit")) {
            path = validTinyPath();
        } else if (build == QLatin1String("symlink manifest")) {
            QVERIFY(copyFolder(validTinyPath(), pkg));
            QVERIFY(QFile::rename(pkg + QStringLiteral("/manifest.json"), dir.filePath(QStringLiteral("manifest.json"))));
            QVERIFY(QFile::link(QStringLiteral("../manifest.json"), pkg + QStringLiteral("/manifest.json")));
            path = pkg;
        } else {
            QFAIL(qPrintable(QStringLiteral("no such case: ") + build));
        }
        QVERIFY2(!path.isEmpty(), "the case could not be built");
        expectRefused(path, fragment, maxFileBytes);
    }
};

QTEST_GUILESS_MAIN(TestPackageLoader)
#include "tst_packageloader.moc"
