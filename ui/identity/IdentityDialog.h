#pragma once

// Creating an identity (what `countersign-cli keygen` does: a passphrase-protected key file
// and its .pub beside it) and showing an identity's public key and fingerprint, from a key
// file or a .pub file, to copy and hand to the administrator.

#include <QDialog>

class QLabel;
class QLineEdit;
class QPushButton;
class QTabWidget;

namespace cs::ui {

class PublicKeyBox;

class IdentityDialog final : public QDialog
{
    Q_OBJECT
public:
    enum class Page { Create, Show };

    explicit IdentityDialog(QWidget *parent = nullptr);

    void showPage(Page page);
    // Where the file chooser starts and a new key file's default name goes.
    void setDefaultFolder(const QString &folder);
    // Shows the public key of a key file or a .pub file; false (with the reason shown) if unreadable.
    bool loadKeyFile(const QString &path);
    // Cheaper Argon2id for the test suite; key files written this way are still readable.
    void useFastKdfForTests(bool fast) { m_fastKdf = fast; }
    bool isCreating() const { return m_creating; }

    // For tests and keyboard use.
    QLineEdit *nameField() const { return m_name; }
    QLineEdit *fileField() const { return m_file; }
    QLineEdit *passphraseField() const { return m_passphrase; }
    QLineEdit *repeatField() const { return m_repeat; }
    QPushButton *createButton() const { return m_create; }
    QString createMessage() const;
    PublicKeyBox *publicKeyBox() const { return m_shown; }
    QString showMessage() const;

signals:
    void identityCreated(const QString &keyFile);
    // A create attempt ended (created or refused), for callers that wait on it.
    void createFinished(bool ok);

private:
    QWidget *buildCreatePage();
    QWidget *buildShowPage();
    void create();
    void chooseNewFile();
    void chooseExistingFile();

    QTabWidget *m_tabs = nullptr;
    QLineEdit *m_name = nullptr;
    QLineEdit *m_file = nullptr;
    QLineEdit *m_passphrase = nullptr;
    QLineEdit *m_repeat = nullptr;
    QPushButton *m_create = nullptr;
    QLabel *m_createMessage = nullptr;
    QLineEdit *m_showFile = nullptr;
    QLabel *m_showMessage = nullptr;
    PublicKeyBox *m_shown = nullptr;
    QString m_folder;
    bool m_fastKdf = false;
    bool m_creating = false;
};

} // namespace cs::ui
