#include "sync/SyncTargetEditor.h"

#include <QComboBox>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QSpinBox>
#include <QToolButton>

namespace cs::ui {

SyncTargetEditor::SyncTargetEditor(QWidget *parent) : QWidget(parent)
{
    auto *form = new QFormLayout(this);
    form->setContentsMargins(0, 0, 0, 0);
    m_kind = new QComboBox(this);
    m_kind->addItem(tr("None"), static_cast<int>(SyncTarget::Kind::None));
    m_kind->addItem(tr("Shared folder"), static_cast<int>(SyncTarget::Kind::Folder));
    m_kind->addItem(tr("PostgreSQL server"), static_cast<int>(SyncTarget::Kind::Postgres));
    form->addRow(tr("&Target:"), m_kind);

    auto *folderRow = new QWidget(this);
    auto *folderLayout = new QHBoxLayout(folderRow);
    folderLayout->setContentsMargins(0, 0, 0, 0);
    m_folder = new QLineEdit(folderRow);
    m_folder->setPlaceholderText(tr("a folder every workbench of the deployment can read and write"));
    m_chooseFolder = new QToolButton(folderRow);
    m_chooseFolder->setText(tr("Choose\u2026"));
    m_chooseFolder->setToolTip(tr("Choose the shared sync folder"));
    folderLayout->addWidget(m_folder, 1);
    folderLayout->addWidget(m_chooseFolder);
    // A row holding a layout gets no buddy from addRow, so the mnemonic is wired by hand.
    auto *folderLabel = new QLabel(tr("&Folder:"), this);
    folderLabel->setBuddy(m_folder);
    form->addRow(folderLabel, folderRow);

    m_url = new QLineEdit(this);
    m_url->setPlaceholderText(QStringLiteral("postgresql://user@host:5432/database"));
    form->addRow(tr("Server &URL:"), m_url);
    m_passwordEnv = new QLineEdit(this);
    m_passwordEnv->setPlaceholderText(tr("empty: asked once, kept in memory only"));
    m_passwordEnv->setToolTip(tr("The environment variable holding the server's password (for example PGPASSWORD). "
                                 "Leave it empty to be asked; the password is never saved."));
    form->addRow(tr("Password &variable:"), m_passwordEnv);

    m_interval = new QSpinBox(this);
    m_interval->setRange(0, kMaxSyncIntervalMinutes);
    m_interval->setSuffix(tr(" min"));
    m_interval->setSpecialValueText(tr("Off (Sync now only)"));
    form->addRow(tr("Sync &every:"), m_interval);

    connect(m_chooseFolder, &QToolButton::clicked, this, &SyncTargetEditor::chooseFolder);
    connect(m_kind, &QComboBox::currentIndexChanged, this, &SyncTargetEditor::readFields);
    connect(m_folder, &QLineEdit::textChanged, this, &SyncTargetEditor::readFields);
    connect(m_url, &QLineEdit::textChanged, this, &SyncTargetEditor::readFields);
    connect(m_passwordEnv, &QLineEdit::textChanged, this, &SyncTargetEditor::readFields);
    connect(m_interval, &QSpinBox::valueChanged, this, &SyncTargetEditor::readFields);
    updateEnabled();
}

void SyncTargetEditor::setTarget(const SyncTarget &target)
{
    m_updating = true;
    m_kind->setCurrentIndex(std::max(0, m_kind->findData(static_cast<int>(target.kind))));
    m_folder->setText(target.folder);
    m_url->setText(target.postgresUrl);
    m_passwordEnv->setText(target.passwordEnv);
    m_interval->setValue(target.intervalMinutes);
    m_updating = false;
    m_target = target;
    updateEnabled();
}

void SyncTargetEditor::readFields()
{
    if (m_updating)
        return;
    SyncTarget t;
    t.kind = static_cast<SyncTarget::Kind>(m_kind->currentData().toInt());
    t.folder = m_folder->text().trimmed();
    t.postgresUrl = m_url->text().trimmed();
    t.passwordEnv = m_passwordEnv->text().trimmed();
    t.intervalMinutes = m_interval->value();
    if (t == m_target)
        return;
    m_target = t;
    updateEnabled();
    emit edited(m_target);
}

void SyncTargetEditor::updateEnabled()
{
    const auto kind = m_target.kind;
    m_folder->setEnabled(kind == SyncTarget::Kind::Folder);
    m_chooseFolder->setEnabled(kind == SyncTarget::Kind::Folder);
    m_url->setEnabled(kind == SyncTarget::Kind::Postgres);
    m_passwordEnv->setEnabled(kind == SyncTarget::Kind::Postgres);
    m_interval->setEnabled(kind != SyncTarget::Kind::None);
}

void SyncTargetEditor::chooseFolder()
{
    const QString dir = QFileDialog::getExistingDirectory(this, tr("Choose the shared sync folder"), m_folder->text());
    if (!dir.isEmpty())
        m_folder->setText(dir);
}

} // namespace cs::ui
