#include "Clock.h"

#include <QDateTime>

namespace cs {

namespace {
std::function<std::int64_t()> &clockOverride()
{
    static std::function<std::int64_t()> clock;
    return clock;
}
} // namespace

std::int64_t nowMs()
{
    if (clockOverride())
        return clockOverride()();
    return QDateTime::currentMSecsSinceEpoch();
}

void setClockForTesting(std::function<std::int64_t()> clock)
{
    clockOverride() = std::move(clock);
}

} // namespace cs
