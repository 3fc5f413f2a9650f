#pragma once

// The canonical bytes of a JSON value, as the audit contract defines them: the bytes that are
// signed, hashed into entry ids and compared on import. Two implementations that agree on these
// rules produce the same bytes, so a signature made on one machine verifies on every other.
//
// The rules are RFC 8785 (JCS) restricted to what the contract allows:
// - object keys ASCII only, sorted by their bytes (for ASCII, the same order as JCS's UTF-16
//   order), each key at most once;
// - no white space;
// - strings valid UTF-8, written as they are except `"` -> \", `\` -> \\, and control characters
//   (U+0000..U+001F): \b \t \n \f \r, the others as lower-case \u00xx;
// - numbers integers only, |n| <= 2^53 - 1 (exact in every JSON implementation); a value that is
//   not an integer must be written as a string by whoever builds the JSON.
// Every refusal names the offending member as a JSON pointer (e.g. "/content/grants/0/name").

#include "util/Result.h"

#include <nlohmann/json.hpp>

#include <cstdint>
#include <string>
#include <string_view>

namespace cs::audit {

inline constexpr std::int64_t kMaxSafeInteger = 9'007'199'254'740'991; // 2^53 - 1

// Deeper nesting than any entry needs; a bound keeps hostile input from exhausting the stack.
inline constexpr int kMaxJsonDepth = 128;

// Refuses any non-integer number (even 2.0: a double is not an integer value in this contract),
// integers beyond kMaxSafeInteger, non-ASCII keys, invalid UTF-8, binary values, deep nesting.
Result<std::string> canonicalize(const nlohmann::json &value);

// Parses JSON text, refusing invalid UTF-8, a byte order mark, duplicate keys (which other
// parsers would resolve differently, so two readers could see two different entries), deep
// nesting and anything nlohmann rejects. Does not require canonical form.
Result<nlohmann::json> parseStrict(std::string_view bytes);

// The import rule: parses strictly and refuses unless canonicalize() of the result gives back
// exactly `bytes`.
Result<nlohmann::json> parseCanonical(std::string_view bytes);

// Well-formed UTF-8 per Unicode (no overlong forms, no surrogates, nothing above U+10FFFF).
bool isValidUtf8(std::string_view bytes);

} // namespace cs::audit
