#pragma once

// The dashboard's figures as charts and tables, from report::buildDashboard's result and
// nothing else: no figure is recomputed here, only arranged and labelled. Each figure's
// table holds the chart's numbers (and a few the chart cannot show), with exact values in
// the tooltips.

#include "charts/BarChart.h"
#include "report/Dashboard.h"

#include <QStringList>

#include <vector>

namespace cs::ui {

struct FigureTable
{
    QStringList headers;
    std::vector<QStringList> rows;
    std::vector<QStringList> tooltips;
};

struct Figure
{
    BarChartData chart;
    FigureTable table;
};

// Tracks green, yellow, red (then any other track in the store) by request state.
Figure requestsFigure(const report::Dashboard &dashboard);
// Median and 90th percentile hours per track, with the policy's SLA as a third bar.
Figure timeToDecisionFigure(const report::Dashboard &dashboard);
Figure backlogFigure(const report::Dashboard &dashboard);
// Approvals, approvals with conditions, changes requested and rejections (then any other kind).
Figure decisionsFigure(const report::Dashboard &dashboard);
// The chart shows the `chartTop` most frequent; the table lists every failing check.
Figure failingChecksFigure(const report::Dashboard &dashboard, std::size_t chartTop = 10);
// Exceptions granted and expiring: two numbers, a table without a chart.
FigureTable exceptionsTable(const report::Dashboard &dashboard);

QString decisionTitle(const std::string &decision);
QString backlogBucketTitle(const std::string &bucket);

} // namespace cs::ui
