#include "queue/QueuePanel.h"

#include "common/Style.h"
#include "common/Text.h"
#include "queue/RequestQueueModel.h"

#include <QComboBox>
#include <QGridLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QTreeView>
#include <QVBoxLayout>

namespace cs::ui {

QueueFilterModel::QueueFilterModel(QObject *parent) : QSortFilterProxyModel(parent)
{
    setFilterCaseSensitivity(Qt::CaseInsensitive);
    setFilterRole(RequestQueueModel::SearchRole);
    setSortRole(RequestQueueModel::SortRole);
    setFilterKeyColumn(0);
}

void QueueFilterModel::setTrack(int track)
{
    m_track = track;
    invalidateFilter();
}

void QueueFilterModel::setState(const QString &state)
{
    m_state = state;
    invalidateFilter();
}

void QueueFilterModel::setKind(const QString &kind)
{
    m_kind = kind;
    invalidateFilter();
}

bool QueueFilterModel::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    const QModelIndex index = sourceModel()->index(sourceRow, 0, sourceParent);
    if (m_track != -2 && index.data(RequestQueueModel::TrackRole).toInt() != m_track)
        return false;
    if (!m_state.isNull() && index.data(RequestQueueModel::StateRole).toString() != m_state)
        return false;
    if (!m_kind.isEmpty() && index.data(RequestQueueModel::KindRole).toString() != m_kind)
        return false;
    return QSortFilterProxyModel::filterAcceptsRow(sourceRow, sourceParent);
}

QueuePanel::QueuePanel(RequestQueueModel *model, QWidget *parent) : QWidget(parent), m_model(model)
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);

    auto *filters = new QGridLayout;
    m_search = new QLineEdit(this);
    m_search->setPlaceholderText(tr("Filter by name, id, submitter\u2026"));
    m_search->setAccessibleName(tr("Filter the queue"));
    m_search->setClearButtonEnabled(true);
    filters->addWidget(m_search, 0, 0, 1, 3);

    m_track = new QComboBox(this);
    m_track->setAccessibleName(tr("Filter by track"));
    m_track->addItem(tr("All tracks"), -2);
    for (auto t : {policy::Track::Red, policy::Track::Yellow, policy::Track::Green})
        m_track->addItem(trackIcon(t), trackTitle(t), static_cast<int>(t));
    m_track->addItem(severityIcon(policy::Severity::Fail), tr("Broken"), -1);
    m_state = new QComboBox(this);
    m_state->setAccessibleName(tr("Filter by state"));
    m_state->addItem(tr("All states"), QString());
    for (const char *s : {"pending", "approved", "rejected", "changes_requested", "conflict"})
        m_state->addItem(stateTitle(s), QString::fromLatin1(s));
    m_state->addItem(stateTitle({}), QStringLiteral(""));
    m_kind = new QComboBox(this);
    m_kind->setAccessibleName(tr("Filter by kind"));
    m_kind->addItem(tr("All kinds"), QString());
    for (const char *k : {"ml_model", "app", "data_pipeline"})
        m_kind->addItem(kindTitle(k), QString::fromLatin1(k));
    filters->addWidget(m_track, 1, 0);
    filters->addWidget(m_state, 1, 1);
    filters->addWidget(m_kind, 1, 2);
    layout->addLayout(filters);

    m_filter = new QueueFilterModel(this);
    m_filter->setSourceModel(model);
    m_view = new QTreeView(this);
    m_view->setModel(m_filter);
    m_view->setRootIsDecorated(false);
    m_view->setSortingEnabled(true);
    m_view->setAlternatingRowColors(true);
    m_view->setUniformRowHeights(true);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setAccessibleName(tr("Request queue"));
    m_view->sortByColumn(RequestQueueModel::TrackColumn, Qt::DescendingOrder);
    m_view->header()->setStretchLastSection(false);
    m_view->header()->setSectionResizeMode(QHeaderView::Interactive);
    m_view->setColumnWidth(RequestQueueModel::TrackColumn, 84);
    m_view->setColumnWidth(RequestQueueModel::NameColumn, 210);
    m_view->setColumnWidth(RequestQueueModel::StateColumn, 90);
    m_view->setColumnWidth(RequestQueueModel::SignoffColumn, 250);
    m_view->setColumnWidth(RequestQueueModel::AgeColumn, 130);
    m_view->setColumnWidth(RequestQueueModel::KindColumn, 90);
    m_view->setColumnWidth(RequestQueueModel::SubmitterColumn, 200);
    layout->addWidget(m_view, 1);

    m_counts = new QLabel(this);
    m_counts->setAccessibleName(tr("Requests per track"));
    layout->addWidget(m_counts);

    connect(m_search, &QLineEdit::textChanged, m_filter, &QSortFilterProxyModel::setFilterFixedString);
    connect(m_track, &QComboBox::currentIndexChanged, this, [this] { m_filter->setTrack(m_track->currentData().toInt()); });
    connect(m_state, &QComboBox::currentIndexChanged, this, [this] {
        // Index 0 is "all" (null string); the last item is "not received" (empty string).
        m_filter->setState(m_state->currentIndex() == 0 ? QString() : m_state->currentData().toString());
    });
    connect(m_kind, &QComboBox::currentIndexChanged, this, [this] { m_filter->setKind(m_kind->currentData().toString()); });
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this] { emit currentChanged(currentSourceRow()); });
    connect(model, &QAbstractItemModel::rowsInserted, this, &QueuePanel::updateCounts);
    connect(model, &QAbstractItemModel::rowsRemoved, this, &QueuePanel::updateCounts);
    connect(model, &QAbstractItemModel::dataChanged, this, &QueuePanel::updateCounts);
    updateCounts();
}

int QueuePanel::currentSourceRow() const
{
    const QModelIndex current = m_view->selectionModel()->currentIndex();
    return current.isValid() ? m_filter->mapToSource(current).row() : -1;
}

void QueuePanel::selectSourceRow(int row)
{
    const QModelIndex proxy = m_filter->mapFromSource(m_model->index(row, 0));
    if (proxy.isValid())
        m_view->selectionModel()->setCurrentIndex(proxy, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
}

void QueuePanel::selectNext(int step)
{
    const int rows = m_filter->rowCount();
    if (rows == 0)
        return;
    const QModelIndex current = m_view->selectionModel()->currentIndex();
    const int row = current.isValid() ? std::clamp(current.row() + step, 0, rows - 1) : 0;
    m_view->selectionModel()->setCurrentIndex(m_filter->index(row, 0),
                                              QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
}

QString QueuePanel::countsText() const
{
    return m_counts->text();
}

void QueuePanel::updateCounts()
{
    int counts[3] = {0, 0, 0};
    int broken = 0;
    int loading = 0;
    for (int r = 0; r < m_model->rowCount(); ++r) {
        const int t = m_model->index(r, 0).data(RequestQueueModel::TrackRole).toInt();
        if (t >= 0 && t <= 2)
            ++counts[t];
        else if (m_model->entry(r)->load == QueueEntry::Load::Failed)
            ++broken;
        else
            ++loading;
    }
    QString text = tr("<b style=\"color:%1\">\u25CF</b> Red %2 \u00b7 <b style=\"color:%3\">\u25CF</b> Yellow %4 \u00b7 "
                      "<b style=\"color:%5\">\u25CF</b> Green %6")
                       .arg(trackColor(policy::Track::Red).name())
                       .arg(counts[2])
                       .arg(trackColor(policy::Track::Yellow).name())
                       .arg(counts[1])
                       .arg(trackColor(policy::Track::Green).name())
                       .arg(counts[0]);
    if (broken)
        text += tr(" \u00b7 broken %1").arg(broken);
    if (loading)
        text += tr(" \u00b7 loading %1").arg(loading);
    m_counts->setText(text);
}

} // namespace cs::ui
