#include "audit/CanonicalBodyReader.h"

#include "audit/CanonicalJson.h"
#include "audit/Hex.h"

#include <algorithm>
#include <cstring>

namespace cs::audit {

namespace {

// Walks the text once; every method either consumes exactly the canonical spelling of what it
// reads or returns false (the caller then gives up on the fast path).
class Cursor
{
public:
    explicit Cursor(std::string_view text) : m_text(text) {}

    bool atEnd() const { return m_pos == m_text.size(); }

    // How many bytes remain before the next `stop` (all of them when there is none).
    std::size_t bytesBefore(char stop) const { return std::min(m_text.find(stop, m_pos), m_text.size()) - m_pos; }

    // Of a literal's constant length, so that the comparison is a few instructions inline
    // rather than a call: a body has some hundred of them.
    template <std::size_t N>
    bool literal(const char (&expected)[N])
    {
        constexpr std::size_t length = N - 1;
        if (m_text.size() - m_pos < length || std::memcmp(m_text.data() + m_pos, expected, length) != 0)
            return false;
        m_pos += length;
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

    // The same, without copying the digits to the heap.
    bool hex256(Hex256 &out)
    {
        // Exactly 64 digits between the quotes; anything else is not an id in canonical form.
        constexpr std::size_t kQuoted = Hex256::kDigits + 2;
        if (m_text.size() - m_pos < kQuoted || m_text[m_pos] != '"' || m_text[m_pos + kQuoted - 1] != '"' ||
            !out.assign(m_text.substr(m_pos + 1, Hex256::kDigits)))
            return false;
        m_pos += kQuoted;
        return true;
    }

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

    // Any JSON value in canonical spelling, into the tree parseCanonical() would build
    // (non-negative integers unsigned, as nlohmann reads them).
    bool value(nlohmann::json &out, int depth)
    {
        // Stricter than the general parser's limit by one level, never looser.
        if (m_pos >= m_text.size() || depth >= kMaxJsonDepth)
            return false;
        switch (m_text[m_pos]) {
        case '{': return object(out, depth);
        case '[': return array(out, depth);
        case '"': {
            std::string text;
            if (!anyString(text))
                return false;
            out = std::move(text);
            return true;
        }
        case 't': out = true; return literal("true");
        case 'f': out = false; return literal("false");
        case 'n': out = nullptr; return literal("null");
        default: {
            std::int64_t n = 0;
            if (!integer(n))
                return false;
            if (n >= 0)
                out = static_cast<std::uint64_t>(n);
            else
                out = n;
            return true;
        }
        }
    }

private:
    bool object(nlohmann::json &out, int depth)
    {
        ++m_pos; // '{'
        // An empty object (as a new EntryBody's content is) is used as it is: replacing it freed a
        // block for every entry, and a freed small block makes glibc's next large allocation
        // (the `seen` list) sweep its fast bins first.
        if (!out.is_object() || !out.empty())
            out = nlohmann::json::object();
        if (literal("}"))
            return true;
        std::string previous;
        bool first = true;
        do {
            std::string key;
            // Keys are ASCII, each once, in byte order: strictly after the one before.
            if (!anyString(key) ||
                !std::all_of(key.begin(), key.end(), [](char c) { return static_cast<unsigned char>(c) < 0x80; }) ||
                (!first && !(previous < key)) || !literal(":"))
                return false;
            nlohmann::json member;
            if (!value(member, depth + 1))
                return false;
            out.emplace(key, std::move(member));
            previous = std::move(key);
            first = false;
        } while (literal(","));
        return literal("}");
    }

    bool array(nlohmann::json &out, int depth)
    {
        ++m_pos; // '['
        out = nlohmann::json::array();
        if (literal("]"))
            return true;
        do {
            nlohmann::json element;
            if (!value(element, depth + 1))
                return false;
            out.push_back(std::move(element));
        } while (literal(","));
        return literal("]");
    }

    // A string with the escapes canonical form uses and no others: \" \\ \b \t \n \f \r, and
    // \u00xx (lower-case hex) for the other control characters only.
    bool anyString(std::string &out)
    {
        if (!literal("\""))
            return false;
        while (m_pos < m_text.size()) {
            // Characters written as themselves go in by the run: appended one by one, the string
            // grew in steps, and each step freed a small block (which makes glibc's next large
            // allocation sweep its fast bins).
            const std::size_t start = m_pos;
            while (m_pos < m_text.size()) {
                const auto c = static_cast<unsigned char>(m_text[m_pos]);
                if (c == '"' || c == '\\' || c < 0x20)
                    break;
                ++m_pos;
            }
            out.append(m_text.substr(start, m_pos - start));
            if (m_pos == m_text.size() || m_text[m_pos] != '\\') {
                if (m_pos == m_text.size() || m_text[m_pos] != '"')
                    return false; // the end of the text, or a control character
                ++m_pos;
                return isValidUtf8(out);
            }
            if (++m_pos >= m_text.size())
                return false;
            switch (m_text[m_pos]) {
            case '"': out += '"'; break;
            case '\\': out += '\\'; break;
            case 'b': out += '\b'; break;
            case 't': out += '\t'; break;
            case 'n': out += '\n'; break;
            case 'f': out += '\f'; break;
            case 'r': out += '\r'; break;
            case 'u': {
                const std::string_view code = m_text.substr(m_pos + 1, 4);
                if (code.size() != 4 || code[0] != '0' || code[1] != '0' || (code[2] != '0' && code[2] != '1'))
                    return false;
                const int low = (code[3] >= '0' && code[3] <= '9')   ? code[3] - '0'
                                : (code[3] >= 'a' && code[3] <= 'f') ? code[3] - 'a' + 10
                                                                     : -1;
                const int character = (code[2] - '0') * 16 + low;
                if (low < 0 || character == '\b' || character == '\t' || character == '\n' || character == '\f' ||
                    character == '\r')
                    return false;
                out += static_cast<char>(character);
                m_pos += 4;
                break;
            }
            default: return false;
            }
            ++m_pos;
        }
        return false;
    }

    std::string_view m_text;
    std::size_t m_pos = 0;
};

bool readSeen(Cursor &in, std::vector<SeenRef> &seen)
{
    if (in.literal("]"))
        return true;
    // Room for as many references as the list's length allows (one memchr, no count): each is at
    // least {"author":"<64>","id":"<64>","seq":0} long, and a bound a little high wastes less
    // than growing the vector, or counting, costs.
    constexpr std::size_t kShortestReference = std::string_view(R"({"author":"","id":"","seq":0},)").size() + 2 * 64;
    seen.reserve(in.bytesBefore(']') / kShortestReference + 1);
    do {
        SeenRef &ref = seen.emplace_back();
        if (!in.literal("{\"author\":") || !in.hex256(ref.author) || !in.literal(",\"id\":") || !in.hex256(ref.id) ||
            !in.literal(",\"seq\":") || !in.integer(ref.seq) || !in.literal("}"))
            return false;
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
    if (!in.literal("{\"author\":") || !in.entryId(body.author) || !in.literal(",\"content\":") ||
        !in.value(body.content, 1) || !body.content.is_object() || !in.literal(",\"prev\":") ||
        !in.entryIdOrNull(body.prev) || !in.literal(",\"roster_ref\":") || !in.entryIdOrNull(body.rosterRef) ||
        !in.literal(",\"seen\":[") || !readSeen(in, body.seen) || !in.literal(",\"seq\":") || !in.integer(body.seq) ||
        !in.literal(",\"store\":") || !in.plainString(body.store) || !in.literal(",\"ts_ms\":") ||
        !in.integer(body.tsMs) || !in.literal(",\"type\":") || !in.plainString(body.type) || !in.literal(",\"v\":1}") ||
        !in.atEnd())
        return std::nullopt;
    if (body.seq < 1 || (body.seq == 1) != !body.prev || !isKnownEntryType(body.type))
        return std::nullopt;
    return body;
}

} // namespace cs::audit
