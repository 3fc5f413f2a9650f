#pragma once

// The audit store's commands: identities, stores, the roster, and recording what reviewers
// decide (`keygen`, `init`, `roster`, `receive`, `sign`, `exception`, `withdraw`, `comment`,
// `retire`), and reading it back (`state`, `verify`, `inspect`).

#include "Cli.h"

namespace cs::cli {

int keygenCommand(const QStringList &arguments, Streams io);
int initCommand(const QStringList &arguments, Streams io);
int rosterCommand(const QStringList &arguments, Streams io);
int receiveCommand(const QStringList &arguments, Streams io);
int signCommand(const QStringList &arguments, Streams io);
int exceptionCommand(const QStringList &arguments, Streams io);
int withdrawCommand(const QStringList &arguments, Streams io);
int commentCommand(const QStringList &arguments, Streams io);
int retireCommand(const QStringList &arguments, Streams io);
int stateCommand(const QStringList &arguments, Streams io);
int verifyCommand(const QStringList &arguments, Streams io);
int inspectCommand(const QStringList &arguments, Streams io);
int exportCommand(const QStringList &arguments, Streams io);

} // namespace cs::cli
