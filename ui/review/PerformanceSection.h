#pragma once

// Candidate against baseline on every recomputed metric, the submitter's claims against the
// data, and both ROC curves.

#include "review/Section.h"

#include <memory>

namespace cs::review {
struct Review;
}

namespace cs::ui {

class BarChart;
class RocChart;

class PerformanceSection final : public Section
{
    Q_OBJECT
public:
    PerformanceSection(std::shared_ptr<const review::Review> review, QWidget *parent = nullptr);
    BarChart *metricsChart() const { return m_chart; }
    RocChart *rocChart() const { return m_roc; }

private:
    BarChart *m_chart = nullptr;
    RocChart *m_roc = nullptr;
};

} // namespace cs::ui
