// The one-view review shows what the core computes: track, rationale, findings, and charts
// whose series hold exactly the core's numbers.
#include "TestSupport.h"

#include "charts/BarChart.h"
#include "charts/RocChart.h"
#include "common/Style.h"
#include "policy/Policy.h"
#include "review/DriftSection.h"
#include "review/ExplainabilitySection.h"
#include "review/FairnessSection.h"
#include "review/FindingsSection.h"
#include "review/HeaderSection.h"
#include "review/ImpactSection.h"
#include "review/PerformanceSection.h"
#include "review/Review.h"
#include "review/ReviewPage.h"

#include <QAbstractBarSeries>
#include <QBarSet>
#include <QComboBox>
#include <QDir>
#include <QLineSeries>
#include <QTest>

#include <map>
#include <set>

using namespace cs;

namespace {

// Reads a bar chart back as category -> value, per series name.
std::map<QString, std::map<QString, double>> readBars(const ui::BarChart *chart)
{
    std::map<QString, std::map<QString, double>> out;
    const auto sets = chart->barSeries()->barSets();
    for (const QBarSet *set : sets) {
        for (int i = 0; i < set->count(); ++i)
            out[set->label()][chart->data().categories.at(i)] = set->at(i);
    }
    return out;
}

} // namespace

class TestReviewPage final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        auto p = policy::defaultPolicy();
        QVERIFY2(p.ok(), qPrintable(p.ok() ? QString() : p.errorMessage()));
        m_policy = std::make_shared<const policy::Policy>(std::move(p).value());
    }

    void showsTrackRationaleAndFindings_data()
    {
        QTest::addColumn<QString>("sample");
        const auto samples = QDir(test::resourcePath(QStringLiteral("samples"))).entryList(QDir::Dirs | QDir::NoDotAndDotDot);
        for (const QString &s : samples)
            QTest::newRow(qPrintable(s)) << s;
    }

    void showsTrackRationaleAndFindings()
    {
        QFETCH(QString, sample);
        auto reviewed = review::reviewPackage(test::resourcePath(QStringLiteral("samples/") + sample), *m_policy);
        QVERIFY2(reviewed.ok(), qPrintable(reviewed.ok() ? QString() : reviewed.errorMessage()));
        auto r = std::make_shared<const review::Review>(std::move(reviewed).value());

        ui::ReviewPage page(m_policy);
        page.resize(1000, 800);
        page.showReview(r, nullptr, false);
        QVERIFY(page.header());
        QVERIFY(page.header()->badgeText().contains(ui::trackTitle(r->track)));

        QStringList expected;
        for (const auto &line : r->rationale)
            expected.append(QString::fromStdString(line.message));
        QStringList shown = page.header()->rationaleTexts();
        expected.sort();
        shown.sort();
        QCOMPARE(shown, expected);

        auto *findings = page.section<ui::FindingsSection>();
        QVERIFY(findings);
        std::multiset<std::string> core;
        for (const auto &f : r->findings)
            core.insert(f.key() + "/" + policy::toString(f.severity));
        std::multiset<std::string> ui;
        for (const auto *row : findings->rows())
            ui.insert(row->finding().key() + "/" + policy::toString(row->finding().severity));
        QCOMPARE(ui, core);
    }

    void chartsHoldTheCoreNumbers()
    {
        auto reviewed = review::reviewPackage(test::resourcePath(QStringLiteral("samples/credit-limit-red")), *m_policy);
        QVERIFY(reviewed.ok());
        auto r = std::make_shared<const review::Review>(std::move(reviewed).value());
        const auto &m = *r->metrics;
        ui::ReviewPage page(m_policy);
        page.showReview(r, nullptr, false);

        // Performance: candidate and baseline bars, and the ROC curves point by point.
        auto *perf = page.section<ui::PerformanceSection>();
        QVERIFY(perf);
        const auto bars = readBars(perf->metricsChart());
        QCOMPARE(bars.at(QStringLiteral("Candidate")).at(QStringLiteral("AUC")), *m.candidate->auc);
        QCOMPARE(bars.at(QStringLiteral("Baseline")).at(QStringLiteral("AUC")), *m.baseline->auc);
        QCOMPARE(bars.at(QStringLiteral("Candidate")).at(QStringLiteral("F1")), *m.candidate->f1);
        QCOMPARE(bars.at(QStringLiteral("Candidate")).at(QStringLiteral("Selection rate")), *m.candidate->selectionRate);
        QCOMPARE(bars.at(QStringLiteral("Baseline")).at(QStringLiteral("Recall")), *m.baseline->recall);
        const auto &roc = perf->rocChart()->curveSeries();
        QCOMPARE(roc.size(), std::size_t{2});
        QCOMPARE(roc[0]->count(), static_cast<int>(m.candidateRoc.size()));
        for (int i = 0; i < roc[0]->count(); ++i) {
            QCOMPARE(roc[0]->at(i).x(), m.candidateRoc[static_cast<std::size_t>(i)].fpr);
            QCOMPARE(roc[0]->at(i).y(), m.candidateRoc[static_cast<std::size_t>(i)].tpr);
        }
        QCOMPARE(roc[1]->count(), static_cast<int>(m.baselineRoc.size()));

        // Fairness: every attribute, every group, with the four-fifths line at 0.8 x the best rate.
        auto *fair = page.section<ui::FairnessSection>();
        QVERIFY(fair);
        for (std::size_t a = 0; a < m.fairness->size(); ++a) {
            const auto &attr = (*m.fairness)[a];
            fair->attributeSelector()->setCurrentIndex(static_cast<int>(a));
            const auto sets = fair->chart()->barSeries()->barSets();
            QCOMPARE(sets.size(), 3);
            double best = 0;
            for (std::size_t g = 0; g < attr.groups.size(); ++g) {
                const auto &grp = attr.groups[g];
                double rate = *grp.selectionRate;
                if (attr.favourableRate)
                    rate = 1.0 - rate;
                if (!grp.smallSample)
                    best = std::max(best, rate);
                QCOMPARE(sets[0]->at(static_cast<int>(g)), rate);
                QCOMPARE(sets[1]->at(static_cast<int>(g)), grp.tpr.value_or(0));
                QCOMPARE(sets[2]->at(static_cast<int>(g)), grp.fpr.value_or(0));
            }
            QCOMPARE(fair->chart()->referenceSeries().size(), std::size_t{1});
            QCOMPARE(fair->chart()->referenceSeries()[0]->at(0).y(), m_policy->disparateImpactFail * best);
        }

        // Drift: PSI per feature, lines at the policy's 0.1 and 0.25, histograms per feature.
        auto *drift = page.section<ui::DriftSection>();
        QVERIFY(drift);
        const auto psi = readBars(drift->psiChart()).at(QStringLiteral("PSI"));
        QCOMPARE(psi.size(), m.drift->size());
        for (const auto &f : *m.drift)
            QCOMPARE(psi.at(QString::fromStdString(f.feature)), *f.psi);
        QCOMPARE(drift->psiChart()->referenceSeries().size(), std::size_t{2});
        QCOMPARE(drift->psiChart()->referenceSeries()[0]->at(0).x(), m_policy->psiInfo);
        QCOMPARE(drift->psiChart()->referenceSeries()[1]->at(0).x(), m_policy->psiWarn);
        drift->featureSelector()->setCurrentIndex(3);
        const auto &f3 = (*m.drift)[3];
        const auto hist = drift->histogram()->barSeries()->barSets();
        QCOMPARE(hist.size(), 2);
        QCOMPARE(hist[0]->count(), static_cast<int>(f3.referenceShare.size()));
        for (int i = 0; i < hist[0]->count(); ++i) {
            QCOMPARE(hist[0]->at(i), f3.referenceShare[static_cast<std::size_t>(i)]);
            QCOMPARE(hist[1]->at(i), f3.currentShare[static_cast<std::size_t>(i)]);
        }

        // Explainability: paired importance bars and reason-code frequency.
        auto *expl = page.section<ui::ExplainabilitySection>();
        QVERIFY(expl && expl->importanceChart());
        const auto imp = readBars(expl->importanceChart());
        for (const auto &f : m.explainability->importance)
            QCOMPARE(imp.at(QStringLiteral("Candidate")).at(QString::fromStdString(f.feature)), *f.value);
        for (const auto &f : *m.explainability->baselineImportance)
            QCOMPARE(imp.at(QStringLiteral("Baseline")).at(QString::fromStdString(f.feature)), *f.value);
        const auto rc = readBars(expl->reasonChart()).begin()->second;
        for (const auto &f : m.explainability->reasonCodeFrequency)
            QCOMPARE(rc.at(QString::fromStdString(f.feature)), f.value.value_or(0));

        // Decision impact: plain words with the core's rates, and bars per group.
        auto *impact = page.section<ui::ImpactSection>();
        QVERIFY(impact);
        const QString flip = QString::number(*m.decisionImpact->overall.flipRate * 100, 'f', 1) + QLatin1Char('%');
        QVERIFY2(impact->sentences().constFirst().startsWith(flip), qPrintable(impact->sentences().constFirst()));
        const auto byGroup = readBars(impact->chart());
        for (const auto &a : m.decisionImpact->byGroup) {
            for (const auto &g : a.groups) {
                const QString key = QString::fromStdString(a.attribute + "=" + g.group);
                QCOMPARE(byGroup.at(QStringLiteral("Newly adverse")).at(key), *g.rates.newlyAdverseRate);
                QCOMPARE(byGroup.at(QStringLiteral("Newly favourable")).at(key), *g.rates.newlyFavourableRate);
            }
        }
    }

    void findingJumpsToItsEvidence()
    {
        auto reviewed = review::reviewPackage(test::resourcePath(QStringLiteral("samples/credit-limit-red")), *m_policy);
        QVERIFY(reviewed.ok());
        auto r = std::make_shared<const review::Review>(std::move(reviewed).value());
        ui::ReviewPage page(m_policy);
        page.resize(1000, 700);
        page.show();
        page.showReview(r, nullptr, false);
        auto *findings = page.section<ui::FindingsSection>();
        auto *fair = page.section<ui::FairnessSection>();
        ui::FindingRow *sexRow = nullptr;
        for (auto *row : findings->rows()) {
            if (row->finding().check == "fairness.disparate_impact" && row->finding().subject == std::string("sex"))
                sexRow = row;
        }
        QVERIFY(sexRow);
        QTest::mouseClick(sexRow, Qt::LeftButton);
        QCOMPARE(fair->attributeSelector()->currentText(), QStringLiteral("sex"));
    }

private:
    std::shared_ptr<const policy::Policy> m_policy;
};

QTEST_MAIN(TestReviewPage)
#include "tst_reviewpage.moc"
