#include "review/ImpactSection.h"

#include "charts/BarChart.h"
#include "charts/ChartPanel.h"
#include "charts/DataTable.h"
#include "common/Style.h"
#include "common/Text.h"
#include "review/Review.h"

#include <QCoreApplication>
#include <QLabel>
#include <QVBoxLayout>

namespace cs::ui {

ImpactSection::ImpactSection(std::shared_ptr<const review::Review> review, QWidget *parent)
    : Section(SectionId::Impact, parent)
{
    if (!review->metrics || !review->metrics->decisionImpact) {
        addText(tr("No baseline scores were submitted, so the change in decisions cannot be computed."));
        return;
    }
    const auto &impact = *review->metrics->decisionImpact;
    const auto &o = impact.overall;
    const bool highIsAdverse = review->manifest.model.adverseOutcome == package::AdverseOutcome::HighScore;
    // Rates are shares of all evaluated cases (contract section 2), and the sentences say so.
    m_sentences.append(tr("%1 of all %2 evaluated cases get a different decision from the candidate than from the baseline.")
                           .arg(percent(o.flipRate), QString::number(o.n)));
    if (highIsAdverse) {
        m_sentences.append(tr("%1 of all cases are flagged today and will not be flagged after this change.").arg(percent(o.newlyFavourableRate)));
        m_sentences.append(tr("%1 of all cases are not flagged today and will be flagged after this change.").arg(percent(o.newlyAdverseRate)));
    } else {
        m_sentences.append(tr("%1 of all cases get the favourable outcome today and will be refused after this change.")
                               .arg(percent(o.newlyAdverseRate)));
        m_sentences.append(tr("%1 of all cases are refused today and will get the favourable outcome after this change.")
                               .arg(percent(o.newlyFavourableRate)));
    }
    auto *text = addText(QStringLiteral("<ul style=\"margin:0\"><li>%1</li></ul>").arg(m_sentences.join(QStringLiteral("</li><li>"))));
    QFont f = text->font();
    f.setPointSizeF(f.pointSizeF() * 1.1);
    text->setFont(f);
    addNote(tr("Percentages are of all evaluated cases. Threshold %1 (baseline %2); adverse outcome: %3 score.")
                .arg(review->manifest.model.decisionThreshold)
                .arg(review->manifest.model.effectiveBaselineThreshold())
                .arg(highIsAdverse ? tr("high") : tr("low")));

    BarChartData bars;
    bars.title = tr("Changed decisions by group");
    bars.horizontal = true;
    bars.minValue = 0;
    bars.valueDecimals = 4;
    BarSeriesData adverse{tr("Newly adverse"), {}, trackColor(policy::Track::Red)};
    BarSeriesData favourable{tr("Newly favourable"), {}, trackColor(policy::Track::Green)};
    std::vector<QStringList> rows;
    std::vector<QStringList> tips;
    for (auto a = impact.byGroup.rbegin(); a != impact.byGroup.rend(); ++a) {
        for (auto g = a->groups.rbegin(); g != a->groups.rend(); ++g) {
            bars.categories.append(qs(a->attribute) + QLatin1Char('=') + qs(g->group));
            adverse.values.push_back(g->rates.newlyAdverseRate);
            favourable.values.push_back(g->rates.newlyFavourableRate);
        }
    }
    for (const auto &a : impact.byGroup) {
        for (const auto &g : a.groups) {
            rows.push_back({qs(a.attribute) + QLatin1Char('=') + qs(g.group), QString::number(g.rates.n),
                            percent(g.rates.flipRate, 2), percent(g.rates.newlyAdverseRate, 2),
                            percent(g.rates.newlyFavourableRate, 2)});
            tips.push_back({QString(), QString(), g.rates.flipRate ? exact(*g.rates.flipRate) : QString(),
                            g.rates.newlyAdverseRate ? exact(*g.rates.newlyAdverseRate) : QString(),
                            g.rates.newlyFavourableRate ? exact(*g.rates.newlyFavourableRate) : QString()});
        }
    }
    bars.series = {adverse, favourable};
    m_chart = new BarChart(this);
    m_chart->setData(bars);
    m_chart->setAccessibleName(tr("Changed decisions by group"));
    auto *table = new DataTable(this);
    table->setAccessibleName(tr("Changed decisions by group, numbers"));
    table->setContents({tr("Group"), tr("n"), tr("Flipped"), tr("Newly adverse"), tr("Newly favourable")}, rows, tips);
    body()->addWidget(new ChartPanel(m_chart, table, this));
}

} // namespace cs::ui
