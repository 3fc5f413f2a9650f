#pragma once

// Where a passphrase comes from: the environment variable named by --passphrase-env for scripts,
// otherwise the terminal with echo off. Never the command line, where `ps` would show it.

#include "util/Result.h"

#include <QByteArray>

namespace cs::cli {

// `confirm`: ask twice (new key files).
Result<QByteArray> readPassphrase(const QString &environmentVariable, const QString &prompt, bool confirm);

} // namespace cs::cli
