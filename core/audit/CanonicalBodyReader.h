#pragma once

// A fast reader for the one spelling almost every entry body has: the canonical text of a
// well-shaped body whose ids, store and type are plain ASCII. Verifying a store decodes every
// body, and most of a body is its `seen` list (one reference per feed); parsing that into a
// JSON tree and writing it back out to compare cost as much as checking the signature.
//
// It reads the members in their canonical order and checks each byte against what
// canonicalize() would write, so whatever it accepts is exactly what parseCanonical() followed
// by bodyFromJson() would accept, with the same values. It refuses anything unusual without
// saying why: the caller then decides the slow way, which names the problem.

#include "audit/Entry.h"

#include <optional>
#include <string_view>

namespace cs::audit {

std::optional<EntryBody> readCanonicalBody(std::string_view bytes);

} // namespace cs::audit
