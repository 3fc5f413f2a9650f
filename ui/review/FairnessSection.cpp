#include "review/FairnessSection.h"

#include "charts/BarChart.h"
#include "charts/ChartPanel.h"
#include "charts/DataTable.h"
#include "common/Style.h"
#include "common/Text.h"
#include "review/Review.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>

#include <algorithm>

namespace cs::ui {

FairnessSection::FairnessSection(std::shared_ptr<const review::Review> review, double disparateImpactFail, QWidget *parent)
    : Section(SectionId::Fairness, parent), m_review(std::move(review)), m_ratioThreshold(disparateImpactFail)
{
    const auto &fairness = *m_review->metrics->fairness;
    auto *row = new QHBoxLayout;
    auto *label = new QLabel(tr("&Protected attribute:"), this);
    m_selector = new QComboBox(this);
    m_selector->setAccessibleName(tr("Protected attribute"));
    label->setBuddy(m_selector);
    for (const auto &a : fairness)
        m_selector->addItem(qs(a.attribute));
    row->addWidget(label);
    row->addWidget(m_selector);
    row->addStretch();
    body()->addLayout(row);

    m_aggregates = addText(QString());
    m_aggregates->setTextFormat(Qt::RichText);
    m_chart = new BarChart(this);
    m_chart->setMinimumHeight(280);
    m_table = new DataTable(this);
    body()->addWidget(new ChartPanel(m_chart, m_table, this));
    addNote(tr("Groups marked \u2020 have fewer cases than the policy's minimum group size and are left out of the "
               "aggregates. The dashed line is %1 \u00d7 the best counted group's rate (the four-fifths rule).")
                .arg(m_ratioThreshold));

    connect(m_selector, &QComboBox::currentIndexChanged, this, &FairnessSection::showAttribute);
    showAttribute(0);
}

void FairnessSection::focusSubject(const QString &subject)
{
    const int index = m_selector->findText(subject);
    if (index >= 0)
        m_selector->setCurrentIndex(index);
}

void FairnessSection::showAttribute(int index)
{
    const auto &all = *m_review->metrics->fairness;
    if (index < 0 || index >= static_cast<int>(all.size()))
        return;
    const auto &a = all[static_cast<std::size_t>(index)];
    const QString rateName = a.favourableRate ? tr("Favourable rate") : tr("Selection rate");

    BarChartData bars;
    bars.title = tr("%1 by group").arg(qs(a.attribute));
    bars.minValue = 0;
    bars.maxValue = 1;
    bars.valueTitle = tr("rate");
    BarSeriesData rate{rateName, {}, candidateColor()};
    BarSeriesData tpr{tr("TPR"), {}, thirdSeriesColor()};
    BarSeriesData fpr{tr("FPR"), {}, baselineColor()};
    std::optional<double> best;
    std::vector<QStringList> rows;
    std::vector<QStringList> tips;
    for (const auto &g : a.groups) {
        std::optional<double> r = g.selectionRate;
        if (a.favourableRate && r)
            r = 1.0 - *r;
        bars.categories.append(qs(g.group) + (g.smallSample ? QStringLiteral(" \u2020") : QString()));
        rate.values.push_back(r);
        tpr.values.push_back(g.tpr);
        fpr.values.push_back(g.fpr);
        if (!g.smallSample && r)
            best = std::max(best.value_or(*r), *r);
        rows.push_back({qs(g.group), QString::number(g.n), number(r), number(g.tpr), number(g.fpr), number(g.fnr),
                        number(g.accuracy), number(g.precision), g.smallSample ? tr("small") : QString()});
        tips.push_back({qs(g.group), QString::number(g.n), r ? exact(*r) : QString(), g.tpr ? exact(*g.tpr) : QString(),
                        g.fpr ? exact(*g.fpr) : QString()});
    }
    bars.series = {rate, tpr, fpr};
    if (best)
        bars.lines.push_back({m_ratioThreshold * *best, tr("%1 \u00d7 best %2").arg(m_ratioThreshold).arg(rateName.toLower()),
                              trackColor(policy::Track::Red)});
    m_chart->setData(bars);
    m_chart->setAccessibleName(tr("Fairness chart for %1").arg(qs(a.attribute)));
    m_table->setContents({tr("Group"), tr("n"), rateName, tr("TPR"), tr("FPR"), tr("FNR"), tr("Accuracy"), tr("Precision"),
                          QString()},
                         rows, tips);
    m_table->setAccessibleName(tr("Fairness numbers for %1").arg(qs(a.attribute)));

    const auto flag = [this](const std::optional<double> &ratio) {
        if (!ratio)
            return QString();
        return *ratio < m_ratioThreshold ? tr(" <b style=\"color:#c62828\">below %1</b>").arg(m_ratioThreshold) : QString();
    };
    m_aggregates->setText(tr("Disparate impact ratio (%1): <b>%2</b>%3 \u00b7 Demographic parity difference: <b>%4</b> \u00b7 "
                             "Equal opportunity difference: <b>%5</b> \u00b7 Equalized odds difference: <b>%6</b>")
                              .arg(rateName.toLower(), number(a.disparateImpactRatio, 3), flag(a.disparateImpactRatio),
                                   number(a.demographicParityDifference, 3), number(a.equalOpportunityDifference, 3),
                                   number(a.equalizedOddsDifference, 3)));
}

} // namespace cs::ui
