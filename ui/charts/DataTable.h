#pragma once

// A compact read-only table of the numbers behind a chart (or any small key/value list).
// Cells carry the exact value in their tooltip; the whole table copies as tab-separated text.

#include <QTableWidget>

namespace cs::ui {

struct BarChartData;

class DataTable final : public QTableWidget
{
    Q_OBJECT
public:
    explicit DataTable(QWidget *parent = nullptr);

    // rows x columns of display text; `tooltips` (same shape, may be empty) give exact values.
    void setContents(const QStringList &headers, const std::vector<QStringList> &rows,
                     const std::vector<QStringList> &tooltips = {});
    void setBarData(const BarChartData &data);

    QSize sizeHint() const override;

protected:
    void keyPressEvent(QKeyEvent *event) override;
};

} // namespace cs::ui
