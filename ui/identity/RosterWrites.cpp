#include "identity/RosterWrites.h"

#include "audit/Roster.h"
#include "cli/CommandSupport.h"
#include "util/Clock.h"

#include <QCoreApplication>

namespace cs::ui {

namespace {

QString t(const char *text)
{
    return QCoreApplication::translate("cs::ui::RosterWrites", text);
}

// `content` is built by the caller from the verified store: the revocation's cut-point needs it.
template<typename Content>
Result<QString> appendRosterEntry(const QString &storePath, const audit::Identity &admin, Content content)
{
    auto opened = cli::openVerified(storePath, audit::AuditStore::Access::ReadWrite);
    if (!opened)
        return opened.error();
    if (admin.publicKey().hex().toStdString() != opened->store->anchor())
        return makeError(t(QT_TRANSLATE_NOOP("cs::ui::RosterWrites",
                                             "only the store's administrator (its anchor key) writes the roster")));
    Result<nlohmann::json> built = content(*opened->store);
    if (!built)
        return built.error();
    auto entry = opened->store->append(admin.seed, audit::entry_type::Roster, *built, nowMs());
    if (!entry)
        return entry.error();
    return QString::fromStdString(entry->id);
}

} // namespace

Result<QString> writeRosterGrant(const QString &storePath, const audit::Identity &admin, const RosterGrant &grant)
{
    auto key = cli::readKeyArgument(grant.key.trimmed());
    if (!key)
        return key.error();
    if (grant.roles.isEmpty() || grant.name.trimmed().isEmpty() || grant.email.trimmed().isEmpty())
        return makeError(
            t(QT_TRANSLATE_NOOP("cs::ui::RosterWrites", "a grant needs a name, an e-mail and at least one role")));
    std::vector<std::string> roles;
    for (const auto &role : grant.roles)
        roles.push_back(role.toStdString());
    auto content = audit::rosterGrantContent(key->hex().toStdString(), grant.name.trimmed().toStdString(),
                                             grant.email.trimmed().toStdString(), roles);
    if (!content)
        return content.error();
    return appendRosterEntry(storePath, admin, [&](const audit::AuditStore &) { return content; });
}

Result<QString> writeRosterRevocation(const QString &storePath, const audit::Identity &admin, const QString &keyText)
{
    auto key = cli::readKeyArgument(keyText.trimmed());
    if (!key)
        return key.error();
    const std::string keyHex = key->hex().toStdString();
    return appendRosterEntry(storePath, admin, [&](const audit::AuditStore &store) {
        return audit::rosterRevocationContent(store, keyHex);
    });
}

} // namespace cs::ui
