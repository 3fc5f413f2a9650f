#pragma once

// What the audit and sync tests both need: a fixed clock, fast identities, byte conversions,
// and the message of a failed Result for QVERIFY2.

#include "audit/Signing.h"
#include "util/Result.h"

#include <QByteArray>
#include <QtGlobal>

#include <cstdint>
#include <string>

namespace cs::test {

// A fixed base time (14 Nov 2023) so that entries never depend on the machine's clock.
inline constexpr std::int64_t kT0 = 1'700'000'000'000;

// QVERIFY2 evaluates its message even when the check passes, so the message must not touch
// the error of a successful Result.
template<typename T>
QByteArray why(const cs::Result<T> &result)
{
    return result ? QByteArray("(succeeded)") : result.errorMessage().toUtf8();
}

inline QByteArray bytesOf(const std::string &s)
{
    return QByteArray(s.data(), static_cast<qsizetype>(s.size()));
}

inline std::string stringOf(const QByteArray &b)
{
    return std::string(b.constData(), static_cast<std::size_t>(b.size()));
}

inline std::string keyHex(const cs::audit::SecretSeed &seed)
{
    return seed.publicKey().hex().toStdString();
}

// A fresh identity without Argon2id: tests that need many keys need them fast.
inline cs::audit::SecretSeed newSeed()
{
    auto seed = cs::audit::SecretSeed::generate();
    if (!seed)
        qFatal("cannot generate a test identity: %s", qPrintable(seed.errorMessage()));
    return std::move(seed).value();
}

} // namespace cs::test
