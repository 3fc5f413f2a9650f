#pragma once

// The translation context of every countersign-cli message: Text::tr("...") is
// QCoreApplication::translate("cs::cli", "..."), and lupdate files it under "cs::cli".
// Only human-readable text goes through it; --json output, entry types, roles, decisions and
// the command and option names are part of the interface and stay as they are.

#include <QCoreApplication>

#include <string>

namespace cs::cli {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(cs::cli)
};

// A translated message for the std::ostream the commands write to (UTF-8).
inline std::string trs(const QString &text)
{
    return text.toStdString();
}

} // namespace cs::cli
