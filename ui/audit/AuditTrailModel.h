#pragma once

// Every entry of every feed as one table row: time, author, key fingerprint, role, type,
// request, a short summary and the entry's verification status with its reason.

#include "audit/AuditTrail.h"

#include <QAbstractTableModel>

#include <memory>

namespace cs::ui {

class AuditTrailModel final : public QAbstractTableModel
{
    Q_OBJECT
public:
    // The verdict stands second: it is what an auditor scans the timeline for.
    enum Column { TimeColumn, StatusColumn, AuthorColumn, FingerprintColumn, RoleColumn, TypeColumn, RequestColumn,
                  SummaryColumn, ColumnCount };
    enum Role {
        EntryIdRole = Qt::UserRole + 1, // QString
        RequestIdRole,                  // QString
        AuthorKeyRole,                  // QString
        RolesRole,                      // QStringList: what the role filter matches
        TypeRole,                       // QString, the entry type as stored
        TimeRole,                       // qint64 ms; invalid for unreadable entries
        CheckRole,                      // int, EntryCheck
        SortRole,                       // what the column sorts by
    };

    explicit AuditTrailModel(QObject *parent = nullptr);

    void setTrail(std::shared_ptr<const AuditTrail> trail);
    const std::shared_ptr<const AuditTrail> &trail() const { return m_trail; }
    const TrailRow *rowAt(int row) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QVariant display(const TrailRow &r, int column) const;

    std::shared_ptr<const AuditTrail> m_trail;
};

} // namespace cs::ui
