#pragma once

// The queue of requests: one row per package location, whether it came from an inbox or was
// opened by hand, with its review (or its error, or "loading") and its state in the store.

#include <QAbstractTableModel>
#include <QDateTime>

#include <memory>

namespace cs::audit {
struct RequestStatus;
}
namespace cs::review {
struct Review;
}

namespace cs::ui {

struct StoreSnapshot;

struct QueueEntry
{
    enum class Load { Loading, Ready, Failed };
    QString path;
    Load load = Load::Loading;
    std::shared_ptr<const review::Review> review;
    QString error;
};

class RequestQueueModel final : public QAbstractTableModel
{
    Q_OBJECT
public:
    // What a reviewer scans first comes first: track, what, state, who still has to sign, age.
    enum Column { TrackColumn, NameColumn, StateColumn, SignoffColumn, AgeColumn, KindColumn, SubmitterColumn, ColumnCount };
    enum Role {
        TrackRole = Qt::UserRole + 1, // int: policy::Track, -1 while loading or broken
        StateRole,                    // QString: request state, "" when not received, "error", "loading"
        KindRole,                     // QString: ml_model, app, data_pipeline
        SearchRole,                   // QString: everything the text filter matches
        PathRole,
        SortRole,
    };

    explicit RequestQueueModel(QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

    // Adds a row in the Loading state, or resets an existing one; returns its row.
    int addLoading(const QString &path);
    void setReady(const QString &path, std::shared_ptr<const review::Review> review);
    void setFailed(const QString &path, const QString &error);
    void remove(const QString &path);
    void setSnapshot(std::shared_ptr<const StoreSnapshot> snapshot);
    // Fixed "now" for tests and screenshots; invalid: the system clock.
    void setNow(const QDateTime &now) { m_now = now; }

    int rowOf(const QString &path) const;
    const QueueEntry *entry(int row) const;
    const audit::RequestStatus *status(int row) const;
    bool storeOpen() const;

private:
    QString stateText(int row) const;
    QString ageText(const QueueEntry &e, bool *overdue) const;
    QString signoffText(int row) const;

    std::vector<QueueEntry> m_entries;
    std::shared_ptr<const StoreSnapshot> m_snapshot;
    QDateTime m_now;
};

} // namespace cs::ui
