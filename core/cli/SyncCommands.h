#pragma once

// `sync` (one round with a shared folder or a PostgreSQL server) and `server-init`.

#include "Cli.h"

namespace cs::cli {

int syncCommand(const QStringList &arguments, Streams io);
int serverInitCommand(const QStringList &arguments, Streams io);

} // namespace cs::cli
