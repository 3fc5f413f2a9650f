#pragma once

// The administrator's roster editor: who is on the store's roster (from the verified report),
// granting roles to a key and revoking a key, signed with the administrator's identity. The
// identity is unlocked with its passphrase on a worker, and the write runs there too; a
// refusal (not the store's anchor, an unknown key, ...) is shown as the core words it.

#include "decision/DecisionPanel.h" // KnownIdentity

#include <QWidget>

#include <map>
#include <memory>
#include <string>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;

namespace cs::audit {
struct Identity;
}

namespace cs::ui {

class AuditSession;
class DataTable;

class RosterEditor final : public QWidget
{
    Q_OBJECT
public:
    explicit RosterEditor(AuditSession *session, QWidget *parent = nullptr);

    // Key files offered as the administrator's identity (the field also takes any path).
    void setKnownIdentities(const std::vector<KnownIdentity> &identities);
    // Ask before revoking (on by default; a revocation cannot be taken back).
    void setConfirmRevocation(bool confirm) { m_confirmRevocation = confirm; }

    // For tests and keyboard use.
    DataTable *memberTable() const { return m_members; }
    QString memberKey(int row) const; // the hex key of a table row
    QComboBox *adminKeyBox() const { return m_adminKey; }
    QLineEdit *passphraseField() const { return m_passphrase; }
    QLineEdit *keyField() const { return m_key; }
    QLineEdit *nameField() const { return m_name; }
    QLineEdit *emailField() const { return m_email; }
    QCheckBox *roleBox(const std::string &role) const;
    QPushButton *grantButton() const { return m_grant; }
    QPushButton *revokeButton() const { return m_revoke; }
    QString messageText() const;
    bool isWriting() const { return m_writing; }

signals:
    // A grant or revocation ended; the session has been asked to re-read the store.
    void writeFinished(bool ok, const QString &message);

private:
    enum class Change { Grant, Revoke };
    void showRoster();
    void fillFromRow(int row);
    void write(Change change);
    void setMessage(const QString &text, bool error);
    QString adminKeyFile() const;

    AuditSession *m_session = nullptr;
    DataTable *m_members = nullptr;
    std::vector<std::string> m_rowKeys;
    QComboBox *m_adminKey = nullptr;
    QLineEdit *m_passphrase = nullptr;
    QLabel *m_adminState = nullptr;
    QLineEdit *m_key = nullptr;
    QLineEdit *m_name = nullptr;
    QLineEdit *m_email = nullptr;
    std::map<std::string, QCheckBox *> m_roles;
    QPushButton *m_grant = nullptr;
    QPushButton *m_revoke = nullptr;
    QLabel *m_message = nullptr;
    // Kept after a successful write so that several grants need one passphrase, and only for
    // the key file it was unlocked from.
    std::shared_ptr<const audit::Identity> m_admin;
    QString m_adminFile;
    bool m_writing = false;
    bool m_confirmRevocation = true;
};

} // namespace cs::ui
