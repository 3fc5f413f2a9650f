#pragma once

// The period a dashboard covers, as the chooser offers it: the last 30, 90 or 365 days up to
// now, or whole calendar days from one date to another. Dates are UTC days, like every time
// stamp in the audit store, so two reviewers in different time zones see the same figures.

#include <QDate>

#include <cstdint>

namespace cs::ui {

struct DashboardPeriod
{
    enum class Kind { Last30Days, Last90Days, Last365Days, Custom };
    Kind kind = Kind::Last30Days;
    QDate from; // Custom only: first day included
    QDate to;   // Custom only: last day included

    friend bool operator==(const DashboardPeriod &, const DashboardPeriod &) = default;
};

// [fromMs, toMs), as report::buildDashboard takes it. A custom period with its dates the wrong
// way round is read as the same days in order.
struct PeriodRange
{
    std::int64_t fromMs = 0;
    std::int64_t toMs = 0;
};

PeriodRange periodRange(const DashboardPeriod &period, std::int64_t nowMs);

} // namespace cs::ui
