#pragma once

// The workbench window: the queue on the left, the one-view review in the centre, the
// decision on the right. It wires the session objects (loader, store, inbox watcher) to the
// views and owns nothing that does real work on the UI thread.

#include "session/DemoSetup.h"

#include <QMainWindow>

#include <memory>
#include <vector>

class QLabel;
class QMenu;
class QSplitter;
class QTemporaryDir;

namespace cs::policy {
struct Policy;
}

namespace cs::ui {

class AuditSession;
class DecisionPanel;
class InboxWatcher;
class QueuePanel;
class RequestQueueModel;
class ReviewLoader;
class ReviewPage;
class TeamPanels;
struct LoadOutcome;
struct WorkbenchSettings;
struct KnownIdentity;

struct WorkbenchOptions
{
    bool demo = false;
    QString storePath;
    QStringList inboxes;
    QStringList packages;
    QString screenshotDir;  // render screenshots there and quit
    QString demoIdentityDir; // default: app data folder
    QString demoStoreDir;    // default: a fresh temporary folder
    bool fastDemoKeysForTests = false;
    bool rememberLayout = true;
};

class MainWindow final : public QMainWindow
{
    Q_OBJECT
public:
    MainWindow(std::shared_ptr<const policy::Policy> policy, WorkbenchOptions options, QWidget *parent = nullptr);
    ~MainWindow() override;

    void addPackage(const QString &path);
    void addInbox(const QString &folder);
    void setStorePath(const QString &path);

    RequestQueueModel *queueModel() const { return m_model; }
    QueuePanel *queuePanel() const { return m_queue; }
    ReviewPage *reviewPage() const { return m_review; }
    DecisionPanel *decisionPanel() const { return m_decision; }
    AuditSession *session() const { return m_session; }
    TeamPanels *teamPanels() const { return m_team; }
    ReviewLoader *loader() const { return m_loader; }
    InboxWatcher *inboxWatcher() const { return m_inbox; }
    bool demoReady() const { return m_demoReady; }
    const DemoEnvironment &demoEnvironment() const { return m_demoEnv; }
    // Selects the queue row of `path` (shows its review).
    bool selectPackage(const QString &path);

signals:
    void demoPrepared(bool ok);

protected:
    void closeEvent(QCloseEvent *event) override;
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dropEvent(QDropEvent *event) override;

private:
    void createActions();
    void startDemo();
    void onLoaded(const LoadOutcome &outcome);
    void showCurrent();
    void onSnapshotChanged();
    void openPackageDialog();
    void openStoreDialog();
    void addInboxDialog();
    void inspectStoreDialog();
    void settingsDialog();
    void identityDialog();
    // Store, identity, inboxes and sync target from the saved settings (not in demo mode).
    void applySettings(const WorkbenchSettings &settings, bool starting);
    void setKnownIdentities(const std::vector<KnownIdentity> &identities);
    void runScreenshots();
    void restoreLayout();

    std::shared_ptr<const policy::Policy> m_policy;
    WorkbenchOptions m_options;
    AuditSession *m_session = nullptr;
    ReviewLoader *m_loader = nullptr;
    InboxWatcher *m_inbox = nullptr;
    RequestQueueModel *m_model = nullptr;
    QueuePanel *m_queue = nullptr;
    ReviewPage *m_review = nullptr;
    DecisionPanel *m_decision = nullptr;
    TeamPanels *m_team = nullptr;
    QMenu *m_viewMenu = nullptr;
    QSplitter *m_splitter = nullptr;
    QLabel *m_status = nullptr;
    std::unique_ptr<QTemporaryDir> m_demoDir;
    DemoEnvironment m_demoEnv;
    bool m_demoReady = false;
    QString m_idleMessage; // what the status bar says when nothing is running
};

} // namespace cs::ui
