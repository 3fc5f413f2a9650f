#include "TeamPanels.h"

#include "audit/AuditTrailView.h"
#include "dashboard/DashboardWindow.h"
#include "decision/DecisionPanel.h"
#include "identity/RosterEditor.h"
#include "session/AuditSession.h"
#include "sync/SyncView.h"

#include <QAction>
#include <QDockWidget>
#include <QLabel>
#include <QMainWindow>
#include <QMenu>
#include <QStatusBar>

namespace cs::ui {

TeamPanels::TeamPanels(QMainWindow *window, AuditSession *session, std::shared_ptr<const policy::Policy> policy, QMenu *viewMenu)
    : QObject(window), m_window(window), m_session(session), m_policy(std::move(policy))
{
    m_trail = new AuditTrailView(window);
    m_sync = new SyncView(window);
    m_roster = new RosterEditor(session, window);
    m_trailDock = addDock(m_trail, tr("Audit trail"), QStringLiteral("auditTrailDock"), viewMenu);
    m_syncDock = addDock(m_sync, tr("Sync"), QStringLiteral("syncDock"), viewMenu);
    m_rosterDock = addDock(m_roster, tr("Roster"), QStringLiteral("rosterDock"), viewMenu);
    m_trailDock->toggleViewAction()->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_A));
    m_syncDock->toggleViewAction()->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_S));
    // The three share the bottom of the window as tabs; the review keeps its height.
    window->tabifyDockWidget(m_trailDock, m_syncDock);
    window->tabifyDockWidget(m_syncDock, m_rosterDock);

    QAction *dashboard = viewMenu->addAction(tr("Governance &dashboard"), this, &TeamPanels::showDashboard);
    dashboard->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_G));

    m_syncStatus = new QLabel(window);
    m_syncStatus->setAccessibleName(tr("Sync status"));
    window->statusBar()->addPermanentWidget(m_syncStatus);
    connect(m_sync, &SyncView::statusMessage, m_syncStatus, &QLabel::setText);
    connect(m_sync, &SyncView::storeChanged, session, &AuditSession::refresh);
    connect(session, &AuditSession::snapshotChanged, this, &TeamPanels::onSnapshotChanged);
    m_sync->setStorePath(session->storePath());
}

QDockWidget *TeamPanels::addDock(QWidget *content, const QString &title, const QString &objectName, QMenu *viewMenu)
{
    auto *dock = new QDockWidget(title, m_window);
    dock->setObjectName(objectName); // saveState() finds it by this name
    dock->setWidget(content);
    dock->setAllowedAreas(Qt::BottomDockWidgetArea | Qt::RightDockWidgetArea);
    m_window->addDockWidget(Qt::BottomDockWidgetArea, dock);
    dock->hide();
    viewMenu->addAction(dock->toggleViewAction());
    return dock;
}

void TeamPanels::setKnownIdentities(const std::vector<KnownIdentity> &identities)
{
    m_roster->setKnownIdentities(identities);
}

void TeamPanels::showDashboard()
{
    if (!m_dashboard) {
        m_dashboard = new DashboardWindow(m_window);
        m_dashboard->setWindowFlag(Qt::Window); // its own window, closed with the workbench
        m_dashboard->setSource(DashboardWindow::reportOf(m_session->snapshot()), m_policy);
    }
    m_dashboard->show();
    m_dashboard->raise();
    m_dashboard->activateWindow();
}

void TeamPanels::onSnapshotChanged()
{
    const auto snapshot = m_session->snapshot();
    m_sync->setStorePath(m_session->storePath());
    // The aliasing pointer shares the snapshot's lifetime: no copy of a large report.
    m_trail->setReport(snapshot && snapshot->error.isEmpty()
                           ? std::shared_ptr<const audit::VerificationReport>(snapshot, &snapshot->report)
                           : nullptr);
    if (m_dashboard)
        m_dashboard->setSource(DashboardWindow::reportOf(snapshot), m_policy);
}

} // namespace cs::ui
