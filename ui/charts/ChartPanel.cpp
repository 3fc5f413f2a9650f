#include "charts/ChartPanel.h"

#include <QBoxLayout>
#include <QResizeEvent>

namespace cs::ui {

ChartPanel::ChartPanel(QWidget *chart, QWidget *table, QWidget *parent) : QWidget(parent)
{
    m_layout = new QBoxLayout(QBoxLayout::LeftToRight, this);
    m_layout->setContentsMargins(0, 0, 0, 0);
    m_layout->addWidget(chart, 3);
    m_layout->addWidget(table, 2);
}

void ChartPanel::resizeEvent(QResizeEvent *event)
{
    const auto direction = event->size().width() < 760 ? QBoxLayout::TopToBottom : QBoxLayout::LeftToRight;
    if (m_layout->direction() != direction)
        m_layout->setDirection(direction);
    QWidget::resizeEvent(event);
}

} // namespace cs::ui
