#include "Roster.h"

namespace cs::audit {

bool isKnownRole(const std::string &role)
{
    return std::any_of(kRoles.begin(), kRoles.end(), [&](const char *r) { return role == r; });
}

Roster::Roster(std::string anchor, std::vector<const SignedEntry *> rosterEntries)
    : m_anchor(std::move(anchor)), m_entries(std::move(rosterEntries)), m_members(m_entries.size() + 1),
      m_made(std::make_unique<std::once_flag[]>(m_entries.size() + 1))
{
    for (std::size_t i = 0; i < m_entries.size(); ++i)
        m_position.emplace(m_entries[i]->id, i);
    for (const SignedEntry *e : m_entries) {
        const auto &revocations = e->body.content.value("revocations", nlohmann::json::array());
        for (const auto &r : revocations) {
            if (!r.is_object() || !r.contains("key") || !r.contains("after"))
                continue;
            const std::string key = r["key"].get<std::string>();
            const std::int64_t after = r["after"].value("seq", std::int64_t{0});
            auto it = m_cuts.find(key);
            if (it == m_cuts.end() || after < it->second)
                m_cuts[key] = after;
        }
    }
}

const Roster::MemberMap &Roster::membersUpTo(std::size_t count) const
{
    count = std::min(count, m_entries.size());
    std::call_once(m_made[count], [this, count] {
        auto members = std::make_unique<MemberMap>();
        (*members)[m_anchor] = Member{m_anchor, "administrator", "", {"admin"}};
        for (std::size_t i = 0; i < count; ++i) {
            const auto &grants = m_entries[i]->body.content.value("grants", nlohmann::json::array());
            for (const auto &g : grants) {
                if (!g.is_object())
                    continue;
                Member &m = (*members)[g.value("key", std::string())];
                m.key = g.value("key", std::string());
                m.name = g.value("name", m.name);
                m.email = g.value("email", m.email);
                for (const auto &role : g.value("roles", nlohmann::json::array()))
                    m.roles.insert(role.get<std::string>());
            }
        }
        m_members[count] = std::move(members);
    });
    return *m_members[count];
}

std::map<std::string, Member> Roster::membersAsOf(const std::optional<std::string> &rosterRef) const
{
    if (!rosterRef)
        return membersUpTo(m_entries.size());
    const auto it = m_position.find(*rosterRef);
    return membersUpTo(it == m_position.end() ? m_entries.size() : it->second + 1);
}

const Member *Roster::find(const std::string &key, const std::optional<std::string> &rosterRef) const
{
    std::size_t count = m_entries.size();
    if (rosterRef) {
        const auto at = m_position.find(*rosterRef);
        if (at != m_position.end())
            count = at->second + 1;
    }
    const MemberMap &members = membersUpTo(count);
    const auto it = members.find(key);
    return it == members.end() ? nullptr : &it->second;
}

std::optional<Member> Roster::member(const std::string &key, const std::optional<std::string> &rosterRef) const
{
    if (const Member *m = find(key, rosterRef))
        return *m;
    return std::nullopt;
}

bool Roster::lists(const std::string &key, const std::optional<std::string> &rosterRef) const
{
    return find(key, rosterRef) != nullptr;
}

bool Roster::grants(const std::string &key, const std::string &role, const std::optional<std::string> &rosterRef) const
{
    // No roster named: nothing was granted yet, except the anchor's own administration.
    if (!rosterRef)
        return key == m_anchor && role == "admin";
    if (!knowsRosterEntry(*rosterRef))
        return false;
    const Member *m = find(key, rosterRef);
    return m && m->roles.count(role);
}

bool Roster::knowsRosterEntry(const std::string &id) const
{
    return m_position.count(id) > 0;
}

std::optional<std::int64_t> Roster::revocationCut(const std::string &key) const
{
    const auto it = m_cuts.find(key);
    if (it == m_cuts.end())
        return std::nullopt;
    return it->second;
}

Result<bool> checkRosterContent(const nlohmann::json &c)
{
    auto bad = [](const QString &why) { return makeError(QStringLiteral("roster entry: ") + why); };
    if (!c.is_object())
        return bad(QStringLiteral("content is not an object"));
    const auto grants = c.value("grants", nlohmann::json::array());
    const auto revocations = c.value("revocations", nlohmann::json::array());
    if (!grants.is_array() || !revocations.is_array())
        return bad(QStringLiteral("grants and revocations must be arrays"));
    for (const auto &g : grants) {
        if (!g.is_object() || !g.contains("key") || !g["key"].is_string() || !g.contains("roles") ||
            !g["roles"].is_array() || !g.value("name", nlohmann::json("")).is_string() ||
            !g.value("email", nlohmann::json("")).is_string())
            return bad(QStringLiteral("a grant needs key, name, email and roles"));
        if (!PublicKey::fromHex(std::string_view(g["key"].get_ref<const std::string &>())))
            return bad(QStringLiteral("a grant names a key that is not a hex Ed25519 public key"));
        for (const auto &role : g["roles"]) {
            if (!role.is_string() || !isKnownRole(role.get<std::string>()))
                return bad(QStringLiteral("unknown role %1").arg(QString::fromStdString(role.dump())));
        }
    }
    for (const auto &r : revocations) {
        if (!r.is_object() || !r.contains("key") || !r["key"].is_string() || !r.contains("after") ||
            !r["after"].is_object() || !r["after"].contains("seq") || !r["after"]["seq"].is_number_integer())
            return bad(QStringLiteral("a revocation needs key and after {author, seq}"));
    }
    return true;
}

Result<nlohmann::json> rosterGrantContent(const std::string &keyHex, const std::string &name, const std::string &email,
                                          const std::vector<std::string> &roles)
{
    const nlohmann::json content = {
        {"grants", nlohmann::json::array({{{"key", keyHex}, {"name", name}, {"email", email}, {"roles", roles}}})},
        {"revocations", nlohmann::json::array()}};
    if (auto checked = checkRosterContent(content); !checked)
        return checked.error();
    return content;
}

Result<nlohmann::json> rosterRevocationContent(const AuditStore &store, const std::string &keyHex)
{
    auto heads = store.feedHeads();
    if (!heads)
        return heads.error();
    std::int64_t after = 0;
    for (const auto &head : *heads) {
        if (head.author == keyHex)
            after = head.seq;
    }
    const nlohmann::json content = {
        {"grants", nlohmann::json::array()},
        {"revocations", nlohmann::json::array({{{"key", keyHex}, {"after", {{"author", keyHex}, {"seq", after}}}}})}};
    if (auto checked = checkRosterContent(content); !checked)
        return checked.error();
    return content;
}

} // namespace cs::audit
