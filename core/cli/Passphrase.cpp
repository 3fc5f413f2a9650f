#include "Passphrase.h"

#include "CliText.h"
#include "audit/SecureBytes.h"

#include <termios.h>
#include <unistd.h>

#include <cstdio>
#include <iostream>

namespace cs::cli {

namespace {

Result<QByteArray> promptOnce(const QString &prompt)
{
    if (!isatty(STDIN_FILENO))
        return makeError(Text::tr("no passphrase: standard input is not a terminal; use --passphrase-env NAME"));
    std::fprintf(stderr, "%s", qPrintable(prompt));
    std::fflush(stderr);
    termios old{};
    tcgetattr(STDIN_FILENO, &old);
    termios silent = old;
    silent.c_lflag &= ~static_cast<tcflag_t>(ECHO);
    tcsetattr(STDIN_FILENO, TCSAFLUSH, &silent);
    std::string line;
    std::getline(std::cin, line);
    tcsetattr(STDIN_FILENO, TCSAFLUSH, &old);
    std::fprintf(stderr, "\n");
    QByteArray out(line.data(), static_cast<qsizetype>(line.size()));
    audit::wipe(line);
    return out;
}

} // namespace

Result<QByteArray> readPassphrase(const QString &environmentVariable, const QString &prompt, bool confirm)
{
    if (!environmentVariable.isEmpty()) {
        const QByteArray name = environmentVariable.toLocal8Bit();
        if (!qEnvironmentVariableIsSet(name.constData()))
            return makeError(Text::tr("--passphrase-env: the environment variable %1 is not set").arg(environmentVariable));
        return qgetenv(name.constData());
    }
    auto first = promptOnce(prompt);
    if (!first || !confirm)
        return first;
    auto second = promptOnce(Text::tr("Repeat the passphrase: "));
    if (!second)
        return second;
    const bool same = *first == *second;
    audit::wipe(*second);
    if (!same) {
        audit::wipe(*first);
        return makeError(Text::tr("the two passphrases differ"));
    }
    return first;
}

} // namespace cs::cli
