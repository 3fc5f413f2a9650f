#include "audit/AuditTrailModel.h"

#include "common/Text.h"

#include <QBrush>
#include <QColor>
#include <QFont>

#include <limits>

namespace cs::ui {

namespace {

QColor checkColor(EntryCheck check)
{
    switch (check) {
    case EntryCheck::Verified: return QColor(0x2e, 0x7d, 0x32);
    case EntryCheck::Warning: return QColor(0xb2, 0x6a, 0x00);
    case EntryCheck::Failed:
    case EntryCheck::NotCounted: return QColor(0xc6, 0x28, 0x28);
    }
    return {};
}

QStringList toList(const std::vector<std::string> &items)
{
    return qsList(items);
}

} // namespace

AuditTrailModel::AuditTrailModel(QObject *parent) : QAbstractTableModel(parent) {}

void AuditTrailModel::setTrail(std::shared_ptr<const AuditTrail> trail)
{
    beginResetModel();
    m_trail = std::move(trail);
    endResetModel();
}

const TrailRow *AuditTrailModel::rowAt(int row) const
{
    if (!m_trail || row < 0 || static_cast<std::size_t>(row) >= m_trail->rows.size())
        return nullptr;
    return &m_trail->rows[static_cast<std::size_t>(row)];
}

int AuditTrailModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() || !m_trail ? 0 : static_cast<int>(m_trail->rows.size());
}

int AuditTrailModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant AuditTrailModel::display(const TrailRow &r, int column) const
{
    switch (column) {
    case TimeColumn: return r.readable ? formatTimeUtc(r.tsMs) : QStringLiteral("\u2013");
    case AuthorColumn: return r.authorName.isEmpty() ? tr("unknown key") : r.authorName;
    case FingerprintColumn: return r.fingerprint;
    case RoleColumn: {
        if (!r.claimedRole.empty())
            return roleTitle(r.claimedRole);
        QStringList titles;
        for (const auto &role : r.authorRoles)
            titles.append(roleTitle(role));
        return titles.join(QStringLiteral(", "));
    }
    case TypeColumn: return entryTypeTitle(r.type);
    case RequestColumn: return qs(r.requestId);
    case SummaryColumn: return r.summary;
    case StatusColumn: return r.reason.isEmpty() ? checkTitle(r.check) : checkTitle(r.check) + QStringLiteral(": ") + r.reason;
    default: return {};
    }
}

QVariant AuditTrailModel::data(const QModelIndex &index, int role) const
{
    const TrailRow *r = index.isValid() ? rowAt(index.row()) : nullptr;
    if (!r)
        return {};
    switch (role) {
    case Qt::DisplayRole: return display(*r, index.column());
    case Qt::ToolTipRole:
        if (index.column() == StatusColumn || index.column() == SummaryColumn)
            return display(*r, index.column());
        if (index.column() == FingerprintColumn || index.column() == AuthorColumn)
            return qs(r->authorKey);
        if (index.column() == RoleColumn && r->claimedRole.empty() && !r->authorRoles.empty())
            return tr("The entry claims no role; these are the roles the roster grants its author.");
        return {};
    case Qt::ForegroundRole:
        if (index.column() == StatusColumn)
            return QBrush(checkColor(r->check));
        return {};
    case Qt::BackgroundRole:
        // A faint tint across the whole row, so a failed entry stands out while scrolling.
        if (r->check == EntryCheck::Failed || r->check == EntryCheck::NotCounted) {
            QColor tint = checkColor(r->check);
            tint.setAlpha(28);
            return QBrush(tint);
        }
        return {};
    case Qt::FontRole:
        if (index.column() == FingerprintColumn) {
            QFont mono(QStringLiteral("monospace"));
            mono.setStyleHint(QFont::TypeWriter);
            return mono;
        }
        return {};
    case EntryIdRole: return qs(r->entryId);
    case RequestIdRole: return qs(r->requestId);
    case AuthorKeyRole: return qs(r->authorKey);
    case RolesRole: return toList(r->matchRoles());
    case TypeRole: return qs(r->type);
    case TimeRole: return r->readable ? QVariant(static_cast<qint64>(r->tsMs)) : QVariant();
    case CheckRole: return static_cast<int>(r->check);
    case SortRole:
        // Time ties fall back to arrival order, so the timeline keeps each feed's order.
        if (index.column() == TimeColumn)
            return QVariant::fromValue<qint64>(r->readable ? r->tsMs : std::numeric_limits<qint64>::min());
        if (index.column() == StatusColumn)
            return static_cast<int>(r->check);
        return display(*r, index.column());
    default: return {};
    }
}

QVariant AuditTrailModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case TimeColumn: return tr("Time (UTC)");
    case AuthorColumn: return tr("Author");
    case FingerprintColumn: return tr("Key fingerprint");
    case RoleColumn: return tr("Role");
    case TypeColumn: return tr("Type");
    case RequestColumn: return tr("Request");
    case SummaryColumn: return tr("Summary");
    case StatusColumn: return tr("Verification");
    default: return {};
    }
}

} // namespace cs::ui
