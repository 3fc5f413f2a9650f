#include "dashboard/DashboardPeriod.h"

#include <QDateTime>

#include <algorithm>

namespace cs::ui {

namespace {

constexpr std::int64_t kDayMs = 24LL * 3600 * 1000;

std::int64_t startOfUtcDay(const QDate &date)
{
    return date.startOfDay(Qt::UTC).toMSecsSinceEpoch();
}

} // namespace

PeriodRange periodRange(const DashboardPeriod &period, std::int64_t nowMs)
{
    switch (period.kind) {
    case DashboardPeriod::Kind::Last30Days: return {nowMs - 30 * kDayMs, nowMs};
    case DashboardPeriod::Kind::Last90Days: return {nowMs - 90 * kDayMs, nowMs};
    case DashboardPeriod::Kind::Last365Days: return {nowMs - 365 * kDayMs, nowMs};
    case DashboardPeriod::Kind::Custom: break;
    }
    if (!period.from.isValid() || !period.to.isValid())
        return {nowMs - 30 * kDayMs, nowMs};
    const QDate first = std::min(period.from, period.to);
    const QDate last = std::max(period.from, period.to);
    return {startOfUtcDay(first), startOfUtcDay(last.addDays(1))};
}

} // namespace cs::ui
