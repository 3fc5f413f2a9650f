#include "audit/VerificationBanner.h"

#include "audit/AuditTrail.h"
#include "audit/Verification.h"
#include "common/Text.h"

#include <QFormLayout>
#include <QLabel>
#include <QListWidget>
#include <QProgressBar>
#include <QVBoxLayout>

#include <limits>
#include <set>

namespace cs::ui {

namespace {

QLabel *selectable(QWidget *parent)
{
    auto *label = new QLabel(parent);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    label->setWordWrap(true);
    QFont mono(QStringLiteral("monospace"));
    mono.setStyleHint(QFont::TypeWriter);
    label->setFont(mono);
    return label;
}

const QColor kGreen(0x2e, 0x7d, 0x32);
const QColor kRed(0xc6, 0x28, 0x28);

} // namespace

VerificationBanner::VerificationBanner(QWidget *parent) : QFrame(parent)
{
    setFrameShape(QFrame::StyledPanel);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(10, 8, 10, 8);

    m_verdict = new QLabel(this);
    m_verdict->setObjectName(QStringLiteral("verdict"));
    m_verdict->setTextInteractionFlags(Qt::TextSelectableByMouse);
    QFont font = m_verdict->font();
    font.setPointSizeF(font.pointSizeF() * 1.35);
    font.setBold(true);
    m_verdict->setFont(font);
    layout->addWidget(m_verdict);

    m_progress = new QProgressBar(this);
    m_progress->setObjectName(QStringLiteral("verifyProgress"));
    m_progress->setFormat(tr("%v of %m entries checked"));
    layout->addWidget(m_progress);

    m_problems = new QListWidget(this);
    m_problems->setObjectName(QStringLiteral("problemList"));
    m_problems->setAccessibleName(tr("Verification problems"));
    m_problems->setToolTip(tr("Click a problem to select its entry in the trail."));
    m_problems->hide();
    layout->addWidget(m_problems);
    connect(m_problems, &QListWidget::itemClicked, this,
            [this](QListWidgetItem *item) { emit problemActivated(item->data(Qt::UserRole).toString()); });
    connect(m_problems, &QListWidget::itemActivated, this,
            [this](QListWidgetItem *item) { emit problemActivated(item->data(Qt::UserRole).toString()); });

    auto *ids = new QFormLayout;
    ids->setContentsMargins(0, 4, 0, 0);
    m_storeId = selectable(this);
    m_storeId->setObjectName(QStringLiteral("storeId"));
    m_anchor = selectable(this);
    m_anchor->setObjectName(QStringLiteral("anchor"));
    ids->addRow(tr("Store id:"), m_storeId);
    ids->addRow(tr("Trust anchor:"), m_anchor);
    layout->addLayout(ids);

    showProgress(0, 0);
}

void VerificationBanner::setVerdict(const QString &text, const QColor &background)
{
    m_verdict->setText(text);
    if (background.isValid())
        m_verdict->setStyleSheet(QStringLiteral("QLabel { background: %1; color: white; border-radius: 6px; padding: 8px 14px; }")
                                     .arg(background.name()));
    else
        m_verdict->setStyleSheet(QStringLiteral("QLabel { padding: 8px 14px; }"));
}

void VerificationBanner::showProgress(qint64 done, qint64 total)
{
    setVerdict(total > 0 && done >= total ? tr("Checking chains, roles and witnesses…") : tr("Verifying…"), {});
    m_progress->show();
    // A busy bar until the store has been read and the count is known.
    m_progress->setRange(0, static_cast<int>(std::min<qint64>(total, std::numeric_limits<int>::max())));
    m_progress->setValue(static_cast<int>(std::min<qint64>(done, std::numeric_limits<int>::max())));
}

void VerificationBanner::showError(const QString &message)
{
    m_progress->hide();
    m_problems->hide();
    setVerdict(tr("Cannot open the store: %1").arg(message), kRed);
    m_verdict->setWordWrap(true);
}

void VerificationBanner::showReport(const audit::VerificationReport &report)
{
    m_progress->hide();
    const int entries = static_cast<int>(report.entries.size());
    if (report.clean()) {
        setVerdict(tr("Verified: %n entries, no problems", nullptr, entries), kGreen);
    } else {
        const int count = static_cast<int>(report.problems.size());
        QString text = tr("%n problem(s)", nullptr, count) + QStringLiteral(" ") + tr("in %n entries", nullptr, entries)
                       + QStringLiteral(" – ") + tr("click one to select its entry");
        if (report.fatal())
            text += QStringLiteral(" ") + tr("(fatal: no entry counts)");
        setVerdict(text, kRed);
    }
    m_problems->clear();
    std::set<std::string> stored;
    for (const auto &c : report.entries)
        stored.insert(c.row.id);
    for (const auto &p : report.problems) {
        QString text = tr("%1%2 entry %3… (seq %4): %5")
                           .arg(qs(p.kind), p.fatal ? tr(" (fatal)") : QString(), qs(p.entryId.substr(0, 12)))
                           .arg(p.seq)
                           .arg(qs(p.message));
        auto *item = new QListWidgetItem(text, m_problems);
        item->setData(Qt::UserRole, qs(p.entryId));
        item->setForeground(kRed);
        item->setToolTip(stored.count(p.entryId) ? tr("Select entry %1 in the trail").arg(qs(p.entryId))
                                                 : tr("Entry %1 is not in this store").arg(qs(p.entryId)));
    }
    // As tall as its problems, up to six lines; more scroll.
    const int lines = std::min<int>(static_cast<int>(report.problems.size()), 6);
    const int line = m_problems->sizeHintForRow(0) > 0 ? m_problems->sizeHintForRow(0) : fontMetrics().height() + 2;
    m_problems->setFixedHeight(lines * line + 2 * m_problems->frameWidth() + 4);
    m_problems->setVisible(!report.problems.empty());
    m_storeId->setText(qs(report.storeId));
    m_anchor->setText(qs(report.anchor) + QStringLiteral("\n") + tr("fingerprint %1").arg(keyFingerprint(report.anchor)));
}

QString VerificationBanner::verdictText() const
{
    return m_verdict->text();
}

QString VerificationBanner::storeIdText() const
{
    return m_storeId->text();
}

QString VerificationBanner::anchorText() const
{
    return m_anchor->text();
}

} // namespace cs::ui
