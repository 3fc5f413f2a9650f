#pragma once

// A chart with its numbers beside it (or below it when the page is narrow), so no value is
// only a bar's length.

#include <QWidget>

class QBoxLayout;

namespace cs::ui {

class ChartPanel final : public QWidget
{
    Q_OBJECT
public:
    ChartPanel(QWidget *chart, QWidget *table, QWidget *parent = nullptr);

protected:
    void resizeEvent(QResizeEvent *event) override;

private:
    QBoxLayout *m_layout = nullptr;
};

} // namespace cs::ui
