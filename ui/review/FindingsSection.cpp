#include "review/FindingsSection.h"

#include "common/Style.h"
#include "common/Text.h"
#include "review/Evidence.h"
#include "review/Review.h"

#include <QGridLayout>
#include <QKeyEvent>
#include <QLabel>

#include <algorithm>

namespace cs::ui {

SectionId sectionForCheck(const std::string &check)
{
    const auto starts = [&](const char *prefix) { return check.rfind(prefix, 0) == 0; };
    if (starts("fairness."))
        return SectionId::Fairness;
    if (starts("explainability."))
        return SectionId::Explainability;
    if (starts("drift.shift"))
        return SectionId::Drift;
    if (starts("drift."))
        return SectionId::Monitoring;
    if (starts("performance.") || starts("metrics."))
        return SectionId::Performance;
    if (starts("cost."))
        return SectionId::Cost;
    if (starts("pii.") || starts("data."))
        return SectionId::DataSources;
    if (starts("lineage.") || starts("tests."))
        return SectionId::Lineage;
    if (starts("rollback."))
        return SectionId::Rollback;
    if (starts("abtest."))
        return SectionId::AbTest;
    if (starts("app.") || starts("pipeline."))
        return SectionId::Checks;
    return SectionId::Header;
}

FindingRow::FindingRow(const policy::Finding &finding, QWidget *parent) : QFrame(parent), m_finding(finding)
{
    setFrameShape(QFrame::NoFrame);
    setFocusPolicy(Qt::StrongFocus);
    setCursor(Qt::PointingHandCursor);
    setAutoFillBackground(true);
    setBackgroundRole(QPalette::AlternateBase);
    const QString subject = qs(finding.subject);
    setAccessibleName(tr("%1 finding %2 %3").arg(severityTitle(finding.severity), qs(finding.check), subject));
    setAccessibleDescription(qs(finding.message));
    setToolTip(tr("Go to the evidence (Enter)"));

    auto *grid = new QGridLayout(this);
    grid->setContentsMargins(6, 4, 6, 4);
    grid->setHorizontalSpacing(8);
    grid->setVerticalSpacing(1);
    auto *icon = new QLabel(this);
    icon->setPixmap(severityIcon(finding.severity).pixmap(18, 18));
    grid->addWidget(icon, 0, 0, Qt::AlignTop);
    auto *head = new QLabel(QStringLiteral("<b>%1</b> <code>%2</code>%3")
                                .arg(severityTitle(finding.severity).toUpper(), qs(finding.check).toHtmlEscaped(),
                                     subject.isEmpty() ? QString()
                                                       : QStringLiteral(" \u00b7 <b>%1</b>").arg(subject.toHtmlEscaped())),
                            this);
    grid->addWidget(head, 0, 1);
    auto *message = new QLabel(qs(finding.message), this);
    message->setWordWrap(true);
    grid->addWidget(message, 1, 1);
    if (!finding.remediation.empty()) {
        auto *fix = new QLabel(tr("<span style=\"color:gray\">How to fix:</span> %1").arg(qs(finding.remediation).toHtmlEscaped()), this);
        fix->setWordWrap(true);
        grid->addWidget(fix, 2, 1);
    }
    const QString evidence = evidenceText(finding.evidence, 300);
    if (!evidence.isEmpty()) {
        auto *ev = new QLabel(QStringLiteral("<span style=\"color:gray\">%1</span>").arg(evidence.toHtmlEscaped()), this);
        ev->setWordWrap(true);
        grid->addWidget(ev, 3, 1);
    }
    grid->setColumnStretch(1, 1);
}

void FindingRow::mouseReleaseEvent(QMouseEvent *event)
{
    QFrame::mouseReleaseEvent(event);
    emit activated();
}

void FindingRow::keyPressEvent(QKeyEvent *event)
{
    if (event->key() == Qt::Key_Return || event->key() == Qt::Key_Enter || event->key() == Qt::Key_Space) {
        emit activated();
        return;
    }
    QFrame::keyPressEvent(event);
}

FindingsSection::FindingsSection(std::shared_ptr<const review::Review> review, QWidget *parent)
    : Section(SectionId::Findings, parent)
{
    const auto &r = *review;
    addText(tr("<b>%1</b> fail \u00b7 <b>%2</b> warn \u00b7 <b>%3</b> info. A fail blocks approval unless a signed "
               "policy exception covers it.")
                .arg(r.count(policy::Severity::Fail))
                .arg(r.count(policy::Severity::Warn))
                .arg(r.count(policy::Severity::Info)));
    auto findings = r.findings;
    std::stable_sort(findings.begin(), findings.end(),
                     [](const auto &a, const auto &b) { return static_cast<int>(a.severity) < static_cast<int>(b.severity); });
    if (findings.empty())
        addNote(tr("No findings: every automated check passed."));
    for (const auto &f : findings) {
        auto *row = new FindingRow(f, this);
        m_rows.append(row);
        body()->addWidget(row);
        const SectionId target = sectionForCheck(f.check);
        const QString subject = qs(f.subject);
        connect(row, &FindingRow::activated, this, [this, target, subject] { emit jumpRequested(target, subject); });
    }
}

} // namespace cs::ui
