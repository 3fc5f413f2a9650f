#pragma once

// What drives the candidate's decisions against the baseline: paired importance bars, the
// rank stability numbers and how often each feature is a principal reason for an adverse case.

#include "review/Section.h"

#include <memory>

namespace cs::review {
struct Review;
}

namespace cs::ui {

class BarChart;

class ExplainabilitySection final : public Section
{
    Q_OBJECT
public:
    ExplainabilitySection(std::shared_ptr<const review::Review> review, QWidget *parent = nullptr);
    BarChart *importanceChart() const { return m_importance; }
    BarChart *reasonChart() const { return m_reasons; }

private:
    BarChart *m_importance = nullptr;
    BarChart *m_reasons = nullptr;
};

} // namespace cs::ui
