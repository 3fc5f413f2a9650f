#include "review/HeaderSection.h"

#include "audit/RequestState.h"
#include "common/Style.h"
#include "common/Text.h"
#include "decision/DecisionRules.h"
#include "review/Evidence.h"
#include "review/Review.h"

#include <QApplication>
#include <QClipboard>
#include <QDateTime>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>

#include <algorithm>

namespace cs::ui {

namespace {

QString esc(const QString &text)
{
    return text.toHtmlEscaped();
}

QString colourDot(policy::Track track)
{
    return QStringLiteral("<span style=\"color:%1\">\u25CF</span>").arg(trackColor(track).name());
}

} // namespace

HeaderSection::HeaderSection(std::shared_ptr<const review::Review> review, QWidget *parent)
    : Section(SectionId::Header, parent), m_review(std::move(review))
{
    const auto &r = *m_review;
    const auto &m = r.manifest;

    auto *top = new QHBoxLayout;
    top->setSpacing(16);
    m_badge = new QLabel(this);
    m_badge->setAlignment(Qt::AlignCenter);
    m_badge->setText(tr("%1 TRACK").arg(trackTitle(r.track)));
    m_badge->setAccessibleName(tr("Track: %1").arg(trackTitle(r.track)));
    QFont badgeFont = m_badge->font();
    badgeFont.setPointSizeF(badgeFont.pointSizeF() * 1.9);
    badgeFont.setBold(true);
    m_badge->setFont(badgeFont);
    m_badge->setStyleSheet(QStringLiteral("QLabel { background: %1; color: %2; border-radius: 6px; padding: 8px 14px; }")
                               .arg(trackColor(r.track).name(), trackTextColor(r.track).name()));
    // Never narrower than its text with the style sheet's padding: "VERFAHREN ROT" is longer
    // than "RED TRACK".
    m_badge->ensurePolished();
    m_badge->setMinimumSize(std::max(190, m_badge->sizeHint().width()), 70);
    top->addWidget(m_badge, 0, Qt::AlignTop);

    auto *identity = new QVBoxLayout;
    auto *title = new QLabel(QStringLiteral("%1 <span style=\"font-weight:normal\">%2</span>")
                                 .arg(esc(qs(m.name)), esc(qs(m.version))),
                             this);
    QFont titleFont = title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.6);
    titleFont.setBold(true);
    title->setFont(titleFont);
    title->setTextInteractionFlags(Qt::TextSelectableByMouse);
    title->setWordWrap(true);
    identity->addWidget(title);

    const QDateTime submitted = QDateTime::fromString(qs(m.submittedAt), Qt::ISODate);
    QString when = qs(m.submittedAt);
    if (submitted.isValid()) {
        const qint64 hours = submitted.secsTo(QDateTime::currentDateTimeUtc()) / 3600;
        QString sla = r.slaHours > 0 ? tr("SLA %1 h").arg(r.slaHours) : tr("no review SLA");
        if (r.slaHours > 0 && static_cast<double>(hours) > r.slaHours)
            sla = tr("<b style=\"color:#c62828\">%1, overdue</b>").arg(sla);
        when = tr("%1 (%2 h ago; %3)")
                   .arg(esc(submitted.toUTC().toString(QStringLiteral("yyyy-MM-dd HH:mm 'UTC'"))))
                   .arg(hours)
                   .arg(sla);
    }
    auto *meta = new QLabel(tr("%1 \u00b7 request %2 \u00b7 submitted by %3 on %4")
                                .arg(esc(kindTitle(package::toString(m.kind))), esc(qs(m.id)), esc(qs(m.submittedBy)), when),
                            this);
    meta->setWordWrap(true);
    meta->setTextInteractionFlags(Qt::TextSelectableByMouse);
    identity->addWidget(meta);

    auto *digestRow = new QHBoxLayout;
    const QString digest = qs(r.digest);
    auto *digestLabel = new QLabel(tr("Package digest <code>%1\u2026</code>").arg(digest.left(16)), this);
    digestLabel->setToolTip(digest);
    digestRow->addWidget(digestLabel);
    auto *copy = new QPushButton(tr("Copy digest"), this);
    copy->setToolTip(tr("Copy the full SHA-256 of manifest.json: %1").arg(digest));
    copy->setAccessibleName(tr("Copy package digest"));
    connect(copy, &QPushButton::clicked, this, [digest] { QApplication::clipboard()->setText(digest); });
    digestRow->addWidget(copy);
    digestRow->addStretch();
    identity->addLayout(digestRow);
    top->addLayout(identity, 1);
    body()->addLayout(top);

    if (!m.summary.empty())
        addText(QStringLiteral("<i>%1</i>").arg(esc(qs(m.summary))));

    // Why this track: every rule that fired, strongest first.
    QString why = QStringLiteral("<p style=\"margin:0\"><b>%1</b></p><table cellspacing=\"2\">")
                      .arg(r.rationale.empty() ? tr("No track rule fired: green by default.")
                                               : tr("Why %1:").arg(trackTitle(r.track).toLower()));
    auto lines = r.rationale;
    std::stable_sort(lines.begin(), lines.end(), [](const auto &a, const auto &b) { return a.track > b.track; });
    for (const auto &line : lines) {
        const QString evidence = evidenceText(line.evidence, 220);
        m_rationale.append(qs(line.message));
        why += QStringLiteral("<tr><td valign=\"top\">%1</td><td><b>%2</b> \u2014 %3%4</td></tr>")
                   .arg(colourDot(line.track), esc(qs(line.rule)), esc(qs(line.message)),
                        evidence.isEmpty() ? QString()
                                           : QStringLiteral("<br><span style=\"color:gray\">%1</span>").arg(esc(evidence)));
    }
    why += QStringLiteral("</table>");
    for (const auto &[track, sentence] : r.whyNot)
        why += QStringLiteral("<p style=\"margin:2px 0\">%1 <b>%2</b> %3</p>")
                   .arg(colourDot(track), esc(tr("Why not %1:").arg(trackTitle(track).toLower())), esc(qs(sentence)));
    auto *whyLabel = addText(why);
    whyLabel->setTextFormat(Qt::RichText);

    auto *statusRow = new QHBoxLayout;
    m_signoffs = new QLabel(this);
    m_signoffs->setWordWrap(true);
    m_signoffs->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_state = new QLabel(this);
    m_state->setWordWrap(true);
    m_state->setTextInteractionFlags(Qt::TextSelectableByMouse);
    statusRow->addWidget(m_signoffs, 1);
    statusRow->addWidget(m_state, 1);
    body()->addLayout(statusRow);
    setStatus(nullptr, false);
}

void HeaderSection::setStatus(const audit::RequestStatus *status, bool storeOpen)
{
    const auto &r = *m_review;
    QString signoffs = QStringLiteral("<b>%1</b><br>").arg(tr("Required sign-offs"));
    if (r.requiredSignoffs.empty())
        signoffs += tr("None: the %1 track is approved by policy and recorded.").arg(trackTitle(r.track).toLower());
    for (const auto &role : r.requiredSignoffs) {
        QString who = tr("<span style=\"color:gray\">missing</span>");
        if (const audit::DecisionRecord *d = status ? countingApproval(*status, role) : nullptr)
            who = tr("<span style=\"color:#2e7d32\">\u2714 %1 (%2)</span>").arg(esc(qs(d->author.name)), esc(qs(d->decision)));
        signoffs += QStringLiteral("%1: %2<br>").arg(esc(roleTitle(role)), who);
    }
    m_signoffs->setText(signoffs);

    QString state;
    if (!storeOpen) {
        state = tr("<b>State:</b> no audit store open");
    } else if (!status) {
        state = tr("<b>State:</b> not received in the audit store");
    } else {
        const QColor colour = stateColor(status->state);
        state = tr("<b>State:</b> <b style=\"color:%1\">%2</b>")
                    .arg(colour.isValid() ? colour.name() : palette().text().color().name(),
                         esc(stateTitle(status->state).toUpper()));
        for (const auto &reason : status->reasons)
            state += QStringLiteral("<br>\u2022 %1").arg(esc(qs(reason)));
        if (status->package && status->package->packageDigest != r.digest)
            state += tr("<br><b style=\"color:#c62828\">The store holds a different digest for this request.</b>");
    }
    m_state->setText(state);
}

QString HeaderSection::badgeText() const
{
    return m_badge->text();
}

QString HeaderSection::stateText() const
{
    return m_state->text();
}

} // namespace cs::ui
