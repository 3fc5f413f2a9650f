#pragma once

// Lower-case hex is the one spelling of keys, ids and key-file fields: entries compare keys as
// strings, so a second spelling (upper case, separators) of the same bytes must be refused, not
// normalised.

#include <QByteArrayView>

#include <array>
#include <compare>
#include <cstdint>
#include <cstring>
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

// A 256-bit key or entry id: its 32 bytes held inline, read and written as 64 lower-case hex
// digits. Every entry's `seen` list names two per feed: as heap strings they were the largest
// cost of verifying a large store after the signatures, and bytes take half the memory of digits.
class Hex256
{
public:
    static constexpr std::size_t kBytes = 32;
    static constexpr std::size_t kDigits = 64;

    Hex256() = default; // all zero

    // Nothing unless `hex` is 64 lower-case hex digits.
    static std::optional<Hex256> parse(std::string_view hex);
    // The same in place, for readers filling many: false (and this unchanged) unless `hex` is
    // 64 lower-case hex digits.
    bool assign(std::string_view hex);

    std::string str() const;

    // A constant-size comparison the compiler writes inline: verification compares some two
    // million of these.
    friend bool operator==(const Hex256 &a, const Hex256 &b)
    {
        return std::memcmp(a.m_bytes.data(), b.m_bytes.data(), kBytes) == 0;
    }
    // Byte order is the order of the hex spelling.
    friend std::strong_ordering operator<=>(const Hex256 &, const Hex256 &) = default;
    // Whether `hex` spells this value in lower case; no string is made.
    friend bool operator==(const Hex256 &a, std::string_view hex) { return a.spelledBy(hex); }

private:
    bool spelledBy(std::string_view hex) const;

    std::array<std::uint8_t, kBytes> m_bytes{};
};

} // namespace cs::audit
