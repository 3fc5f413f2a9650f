#pragma once

// The audit trail: every entry of every feed as a timeline with filters, and beside it the
// whole trail of the request the selected entry names. Usable on its own (the main window
// shows its live store's trail) and inside the InspectWindow.

#include <QWidget>

#include <memory>
#include <string>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QLabel;
class QTableView;

namespace cs::audit {
class VerificationReport;
}

namespace cs::ui {

struct AuditTrail;
class AuditTrailFilter;
class AuditTrailModel;
class RequestTrailPanel;

class AuditTrailView final : public QWidget
{
    Q_OBJECT
public:
    explicit AuditTrailView(QWidget *parent = nullptr);

    // Builds the trail off the UI thread; trailChanged() follows. A newer call wins.
    void setReport(std::shared_ptr<const audit::VerificationReport> report);
    // Shows a trail built elsewhere (already off the UI thread), at once.
    void setTrail(std::shared_ptr<const AuditTrail> trail);
    const std::shared_ptr<const AuditTrail> &trail() const { return m_trail; }
    bool isBuilding() const { return m_building; }

    // Selects the entry's row, clearing filters that hide it. False when the store lacks it.
    bool selectEntry(const std::string &entryId);
    // Narrows the trail to one request and shows its whole trail beside it (empty: all).
    void showRequest(const std::string &requestId);
    void clearFilters();

    AuditTrailModel *model() const { return m_model; }
    AuditTrailFilter *filter() const { return m_filter; }
    QTableView *table() const { return m_table; }
    RequestTrailPanel *requestPanel() const { return m_panel; }
    QString countText() const;

signals:
    void trailChanged();

private:
    QWidget *makeFilterBar();
    void fillChoices();
    void applyDates();
    void currentRowChanged();
    void updateCount();

    AuditTrailModel *m_model = nullptr;
    AuditTrailFilter *m_filter = nullptr;
    QTableView *m_table = nullptr;
    RequestTrailPanel *m_panel = nullptr;
    QComboBox *m_request = nullptr;
    QComboBox *m_person = nullptr;
    QComboBox *m_role = nullptr;
    QComboBox *m_type = nullptr;
    QCheckBox *m_useFrom = nullptr;
    QCheckBox *m_useTo = nullptr;
    QDateEdit *m_from = nullptr;
    QDateEdit *m_to = nullptr;
    QLabel *m_count = nullptr;
    std::shared_ptr<const AuditTrail> m_trail;
    int m_generation = 0;
    bool m_building = false;
    bool m_filling = false; // combos being refilled: their signals are not the user's
};

} // namespace cs::ui
