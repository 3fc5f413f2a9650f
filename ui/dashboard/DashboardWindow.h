#pragma once

// The governance dashboard window: a period chooser, the figures of report::buildDashboard
// for that period (computed on a worker, because deriving every request's state from a large
// store takes longer than a frame), and export as CSV.

#include "dashboard/DashboardPeriod.h"
#include "report/Dashboard.h"
#include "util/Result.h"

#include <QMainWindow>

#include <memory>
#include <optional>

class QAction;
class QLabel;

namespace cs::audit {
class VerificationReport;
}
namespace cs::policy {
struct Policy;
}

namespace cs::ui {

class DashboardView;
class PeriodChooser;
struct StoreSnapshot;

class DashboardWindow final : public QMainWindow
{
    Q_OBJECT
public:
    explicit DashboardWindow(QWidget *parent = nullptr);

    // The verified store and the policy whose SLAs the times are measured against. A null
    // report shows that no store is open. Recomputes for the current period.
    void setSource(std::shared_ptr<const audit::VerificationReport> report, std::shared_ptr<const policy::Policy> policy);
    // The main window's snapshot: its report when the store could be read, else nothing.
    static std::shared_ptr<const audit::VerificationReport> reportOf(std::shared_ptr<const StoreSnapshot> snapshot);

    void setPeriod(const DashboardPeriod &period);
    DashboardPeriod period() const;

    // The figures shown, once computed; nothing while the first computation runs.
    const std::optional<report::Dashboard> &dashboard() const { return m_dashboard; }
    bool isComputing() const { return m_computing; }
    Status exportCsv(const QString &path) const;

    DashboardView *view() const { return m_view; }
    PeriodChooser *periodChooser() const { return m_period; }
    QAction *exportAction() const { return m_export; }
    QString statusText() const;

signals:
    // The figures for the current source and period are on screen.
    void dashboardReady();

private:
    void recompute();
    void chooseExportFile();

    PeriodChooser *m_period = nullptr;
    DashboardView *m_view = nullptr;
    QAction *m_export = nullptr;
    QLabel *m_status = nullptr;
    std::shared_ptr<const audit::VerificationReport> m_report;
    std::shared_ptr<const policy::Policy> m_policy;
    std::optional<report::Dashboard> m_dashboard;
    int m_generation = 0;
    bool m_computing = false;
};

} // namespace cs::ui
