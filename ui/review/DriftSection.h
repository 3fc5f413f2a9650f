#pragma once

// Input drift between the training reference and recent production data: PSI per feature with
// the policy's info and warn lines, and for the selected feature the two histograms.

#include "review/Section.h"

#include <memory>

class QComboBox;

namespace cs::review {
struct Review;
}

namespace cs::ui {

class BarChart;
class DataTable;

class DriftSection final : public Section
{
    Q_OBJECT
public:
    DriftSection(std::shared_ptr<const review::Review> review, double psiInfo, double psiWarn, QWidget *parent = nullptr);

    void focusSubject(const QString &subject) override;
    void showFeature(int index);
    BarChart *psiChart() const { return m_psi; }
    BarChart *histogram() const { return m_histogram; }
    QComboBox *featureSelector() const { return m_selector; }

private:
    std::shared_ptr<const review::Review> m_review;
    BarChart *m_psi = nullptr;
    BarChart *m_histogram = nullptr;
    DataTable *m_histogramTable = nullptr;
    QComboBox *m_selector = nullptr;
};

} // namespace cs::ui
