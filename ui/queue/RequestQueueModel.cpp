#include "queue/RequestQueueModel.h"

#include "common/Style.h"
#include "common/Text.h"
#include "decision/DecisionRules.h"
#include "review/Review.h"
#include "session/AuditSession.h"

#include <QFileInfo>
#include <QFont>

#include <limits>

namespace cs::ui {

RequestQueueModel::RequestQueueModel(QObject *parent) : QAbstractTableModel(parent) {}

int RequestQueueModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_entries.size());
}

int RequestQueueModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

const QueueEntry *RequestQueueModel::entry(int row) const
{
    return row >= 0 && row < rowCount() ? &m_entries[static_cast<std::size_t>(row)] : nullptr;
}

int RequestQueueModel::rowOf(const QString &path) const
{
    for (std::size_t i = 0; i < m_entries.size(); ++i) {
        if (m_entries[i].path == path)
            return static_cast<int>(i);
    }
    return -1;
}

bool RequestQueueModel::storeOpen() const
{
    return m_snapshot && m_snapshot->error.isEmpty();
}

const audit::RequestStatus *RequestQueueModel::status(int row) const
{
    const QueueEntry *e = entry(row);
    if (!e || !e->review || !m_snapshot)
        return nullptr;
    return m_snapshot->status(e->review->manifest.id);
}

int RequestQueueModel::addLoading(const QString &path)
{
    int row = rowOf(path);
    if (row < 0) {
        row = rowCount();
        beginInsertRows({}, row, row);
        m_entries.push_back({path, QueueEntry::Load::Loading, nullptr, {}});
        endInsertRows();
    } else {
        m_entries[static_cast<std::size_t>(row)] = {path, QueueEntry::Load::Loading, nullptr, {}};
        emit dataChanged(index(row, 0), index(row, ColumnCount - 1));
    }
    return row;
}

void RequestQueueModel::setReady(const QString &path, std::shared_ptr<const review::Review> review)
{
    const int row = rowOf(path) >= 0 ? rowOf(path) : addLoading(path);
    auto &e = m_entries[static_cast<std::size_t>(row)];
    e.load = QueueEntry::Load::Ready;
    e.review = std::move(review);
    e.error.clear();
    emit dataChanged(index(row, 0), index(row, ColumnCount - 1));
}

void RequestQueueModel::setFailed(const QString &path, const QString &error)
{
    const int row = rowOf(path) >= 0 ? rowOf(path) : addLoading(path);
    auto &e = m_entries[static_cast<std::size_t>(row)];
    e.load = QueueEntry::Load::Failed;
    e.review.reset();
    e.error = error;
    emit dataChanged(index(row, 0), index(row, ColumnCount - 1));
}

void RequestQueueModel::remove(const QString &path)
{
    const int row = rowOf(path);
    if (row < 0)
        return;
    beginRemoveRows({}, row, row);
    m_entries.erase(m_entries.begin() + row);
    endRemoveRows();
}

void RequestQueueModel::setSnapshot(std::shared_ptr<const StoreSnapshot> snapshot)
{
    m_snapshot = std::move(snapshot);
    if (rowCount() > 0)
        emit dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
}

QString RequestQueueModel::stateText(int row) const
{
    const QueueEntry *e = entry(row);
    if (e->load == QueueEntry::Load::Loading)
        return tr("loading\u2026");
    if (e->load == QueueEntry::Load::Failed)
        return tr("error");
    if (!storeOpen())
        return tr("no store");
    const auto *s = status(row);
    return s ? stateTitle(s->state) : stateTitle({});
}

QString RequestQueueModel::ageText(const QueueEntry &e, bool *overdue) const
{
    *overdue = false;
    const QDateTime submitted = QDateTime::fromString(qs(e.review->manifest.submittedAt), Qt::ISODate);
    if (!submitted.isValid())
        return tr("?");
    const QDateTime now = m_now.isValid() ? m_now : QDateTime::currentDateTimeUtc();
    const qint64 hours = std::max<qint64>(0, submitted.secsTo(now) / 3600);
    const QString age = hours < 48 ? tr("%1 h").arg(hours) : tr("%1 d").arg(hours / 24);
    if (e.review->slaHours <= 0)
        return tr("%1 (no SLA)").arg(age);
    *overdue = static_cast<double>(hours) > e.review->slaHours;
    return tr("%1 / %2 h%3").arg(age).arg(e.review->slaHours).arg(*overdue ? tr(" overdue") : QString());
}

QString RequestQueueModel::signoffText(int row) const
{
    const QueueEntry *e = entry(row);
    const auto &roles = e->review->requiredSignoffs;
    if (roles.empty())
        return tr("none needed");
    const auto *s = status(row);
    int signedCount = 0;
    QStringList parts;
    for (const auto &role : roles) {
        bool done = false;
        if (s)
            done = countingApproval(*s, role) != nullptr;
        signedCount += done ? 1 : 0;
        parts.append((done ? QStringLiteral("\u2714") : QString()) + roleTitle(role));
    }
    return tr("%1/%2 \u2014 %3").arg(signedCount).arg(roles.size()).arg(parts.join(QStringLiteral(", ")));
}

QVariant RequestQueueModel::data(const QModelIndex &index, int role) const
{
    const QueueEntry *e = entry(index.row());
    if (!e)
        return {};
    const int column = index.column();
    const bool ready = e->load == QueueEntry::Load::Ready;

    switch (role) {
    case TrackRole: return ready ? static_cast<int>(e->review->track) : -1;
    case StateRole: {
        if (e->load == QueueEntry::Load::Loading)
            return QStringLiteral("loading");
        if (e->load == QueueEntry::Load::Failed)
            return QStringLiteral("error");
        const auto *s = status(index.row());
        return s ? qs(s->state) : QString();
    }
    case KindRole: return ready ? qs(package::toString(e->review->manifest.kind)) : QString();
    case PathRole: return e->path;
    case SearchRole: {
        QString text = e->path + QLatin1Char(' ') + e->error;
        if (ready) {
            const auto &m = e->review->manifest;
            text += QLatin1Char(' ') + qs(m.name) + QLatin1Char(' ') + qs(m.version) + QLatin1Char(' ') + qs(m.id)
                    + QLatin1Char(' ') + qs(m.submittedBy) + QLatin1Char(' ') + qs(m.summary);
        }
        return text;
    }
    case SortRole:
        if (column == TrackColumn) {
            // Highest track first and, within a track, the oldest request first (it is nearest its SLA).
            if (!ready)
                return std::numeric_limits<qint64>::min();
            const QDateTime at = QDateTime::fromString(qs(e->review->manifest.submittedAt), Qt::ISODate);
            const qint64 age = at.isValid() ? std::max<qint64>(0, at.secsTo(QDateTime(QDate(2200, 1, 1), QTime(0, 0), Qt::UTC))) : 0;
            return static_cast<qint64>(e->review->track) * 10'000'000'000LL + age;
        }
        if (column == AgeColumn)
            return ready ? qs(e->review->manifest.submittedAt) : QString();
        return data(index, Qt::DisplayRole);
    default: break;
    }

    if (!ready) {
        if (role == Qt::DisplayRole) {
            if (column == NameColumn)
                return e->load == QueueEntry::Load::Failed ? tr("%1 \u2014 %2").arg(QFileInfo(e->path).fileName(), e->error)
                                                             : QFileInfo(e->path).fileName();
            if (column == StateColumn)
                return stateText(index.row());
            if (column == TrackColumn)
                return e->load == QueueEntry::Load::Failed ? tr("ERROR") : QStringLiteral("\u2026");
            return {};
        }
        if (role == Qt::ToolTipRole)
            return e->load == QueueEntry::Load::Failed ? tr("%1\n\n%2").arg(e->path, e->error) : e->path;
        if (role == Qt::ForegroundRole && e->load == QueueEntry::Load::Failed)
            return trackColor(policy::Track::Red);
        if (role == Qt::DecorationRole && column == TrackColumn && e->load == QueueEntry::Load::Failed)
            return severityIcon(policy::Severity::Fail);
        return {};
    }

    const auto &r = *e->review;
    const auto &m = r.manifest;
    if (role == Qt::DisplayRole || role == Qt::AccessibleTextRole) {
        switch (column) {
        case TrackColumn: return trackTitle(r.track);
        case KindColumn: return kindTitle(package::toString(m.kind));
        case NameColumn: return tr("%1 %2").arg(qs(m.name), qs(m.version));
        case SubmitterColumn: return qs(m.submittedBy);
        case AgeColumn: {
            bool overdue = false;
            return ageText(*e, &overdue);
        }
        case SignoffColumn: return signoffText(index.row());
        case StateColumn: return stateText(index.row());
        default: return {};
        }
    }
    if (role == Qt::DecorationRole && column == TrackColumn)
        return trackIcon(r.track);
    if (role == Qt::ForegroundRole) {
        if (column == AgeColumn) {
            bool overdue = false;
            ageText(*e, &overdue);
            if (overdue)
                return trackColor(policy::Track::Red);
        }
        if (column == StateColumn) {
            const auto *s = status(index.row());
            const QColor c = s ? stateColor(s->state) : QColor();
            if (c.isValid())
                return c;
        }
    }
    if (role == Qt::FontRole && column == TrackColumn) {
        QFont f;
        f.setBold(true);
        return f;
    }
    if (role == Qt::ToolTipRole) {
        QString tip = tr("%1 %2 (%3)\n%4\nTrack %5; %6 fail, %7 warn findings")
                          .arg(qs(m.name), qs(m.version), qs(m.id), e->path, trackTitle(r.track))
                          .arg(r.count(policy::Severity::Fail))
                          .arg(r.count(policy::Severity::Warn));
        if (const auto *s = status(index.row())) {
            for (const auto &reason : s->reasons)
                tip += QLatin1Char('\n') + qs(reason);
        }
        return tip;
    }
    return {};
}

QVariant RequestQueueModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case TrackColumn: return tr("Track");
    case KindColumn: return tr("Kind");
    case NameColumn: return tr("Name and version");
    case SubmitterColumn: return tr("Submitter");
    case AgeColumn: return tr("Age / SLA");
    case SignoffColumn: return tr("Sign-offs");
    case StateColumn: return tr("State");
    default: return {};
    }
}

} // namespace cs::ui
