#include "audit/CanonicalBodyReader.h"

#include "audit/CanonicalJson.h"

namespace cs::audit {

namespace {

bool isLowerHex(std::string_view s, std::size_t length)
{
    return s.size() == length
           && std::all_of(s.begin(), s.end(), [](char c) { return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f'); });
}

// Walks the text once; every method either consumes exactly the canonical spelling of what it
// reads or returns false (the caller then gives up on the fast path).
class Cursor
{
public:
    explicit Cursor(std::string_view text) : m_text(text) {}

    bool atEnd() const { return m_pos == m_text.size(); }

    bool literal(std::string_view expected)
    {
        if (m_text.substr(m_pos, expected.size()) != expected)
            return false;
        m_pos += expected.size();
        return true;
    }

    // Printable ASCII other than `"` and `\` is written as itself in canonical form; anything
    // else (escapes, control characters, non-ASCII) is left to the slow path.
    bool plainString(std::string &out)
    {
        if (!literal("\""))
            return false;
        const std::size_t start = m_pos;
        for (; m_pos < m_text.size(); ++m_pos) {
            const auto c = static_cast<unsigned char>(m_text[m_pos]);
            if (c == '"') {
                out.assign(m_text.substr(start, m_pos - start));
                ++m_pos;
                return true;
            }
            if (c < 0x20 || c > 0x7e || c == '\\')
                return false;
        }
        return false;
    }

    bool entryId(std::string &out) { return plainString(out) && isLowerHex(out, 64); }

    bool entryIdOrNull(std::optional<std::string> &out)
    {
        if (literal("null"))
            return true;
        std::string id;
        if (!entryId(id))
            return false;
        out = std::move(id);
        return true;
    }

    // The canonical integer spelling is std::to_string's: an optional minus, no leading zero,
    // no "-0", and at most 2^53 - 1 in magnitude (16 digits).
    bool integer(std::int64_t &out)
    {
        const bool negative = literal("-");
        const std::size_t start = m_pos;
        std::int64_t value = 0;
        while (m_pos < m_text.size() && m_text[m_pos] >= '0' && m_text[m_pos] <= '9') {
            if (m_pos - start == 16)
                return false;
            value = value * 10 + (m_text[m_pos] - '0');
            ++m_pos;
        }
        const std::size_t digits = m_pos - start;
        if (digits == 0 || (digits > 1 && m_text[start] == '0') || value > kMaxSafeInteger || (negative && value == 0))
            return false;
        out = negative ? -value : value;
        return true;
    }

    // The text of one object value, found by matching brackets outside strings; the caller
    // checks that text in full. Gives up at `maxDepth` so a deep value meets the same depth
    // limit as it would inside the whole body.
    bool objectText(std::string_view &out, int maxDepth)
    {
        if (m_pos >= m_text.size() || m_text[m_pos] != '{')
            return false;
        const std::size_t start = m_pos;
        int depth = 0;
        bool inString = false;
        for (; m_pos < m_text.size(); ++m_pos) {
            const char c = m_text[m_pos];
            if (inString) {
                if (c == '\\')
                    ++m_pos;
                else if (c == '"')
                    inString = false;
            } else if (c == '"') {
                inString = true;
            } else if (c == '{' || c == '[') {
                if (++depth > maxDepth)
                    return false;
            } else if ((c == '}' || c == ']') && --depth == 0) {
                ++m_pos;
                out = m_text.substr(start, m_pos - start);
                return true;
            }
        }
        return false;
    }

private:
    std::string_view m_text;
    std::size_t m_pos = 0;
};

bool readSeen(Cursor &in, std::vector<SeenRef> &seen)
{
    if (in.literal("]"))
        return true;
    do {
        SeenRef ref;
        if (!in.literal("{\"author\":") || !in.entryId(ref.author) || !in.literal(",\"id\":") || !in.entryId(ref.id)
            || !in.literal(",\"seq\":") || !in.integer(ref.seq) || !in.literal("}"))
            return false;
        seen.push_back(std::move(ref));
    } while (in.literal(","));
    return in.literal("]");
}

} // namespace

std::optional<EntryBody> readCanonicalBody(std::string_view bytes)
{
    // The members in canonical (byte) order: author, content, prev, roster_ref, seen, seq,
    // store, ts_ms, type, v.
    Cursor in(bytes);
    EntryBody body;
    std::string_view contentText;
    if (!in.literal("{\"author\":") || !in.entryId(body.author) || !in.literal(",\"content\":")
        || !in.objectText(contentText, kMaxJsonDepth - 1) || !in.literal(",\"prev\":") || !in.entryIdOrNull(body.prev)
        || !in.literal(",\"roster_ref\":") || !in.entryIdOrNull(body.rosterRef) || !in.literal(",\"seen\":[")
        || !readSeen(in, body.seen) || !in.literal(",\"seq\":") || !in.integer(body.seq) || !in.literal(",\"store\":")
        || !in.plainString(body.store) || !in.literal(",\"ts_ms\":") || !in.integer(body.tsMs) || !in.literal(",\"type\":")
        || !in.plainString(body.type) || !in.literal(",\"v\":1}") || !in.atEnd())
        return std::nullopt;
    if (body.seq < 1 || (body.seq == 1) != !body.prev || !isKnownEntryType(body.type))
        return std::nullopt;
    // The content is small next to `seen`; the general canonical parser checks it in full.
    auto content = parseCanonical(contentText);
    if (!content)
        return std::nullopt;
    body.content = std::move(content).value();
    return body;
}

} // namespace cs::audit
