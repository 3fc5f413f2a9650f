#include "Sha256.h"

// Nettle rather than libsodium: Nettle picks the CPU's SHA instructions at run time, about three
// times as fast on the entry ids that verification hashes for every entry and on package files.
#include <nettle/sha2.h>

namespace cs {

struct Sha256::State
{
    sha256_ctx nettle{};
};

Sha256::Sha256() : m_state(std::make_unique<State>())
{
    sha256_init(&m_state->nettle);
}

Sha256::~Sha256() = default;

void Sha256::update(std::string_view bytes)
{
    sha256_update(&m_state->nettle, bytes.size(), reinterpret_cast<const std::uint8_t *>(bytes.data()));
}

std::array<std::uint8_t, 32> Sha256::finish()
{
    std::array<std::uint8_t, 32> digest{};
    sha256_digest(&m_state->nettle, digest.size(), digest.data());
    return digest;
}

std::string Sha256::finishHex()
{
    const auto digest = finish();
    return toHex(digest.data(), digest.size());
}

std::string Sha256::hex(std::string_view bytes)
{
    const auto d = digest(bytes);
    return toHex(d.data(), d.size());
}

std::array<std::uint8_t, 32> Sha256::digest(std::string_view bytes)
{
    // On the stack: ids are hashed once per entry, and a heap state each time shows in profiles.
    sha256_ctx context;
    sha256_init(&context);
    sha256_update(&context, bytes.size(), reinterpret_cast<const std::uint8_t *>(bytes.data()));
    std::array<std::uint8_t, 32> out{};
    sha256_digest(&context, out.size(), out.data());
    return out;
}

std::string toHex(const std::uint8_t *data, std::size_t size)
{
    static constexpr char digits[] = "0123456789abcdef";
    std::string out(size * 2, '0');
    for (std::size_t i = 0; i < size; ++i) {
        out[2 * i] = digits[data[i] >> 4];
        out[2 * i + 1] = digits[data[i] & 0x0f];
    }
    return out;
}

} // namespace cs
