#pragma once

// SHA-256 through Nettle, incremental so that large artifacts are hashed as they stream.

#include <array>
#include <cstdint>
#include <memory>
#include <string>
#include <string_view>

namespace cs {

class Sha256 final
{
public:
    Sha256();
    ~Sha256();
    Sha256(const Sha256 &) = delete;
    Sha256 &operator=(const Sha256 &) = delete;

    void update(std::string_view bytes);
    std::array<std::uint8_t, 32> finish();
    std::string finishHex();

    static std::string hex(std::string_view bytes);
    static std::array<std::uint8_t, 32> digest(std::string_view bytes);

private:
    struct State;
    std::unique_ptr<State> m_state;
};

std::string toHex(const std::uint8_t *data, std::size_t size);

} // namespace cs
