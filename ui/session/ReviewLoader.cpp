#include "session/ReviewLoader.h"

#include "session/WorkerPool.h"

#include <QElapsedTimer>
#include <QFutureWatcher>
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
                                 const std::function<bool()> &cancelled)
{
    LoadOutcome outcome;
    outcome.path = path;
    QElapsedTimer timer;
    timer.start();
    package::LoadOptions options;
    options.cancelled = cancelled;
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
    watcher->setFuture(QtConcurrent::run(workerPool(), [path, policy, flag] {
        return review(path, *policy, [flag] { return flag->load(); });
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
