#include "session/DemoSetup.h"

#include "audit/AuditStore.h"
#include "audit/KeyFile.h"
#include "policy/Policy.h"
#include "review/Review.h"
#include "session/AuditSession.h"
#include "util/Clock.h"

#include <QDir>
#include <QFileInfo>

namespace cs::ui {

std::vector<DemoIdentity> demoPeople(const QString &identityDir)
{
    const QDir dir(identityDir);
    // Names are people, not roles, so the trail reads like a real one.
    return {
        {QStringLiteral("Dana Admin"), QStringLiteral("dana.admin@example-bank.com"),
         dir.filePath(QStringLiteral("administrator.key")), {"admin", "auditor"}},
        {QStringLiteral("Gita Analyst"), QStringLiteral("gita.analyst@example-bank.com"),
         dir.filePath(QStringLiteral("governance-analyst.key")), {"ml_governance_analyst", "data_steward"}},
        {QStringLiteral("Rafael Risk"), QStringLiteral("rafael.risk@example-bank.com"),
         dir.filePath(QStringLiteral("risk-officer.key")), {"risk_officer"}},
        {QStringLiteral("Pat Platform"), QStringLiteral("pat.platform@example-bank.com"),
         dir.filePath(QStringLiteral("platform-engineer.key")), {"ml_platform_engineer", "security_reviewer"}},
    };
}

QString resourcesDir()
{
    const QString source = QStringLiteral(COUNTERSIGN_SOURCE_RESOURCES);
    if (QFileInfo::exists(source + QStringLiteral("/samples")))
        return source;
    return QStringLiteral(COUNTERSIGN_INSTALLED_RESOURCES);
}

QStringList packagesIn(const QString &folder)
{
    QStringList out;
    const QDir dir(folder);
    const auto entries = dir.entryInfoList(QDir::Dirs | QDir::Files | QDir::NoDotAndDotDot, QDir::Name);
    for (const QFileInfo &info : entries) {
        const QString name = info.fileName();
        if (name.startsWith(QLatin1Char('.')))
            continue; // half-copied files and editor droppings
        if (info.isDir() ? QFileInfo::exists(info.filePath() + QStringLiteral("/manifest.json"))
                         : (name.endsWith(QStringLiteral(".zip")) || name.endsWith(QStringLiteral(".tar.gz"))
                            || name.endsWith(QStringLiteral(".tgz"))))
            out.append(info.absoluteFilePath());
    }
    return out;
}

namespace {

Result<audit::Identity> ensureIdentity(const DemoIdentity &person, bool fast)
{
    const QByteArray passphrase(kDemoPassphrase);
    if (QFileInfo::exists(person.keyFile))
        return audit::unlock(person.keyFile, passphrase);
    QDir().mkpath(QFileInfo(person.keyFile).absolutePath());
    if (fast)
        return audit::detail::createIdentity(person.keyFile, person.name, passphrase, audit::KdfLimits::interactive());
    return audit::createIdentity(person.keyFile, person.name, passphrase);
}

} // namespace

Result<DemoEnvironment> prepareDemo(const DemoOptions &options)
{
    DemoEnvironment env;
    env.identities = demoPeople(options.identityDir);
    // Only the administrator's key is needed unlocked here; the others just have to exist.
    std::optional<audit::Identity> admin;
    for (std::size_t i = 0; i < env.identities.size(); ++i) {
        const auto &person = env.identities[i];
        if (i > 0 && QFileInfo::exists(person.keyFile))
            continue;
        auto identity = ensureIdentity(person, options.fastKeysForTests);
        if (!identity)
            return identity.error();
        if (i == 0)
            admin.emplace(std::move(identity).value());
    }
    if (!QDir().mkpath(options.storeDir))
        return makeError(QStringLiteral("cannot create %1").arg(options.storeDir));
    env.storePath = QDir(options.storeDir).filePath(QStringLiteral("demo-audit.db"));
    env.inboxDir = QDir(options.storeDir).filePath(QStringLiteral("inbox"));
    QDir().mkpath(env.inboxDir);
    QFile::remove(env.storePath);

    auto store = audit::AuditStore::create(env.storePath, admin->publicKey());
    if (!store)
        return store.error();
    nlohmann::json grants = nlohmann::json::array();
    for (const auto &person : env.identities) {
        auto info = audit::readKeyFileInfo(person.keyFile);
        if (!info)
            return info.error();
        grants.push_back({{"key", info->publicKey.hex().toStdString()},
                          {"name", person.name.toStdString()},
                          {"email", person.email.toStdString()},
                          {"roles", person.roles}});
    }
    const nlohmann::json roster = {{"grants", grants}, {"revocations", nlohmann::json::array()}};
    if (auto entry = (*store)->append(admin->seed, audit::entry_type::Roster, roster, nowMs()); !entry)
        return entry.error();

    auto policy = policy::defaultPolicy();
    if (!policy)
        return policy.error();
    env.samples = packagesIn(options.samplesDir);
    for (const QString &sample : std::as_const(env.samples)) {
        auto reviewed = review::reviewPackage(sample, *policy);
        if (!reviewed) {
            env.receiveErrors.append(reviewed.errorMessage());
            continue;
        }
        auto entry = (*store)->append(admin->seed, audit::entry_type::PackageReceived,
                                      AuditSession::receiptContent(*reviewed), nowMs());
        if (!entry)
            return entry.error();
    }
    return env;
}

} // namespace cs::ui
