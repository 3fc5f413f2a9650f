#include "session/ReviewLoader.h"

#include "session/WorkerPool.h"

#include <QElapsedTimer>
#include <QFutureWatcher>
#include <QPointer>
#include <QtConcurrent>

namespace cs::ui {

ReviewLoader::ReviewLoader(std::shared_ptr<const policy::Policy> policy, QObject *parent)
    : QObject(parent), m_policy(std::move(policy))
{
}

ReviewLoader::~ReviewLoader()
{
    // Workers hold their own copies of what they need; cancelling lets them finish early.
    cancelAll();
}

LoadOutcome ReviewLoader::review(const QString &path, const policy::Policy &policy,
                                 const std::function<bool()> &cancelled, const std::function<void(int, int)> &progress)
{
    LoadOutcome outcome;
    outcome.path = path;
    QElapsedTimer timer;
    timer.start();
    package::LoadOptions options;
    options.cancelled = cancelled;
    options.progress = progress;
    auto result = review::reviewPackage(path, policy, options);
    outcome.seconds = static_cast<double>(timer.elapsed()) / 1000.0;
    if (result.ok()) {
        outcome.review = std::make_shared<const review::Review>(std::move(result).value());
    } else {
        outcome.error = result.errorMessage();
        outcome.cancelled = cancelled && cancelled();
    }
    return outcome;
}

void ReviewLoader::load(const QString &path)
{
    if (m_jobs.contains(path))
        return;
    auto flag = std::make_shared<std::atomic_bool>(false);
    m_jobs.insert(path, flag);
    auto *watcher = new QFutureWatcher<LoadOutcome>(this);
    connect(watcher, &QFutureWatcher<LoadOutcome>::finished, this, [this, watcher, path, flag] {
        LoadOutcome outcome = watcher->result();
        watcher->deleteLater();
        // A newer job for the same path replaces this one's entry only if it is still ours.
        if (m_jobs.value(path) == flag)
            m_jobs.remove(path);
        emit finished(outcome);
        emit busyChanged(runningJobs());
    });
    auto policy = m_policy;
    // Reported from worker threads; queued onto this object's thread, at most one per percent.
    QPointer<ReviewLoader> self(this);
    auto reported = std::make_shared<std::atomic_int>(-1);
    auto onProgress = [self, path, reported](int done, int total) {
        const int percent = total > 0 ? done * 100 / total : 0;
        if (reported->exchange(percent) == percent)
            return;
        QMetaObject::invokeMethod(
            self.data(), [self, path, done, total] { if (self) emit self->progress(path, done, total); }, Qt::QueuedConnection);
    };
    watcher->setFuture(QtConcurrent::run(workerPool(), [path, policy, flag, onProgress] {
        return review(path, *policy, [flag] { return flag->load(); }, onProgress);
    }));
    emit started(path);
    emit busyChanged(runningJobs());
}

void ReviewLoader::cancel(const QString &path)
{
    if (const auto flag = m_jobs.value(path))
        flag->store(true);
}

void ReviewLoader::cancelAll()
{
    for (const auto &flag : std::as_const(m_jobs))
        flag->store(true);
}

} // namespace cs::ui
