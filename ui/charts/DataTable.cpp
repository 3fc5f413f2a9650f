#include "charts/DataTable.h"

#include "charts/BarChart.h"
#include "common/Text.h"

#include <QApplication>
#include <QClipboard>
#include <QHeaderView>
#include <QKeyEvent>
#include <QRegularExpression>
#include <QScrollBar>

namespace cs::ui {

DataTable::DataTable(QWidget *parent) : QTableWidget(parent)
{
    setEditTriggers(QAbstractItemView::NoEditTriggers);
    setSelectionBehavior(QAbstractItemView::SelectRows);
    setAlternatingRowColors(true);
    verticalHeader()->setVisible(false);
    verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 6);
    // Numbers sit next to their labels rather than across a stretched empty column.
    horizontalHeader()->setStretchLastSection(false);
    setSizeAdjustPolicy(QAbstractScrollArea::AdjustToContents);
    setVerticalScrollMode(QAbstractItemView::ScrollPerPixel);
    setWordWrap(false);
}

void DataTable::setContents(const QStringList &headers, const std::vector<QStringList> &rows,
                            const std::vector<QStringList> &tooltips)
{
    clear();
    setColumnCount(static_cast<int>(headers.size()));
    setRowCount(static_cast<int>(rows.size()));
    setHorizontalHeaderLabels(headers);
    for (int r = 0; r < rowCount(); ++r) {
        const QStringList &row = rows[static_cast<std::size_t>(r)];
        for (int col = 0; col < columnCount() && col < row.size(); ++col) {
            auto *item = new QTableWidgetItem(row.at(col));
            // Numbers line up on the right; words read from the left.
            static const QRegularExpression numeric(QStringLiteral("^([-+]?[0-9][0-9.,]*(e[-+]?[0-9]+)?%?|\u2013)$"));
            if (col > 0 && numeric.match(row.at(col)).hasMatch())
                item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
            const bool hasTip = static_cast<std::size_t>(r) < tooltips.size() && col < tooltips[static_cast<std::size_t>(r)].size()
                                && !tooltips[static_cast<std::size_t>(r)].at(col).isEmpty();
            item->setToolTip(hasTip ? tooltips[static_cast<std::size_t>(r)].at(col) : row.at(col));
            setItem(r, col, item);
        }
    }
    resizeColumnsToContents();
    setMaximumWidth(sizeHint().width() + verticalScrollBar()->sizeHint().width() + 4);
    updateGeometry();
}

void DataTable::setBarData(const BarChartData &chart)
{
    QStringList headers{QString()};
    for (const auto &s : chart.series)
        headers.append(s.name);
    std::vector<QStringList> rows;
    std::vector<QStringList> tips;
    for (int i = 0; i < chart.categories.size(); ++i) {
        QStringList row{chart.categories.at(i)};
        QStringList tip{chart.categories.at(i)};
        for (const auto &s : chart.series) {
            const auto &v = s.values.at(static_cast<std::size_t>(i));
            row.append(number(v, chart.valueDecimals));
            tip.append(v ? exact(*v) : tr("undefined"));
        }
        rows.push_back(row);
        tips.push_back(tip);
    }
    for (const auto &line : chart.lines) {
        QStringList row{line.label};
        for (std::size_t s = 0; s < chart.series.size(); ++s)
            row.append(s == 0 ? number(line.value, chart.valueDecimals) : QString());
        rows.push_back(row);
        tips.push_back({line.label, exact(line.value)});
    }
    setContents(headers, rows, tips);
}

QSize DataTable::sizeHint() const
{
    int width = 4;
    for (int c = 0; c < columnCount(); ++c)
        width += columnWidth(c);
    // Room for a horizontal scroll bar, so a wide table never hides its last row behind one.
    const int height = horizontalHeader()->sizeHint().height() + rowCount() * verticalHeader()->defaultSectionSize()
                       + horizontalScrollBar()->sizeHint().height() + 2 * frameWidth() + 2;
    return {width, std::min(height, 380)};
}

void DataTable::keyPressEvent(QKeyEvent *event)
{
    if (event->matches(QKeySequence::Copy)) {
        // Everything, tab separated, for pasting into a spreadsheet or a ticket.
        QStringList lines;
        QStringList header;
        for (int c = 0; c < columnCount(); ++c)
            header.append(horizontalHeaderItem(c) ? horizontalHeaderItem(c)->text() : QString());
        lines.append(header.join(QLatin1Char('\t')));
        for (int r = 0; r < rowCount(); ++r) {
            QStringList cells;
            for (int c = 0; c < columnCount(); ++c)
                cells.append(item(r, c) ? item(r, c)->text() : QString());
            lines.append(cells.join(QLatin1Char('\t')));
        }
        QApplication::clipboard()->setText(lines.join(QLatin1Char('\n')));
        return;
    }
    QTableWidget::keyPressEvent(event);
}

} // namespace cs::ui
