#include "Bundle.h"

#include "audit/Hex.h"
#include "util/Sha256.h"

#include <charconv>

namespace cs::audit {

namespace {

constexpr std::string_view kMagic = "countersign-bundle v1\n";

bool readLine(std::string_view &rest, std::string_view &line)
{
    const auto nl = rest.find('\n');
    if (nl == std::string_view::npos)
        return false;
    line = rest.substr(0, nl);
    rest.remove_prefix(nl + 1);
    return true;
}

bool parseNumber(std::string_view text, std::int64_t &out)
{
    if (text.empty() || (text.size() > 1 && text[0] == '0'))
        return false;
    const auto r = std::from_chars(text.data(), text.data() + text.size(), out);
    return r.ec == std::errc() && r.ptr == text.data() + text.size() && out >= 0;
}

bool keyValue(std::string_view line, std::string_view key, std::string_view &value)
{
    if (line.size() <= key.size() + 1 || line.substr(0, key.size()) != key || line[key.size()] != ' ')
        return false;
    value = line.substr(key.size() + 1);
    return true;
}

} // namespace

std::string encodeBundle(const Bundle &b)
{
    std::string out(kMagic);
    out += "store " + b.store + "\n";
    out += "author " + b.author + "\n";
    out += "range " + std::to_string(b.from) + " " + std::to_string(b.to) + "\n";
    out += "count " + std::to_string(b.entries.size()) + "\n";
    for (const auto &e : b.entries) {
        out += "entry " + std::to_string(e.signedBytes.size()) + " " + std::to_string(e.signature.size()) + "\n";
        out += e.signedBytes;
        out += e.signature;
        out += "\n";
    }
    out += "end " + Sha256::hex(out) + "\n";
    return out;
}

Result<Bundle> decodeBundle(std::string_view bytes)
{
    auto torn = [](const char *why) {
        return makeError(QStringLiteral("torn or damaged bundle: ") + QString::fromUtf8(why));
    };
    // The checksum line comes last; without it the file is still being written or was cut.
    if (bytes.size() < kMagic.size() || bytes.substr(0, kMagic.size()) != kMagic)
        return torn("it does not start with the bundle header");
    const auto endAt = bytes.rfind("\nend ");
    if (endAt == std::string_view::npos || bytes.back() != '\n')
        return torn("the closing checksum is missing (truncated)");
    const std::string_view body = bytes.substr(0, endAt + 1);
    const std::string_view checksum = bytes.substr(endAt + 5, bytes.size() - endAt - 6);
    if (checksum != Sha256::hex(body))
        return torn("the checksum does not match the contents");

    Bundle b;
    std::string_view rest = body.substr(kMagic.size());
    std::string_view line, value;
    std::int64_t count = 0;
    if (!readLine(rest, line) || !keyValue(line, "store", value))
        return torn("no store line");
    b.store = std::string(value);
    if (!readLine(rest, line) || !keyValue(line, "author", value) || !isLowerHex(value, 64))
        return torn("no author line");
    b.author = std::string(value);
    if (!readLine(rest, line) || !keyValue(line, "range", value))
        return torn("no range line");
    const auto space = value.find(' ');
    if (space == std::string_view::npos || !parseNumber(value.substr(0, space), b.from) ||
        !parseNumber(value.substr(space + 1), b.to) || b.from < 1 || b.to < b.from)
        return torn("a bad range");
    if (!readLine(rest, line) || !keyValue(line, "count", value) || !parseNumber(value, count) ||
        count != b.to - b.from + 1)
        return torn("the entry count does not match the range");
    for (std::int64_t i = 0; i < count; ++i) {
        std::int64_t signedLength = 0, signatureLength = 0;
        if (!readLine(rest, line) || !keyValue(line, "entry", value))
            return torn("an entry header is missing");
        const auto sp = value.find(' ');
        if (sp == std::string_view::npos || !parseNumber(value.substr(0, sp), signedLength) ||
            !parseNumber(value.substr(sp + 1), signatureLength) ||
            static_cast<std::size_t>(signedLength) + static_cast<std::size_t>(signatureLength) + 1 > rest.size())
            return torn("an entry is cut short");
        BundleEntry e;
        e.signedBytes = std::string(rest.substr(0, static_cast<std::size_t>(signedLength)));
        e.signature =
            std::string(rest.substr(static_cast<std::size_t>(signedLength), static_cast<std::size_t>(signatureLength)));
        rest.remove_prefix(static_cast<std::size_t>(signedLength + signatureLength));
        if (rest.empty() || rest.front() != '\n')
            return torn("an entry is not followed by a line break");
        rest.remove_prefix(1);
        b.entries.push_back(std::move(e));
    }
    if (!rest.empty())
        return torn("unexpected bytes after the last entry");
    return b;
}

std::optional<BundleName> parseBundleName(const std::string &authorDirectory, const std::string &fileName)
{
    if (!isLowerHex(authorDirectory, 64))
        return std::nullopt;
    constexpr std::string_view suffix = ".bundle";
    if (fileName.size() <= suffix.size() ||
        fileName.compare(fileName.size() - suffix.size(), suffix.size(), suffix) != 0)
        return std::nullopt;
    std::string_view stem = std::string_view(fileName).substr(0, fileName.size() - suffix.size());
    BundleName n;
    n.author = authorDirectory;
    if (const auto dot = stem.find('.'); dot != std::string_view::npos) {
        if (!isLowerHex(stem.substr(dot + 1), 16))
            return std::nullopt;
        n.forkOf = std::string(stem.substr(dot + 1));
        stem = stem.substr(0, dot);
    }
    const auto dash = stem.find('-');
    if (dash == std::string_view::npos || !parseNumber(stem.substr(0, dash), n.from) ||
        !parseNumber(stem.substr(dash + 1), n.to) || n.from < 1 || n.to < n.from ||
        (!n.forkOf.empty() && n.from != n.to))
        return std::nullopt;
    return n;
}

std::string forkBundleFileName(std::int64_t seq, const std::string &entryId)
{
    return std::to_string(seq) + "-" + std::to_string(seq) + "." + entryId.substr(0, 16) + ".bundle";
}

std::string bundleFileName(std::int64_t from, std::int64_t to)
{
    return std::to_string(from) + "-" + std::to_string(to) + ".bundle";
}

} // namespace cs::audit
