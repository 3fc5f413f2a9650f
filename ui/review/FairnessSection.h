#pragma once

// Group fairness per protected attribute: rates per group as grouped bars with the
// four-fifths line (policy threshold x the best group's rate), the four aggregates, and the
// groups too small to count marked.

#include "review/Section.h"

#include <memory>

class QComboBox;
class QLabel;

namespace cs::policy {
struct Policy;
}
namespace cs::review {
struct Review;
}

namespace cs::ui {

class BarChart;
class DataTable;

class FairnessSection final : public Section
{
    Q_OBJECT
public:
    FairnessSection(std::shared_ptr<const review::Review> review, double disparateImpactFail, QWidget *parent = nullptr);

    void focusSubject(const QString &subject) override;
    void showAttribute(int index);
    BarChart *chart() const { return m_chart; }
    QComboBox *attributeSelector() const { return m_selector; }

private:
    std::shared_ptr<const review::Review> m_review;
    double m_ratioThreshold;
    QComboBox *m_selector = nullptr;
    QLabel *m_aggregates = nullptr;
    BarChart *m_chart = nullptr;
    DataTable *m_table = nullptr;
};

} // namespace cs::ui
