#pragma once

// The audit trail narrowed to what an auditor asks about: one request, one person, one role,
// one entry type, a time range. An empty criterion lets every row through.

#include <QSortFilterProxyModel>

#include <optional>

namespace cs::ui {

class AuditTrailFilter final : public QSortFilterProxyModel
{
    Q_OBJECT
public:
    explicit AuditTrailFilter(QObject *parent = nullptr);

    void setRequest(const QString &requestId);
    void setAuthor(const QString &authorKey);
    void setRole(const QString &role); // the claimed role, or the author's roles when it claims none
    void setType(const QString &type); // as stored: "decision", "package_received", ...
    // Milliseconds since the epoch, both ends included; nullopt leaves that end open.
    void setTimeRange(std::optional<qint64> fromMs, std::optional<qint64> toMs);
    void clearCriteria();
    bool hasCriteria() const;

    // The proxy row of a source entry id, or -1 when filtered out or absent.
    int proxyRowOf(const QString &entryId) const;

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    void changed();

    QString m_request, m_author, m_role, m_type;
    std::optional<qint64> m_from, m_to;
};

} // namespace cs::ui
