#pragma once

// The left pane: the queue of requests with sorting, filters by track, state, kind and text,
// and counts per track.

#include <QSortFilterProxyModel>
#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QTreeView;

namespace cs::ui {

class RequestQueueModel;

class QueueFilterModel final : public QSortFilterProxyModel
{
    Q_OBJECT
public:
    explicit QueueFilterModel(QObject *parent = nullptr);
    void setTrack(int track); // -2: all
    void setState(const QString &state); // empty: all
    void setKind(const QString &kind);   // empty: all

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    int m_track = -2;
    QString m_state;
    QString m_kind;
};

class QueuePanel final : public QWidget
{
    Q_OBJECT
public:
    explicit QueuePanel(RequestQueueModel *model, QWidget *parent = nullptr);

    QTreeView *view() const { return m_view; }
    QueueFilterModel *filter() const { return m_filter; }
    QLineEdit *searchField() const { return m_search; }
    // The source row of the current selection, -1 when none.
    int currentSourceRow() const;
    void selectSourceRow(int row);
    void selectNext(int step);
    QString countsText() const;

signals:
    void currentChanged(int sourceRow);

private:
    void updateCounts();

    RequestQueueModel *m_model = nullptr;
    QueueFilterModel *m_filter = nullptr;
    QTreeView *m_view = nullptr;
    QLineEdit *m_search = nullptr;
    QComboBox *m_track = nullptr;
    QComboBox *m_state = nullptr;
    QComboBox *m_kind = nullptr;
    QLabel *m_counts = nullptr;
};

} // namespace cs::ui
