#pragma once

// ROC curves of the candidate and the baseline on one square plot, with the chance diagonal.

#include "metrics/Performance.h"

#include <QChartView>

#include <optional>
#include <vector>

class QLineSeries;

namespace cs::ui {

struct RocCurveData
{
    QString name;
    std::vector<metrics::RocPoint> points;
    std::optional<double> auc;
    QColor color;
};

class RocChart final : public QChartView
{
    Q_OBJECT
public:
    explicit RocChart(QWidget *parent = nullptr);

    void setCurves(std::vector<RocCurveData> curves);
    const std::vector<RocCurveData> &curves() const { return m_curves; }
    const std::vector<QLineSeries *> &curveSeries() const { return m_series; }

private:
    std::vector<RocCurveData> m_curves;
    std::vector<QLineSeries *> m_series;
};

} // namespace cs::ui
