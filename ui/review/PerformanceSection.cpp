#include "review/PerformanceSection.h"

#include "charts/BarChart.h"
#include "charts/ChartPanel.h"
#include "charts/DataTable.h"
#include "charts/RocChart.h"
#include "common/Style.h"
#include "common/Text.h"
#include "review/Review.h"

#include <QCoreApplication>
#include <QLabel>
#include <QVBoxLayout>

#include <QLabel>
#include <QVBoxLayout>

namespace cs::ui {

namespace {

struct MetricRow
{
    const char *key;
    const char *title;
    std::optional<double> metrics::BinaryMetrics::*field;
    bool lowerIsBetter;
};

const MetricRow kRows[] = {
    {"auc", QT_TRANSLATE_NOOP("cs::ui::PerformanceSection", "AUC"), &metrics::BinaryMetrics::auc, false},
    {"accuracy", QT_TRANSLATE_NOOP("cs::ui::PerformanceSection", "Accuracy"), &metrics::BinaryMetrics::accuracy, false},
    {"precision", QT_TRANSLATE_NOOP("cs::ui::PerformanceSection", "Precision"), &metrics::BinaryMetrics::precision, false},
    {"recall", QT_TRANSLATE_NOOP("cs::ui::PerformanceSection", "Recall"), &metrics::BinaryMetrics::recall, false},
    {"f1", QT_TRANSLATE_NOOP("cs::ui::PerformanceSection", "F1"), &metrics::BinaryMetrics::f1, false},
    {"selection_rate", QT_TRANSLATE_NOOP("cs::ui::PerformanceSection", "Selection rate"), &metrics::BinaryMetrics::selectionRate, false},
    {"brier", QT_TRANSLATE_NOOP("cs::ui::PerformanceSection", "Brier score"), &metrics::BinaryMetrics::brier, true},
    {"log_loss", QT_TRANSLATE_NOOP("cs::ui::PerformanceSection", "Log loss"), &metrics::BinaryMetrics::logLoss, true},
};

} // namespace

PerformanceSection::PerformanceSection(std::shared_ptr<const review::Review> review, QWidget *parent)
    : Section(SectionId::Performance, parent)
{
    const auto &m = *review->metrics;
    const metrics::BinaryMetrics candidate = m.candidate.value_or(metrics::BinaryMetrics{});
    const auto baseline = m.baseline;

    QString primary = tr("Primary metric <b>%1</b>").arg(qs(m.primaryMetric));
    if (m.primaryChangePct)
        primary += tr(": <b>%1%</b> against the baseline").arg(signedNumber(m.primaryChangePct, 2));
    else
        primary += tr(": no baseline to compare with");
    addText(primary);

    BarChartData chartData;
    chartData.title = tr("Candidate vs baseline");
    chartData.valueTitle = tr("value");
    chartData.minValue = 0;
    chartData.maxValue = 1;
    BarSeriesData cand{tr("Candidate"), {}, candidateColor()};
    BarSeriesData base{tr("Baseline"), {}, baselineColor()};

    std::vector<QStringList> rows;
    std::vector<QStringList> tips;
    for (const auto &row : kRows) {
        const auto c = candidate.*row.field;
        const std::optional<double> b = baseline ? (*baseline).*row.field : std::nullopt;
        std::optional<double> delta;
        if (c && b)
            delta = *c - *b;
        const QString title = QCoreApplication::translate("cs::ui::PerformanceSection", row.title)
                              + (m.primaryMetric == row.key ? tr(" (primary)") : QString());
        rows.push_back({title, number(c), number(b), signedNumber(delta),
                        delta && *b != 0 ? signedNumber(100.0 * *delta / std::abs(*b), 2) + QLatin1Char('%') : QStringLiteral("\u2013")});
        tips.push_back({qs(std::string(row.key)), c ? exact(*c) : QString(), b ? exact(*b) : QString(),
                        delta ? exact(*delta) : QString(), row.lowerIsBetter ? tr("lower is better") : tr("higher is better")});
        if (!row.lowerIsBetter) {
            chartData.categories.append(QCoreApplication::translate("cs::ui::PerformanceSection", row.title));
            cand.values.push_back(c);
            base.values.push_back(b);
        }
    }
    chartData.series.push_back(cand);
    if (baseline)
        chartData.series.push_back(base);

    m_chart = new BarChart(this);
    m_chart->setData(chartData);
    m_chart->setAccessibleName(tr("Performance chart, candidate against baseline"));
    auto *table = new DataTable(this);
    table->setAccessibleName(tr("Performance numbers"));
    table->setContents({tr("Metric"), tr("Candidate"), tr("Baseline"), tr("Change"), tr("Change %")}, rows, tips);
    body()->addWidget(new ChartPanel(m_chart, table, this));

    m_roc = new RocChart(this);
    std::vector<RocCurveData> curves;
    curves.push_back({tr("Candidate"), m.candidateRoc, candidate.auc, candidateColor()});
    if (!m.baselineRoc.empty())
        curves.push_back({tr("Baseline"), m.baselineRoc, baseline ? baseline->auc : std::nullopt, baselineColor()});
    m_roc->setCurves(curves);
    m_roc->setAccessibleName(tr("ROC curves"));
    auto *rocTable = new DataTable(this);
    rocTable->setAccessibleName(tr("ROC curve points"));
    std::vector<QStringList> points;
    std::vector<QStringList> pointTips;
    for (const auto &curve : curves) {
        for (const auto &p : curve.points) {
            points.push_back({curve.name, number(p.fpr), number(p.tpr)});
            pointTips.push_back({curve.name, exact(p.fpr), exact(p.tpr)});
        }
    }
    rocTable->setContents({tr("Model"), tr("FPR"), tr("TPR")}, points, pointTips);
    rocTable->setMaximumHeight(300);
    m_roc->setMinimumHeight(300);
    body()->addWidget(new ChartPanel(m_roc, rocTable, this));

    if (!m.reportedVsRecomputed.empty()) {
        addText(tr("<b>Reported by the submitter vs recomputed from the data</b>"));
        // The policy's tolerance decides; the mismatch finding carries it in its evidence.
        std::optional<double> tolerance;
        for (const auto &f : review->findings) {
            if (f.check == "metrics.reported_mismatch" && f.evidence.contains("tolerance"))
                tolerance = f.evidence["tolerance"].get<double>();
        }
        std::vector<QStringList> rep;
        for (const auto &c : m.reportedVsRecomputed) {
            const bool mismatch = tolerance && c.absDiff && *c.absDiff > *tolerance;
            rep.push_back({qs(c.metric), number(c.reported), number(c.recomputed), number(c.absDiff),
                           mismatch ? tr("mismatch") : tr("ok")});
        }
        auto *repTable = new DataTable(this);
        repTable->setAccessibleName(tr("Reported against recomputed metrics"));
        repTable->setContents({tr("Metric"), tr("Reported"), tr("Recomputed"), tr("|difference|"), QString()}, rep);
        body()->addWidget(repTable);
    }
}

} // namespace cs::ui
