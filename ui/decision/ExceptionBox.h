#pragma once

// A risk officer's signed policy exception: which fail findings it covers, why, and until
// when. Shown only when the request has fail findings that no exception covers yet and the
// unlocked identity is a risk officer, because that is the only case where it can help.

#include <QGroupBox>

#include <memory>

class QDateEdit;
class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;

namespace cs::audit {
struct Identity;
}
namespace cs::review {
struct Review;
}

namespace cs::ui {

class AuditSession;

class ExceptionBox final : public QGroupBox
{
    Q_OBJECT
public:
    ExceptionBox(AuditSession *session, QWidget *parent = nullptr);

    void setContext(std::shared_ptr<const review::Review> review, std::shared_ptr<const audit::Identity> identity);
    void refresh();

    QListWidget *checks() const { return m_checks; }
    QLineEdit *reasonField() const { return m_reason; }
    QPushButton *grantButton() const { return m_grant; }
    QString verdictText() const;

signals:
    void grantFinished(bool ok);

private:
    void updateVerdict();
    void grant();

    AuditSession *m_session = nullptr;
    std::shared_ptr<const review::Review> m_review;
    std::shared_ptr<const audit::Identity> m_identity;
    QListWidget *m_checks = nullptr;
    QLineEdit *m_reason = nullptr;
    QDateEdit *m_expires = nullptr;
    QLabel *m_verdict = nullptr;
    QPushButton *m_grant = nullptr;
    bool m_pending = false;
};

} // namespace cs::ui
