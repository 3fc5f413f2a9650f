#pragma once

// What the policy says about a package: the rules that set its track, and lint-style
// findings from the automatable checks (contract section 3).

#include "Track.h"
#include "util/JsonReader.h"

#include <optional>
#include <string>
#include <vector>

namespace cs::policy {

struct RationaleLine
{
    std::string rule;
    Track track = Track::Green;
    std::string message;
    Json evidence;
};

enum class Severity { Fail = 0, Warn = 1, Info = 2 };

inline std::string toString(Severity s)
{
    switch (s) {
    case Severity::Fail: return "fail";
    case Severity::Warn: return "warn";
    case Severity::Info: return "info";
    }
    return "info";
}

struct Finding
{
    std::string check;
    std::optional<std::string> subject; // the attribute, feature, source or dataset; none for the package
    Severity severity = Severity::Info;
    std::string message;
    std::string remediation;
    Json evidence;

    // "<check>:<subject>" as the audit trail names fail checks ("<check>:" for the package).
    std::string key() const { return check + ':' + subject.value_or(std::string()); }
};

} // namespace cs::policy
