#include "audit/SecureBytes.h"

#include <sodium.h>

#include <utility>

namespace cs::audit {

bool ensureSodium()
{
    // sodium_init() is idempotent and thread-safe; 1 means "already initialised".
    static const bool ready = sodium_init() >= 0;
    return ready;
}

Result<SecureBytes> SecureBytes::allocate(std::size_t size)
{
    if (!ensureSodium())
        return makeError(QStringLiteral("libsodium could not be initialised"));
    if (size == 0)
        return makeError(QStringLiteral("secure buffer of zero bytes requested"));
    auto *data = static_cast<std::uint8_t *>(sodium_malloc(size));
    if (data == nullptr)
        return makeError(QStringLiteral("could not allocate %1 bytes of protected memory").arg(size));
    sodium_memzero(data, size);
    return SecureBytes(data, size);
}

SecureBytes::SecureBytes(SecureBytes &&other) noexcept
    : m_data(std::exchange(other.m_data, nullptr)), m_size(std::exchange(other.m_size, 0))
{
}

SecureBytes &SecureBytes::operator=(SecureBytes &&other) noexcept
{
    if (this != &other) {
        release();
        m_data = std::exchange(other.m_data, nullptr);
        m_size = std::exchange(other.m_size, 0);
    }
    return *this;
}

SecureBytes::~SecureBytes()
{
    release();
}

void SecureBytes::release()
{
    if (m_data == nullptr)
        return;
    // sodium_free() wipes too; the explicit wipe keeps the guarantee visible and independent of
    // the allocator.
    sodium_memzero(m_data, m_size);
    sodium_free(m_data);
    m_data = nullptr;
    m_size = 0;
}

void wipe(QByteArray &bytes)
{
    if (!bytes.isEmpty())
        sodium_memzero(bytes.data(), static_cast<std::size_t>(bytes.size()));
    bytes.clear();
}

void wipe(std::string &bytes)
{
    if (!bytes.empty())
        sodium_memzero(bytes.data(), bytes.size());
    bytes.clear();
}

} // namespace cs::audit
