#include "review/DriftSection.h"

#include "charts/BarChart.h"
#include "charts/ChartPanel.h"
#include "charts/DataTable.h"
#include "common/Style.h"
#include "common/Text.h"
#include "review/Review.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>

namespace cs::ui {

namespace {

// "(603, 630]" -> "\u2264630", "(754, +inf]" -> ">754": short enough for an axis under ten bars;
// the table beside the chart keeps the full interval.
QString shortBinLabel(const std::string &label)
{
    const QString text = QString::fromStdString(label);
    if (!text.startsWith(QLatin1Char('(')) || !text.endsWith(QLatin1Char(']')) || !text.contains(QStringLiteral(", ")))
        return text;
    const QString inner = text.mid(1, text.size() - 2);
    const QString lo = inner.section(QStringLiteral(", "), 0, 0);
    const QString hi = inner.section(QStringLiteral(", "), 1);
    return hi == QStringLiteral("+inf") ? QStringLiteral(">") + lo : QStringLiteral("\u2264") + hi;
}

} // namespace

DriftSection::DriftSection(std::shared_ptr<const review::Review> review, double psiInfo, double psiWarn, QWidget *parent)
    : Section(SectionId::Drift, parent), m_review(std::move(review))
{
    const auto &drift = *m_review->metrics->drift;
    BarChartData bars;
    bars.title = tr("Population stability index per feature");
    bars.horizontal = true;
    bars.minValue = 0;
    bars.valueTitle = tr("PSI");
    BarSeriesData psi{tr("PSI"), {}, candidateColor()};
    std::vector<QStringList> rows;
    std::vector<QStringList> tips;
    for (auto it = drift.rbegin(); it != drift.rend(); ++it) {
        bars.categories.append(qs(it->feature));
        psi.values.push_back(it->psi);
    }
    for (const auto &f : drift) {
        rows.push_back({qs(f.feature), number(f.psi), number(f.ks), percent(f.missingRateReference, 2),
                        percent(f.missingRateCurrent, 2)});
        tips.push_back({qs(f.feature), f.psi ? exact(*f.psi) : QString(), f.ks ? exact(*f.ks) : QString()});
    }
    bars.series.push_back(psi);
    bars.lines.push_back({psiInfo, tr("PSI %1 (info)").arg(psiInfo), trackColor(policy::Track::Yellow)});
    bars.lines.push_back({psiWarn, tr("PSI %1 (warn)").arg(psiWarn), trackColor(policy::Track::Red)});
    m_psi = new BarChart(this);
    m_psi->setData(bars);
    m_psi->setAccessibleName(tr("PSI per feature"));
    auto *table = new DataTable(this);
    table->setAccessibleName(tr("Drift numbers"));
    table->setContents({tr("Feature"), tr("PSI"), tr("KS"), tr("Missing ref."), tr("Missing cur.")}, rows, tips);
    body()->addWidget(new ChartPanel(m_psi, table, this));

    auto *row = new QHBoxLayout;
    auto *label = new QLabel(tr("&Histogram of feature:"), this);
    m_selector = new QComboBox(this);
    m_selector->setAccessibleName(tr("Feature for the histogram"));
    label->setBuddy(m_selector);
    for (const auto &f : drift)
        m_selector->addItem(qs(f.feature));
    row->addWidget(label);
    row->addWidget(m_selector);
    row->addStretch();
    body()->addLayout(row);
    m_histogram = new BarChart(this);
    m_histogramTable = new DataTable(this);
    body()->addWidget(new ChartPanel(m_histogram, m_histogramTable, this));
    connect(m_selector, &QComboBox::currentIndexChanged, this, &DriftSection::showFeature);
    connect(table, &QTableWidget::currentCellChanged, this, [this](int r) {
        if (r >= 0)
            m_selector->setCurrentIndex(r);
    });
    showFeature(0);
}

void DriftSection::focusSubject(const QString &subject)
{
    const int index = m_selector->findText(subject);
    if (index >= 0)
        m_selector->setCurrentIndex(index);
}

void DriftSection::showFeature(int index)
{
    const auto &drift = *m_review->metrics->drift;
    if (index < 0 || index >= static_cast<int>(drift.size()))
        return;
    const auto &f = drift[static_cast<std::size_t>(index)];
    BarChartData bars;
    bars.title = tr("%1: reference vs current (PSI %2)").arg(qs(f.feature), number(f.psi, 3));
    bars.minValue = 0;
    bars.valueTitle = tr("share of rows");
    BarSeriesData ref{tr("Reference"), {}, baselineColor()};
    BarSeriesData cur{tr("Current"), {}, candidateColor()};
    for (std::size_t i = 0; i < f.binLabels.size(); ++i) {
        bars.categories.append(shortBinLabel(f.binLabels[i]));
        ref.values.push_back(i < f.referenceShare.size() ? std::optional<double>(f.referenceShare[i]) : std::nullopt);
        cur.values.push_back(i < f.currentShare.size() ? std::optional<double>(f.currentShare[i]) : std::nullopt);
    }
    bars.series = {ref, cur};
    m_histogram->setData(bars);
    m_histogram->setAccessibleName(tr("Histogram of %1").arg(qs(f.feature)));
    BarChartData table = bars;
    for (std::size_t i = 0; i < f.binLabels.size(); ++i)
        table.categories[static_cast<qsizetype>(i)] = qs(f.binLabels[i]);
    m_histogramTable->setBarData(table);
}

} // namespace cs::ui
