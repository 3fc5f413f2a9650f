#pragma once

// The right pane: unlock an identity, choose a role the roster grants it, a decision,
// conditions and a comment, and sign. It says before signing whether the decision will count
// and why not; the Sign button is enabled only when it will.

#include "decision/DecisionRules.h"

#include <QWidget>

#include <memory>

class QButtonGroup;
class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;

namespace cs::audit {
struct Identity;
}
namespace cs::review {
struct Review;
}

namespace cs::ui {

class AuditSession;
class ExceptionBox;

struct KnownIdentity
{
    QString label;   // "Gita Analyst (ML governance analyst)"
    QString keyFile;
};

class DecisionPanel final : public QWidget
{
    Q_OBJECT
public:
    explicit DecisionPanel(AuditSession *session, QWidget *parent = nullptr);

    void setKnownIdentities(const std::vector<KnownIdentity> &identities);
    void setRequest(std::shared_ptr<const review::Review> review);
    // Re-reads the store state for the current request (after a refresh or a signature).
    void refresh();

    // For tests and keyboard use.
    QComboBox *identityBox() const { return m_identity; }
    QLineEdit *passphraseField() const { return m_passphrase; }
    QPushButton *unlockButton() const { return m_unlock; }
    QComboBox *roleBox() const { return m_role; }
    QPushButton *decisionButton(const std::string &decision) const;
    QPlainTextEdit *commentField() const { return m_comment; }
    QPlainTextEdit *conditionsField() const { return m_conditions; }
    QPushButton *signButton() const { return m_sign; }
    QPushButton *receiveButton() const { return m_receive; }
    ExceptionBox *exceptionBox() const { return m_exception; }
    QString verdictText() const;
    QString messageText() const;
    bool isUnlocked() const { return m_unlocked != nullptr; }
    QString unlockedName() const;

signals:
    void unlockFinished(bool ok);
    void signFinished(bool ok);

private:
    void unlock();
    void sign();
    void receive();
    void updateRoles();
    void updateVerdict();
    DecisionDraft draft() const;
    std::string signerKey() const;

    AuditSession *m_session = nullptr;
    std::shared_ptr<const review::Review> m_review;
    std::shared_ptr<const audit::Identity> m_unlocked;
    QLabel *m_request = nullptr;
    QComboBox *m_identity = nullptr;
    QLineEdit *m_passphrase = nullptr;
    QPushButton *m_unlock = nullptr;
    QLabel *m_who = nullptr;
    QComboBox *m_role = nullptr;
    QButtonGroup *m_decisions = nullptr;
    std::vector<QPushButton *> m_decisionButtons;
    QPlainTextEdit *m_conditions = nullptr;
    QPlainTextEdit *m_comment = nullptr;
    QLabel *m_verdict = nullptr;
    QPushButton *m_sign = nullptr;
    QLabel *m_message = nullptr;
    QLabel *m_trail = nullptr;
    QPushButton *m_receive = nullptr;
    ExceptionBox *m_exception = nullptr;
    enum class Pending { None, Sign, Receive };
    Pending m_pending = Pending::None;
};

} // namespace cs::ui
