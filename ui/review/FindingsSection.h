#pragma once

// The review's findings as a linter prints them: severity, check, subject, what is wrong and
// how to fix it, failures first. Activating a finding jumps to the section with its evidence.

#include "policy/Findings.h"
#include "review/Section.h"

#include <memory>

namespace cs::review {
struct Review;
}

namespace cs::ui {

// The section holding the evidence of a check ("fairness.disparate_impact" -> Fairness).
SectionId sectionForCheck(const std::string &check);

class FindingRow final : public QFrame
{
    Q_OBJECT
public:
    FindingRow(const policy::Finding &finding, QWidget *parent = nullptr);
    const policy::Finding &finding() const { return m_finding; }

signals:
    void activated();

protected:
    void mouseReleaseEvent(QMouseEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;

private:
    policy::Finding m_finding;
};

class FindingsSection final : public Section
{
    Q_OBJECT
public:
    FindingsSection(std::shared_ptr<const review::Review> review, QWidget *parent = nullptr);
    QList<FindingRow *> rows() const { return m_rows; }

signals:
    void jumpRequested(cs::ui::SectionId section, const QString &subject);

private:
    QList<FindingRow *> m_rows;
};

} // namespace cs::ui
