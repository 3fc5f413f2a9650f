#include "identity/IdentityDialog.h"

#include "audit/KeyFile.h"
#include "identity/PublicKeyBox.h"
#include "session/WorkerPool.h"

#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFormLayout>
#include <QFutureWatcher>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTabWidget>
#include <QVBoxLayout>
#include <QtConcurrent>

#include <optional>

namespace cs::ui {

namespace {

struct Created
{
    QString file;
    QString name;
    std::optional<audit::PublicKey> key;
    QString error;
};

QString errorHtml(const QString &message)
{
    return QStringLiteral("<b style=\"color:#c62828\">%1</b>").arg(message.toHtmlEscaped());
}

} // namespace

IdentityDialog::IdentityDialog(QWidget *parent) : QDialog(parent)
{
    setWindowTitle(tr("Identities"));
    m_folder = QDir::homePath();
    auto *layout = new QVBoxLayout(this);
    m_tabs = new QTabWidget(this);
    m_tabs->addTab(buildCreatePage(), tr("&Create an identity"));
    m_tabs->addTab(buildShowPage(), tr("&Show a public key"));
    layout->addWidget(m_tabs);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
}

QWidget *IdentityDialog::buildCreatePage()
{
    auto *page = new QWidget(this);
    auto *form = new QFormLayout(page);
    auto *intro = new QLabel(tr("A new Ed25519 key pair for signing decisions. The key file is protected by your passphrase; "
                                "give the administrator the public key (the .pub file written beside it)."),
                             page);
    intro->setWordWrap(true);
    form->addRow(intro);
    m_name = new QLineEdit(page);
    m_name->setAccessibleName(tr("Your name"));
    form->addRow(tr("&Name:"), m_name);

    m_file = new QLineEdit(page);
    m_file->setAccessibleName(tr("Key file to write"));
    auto *browse = new QPushButton(tr("&Browse\u2026"), page);
    auto *fileRow = new QHBoxLayout;
    fileRow->addWidget(m_file, 1);
    fileRow->addWidget(browse);
    // A label beside a layout gets no buddy from the form, so its mnemonic would show as "&".
    auto *fileLabel = new QLabel(tr("Key &file:"), page);
    fileLabel->setBuddy(m_file);
    form->addRow(fileLabel, fileRow);

    m_passphrase = new QLineEdit(page);
    m_repeat = new QLineEdit(page);
    for (QLineEdit *field : {m_passphrase, m_repeat})
        field->setEchoMode(QLineEdit::Password);
    m_passphrase->setAccessibleName(tr("Passphrase"));
    m_repeat->setAccessibleName(tr("Passphrase again"));
    form->addRow(tr("&Passphrase:"), m_passphrase);
    form->addRow(tr("&Repeat it:"), m_repeat);

    m_create = new QPushButton(tr("C&reate identity"), page);
    form->addRow(QString(), m_create);
    m_createMessage = new QLabel(page);
    m_createMessage->setWordWrap(true);
    m_createMessage->setTextInteractionFlags(Qt::TextSelectableByMouse);
    form->addRow(m_createMessage);

    connect(browse, &QPushButton::clicked, this, &IdentityDialog::chooseNewFile);
    connect(m_create, &QPushButton::clicked, this, &IdentityDialog::create);
    connect(m_repeat, &QLineEdit::returnPressed, this, &IdentityDialog::create);
    return page;
}

QWidget *IdentityDialog::buildShowPage()
{
    auto *page = new QWidget(this);
    auto *layout = new QVBoxLayout(page);
    auto *row = new QHBoxLayout;
    m_showFile = new QLineEdit(page);
    m_showFile->setAccessibleName(tr("Key file or .pub file to show"));
    m_showFile->setPlaceholderText(tr("a key file or a .pub file"));
    auto *open = new QPushButton(tr("&Open\u2026"), page);
    row->addWidget(m_showFile, 1);
    row->addWidget(open);
    layout->addLayout(row);
    m_showMessage = new QLabel(page);
    m_showMessage->setWordWrap(true);
    layout->addWidget(m_showMessage);
    m_shown = new PublicKeyBox(page);
    layout->addWidget(m_shown);
    layout->addStretch(1);
    connect(open, &QPushButton::clicked, this, &IdentityDialog::chooseExistingFile);
    connect(m_showFile, &QLineEdit::returnPressed, this, [this] { loadKeyFile(m_showFile->text()); });
    return page;
}

void IdentityDialog::showPage(Page page)
{
    m_tabs->setCurrentIndex(page == Page::Create ? 0 : 1);
}

void IdentityDialog::setDefaultFolder(const QString &folder)
{
    m_folder = folder;
}

QString IdentityDialog::createMessage() const
{
    return m_createMessage->text();
}

QString IdentityDialog::showMessage() const
{
    return m_showMessage->text();
}

void IdentityDialog::chooseNewFile()
{
    const QString suggested = QDir(m_folder).filePath(m_name->text().isEmpty() ? QStringLiteral("identity.key")
                                                                                : m_name->text().simplified() + QStringLiteral(".key"));
    const QString path = QFileDialog::getSaveFileName(this, tr("New key file"), suggested, tr("Key files (*.key);;All files (*)"));
    if (!path.isEmpty())
        m_file->setText(path);
}

void IdentityDialog::chooseExistingFile()
{
    const QString path = QFileDialog::getOpenFileName(this, tr("Show a public key"), m_folder,
                                                      tr("Key and public key files (*.key *.pub);;All files (*)"));
    if (!path.isEmpty())
        loadKeyFile(path);
}

bool IdentityDialog::loadKeyFile(const QString &path)
{
    showPage(Page::Show);
    m_showFile->setText(path);
    // Nothing to unlock: a key file carries its public key in the clear, a .pub file is nothing else.
    if (path.endsWith(QLatin1String(".pub"))) {
        auto key = audit::readPublicKeyFile(path);
        if (key) {
            m_shown->setKey(QString(), *key);
            m_showMessage->setText(tr("From the public key file %1.").arg(QDir::toNativeSeparators(path)));
            return true;
        }
        m_shown->clear();
        m_showMessage->setText(errorHtml(key.errorMessage()));
        return false;
    }
    auto info = audit::readKeyFileInfo(path);
    if (info) {
        m_shown->setKey(info->name, info->publicKey);
        m_showMessage->setText(tr("From the key file %1 (not unlocked: the public key is stored in the clear).")
                                   .arg(QDir::toNativeSeparators(path)));
        return true;
    }
    m_shown->clear();
    m_showMessage->setText(errorHtml(info.errorMessage()));
    return false;
}

void IdentityDialog::create()
{
    if (m_creating)
        return;
    const QString name = m_name->text().trimmed();
    const QString file = m_file->text().trimmed();
    if (name.isEmpty() || file.isEmpty()) {
        m_createMessage->setText(errorHtml(tr("Give a name and a key file.")));
        emit createFinished(false);
        return;
    }
    if (m_passphrase->text() != m_repeat->text()) {
        m_repeat->clear();
        m_createMessage->setText(errorHtml(tr("The two passphrases differ.")));
        emit createFinished(false);
        return;
    }
    QByteArray passphrase = m_passphrase->text().toUtf8();
    m_passphrase->clear();
    m_repeat->clear();
    m_creating = true;
    m_create->setEnabled(false);
    m_createMessage->setText(tr("Creating the identity\u2026 (deriving the key from the passphrase takes a moment)"));

    auto *watcher = new QFutureWatcher<Created>(this);
    connect(watcher, &QFutureWatcher<Created>::finished, this, [this, watcher] {
        const Created created = watcher->result();
        watcher->deleteLater();
        m_creating = false;
        m_create->setEnabled(true);
        if (!created.key) {
            m_createMessage->setText(errorHtml(created.error));
            emit createFinished(false);
            return;
        }
        m_createMessage->setText(tr("Created %1 and %2.")
                                     .arg(QDir::toNativeSeparators(created.file),
                                          QDir::toNativeSeparators(audit::publicKeyFilePath(created.file))));
        m_showFile->setText(created.file);
        m_shown->setKey(created.name, *created.key);
        m_showMessage->setText(tr("The identity just created."));
        emit identityCreated(created.file);
        emit createFinished(true);
    });
    // Argon2id (MODERATE) takes about a second by design: a worker keeps the dialog live.
    const bool fast = m_fastKdf;
    watcher->setFuture(QtConcurrent::run(workerPool(), [file, name, passphrase, fast]() mutable {
        auto identity = fast ? audit::detail::createIdentity(file, name, passphrase, audit::KdfLimits::interactive())
                             : audit::createIdentity(file, name, passphrase);
        passphrase.fill('\0');
        Created created;
        created.file = file;
        created.name = name;
        if (identity)
            created.key = identity->publicKey();
        else
            created.error = identity.errorMessage();
        return created;
    }));
}

} // namespace cs::ui
