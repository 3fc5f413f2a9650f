#pragma once

// Lower-case hex is the one spelling of keys, ids and key-file fields: entries compare keys as
// strings, so a second spelling (upper case, separators) of the same bytes must be refused, not
// normalised.

#include <QByteArrayView>

#include <array>
#include <compare>
#include <cstdint>
#include <optional>
#include <span>
#include <string>
#include <string_view>

namespace cs::audit {

std::string toHex(QByteArrayView bytes);

// True when `hex` is exactly out.size() * 2 lower-case hex digits; fills `out` then.
// On false, `out` holds no meaningful value.
[[nodiscard]] bool fromHex(std::string_view hex, std::span<std::uint8_t> out);

// True when `hex` is exactly `length` lower-case hex digits.
bool isLowerHex(std::string_view hex, std::size_t length);

// A 256-bit key or entry id as its 64 lower-case hex digits, held inline rather than on the
// heap: every entry's `seen` list names two per feed, and as heap strings they were the largest
// cost of verifying a large store after the signatures themselves.
class Hex256
{
public:
    static constexpr std::size_t kDigits = 64;

    Hex256() { m_digits.fill('0'); } // the all-zero value

    // Nothing unless `hex` is 64 lower-case hex digits.
    static std::optional<Hex256> parse(std::string_view hex);
    // The same in place, for readers filling many: false (and this unchanged) unless `hex` is
    // 64 lower-case hex digits.
    bool assign(std::string_view hex);

    std::string_view view() const { return {m_digits.data(), kDigits}; }
    std::string str() const { return std::string(view()); }

    friend bool operator==(const Hex256 &, const Hex256 &) = default;
    friend std::strong_ordering operator<=>(const Hex256 &, const Hex256 &) = default;
    friend bool operator==(const Hex256 &a, std::string_view b) { return a.view() == b; }

private:
    std::array<char, kDigits> m_digits;
};

} // namespace cs::audit
