#pragma once

// Edits the workbench settings: inbox folders, audit store, identity key file, policy file,
// sync target and language. OK checks them first and stays open listing every problem; a new
// language takes effect after a restart, which the dialog says.

#include "settings/WorkbenchSettings.h"

#include <QDialog>

#include <optional>

class QComboBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;
class QSettings;

namespace cs::ui {

class SyncTargetEditor;

class SettingsDialog final : public QDialog
{
    Q_OBJECT
public:
    explicit SettingsDialog(const WorkbenchSettings &initial, QWidget *parent = nullptr);

    // The settings as edited.
    WorkbenchSettings settings() const;
    // Shows the dialog over `store`'s settings and saves them there when accepted. Returns the
    // saved settings, or nothing when cancelled.
    static std::optional<WorkbenchSettings> edit(QSettings &store, QWidget *parent = nullptr);

    void addInbox(const QString &folder);
    // Validates; stays open with the problems listed when there are any.
    void accept() override;

    // For tests and keyboard use.
    QListWidget *inboxList() const { return m_inboxes; }
    QPushButton *removeInboxButton() const { return m_removeInbox; }
    QLineEdit *storeField() const { return m_store; }
    QLineEdit *identityField() const { return m_identity; }
    QLineEdit *policyField() const { return m_policy; }
    SyncTargetEditor *syncEditor() const { return m_sync; }
    QComboBox *languageBox() const { return m_language; }
    QPushButton *okButton() const { return m_ok; }
    QString problemText() const;

private:
    QWidget *fileRow(QLineEdit *field, const QString &caption, const QString &filter);
    void chooseInbox();

    QString m_initialLanguage;
    QListWidget *m_inboxes = nullptr;
    QPushButton *m_removeInbox = nullptr;
    QLineEdit *m_store = nullptr;
    QLineEdit *m_identity = nullptr;
    QLineEdit *m_policy = nullptr;
    SyncTargetEditor *m_sync = nullptr;
    QComboBox *m_language = nullptr;
    QLabel *m_restartNote = nullptr;
    QLabel *m_problems = nullptr;
    QPushButton *m_ok = nullptr;
};

} // namespace cs::ui
