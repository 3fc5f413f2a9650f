#include "FolderSync.h"

#include "audit/Bundle.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QSaveFile>

#include <map>

namespace cs::audit {

namespace {

std::string fileStamp(const QFileInfo &info)
{
    return std::to_string(info.size()) + ":" + std::to_string(info.lastModified().toMSecsSinceEpoch());
}

// Highest seq n such that the folder's bundle names cover 1..n without a hole.
std::int64_t contiguousCoverage(std::vector<std::pair<std::int64_t, std::int64_t>> ranges)
{
    std::sort(ranges.begin(), ranges.end());
    std::int64_t covered = 0;
    for (const auto &[from, to] : ranges) {
        if (from > covered + 1)
            break;
        covered = std::max(covered, to);
    }
    return covered;
}

} // namespace

Result<SyncReport> syncWithFolder(AuditStore &store, const QString &folder, std::int64_t nowMs,
                                  const FolderSyncOptions &options)
{
    SyncReport report;
    QDir root(folder);
    if (!root.exists() && !QDir().mkpath(folder))
        return makeError(QStringLiteral("%1: cannot create the sync folder").arg(folder));
    if (!root.mkpath(QStringLiteral("feeds")))
        return makeError(QStringLiteral("%1: cannot create feeds/ in the sync folder").arg(folder));
    report.target = "folder:" + QFileInfo(folder).absoluteFilePath().toStdString();
    const QDir feeds(root.filePath(QStringLiteral("feeds")));

    SyncMemory memory(store, report, nowMs);
    QElapsedTimer timer;
    timer.start();

    // Pull: every bundle not read before (or changed since), verified entry by entry.
    std::map<std::string, std::string> stampOf; // source -> size:mtime, to remember once settled
    std::map<std::string, std::vector<std::pair<std::int64_t, std::int64_t>>> ranges; // author -> bundle ranges
    // A file is remembered as "<size:mtime>|ok" once its entries are settled, or "|refused" when
    // it is refused for good; only good files count as covering their feed's range.
    auto refuseFile = [&](const std::string &source, const std::string &reason, const std::string &stamp, bool retry) {
        memory.refuse(source, {}, reason);
        if (!retry)
            memory.set("file:" + source, stamp + "|refused");
    };
    std::map<std::string, std::pair<std::string, std::pair<std::int64_t, std::int64_t>>>
        pendingRange; // source -> author, range
    // First the names, then the files one by one as the checks need entries: the cores start
    // on the first bundle while the others are still on disk.
    struct ToRead
    {
        std::string source;
        QString path;
        std::string stamp;
        BundleName name;
    };
    std::vector<ToRead> toRead;
    const auto authorDirs =
        feeds.entryInfoList(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden | QDir::System, QDir::Name);
    for (const QFileInfo &dirInfo : authorDirs) {
        const std::string dirName = dirInfo.fileName().toStdString();
        if (dirInfo.isSymLink() || !dirInfo.isDir()) {
            const std::string source = "feeds/" + dirName;
            if (memory.get("file:" + source) != fileStamp(dirInfo) + "|refused")
                refuseFile(source, "not a feed folder (expected feeds/<author key>/)", fileStamp(dirInfo), false);
            continue;
        }
        const QDir authorDir(dirInfo.absoluteFilePath());
        for (const QFileInfo &file : authorDir.entryInfoList(
                 QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden | QDir::System, QDir::Name)) {
            const std::string fileName = file.fileName().toStdString();
            const std::string source = "feeds/" + dirName + "/" + fileName;
            // Another workbench's file in the middle of being written.
            if (fileName.rfind(".", 0) == 0 || fileName.find(".bundle.") != std::string::npos)
                continue;
            const auto name = parseBundleName(dirName, fileName);
            const std::string stamp = fileStamp(file);
            const std::string remembered = memory.get("file:" + source);
            if (remembered == stamp + "|ok") {
                if (name && name->forkOf.empty())
                    ranges[name->author].emplace_back(name->from, name->to);
                continue;
            }
            if (remembered == stamp + "|refused")
                continue;
            if (!name) {
                refuseFile(source, "not a bundle name (expected feeds/<author key>/<from>-<to>.bundle)", stamp, false);
                continue;
            }
            if (file.isSymLink() || !file.isFile()) {
                refuseFile(source, "not a regular file", stamp, false);
                continue;
            }
            if (static_cast<std::uint64_t>(file.size()) > options.maxBundleBytes) {
                refuseFile(source,
                           "larger than the bundle limit of " + std::to_string(options.maxBundleBytes) + " bytes",
                           stamp, false);
                continue;
            }
            toRead.push_back({source, file.absoluteFilePath(), stamp, *name});
        }
    }
    report.transferSeconds += static_cast<double>(timer.nsecsElapsed()) * 1e-9;

    // Reads one bundle; its entries, or none when the file is refused.
    auto readBundle = [&](const ToRead &file) {
        std::vector<IncomingEntry> entries;
        QFile f(file.path);
        if (!f.open(QIODevice::ReadOnly)) {
            refuseFile(file.source, "cannot be read: " + f.errorString().toStdString(), file.stamp, true);
            return entries;
        }
        const QByteArray bytes = f.readAll();
        auto bundle = decodeBundle(std::string_view(bytes.constData(), static_cast<std::size_t>(bytes.size())));
        if (!bundle) {
            refuseFile(file.source, bundle.errorMessage().toStdString() + "; read again next round", file.stamp, true);
            return entries;
        }
        if (bundle->author != file.name.author || bundle->from != file.name.from || bundle->to != file.name.to) {
            refuseFile(file.source,
                       "its contents (feed " + bundle->author.substr(0, 12) + "…, " + std::to_string(bundle->from) +
                           "-" + std::to_string(bundle->to) + ") do not match its name",
                       file.stamp, false);
            return entries;
        }
        if (bundle->store != store.storeId()) {
            refuseFile(file.source, "it belongs to another store (" + bundle->store + ")", file.stamp, false);
            return entries;
        }
        stampOf[file.source] = file.stamp;
        if (file.name.forkOf.empty())
            pendingRange[file.source] = {file.name.author, {file.name.from, file.name.to}};
        entries.reserve(bundle->entries.size());
        for (auto &e : bundle->entries)
            entries.push_back({std::move(e.signedBytes), std::move(e.signature), file.source, {}});
        return entries;
    };
    std::size_t nextFile = 0;
    std::vector<IncomingEntry> current;
    std::size_t taken = 0;
    auto next = [&](std::size_t max) {
        QElapsedTimer reading;
        reading.start();
        std::vector<IncomingEntry> out;
        while (out.size() < max) {
            if (taken == current.size()) {
                if (nextFile == toRead.size())
                    break;
                current = readBundle(toRead[nextFile++]);
                taken = 0;
                continue;
            }
            const std::size_t n = std::min(max - out.size(), current.size() - taken);
            out.insert(out.end(), std::make_move_iterator(current.begin() + static_cast<std::ptrdiff_t>(taken)),
                       std::make_move_iterator(current.begin() + static_cast<std::ptrdiff_t>(taken + n)));
            taken += n;
        }
        report.transferSeconds += static_cast<double>(reading.nsecsElapsed()) * 1e-9;
        return out;
    };

    const auto settled = importEntries(store, next, report, memory);
    for (const auto &[source, stamp] : stampOf) {
        if (!settled.count(source))
            continue;
        memory.set("file:" + source, stamp + "|ok");
        if (const auto it = pendingRange.find(source); it != pendingRange.end())
            ranges[it->second.first].push_back(it->second.second);
    }

    // Push: for each feed, what neither this store nor anyone else has put in the folder yet.
    timer.restart();
    auto heads = store.feedHeads();
    if (!heads)
        return heads.error();
    for (const auto &head : *heads) {
        const std::string author = head.author.str();
        const std::int64_t sent = memory.getNumber("sent:" + author);
        const std::int64_t from = std::max(sent, contiguousCoverage(ranges[author])) + 1;
        if (from > head.seq)
            continue;
        auto rows = store.feedRange(author, from, head.seq);
        if (!rows)
            return rows.error();
        Bundle bundle;
        bundle.store = store.storeId();
        bundle.author = author;
        bundle.from = from;
        std::int64_t expected = from;
        for (const auto &row : *rows) {
            if (row.seq != expected)
                continue; // the second entry of a fork stays out; the first tells the story
            bundle.entries.push_back({row.signedBytes, row.signature});
            ++expected;
        }
        bundle.to = expected - 1;
        if (bundle.entries.empty())
            continue;
        const QString authorDir = feeds.filePath(QString::fromStdString(author));
        QDir().mkpath(authorDir);
        QSaveFile out(QDir(authorDir).filePath(QString::fromStdString(bundleFileName(bundle.from, bundle.to))));
        const std::string bytes = encodeBundle(bundle);
        if (!out.open(QIODevice::WriteOnly) ||
            out.write(bytes.data(), static_cast<qint64>(bytes.size())) != static_cast<qint64>(bytes.size()) ||
            !out.commit())
            return makeError(QStringLiteral("%1: cannot write a bundle (%2)").arg(folder, out.errorString()));
        report.sent += bundle.entries.size();
        ++report.bundlesWritten;
        // Our own bundle need not be read back next round.
        const QString written =
            QDir(authorDir).filePath(QString::fromStdString(bundleFileName(bundle.from, bundle.to)));
        memory.set("file:feeds/" + author + "/" + bundleFileName(bundle.from, bundle.to),
                   fileStamp(QFileInfo(written)) + "|ok");
        memory.set("sent:" + author, std::to_string(bundle.to));
    }
    // Both sides of a fork travel, each in a bundle of its own, so that every store sees it.
    auto forks = store.forkedEntries();
    if (!forks)
        return forks.error();
    for (const auto &row : *forks) {
        if (memory.get("published:" + row.id) == "1")
            continue;
        Bundle bundle{store.storeId(), row.author, row.seq, row.seq, {{row.signedBytes, row.signature}}};
        const QString authorDir = feeds.filePath(QString::fromStdString(row.author));
        QDir().mkpath(authorDir);
        const std::string name = forkBundleFileName(row.seq, row.id);
        QSaveFile out(QDir(authorDir).filePath(QString::fromStdString(name)));
        const std::string bytes = encodeBundle(bundle);
        if (!out.open(QIODevice::WriteOnly) ||
            out.write(bytes.data(), static_cast<qint64>(bytes.size())) != static_cast<qint64>(bytes.size()) ||
            !out.commit())
            return makeError(QStringLiteral("%1: cannot write a bundle (%2)").arg(folder, out.errorString()));
        ++report.sent;
        ++report.bundlesWritten;
        memory.set("published:" + row.id, "1");
    }
    report.transferSeconds += static_cast<double>(timer.nsecsElapsed()) * 1e-9;
    if (memory.firstError())
        return *memory.firstError();
    return report;
}

} // namespace cs::audit
