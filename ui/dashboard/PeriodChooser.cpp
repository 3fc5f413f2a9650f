#include "dashboard/PeriodChooser.h"

#include "util/Clock.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDateTime>
#include <QHBoxLayout>
#include <QLabel>

namespace cs::ui {

PeriodChooser::PeriodChooser(QWidget *parent) : QWidget(parent)
{
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    auto *label = new QLabel(tr("&Period:"), this);
    m_kind = new QComboBox(this);
    m_kind->addItem(tr("Last 30 days"), static_cast<int>(DashboardPeriod::Kind::Last30Days));
    m_kind->addItem(tr("Last 90 days"), static_cast<int>(DashboardPeriod::Kind::Last90Days));
    m_kind->addItem(tr("Last 365 days"), static_cast<int>(DashboardPeriod::Kind::Last365Days));
    m_kind->addItem(tr("Custom dates"), static_cast<int>(DashboardPeriod::Kind::Custom));
    m_kind->setAccessibleName(tr("Dashboard period"));
    label->setBuddy(m_kind);

    const QDate today = QDateTime::fromMSecsSinceEpoch(nowMs(), Qt::UTC).date();
    m_from = new QDateEdit(today.addDays(-30), this);
    m_to = new QDateEdit(today, this);
    for (QDateEdit *edit : {m_from, m_to}) {
        edit->setCalendarPopup(true);
        edit->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
        edit->setToolTip(tr("Whole days in UTC, as the audit store's time stamps"));
    }
    m_from->setAccessibleName(tr("From date"));
    m_to->setAccessibleName(tr("To date, included"));
    auto *fromLabel = new QLabel(tr("&from"), this);
    fromLabel->setBuddy(m_from);
    auto *toLabel = new QLabel(tr("&to"), this);
    toLabel->setBuddy(m_to);

    layout->addWidget(label);
    layout->addWidget(m_kind);
    layout->addWidget(fromLabel);
    layout->addWidget(m_from);
    layout->addWidget(toLabel);
    layout->addWidget(m_to);
    updateDateEdits();

    connect(m_kind, &QComboBox::currentIndexChanged, this, [this] {
        updateDateEdits();
        emit periodChanged();
    });
    auto dateChanged = [this] {
        if (period().kind == DashboardPeriod::Kind::Custom)
            emit periodChanged();
    };
    connect(m_from, &QDateEdit::dateChanged, this, dateChanged);
    connect(m_to, &QDateEdit::dateChanged, this, dateChanged);
}

DashboardPeriod PeriodChooser::period() const
{
    DashboardPeriod p;
    p.kind = static_cast<DashboardPeriod::Kind>(m_kind->currentData().toInt());
    if (p.kind == DashboardPeriod::Kind::Custom) {
        p.from = m_from->date();
        p.to = m_to->date();
    }
    return p;
}

void PeriodChooser::setPeriod(const DashboardPeriod &period)
{
    // One change signal for the whole period, not one per widget touched.
    const QSignalBlocker blockKind(m_kind), blockFrom(m_from), blockTo(m_to);
    m_kind->setCurrentIndex(m_kind->findData(static_cast<int>(period.kind)));
    if (period.kind == DashboardPeriod::Kind::Custom) {
        m_from->setDate(period.from);
        m_to->setDate(period.to);
    }
    updateDateEdits();
    emit periodChanged();
}

void PeriodChooser::updateDateEdits()
{
    const bool custom = period().kind == DashboardPeriod::Kind::Custom;
    m_from->setEnabled(custom);
    m_to->setEnabled(custom);
}

} // namespace cs::ui
