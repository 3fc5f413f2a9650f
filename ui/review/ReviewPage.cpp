#include "review/ReviewPage.h"

#include "policy/Policy.h"
#include "review/DriftSection.h"
#include "review/ExplainabilitySection.h"
#include "review/FactSections.h"
#include "review/FairnessSection.h"
#include "review/FindingsSection.h"
#include "review/HeaderSection.h"
#include "review/ImpactSection.h"
#include "review/PerformanceSection.h"
#include "review/Review.h"

#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QProgressBar>
#include <QPushButton>
#include <QScrollArea>
#include <QScrollBar>
#include <QStackedWidget>
#include <QVBoxLayout>

namespace cs::ui {

ReviewPage::ReviewPage(std::shared_ptr<const policy::Policy> policy, QWidget *parent)
    : QWidget(parent), m_policy(std::move(policy))
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_stack = new QStackedWidget(this);
    layout->addWidget(m_stack);

    m_placeholder = new QLabel(this);
    m_placeholder->setAlignment(Qt::AlignCenter);
    m_placeholder->setWordWrap(true);
    m_stack->addWidget(m_placeholder);

    m_loadingPage = new QWidget(this);
    auto *loading = new QVBoxLayout(m_loadingPage);
    loading->addStretch();
    m_loadingLabel = new QLabel(m_loadingPage);
    m_loadingLabel->setAlignment(Qt::AlignCenter);
    m_loadingLabel->setWordWrap(true);
    loading->addWidget(m_loadingLabel);
    m_progress = new QProgressBar(m_loadingPage);
    m_progress->setRange(0, 0); // busy until the loader reports how many work items there are
    m_progress->setAccessibleName(tr("Loading progress"));
    loading->addWidget(m_progress);
    m_cancel = new QPushButton(tr("&Cancel loading"), m_loadingPage);
    connect(m_cancel, &QPushButton::clicked, this, [this] { emit cancelRequested(m_loadingPath); });
    loading->addWidget(m_cancel, 0, Qt::AlignCenter);
    loading->addStretch();
    m_stack->addWidget(m_loadingPage);

    m_error = new QLabel(this);
    m_error->setAlignment(Qt::AlignCenter);
    m_error->setWordWrap(true);
    m_error->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_error->setMargin(24);
    m_stack->addWidget(m_error);

    m_reviewPage = new QWidget(this);
    auto *split = new QHBoxLayout(m_reviewPage);
    split->setContentsMargins(0, 0, 0, 0);
    m_index = new QListWidget(m_reviewPage);
    m_index->setAccessibleName(tr("Section index"));
    m_index->setMaximumWidth(170);
    m_index->setMinimumWidth(120);
    split->addWidget(m_index);
    m_scroll = new QScrollArea(m_reviewPage);
    m_scroll->setWidgetResizable(true);
    m_scroll->setAccessibleName(tr("Review"));
    split->addWidget(m_scroll, 1);
    m_stack->addWidget(m_reviewPage);

    connect(m_index, &QListWidget::currentRowChanged, this, [this](int row) {
        if (!m_syncing && row >= 0 && row < m_sections.size())
            scrollToSection(m_sections.at(row)->id());
    });
    connect(m_scroll->verticalScrollBar(), &QScrollBar::valueChanged, this, [this] { syncIndexToScroll(); });

    showPlaceholder(tr("Select a request in the queue, or open a package (Ctrl+O), or drop one onto the window."));
}

void ReviewPage::showPlaceholder(const QString &text)
{
    m_placeholder->setText(text);
    m_stack->setCurrentWidget(m_placeholder);
}

void ReviewPage::showLoading(const QString &path)
{
    m_loadingPath = path;
    m_loadingLabel->setText(tr("Loading and reviewing %1 \u2026").arg(QFileInfo(path).fileName()));
    m_progress->setRange(0, 0);
    m_stack->setCurrentWidget(m_loadingPage);
}

void ReviewPage::showProgress(const QString &path, int done, int total)
{
    if (path != m_loadingPath || total <= 0)
        return;
    m_progress->setRange(0, total);
    m_progress->setValue(done);
}

void ReviewPage::showError(const QString &path, const QString &message)
{
    m_error->setText(tr("<b>%1 could not be reviewed.</b><br><br>%2").arg(path.toHtmlEscaped(), message.toHtmlEscaped()));
    m_stack->setCurrentWidget(m_error);
}

QString ReviewPage::errorText() const
{
    return m_error->text();
}

void ReviewPage::showReview(std::shared_ptr<const review::Review> review, const audit::RequestStatus *status, bool storeOpen)
{
    const bool same = m_review == review && m_stack->currentWidget() == m_reviewPage;
    if (!same) {
        m_review = std::move(review);
        buildSections(*m_review);
    }
    setStatus(status, storeOpen);
    m_stack->setCurrentWidget(m_reviewPage);
}

void ReviewPage::setStatus(const audit::RequestStatus *status, bool storeOpen)
{
    if (m_header)
        m_header->setStatus(status, storeOpen);
}

void ReviewPage::buildSections(const review::Review &review)
{
    // Rebuilt per request: a review is immutable, so its widgets never need updating apart
    // from the store state in the header.
    m_sections.clear();
    m_index->clear();
    m_header = nullptr;
    auto *content = new QWidget;
    auto *layout = new QVBoxLayout(content);
    layout->setSpacing(12);
    const auto add = [&](Section *section) {
        layout->addWidget(section);
        m_sections.append(section);
        m_index->addItem(sectionTitle(section->id()));
    };
    auto shared = m_review;
    m_header = new HeaderSection(shared, content);
    add(m_header);
    auto *findings = new FindingsSection(shared, content);
    connect(findings, &FindingsSection::jumpRequested, this, [this](SectionId id, const QString &subject) {
        Section *target = section(id);
        if (!target)
            target = section(SectionId::Header);
        target->focusSubject(subject);
        scrollToSection(target->id());
    });
    add(findings);
    const auto &metrics = review.metrics;
    if (metrics) {
        if (metrics->candidate)
            add(new PerformanceSection(shared, content));
        if (metrics->fairness && !metrics->fairness->empty())
            add(new FairnessSection(shared, m_policy->disparateImpactFail, content));
        add(new ExplainabilitySection(shared, content));
        if (metrics->drift && !metrics->drift->empty())
            add(new DriftSection(shared, m_policy->psiInfo, m_policy->psiWarn, content));
        add(new ImpactSection(shared, content));
    }
    if (review.manifest.app || review.manifest.pipeline)
        add(makeChecksSection(review, content));
    add(makeCostSection(review, content));
    add(makeDataSourcesSection(review, *m_policy, content));
    add(makeLineageSection(review, content));
    add(makeRollbackSection(review, content));
    if (review.manifest.kind == package::PackageKind::MlModel) {
        add(makeAbTestSection(review, content));
        add(makeMonitoringSection(review, content));
    }
    add(new ManifestSection(review, content));
    layout->addStretch();
    m_scroll->setWidget(content); // deletes the previous page
    m_content = content;
    m_syncing = true;
    m_index->setCurrentRow(0);
    m_syncing = false;
    m_scroll->verticalScrollBar()->setValue(0);
}

Section *ReviewPage::section(SectionId id) const
{
    for (Section *s : m_sections) {
        if (s->id() == id)
            return s;
    }
    return nullptr;
}

void ReviewPage::scrollToSection(SectionId id)
{
    Section *target = section(id);
    if (!target)
        return;
    if (m_content && m_content->layout())
        m_content->layout()->activate();
    m_scroll->verticalScrollBar()->setValue(target->y() - 4);
    m_syncing = true;
    m_index->setCurrentRow(static_cast<int>(m_sections.indexOf(target)));
    m_syncing = false;
    target->setFocus(Qt::OtherFocusReason);
}

int ReviewPage::currentSectionIndex() const
{
    const int y = m_scroll->verticalScrollBar()->value();
    int current = 0;
    for (int i = 0; i < m_sections.size(); ++i) {
        if (m_sections.at(i)->y() - 8 <= y)
            current = i;
    }
    return current;
}

void ReviewPage::syncIndexToScroll()
{
    if (m_sections.isEmpty())
        return;
    m_syncing = true;
    m_index->setCurrentRow(currentSectionIndex());
    m_syncing = false;
}

void ReviewPage::nextSection()
{
    // The index row, not the scroll position: the last sections may never reach the top.
    const int i = m_index->currentRow();
    if (i + 1 < m_sections.size())
        scrollToSection(m_sections.at(i + 1)->id());
}

void ReviewPage::previousSection()
{
    const int i = m_index->currentRow();
    if (i > 0)
        scrollToSection(m_sections.at(i - 1)->id());
}

} // namespace cs::ui
