#pragma once

// The dashboard's figures, each chart with its table beside it, for one computed
// report::Dashboard. Shows; computes nothing.

#include "report/Dashboard.h"

#include <QWidget>

#include <array>

class QLabel;

namespace cs::ui {

class BarChart;
class DataTable;

enum class DashboardFigure { Requests, TimeToDecision, Backlog, Decisions, FailingChecks, Exceptions };

class DashboardView final : public QWidget
{
    Q_OBJECT
public:
    explicit DashboardView(QWidget *parent = nullptr);

    void setDashboard(const report::Dashboard &dashboard);

    // For tests and the window: what is shown. Exceptions has a table and no chart (nullptr).
    BarChart *chart(DashboardFigure figure) const;
    DataTable *table(DashboardFigure figure) const;
    QString summaryText() const;

private:
    static constexpr std::size_t kFigures = 6;
    void addFigure(DashboardFigure figure, const QString &chartName, const QString &tableName);

    QLabel *m_summary = nullptr;
    std::array<BarChart *, kFigures> m_charts{};
    std::array<DataTable *, kFigures> m_tables{};
};

} // namespace cs::ui
