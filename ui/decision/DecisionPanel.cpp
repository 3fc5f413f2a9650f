#include "decision/DecisionPanel.h"

#include "audit/KeyFile.h"
#include "decision/ExceptionBox.h"
#include "common/Style.h"
#include "common/Text.h"
#include "review/Review.h"
#include "session/AuditSession.h"
#include "session/WorkerPool.h"

#include <QButtonGroup>
#include <QComboBox>
#include <QFileDialog>
#include <QFormLayout>
#include <QFutureWatcher>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>
#include <QtConcurrent>

namespace cs::ui {

namespace {

struct UnlockOutcome
{
    std::shared_ptr<const audit::Identity> identity;
    QString error;
};

QString decisionTitle(const std::string &decision)
{
    if (decision == "approve")
        return DecisionPanel::tr("&Approve");
    if (decision == "approve_with_conditions")
        return DecisionPanel::tr("Approve with con&ditions");
    if (decision == "request_changes")
        return DecisionPanel::tr("Request c&hanges");
    return DecisionPanel::tr("Re&ject");
}

} // namespace

DecisionPanel::DecisionPanel(AuditSession *session, QWidget *parent) : QWidget(parent), m_session(session)
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 6, 6, 6);

    auto *title = new QLabel(tr("<b>Decision</b>"), this);
    QFont f = title->font();
    f.setPointSizeF(f.pointSizeF() * 1.3);
    title->setFont(f);
    layout->addWidget(title);
    m_request = new QLabel(this);
    m_request->setWordWrap(true);
    layout->addWidget(m_request);

    auto *who = new QGroupBox(tr("1. Who signs"), this);
    auto *whoLayout = new QFormLayout(who);
    m_identity = new QComboBox(who);
    m_identity->setAccessibleName(tr("Identity key file"));
    whoLayout->addRow(tr("&Identity:"), m_identity);
    m_passphrase = new QLineEdit(who);
    m_passphrase->setEchoMode(QLineEdit::Password);
    m_passphrase->setAccessibleName(tr("Passphrase"));
    whoLayout->addRow(tr("&Passphrase:"), m_passphrase);
    m_unlock = new QPushButton(appIcon(QStringLiteral("unlock")), tr("&Unlock"), who);
    m_unlock->setAccessibleName(tr("Unlock identity"));
    whoLayout->addRow(QString(), m_unlock);
    m_who = new QLabel(tr("Locked."), who);
    m_who->setWordWrap(true);
    whoLayout->addRow(m_who);
    layout->addWidget(who);

    auto *what = new QGroupBox(tr("2. What you decide"), this);
    auto *whatLayout = new QVBoxLayout(what);
    auto *roleRow = new QFormLayout;
    m_role = new QComboBox(what);
    m_role->setAccessibleName(tr("Role you sign in"));
    roleRow->addRow(tr("&Role:"), m_role);
    whatLayout->addLayout(roleRow);
    m_decisions = new QButtonGroup(this);
    m_decisions->setExclusive(true);
    auto *grid = new QGridLayout;
    int i = 0;
    for (const auto &d : decisionKinds()) {
        auto *button = new QPushButton(decisionTitle(d), what);
        button->setCheckable(true);
        button->setProperty("decision", QString::fromStdString(d));
        button->setAccessibleName(decisionTitle(d).remove(QLatin1Char('&')));
        m_decisions->addButton(button, i);
        m_decisionButtons.push_back(button);
        // One per row: the German and French titles do not fit two abreast in the panel.
        grid->addWidget(button, i, 0);
        ++i;
    }
    whatLayout->addLayout(grid);
    auto *conditionsLabel = new QLabel(tr("Co&nditions (one per line):"), what);
    whatLayout->addWidget(conditionsLabel);
    m_conditions = new QPlainTextEdit(what);
    conditionsLabel->setBuddy(m_conditions);
    m_conditions->setAccessibleName(tr("Conditions"));
    m_conditions->setTabChangesFocus(true);
    m_conditions->setMaximumHeight(70);
    whatLayout->addWidget(m_conditions);
    auto *commentLabel = new QLabel(tr("&Comment:"), what);
    whatLayout->addWidget(commentLabel);
    m_comment = new QPlainTextEdit(what);
    m_comment->setAccessibleName(tr("Comment"));
    m_comment->setTabChangesFocus(true);
    m_comment->setMaximumHeight(90);
    commentLabel->setBuddy(m_comment);
    whatLayout->addWidget(m_comment);
    layout->addWidget(what);

    m_verdict = new QLabel(this);
    m_verdict->setWordWrap(true);
    m_verdict->setAccessibleName(tr("Will this decision count"));
    m_verdict->setFrameShape(QFrame::StyledPanel);
    m_verdict->setMargin(6);
    layout->addWidget(m_verdict);
    m_sign = new QPushButton(appIcon(QStringLiteral("sign")), tr("&Sign decision"), this);
    m_sign->setAccessibleName(tr("Sign decision"));
    layout->addWidget(m_sign);
    m_receive = new QPushButton(tr("&Record receipt in the store"), this);
    m_receive->setToolTip(tr("This package was opened by hand or dropped in: record that the store received it, "
                             "so that decisions on it can count."));
    layout->addWidget(m_receive);
    m_message = new QLabel(this);
    m_message->setWordWrap(true);
    m_message->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_message);
    m_exception = new ExceptionBox(m_session, this);
    layout->addWidget(m_exception);
    m_trail = new QLabel(this);
    m_trail->setWordWrap(true);
    m_trail->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_trail);
    layout->addStretch();

    connect(m_unlock, &QPushButton::clicked, this, &DecisionPanel::unlock);
    connect(m_passphrase, &QLineEdit::returnPressed, this, &DecisionPanel::unlock);
    connect(m_identity, &QComboBox::activated, this, [this](int index) {
        if (!m_identity->itemData(index).toString().isEmpty())
            return;
        const QString file = QFileDialog::getOpenFileName(this, tr("Choose your key file"));
        if (file.isEmpty())
            return;
        m_identity->insertItem(index, file, file);
        m_identity->setCurrentIndex(index);
    });
    connect(m_role, &QComboBox::currentIndexChanged, this, &DecisionPanel::updateVerdict);
    connect(m_decisions, &QButtonGroup::idClicked, this, &DecisionPanel::updateVerdict);
    connect(m_comment, &QPlainTextEdit::textChanged, this, &DecisionPanel::updateVerdict);
    connect(m_conditions, &QPlainTextEdit::textChanged, this, &DecisionPanel::updateVerdict);
    connect(m_sign, &QPushButton::clicked, this, &DecisionPanel::sign);
    connect(m_receive, &QPushButton::clicked, this, &DecisionPanel::receive);
    connect(m_session, &AuditSession::writeFinished, this, [this](bool ok, const QString &message) {
        const Pending finished = m_pending;
        if (finished == Pending::None)
            return;
        m_pending = Pending::None;
        if (finished == Pending::Receive)
            m_message->setText(ok ? tr("<b style=\"color:#2e7d32\">Receipt recorded.</b> Entry %1").arg(message.left(16))
                                  : tr("<b style=\"color:#c62828\">Not recorded:</b> %1").arg(message.toHtmlEscaped()));
        else
            m_message->setText(ok ? tr("<b style=\"color:#2e7d32\">Signed.</b> Entry %1").arg(message.section(QLatin1Char(' '), 1).left(16))
                                  : tr("<b style=\"color:#c62828\">Not signed:</b> %1").arg(message.toHtmlEscaped()));
        if (ok && finished == Pending::Sign) {
            m_comment->clear();
            m_conditions->clear();
        }
        refresh();
        emit signFinished(ok);
    });
    setKnownIdentities({});
    setRequest(nullptr);
}

void DecisionPanel::setKnownIdentities(const std::vector<KnownIdentity> &identities)
{
    m_identity->clear();
    for (const auto &k : identities)
        m_identity->addItem(k.label, k.keyFile);
    m_identity->addItem(tr("Other key file\u2026"), QString());
}

void DecisionPanel::setRequest(std::shared_ptr<const review::Review> review)
{
    m_review = std::move(review);
    m_message->clear();
    refresh();
}

void DecisionPanel::refresh()
{
    if (!m_review) {
        m_request->setText(tr("No request selected."));
    } else {
        m_request->setText(tr("%1 %2 \u00b7 <b style=\"color:%3\">%4</b>")
                               .arg(qs(m_review->manifest.name).toHtmlEscaped(), qs(m_review->manifest.version).toHtmlEscaped(),
                                    trackColor(m_review->track).name(), trackTitle(m_review->track)));
    }
    updateRoles();
    QString trail;
    const auto snapshot = m_session->snapshot();
    const audit::RequestStatus *status = m_review && snapshot ? snapshot->status(m_review->manifest.id) : nullptr;
    if (status) {
        for (const auto &d : status->decisions) {
            trail += tr("%1 %2 as %3: %4%5<br>")
                         .arg(d.counts ? QStringLiteral("\u2714") : QStringLiteral("\u2718"), qs(d.author.name).toHtmlEscaped(),
                              roleTitle(d.role), qs(d.decision),
                              d.counts ? QString() : tr(" (does not count: %1)").arg(qs(d.why).toHtmlEscaped()));
        }
        if (!trail.isEmpty())
            trail = tr("<b>Decisions so far</b><br>") + trail;
    }
    m_trail->setText(trail);
    m_exception->setContext(m_review, m_unlocked);
    updateVerdict();
}

void DecisionPanel::updateRoles()
{
    const QString previous = m_role->currentData().toString();
    m_role->blockSignals(true);
    m_role->clear();
    const auto snapshot = m_session->snapshot();
    const audit::Roster *roster = snapshot ? snapshot->roster() : nullptr;
    if (m_unlocked && roster) {
        if (const auto member = roster->member(signerKey())) {
            // Roles this request needs first, so the likely choice is the default.
            std::vector<std::string> roles(member->roles.begin(), member->roles.end());
            const auto needed = [this](const std::string &r) {
                return m_review && std::find(m_review->requiredSignoffs.begin(), m_review->requiredSignoffs.end(), r)
                                       != m_review->requiredSignoffs.end();
            };
            std::stable_partition(roles.begin(), roles.end(), needed);
            for (const auto &r : roles)
                m_role->addItem(roleTitle(r) + (needed(r) ? tr(" (required here)") : QString()), QString::fromStdString(r));
        }
    }
    const int keep = m_role->findData(previous);
    m_role->setCurrentIndex(keep >= 0 ? keep : (m_role->count() ? 0 : -1));
    m_role->blockSignals(false);
}

std::string DecisionPanel::signerKey() const
{
    return m_unlocked ? m_unlocked->publicKey().hex().toStdString() : std::string();
}

QString DecisionPanel::unlockedName() const
{
    return m_unlocked ? m_unlocked->name : QString();
}

QPushButton *DecisionPanel::decisionButton(const std::string &decision) const
{
    for (auto *b : m_decisionButtons) {
        if (b->property("decision").toString().toStdString() == decision)
            return b;
    }
    return nullptr;
}

DecisionDraft DecisionPanel::draft() const
{
    DecisionDraft d;
    if (auto *checked = m_decisions->checkedButton())
        d.decision = checked->property("decision").toString().toStdString();
    d.role = m_role->currentData().toString().toStdString();
    d.comment = m_comment->toPlainText().trimmed().toStdString();
    const auto lines = m_conditions->toPlainText().split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    for (const auto &line : lines) {
        if (!line.trimmed().isEmpty())
            d.conditions.push_back(line.trimmed().toStdString());
    }
    return d;
}

void DecisionPanel::updateVerdict()
{
    const auto snapshot = m_session->snapshot();
    DecisionVerdict verdict;
    if (!m_review) {
        verdict.reason = tr("Select a request.");
    } else if (!m_session->hasStore()) {
        verdict.reason = tr("No audit store is open, so nothing can be signed.");
    } else if (!snapshot) {
        verdict.reason = tr("Reading the audit store\u2026");
    } else if (!snapshot->error.isEmpty()) {
        verdict.reason = tr("The audit store cannot be used: %1").arg(snapshot->error);
    } else {
        const auto key = m_unlocked ? std::optional<std::string>(signerKey()) : std::nullopt;
        verdict = judgeDecision(snapshot->status(m_review->manifest.id), snapshot->roster(), key, draft());
    }
    m_conditions->setEnabled(draft().decision == "approve_with_conditions");
    if (verdict.allowed)
        m_verdict->setText(tr("<b style=\"color:#2e7d32\">\u2714 Will count.</b> %1").arg(verdict.effect.toHtmlEscaped()));
    else
        m_verdict->setText(tr("<b style=\"color:#c62828\">\u2718 Will not count.</b> %1").arg(verdict.reason.toHtmlEscaped()));
    m_sign->setEnabled(verdict.allowed && m_pending == Pending::None);
    // Receipt: for a request the store has not seen (or saw with another digest).
    const audit::RequestStatus *status = m_review && snapshot ? snapshot->status(m_review->manifest.id) : nullptr;
    const bool needsReceipt = m_review && snapshot && snapshot->error.isEmpty()
                              && (!status || status->package->packageDigest != m_review->digest);
    m_receive->setVisible(needsReceipt);
    m_receive->setEnabled(needsReceipt && m_unlocked && m_pending == Pending::None);
}

QString DecisionPanel::verdictText() const
{
    return m_verdict->text();
}

QString DecisionPanel::messageText() const
{
    return m_message->text();
}

void DecisionPanel::unlock()
{
    const QString file = m_identity->currentData().toString();
    if (file.isEmpty()) {
        m_who->setText(tr("Choose a key file first."));
        return;
    }
    // Argon2id takes about a second by design; it runs on a worker so the window stays live.
    QByteArray passphrase = m_passphrase->text().toUtf8();
    m_passphrase->clear();
    m_unlock->setEnabled(false);
    m_who->setText(tr("Unlocking\u2026"));
    auto *watcher = new QFutureWatcher<UnlockOutcome>(this);
    connect(watcher, &QFutureWatcher<UnlockOutcome>::finished, this, [this, watcher] {
        UnlockOutcome outcome = watcher->result();
        watcher->deleteLater();
        m_unlock->setEnabled(true);
        if (outcome.identity) {
            m_unlocked = outcome.identity;
            m_who->setText(tr("Unlocked: <b>%1</b><br><small>key %2</small>")
                               .arg(m_unlocked->name.toHtmlEscaped(), audit::fingerprint(m_unlocked->publicKey())));
        } else {
            m_who->setText(tr("<b style=\"color:#c62828\">%1</b>").arg(outcome.error.toHtmlEscaped()));
        }
        refresh();
        emit unlockFinished(outcome.identity != nullptr);
    });
    watcher->setFuture(QtConcurrent::run(workerPool(), [file, passphrase]() mutable {
        UnlockOutcome outcome;
        auto identity = audit::unlock(file, passphrase);
        passphrase.fill('\0');
        if (identity)
            outcome.identity = std::make_shared<const audit::Identity>(std::move(identity).value());
        else
            outcome.error = identity.errorMessage();
        return outcome;
    }));
}

void DecisionPanel::receive()
{
    if (!m_review || !m_unlocked || m_pending != Pending::None)
        return;
    m_pending = Pending::Receive;
    m_receive->setEnabled(false);
    m_message->setText(tr("Recording receipt\u2026"));
    m_session->receive(m_unlocked, m_review);
}

void DecisionPanel::sign()
{
    if (!m_review || !m_unlocked || m_pending != Pending::None)
        return;
    m_pending = Pending::Sign;
    m_sign->setEnabled(false);
    m_message->setText(tr("Signing\u2026"));
    m_session->sign(m_unlocked, m_review->manifest.id, draft());
}

} // namespace cs::ui
