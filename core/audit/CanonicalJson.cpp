#include "audit/CanonicalJson.h"

#include <algorithm>
#include <unordered_set>
#include <vector>

namespace cs::audit {

namespace {

using Json = nlohmann::json;

// Offset of the first byte that is not part of well-formed UTF-8, or npos.
std::size_t firstInvalidUtf8(std::string_view s)
{
    const auto byte = [&](std::size_t i) { return static_cast<unsigned char>(s[i]); };
    std::size_t i = 0;
    while (i < s.size()) {
        const unsigned char b = byte(i);
        if (b < 0x80) {
            ++i;
            continue;
        }
        // Unicode 15, table 3-7: the ranges of the second byte exclude overlong forms,
        // surrogates (ED A0..BF) and code points above U+10FFFF.
        std::size_t length = 0;
        unsigned char low = 0x80;
        unsigned char high = 0xbf;
        if (b >= 0xc2 && b <= 0xdf) {
            length = 2;
        } else if (b >= 0xe0 && b <= 0xef) {
            length = 3;
            if (b == 0xe0)
                low = 0xa0;
            else if (b == 0xed)
                high = 0x9f;
        } else if (b >= 0xf0 && b <= 0xf4) {
            length = 4;
            if (b == 0xf0)
                low = 0x90;
            else if (b == 0xf4)
                high = 0x8f;
        } else {
            return i;
        }
        if (i + length > s.size())
            return i;
        if (byte(i + 1) < low || byte(i + 1) > high)
            return i;
        for (std::size_t k = 2; k < length; ++k) {
            if (byte(i + k) < 0x80 || byte(i + k) > 0xbf)
                return i;
        }
        i += length;
    }
    return std::string_view::npos;
}

// RFC 6901 spelling of one path segment.
std::string pointerSegment(std::string_view key)
{
    std::string out;
    for (const char c : key) {
        if (c == '~')
            out += "~0";
        else if (c == '/')
            out += "~1";
        else
            out += c;
    }
    return out;
}

void writeString(std::string &out, std::string_view s)
{
    static constexpr char kHex[] = "0123456789abcdef";
    out += '"';
    for (const char c : s) {
        const auto b = static_cast<unsigned char>(c);
        switch (c) {
        case '"': out += "\\\""; break;
        case '\\': out += "\\\\"; break;
        case '\b': out += "\\b"; break;
        case '\t': out += "\\t"; break;
        case '\n': out += "\\n"; break;
        case '\f': out += "\\f"; break;
        case '\r': out += "\\r"; break;
        default:
            if (b < 0x20) {
                out += "\\u00";
                out += kHex[b >> 4];
                out += kHex[b & 0x0f];
            } else {
                out += c; // includes DEL and every non-ASCII byte, as JCS does
            }
        }
    }
    out += '"';
}

// Writes one value; on failure records why and, while unwinding, the path to it.
class CanonicalWriter final
{
public:
    bool write(const Json &value, int depth)
    {
        if (depth > kMaxJsonDepth)
            return fail(QStringLiteral("nested deeper than %1 levels").arg(kMaxJsonDepth));
        switch (value.type()) {
        case Json::value_t::null: out += "null"; return true;
        case Json::value_t::boolean: out += value.get<bool>() ? "true" : "false"; return true;
        case Json::value_t::number_integer: return writeInteger(value.get<std::int64_t>());
        case Json::value_t::number_unsigned: return writeUnsigned(value.get<std::uint64_t>());
        case Json::value_t::number_float:
            return fail(QStringLiteral("the number %1 is not an integer (write non-integers as strings)")
                            .arg(value.get<double>(), 0, 'g', 17));
        case Json::value_t::string: return writeStringValue(value.get_ref<const std::string &>());
        case Json::value_t::array: return writeArray(value, depth);
        case Json::value_t::object: return writeObject(value, depth);
        case Json::value_t::binary: return fail(QStringLiteral("binary values have no JSON text"));
        case Json::value_t::discarded: return fail(QStringLiteral("discarded value"));
        }
        return fail(QStringLiteral("unknown value type"));
    }

    std::string out;
    QString reason;
    std::vector<std::string> reversedPath;

private:
    bool fail(QString why)
    {
        reason = std::move(why);
        return false;
    }

    bool writeInteger(std::int64_t n)
    {
        if (n > kMaxSafeInteger || n < -kMaxSafeInteger)
            return fail(QStringLiteral("the integer %1 is beyond +-(2^53 - 1)").arg(n));
        out += std::to_string(n);
        return true;
    }

    bool writeUnsigned(std::uint64_t n)
    {
        if (n > static_cast<std::uint64_t>(kMaxSafeInteger))
            return fail(QStringLiteral("the integer %1 is beyond 2^53 - 1").arg(n));
        out += std::to_string(n);
        return true;
    }

    bool writeStringValue(const std::string &s)
    {
        const std::size_t bad = firstInvalidUtf8(s);
        if (bad != std::string_view::npos)
            return fail(QStringLiteral("string is not valid UTF-8 (byte %1)").arg(bad));
        writeString(out, s);
        return true;
    }

    bool writeArray(const Json &array, int depth)
    {
        out += '[';
        std::size_t index = 0;
        for (const Json &element : array) {
            if (index > 0)
                out += ',';
            if (!write(element, depth + 1)) {
                reversedPath.push_back(std::to_string(index));
                return false;
            }
            ++index;
        }
        out += ']';
        return true;
    }

    bool writeObject(const Json &object, int depth)
    {
        // nlohmann::json keeps members in a std::map ordered by std::string comparison, which is
        // byte order; sorting here anyway keeps the rule local and independent of that choice.
        std::vector<const std::string *> keys;
        keys.reserve(object.size());
        for (auto it = object.begin(); it != object.end(); ++it)
            keys.push_back(&it.key());
        std::sort(keys.begin(), keys.end(), [](const std::string *a, const std::string *b) {
            return std::string_view(*a) < std::string_view(*b);
        });

        out += '{';
        bool first = true;
        for (const std::string *key : keys) {
            const bool ascii =
                std::all_of(key->begin(), key->end(), [](char c) { return static_cast<unsigned char>(c) < 0x80; });
            if (!ascii) {
                reversedPath.push_back(pointerSegment(*key));
                return fail(QStringLiteral("object keys must be ASCII"));
            }
            if (!first)
                out += ',';
            first = false;
            writeString(out, *key);
            out += ':';
            if (!write(object.at(*key), depth + 1)) {
                reversedPath.push_back(pointerSegment(*key));
                return false;
            }
        }
        out += '}';
        return true;
    }
};

// Thrown from the parser callback to stop at the first violation; never leaves this file.
struct StrictViolation
{
    QString message;
};

QString describeLocation(const std::vector<std::string> &reversedPath)
{
    std::string pointer;
    for (auto it = reversedPath.rbegin(); it != reversedPath.rend(); ++it)
        pointer += '/' + *it;
    return pointer.empty() ? QStringLiteral("the top-level value") : QString::fromStdString(pointer);
}

} // namespace

bool isValidUtf8(std::string_view bytes)
{
    return firstInvalidUtf8(bytes) == std::string_view::npos;
}

Result<std::string> canonicalize(const nlohmann::json &value)
{
    CanonicalWriter writer;
    if (!writer.write(value, 0)) {
        return makeError(QStringLiteral("cannot canonicalise JSON at %1: %2")
                             .arg(describeLocation(writer.reversedPath), writer.reason));
    }
    return std::move(writer.out);
}

Result<nlohmann::json> parseStrict(std::string_view bytes)
{
    if (bytes.substr(0, 3) == "\xEF\xBB\xBF")
        return makeError(QStringLiteral("JSON text starts with a byte order mark"));
    const std::size_t bad = firstInvalidUtf8(bytes);
    if (bad != std::string_view::npos)
        return makeError(QStringLiteral("JSON text is not valid UTF-8 (byte %1)").arg(bad));

    // One set of member names per open object; arrays push nothing but count towards depth.
    std::vector<std::unordered_set<std::string>> openObjects;
    int depth = 0;
    const auto callback = [&](int, Json::parse_event_t event, Json &parsed) -> bool {
        switch (event) {
        case Json::parse_event_t::object_start:
        case Json::parse_event_t::array_start:
            if (++depth > kMaxJsonDepth)
                throw StrictViolation{QStringLiteral("JSON text is nested deeper than %1 levels").arg(kMaxJsonDepth)};
            if (event == Json::parse_event_t::object_start)
                openObjects.emplace_back();
            break;
        case Json::parse_event_t::object_end:
            openObjects.pop_back();
            --depth;
            break;
        case Json::parse_event_t::array_end: --depth; break;
        case Json::parse_event_t::key: {
            const auto &key = parsed.get_ref<const std::string &>();
            if (!openObjects.back().insert(key).second)
                throw StrictViolation{QStringLiteral("JSON text has the key \"%1\" twice in one object")
                                          .arg(QString::fromStdString(key))};
            break;
        }
        case Json::parse_event_t::value: break;
        }
        return true;
    };

    try {
        return Json::parse(bytes.begin(), bytes.end(), callback, /*allow_exceptions=*/true,
                           /*ignore_comments=*/false);
    } catch (const StrictViolation &violation) {
        return makeError(violation.message);
    } catch (const Json::parse_error &error) {
        // Drop nlohmann's "[json.exception.parse_error.101] " tag; keep its position and reason.
        std::string_view what = error.what();
        if (const auto tagEnd = what.find("] "); tagEnd != std::string_view::npos)
            what.remove_prefix(tagEnd + 2);
        return makeError(QStringLiteral("invalid JSON: %1")
                             .arg(QString::fromUtf8(what.data(), static_cast<qsizetype>(what.size()))));
    } catch (const std::exception &error) {
        return makeError(QStringLiteral("invalid JSON: %1").arg(QString::fromUtf8(error.what())));
    }
}

Result<nlohmann::json> parseCanonical(std::string_view bytes)
{
    // No duplicate-key bookkeeping here: text with a key twice can never equal the canonical
    // form of what it parses to (that has each key once), so the comparison below refuses it.
    // Skipping the per-key callback makes verifying a store about twice as fast.
    if (bytes.substr(0, 3) == "\xEF\xBB\xBF")
        return makeError(QStringLiteral("JSON text starts with a byte order mark"));
    const std::size_t bad = firstInvalidUtf8(bytes);
    if (bad != std::string_view::npos)
        return makeError(QStringLiteral("JSON text is not valid UTF-8 (byte %1)").arg(bad));
    int depth = 0;
    bool inString = false;
    for (std::size_t i = 0; i < bytes.size(); ++i) {
        const char c = bytes[i];
        if (inString) {
            if (c == '\\')
                ++i;
            else if (c == '"')
                inString = false;
        } else if (c == '"') {
            inString = true;
        } else if (c == '{' || c == '[') {
            if (++depth > kMaxJsonDepth)
                return makeError(QStringLiteral("JSON text is nested deeper than %1 levels").arg(kMaxJsonDepth));
        } else if (c == '}' || c == ']') {
            --depth;
        }
    }
    Json parsed;
    try {
        parsed = Json::parse(bytes.begin(), bytes.end(), nullptr, /*allow_exceptions=*/true, /*ignore_comments=*/false);
    } catch (const Json::parse_error &error) {
        QString text = QString::fromUtf8(error.what());
        const int cut = text.indexOf(QLatin1Char(']'));
        return makeError(QStringLiteral("JSON text cannot be parsed: ") +
                         (cut >= 0 ? text.mid(cut + 1).trimmed() : text));
    }
    const auto canonical = canonicalize(parsed);
    if (!canonical)
        return canonical.error();
    if (*canonical != bytes) {
        const auto mismatch = std::mismatch(bytes.begin(), bytes.end(), canonical->begin(), canonical->end());
        return makeError(QStringLiteral("JSON text is not in canonical form (differs from it at byte %1)")
                             .arg(mismatch.first - bytes.begin()));
    }
    return parsed;
}

} // namespace cs::audit
