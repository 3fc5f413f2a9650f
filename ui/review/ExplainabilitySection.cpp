#include "review/ExplainabilitySection.h"

#include "charts/BarChart.h"
#include "charts/ChartPanel.h"
#include "charts/DataTable.h"
#include "common/Style.h"
#include "common/Text.h"
#include "review/Review.h"

#include <QCoreApplication>
#include <QLabel>
#include <QVBoxLayout>

#include <algorithm>
#include <map>

namespace cs::ui {

ExplainabilitySection::ExplainabilitySection(std::shared_ptr<const review::Review> review, QWidget *parent)
    : Section(SectionId::Explainability, parent)
{
    const auto &m = review->manifest;
    if (!review->metrics || !review->metrics->explainability) {
        addText(tr("No attributions were submitted, so importance, stability and reason codes cannot be shown."));
        if (m.explainability)
            addNote(tr("Declared method: %1; reason codes: %2")
                        .arg(qs(m.explainability->method.value_or("\u2013")),
                             m.explainability->reasonCodes.value_or(false) ? tr("yes") : tr("no")));
        return;
    }
    const auto &e = *review->metrics->explainability;
    addText(tr("Method: <b>%1</b> \u00b7 reason codes declared: <b>%2</b> \u00b7 rank stability (Spearman): <b>%3</b> "
               "\u00b7 top-5 overlap: <b>%4</b>")
                .arg(qs(m.explainability ? m.explainability->method.value_or("\u2013") : std::string("\u2013")),
                     m.explainability && m.explainability->reasonCodes.value_or(false) ? tr("yes") : tr("no"),
                     number(e.stabilitySpearman, 3), number(e.top5Overlap, 2)));

    // Features ordered by the candidate's importance, most important on top.
    std::map<std::string, std::optional<double>> baseline;
    if (e.baselineImportance) {
        for (const auto &f : *e.baselineImportance)
            baseline[f.feature] = f.value;
    }
    auto order = e.importance;
    std::stable_sort(order.begin(), order.end(),
                     [](const auto &a, const auto &b) { return a.value.value_or(0) > b.value.value_or(0); });
    BarChartData bars;
    bars.title = tr("Mean |attribution| per feature");
    bars.horizontal = true;
    bars.minValue = 0;
    BarSeriesData cand{tr("Candidate"), {}, candidateColor()};
    BarSeriesData base{tr("Baseline"), {}, baselineColor()};
    std::vector<QStringList> rows;
    std::vector<QStringList> tips;
    // Horizontal bar charts draw the first category at the bottom, so feed them reversed.
    for (auto it = order.rbegin(); it != order.rend(); ++it) {
        bars.categories.append(qs(it->feature));
        cand.values.push_back(it->value);
        const auto b = baseline.count(it->feature) ? baseline[it->feature] : std::nullopt;
        base.values.push_back(b);
    }
    for (const auto &f : order) {
        const auto b = baseline.count(f.feature) ? baseline[f.feature] : std::nullopt;
        rows.push_back({qs(f.feature), number(f.value), number(b)});
        tips.push_back({qs(f.feature), f.value ? exact(*f.value) : QString(), b ? exact(*b) : QString()});
    }
    bars.series.push_back(cand);
    if (e.baselineImportance)
        bars.series.push_back(base);
    m_importance = new BarChart(this);
    m_importance->setData(bars);
    m_importance->setAccessibleName(tr("Feature importance, candidate against baseline"));
    auto *table = new DataTable(this);
    table->setAccessibleName(tr("Feature importance numbers"));
    table->setContents({tr("Feature"), tr("Candidate"), tr("Baseline")}, rows, tips);
    body()->addWidget(new ChartPanel(m_importance, table, this));

    addText(tr("<b>Reason codes</b>: share of the %1 adverse cases with attributions that name each feature among "
               "their four principal reasons.")
                .arg(e.adverseRowsWithAttributions));
    auto reasons = e.reasonCodeFrequency;
    std::stable_sort(reasons.begin(), reasons.end(),
                     [](const auto &a, const auto &b) { return a.value.value_or(0) > b.value.value_or(0); });
    BarChartData rc;
    rc.horizontal = true;
    rc.minValue = 0;
    rc.maxValue = 1;
    rc.title = tr("Reason-code frequency");
    BarSeriesData share{tr("Share of adverse cases"), {}, thirdSeriesColor()};
    std::vector<QStringList> rcRows;
    std::vector<QStringList> rcTips;
    for (auto it = reasons.rbegin(); it != reasons.rend(); ++it) {
        rc.categories.append(qs(it->feature));
        share.values.push_back(it->value);
    }
    for (const auto &f : reasons) {
        rcRows.push_back({qs(f.feature), percent(f.value)});
        rcTips.push_back({qs(f.feature), f.value ? exact(*f.value) : QString()});
    }
    rc.series.push_back(share);
    m_reasons = new BarChart(this);
    m_reasons->setData(rc);
    m_reasons->setAccessibleName(tr("Reason-code frequency"));
    auto *rcTable = new DataTable(this);
    rcTable->setAccessibleName(tr("Reason-code frequency numbers"));
    rcTable->setContents({tr("Feature"), tr("Share")}, rcRows, rcTips);
    body()->addWidget(new ChartPanel(m_reasons, rcTable, this));
}

} // namespace cs::ui
