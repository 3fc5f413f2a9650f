#pragma once

// The verdict at the top of the inspection window: green "Verified: N entries, no problems" or
// red "N problems", each problem clickable, and the store id and trust anchor to compare with
// what the deployment pinned (selectable text).

#include <QFrame>

#include <string>
#include <vector>

class QLabel;
class QListWidget;
class QProgressBar;

namespace cs::audit {
class VerificationReport;
}

namespace cs::ui {

class VerificationBanner final : public QFrame
{
    Q_OBJECT
public:
    explicit VerificationBanner(QWidget *parent = nullptr);

    void showProgress(qint64 done, qint64 total); // total 0: busy, not yet counting
    void showError(const QString &message);
    void showReport(const audit::VerificationReport &report);

    QString verdictText() const;
    QString storeIdText() const;
    QString anchorText() const;
    QListWidget *problemList() const { return m_problems; }
    QProgressBar *progressBar() const { return m_progress; }

signals:
    void problemActivated(const QString &entryId);

private:
    void setVerdict(const QString &text, const QColor &background);

    QLabel *m_verdict = nullptr;
    QProgressBar *m_progress = nullptr;
    QListWidget *m_problems = nullptr;
    QLabel *m_storeId = nullptr;
    QLabel *m_anchor = nullptr;
};

} // namespace cs::ui
