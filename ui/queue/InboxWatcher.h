#pragma once

// Watches inbox folders for packages (a folder with manifest.json, a .zip or a .tar.gz) and
// reports each one once, so a package dropped in appears in the queue without a restart.
// A package still being copied looks complete too early, so a change is reported only after
// the folder has been quiet for a moment.

#include <QObject>
#include <QSet>
#include <QStringList>

class QFileSystemWatcher;
class QTimer;

namespace cs::ui {

class InboxWatcher final : public QObject
{
    Q_OBJECT
public:
    explicit InboxWatcher(QObject *parent = nullptr);

    void addInbox(const QString &folder);
    QStringList inboxes() const { return m_inboxes; }
    // Scans now (also done on every change).
    void rescan();

signals:
    void packageFound(const QString &path);
    void packageRemoved(const QString &path);

private:
    QFileSystemWatcher *m_watcher = nullptr;
    QTimer *m_settle = nullptr;
    QStringList m_inboxes;
    QSet<QString> m_known;
};

} // namespace cs::ui
