#include "Sha256.h"

#include <sodium.h>

namespace cs {

struct Sha256::State
{
    crypto_hash_sha256_state sodium{};
};

Sha256::Sha256() : m_state(std::make_unique<State>())
{
    crypto_hash_sha256_init(&m_state->sodium);
}

Sha256::~Sha256() = default;

void Sha256::update(std::string_view bytes)
{
    crypto_hash_sha256_update(&m_state->sodium, reinterpret_cast<const unsigned char *>(bytes.data()),
                              bytes.size());
}

std::array<std::uint8_t, 32> Sha256::finish()
{
    std::array<std::uint8_t, 32> digest{};
    crypto_hash_sha256_final(&m_state->sodium, digest.data());
    return digest;
}

std::string Sha256::finishHex()
{
    const auto digest = finish();
    return toHex(digest.data(), digest.size());
}

std::string Sha256::hex(std::string_view bytes)
{
    Sha256 hash;
    hash.update(bytes);
    return hash.finishHex();
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
