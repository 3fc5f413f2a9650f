#include "charts/RocChart.h"

#include "common/Text.h"

#include <QChart>
#include <QCursor>
#include <QLineSeries>
#include <QToolTip>
#include <QValueAxis>

namespace cs::ui {

RocChart::RocChart(QWidget *parent) : QChartView(parent)
{
    setRenderHint(QPainter::Antialiasing);
    setMinimumSize(260, 260);
    chart()->setMargins(QMargins(4, 4, 4, 4));
    chart()->setBackgroundBrush(palette().base());
    chart()->setTitleBrush(palette().text());
    chart()->legend()->setLabelColor(palette().text().color());
    chart()->legend()->setAlignment(Qt::AlignBottom);
}

void RocChart::setCurves(std::vector<RocCurveData> curves)
{
    m_curves = std::move(curves);
    QChart *c = chart();
    c->removeAllSeries();
    const auto axes = c->axes();
    for (QAbstractAxis *axis : axes) {
        c->removeAxis(axis);
        delete axis;
    }
    m_series.clear();
    c->setTitle(tr("ROC curves"));

    auto *x = new QValueAxis;
    x->setRange(0, 1);
    x->setTitleText(tr("False positive rate"));
    x->setLabelsColor(palette().text().color());
    auto *y = new QValueAxis;
    y->setRange(0, 1);
    y->setTitleText(tr("True positive rate"));
    y->setLabelsColor(palette().text().color());
    c->addAxis(x, Qt::AlignBottom);
    c->addAxis(y, Qt::AlignLeft);

    auto *chance = new QLineSeries;
    chance->setName(tr("Chance"));
    chance->append(0, 0);
    chance->append(1, 1);
    QPen dashed(palette().mid().color());
    dashed.setStyle(Qt::DashLine);
    chance->setPen(dashed);
    c->addSeries(chance);
    chance->attachAxis(x);
    chance->attachAxis(y);

    for (const auto &curve : m_curves) {
        auto *series = new QLineSeries;
        series->setName(curve.auc ? tr("%1 (AUC %2)").arg(curve.name, number(curve.auc)) : curve.name);
        for (const auto &p : curve.points)
            series->append(p.fpr, p.tpr);
        QPen pen(curve.color);
        pen.setWidthF(2);
        series->setPen(pen);
        const QString name = curve.name;
        connect(series, &QLineSeries::hovered, this, [name](const QPointF &point, bool state) {
            if (state)
                QToolTip::showText(QCursor::pos(), tr("%1: FPR %2, TPR %3").arg(name, exact(point.x()), exact(point.y())));
            else
                QToolTip::hideText();
        });
        c->addSeries(series);
        series->attachAxis(x);
        series->attachAxis(y);
        m_series.push_back(series);
    }
}

} // namespace cs::ui
