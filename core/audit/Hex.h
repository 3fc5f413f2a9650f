#pragma once

// Lower-case hex is the one spelling of keys, ids and key-file fields: entries compare keys as
// strings, so a second spelling (upper case, separators) of the same bytes must be refused, not
// normalised.

#include <QByteArrayView>

#include <cstdint>
#include <span>
#include <string>
#include <string_view>

namespace cs::audit {

std::string toHex(QByteArrayView bytes);

// True when `hex` is exactly out.size() * 2 lower-case hex digits; fills `out` then.
// On false, `out` holds no meaningful value.
[[nodiscard]] bool fromHex(std::string_view hex, std::span<std::uint8_t> out);

} // namespace cs::audit
