#pragma once

// The one-view review of the selected request: one scrollable page of sections with an index
// beside it, plus the states before a review exists (nothing selected, loading, failed).

#include "review/Section.h"

#include <QWidget>

#include <memory>

class QLabel;
class QListWidget;
class QProgressBar;
class QPushButton;
class QScrollArea;
class QStackedWidget;
class QVBoxLayout;

namespace cs::audit {
struct RequestStatus;
}
namespace cs::policy {
struct Policy;
}
namespace cs::review {
struct Review;
}

namespace cs::ui {

class HeaderSection;

class ReviewPage final : public QWidget
{
    Q_OBJECT
public:
    explicit ReviewPage(std::shared_ptr<const policy::Policy> policy, QWidget *parent = nullptr);

    void showPlaceholder(const QString &text);
    void showLoading(const QString &path);
    // Hashing and parsing work items done so far; the metrics that follow are quick.
    void showProgress(const QString &path, int done, int total);
    void showError(const QString &path, const QString &message);
    void showReview(std::shared_ptr<const review::Review> review, const audit::RequestStatus *status, bool storeOpen);
    void setStatus(const audit::RequestStatus *status, bool storeOpen);

    std::shared_ptr<const review::Review> review() const { return m_review; }
    HeaderSection *header() const { return m_header; }
    QList<Section *> sections() const { return m_sections; }
    template<typename T>
    T *section() const
    {
        for (Section *s : m_sections) {
            if (auto *found = qobject_cast<T *>(s))
                return found;
        }
        return nullptr;
    }
    Section *section(SectionId id) const;
    QScrollArea *scrollArea() const { return m_scroll; }
    QString errorText() const;

public slots:
    void scrollToSection(cs::ui::SectionId id);
    void nextSection();
    void previousSection();

signals:
    void cancelRequested(const QString &path);

private:
    void buildSections(const review::Review &review);
    int currentSectionIndex() const;
    void syncIndexToScroll();

    std::shared_ptr<const policy::Policy> m_policy;
    std::shared_ptr<const review::Review> m_review;
    QStackedWidget *m_stack = nullptr;
    QLabel *m_placeholder = nullptr;
    QWidget *m_loadingPage = nullptr;
    QLabel *m_loadingLabel = nullptr;
    QProgressBar *m_progress = nullptr;
    QPushButton *m_cancel = nullptr;
    QString m_loadingPath;
    QLabel *m_error = nullptr;
    QWidget *m_reviewPage = nullptr;
    QListWidget *m_index = nullptr;
    QScrollArea *m_scroll = nullptr;
    QWidget *m_content = nullptr;
    HeaderSection *m_header = nullptr;
    QList<Section *> m_sections;
    bool m_syncing = false;
};

} // namespace cs::ui
