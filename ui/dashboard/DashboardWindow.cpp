#include "dashboard/DashboardWindow.h"

#include "dashboard/DashboardView.h"
#include "dashboard/PeriodChooser.h"
#include "session/AuditSession.h"
#include "session/WorkerPool.h"
#include "util/Clock.h"

#include <QAction>
#include <QFileDialog>
#include <QFutureWatcher>
#include <QLabel>
#include <QMessageBox>
#include <QSaveFile>
#include <QScrollArea>
#include <QStatusBar>
#include <QToolBar>
#include <QtConcurrent>

namespace cs::ui {

DashboardWindow::DashboardWindow(QWidget *parent) : QMainWindow(parent)
{
    setWindowTitle(tr("Governance dashboard"));
    auto *bar = addToolBar(tr("Dashboard"));
    bar->setObjectName(QStringLiteral("dashboardToolBar"));
    bar->setMovable(false);
    m_period = new PeriodChooser(bar);
    bar->addWidget(m_period);
    bar->addSeparator();
    m_export = bar->addAction(tr("&Export CSV\u2026"));
    m_export->setShortcut(QKeySequence::Save);
    m_export->setToolTip(tr("Save the figures shown as a CSV file"));
    m_export->setEnabled(false);

    auto *scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    m_view = new DashboardView(scroll);
    scroll->setWidget(m_view);
    setCentralWidget(scroll);
    m_status = new QLabel(this);
    statusBar()->addWidget(m_status, 1);
    m_status->setText(tr("No audit store is open."));
    m_view->setEnabled(false);

    connect(m_period, &PeriodChooser::periodChanged, this, &DashboardWindow::recompute);
    connect(m_export, &QAction::triggered, this, &DashboardWindow::chooseExportFile);
    resize(1200, 900);
}

std::shared_ptr<const audit::VerificationReport> DashboardWindow::reportOf(std::shared_ptr<const StoreSnapshot> snapshot)
{
    if (!snapshot || !snapshot->roster())
        return nullptr;
    // Shares the snapshot's lifetime: the report stays valid as long as the dashboard holds it.
    return {snapshot, &snapshot->report};
}

void DashboardWindow::setSource(std::shared_ptr<const audit::VerificationReport> report, std::shared_ptr<const policy::Policy> policy)
{
    m_report = std::move(report);
    m_policy = std::move(policy);
    recompute();
}

void DashboardWindow::setPeriod(const DashboardPeriod &period)
{
    m_period->setPeriod(period); // emits periodChanged, which recomputes
}

DashboardPeriod DashboardWindow::period() const
{
    return m_period->period();
}

QString DashboardWindow::statusText() const
{
    return m_status->text();
}

void DashboardWindow::recompute()
{
    const int generation = ++m_generation;
    if (!m_report || !m_policy || !m_report->m_roster) {
        m_computing = false;
        m_dashboard.reset();
        m_export->setEnabled(false);
        m_view->setEnabled(false);
        m_status->setText(tr("No audit store is open."));
        return;
    }
    m_computing = true;
    m_status->setText(tr("Computing the figures\u2026"));
    const PeriodRange range = periodRange(m_period->period(), nowMs());
    auto *watcher = new QFutureWatcher<report::Dashboard>(this);
    connect(watcher, &QFutureWatcher<report::Dashboard>::finished, this, [this, watcher, generation] {
        watcher->deleteLater();
        // A period or store chosen while this ran has started a newer computation; it wins.
        if (generation != m_generation)
            return;
        m_dashboard = watcher->result();
        m_computing = false;
        m_view->setDashboard(*m_dashboard);
        m_view->setEnabled(true);
        m_export->setEnabled(true);
        m_status->setText(m_report->clean() ? tr("Figures from the store's valid entries.")
                                            : tr("The store has verification problems; only valid entries are counted."));
        emit dashboardReady();
    });
    watcher->setFuture(QtConcurrent::run(workerPool(), [report = m_report, policy = m_policy, range] {
        return report::buildDashboard(*report, *policy, range.fromMs, range.toMs);
    }));
}

Status DashboardWindow::exportCsv(const QString &path) const
{
    if (!m_dashboard)
        return makeError(tr("There are no figures to export yet."));
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return makeError(tr("Cannot write %1: %2").arg(path, file.errorString()));
    const std::string csv = report::dashboardToCsv(*m_dashboard);
    file.write(csv.data(), static_cast<qint64>(csv.size()));
    if (!file.commit())
        return makeError(tr("Cannot write %1: %2").arg(path, file.errorString()));
    return Ok{};
}

void DashboardWindow::chooseExportFile()
{
    const QString path = QFileDialog::getSaveFileName(this, tr("Export the dashboard"), QStringLiteral("dashboard.csv"),
                                                      tr("CSV files (*.csv)"));
    if (path.isEmpty())
        return;
    if (const Status written = exportCsv(path); !written)
        QMessageBox::warning(this, tr("Export the dashboard"), written.errorMessage());
    else
        m_status->setText(tr("Exported to %1.").arg(path));
}

} // namespace cs::ui
