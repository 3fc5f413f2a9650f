#include "sync/SyncView.h"

#include "charts/DataTable.h"
#include "session/WorkerPool.h"
#include "sync/SyncTargetEditor.h"

#include <QFutureWatcher>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QTimer>
#include <QVBoxLayout>
#include <QtConcurrent>

#include <algorithm>
#include <map>

namespace cs::ui {

namespace {

constexpr std::size_t kRoundsShown = 50;
const QColor kFailedColor(0xc6, 0x28, 0x28);

QString timeText(const QDateTime &when)
{
    return when.toString(QStringLiteral("yyyy-MM-dd HH:mm:ss"));
}

// "Bundle refused: torn or damaged bundle (2); signature does not verify (1)": the distinct
// reasons, so a round with many refusals of one kind stays one readable line.
QString reasonSummary(const std::vector<audit::SyncRefusal> &refused)
{
    std::map<std::string, int> counts;
    std::vector<std::string> order;
    for (const auto &r : refused) {
        if (counts[r.reason]++ == 0)
            order.push_back(r.reason);
    }
    QStringList parts;
    for (const auto &reason : order)
        parts.append(QStringLiteral("%1 (%2)").arg(QString::fromStdString(reason)).arg(counts[reason]));
    return parts.join(QStringLiteral("; "));
}

// "feeds/c2cd6f846e7abcd1…/1-1.bundle": an author key is 64 hex digits, which would push the
// reason out of sight; the tooltip keeps the whole path.
QString shortSource(const QString &source)
{
    QStringList parts = source.split(QLatin1Char('/'));
    for (QString &part : parts) {
        if (part.size() > 20)
            part = part.left(16) + QStringLiteral("\u2026");
    }
    return parts.join(QLatin1Char('/'));
}

// A panel, not a chart's side table: the last column (details, reasons) takes the room that is
// left and elides what does not fit; its tooltip has it all.
void fillWidth(DataTable *table)
{
    table->setMaximumWidth(QWIDGETSIZE_MAX);
    // Long paths elide (the tooltip has them) rather than push the last column out of sight.
    constexpr int kWidestColumn = 240;
    for (int c = 0; c + 1 < table->columnCount(); ++c)
        table->setColumnWidth(c, std::min(table->columnWidth(c), kWidestColumn));
    if (table->columnCount() > 0)
        table->horizontalHeader()->setSectionResizeMode(table->columnCount() - 1, QHeaderView::Stretch);
}

QString refusalLines(const std::vector<audit::SyncRefusal> &refused)
{
    QStringList lines;
    for (const auto &r : refused)
        lines.append(QString::fromStdString(r.source) + QStringLiteral(": ") + QString::fromStdString(r.reason));
    return lines.join(QLatin1Char('\n'));
}

} // namespace

SyncView::SyncView(QWidget *parent) : QWidget(parent)
{
    buildUi();
    showRounds();
    showLog({});
    updateEnabled();
}

void SyncView::buildUi()
{
    auto *layout = new QVBoxLayout(this);

    auto *targetBox = new QGroupBox(tr("Sync target"), this);
    auto *boxLayout = new QVBoxLayout(targetBox);
    m_editor = new SyncTargetEditor(targetBox);
    boxLayout->addWidget(m_editor);
    layout->addWidget(targetBox);

    auto *actions = new QHBoxLayout;
    m_syncNow = new QPushButton(tr("Sync &now"), this);
    m_message = new QLabel(this);
    m_message->setWordWrap(true);
    m_message->setTextInteractionFlags(Qt::TextSelectableByMouse);
    actions->addWidget(m_syncNow);
    actions->addWidget(m_message, 1);
    layout->addLayout(actions);

    layout->addWidget(new QLabel(tr("<b>Last rounds</b>"), this));
    m_roundsTable = new DataTable(this);
    layout->addWidget(m_roundsTable, 1);
    layout->addWidget(new QLabel(tr("<b>Refusals on record</b> (the store's sync log, newest first)"), this));
    m_refusalsTable = new DataTable(this);
    layout->addWidget(m_refusalsTable, 1);

    m_timer = new QTimer(this);
    connect(m_timer, &QTimer::timeout, this, &SyncView::onTimer);
    connect(m_syncNow, &QPushButton::clicked, this, &SyncView::syncNow);
    connect(m_editor, &SyncTargetEditor::edited, this, &SyncView::onEdited);
}

void SyncView::setStorePath(const QString &path)
{
    if (path == m_storePath)
        return;
    m_storePath = path;
    loadLog();
}

void SyncView::setTarget(const SyncTarget &target)
{
    m_editor->setTarget(target);
    m_target = target;
    updateEnabled();
    restartTimer();
}

void SyncView::onEdited(const SyncTarget &target)
{
    const bool timing = target.kind != m_target.kind || target.intervalMinutes != m_target.intervalMinutes;
    m_target = target;
    updateEnabled();
    if (timing)
        restartTimer();
    emit targetChanged(m_target);
}

void SyncView::updateEnabled()
{
    m_syncNow->setEnabled(!m_running && m_target.isSet());
}

void SyncView::restartTimer()
{
    if (m_target.kind != SyncTarget::Kind::None && m_target.intervalMinutes > 0)
        m_timer->start(m_target.intervalMinutes * 60 * 1000);
    else
        m_timer->stop();
}

void SyncView::onTimer()
{
    // A round still running (a slow share) is not queued twice.
    if (!m_running && m_target.isSet() && !m_storePath.isEmpty())
        start(false);
}

void SyncView::syncNow()
{
    start(true);
}

void SyncView::start(bool mayAsk)
{
    if (m_running)
        return;
    if (!m_target.isSet()) {
        setMessage(QStringLiteral("<span style=\"color:#c62828\">%1</span>").arg(tr("Choose a sync target first.")));
        return;
    }
    if (m_storePath.isEmpty()) {
        setMessage(QStringLiteral("<span style=\"color:#c62828\">%1</span>").arg(tr("No audit store is open.")));
        return;
    }
    QString password;
    if (m_target.kind == SyncTarget::Kind::Postgres && !resolvePassword(mayAsk, &password))
        return;
    m_running = true;
    updateEnabled();
    setMessage(tr("Syncing with %1\u2026").arg(m_target.display().toHtmlEscaped()));
    auto *watcher = new QFutureWatcher<SyncJobResult>(this);
    connect(watcher, &QFutureWatcher<SyncJobResult>::finished, this, [this, watcher] {
        finishRound(watcher->result());
        watcher->deleteLater();
    });
    watcher->setFuture(QtConcurrent::run(workerPool(), &runSyncJob, m_storePath, m_target, password));
}

bool SyncView::resolvePassword(bool mayAsk, QString *password)
{
    m_roundUsesAskedPassword = false;
    // A password in the URL is the core's to read; it stays in memory with the URL.
    if (urlHasPassword(m_target.postgresUrl))
        return true;
    if (!m_target.passwordEnv.isEmpty()) {
        const QByteArray name = m_target.passwordEnv.toLocal8Bit();
        if (!qEnvironmentVariableIsSet(name.constData())) {
            setMessage(
                QStringLiteral("<span style=\"color:#c62828\">%1</span>")
                    .arg(tr("The environment variable %1 is not set.").arg(m_target.passwordEnv.toHtmlEscaped())));
            return false;
        }
        *password = qEnvironmentVariable(name.constData());
        return true;
    }
    if (!m_passwordKnown || m_passwordFor != m_target.postgresUrl) {
        if (!mayAsk) {
            setMessage(tr("The timed round waits for the server password: click Sync now."));
            return false;
        }
        bool ok = false;
        const QString typed = QInputDialog::getText(
            this, tr("PostgreSQL password"),
            tr("Password for %1 (kept in memory until Countersign closes, never saved):").arg(m_target.display()),
            QLineEdit::Password, QString(), &ok);
        if (!ok) {
            setMessage(tr("Sync cancelled: no password given."));
            return false;
        }
        m_password = typed;
        m_passwordFor = m_target.postgresUrl;
        m_passwordKnown = true;
    }
    m_roundUsesAskedPassword = true;
    *password = m_password;
    return true;
}

void SyncView::finishRound(SyncJobResult result)
{
    m_running = false;
    // A mistyped password is asked again next time rather than failing every timed round.
    if (!result.ok && m_roundUsesAskedPassword) {
        m_password.clear();
        m_passwordKnown = false;
    }
    const QString line = statusLine(result);
    if (result.ok) {
        ++m_logGeneration; // a slower log read started before this round is older than this one
        showLog(result.log);
        setMessage(QStringLiteral("<span style=\"color:#2e7d32\">%1</span>").arg(line.toHtmlEscaped()));
    } else {
        setMessage(QStringLiteral("<span style=\"color:#c62828\">%1</span>").arg(line.toHtmlEscaped()));
    }
    const bool stored = result.ok && result.report.arrived > 0;
    m_rounds.push_front(std::move(result));
    if (m_rounds.size() > kRoundsShown)
        m_rounds.pop_back();
    showRounds();
    updateEnabled();
    emit statusMessage(line);
    if (stored)
        emit storeChanged();
    emit roundFinished();
}

QString SyncView::statusLine(const SyncJobResult &result)
{
    const QString time = result.finishedAt.toString(QStringLiteral("HH:mm"));
    if (!result.ok)
        return tr("Sync failed %1: %2").arg(time, result.error);
    return tr("Synced %1: %2 arrived, %3 sent, %4 refused")
        .arg(time)
        .arg(result.report.arrived)
        .arg(result.report.sent)
        .arg(result.report.refused.size());
}

QString SyncView::statusText() const
{
    return m_message->text();
}

void SyncView::showRounds()
{
    const QStringList headers{tr("Time"), tr("Target"),  tr("Arrived"), tr("Already held"),
                              tr("Sent"), tr("Refused"), tr("Details")};
    std::vector<QStringList> rows;
    std::vector<QStringList> tips;
    for (const auto &round : m_rounds) {
        const auto &r = round.report;
        if (!round.ok) {
            const QString dash = QStringLiteral("\u2013");
            rows.push_back(
                {timeText(round.finishedAt), round.target, dash, dash, dash, dash, tr("Failed: %1").arg(round.error)});
            tips.push_back({});
            continue;
        }
        QStringList details;
        if (!r.refused.empty())
            details.append(reasonSummary(r.refused));
        if (r.waiting > 0)
            details.append(tr("%n waiting for an earlier entry of their feed", nullptr, static_cast<int>(r.waiting)));
        if (details.isEmpty())
            details.append(tr("Completed"));
        const QString refusedTip = refusalLines(r.refused);
        rows.push_back({timeText(round.finishedAt), round.target, QString::number(r.arrived),
                        QString::number(r.alreadyHeld), QString::number(r.sent), QString::number(r.refused.size()),
                        details.join(QStringLiteral("; "))});
        tips.push_back(
            {QString(), QString::fromStdString(r.target), QString(), QString(), QString(), refusedTip, refusedTip});
    }
    m_roundsTable->setContents(headers, rows, tips);
    int row = 0;
    for (const auto &round : m_rounds) {
        if (!round.ok) {
            for (int c = 0; c < m_roundsTable->columnCount(); ++c) {
                if (auto *item = m_roundsTable->item(row, c))
                    item->setForeground(kFailedColor);
            }
        }
        ++row;
    }
    fillWidth(m_roundsTable);
}

void SyncView::showLog(const std::vector<audit::SyncRefusal> &log)
{
    const QStringList headers{tr("Time"), tr("Target"), tr("Source"), tr("Entry"), tr("Reason")};
    std::vector<QStringList> rows;
    std::vector<QStringList> tips;
    for (const auto &r : log) {
        const QString entry =
            r.entryId.empty() ? QString() : QString::fromStdString(r.entryId.substr(0, 16)) + QStringLiteral("\u2026");
        const QString source = QString::fromStdString(r.source);
        rows.push_back({timeText(QDateTime::fromMSecsSinceEpoch(r.tsMs)), QString::fromStdString(r.target),
                        shortSource(source), entry, QString::fromStdString(r.reason)});
        tips.push_back({QString(), QString(), source, QString::fromStdString(r.entryId), QString()});
    }
    m_refusalsTable->setContents(headers, rows, tips);
    fillWidth(m_refusalsTable);
}

void SyncView::loadLog()
{
    const int generation = ++m_logGeneration;
    if (m_storePath.isEmpty()) {
        showLog({});
        return;
    }
    using LogResult = Result<std::vector<audit::SyncRefusal>>;
    auto *watcher = new QFutureWatcher<LogResult>(this);
    connect(watcher, &QFutureWatcher<LogResult>::finished, this, [this, watcher, generation] {
        const LogResult log = watcher->result();
        watcher->deleteLater();
        // A store that cannot be read shows its error on Sync now; here it only leaves the log empty.
        if (generation == m_logGeneration)
            showLog(log ? *log : std::vector<audit::SyncRefusal>{});
    });
    watcher->setFuture(QtConcurrent::run(workerPool(), &readSyncLog, m_storePath));
}

void SyncView::setMessage(const QString &html)
{
    m_message->setText(html);
}

} // namespace cs::ui
