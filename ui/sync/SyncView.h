#pragma once

// The Sync view: configure where the audit store syncs (a shared folder or a PostgreSQL team
// server), run a round now or on a timer, and read the last rounds and every refusal on record.
// Rounds run on the workbench's worker pool; a round that fails shows its message and the view
// stays usable. A server password comes from a named environment variable or is asked once and
// kept in memory only.

#include "sync/SyncJob.h"
#include "sync/SyncTarget.h"

#include <QWidget>

#include <deque>

class QLabel;
class QPushButton;
class QTimer;

namespace cs::ui {

class DataTable;
class SyncTargetEditor;

class SyncView final : public QWidget
{
    Q_OBJECT
public:
    explicit SyncView(QWidget *parent = nullptr);

    // The store rounds are run on; empty: none (Sync now then says so).
    void setStorePath(const QString &path);
    const QString &storePath() const { return m_storePath; }
    // Shows `target` in the fields and restarts the timer; emits no targetChanged.
    void setTarget(const SyncTarget &target);
    const SyncTarget &target() const { return m_target; }

    // Starts a round unless one is running; asks for a server password when one is needed and
    // not known yet.
    void syncNow();
    bool isRunning() const { return m_running; }
    // The rounds of this session, newest first (the table shows the same).
    const std::deque<SyncJobResult> &rounds() const { return m_rounds; }
    QString statusText() const;
    // The status-bar line for a finished round.
    static QString statusLine(const SyncJobResult &result);

    // For tests and keyboard use.
    QPushButton *syncNowButton() const { return m_syncNow; }
    DataTable *roundsTable() const { return m_roundsTable; }
    DataTable *refusalsTable() const { return m_refusalsTable; }
    QTimer *timer() const { return m_timer; }
    SyncTargetEditor *targetEditor() const { return m_editor; }

    // Column order of roundsTable().
    enum RoundColumn { TimeColumn, TargetColumn, ArrivedColumn, HeldColumn, SentColumn, RefusedColumn, DetailsColumn };

signals:
    // "Synced 14:02: 3 arrived, 1 sent, 1 refused", or why the round failed: for a status bar.
    void statusMessage(const QString &line);
    // A round stored new entries: the window re-reads its snapshot.
    void storeChanged();
    // The user edited the target in the view (for saving it in the settings).
    void targetChanged(const cs::ui::SyncTarget &target);
    void roundFinished();

private:
    void buildUi();
    void onEdited(const SyncTarget &target);
    void updateEnabled();
    void restartTimer();
    void onTimer();
    void start(bool asked);
    // The password for a server round: from the URL, the named variable, memory, or asked.
    // False when there is none to be had (the message says why).
    bool resolvePassword(bool mayAsk, QString *password);
    void finishRound(SyncJobResult result);
    void showRounds();
    void showLog(const std::vector<audit::SyncRefusal> &log);
    void loadLog();
    void setMessage(const QString &html);

    QString m_storePath;
    SyncTarget m_target;
    bool m_running = false;
    int m_logGeneration = 0;
    // Kept for the session only, for the server it was given for.
    QString m_password;
    QString m_passwordFor;
    bool m_passwordKnown = false;
    bool m_roundUsesAskedPassword = false;
    std::deque<SyncJobResult> m_rounds;

    SyncTargetEditor *m_editor = nullptr;
    QPushButton *m_syncNow = nullptr;
    QLabel *m_message = nullptr;
    DataTable *m_roundsTable = nullptr;
    DataTable *m_refusalsTable = nullptr;
    QTimer *m_timer = nullptr;
};

} // namespace cs::ui
