#include "identity/RosterEditor.h"

#include "audit/KeyFile.h"
#include "charts/DataTable.h"
#include "common/Text.h"
#include "identity/RosterWrites.h"
#include "session/AuditSession.h"
#include "session/WorkerPool.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFileDialog>
#include <QFormLayout>
#include <QFutureWatcher>
#include <QGridLayout>
#include <QGroupBox>
#include <QHeaderView>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QVBoxLayout>
#include <QtConcurrent>

namespace cs::ui {

namespace {

struct RosterOutcome
{
    bool ok = false;
    QString message;
    std::shared_ptr<const audit::Identity> admin; // unlocked, when the passphrase was right
};

QString fingerprintOf(const std::string &keyHex)
{
    auto key = audit::PublicKey::fromHex(std::string_view(keyHex));
    return key ? audit::fingerprint(*key) : QString::fromStdString(keyHex);
}

} // namespace

RosterEditor::RosterEditor(AuditSession *session, QWidget *parent) : QWidget(parent), m_session(session)
{
    auto *layout = new QVBoxLayout(this);

    auto *listBox = new QGroupBox(tr("Roster"), this);
    auto *listLayout = new QVBoxLayout(listBox);
    m_members = new DataTable(listBox);
    m_members->setAccessibleName(tr("Roster members"));
    m_members->setSelectionMode(QAbstractItemView::SingleSelection);
    listLayout->addWidget(m_members);
    layout->addWidget(listBox, 1);

    auto *adminBox = new QGroupBox(tr("Administrator"), this);
    auto *adminForm = new QFormLayout(adminBox);
    m_adminKey = new QComboBox(adminBox);
    m_adminKey->setEditable(true);
    m_adminKey->setAccessibleName(tr("Administrator's key file"));
    m_adminKey->setMinimumContentsLength(40);
    auto *browse = new QPushButton(tr("&Browse\u2026"), adminBox);
    auto *adminRow = new QHBoxLayout;
    adminRow->addWidget(m_adminKey, 1);
    adminRow->addWidget(browse);
    // A label beside a layout gets no buddy from the form, so its mnemonic would show as "&".
    auto *adminKeyLabel = new QLabel(tr("&Key file:"), adminBox);
    adminKeyLabel->setBuddy(m_adminKey);
    adminForm->addRow(adminKeyLabel, adminRow);
    m_passphrase = new QLineEdit(adminBox);
    m_passphrase->setEchoMode(QLineEdit::Password);
    m_passphrase->setAccessibleName(tr("Administrator's passphrase"));
    adminForm->addRow(tr("&Passphrase:"), m_passphrase);
    m_adminState = new QLabel(tr("Not unlocked: the passphrase is asked for with the first change."), adminBox);
    adminForm->addRow(QString(), m_adminState);
    layout->addWidget(adminBox);

    auto *changeBox = new QGroupBox(tr("Grant or revoke"), this);
    auto *changeForm = new QFormLayout(changeBox);
    m_key = new QLineEdit(changeBox);
    m_key->setPlaceholderText(tr("hex public key, or a .pub file"));
    m_key->setAccessibleName(tr("Member's public key"));
    auto *browseKey = new QPushButton(tr("Br&owse\u2026"), changeBox);
    auto *keyRow = new QHBoxLayout;
    keyRow->addWidget(m_key, 1);
    keyRow->addWidget(browseKey);
    auto *keyLabel = new QLabel(tr("Public &key:"), changeBox);
    keyLabel->setBuddy(m_key);
    changeForm->addRow(keyLabel, keyRow);
    m_name = new QLineEdit(changeBox);
    m_name->setAccessibleName(tr("Member's name"));
    changeForm->addRow(tr("&Name:"), m_name);
    m_email = new QLineEdit(changeBox);
    m_email->setAccessibleName(tr("Member's e-mail"));
    m_email->setToolTip(tr("How the rules know a reviewer submitted a package, and tell people apart"));
    changeForm->addRow(tr("&E-mail:"), m_email);
    auto *roles = new QGridLayout;
    int index = 0;
    for (const char *role : audit::kRoles) {
        auto *box = new QCheckBox(roleTitle(role), changeBox);
        m_roles.emplace(role, box);
        roles->addWidget(box, index / 3, index % 3);
        ++index;
    }
    changeForm->addRow(tr("Roles:"), roles);
    m_grant = new QPushButton(tr("&Grant roles"), changeBox);
    m_revoke = new QPushButton(tr("&Revoke key\u2026"), changeBox);
    m_revoke->setToolTip(tr("Cuts the key after its newest entry in this store; nothing it signs later counts"));
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_grant);
    buttons->addWidget(m_revoke);
    buttons->addStretch(1);
    changeForm->addRow(QString(), buttons);
    m_message = new QLabel(changeBox);
    m_message->setWordWrap(true);
    m_message->setTextInteractionFlags(Qt::TextSelectableByMouse);
    changeForm->addRow(m_message);
    layout->addWidget(changeBox);

    connect(browse, &QPushButton::clicked, this, [this] {
        const QString path = QFileDialog::getOpenFileName(this, tr("Administrator's key file"), m_adminKey->currentText(),
                                                          tr("Key files (*.key);;All files (*)"));
        if (!path.isEmpty())
            m_adminKey->setCurrentText(path);
    });
    connect(browseKey, &QPushButton::clicked, this, [this] {
        const QString path = QFileDialog::getOpenFileName(this, tr("Member's public key"), QString(),
                                                          tr("Public key files (*.pub);;All files (*)"));
        if (!path.isEmpty())
            m_key->setText(path);
    });
    // Filled on a click or Enter only: the view also moves its current cell by itself (on focus,
    // on re-listing), and that must not overwrite what the administrator is typing.
    connect(m_members, &QTableWidget::cellClicked, this, [this](int row) { fillFromRow(row); });
    connect(m_members, &QTableWidget::cellActivated, this, [this](int row) { fillFromRow(row); });
    connect(m_grant, &QPushButton::clicked, this, [this] { write(Change::Grant); });
    connect(m_revoke, &QPushButton::clicked, this, [this] { write(Change::Revoke); });
    if (m_session)
        connect(m_session, &AuditSession::snapshotChanged, this, &RosterEditor::showRoster);
    showRoster();
}

void RosterEditor::setKnownIdentities(const std::vector<KnownIdentity> &identities)
{
    const QString current = m_adminKey->currentText();
    m_adminKey->clear();
    for (const auto &identity : identities)
        m_adminKey->addItem(identity.label, identity.keyFile);
    m_adminKey->setCurrentIndex(identities.empty() ? -1 : 0);
    if (identities.empty())
        m_adminKey->setCurrentText(current);
}

QCheckBox *RosterEditor::roleBox(const std::string &role) const
{
    const auto it = m_roles.find(role);
    return it == m_roles.end() ? nullptr : it->second;
}

QString RosterEditor::memberKey(int row) const
{
    return row >= 0 && static_cast<std::size_t>(row) < m_rowKeys.size() ? qs(m_rowKeys[static_cast<std::size_t>(row)]) : QString();
}

QString RosterEditor::messageText() const
{
    return m_message->text();
}

QString RosterEditor::adminKeyFile() const
{
    // A known identity shows its label; a typed or browsed path is the text itself.
    const int index = m_adminKey->currentIndex();
    if (index >= 0 && m_adminKey->currentText() == m_adminKey->itemText(index) && !m_adminKey->itemData(index).toString().isEmpty())
        return m_adminKey->itemData(index).toString();
    return m_adminKey->currentText().trimmed();
}

void RosterEditor::setMessage(const QString &text, bool error)
{
    m_message->setText(error ? QStringLiteral("<b style=\"color:#c62828\">%1</b>").arg(text.toHtmlEscaped()) : text.toHtmlEscaped());
}

void RosterEditor::showRoster()
{
    m_rowKeys.clear();
    const auto snapshot = m_session ? m_session->snapshot() : nullptr;
    const audit::Roster *roster = snapshot ? snapshot->roster() : nullptr;
    const QStringList headers{tr("Name"), tr("E-mail"), tr("Roles"), tr("Fingerprint"), tr("Revoked")};
    if (!roster) {
        m_members->setContents(headers, {});
        m_grant->setEnabled(false);
        m_revoke->setEnabled(false);
        if (snapshot && !snapshot->error.isEmpty())
            setMessage(snapshot->error, true);
        return;
    }
    std::vector<QStringList> rows;
    std::vector<QStringList> tips;
    for (const auto &[key, member] : roster->membersAsOf(std::nullopt)) {
        QStringList roles;
        for (const auto &role : member.roles)
            roles.append(roleTitle(role));
        const bool anchor = key == roster->anchor();
        QString revoked;
        if (const auto cut = roster->revocationCut(key))
            revoked = *cut == 0 ? tr("revoked: none of its entries count") : tr("revoked after its entry %1").arg(*cut);
        rows.push_back({anchor ? tr("%1 (store anchor)").arg(qs(member.name)) : qs(member.name), qs(member.email),
                        roles.join(QStringLiteral(", ")), fingerprintOf(key), revoked});
        tips.push_back({qs(member.name), qs(member.email), qsList({member.roles.begin(), member.roles.end()}).join(QLatin1Char(' ')),
                        tr("public key %1").arg(qs(key)), revoked});
        m_rowKeys.push_back(key);
    }
    m_members->setContents(headers, rows, tips);
    m_members->setMaximumWidth(QWIDGETSIZE_MAX); // the roster is the page, not a chart's side table
    m_members->horizontalHeader()->setStretchLastSection(true);
    m_grant->setEnabled(!m_writing);
    m_revoke->setEnabled(!m_writing);
}

void RosterEditor::fillFromRow(int row)
{
    const QString key = memberKey(row);
    if (key.isEmpty())
        return;
    const auto snapshot = m_session ? m_session->snapshot() : nullptr;
    const audit::Roster *roster = snapshot ? snapshot->roster() : nullptr;
    const auto member = roster ? roster->member(key.toStdString()) : std::nullopt;
    if (!member)
        return;
    m_key->setText(key);
    m_name->setText(qs(member->name));
    m_email->setText(qs(member->email));
    for (const auto &[role, box] : m_roles)
        box->setChecked(member->roles.count(role) > 0);
}

void RosterEditor::write(Change change)
{
    if (m_writing || !m_session || !m_session->hasStore())
        return;
    const QString keyFile = adminKeyFile();
    if (m_key->text().trimmed().isEmpty()) {
        setMessage(tr("Give the member's public key: hex, or a .pub file."), true);
        emit writeFinished(false, messageText());
        return;
    }
    RosterGrant grant{m_key->text().trimmed(), m_name->text(), m_email->text(), {}};
    for (const auto &[role, box] : m_roles) {
        if (box->isChecked())
            grant.roles.append(qs(role));
    }
    if (change == Change::Revoke && m_confirmRevocation) {
        const auto answer = QMessageBox::question(
            this, tr("Revoke key"),
            tr("Revoke %1? Nothing it signs after its newest entry in this store will count. This cannot be undone.")
                .arg(m_name->text().isEmpty() ? grant.key : m_name->text()));
        if (answer != QMessageBox::Yes)
            return;
    }
    // A passphrase typed again means unlock again; an empty field reuses the identity unlocked before.
    std::shared_ptr<const audit::Identity> admin =
        keyFile == m_adminFile && m_passphrase->text().isEmpty() ? m_admin : nullptr;
    if (!admin && keyFile.isEmpty()) {
        setMessage(tr("Choose the administrator's key file."), true);
        emit writeFinished(false, messageText());
        return;
    }
    QByteArray passphrase = m_passphrase->text().toUtf8();
    m_passphrase->clear();
    m_writing = true;
    m_grant->setEnabled(false);
    m_revoke->setEnabled(false);
    setMessage(admin ? tr("Writing the roster entry\u2026") : tr("Unlocking the administrator's identity\u2026"), false);

    auto *watcher = new QFutureWatcher<RosterOutcome>(this);
    connect(watcher, &QFutureWatcher<RosterOutcome>::finished, this, [this, watcher, keyFile] {
        const RosterOutcome outcome = watcher->result();
        watcher->deleteLater();
        m_writing = false;
        if (!outcome.admin) {
            m_admin.reset();
            m_adminFile.clear();
            m_adminState->setText(tr("Not unlocked."));
        } else if (outcome.ok) {
            m_admin = outcome.admin;
            m_adminFile = keyFile;
            m_adminState->setText(tr("Unlocked: <b>%1</b>, key %2")
                                      .arg(m_admin->name.toHtmlEscaped(), audit::fingerprint(m_admin->publicKey())));
        }
        setMessage(outcome.message, !outcome.ok);
        m_grant->setEnabled(true);
        m_revoke->setEnabled(true);
        if (outcome.ok)
            m_session->refresh();
        emit writeFinished(outcome.ok, outcome.message);
    });
    const QString store = m_session->storePath();
    watcher->setFuture(QtConcurrent::run(workerPool(), [store, keyFile, passphrase, admin, grant, change]() mutable {
        RosterOutcome outcome;
        outcome.admin = admin;
        if (!outcome.admin) {
            // Argon2id takes about a second by design.
            auto unlocked = audit::unlock(keyFile, passphrase);
            passphrase.fill('\0');
            if (!unlocked) {
                outcome.message = unlocked.errorMessage();
                return outcome;
            }
            outcome.admin = std::make_shared<const audit::Identity>(std::move(unlocked).value());
        }
        const auto written = change == Change::Grant ? writeRosterGrant(store, *outcome.admin, grant)
                                                     : writeRosterRevocation(store, *outcome.admin, grant.key);
        outcome.ok = written.ok();
        if (!written)
            outcome.message = written.errorMessage();
        else
            outcome.message = (change == Change::Grant ? RosterEditor::tr("Granted in roster entry %1.")
                                                       : RosterEditor::tr("Revoked in roster entry %1."))
                                  .arg(*written);
        return outcome;
    }));
}

} // namespace cs::ui
