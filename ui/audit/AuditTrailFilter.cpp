#include "audit/AuditTrailFilter.h"

#include "audit/AuditTrailModel.h"

namespace cs::ui {

AuditTrailFilter::AuditTrailFilter(QObject *parent) : QSortFilterProxyModel(parent)
{
    setSortRole(AuditTrailModel::SortRole);
    setSortCaseSensitivity(Qt::CaseInsensitive);
}

void AuditTrailFilter::changed()
{
    // Qt 6.4 has no begin/endFilterChange; invalidateFilter() re-runs filterAcceptsRow.
    invalidateFilter();
}

void AuditTrailFilter::setRequest(const QString &requestId)
{
    m_request = requestId;
    changed();
}

void AuditTrailFilter::setAuthor(const QString &authorKey)
{
    m_author = authorKey;
    changed();
}

void AuditTrailFilter::setRole(const QString &role)
{
    m_role = role;
    changed();
}

void AuditTrailFilter::setType(const QString &type)
{
    m_type = type;
    changed();
}

void AuditTrailFilter::setTimeRange(std::optional<qint64> fromMs, std::optional<qint64> toMs)
{
    m_from = fromMs;
    m_to = toMs;
    changed();
}

void AuditTrailFilter::clearCriteria()
{
    m_request.clear();
    m_author.clear();
    m_role.clear();
    m_type.clear();
    m_from.reset();
    m_to.reset();
    changed();
}

bool AuditTrailFilter::hasCriteria() const
{
    return !m_request.isEmpty() || !m_author.isEmpty() || !m_role.isEmpty() || !m_type.isEmpty() || m_from || m_to;
}

int AuditTrailFilter::proxyRowOf(const QString &entryId) const
{
    const QAbstractItemModel *source = sourceModel();
    if (!source)
        return -1;
    for (int row = 0; row < source->rowCount(); ++row) {
        const QModelIndex index = source->index(row, 0);
        if (index.data(AuditTrailModel::EntryIdRole).toString() == entryId) {
            const QModelIndex mapped = mapFromSource(index);
            return mapped.isValid() ? mapped.row() : -1;
        }
    }
    return -1;
}

bool AuditTrailFilter::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    const QModelIndex index = sourceModel()->index(sourceRow, 0, sourceParent);
    if (!m_request.isEmpty() && index.data(AuditTrailModel::RequestIdRole).toString() != m_request)
        return false;
    if (!m_author.isEmpty() && index.data(AuditTrailModel::AuthorKeyRole).toString() != m_author)
        return false;
    if (!m_type.isEmpty() && index.data(AuditTrailModel::TypeRole).toString() != m_type)
        return false;
    if (!m_role.isEmpty() && !index.data(AuditTrailModel::RolesRole).toStringList().contains(m_role))
        return false;
    if (m_from || m_to) {
        // An unreadable entry has no time: a time range leaves it out.
        const QVariant time = index.data(AuditTrailModel::TimeRole);
        if (!time.isValid())
            return false;
        const qint64 ms = time.toLongLong();
        if ((m_from && ms < *m_from) || (m_to && ms > *m_to))
            return false;
    }
    return true;
}

} // namespace cs::ui
