#pragma once

// The shape of each entry type's content (audit contract, "Types and content"). An entry whose
// content does not have its type's shape is malformed: verification reports it and it never
// counts, so nothing downstream has to guess at missing or mistyped members.

#include "util/Result.h"

#include <nlohmann/json.hpp>

#include <string>

namespace cs::audit {

Result<bool> checkContent(const std::string &type, const nlohmann::json &content);

// Member lookups that never throw: the value when present with the right type, else the fallback.
std::string stringMember(const nlohmann::json &object, const char *key, const std::string &fallback = {});
std::vector<std::string> stringArrayMember(const nlohmann::json &object, const char *key);

} // namespace cs::audit
