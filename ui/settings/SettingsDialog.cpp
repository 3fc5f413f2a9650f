#include "settings/SettingsDialog.h"

#include "sync/SyncTargetEditor.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QLocale>
#include <QPushButton>
#include <QSettings>
#include <QToolButton>
#include <QVBoxLayout>

namespace cs::ui {

SettingsDialog::SettingsDialog(const WorkbenchSettings &initial, QWidget *parent)
    : QDialog(parent), m_initialLanguage(initial.language)
{
    setWindowTitle(tr("Countersign settings"));
    auto *layout = new QVBoxLayout(this);

    auto *files = new QGroupBox(tr("Files"), this);
    auto *form = new QFormLayout(files);
    auto *inboxRow = new QWidget(files);
    auto *inboxLayout = new QHBoxLayout(inboxRow);
    inboxLayout->setContentsMargins(0, 0, 0, 0);
    m_inboxes = new QListWidget(inboxRow);
    m_inboxes->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_inboxes->addItems(initial.inboxes);
    auto *inboxButtons = new QVBoxLayout;
    auto *addInboxButton = new QPushButton(tr("&Add\u2026"), inboxRow);
    m_removeInbox = new QPushButton(tr("&Remove"), inboxRow);
    inboxButtons->addWidget(addInboxButton);
    inboxButtons->addWidget(m_removeInbox);
    inboxButtons->addStretch(1);
    inboxLayout->addWidget(m_inboxes, 1);
    inboxLayout->addLayout(inboxButtons);
    form->addRow(tr("&Inbox folders:"), inboxRow);

    m_store = new QLineEdit(initial.storeFile, files);
    form->addRow(tr("Audit &store:"),
                 fileRow(m_store, tr("Choose the audit store"), tr("Audit stores (*.db *.sqlite);;All files (*)")));
    m_identity = new QLineEdit(initial.identityKeyFile, files);
    form->addRow(tr("Identity &key file:"),
                 fileRow(m_identity, tr("Choose your identity key file"), tr("All files (*)")));
    m_policy = new QLineEdit(initial.policyFile, files);
    m_policy->setPlaceholderText(tr("empty: the built-in default policy"));
    form->addRow(tr("&Policy file:"),
                 fileRow(m_policy, tr("Choose the policy file"), tr("Policies (*.json);;All files (*)")));
    layout->addWidget(files);

    auto *syncBox = new QGroupBox(tr("Sync"), this);
    auto *syncLayout = new QVBoxLayout(syncBox);
    m_sync = new SyncTargetEditor(syncBox);
    m_sync->setTarget(initial.sync);
    syncLayout->addWidget(m_sync);
    layout->addWidget(syncBox);

    auto *languageBox = new QGroupBox(tr("Language"), this);
    auto *languageLayout = new QFormLayout(languageBox);
    m_language = new QComboBox(languageBox);
    for (const QString &code : supportedLanguages()) {
        // Each language by its own name, as people look for it in a list.
        const QString name =
            code == QLatin1String("system") ? tr("System language") : QLocale(code).nativeLanguageName();
        m_language->addItem(name, code);
    }
    m_language->setCurrentIndex(std::max(0, m_language->findData(initial.language)));
    languageLayout->addRow(tr("&Language:"), m_language);
    m_restartNote = new QLabel(tr("A new language takes effect when Countersign is restarted."), languageBox);
    m_restartNote->setWordWrap(true);
    languageLayout->addRow(m_restartNote);
    layout->addWidget(languageBox);

    m_problems = new QLabel(this);
    m_problems->setWordWrap(true);
    m_problems->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_problems->hide();
    layout->addWidget(m_problems);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_ok = buttons->button(QDialogButtonBox::Ok);
    layout->addWidget(buttons);

    connect(addInboxButton, &QPushButton::clicked, this, &SettingsDialog::chooseInbox);
    connect(m_removeInbox, &QPushButton::clicked, this, [this] { qDeleteAll(m_inboxes->selectedItems()); });
    connect(m_inboxes, &QListWidget::itemSelectionChanged, this,
            [this] { m_removeInbox->setEnabled(!m_inboxes->selectedItems().isEmpty()); });
    m_removeInbox->setEnabled(false);
    connect(m_language, &QComboBox::currentIndexChanged, this, [this] {
        const bool changed = m_language->currentData().toString() != m_initialLanguage;
        m_restartNote->setText(changed ? tr("<b>Restart Countersign</b> to use the new language.")
                                       : tr("A new language takes effect when Countersign is restarted."));
    });
    connect(buttons, &QDialogButtonBox::accepted, this, &SettingsDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &SettingsDialog::reject);
}

QWidget *SettingsDialog::fileRow(QLineEdit *field, const QString &caption, const QString &filter)
{
    auto *row = new QWidget(field->parentWidget());
    auto *layout = new QHBoxLayout(row);
    layout->setContentsMargins(0, 0, 0, 0);
    field->setParent(row);
    auto *browse = new QToolButton(row);
    browse->setText(tr("Browse\u2026"));
    layout->addWidget(field, 1);
    layout->addWidget(browse);
    connect(browse, &QToolButton::clicked, this, [this, field, caption, filter] {
        const QString path = QFileDialog::getOpenFileName(this, caption, field->text(), filter);
        if (!path.isEmpty())
            field->setText(path);
    });
    return row;
}

void SettingsDialog::chooseInbox()
{
    const QString dir = QFileDialog::getExistingDirectory(this, tr("Choose an inbox folder"));
    if (!dir.isEmpty())
        addInbox(dir);
}

void SettingsDialog::addInbox(const QString &folder)
{
    if (!m_inboxes->findItems(folder, Qt::MatchExactly).isEmpty())
        return;
    m_inboxes->addItem(folder);
}

WorkbenchSettings SettingsDialog::settings() const
{
    WorkbenchSettings s;
    for (int i = 0; i < m_inboxes->count(); ++i)
        s.inboxes.append(m_inboxes->item(i)->text());
    s.storeFile = m_store->text().trimmed();
    s.identityKeyFile = m_identity->text().trimmed();
    s.policyFile = m_policy->text().trimmed();
    s.sync = m_sync->target();
    s.language = m_language->currentData().toString();
    return s;
}

void SettingsDialog::accept()
{
    const QStringList problems = validateSettings(settings());
    if (problems.isEmpty()) {
        m_problems->hide();
        QDialog::accept();
        return;
    }
    QString html = QStringLiteral("<span style=\"color:#c62828\"><b>%1</b></span><ul>")
                       .arg(tr("These settings cannot be used yet:"));
    for (const QString &p : problems)
        html += QStringLiteral("<li>%1</li>").arg(p.toHtmlEscaped());
    m_problems->setText(html + QStringLiteral("</ul>"));
    m_problems->show();
}

QString SettingsDialog::problemText() const
{
    return m_problems->isHidden() ? QString() : m_problems->text();
}

std::optional<WorkbenchSettings> SettingsDialog::edit(QSettings &store, QWidget *parent)
{
    SettingsDialog dialog(WorkbenchSettings::load(store), parent);
    if (dialog.exec() != QDialog::Accepted)
        return std::nullopt;
    const WorkbenchSettings edited = dialog.settings();
    edited.save(store);
    store.sync();
    return edited;
}

} // namespace cs::ui
