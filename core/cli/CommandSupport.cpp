#include "CommandSupport.h"

#include "CliText.h"
#include "Passphrase.h"
#include "util/Clock.h"

#include <QFile>
#include <QFileInfo>

namespace cs::cli {

Command::Command(QString name, Streams io, QString description) : m_name(std::move(name)), m_io(io)
{
    m_parser.setApplicationDescription(description);
}

bool Command::parse(const QStringList &arguments, int minPositional, int maxPositional, const QString &usage)
{
    if (!m_parser.parse(QStringList{m_name} + arguments)) {
        fail(BadInput, m_parser.errorText());
        return false;
    }
    const auto count = m_parser.positionalArguments().size();
    if (count < minPositional || (maxPositional >= 0 && count > maxPositional)) {
        fail(BadInput, Text::tr("usage: countersign-cli %1 %2").arg(m_name, usage));
        return false;
    }
    return true;
}

int Command::fail(int code, const QString &message) const
{
    m_io.err << "countersign-cli " << m_name.toStdString() << ": " << message.toStdString() << "\n";
    return code;
}

void Command::addIdentityOptions()
{
    m_parser.addOption({QStringLiteral("identity"), Text::tr("Your key file."), QStringLiteral("FILE")});
    m_parser.addOption({QStringLiteral("passphrase-env"),
                        Text::tr("Read the passphrase from this environment variable (for scripts)."),
                        QStringLiteral("NAME")});
}

Result<audit::Identity> Command::unlockIdentity()
{
    const QString path = m_parser.value(QStringLiteral("identity"));
    if (path.isEmpty())
        return makeError(Text::tr("--identity FILE is required"));
    auto passphrase = readPassphrase(m_parser.value(QStringLiteral("passphrase-env")),
                                     Text::tr("Passphrase for %1: ").arg(path), false);
    if (!passphrase)
        return passphrase.error();
    auto identity = audit::unlock(path, *passphrase);
    audit::wipe(*passphrase);
    return identity;
}

Result<audit::PublicKey> readKeyArgument(const QString &text)
{
    if (text.size() == 64 && !QFileInfo::exists(text))
        return audit::PublicKey::fromHex(QStringView(text));
    if (QFileInfo(text).isFile()) {
        if (text.endsWith(QLatin1String(".pub")))
            return audit::readPublicKeyFile(text);
        auto info = audit::readKeyFileInfo(text);
        if (!info)
            return info.error();
        return info->publicKey;
    }
    return makeError(Text::tr("%1: neither a hex public key nor a key file").arg(text));
}

Result<VerifiedStore> openVerified(const QString &path, audit::AuditStore::Access access)
{
    auto store = audit::AuditStore::open(path, access);
    if (!store)
        return store.error();
    auto report = audit::verifyStore(**store, nowMs());
    if (!report)
        return report.error();
    return VerifiedStore{std::move(store).value(), std::move(report).value()};
}

} // namespace cs::cli
