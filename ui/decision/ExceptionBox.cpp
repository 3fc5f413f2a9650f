#include "decision/ExceptionBox.h"

#include "audit/KeyFile.h"
#include "decision/DecisionRules.h"
#include "review/Review.h"
#include "session/AuditSession.h"
#include "util/Clock.h"

#include <QDateEdit>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>

namespace cs::ui {

ExceptionBox::ExceptionBox(AuditSession *session, QWidget *parent)
    : QGroupBox(tr("Policy exception (risk officer)"), parent), m_session(session)
{
    auto *form = new QFormLayout(this);
    m_checks = new QListWidget(this);
    m_checks->setAccessibleName(tr("Fail findings the exception covers"));
    m_checks->setMaximumHeight(70);
    form->addRow(tr("Covers:"), m_checks);
    m_reason = new QLineEdit(this);
    m_reason->setAccessibleName(tr("Reason for the exception"));
    m_reason->setPlaceholderText(tr("Documented business justification"));
    form->addRow(tr("Rea&son:"), m_reason);
    m_expires = new QDateEdit(QDate::currentDate().addDays(90), this);
    m_expires->setCalendarPopup(true);
    m_expires->setAccessibleName(tr("Exception expires"));
    form->addRow(tr("E&xpires:"), m_expires);
    m_verdict = new QLabel(this);
    m_verdict->setWordWrap(true);
    form->addRow(m_verdict);
    m_grant = new QPushButton(tr("&Grant exception"), this);
    form->addRow(m_grant);

    connect(m_checks, &QListWidget::itemChanged, this, &ExceptionBox::updateVerdict);
    connect(m_reason, &QLineEdit::textChanged, this, &ExceptionBox::updateVerdict);
    connect(m_expires, &QDateEdit::dateChanged, this, &ExceptionBox::updateVerdict);
    connect(m_grant, &QPushButton::clicked, this, &ExceptionBox::grant);
    connect(m_session, &AuditSession::writeFinished, this, [this](bool ok, const QString &message) {
        if (!m_pending)
            return;
        m_pending = false;
        m_verdict->setText(ok ? tr("<b style=\"color:#2e7d32\">Exception granted.</b> Entry %1").arg(message.left(16))
                              : tr("<b style=\"color:#c62828\">Not granted:</b> %1").arg(message.toHtmlEscaped()));
        if (ok)
            m_reason->clear();
        refresh(); // the store state was adopted while this grant was still pending
        emit grantFinished(ok);
    });
    setVisible(false);
}

void ExceptionBox::setContext(std::shared_ptr<const review::Review> review, std::shared_ptr<const audit::Identity> identity)
{
    m_review = std::move(review);
    m_identity = std::move(identity);
    refresh();
}

void ExceptionBox::refresh()
{
    const auto snapshot = m_session->snapshot();
    const audit::RequestStatus *status = m_review && snapshot ? snapshot->status(m_review->manifest.id) : nullptr;
    const audit::Roster *roster = snapshot ? snapshot->roster() : nullptr;
    bool riskOfficer = false;
    if (m_identity && roster) {
        const auto member = roster->member(m_identity->publicKey().hex().toStdString());
        riskOfficer = member && member->roles.count("risk_officer");
    }
    const bool useful = status && riskOfficer && !status->uncoveredFailChecks.empty();
    setVisible(useful || m_pending);
    if (!useful)
        return;
    m_checks->blockSignals(true);
    m_checks->clear();
    for (const auto &check : status->uncoveredFailChecks) {
        auto *item = new QListWidgetItem(QString::fromStdString(check), m_checks);
        item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
        item->setCheckState(Qt::Checked);
    }
    m_checks->blockSignals(false);
    updateVerdict();
}

void ExceptionBox::updateVerdict()
{
    const auto snapshot = m_session->snapshot();
    if (!m_review || !snapshot)
        return;
    ExceptionDraft draft;
    for (int i = 0; i < m_checks->count(); ++i) {
        if (m_checks->item(i)->checkState() == Qt::Checked)
            draft.covers.push_back(m_checks->item(i)->text().toStdString());
    }
    draft.reason = m_reason->text().trimmed().toStdString();
    draft.expiresMs = QDateTime(m_expires->date().addDays(1), QTime(0, 0), Qt::UTC).toMSecsSinceEpoch();
    const auto key = m_identity ? std::optional<std::string>(m_identity->publicKey().hex().toStdString()) : std::nullopt;
    const auto verdict = judgeException(snapshot->status(m_review->manifest.id), snapshot->roster(), key, draft, nowMs());
    m_verdict->setText(verdict.allowed ? verdict.effect.toHtmlEscaped()
                                       : tr("<span style=\"color:#c62828\">%1</span>").arg(verdict.reason.toHtmlEscaped()));
    m_grant->setEnabled(verdict.allowed && !m_pending && !m_session->isWriting());
}

QString ExceptionBox::verdictText() const
{
    return m_verdict->text();
}

void ExceptionBox::grant()
{
    if (!m_review || !m_identity || m_pending)
        return;
    ExceptionDraft draft;
    for (int i = 0; i < m_checks->count(); ++i) {
        if (m_checks->item(i)->checkState() == Qt::Checked)
            draft.covers.push_back(m_checks->item(i)->text().toStdString());
    }
    draft.reason = m_reason->text().trimmed().toStdString();
    draft.expiresMs = QDateTime(m_expires->date().addDays(1), QTime(0, 0), Qt::UTC).toMSecsSinceEpoch();
    m_pending = true;
    m_grant->setEnabled(false);
    m_session->grantException(m_identity, m_review->manifest.id, draft);
}

} // namespace cs::ui
