#pragma once

// Chooses the dashboard's period: the last 30, 90 or 365 days, or custom dates from/to.

#include "dashboard/DashboardPeriod.h"

#include <QWidget>

class QComboBox;
class QDateEdit;

namespace cs::ui {

class PeriodChooser final : public QWidget
{
    Q_OBJECT
public:
    explicit PeriodChooser(QWidget *parent = nullptr);

    DashboardPeriod period() const;
    void setPeriod(const DashboardPeriod &period);

    QComboBox *kindBox() const { return m_kind; }
    QDateEdit *fromEdit() const { return m_from; }
    QDateEdit *toEdit() const { return m_to; }

signals:
    void periodChanged();

private:
    void updateDateEdits();

    QComboBox *m_kind = nullptr;
    QDateEdit *m_from = nullptr;
    QDateEdit *m_to = nullptr;
};

} // namespace cs::ui
