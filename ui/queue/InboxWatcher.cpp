#include "queue/InboxWatcher.h"

#include "session/DemoSetup.h"

#include <QDir>
#include <QFileInfo>
#include <QFileSystemWatcher>
#include <QTimer>

namespace cs::ui {

InboxWatcher::InboxWatcher(QObject *parent) : QObject(parent)
{
    m_watcher = new QFileSystemWatcher(this);
    m_settle = new QTimer(this);
    m_settle->setSingleShot(true);
    m_settle->setInterval(400);
    connect(m_settle, &QTimer::timeout, this, &InboxWatcher::rescan);
    connect(m_watcher, &QFileSystemWatcher::directoryChanged, m_settle, qOverload<>(&QTimer::start));
}

void InboxWatcher::addInbox(const QString &folder)
{
    const QString path = QFileInfo(folder).absoluteFilePath();
    if (m_inboxes.contains(path))
        return;
    QDir().mkpath(path);
    m_inboxes.append(path);
    m_watcher->addPath(path);
    rescan();
}

void InboxWatcher::rescan()
{
    QSet<QString> now;
    for (const QString &inbox : std::as_const(m_inboxes)) {
        const QStringList found = packagesIn(inbox);
        for (const QString &p : found)
            now.insert(p);
        // Folders inside the inbox are watched too: a package folder created empty and filled
        // afterwards gets its manifest.json later.
        const auto dirs = QDir(inbox).entryInfoList(QDir::Dirs | QDir::NoDotAndDotDot);
        for (const QFileInfo &d : dirs) {
            if (!m_watcher->directories().contains(d.absoluteFilePath()))
                m_watcher->addPath(d.absoluteFilePath());
        }
    }
    QStringList added;
    for (const QString &p : std::as_const(now)) {
        if (!m_known.contains(p))
            added.append(p);
    }
    added.sort();
    QStringList removed;
    for (const QString &p : std::as_const(m_known)) {
        if (!now.contains(p))
            removed.append(p);
    }
    m_known = now;
    for (const QString &p : std::as_const(added))
        emit packageFound(p);
    for (const QString &p : std::as_const(removed))
        emit packageRemoved(p);
}

} // namespace cs::ui
