#pragma once

// Loads and reviews packages on worker threads, so a 165 MB package never freezes the window.
// Each path has at most one job; a job can be cancelled (the core polls the flag between work
// items) and reports back through finished() on the UI thread.

#include "policy/Policy.h"
#include "review/Review.h"

#include <QHash>
#include <QObject>
#include <QString>

#include <atomic>
#include <memory>

namespace cs::ui {

struct LoadOutcome
{
    QString path;
    std::shared_ptr<const review::Review> review; // null when loading failed
    QString error;
    bool cancelled = false;
    double seconds = 0;
};

class ReviewLoader final : public QObject
{
    Q_OBJECT
public:
    explicit ReviewLoader(std::shared_ptr<const policy::Policy> policy, QObject *parent = nullptr);
    ~ReviewLoader() override;

    // Starts reviewing `path` unless a job for it is already running.
    void load(const QString &path);
    void cancel(const QString &path);
    void cancelAll();
    bool isLoading(const QString &path) const { return m_jobs.contains(path); }
    int runningJobs() const { return static_cast<int>(m_jobs.size()); }
    const policy::Policy &policy() const { return *m_policy; }

    // The blocking call the worker makes; public so tests and the demo setup can reuse it.
    static LoadOutcome review(const QString &path, const policy::Policy &policy,
                              const std::function<bool()> &cancelled = {},
                              const std::function<void(int, int)> &progress = {});

signals:
    void started(const QString &path);
    void finished(const cs::ui::LoadOutcome &outcome);
    // Work items (file hashes, CSV chunks) done out of total, delivered on the UI thread.
    void progress(const QString &path, int done, int total);
    void busyChanged(int runningJobs);

private:
    std::shared_ptr<const policy::Policy> m_policy;
    QHash<QString, std::shared_ptr<std::atomic_bool>> m_jobs;
};

} // namespace cs::ui
