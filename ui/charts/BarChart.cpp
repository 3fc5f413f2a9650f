#include "charts/BarChart.h"

#include "common/Text.h"

#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QCursor>
#include <QHorizontalBarSeries>
#include <QLegendMarker>
#include <QLineSeries>
#include <QToolTip>
#include <QValueAxis>

#include <algorithm>

namespace cs::ui {

BarChart::BarChart(QWidget *parent) : QChartView(parent)
{
    setRenderHint(QPainter::Antialiasing);
    setMinimumHeight(220);
    chart()->setMargins(QMargins(4, 4, 4, 4));
    chart()->legend()->setAlignment(Qt::AlignBottom);
    // Follow the system palette rather than a chart theme's fixed colours.
    chart()->setBackgroundBrush(palette().base());
    chart()->setTitleBrush(palette().text());
    chart()->legend()->setLabelColor(palette().text().color());
}

QSize BarChart::sizeHint() const
{
    const int rows = std::max<int>(1, static_cast<int>(m_data.categories.size()));
    if (m_data.horizontal)
        return {420, std::clamp(60 + rows * 16 * std::max<int>(1, static_cast<int>(m_data.series.size())), 240, 520)};
    return {420, 260};
}

void BarChart::setData(BarChartData chartData)
{
    m_data = std::move(chartData);
    QChart *c = chart();
    c->removeAllSeries();
    const auto axes = c->axes();
    for (QAbstractAxis *axis : axes) {
        c->removeAxis(axis);
        delete axis;
    }
    m_lines.clear();
    c->setTitle(m_data.title);

    m_bars = m_data.horizontal ? static_cast<QAbstractBarSeries *>(new QHorizontalBarSeries)
                               : static_cast<QAbstractBarSeries *>(new QBarSeries);
    double top = 0;
    double bottom = 0;
    for (const auto &s : m_data.series) {
        auto *set = new QBarSet(s.name);
        if (s.color.isValid())
            set->setColor(s.color);
        for (const auto &v : s.values) {
            set->append(v.value_or(0.0));
            top = std::max(top, v.value_or(0.0));
            bottom = std::min(bottom, v.value_or(0.0));
        }
        const QString seriesName = s.name;
        const BarChartData *d = &m_data;
        const auto values = s.values;
        connect(set, &QBarSet::hovered, this, [d, seriesName, values](bool status, int index) {
            if (!status || index < 0 || index >= static_cast<int>(values.size())) {
                QToolTip::hideText();
                return;
            }
            const auto &v = values[static_cast<std::size_t>(index)];
            QToolTip::showText(QCursor::pos(), QStringLiteral("%1 \u2014 %2: %3")
                                                   .arg(d->categories.value(index), seriesName,
                                                        v ? exact(*v) : BarChart::tr("undefined")));
        });
        m_bars->append(set);
    }
    m_bars->setBarWidth(0.8);
    c->addSeries(m_bars);

    for (const auto &line : m_data.lines)
        top = std::max(top, line.value);
    auto *valueAxis = new QValueAxis;
    valueAxis->setRange(m_data.minValue.value_or(bottom), m_data.maxValue.value_or(top > 0 ? top * 1.1 : 1.0));
    valueAxis->setTitleText(m_data.valueTitle);
    valueAxis->setLabelFormat(QStringLiteral("%.2f"));
    valueAxis->setLabelsColor(palette().text().color());
    auto *categoryAxis = new QBarCategoryAxis;
    categoryAxis->append(m_data.categories);
    categoryAxis->setLabelsColor(palette().text().color());
    // Qt elides category labels long before they collide; a feature name cut to "..." says nothing.
    categoryAxis->setTruncateLabels(false);
    c->addAxis(categoryAxis, m_data.horizontal ? Qt::AlignLeft : Qt::AlignBottom);
    c->addAxis(valueAxis, m_data.horizontal ? Qt::AlignBottom : Qt::AlignLeft);
    m_bars->attachAxis(categoryAxis);
    m_bars->attachAxis(valueAxis);

    if (!m_data.lines.empty()) {
        // Lines span the plot on a hidden 0..1 axis across the categories.
        auto *span = new QValueAxis;
        span->setRange(0, 1);
        span->setVisible(false);
        c->addAxis(span, m_data.horizontal ? Qt::AlignRight : Qt::AlignTop);
        for (const auto &ref : m_data.lines) {
            auto *series = new QLineSeries;
            series->setName(ref.label);
            if (m_data.horizontal) {
                series->append(ref.value, 0);
                series->append(ref.value, 1);
            } else {
                series->append(0, ref.value);
                series->append(1, ref.value);
            }
            QPen pen(ref.color.isValid() ? ref.color : palette().text().color());
            pen.setStyle(Qt::DashLine);
            pen.setWidthF(1.5);
            series->setPen(pen);
            c->addSeries(series);
            series->attachAxis(valueAxis);
            series->attachAxis(span);
            m_lines.push_back(series);
        }
    }
    // Qt Charts elides a category label that does not fit its band, so horizontal charts grow
    // with their categories instead of squeezing them.
    if (m_data.horizontal) {
        const int band = std::max(fontMetrics().height() + 12,
                                  8 * std::max<int>(1, static_cast<int>(m_data.series.size())) + 8);
        setMinimumHeight(std::max(220, 110 + band * static_cast<int>(m_data.categories.size())));
    }
    updateGeometry();
}

} // namespace cs::ui
