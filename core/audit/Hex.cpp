#include "audit/Hex.h"

namespace cs::audit {

namespace {

constexpr char kHexDigits[] = "0123456789abcdef";

// A table rather than comparisons: a full verification checks some 2,500 hex digits per entry.
constexpr std::array<std::int8_t, 256> kNibbles = [] {
    std::array<std::int8_t, 256> table{};
    table.fill(-1);
    for (int c = '0'; c <= '9'; ++c)
        table[static_cast<std::size_t>(c)] = static_cast<std::int8_t>(c - '0');
    for (int c = 'a'; c <= 'f'; ++c)
        table[static_cast<std::size_t>(c)] = static_cast<std::int8_t>(c - 'a' + 10);
    return table;
}();

int nibble(char c)
{
    return kNibbles[static_cast<unsigned char>(c)];
}

} // namespace

std::string toHex(QByteArrayView bytes)
{
    std::string out;
    out.reserve(static_cast<std::size_t>(bytes.size()) * 2);
    for (const char c : bytes) {
        const auto b = static_cast<unsigned char>(c);
        out.push_back(kHexDigits[b >> 4]);
        out.push_back(kHexDigits[b & 0x0f]);
    }
    return out;
}

bool fromHex(std::string_view hex, std::span<std::uint8_t> out)
{
    if (hex.size() != out.size() * 2)
        return false;
    // Branch-free, like isLowerHex: a bad digit is rare, and `out` means nothing on false.
    int invalid = 0;
    for (std::size_t i = 0; i < out.size(); ++i) {
        const int high = nibble(hex[2 * i]);
        const int low = nibble(hex[2 * i + 1]);
        invalid |= high | low;
        out[i] = static_cast<std::uint8_t>(((high & 0x0f) << 4) | (low & 0x0f));
    }
    return invalid >= 0;
}

bool isLowerHex(std::string_view hex, std::size_t length)
{
    if (hex.size() != length)
        return false;
    // No early exit: a branch-free loop the compiler can vectorise; invalid input is rare.
    int invalid = 0;
    for (const char c : hex)
        invalid |= nibble(c);
    return invalid >= 0;
}

std::optional<Hex256> Hex256::parse(std::string_view hex)
{
    Hex256 out;
    if (!out.assign(hex))
        return std::nullopt;
    return out;
}

bool Hex256::assign(std::string_view hex)
{
    std::array<std::uint8_t, kBytes> bytes;
    if (!fromHex(hex, bytes))
        return false;
    m_bytes = bytes;
    return true;
}

std::string Hex256::str() const
{
    std::string out(kDigits, '0');
    for (std::size_t i = 0; i < kBytes; ++i) {
        out[2 * i] = kHexDigits[m_bytes[i] >> 4];
        out[2 * i + 1] = kHexDigits[m_bytes[i] & 0x0f];
    }
    return out;
}

bool Hex256::spelledBy(std::string_view hex) const
{
    if (hex.size() != kDigits)
        return false;
    for (std::size_t i = 0; i < kBytes; ++i) {
        if (hex[2 * i] != kHexDigits[m_bytes[i] >> 4] || hex[2 * i + 1] != kHexDigits[m_bytes[i] & 0x0f])
            return false;
    }
    return true;
}

} // namespace cs::audit
