#include "Entry.h"

#include "audit/CanonicalBodyReader.h"
#include "audit/CanonicalJson.h"
#include "audit/Hex.h"
#include "util/Sha256.h"

#include <array>
#include <charconv>
#include <mutex>

namespace cs::audit {

namespace {

constexpr std::array kTypes = {entry_type::Roster,    entry_type::PackageReceived, entry_type::Decision,
                               entry_type::Exception, entry_type::Comment,         entry_type::Withdraw,
                               entry_type::End};

Error shapeError(const std::string &what)
{
    return makeError(QStringLiteral("entry body: ") + QString::fromStdString(what));
}

} // namespace

bool isKnownEntryType(const std::string &type)
{
    return std::any_of(kTypes.begin(), kTypes.end(), [&](const char *t) { return type == t; });
}

nlohmann::json bodyToJson(const EntryBody &b)
{
    nlohmann::json seen = nlohmann::json::array();
    for (const auto &s : b.seen)
        seen.push_back({{"author", s.author.str()}, {"seq", s.seq}, {"id", s.id.str()}});
    return {{"v", 1},
            {"store", b.store},
            {"author", b.author},
            {"seq", b.seq},
            {"prev", b.prev ? nlohmann::json(*b.prev) : nlohmann::json()},
            {"ts_ms", b.tsMs},
            {"type", b.type},
            {"roster_ref", b.rosterRef ? nlohmann::json(*b.rosterRef) : nlohmann::json()},
            {"seen", seen},
            {"content", b.content}};
}

Result<EntryBody> bodyFromJson(const nlohmann::json &j)
{
    if (!j.is_object())
        return shapeError("not an object");
    static const std::array keys = {"v",     "store", "author",     "seq",  "prev",
                                    "ts_ms", "type",  "roster_ref", "seen", "content"};
    for (const auto &item : j.items()) {
        if (std::find_if(keys.begin(), keys.end(), [&](const char *k) { return item.key() == k; }) == keys.end())
            return shapeError("unknown member \"" + item.key() + "\"");
    }
    for (const char *k : keys) {
        if (!j.contains(k))
            return shapeError(std::string("missing member \"") + k + "\"");
    }
    if (j["v"] != 1)
        return shapeError("unsupported version " + j["v"].dump());
    EntryBody b;
    if (!j["store"].is_string() || !j["author"].is_string() || !j["type"].is_string())
        return shapeError("store, author and type must be strings");
    b.store = j["store"].get<std::string>();
    b.author = j["author"].get<std::string>();
    b.type = j["type"].get<std::string>();
    if (!isLowerHex(b.author, 64))
        return shapeError("author is not a hex public key");
    if (!isKnownEntryType(b.type))
        return shapeError("unknown type \"" + b.type + "\"");
    if (!j["seq"].is_number_integer() || j["seq"].get<std::int64_t>() < 1)
        return shapeError("seq must be a positive integer");
    b.seq = j["seq"].get<std::int64_t>();
    if (!j["ts_ms"].is_number_integer())
        return shapeError("ts_ms must be an integer");
    b.tsMs = j["ts_ms"].get<std::int64_t>();
    if (j["prev"].is_string() && isLowerHex(j["prev"].get<std::string>(), 64))
        b.prev = j["prev"].get<std::string>();
    else if (!j["prev"].is_null())
        return shapeError("prev must be an entry id or null");
    if ((b.seq == 1) != !b.prev)
        return shapeError("prev must be null exactly for seq 1");
    if (j["roster_ref"].is_string() && isLowerHex(j["roster_ref"].get<std::string>(), 64))
        b.rosterRef = j["roster_ref"].get<std::string>();
    else if (!j["roster_ref"].is_null())
        return shapeError("roster_ref must be an entry id or null");
    if (!j["seen"].is_array())
        return shapeError("seen must be an array");
    for (const auto &s : j["seen"]) {
        if (!s.is_object() || s.size() != 3 || !s.contains("author") || !s.contains("seq") || !s.contains("id") ||
            !s["author"].is_string() || !s["seq"].is_number_integer() || !s["id"].is_string() ||
            !Hex256::parse(s["author"].get<std::string>()) || !Hex256::parse(s["id"].get<std::string>()))
            return shapeError("seen holds a malformed reference");
        b.seen.push_back({*Hex256::parse(s["author"].get<std::string>()), s["seq"].get<std::int64_t>(),
                          *Hex256::parse(s["id"].get<std::string>())});
    }
    if (!j["content"].is_object())
        return shapeError("content must be an object");
    b.content = j["content"];
    return b;
}

Result<SignedEntry> signEntry(const EntryBody &body, const SecretSeed &seed)
{
    if (seed.publicKey().hex().toStdString() != body.author)
        return makeError(QStringLiteral("the signing key is not the entry's author"));
    auto canonical = canonicalize(bodyToJson(body));
    if (!canonical)
        return canonical.error();
    SignedEntry e;
    e.signedBytes = entrySignedBytes(QByteArrayView(canonical->data(), static_cast<qsizetype>(canonical->size())));
    auto signature = sign(seed, QByteArrayView(e.signedBytes.data(), static_cast<qsizetype>(e.signedBytes.size())));
    if (!signature)
        return signature.error();
    e.signature.assign(reinterpret_cast<const char *>(signature->data()), signature->size());
    e.id = entryId(QByteArrayView(e.signedBytes.data(), static_cast<qsizetype>(e.signedBytes.size()))).toStdString();
    e.body = body;
    return e;
}

namespace {

// Everything of decodeEntry but the copy of the bytes, which the two overloads make or avoid.
Result<SignedEntry> decodeWithoutBytes(std::string_view signedBytes, std::string_view signature)
{
    // "DSSEv1" SP len(type) SP type SP len(body) SP body
    auto fail = [](const char *why) { return makeError(QStringLiteral("signed bytes: ") + QString::fromUtf8(why)); };
    std::string_view rest = signedBytes;
    auto takeToken = [&rest](std::string_view &token) {
        const auto space = rest.find(' ');
        if (space == std::string_view::npos)
            return false;
        token = rest.substr(0, space);
        rest.remove_prefix(space + 1);
        return true;
    };
    auto parseLength = [](std::string_view text, std::size_t &out) {
        if (text.empty() || (text.size() > 1 && text[0] == '0'))
            return false;
        const auto r = std::from_chars(text.data(), text.data() + text.size(), out);
        return r.ec == std::errc() && r.ptr == text.data() + text.size();
    };
    std::string_view magic, typeLength, lengthText;
    std::size_t n = 0;
    if (!takeToken(magic) || magic != "DSSEv1")
        return fail("not a DSSEv1 pre-authentication encoding");
    if (!takeToken(typeLength) || !parseLength(typeLength, n) || rest.size() < n + 1 ||
        rest.substr(0, n) != kEntryPayloadType || rest[n] != ' ')
        return fail("the payload type is not a Countersign entry");
    rest.remove_prefix(n + 1);
    if (!takeToken(lengthText) || !parseLength(lengthText, n) || rest.size() != n)
        return fail("the body length does not match");
    std::optional<EntryBody> body = readCanonicalBody(rest);
    if (!body) {
        // Not the common spelling: the general parser decides, and names what is wrong.
        auto json = parseCanonical(rest);
        if (!json)
            return makeError(QStringLiteral("non-canonical body: ") + json.errorMessage());
        auto shaped = bodyFromJson(*json);
        if (!shaped)
            return shaped.error();
        body = std::move(shaped).value();
    }
    if (signature.size() != kSignatureBytes)
        return makeError(QStringLiteral("the signature is not 64 bytes"));
    SignedEntry e;
    e.id = Sha256::hex(signedBytes); // entryId(), without the round trip through QString
    e.body = std::move(*body);
    return e;
}

} // namespace

Result<SignedEntry> decodeEntry(std::string_view signedBytes, std::string_view signature)
{
    auto e = decodeWithoutBytes(signedBytes, signature);
    if (e) {
        e->signedBytes = std::string(signedBytes);
        e->signature = std::string(signature);
    }
    return e;
}

Result<SignedEntry> decodeEntry(std::string &&signedBytes, std::string &&signature)
{
    auto e = decodeWithoutBytes(signedBytes, signature);
    if (e) {
        e->signedBytes = std::move(signedBytes);
        e->signature = std::move(signature);
    }
    return e;
}

Result<SignedEntry> decodeEntryBody(std::string_view signedBytes, std::string_view signature)
{
    auto e = decodeWithoutBytes(signedBytes, signature);
    if (e)
        e->signature = std::string(signature);
    return e;
}

bool verifyEntrySignature(const SignedEntry &e)
{
    return SignatureChecker().verify(e);
}

} // namespace cs::audit

namespace cs::audit {

bool SignatureChecker::verify(const SignedEntry &e) const
{
    return verify(e.body.author, e.signedBytes, e.signature);
}

bool SignatureChecker::verify(const std::string &author, std::string_view signedBytes, std::string_view signature) const
{
    std::optional<PublicKey> key;
    bool known = false;
    {
        std::shared_lock lock(m_mutex);
        if (const auto it = m_keys.find(author); it != m_keys.end()) {
            key = it->second;
            known = true;
        }
    }
    if (!known) {
        if (auto decoded = PublicKey::fromHex(std::string_view(author)))
            key = *decoded;
        std::unique_lock lock(m_mutex);
        m_keys.emplace(author, key);
    }
    return key && audit::verify(*key, QByteArrayView(signedBytes.data(), static_cast<qsizetype>(signedBytes.size())),
                                QByteArrayView(signature.data(), static_cast<qsizetype>(signature.size())));
}

} // namespace cs::audit
