#include "PackageSource.h"

#include "Manifest.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <archive.h>
#include <archive_entry.h>

#include <vector>

namespace cs::package {

namespace {

QString quotedPath(const std::string &path)
{
    return QLatin1Char('"') + QString::fromStdString(path) + QLatin1Char('"');
}

class MappedFile final : public FileBytes
{
public:
    explicit MappedFile(std::unique_ptr<QFile> file) : m_file(std::move(file))
    {
        if (m_file->size() > 0)
            m_data = m_file->map(0, m_file->size());
    }
    ~MappedFile() override
    {
        if (m_data)
            m_file->unmap(m_data);
    }
    std::string_view view() const override
    {
        if (!m_data)
            return {};
        return {reinterpret_cast<const char *>(m_data), static_cast<std::size_t>(m_file->size())};
    }
    bool mapped() const { return m_data != nullptr || m_file->size() == 0; }

private:
    std::unique_ptr<QFile> m_file;
    uchar *m_data = nullptr;
};

class MemoryFile final : public FileBytes
{
public:
    explicit MemoryFile(std::string bytes) : m_bytes(std::move(bytes)) {}
    std::string_view view() const override { return m_bytes; }

private:
    std::string m_bytes;
};

class FolderSource final : public PackageSource
{
public:
    FolderSource(const QString &root, const ReadLimits &limits) : m_root(root), m_limits(limits) {}

    QString displayName() const override { return QDir::toNativeSeparators(m_root); }

    bool exists(const std::string &relativePath) const override
    {
        const QFileInfo info(QDir(m_root).filePath(QString::fromStdString(relativePath)));
        return info.exists() || info.isSymLink();
    }

    Result<std::shared_ptr<FileBytes>> open(const std::string &relativePath) const override
    {
        if (!isSafeRelativePath(relativePath))
            return makeError(QStringLiteral("%1: path leaves the package; refused").arg(quotedPath(relativePath)));
        const QString path = QDir(m_root).filePath(QString::fromStdString(relativePath));
        const QFileInfo info(path);
        if (info.isSymLink())
            return makeError(QStringLiteral("%1: is a symbolic link; links are refused").arg(quotedPath(relativePath)));
        if (!info.exists())
            return makeError(QStringLiteral("%1: listed in the manifest but missing from the package")
                                 .arg(quotedPath(relativePath)));
        if (!info.isFile())
            return makeError(QStringLiteral("%1: is not a regular file").arg(quotedPath(relativePath)));
        // A link in a parent folder could still lead outside the package.
        const QString canonicalRoot = QFileInfo(m_root).canonicalFilePath();
        if (!info.canonicalFilePath().startsWith(canonicalRoot + QLatin1Char('/')))
            return makeError(QStringLiteral("%1: resolves outside the package; refused").arg(quotedPath(relativePath)));
        if (static_cast<std::uint64_t>(info.size()) > m_limits.maxFileBytes)
            return makeError(QStringLiteral("%1: %2 bytes is over the file size limit of %3 bytes")
                                 .arg(quotedPath(relativePath))
                                 .arg(info.size())
                                 .arg(m_limits.maxFileBytes));
        auto file = std::make_unique<QFile>(path);
        if (!file->open(QIODevice::ReadOnly))
            return makeError(QStringLiteral("%1: cannot be read (%2)").arg(quotedPath(relativePath), file->errorString()));
        auto mapped = std::make_shared<MappedFile>(std::move(file));
        if (!mapped->mapped())
            return makeError(QStringLiteral("%1: cannot be mapped into memory").arg(quotedPath(relativePath)));
        return std::shared_ptr<FileBytes>(std::move(mapped));
    }

private:
    QString m_root;
    ReadLimits m_limits;
};

struct ArchiveCloser
{
    void operator()(archive *a) const { archive_read_free(a); }
};

class ArchiveSource final : public PackageSource
{
public:
    ArchiveSource(QString path, std::map<std::string, std::shared_ptr<FileBytes>> files)
        : m_path(std::move(path)), m_files(std::move(files))
    {
    }

    QString displayName() const override { return QDir::toNativeSeparators(m_path); }

    bool exists(const std::string &relativePath) const override { return m_files.count(relativePath) > 0; }

    Result<std::shared_ptr<FileBytes>> open(const std::string &relativePath) const override
    {
        if (!isSafeRelativePath(relativePath))
            return makeError(QStringLiteral("%1: path leaves the package; refused").arg(quotedPath(relativePath)));
        const auto it = m_files.find(relativePath);
        if (it == m_files.end())
            return makeError(QStringLiteral("%1: listed in the manifest but missing from the package")
                                 .arg(quotedPath(relativePath)));
        return it->second;
    }

private:
    QString m_path;
    std::map<std::string, std::shared_ptr<FileBytes>> m_files;
};

// Normalises an archive entry name; empty when the entry is only a folder marker.
std::string normalisedEntryName(std::string name)
{
    while (name.size() >= 2 && name.compare(0, 2, "./") == 0)
        name.erase(0, 2);
    while (!name.empty() && name.back() == '/')
        name.pop_back();
    return name;
}

Result<std::unique_ptr<PackageSource>> openArchive(const QString &path, const ReadLimits &limits)
{
    const QString shown = QDir::toNativeSeparators(path);
    std::unique_ptr<archive, ArchiveCloser> reader(archive_read_new());
    archive_read_support_filter_gzip(reader.get());
    archive_read_support_filter_none(reader.get());
    archive_read_support_format_zip(reader.get());
    archive_read_support_format_tar(reader.get());
    archive_read_support_format_gnutar(reader.get());

    const QByteArray encodedPath = QFile::encodeName(path);
    if (archive_read_open_filename(reader.get(), encodedPath.constData(), 1 << 16) != ARCHIVE_OK)
        return makeError(QStringLiteral("%1: not a readable .zip or .tar.gz archive (%2)")
                             .arg(shown, QString::fromUtf8(archive_error_string(reader.get()))));

    const auto archiveBytes = static_cast<std::uint64_t>(std::max<qint64>(QFileInfo(path).size(), 1));
    std::vector<std::pair<std::string, std::string>> entries;
    std::uint64_t total = 0;
    std::uint64_t count = 0;
    archive_entry *entry = nullptr;
    for (;;) {
        const int status = archive_read_next_header(reader.get(), &entry);
        if (status == ARCHIVE_EOF)
            break;
        if (status < ARCHIVE_WARN)
            return makeError(QStringLiteral("%1: damaged archive (%2)")
                                 .arg(shown, QString::fromUtf8(archive_error_string(reader.get()))));
        const char *rawName = archive_entry_pathname_utf8(entry);
        if (!rawName)
            rawName = archive_entry_pathname(entry);
        const std::string original = rawName ? rawName : "";
        if (++count > limits.maxEntries)
            return makeError(QStringLiteral("%1: more than %2 entries; refused as a possible archive bomb")
                                 .arg(shown)
                                 .arg(limits.maxEntries));
        if (!original.empty() && original.front() == '/')
            return makeError(QStringLiteral("%1: entry %2 has an absolute path; the archive is refused")
                                 .arg(shown, quotedPath(original)));
        const std::string name = normalisedEntryName(original);
        if (name.empty())
            continue;
        if (!isSafeRelativePath(name))
            return makeError(QStringLiteral("%1: entry %2 leaves the package; the archive is refused")
                                 .arg(shown, quotedPath(original)));
        const auto type = archive_entry_filetype(entry);
        if (type == AE_IFLNK || archive_entry_symlink(entry) || archive_entry_hardlink(entry))
            return makeError(QStringLiteral("%1: entry %2 is a link; the archive is refused")
                                 .arg(shown, quotedPath(original)));
        if (type == AE_IFDIR)
            continue;
        if (type != AE_IFREG)
            return makeError(QStringLiteral("%1: entry %2 is not a regular file; the archive is refused")
                                 .arg(shown, quotedPath(original)));
        if (archive_entry_size_is_set(entry)
            && static_cast<std::uint64_t>(archive_entry_size(entry)) > limits.maxFileBytes)
            return makeError(QStringLiteral("%1: entry %2 is over the file size limit of %3 bytes")
                                 .arg(shown, quotedPath(original))
                                 .arg(limits.maxFileBytes));

        std::string bytes;
        if (archive_entry_size_is_set(entry))
            bytes.reserve(static_cast<std::size_t>(std::min<std::uint64_t>(
                static_cast<std::uint64_t>(archive_entry_size(entry)), limits.maxFileBytes)));
        char buffer[1 << 16];
        for (;;) {
            const la_ssize_t got = archive_read_data(reader.get(), buffer, sizeof buffer);
            if (got == 0)
                break;
            if (got < 0)
                return makeError(QStringLiteral("%1: entry %2 cannot be unpacked (%3)")
                                     .arg(shown, quotedPath(original),
                                          QString::fromUtf8(archive_error_string(reader.get()))));
            bytes.append(buffer, static_cast<std::size_t>(got));
            total += static_cast<std::uint64_t>(got);
            if (bytes.size() > limits.maxFileBytes)
                return makeError(QStringLiteral("%1: entry %2 is over the file size limit of %3 bytes")
                                     .arg(shown, quotedPath(original))
                                     .arg(limits.maxFileBytes));
            if (total > limits.maxTotalBytes)
                return makeError(QStringLiteral("%1: unpacks to more than %2 bytes; refused as a possible archive bomb")
                                     .arg(shown)
                                     .arg(limits.maxTotalBytes));
            if (total > limits.ratioFloorBytes
                && static_cast<double>(total) / static_cast<double>(archiveBytes) > limits.maxCompressionRatio)
                return makeError(QStringLiteral("%1: unpacks to more than %2 times its size; refused as a possible archive bomb")
                                     .arg(shown)
                                     .arg(limits.maxCompressionRatio));
        }
        entries.emplace_back(name, std::move(bytes));
    }

    // Files sit at the archive's root or under exactly one top-level folder.
    std::string prefix;
    bool atRoot = false;
    for (const auto &[name, bytes] : entries) {
        if (name == "manifest.json")
            atRoot = true;
    }
    if (!atRoot) {
        std::string top;
        bool single = !entries.empty();
        for (const auto &[name, bytes] : entries) {
            const auto slash = name.find('/');
            const std::string first = slash == std::string::npos ? std::string() : name.substr(0, slash);
            if (first.empty() || (!top.empty() && first != top)) {
                single = false;
                break;
            }
            top = first;
        }
        if (single)
            prefix = top + '/';
    }
    std::map<std::string, std::shared_ptr<FileBytes>> files;
    for (auto &[name, bytes] : entries) {
        if (!prefix.empty() && name.compare(0, prefix.size(), prefix) != 0)
            continue;
        const std::string relative = name.substr(prefix.size());
        if (files.count(relative))
            return makeError(QStringLiteral("%1: entry %2 appears twice; the archive is refused")
                                 .arg(shown, quotedPath(name)));
        files.emplace(relative, std::make_shared<MemoryFile>(std::move(bytes)));
    }
    return std::unique_ptr<PackageSource>(std::make_unique<ArchiveSource>(path, std::move(files)));
}

} // namespace

Result<std::unique_ptr<PackageSource>> openPackageSource(const QString &path, const ReadLimits &limits)
{
    const QFileInfo info(path);
    if (!info.exists())
        return makeError(QStringLiteral("%1: no such file or folder").arg(QDir::toNativeSeparators(path)));
    if (info.isDir())
        return std::unique_ptr<PackageSource>(std::make_unique<FolderSource>(info.absoluteFilePath(), limits));
    if (!info.isFile())
        return makeError(QStringLiteral("%1: not a folder, .zip or .tar.gz file").arg(QDir::toNativeSeparators(path)));
    return openArchive(info.absoluteFilePath(), limits);
}

} // namespace cs::package
