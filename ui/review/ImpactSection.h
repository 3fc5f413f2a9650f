#pragma once

// Who is affected when the candidate replaces the baseline, said in plain words first, then
// per group as numbers and bars.

#include "review/Section.h"

#include <memory>

namespace cs::review {
struct Review;
}

namespace cs::ui {

class BarChart;

class ImpactSection final : public Section
{
    Q_OBJECT
public:
    ImpactSection(std::shared_ptr<const review::Review> review, QWidget *parent = nullptr);
    BarChart *chart() const { return m_chart; }
    QStringList sentences() const { return m_sentences; }

private:
    BarChart *m_chart = nullptr;
    QStringList m_sentences;
};

} // namespace cs::ui
