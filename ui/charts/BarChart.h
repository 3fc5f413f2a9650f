#pragma once

// A grouped bar chart from plain numbers: categories (groups, features, bins) by series
// (candidate/baseline, rates), with optional reference lines such as PSI 0.1 and 0.25 or
// 0.8 x the best group's rate. Knows nothing of reviews; the sections turn core results
// into BarChartData. Hovering a bar shows its exact value.

#include <QChartView>
#include <QColor>
#include <QStringList>

#include <optional>
#include <vector>

class QAbstractBarSeries;
class QLineSeries;

namespace cs::ui {

struct BarSeriesData
{
    QString name;
    std::vector<std::optional<double>> values; // one per category; nullopt: undefined
    QColor color;
};

struct ReferenceLine
{
    double value = 0;
    QString label;
    QColor color;
};

struct BarChartData
{
    QString title;
    QStringList categories;
    std::vector<BarSeriesData> series;
    std::vector<ReferenceLine> lines;
    QString valueTitle;
    bool horizontal = false;
    std::optional<double> minValue;
    std::optional<double> maxValue;
    int valueDecimals = 3;
};

class BarChart final : public QChartView
{
    Q_OBJECT
public:
    explicit BarChart(QWidget *parent = nullptr);

    void setData(BarChartData data);
    const BarChartData &data() const { return m_data; }

    // For tests and the table: what the chart actually holds.
    QAbstractBarSeries *barSeries() const { return m_bars; }
    const std::vector<QLineSeries *> &referenceSeries() const { return m_lines; }

    QSize sizeHint() const override;

private:
    BarChartData m_data;
    QAbstractBarSeries *m_bars = nullptr;
    std::vector<QLineSeries *> m_lines;
};

} // namespace cs::ui
