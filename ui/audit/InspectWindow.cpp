#include "audit/InspectWindow.h"

#include "audit/AuditStore.h"
#include "audit/AuditTrail.h"
#include "audit/AuditTrailView.h"
#include "audit/Verification.h"
#include "audit/VerificationBanner.h"
#include "common/Style.h"
#include "session/WorkerPool.h"
#include "util/Clock.h"

#include <QAction>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFutureWatcher>
#include <QMenuBar>
#include <QPromise>
#include <QStatusBar>
#include <QToolBar>
#include <QVBoxLayout>
#include <QtConcurrent>

#include <climits>

namespace cs::ui {

namespace {

struct Inspection
{
    QString error;
    std::shared_ptr<const audit::VerificationReport> report;
    std::shared_ptr<const AuditTrail> trail;
};

// Runs on a worker thread from start to end: the store's SQLite connection belongs to the
// thread that opened it, so it is opened, read and closed here. Opening read-only is the same
// core path `countersign-cli inspect` takes (immutable=1; a store with a -wal is read from a
// private copy).
void inspect(QPromise<Inspection> &promise, const QString &path, std::int64_t nowMs, std::optional<audit::PublicKey> expectedAnchor)
{
    Inspection out;
    auto store = audit::AuditStore::open(path, audit::AuditStore::Access::ReadOnly);
    if (!store) {
        out.error = store.errorMessage();
        promise.addResult(std::move(out));
        return;
    }
    // Called from the core's pool threads; QPromise forwards progress to the window queued.
    auto progress = [&promise](std::size_t done, std::size_t total) {
        promise.setProgressRange(0, static_cast<int>(std::min<std::size_t>(total, INT_MAX)));
        promise.setProgressValue(static_cast<int>(std::min<std::size_t>(done, INT_MAX)));
    };
    auto verified = audit::verifyStore(**store, nowMs, progress);
    store->reset();
    if (!verified) {
        out.error = verified.errorMessage();
        promise.addResult(std::move(out));
        return;
    }
    if (expectedAnchor)
        audit::checkExpectedAnchor(*verified, *expectedAnchor);
    auto report = std::make_shared<const audit::VerificationReport>(std::move(verified).value());
    out.trail = buildAuditTrail(report);
    out.report = std::move(report);
    promise.addResult(std::move(out));
}

struct ExportOutcome
{
    bool ok = false;
    QString message;
};

} // namespace

InspectWindow::InspectWindow(const QString &path, QWidget *parent, std::optional<audit::PublicKey> expectedAnchor)
    : QMainWindow(parent), m_path(path), m_expectedAnchor(std::move(expectedAnchor))
{
    setWindowFlag(Qt::Window);
    setWindowIcon(appIcon(QStringLiteral("countersign")));
    setWindowTitle(tr("%1 (read-only) – Countersign inspection").arg(QFileInfo(path).fileName()));

    auto *central = new QWidget(this);
    auto *layout = new QVBoxLayout(central);
    m_banner = new VerificationBanner(central);
    m_trail = new AuditTrailView(central);
    layout->addWidget(m_banner);
    layout->addWidget(m_trail, 1);
    setCentralWidget(central);
    connect(m_banner, &VerificationBanner::problemActivated, this, &InspectWindow::problemActivated);

    QMenu *file = menuBar()->addMenu(tr("&File"));
    QToolBar *tools = addToolBar(tr("Export"));
    tools->setObjectName(QStringLiteral("exportToolBar"));
    tools->setMovable(false);
    const std::pair<ReportFormat, QString> formats[] = {{ReportFormat::Html, tr("Export report as &HTML…")},
                                                        {ReportFormat::Pdf, tr("Export report as &PDF…")},
                                                        {ReportFormat::Json, tr("Export report as &JSON…")}};
    for (const auto &[format, text] : formats) {
        auto *action = file->addAction(text);
        action->setData(static_cast<int>(format));
        connect(action, &QAction::triggered, this, [this, f = format] { chooseExport(f); });
        tools->addAction(action);
        m_exportActions.append(action);
    }
    file->addSeparator();
    QAction *close = file->addAction(tr("&Close"));
    close->setShortcut(QKeySequence::Close);
    connect(close, &QAction::triggered, this, &QWidget::close);

    statusBar()->showMessage(tr("Opened read-only: nothing is written to or beside %1.").arg(QDir::toNativeSeparators(path)));
    resize(1400, 860);
    startVerification();
}

InspectWindow::~InspectWindow() = default;

InspectWindow *InspectWindow::open(const QString &path, QWidget *parent, std::optional<audit::PublicKey> expectedAnchor)
{
    auto *window = new InspectWindow(path, parent, std::move(expectedAnchor));
    window->setAttribute(Qt::WA_DeleteOnClose);
    window->show();
    return window;
}

void InspectWindow::startVerification()
{
    m_verifying = true;
    updateActions();
    m_banner->showProgress(0, 0);
    auto *watcher = new QFutureWatcher<Inspection>(this);
    connect(watcher, &QFutureWatcher<Inspection>::progressValueChanged, this,
            [this, watcher](int value) { m_banner->showProgress(value, watcher->progressMaximum()); });
    connect(watcher, &QFutureWatcher<Inspection>::finished, this, [this, watcher] {
        Inspection result = watcher->result();
        watcher->deleteLater();
        m_verifying = false;
        if (!result.error.isEmpty()) {
            m_error = result.error;
            m_banner->showError(result.error);
            updateActions();
            emit verificationFinished(false);
            return;
        }
        m_report = std::move(result.report);
        m_banner->showReport(*m_report);
        m_trail->setTrail(std::move(result.trail));
        updateActions();
        emit verificationFinished(true);
    });
    watcher->setFuture(QtConcurrent::run(workerPool(), &inspect, m_path, nowMs(), m_expectedAnchor));
}

void InspectWindow::updateActions()
{
    for (QAction *action : std::as_const(m_exportActions))
        action->setEnabled(m_report && !m_exporting);
}

void InspectWindow::problemActivated(const QString &entryId)
{
    if (!m_trail->selectEntry(entryId.toStdString()))
        statusBar()->showMessage(tr("Entry %1 is not in this store: the problem names an entry another feed had seen.").arg(entryId));
}

void InspectWindow::chooseExport(ReportFormat format)
{
    const QString suffix = reportFormatSuffix(format);
    const QString suggested = QFileInfo(m_path).dir().filePath(QFileInfo(m_path).completeBaseName() + QStringLiteral("-audit.") + suffix);
    const QString path = QFileDialog::getSaveFileName(this, tr("Export audit report"), suggested,
                                                      tr("%1 files (*.%2)").arg(suffix.toUpper(), suffix));
    if (!path.isEmpty())
        exportReport(format, path);
}

bool InspectWindow::exportReport(ReportFormat format, const QString &path)
{
    if (!m_report || m_exporting)
        return false;
    m_exporting = true;
    updateActions();
    statusBar()->showMessage(tr("Exporting %1…").arg(QDir::toNativeSeparators(path)));
    auto *watcher = new QFutureWatcher<ExportOutcome>(this);
    connect(watcher, &QFutureWatcher<ExportOutcome>::finished, this, [this, watcher] {
        const ExportOutcome outcome = watcher->result();
        watcher->deleteLater();
        m_exporting = false;
        updateActions();
        statusBar()->showMessage(outcome.message);
        emit exportFinished(outcome.ok, outcome.message);
    });
    watcher->setFuture(QtConcurrent::run(workerPool(), [report = m_report, format, path, now = nowMs()] {
        auto written = writeAuditReport(*report, format, path, now);
        return written ? ExportOutcome{true, *written} : ExportOutcome{false, written.errorMessage()};
    }));
    return true;
}

} // namespace cs::ui
