#pragma once

// Secret material (identity seeds, keys derived from passphrases) lives only in memory that
// libsodium allocates behind guard pages, locks against swapping where the system allows it,
// and wipes when it is released. Nothing secret is kept in a QByteArray or std::string, whose
// copies and reallocations leave stray copies behind.

#include "util/Result.h"

#include <QByteArray>

#include <cstddef>
#include <cstdint>
#include <span>
#include <string>

namespace cs::audit {

// libsodium must be initialised before it picks its implementations and its random source;
// every entry point of the audit primitives calls this. Safe to call from any thread, often.
[[nodiscard]] bool ensureSodium();

// A fixed-size buffer of secret bytes: non-copyable (a copy would be one more place to wipe),
// movable, wiped with sodium_memzero and freed on destruction. A moved-from buffer is empty.
class SecureBytes final
{
public:
    static Result<SecureBytes> allocate(std::size_t size);

    SecureBytes() = default;
    SecureBytes(SecureBytes &&other) noexcept;
    SecureBytes &operator=(SecureBytes &&other) noexcept;
    SecureBytes(const SecureBytes &) = delete;
    SecureBytes &operator=(const SecureBytes &) = delete;
    ~SecureBytes();

    std::uint8_t *data() { return m_data; }
    const std::uint8_t *data() const { return m_data; }
    std::size_t size() const { return m_size; }
    bool isEmpty() const { return m_data == nullptr; }
    std::span<std::uint8_t> span() { return {m_data, m_size}; }
    std::span<const std::uint8_t> span() const { return {m_data, m_size}; }

private:
    SecureBytes(std::uint8_t *data, std::size_t size) : m_data(data), m_size(size) {}
    void release();

    std::uint8_t *m_data = nullptr;
    std::size_t m_size = 0;
};

// Overwrite a passphrase the caller no longer needs, then empty it. A QByteArray that shares
// its data with another copy is detached first, so only this copy's bytes are wiped: callers
// should keep passphrases in one unshared buffer.
void wipe(QByteArray &bytes);
void wipe(std::string &bytes);

} // namespace cs::audit
