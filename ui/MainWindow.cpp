#include "MainWindow.h"

#include "TeamPanels.h"
#include "audit/InspectWindow.h"

#include "common/Style.h"
#include "common/Text.h"
#include "decision/DecisionPanel.h"
#include "policy/Policy.h"
#include "queue/InboxWatcher.h"
#include "queue/QueuePanel.h"
#include "queue/RequestQueueModel.h"
#include "review/Review.h"
#include "review/ReviewPage.h"
#include "session/AuditSession.h"
#include "session/ReviewLoader.h"
#include "session/WorkerPool.h"
#include "identity/IdentityDialog.h"
#include "settings/SettingsDialog.h"
#include "settings/WorkbenchSettings.h"
#include "sync/SyncView.h"
#include "audit/AuditTrailView.h"
#include "dashboard/DashboardWindow.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QDockWidget>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFutureWatcher>
#include <QLabel>
#include <QLineEdit>
#include <QRegularExpression>
#include <QElapsedTimer>
#include <QMenuBar>
#include <QMessageBox>
#include <QMimeData>
#include <QScrollArea>
#include <QSettings>
#include <QSplitter>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QTimer>
#include <QTreeView>
#include <QtConcurrent>

namespace cs::ui {

MainWindow::MainWindow(std::shared_ptr<const policy::Policy> policy, WorkbenchOptions options, QWidget *parent)
    : QMainWindow(parent), m_policy(std::move(policy)), m_options(std::move(options))
{
    setWindowTitle(m_options.demo ? tr("Countersign \u2014 DEMO (sample data, demo identities)") : tr("Countersign"));
    setWindowIcon(appIcon(QStringLiteral("countersign")));
    setAcceptDrops(true);

    m_session = new AuditSession(this);
    m_loader = new ReviewLoader(m_policy, this);
    m_inbox = new InboxWatcher(this);
    m_model = new RequestQueueModel(this);

    m_splitter = new QSplitter(Qt::Horizontal, this);
    m_splitter->setChildrenCollapsible(false);
    m_queue = new QueuePanel(m_model, m_splitter);
    m_review = new ReviewPage(m_policy, m_splitter);
    m_decision = new DecisionPanel(m_session, m_splitter);
    m_queue->setMinimumWidth(320);
    m_decision->setMinimumWidth(300);
    m_splitter->addWidget(m_queue);
    m_splitter->addWidget(m_review);
    m_splitter->addWidget(m_decision);
    m_splitter->setStretchFactor(0, 2);
    m_splitter->setStretchFactor(1, 5);
    m_splitter->setStretchFactor(2, 2);
    setCentralWidget(m_splitter);
    m_status = new QLabel(this);
    statusBar()->addWidget(m_status, 1);

    connect(m_inbox, &InboxWatcher::packageFound, this, &MainWindow::addPackage);
    connect(m_loader, &ReviewLoader::finished, this, &MainWindow::onLoaded);
    connect(m_loader, &ReviewLoader::progress, m_review, &ReviewPage::showProgress);
    connect(m_loader, &ReviewLoader::busyChanged, this, [this](int jobs) {
        m_status->setText(jobs ? tr("Reviewing %n package(s)\u2026", nullptr, jobs) : m_idleMessage);
    });
    connect(m_queue, &QueuePanel::currentChanged, this, &MainWindow::showCurrent);
    connect(m_review, &ReviewPage::cancelRequested, m_loader, &ReviewLoader::cancel);
    connect(m_session, &AuditSession::snapshotChanged, this, &MainWindow::onSnapshotChanged);

    createActions();
    m_team = new TeamPanels(this, m_session, m_policy, m_viewMenu);
    restoreLayout();
    if (m_options.demo) {
        // The title bar is not always visible (full screen, screenshots); the mark stays in view.
        auto *mark = new QLabel(tr("  DEMO \u2014 sample data, demo identities  "), this);
        mark->setStyleSheet(QStringLiteral("QLabel { background: #ef6c00; color: white; font-weight: bold; border-radius: 3px; }"));
        mark->setAccessibleName(tr("Demo mode"));
        menuBar()->setCornerWidget(mark, Qt::TopRightCorner);
    }

    if (m_options.demo) {
        startDemo();
    } else {
        if (!m_options.storePath.isEmpty())
            setStorePath(m_options.storePath);
        for (const QString &inbox : std::as_const(m_options.inboxes))
            addInbox(inbox);
        // Screenshots and tests start from nothing saved; a reviewer's workbench from where they left it.
        if (m_options.rememberLayout) {
            applySettings(WorkbenchSettings::load(QSettings()), true);
            connect(m_team->syncView(), &SyncView::targetChanged, this, [](const SyncTarget &target) {
                QSettings qs;
                WorkbenchSettings saved = WorkbenchSettings::load(qs);
                saved.sync = target;
                saved.save(qs);
            });
        }
    }
    for (const QString &p : std::as_const(m_options.packages))
        addPackage(p);
    if (!m_options.screenshotDir.isEmpty())
        QTimer::singleShot(0, this, &MainWindow::runScreenshots);
}

MainWindow::~MainWindow()
{
    m_loader->cancelAll();
}

void MainWindow::createActions()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    QAction *open = file->addAction(appIcon(QStringLiteral("open")), tr("&Open package\u2026"), this, &MainWindow::openPackageDialog);
    open->setShortcut(QKeySequence::Open);
    file->addAction(tr("Add &inbox folder\u2026"), this, &MainWindow::addInboxDialog);
    file->addAction(tr("Open audit &store\u2026"), this, &MainWindow::openStoreDialog);
    file->addAction(tr("&Inspect audit store (read-only)\u2026"), this, &MainWindow::inspectStoreDialog);
    file->addSeparator();
    file->addAction(tr("&Identities\u2026"), this, &MainWindow::identityDialog);
    QAction *preferences = file->addAction(tr("S&ettings\u2026"), this, &MainWindow::settingsDialog);
    preferences->setShortcut(QKeySequence::Preferences);
    file->addSeparator();
    QAction *quit = file->addAction(tr("&Quit"), this, &QWidget::close);
    quit->setShortcut(QKeySequence::Quit);

    m_viewMenu = menuBar()->addMenu(tr("&View"));
    QMenu *go = menuBar()->addMenu(tr("&Go"));
    QAction *next = go->addAction(tr("&Next request"), this, [this] { m_queue->selectNext(1); });
    next->setShortcuts({QKeySequence(Qt::CTRL | Qt::Key_Down), QKeySequence(Qt::Key_F8)});
    QAction *prev = go->addAction(tr("&Previous request"), this, [this] { m_queue->selectNext(-1); });
    prev->setShortcuts({QKeySequence(Qt::CTRL | Qt::Key_Up), QKeySequence(Qt::SHIFT | Qt::Key_F8)});
    go->addSeparator();
    QAction *nextSection = go->addAction(tr("Next &section"), m_review, &ReviewPage::nextSection);
    nextSection->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_PageDown));
    QAction *prevSection = go->addAction(tr("Previous s&ection"), m_review, &ReviewPage::previousSection);
    prevSection->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_PageUp));
    const std::pair<SectionId, Qt::Key> jumps[] = {
        {SectionId::Header, Qt::Key_1},      {SectionId::Findings, Qt::Key_2}, {SectionId::Performance, Qt::Key_3},
        {SectionId::Fairness, Qt::Key_4},    {SectionId::Explainability, Qt::Key_5}, {SectionId::Drift, Qt::Key_6},
        {SectionId::Impact, Qt::Key_7},      {SectionId::Cost, Qt::Key_8},     {SectionId::Manifest, Qt::Key_9},
    };
    QMenu *sections = go->addMenu(tr("&Jump to section"));
    for (const auto &[id, key] : jumps) {
        const SectionId target = id;
        QAction *a = sections->addAction(sectionTitle(id), this, [this, target] { m_review->scrollToSection(target); });
        a->setShortcut(QKeySequence(Qt::ALT | key));
    }
    go->addSeparator();
    QAction *focusQueue = go->addAction(tr("&Filter the queue"), this, [this] { m_queue->searchField()->setFocus(); });
    focusQueue->setShortcut(QKeySequence::Find);
    QAction *focusDecision = go->addAction(tr("&Decide"), this, [this] { m_decision->setFocus(Qt::ShortcutFocusReason); });
    focusDecision->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_D));
}

void MainWindow::restoreLayout()
{
    resize(1600, 980);
    if (!m_options.rememberLayout)
        return;
    QSettings settings;
    restoreGeometry(settings.value(QStringLiteral("window/geometry")).toByteArray());
    restoreState(settings.value(QStringLiteral("window/state")).toByteArray());
    if (!m_splitter->restoreState(settings.value(QStringLiteral("window/splitter")).toByteArray()))
        m_splitter->setSizes({460, 840, 340});
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    if (m_options.rememberLayout) {
        QSettings settings;
        settings.setValue(QStringLiteral("window/geometry"), saveGeometry());
        settings.setValue(QStringLiteral("window/state"), saveState());
        settings.setValue(QStringLiteral("window/splitter"), m_splitter->saveState());
        if (!m_options.demo) {
            WorkbenchSettings saved = WorkbenchSettings::load(settings);
            saved.inboxes = m_inbox->inboxes();
            saved.save(settings);
        }
    }
    m_loader->cancelAll();
    QMainWindow::closeEvent(event);
}

void MainWindow::startDemo()
{
    DemoOptions options;
    options.samplesDir = resourcesDir() + QStringLiteral("/samples");
    options.identityDir = m_options.demoIdentityDir;
    if (options.identityDir.isEmpty())
        options.identityDir = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + QStringLiteral("/demo-identities");
    options.storeDir = m_options.demoStoreDir;
    if (options.storeDir.isEmpty()) {
        m_demoDir = std::make_unique<QTemporaryDir>(QDir::tempPath() + QStringLiteral("/countersign-demo-XXXXXX"));
        options.storeDir = m_demoDir->path();
    }
    options.fastKeysForTests = m_options.fastDemoKeysForTests;
    m_status->setText(tr("Preparing the demo: identities, roster and sample receipts\u2026"));
    auto *watcher = new QFutureWatcher<std::shared_ptr<Result<DemoEnvironment>>>(this);
    connect(watcher, &QFutureWatcher<std::shared_ptr<Result<DemoEnvironment>>>::finished, this, [this, watcher] {
        auto result = watcher->result();
        watcher->deleteLater();
        if (!result->ok()) {
            m_status->setText(tr("The demo could not be prepared: %1").arg(result->errorMessage()));
            emit demoPrepared(false);
            return;
        }
        m_demoEnv = result->value();
        std::vector<KnownIdentity> known;
        for (const auto &person : m_demoEnv.identities) {
            QStringList roles;
            for (const auto &r : person.roles)
                roles.append(roleTitle(r));
            known.push_back({tr("%1 (%2)").arg(person.name, roles.join(QStringLiteral(", "))), person.keyFile});
        }
        setKnownIdentities(known);
        setStorePath(m_demoEnv.storePath);
        addInbox(resourcesDir() + QStringLiteral("/samples"));
        addInbox(m_demoEnv.inboxDir);
        m_demoReady = true;
        m_idleMessage = tr("Demo ready. Passphrase for every demo identity: \u201c%1\u201d. Drop packages into %2")
                            .arg(QString::fromLatin1(kDemoPassphrase), m_demoEnv.inboxDir);
        m_status->setText(m_idleMessage);
        emit demoPrepared(true);
    });
    watcher->setFuture(QtConcurrent::run(workerPool(), [options] { return std::make_shared<Result<DemoEnvironment>>(prepareDemo(options)); }));
}

void MainWindow::setStorePath(const QString &path)
{
    m_session->setStorePath(path);
}

void MainWindow::addInbox(const QString &folder)
{
    m_inbox->addInbox(folder);
}

void MainWindow::addPackage(const QString &path)
{
    const QString absolute = QFileInfo(path).absoluteFilePath();
    const int row = m_model->addLoading(absolute);
    m_loader->load(absolute);
    if (m_queue->currentSourceRow() < 0)
        m_queue->selectSourceRow(row);
    else if (m_queue->currentSourceRow() == row)
        showCurrent();
}

bool MainWindow::selectPackage(const QString &path)
{
    const int row = m_model->rowOf(QFileInfo(path).absoluteFilePath());
    if (row < 0)
        return false;
    m_queue->selectSourceRow(row);
    return m_queue->currentSourceRow() == row;
}

void MainWindow::onLoaded(const LoadOutcome &outcome)
{
    if (outcome.review)
        m_model->setReady(outcome.path, outcome.review);
    else
        m_model->setFailed(outcome.path, outcome.cancelled ? tr("loading cancelled") : outcome.error);
    if (m_queue->currentSourceRow() == m_model->rowOf(outcome.path))
        showCurrent();
}

void MainWindow::showCurrent()
{
    const int row = m_queue->currentSourceRow();
    const QueueEntry *e = m_model->entry(row);
    if (!e) {
        m_review->showPlaceholder(tr("Select a request in the queue."));
        m_decision->setRequest(nullptr);
        return;
    }
    switch (e->load) {
    case QueueEntry::Load::Loading: m_review->showLoading(e->path); break;
    case QueueEntry::Load::Failed: m_review->showError(e->path, e->error); break;
    case QueueEntry::Load::Ready: m_review->showReview(e->review, m_model->status(row), m_session->hasStore()); break;
    }
    m_decision->setRequest(e->review);
}

void MainWindow::onSnapshotChanged()
{
    const auto snapshot = m_session->snapshot();
    m_model->setSnapshot(snapshot);
    const int row = m_queue->currentSourceRow();
    if (m_model->entry(row) && m_model->entry(row)->review)
        m_review->setStatus(m_model->status(row), m_session->hasStore());
    m_decision->refresh();
    if (snapshot && !snapshot->error.isEmpty())
        m_status->setText(tr("Audit store: %1").arg(snapshot->error));
}

void MainWindow::openPackageDialog()
{
    const QStringList files = QFileDialog::getOpenFileNames(this, tr("Open package"), QString(),
                                                            tr("Packages (manifest.json *.zip *.tar.gz *.tgz)"));
    for (const QString &f : files)
        addPackage(QFileInfo(f).fileName() == QStringLiteral("manifest.json") ? QFileInfo(f).absolutePath() : f);
}

void MainWindow::openStoreDialog()
{
    const QString file = QFileDialog::getOpenFileName(this, tr("Open audit store"), QString(), tr("Audit stores (*.db);;All files (*)"));
    if (!file.isEmpty())
        setStorePath(file);
}

void MainWindow::inspectStoreDialog()
{
    const QString file =
        QFileDialog::getOpenFileName(this, tr("Inspect audit store (read-only)"), QString(), tr("Audit stores (*.db);;All files (*)"));
    if (!file.isEmpty())
        InspectWindow::open(file, this);
}

void MainWindow::identityDialog()
{
    auto *dialog = new IdentityDialog(this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->show();
}

void MainWindow::settingsDialog()
{
    QSettings settings;
    const WorkbenchSettings before = WorkbenchSettings::load(settings);
    const auto after = SettingsDialog::edit(settings, this);
    if (!after)
        return;
    applySettings(*after, false);
    if (after->policyFile != before.policyFile || after->language != before.language)
        m_status->setText(tr("The new policy file or language takes effect when Countersign starts again."));
}

void MainWindow::applySettings(const WorkbenchSettings &settings, bool starting)
{
    for (const QString &inbox : settings.inboxes) {
        if (!m_inbox->inboxes().contains(inbox))
            addInbox(inbox);
    }
    // A store named on the command line wins over the saved one, at start only.
    if (!settings.storeFile.isEmpty() && (!starting || m_options.storePath.isEmpty()) && settings.storeFile != m_session->storePath())
        setStorePath(settings.storeFile);
    if (!settings.identityKeyFile.isEmpty())
        setKnownIdentities({{QFileInfo(settings.identityKeyFile).completeBaseName(), settings.identityKeyFile}});
    m_team->syncView()->setTarget(settings.sync);
}

void MainWindow::setKnownIdentities(const std::vector<KnownIdentity> &identities)
{
    m_decision->setKnownIdentities(identities);
    m_team->setKnownIdentities(identities);
}

void MainWindow::addInboxDialog()
{
    const QString dir = QFileDialog::getExistingDirectory(this, tr("Add inbox folder"));
    if (!dir.isEmpty())
        addInbox(dir);
}

void MainWindow::dragEnterEvent(QDragEnterEvent *event)
{
    if (event->mimeData()->hasUrls())
        event->acceptProposedAction();
}

void MainWindow::dropEvent(QDropEvent *event)
{
    const auto urls = event->mimeData()->urls();
    for (const QUrl &url : urls) {
        if (!url.isLocalFile())
            continue;
        const QFileInfo info(url.toLocalFile());
        addPackage(info.fileName() == QStringLiteral("manifest.json") ? info.absolutePath() : info.absoluteFilePath());
    }
    event->acceptProposedAction();
}

void MainWindow::runScreenshots()
{
    // Waits for the demo and every review, then walks the red sample section by section.
    auto *timer = new QTimer(this);
    auto started = std::make_shared<QElapsedTimer>();
    started->start();
    const QString dir = m_options.screenshotDir;
    QDir().mkpath(dir);
    resize(1680, 1050);
    m_splitter->setSizes({500, 880, 300});
    connect(timer, &QTimer::timeout, this, [this, timer, started, dir] {
        const bool ready = (!m_options.demo || m_demoReady) && m_loader->runningJobs() == 0 && m_model->rowCount() > 0
                           && (!m_session->hasStore() || m_session->snapshot());
        if (!ready) {
            if (started->elapsed() > 180000) {
                timer->stop();
                QApplication::exit(1);
            }
            return;
        }
        timer->stop();
        QStringList written;
        const auto shoot = [&](const QString &name) {
            QApplication::processEvents();
            const QString file = QDir(dir).filePath(name + QStringLiteral(".png"));
            if (grab().save(file))
                written.append(file);
        };
        int red = -1;
        for (int r = 0; r < m_model->rowCount(); ++r) {
            if (m_model->entry(r)->path.endsWith(QStringLiteral("credit-limit-red")))
                red = r;
        }
        m_queue->selectSourceRow(red >= 0 ? red : 0);
        shoot(QStringLiteral("00-queue"));
        int n = 1;
        for (Section *s : m_review->sections()) {
            m_review->scrollToSection(s->id());
            shoot(QStringLiteral("%1-%2").arg(n++, 2, 10, QLatin1Char('0')).arg(sectionTitle(s->id()).toLower().replace(QRegularExpression(QStringLiteral("[^a-z]+")), QStringLiteral("-"))));
        }
        // The auditor's and team lead's views of the same demo store.
        const auto settle = [](const std::function<bool()> &busy) {
            QElapsedTimer waited;
            waited.start();
            while (busy() && waited.elapsed() < 30000)
                QApplication::processEvents(QEventLoop::AllEvents, 50);
        };
        m_review->scrollToSection(SectionId::Header);
        m_team->trailDock()->show();
        m_team->trailDock()->raise();
        resizeDocks({m_team->trailDock()}, {430}, Qt::Vertical);
        settle([this] { return m_team->trailView()->isBuilding(); });
        if (red >= 0 && m_model->entry(red)->review)
            m_team->trailView()->showRequest(m_model->entry(red)->review->manifest.id);
        shoot(QStringLiteral("20-audit-trail"));
        m_team->syncDock()->show();
        m_team->syncDock()->raise();
        shoot(QStringLiteral("21-sync"));
        m_team->trailDock()->hide();
        m_team->syncDock()->hide();
        m_team->rosterDock()->hide();
        m_team->showDashboard();
        m_team->dashboard()->resize(1400, 1000);
        settle([this] { return m_team->dashboard()->isComputing(); });
        QApplication::processEvents();
        const QString dashboardFile = QDir(dir).filePath(QStringLiteral("22-dashboard.png"));
        if (m_team->dashboard()->grab().save(dashboardFile))
            written.append(dashboardFile);
        for (const QString &f : std::as_const(written))
            std::printf("%s\n", qPrintable(f));
        QApplication::exit(written.isEmpty() ? 1 : 0);
    });
    timer->start(100);
}

} // namespace cs::ui
