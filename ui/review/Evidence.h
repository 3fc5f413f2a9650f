#pragma once

// The evidence a rule or check attached, as one readable line ("domain: credit, decision:
// automated") rather than raw JSON; the manifest section still shows JSON as submitted.

#include "util/JsonReader.h"

#include <QString>

namespace cs::ui {

QString evidenceText(const Json &evidence, int maxChars = 400);

} // namespace cs::ui
