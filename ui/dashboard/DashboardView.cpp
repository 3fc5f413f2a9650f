#include "dashboard/DashboardView.h"

#include "charts/BarChart.h"
#include "charts/ChartPanel.h"
#include "charts/DataTable.h"
#include "dashboard/DashboardFigures.h"

#include <QChart>
#include <QDateTime>
#include <QLabel>
#include <QValueAxis>
#include <QVBoxLayout>

#include <cmath>

namespace cs::ui {

namespace {

std::size_t indexOf(DashboardFigure figure)
{
    return static_cast<std::size_t>(figure);
}

// Counts are whole numbers: an axis reading 0.50 requests says something false.
void useWholeNumberAxis(BarChart *chart)
{
    double top = 0;
    for (const auto &s : chart->data().series)
        for (const auto &v : s.values)
            top = std::max(top, v.value_or(0.0));
    const int max = std::max(1, static_cast<int>(std::ceil(top)));
    for (QAbstractAxis *axis : chart->chart()->axes()) {
        if (auto *value = qobject_cast<QValueAxis *>(axis); value && value->isVisible()) {
            value->setLabelFormat(QStringLiteral("%.0f"));
            value->setRange(0, max);
            value->setTickCount(max <= 10 ? max + 1 : 6);
            if (max > 10)
                value->applyNiceNumbers();
        }
    }
}

// Hours read best on round ticks (0, 20, 40, ...) rather than a tenth of the tallest bar.
void useRoundHoursAxis(BarChart *chart)
{
    for (QAbstractAxis *axis : chart->chart()->axes()) {
        if (auto *value = qobject_cast<QValueAxis *>(axis); value && value->isVisible()) {
            value->applyNiceNumbers();
            value->setLabelFormat(QStringLiteral("%.0f"));
        }
    }
}

QString utcDate(std::int64_t ms)
{
    return QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC).toString(QStringLiteral("yyyy-MM-dd HH:mm"));
}

} // namespace

DashboardView::DashboardView(QWidget *parent) : QWidget(parent)
{
    auto *layout = new QVBoxLayout(this);
    m_summary = new QLabel(this);
    m_summary->setWordWrap(true);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_summary);
    addFigure(DashboardFigure::Requests, tr("Requests per track and state, chart"), tr("Requests per track and state"));
    addFigure(DashboardFigure::TimeToDecision, tr("Time to decision, chart"), tr("Time to decision per track"));
    addFigure(DashboardFigure::Backlog, tr("Backlog by age, chart"), tr("Backlog by age"));
    addFigure(DashboardFigure::Decisions, tr("Decisions, chart"), tr("Decisions by kind"));
    addFigure(DashboardFigure::FailingChecks, tr("Failing checks, chart"), tr("Failing checks"));

    auto *exceptions = new DataTable(this);
    exceptions->setAccessibleName(tr("Policy exceptions"));
    m_tables[indexOf(DashboardFigure::Exceptions)] = exceptions;
    layout->addWidget(new QLabel(tr("<b>Policy exceptions</b>"), this));
    layout->addWidget(exceptions, 0, Qt::AlignLeft);
    layout->addStretch(1);
}

void DashboardView::addFigure(DashboardFigure figure, const QString &chartName, const QString &tableName)
{
    auto *chart = new BarChart(this);
    chart->setAccessibleName(chartName);
    auto *table = new DataTable(this);
    table->setAccessibleName(tableName);
    m_charts[indexOf(figure)] = chart;
    m_tables[indexOf(figure)] = table;
    layout()->addWidget(new ChartPanel(chart, table, this));
}

void DashboardView::setDashboard(const report::Dashboard &d)
{
    std::size_t requests = 0;
    std::size_t pending = 0;
    for (const auto &[track, states] : d.requestsByTrackAndState) {
        for (const auto &[state, n] : states) {
            requests += n;
            if (state == audit::request_state::Pending)
                pending += n;
        }
    }
    m_summary->setText(tr("<b>%n request(s)</b> received from %1 to %2 UTC; %3 pending.", "", static_cast<int>(requests))
                           .arg(utcDate(d.fromMs), utcDate(d.toMs), QString::number(static_cast<qulonglong>(pending))));

    auto show = [this](DashboardFigure figure, const Figure &f, bool wholeNumbers) {
        BarChart *chart = m_charts[indexOf(figure)];
        chart->setData(f.chart);
        if (wholeNumbers)
            useWholeNumberAxis(chart);
        m_tables[indexOf(figure)]->setContents(f.table.headers, f.table.rows, f.table.tooltips);
    };
    show(DashboardFigure::Requests, requestsFigure(d), true);
    show(DashboardFigure::TimeToDecision, timeToDecisionFigure(d), false);
    useRoundHoursAxis(m_charts[indexOf(DashboardFigure::TimeToDecision)]);
    show(DashboardFigure::Backlog, backlogFigure(d), true);
    show(DashboardFigure::Decisions, decisionsFigure(d), true);
    const Figure checks = failingChecksFigure(d);
    show(DashboardFigure::FailingChecks, checks, true);
    // Each check is a row of the horizontal chart: room for all of them, labels included.
    m_charts[indexOf(DashboardFigure::FailingChecks)]->setMinimumHeight(
        std::max(220, 90 + 28 * static_cast<int>(checks.chart.categories.size())));
    const FigureTable exceptions = exceptionsTable(d);
    m_tables[indexOf(DashboardFigure::Exceptions)]->setContents(exceptions.headers, exceptions.rows, exceptions.tooltips);
}

BarChart *DashboardView::chart(DashboardFigure figure) const
{
    return m_charts[indexOf(figure)];
}

DataTable *DashboardView::table(DashboardFigure figure) const
{
    return m_tables[indexOf(figure)];
}

QString DashboardView::summaryText() const
{
    return m_summary->text();
}

} // namespace cs::ui
