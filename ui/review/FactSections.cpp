#include "review/FactSections.h"

#include "charts/DataTable.h"
#include "common/Text.h"
#include "policy/Policy.h"
#include "review/Review.h"

#include <QCoreApplication>
#include <QLabel>
#include <QVBoxLayout>

#include <QFontDatabase>
#include <QFormLayout>
#include <QLabel>
#include <QPlainTextEdit>

namespace cs::ui {

namespace {

QString t(const char *text)
{
    return QCoreApplication::translate("cs::ui::FactSections", text);
}

QString yesNo(const std::optional<bool> &value)
{
    if (!value)
        return t(QT_TRANSLATE_NOOP("cs::ui::FactSections", "not stated"));
    return *value ? t(QT_TRANSLATE_NOOP("cs::ui::FactSections", "yes"))
                  : t(QT_TRANSLATE_NOOP("cs::ui::FactSections", "no"));
}

QString text(const std::optional<std::string> &value)
{
    return value ? qs(*value) : t(QT_TRANSLATE_NOOP("cs::ui::FactSections", "not stated"));
}

QString num(const std::optional<double> &value, int decimals = 2)
{
    return value ? QLocale().toString(*value, 'f', decimals)
                 : t(QT_TRANSLATE_NOOP("cs::ui::FactSections", "not stated"));
}

QString joined(const std::vector<std::string> &items)
{
    return items.empty() ? t(QT_TRANSLATE_NOOP("cs::ui::FactSections", "none"))
                         : qsList(items).join(QStringLiteral(", "));
}

} // namespace

FactsSection::FactsSection(SectionId id, QWidget *parent) : Section(id, parent) {}

DataTable *FactsSection::addTable(const QStringList &headers, const std::vector<QStringList> &rows)
{
    auto *table = new DataTable(this);
    table->setAccessibleName(sectionTitle(id()));
    table->setContents(headers, rows);
    table->setMaximumHeight(table->sizeHint().height() + 4);
    body()->addWidget(table);
    return table;
}

void FactsSection::addFacts(const std::vector<std::pair<QString, QString>> &facts)
{
    auto *form = new QFormLayout;
    form->setLabelAlignment(Qt::AlignLeft);
    form->setRowWrapPolicy(QFormLayout::DontWrapRows);
    for (const auto &[label, value] : facts) {
        auto *v = new QLabel(value, this);
        v->setWordWrap(true);
        v->setTextInteractionFlags(Qt::TextSelectableByMouse);
        v->setTextFormat(Qt::PlainText);
        v->setToolTip(value);
        auto *l = new QLabel(label + QLatin1Char(':'), this);
        l->setForegroundRole(QPalette::PlaceholderText);
        form->addRow(l, v);
    }
    body()->addLayout(form);
}

void FactsSection::addLead(const QString &richText)
{
    addText(richText)->setTextFormat(Qt::RichText);
}

FactsSection *makeCostSection(const review::Review &review, QWidget *parent)
{
    auto *s = new FactsSection(SectionId::Cost, parent);
    const auto &m = review.manifest;
    if (!m.cost) {
        s->addLead(t(QT_TRANSLATE_NOOP("cs::ui::FactSections", "No cost figures were submitted.")));
        return s;
    }
    std::optional<metrics::CostEstimate> est;
    if (review.metrics)
        est = review.metrics->cost;
    if (est && est->overBudget.value_or(false))
        s->addLead(t(QT_TRANSLATE_NOOP("cs::ui::FactSections", "<b style=\"color:#c62828\">Over budget.</b>")));
    s->addFacts(
        {{t(QT_TRANSLATE_NOOP("cs::ui::FactSections", "Cost per 1,000 inferences (USD)")), num(m.cost->per1kUsd, 4)},
         {t(QT_TRANSLATE_NOOP("cs::ui::FactSections", "Baseline per 1,000 (USD)")), num(m.cost->baselinePer1kUsd, 4)},
         {t(QT_TRANSLATE_NOOP("cs::ui::FactSections", "Change per 1,000")),
          est && est->changePct ? signedNumber(est->changePct, 1) + QLatin1Char('%')
                                : t(QT_TRANSLATE_NOOP("cs::ui::FactSections", "n/a"))},
         {t(QT_TRANSLATE_NOOP("cs::ui::FactSections", "Monthly volume")), num(m.cost->monthlyVolume, 0)},
         {t(QT_TRANSLATE_NOOP("cs::ui::FactSections", "Monthly estimate (USD)")),
          est ? num(est->monthlyEstimateUsd) : t(QT_TRANSLATE_NOOP("cs::ui::FactSections", "n/a"))},
         {t(QT_TRANSLATE_NOOP("cs::ui::FactSections", "Monthly budget (USD)")), num(m.cost->monthlyBudgetUsd)},
         {t(QT_TRANSLATE_NOOP("cs::ui::FactSections", "Over budget")),
          est ? yesNo(est->overBudget) : t(QT_TRANSLATE_NOOP("cs::ui::FactSections", "n/a"))}});
    return s;
}

FactsSection *makeDataSourcesSection(const review::Review &review, const policy::Policy &policy, QWidget *parent)
{
    auto *s = new FactsSection(SectionId::DataSources, parent);
    const auto &m = review.manifest;
    std::vector<QStringList> rows;
    for (const auto &d : m.dataSources) {
        const bool approved = policy.approvedDataSources.count(d.name) > 0;
        rows.push_back({qs(d.name),
                        approved ? t(QT_TRANSLATE_NOOP("cs::ui::FactSections", "approved"))
                                 : t(QT_TRANSLATE_NOOP("cs::ui::FactSections", "NOT approved")),
                        d.containsPii ? t(QT_TRANSLATE_NOOP("cs::ui::FactSections", "PII"))
                                      : t(QT_TRANSLATE_NOOP("cs::ui::FactSections", "no PII")),
                        d.containsPii ? (d.piiApprovalRef ? qs(*d.piiApprovalRef)
                                                          : t(QT_TRANSLATE_NOOP("cs::ui::FactSections", "MISSING")))
                                      : QStringLiteral("\u2013"),
                        text(d.registryRef)});
    }
    if (rows.empty())
        s->addLead(t(QT_TRANSLATE_NOOP("cs::ui::FactSections", "No data sources are listed.")));
    else
        s->addTable({t(QT_TRANSLATE_NOOP("cs::ui::FactSections", "Source")),
                     t(QT_TRANSLATE_NOOP("cs::ui::FactSections", "Policy")),
                     t(QT_TRANSLATE_NOOP("cs::ui::FactSections", "PII")),
                     t(QT_TRANSLATE_NOOP("cs::ui::FactSections", "PII approval")),
                     t(QT_TRANSLATE_NOOP("cs::ui::FactSections", "Registry"))},
                    rows);
    std::vector<QStringList> features;
    for (const auto &f : m.features)
        features.push_back({qs(f.name), qs(f.source),
                            f.isNew ? t(QT_TRANSLATE_NOOP("cs::ui::FactSections", "new"))
                                    : t(QT_TRANSLATE_NOOP("cs::ui::FactSections", "existing")),
                            f.type == package::FeatureType::Numeric
                                ? t(QT_TRANSLATE_NOOP("cs::ui::FactSections", "numeric"))
                                : t(QT_TRANSLATE_NOOP("cs::ui::FactSections", "categorical"))});
    if (!features.empty())
        s->addTable({t(QT_TRANSLATE_NOOP("cs::ui::FactSections", "Feature")),
                     t(QT_TRANSLATE_NOOP("cs::ui::FactSections", "Source")),
                     t(QT_TRANSLATE_NOOP("cs::ui::FactSections", "Status")),
                     t(QT_TRANSLATE_NOOP("cs::ui::FactSections", "Type"))},
                    features);
    if (!m.protectedAttributes.empty())
        s->addLead(t(QT_TRANSLATE_NOOP("cs::ui::FactSections", "Protected attributes tested: %1"))
                       .arg(joined(m.protectedAttributes).toHtmlEscaped()));
    return s;
}

FactsSection *makeLineageSection(const review::Review &review, QWidget *parent)
{
    auto *s = new FactsSection(SectionId::Lineage, parent);
    const auto &m = review.manifest;
    if (!m.lineage || m.lineage->trainingDatasets.empty())
        s->addLead(t(QT_TRANSLATE_NOOP("cs::ui::FactSections", "<b>No training datasets are listed.</b>")));
    if (m.lineage) {
        for (const auto &d : m.lineage->trainingDatasets)
            s->addFacts({{t(QT_TRANSLATE_NOOP("cs::ui::FactSections", "Training dataset")), qs(d.name)},
                         {t(QT_TRANSLATE_NOOP("cs::ui::FactSections", "URI")), text(d.uri)},
                         {t(QT_TRANSLATE_NOOP("cs::ui::FactSections", "SHA-256")),
                          d.sha256 ? qs(*d.sha256).left(24) + QChar(0x2026)
                                   : t(QT_TRANSLATE_NOOP("cs::ui::FactSections", "MISSING"))},
                         {t(QT_TRANSLATE_NOOP("cs::ui::FactSections", "Rows")), num(d.rows, 0)},
                         {t(QT_TRANSLATE_NOOP("cs::ui::FactSections", "Snapshot")), text(d.snapshot)}});
    }
    s->addFacts(
        {{t(QT_TRANSLATE_NOOP("cs::ui::FactSections", "Training code")),
          m.lineage ? text(m.lineage->trainingCode) : t(QT_TRANSLATE_NOOP("cs::ui::FactSections", "not stated"))},
         {t(QT_TRANSLATE_NOOP("cs::ui::FactSections", "Automated tests passed")),
          m.tests ? yesNo(m.tests->automatedPassed) : t(QT_TRANSLATE_NOOP("cs::ui::FactSections", "not stated"))},
         {t(QT_TRANSLATE_NOOP("cs::ui::FactSections", "Test suite")),
          m.tests ? text(m.tests->suite) : t(QT_TRANSLATE_NOOP("cs::ui::FactSections", "not stated"))},
         {t(QT_TRANSLATE_NOOP("cs::ui::FactSections", "Test report")),
          m.tests ? text(m.tests->report) : t(QT_TRANSLATE_NOOP("cs::ui::FactSections", "not stated"))}});
    return s;
}

FactsSection *makeRollbackSection(const review::Review &review, QWidget *parent)
{
    auto *s = new FactsSection(SectionId::Rollback, parent);
    const auto &r = review.manifest.rollback;
    if (!r) {
        s->addLead(t(QT_TRANSLATE_NOOP("cs::ui::FactSections", "<b>No rollback plan was submitted.</b>")));
        return s;
    }
    s->addFacts({{t(QT_TRANSLATE_NOOP("cs::ui::FactSections", "Target version")), text(r->targetVersion)},
                 {t(QT_TRANSLATE_NOOP("cs::ui::FactSections", "Plan")), text(r->plan)},
                 {t(QT_TRANSLATE_NOOP("cs::ui::FactSections", "Within (minutes)")), num(r->maxMinutes, 0)},
                 {t(QT_TRANSLATE_NOOP("cs::ui::FactSections", "Downstream consumers to notify")),
                  joined(r->downstreamConsumers)}});
    return s;
}

FactsSection *makeAbTestSection(const review::Review &review, QWidget *parent)
{
    auto *s = new FactsSection(SectionId::AbTest, parent);
    const auto &a = review.manifest.abTest;
    if (!a) {
        s->addLead(t(QT_TRANSLATE_NOOP("cs::ui::FactSections", "No A/B plan was submitted.")));
        return s;
    }
    s->addFacts({{t(QT_TRANSLATE_NOOP("cs::ui::FactSections", "Traffic (%)")), num(a->trafficPercent, 1)},
                 {t(QT_TRANSLATE_NOOP("cs::ui::FactSections", "Duration (days)")), num(a->durationDays, 0)},
                 {t(QT_TRANSLATE_NOOP("cs::ui::FactSections", "Success metric")), text(a->successMetric)},
                 {t(QT_TRANSLATE_NOOP("cs::ui::FactSections", "Guardrails")), joined(a->guardrails)}});
    return s;
}

FactsSection *makeMonitoringSection(const review::Review &review, QWidget *parent)
{
    auto *s = new FactsSection(SectionId::Monitoring, parent);
    const auto &mo = review.manifest.monitoring;
    if (!mo) {
        s->addLead(t(QT_TRANSLATE_NOOP("cs::ui::FactSections", "<b>No monitoring was declared.</b>")));
        return s;
    }
    s->addFacts(
        {{t(QT_TRANSLATE_NOOP("cs::ui::FactSections", "Data drift monitoring")), yesNo(mo->dataDriftEnabled)},
         {t(QT_TRANSLATE_NOOP("cs::ui::FactSections", "PSI alert level")), num(mo->psiAlert, 2)},
         {t(QT_TRANSLATE_NOOP("cs::ui::FactSections", "Concept drift monitoring")), yesNo(mo->conceptDriftEnabled)},
         {t(QT_TRANSLATE_NOOP("cs::ui::FactSections", "Window (days)")), num(mo->windowDays, 0)}});
    return s;
}

FactsSection *makeChecksSection(const review::Review &review, QWidget *parent)
{
    auto *s = new FactsSection(SectionId::Checks, parent);
    const auto &m = review.manifest;
    const auto count = [](const std::optional<std::int64_t> &v) {
        return v ? QString::number(*v) : t(QT_TRANSLATE_NOOP("cs::ui::FactSections", "not stated"));
    };
    if (m.app) {
        s->addFacts(
            {{t(QT_TRANSLATE_NOOP("cs::ui::FactSections", "Code review approvals")), count(m.app->codeReviewApprovals)},
             {t(QT_TRANSLATE_NOOP("cs::ui::FactSections", "Security scan: critical")), count(m.app->securityCritical)},
             {t(QT_TRANSLATE_NOOP("cs::ui::FactSections", "Security scan: high")), count(m.app->securityHigh)},
             {t(QT_TRANSLATE_NOOP("cs::ui::FactSections", "Integration tests passed")),
              yesNo(m.app->integrationTestsPassed)},
             {t(QT_TRANSLATE_NOOP("cs::ui::FactSections", "Validated in staging")), yesNo(m.app->stagingValidated)},
             {t(QT_TRANSLATE_NOOP("cs::ui::FactSections", "Contains PII")), yesNo(m.app->containsPii)},
             {t(QT_TRANSLATE_NOOP("cs::ui::FactSections", "Risk")), text(m.app->risk)}});
    }
    if (m.pipeline) {
        s->addFacts(
            {{t(QT_TRANSLATE_NOOP("cs::ui::FactSections", "Data quality checks passed")),
              yesNo(m.pipeline->dataQualityChecksPassed)},
             {t(QT_TRANSLATE_NOOP("cs::ui::FactSections", "Lineage documented")), yesNo(m.pipeline->lineageDocumented)},
             {t(QT_TRANSLATE_NOOP("cs::ui::FactSections", "Freshness SLA (hours)")),
              num(m.pipeline->freshnessSlaHours, 0)},
             {t(QT_TRANSLATE_NOOP("cs::ui::FactSections", "Monthly cost (USD)")), num(m.pipeline->monthlyCostUsd)},
             {t(QT_TRANSLATE_NOOP("cs::ui::FactSections", "Monthly budget (USD)")), num(m.pipeline->monthlyBudgetUsd)},
             {t(QT_TRANSLATE_NOOP("cs::ui::FactSections", "Contains PII")), yesNo(m.pipeline->containsPii)}});
    }
    return s;
}

ManifestSection::ManifestSection(const review::Review &review, QWidget *parent) : Section(SectionId::Manifest, parent)
{
    if (!review.manifest.unknownKeys.empty())
        addNote(tr("Keys the contract does not name (kept and shown): %1")
                    .arg(qsList(review.manifest.unknownKeys).join(QStringLiteral(", "))));
    auto *raw = new QPlainTextEdit(this);
    raw->setReadOnly(true);
    raw->setAccessibleName(tr("manifest.json as submitted"));
    raw->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    raw->setPlainText(QString::fromStdString(review.manifest.raw.dump(2)));
    raw->setMinimumHeight(360);
    body()->addWidget(raw);
}

} // namespace cs::ui
