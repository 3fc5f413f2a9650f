#pragma once

// The top of the review: what is deployed, by whom, the track in large type with the rules
// that set it and why it is not lower, the required sign-offs and the state from the store.
// An analyst should see the track and the reason at a glance.

#include "review/Section.h"

#include <memory>

class QLabel;

namespace cs::audit {
struct RequestStatus;
}
namespace cs::review {
struct Review;
}

namespace cs::ui {

class HeaderSection final : public Section
{
    Q_OBJECT
public:
    HeaderSection(std::shared_ptr<const review::Review> review, QWidget *parent = nullptr);

    // null status: not received in the store (or no store open).
    void setStatus(const audit::RequestStatus *status, bool storeOpen);

    QString badgeText() const;
    QStringList rationaleTexts() const { return m_rationale; }
    QString stateText() const;

private:
    std::shared_ptr<const review::Review> m_review;
    QLabel *m_badge = nullptr;
    QLabel *m_state = nullptr;
    QLabel *m_signoffs = nullptr;
    QStringList m_rationale;
};

} // namespace cs::ui
