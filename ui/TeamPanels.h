#pragma once

// The auditor's and team lead's panels of the workbench window: the audit trail, sync and the
// roster as docks beside the review, and the governance dashboard as a window of its own. All
// of them follow the window's audit store: a new snapshot reaches each one, and a sync round
// that stored entries makes the store read again.

#include <QObject>

#include <memory>

class QDockWidget;
class QMainWindow;
class QMenu;
class QLabel;

namespace cs::policy {
struct Policy;
}

namespace cs::ui {

class AuditSession;
class AuditTrailView;
class DashboardWindow;
class RosterEditor;
class SyncView;
struct KnownIdentity;

class TeamPanels final : public QObject
{
    Q_OBJECT
public:
    // Adds the docks (hidden) to `window` and their toggles to `viewMenu`.
    TeamPanels(QMainWindow *window, AuditSession *session, std::shared_ptr<const policy::Policy> policy, QMenu *viewMenu);

    void setKnownIdentities(const std::vector<KnownIdentity> &identities);
    void showDashboard();

    AuditTrailView *trailView() const { return m_trail; }
    SyncView *syncView() const { return m_sync; }
    RosterEditor *rosterEditor() const { return m_roster; }
    QDockWidget *trailDock() const { return m_trailDock; }
    QDockWidget *syncDock() const { return m_syncDock; }
    QDockWidget *rosterDock() const { return m_rosterDock; }
    DashboardWindow *dashboard() const { return m_dashboard; }
    QLabel *syncStatus() const { return m_syncStatus; }

private:
    void onSnapshotChanged();
    QDockWidget *addDock(QWidget *content, const QString &title, const QString &objectName, QMenu *viewMenu);

    QMainWindow *m_window;
    AuditSession *m_session;
    std::shared_ptr<const policy::Policy> m_policy;
    AuditTrailView *m_trail = nullptr;
    SyncView *m_sync = nullptr;
    RosterEditor *m_roster = nullptr;
    QDockWidget *m_trailDock = nullptr;
    QDockWidget *m_syncDock = nullptr;
    QDockWidget *m_rosterDock = nullptr;
    DashboardWindow *m_dashboard = nullptr; // made on first use
    QLabel *m_syncStatus = nullptr;
};

} // namespace cs::ui
