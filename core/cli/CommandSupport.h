#pragma once

// What the audit commands share: argument parsing, unlocking an identity, opening a store,
// reading a key given as hex or as a .pub file, and reporting an error with its exit code.

#include "Cli.h"
#include "audit/AuditStore.h"
#include "audit/KeyFile.h"
#include "audit/Verification.h"

#include <QCommandLineParser>

#include <ostream>

namespace cs::cli {

class Command
{
public:
    Command(QString name, Streams io, QString description);

    QCommandLineParser &parser() { return m_parser; }
    // Parses; on failure prints the message and returns false.
    bool parse(const QStringList &arguments, int minPositional, int maxPositional, const QString &usage);

    int fail(int code, const QString &message) const;
    int fail(int code, const Error &error) const { return fail(code, error.message); }
    std::ostream &out() const { return m_io.out; }
    Streams io() const { return m_io; }
    QStringList positional() const { return m_parser.positionalArguments(); }

    // --identity FILE [--passphrase-env NAME]
    void addIdentityOptions();
    Result<audit::Identity> unlockIdentity();

private:
    QString m_name;
    Streams m_io;
    QCommandLineParser m_parser;
};

// A hex public key, or the path of a .pub file (or key file) holding one.
Result<audit::PublicKey> readKeyArgument(const QString &text);

// The store verified, with the roster and the valid entries.
struct VerifiedStore
{
    std::unique_ptr<audit::AuditStore> store;
    audit::VerificationReport report;
};
Result<VerifiedStore> openVerified(const QString &path, audit::AuditStore::Access access);

} // namespace cs::cli
