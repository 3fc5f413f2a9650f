#pragma once

// `review` and `lint`: a package in, the recomputed review out.

#include "Cli.h"

namespace cs::cli {

int reviewCommand(const QStringList &arguments, Streams streams, bool lint);

} // namespace cs::cli
