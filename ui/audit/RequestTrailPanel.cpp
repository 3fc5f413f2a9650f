#include "audit/RequestTrailPanel.h"

#include "audit/AuditTrail.h"
#include "audit/EntryContent.h"
#include "common/Style.h"
#include "common/Text.h"

#include <QCoreApplication>

namespace cs::ui {

namespace {

QString t(const char *text, int n = -1)
{
    return QCoreApplication::translate("cs::ui::RequestTrailPanel", text, nullptr, n);
}

QString esc(const std::string &text)
{
    return qs(text).toHtmlEscaped();
}

QString esc(const QString &text)
{
    return text.toHtmlEscaped();
}

QString code(const QString &text)
{
    return QStringLiteral("<code>") + text.toHtmlEscaped() + QStringLiteral("</code>");
}

QString heading(const QString &text)
{
    return QStringLiteral("<h3>") + esc(text) + QStringLiteral("</h3>");
}

QString field(const QString &name, const QString &valueHtml)
{
    return QStringLiteral("<tr><td><b>") + esc(name) + QStringLiteral("</b></td><td>") + valueHtml + QStringLiteral("</td></tr>");
}

QString roleList(const std::vector<std::string> &roles)
{
    QStringList titles;
    for (const auto &role : roles)
        titles.append(roleTitle(role));
    return titles.join(QStringLiteral(", "));
}

QString personHtml(const audit::Member &m, const std::string &key)
{
    QString name = m.name.empty() ? t(QT_TRANSLATE_NOOP("cs::ui::RequestTrailPanel", "unknown key")) : qs(m.name);
    if (!m.email.empty())
        name += QStringLiteral(" <") + qs(m.email) + QStringLiteral(">");
    return esc(name) + QStringLiteral(" ") + code(keyFingerprint(key));
}

QString decisionWord(const std::string &decision)
{
    if (decision == "approve")
        return t(QT_TRANSLATE_NOOP("cs::ui::RequestTrailPanel", "approve"));
    if (decision == "approve_with_conditions")
        return t(QT_TRANSLATE_NOOP("cs::ui::RequestTrailPanel", "approve with conditions"));
    if (decision == "request_changes")
        return t(QT_TRANSLATE_NOOP("cs::ui::RequestTrailPanel", "request changes"));
    if (decision == "reject")
        return t(QT_TRANSLATE_NOOP("cs::ui::RequestTrailPanel", "reject"));
    return qs(decision);
}

QString receivedHtml(const audit::RequestStatus &status, const AuditTrail &trail)
{
    QString h = heading(t(QT_TRANSLATE_NOOP("cs::ui::RequestTrailPanel", "Received")));
    if (!status.package)
        return h + QStringLiteral("<p>") +
               esc(t(QT_TRANSLATE_NOOP("cs::ui::RequestTrailPanel",
                                       "No valid package_received entry for this request."))) +
               QStringLiteral("</p>");
    const auto &p = *status.package;
    const TrailRow *row = trail.row(p.entryId);
    h += QStringLiteral("<table cellspacing='2' cellpadding='2'>");
    h += field(t(QT_TRANSLATE_NOOP("cs::ui::RequestTrailPanel", "Package")),
               esc(t(QT_TRANSLATE_NOOP("cs::ui::RequestTrailPanel", "%1 %2 (%3)"))
                       .arg(qs(p.name), qs(p.version), kindTitle(p.kind))));
    h += field(t(QT_TRANSLATE_NOOP("cs::ui::RequestTrailPanel", "Received")),
               esc(formatTimeUtc(p.tsMs)) + QStringLiteral(" ") +
                   esc(t(QT_TRANSLATE_NOOP("cs::ui::RequestTrailPanel", "by %1"))
                           .arg(row && !row->authorName.isEmpty()
                                    ? row->authorName
                                    : t(QT_TRANSLATE_NOOP("cs::ui::RequestTrailPanel", "unknown key")))));
    h += field(t(QT_TRANSLATE_NOOP("cs::ui::RequestTrailPanel", "Submitted by")), esc(p.submittedBy));
    h += field(t(QT_TRANSLATE_NOOP("cs::ui::RequestTrailPanel", "Track")), esc(p.track));
    h += field(t(QT_TRANSLATE_NOOP("cs::ui::RequestTrailPanel", "Package digest")), code(qs(p.packageDigest)));
    h += field(t(QT_TRANSLATE_NOOP("cs::ui::RequestTrailPanel", "Policy digest")), code(qs(p.policyDigest)));
    h += field(t(QT_TRANSLATE_NOOP("cs::ui::RequestTrailPanel", "Required sign-offs")),
               esc(p.requiredSignoffs.empty() ? t(QT_TRANSLATE_NOOP("cs::ui::RequestTrailPanel", "none"))
                                              : roleList(p.requiredSignoffs)));
    if (!p.failChecks.empty()) {
        QStringList checks;
        for (const auto &check : p.failChecks) {
            const bool open = std::find(status.uncoveredFailChecks.begin(), status.uncoveredFailChecks.end(), check)
                              != status.uncoveredFailChecks.end();
            checks.append(code(qs(check)) + QStringLiteral(" ") +
                          esc(open ? t(QT_TRANSLATE_NOOP("cs::ui::RequestTrailPanel", "(not covered)"))
                                   : t(QT_TRANSLATE_NOOP("cs::ui::RequestTrailPanel", "(covered by an exception)"))));
        }
        h += field(t(QT_TRANSLATE_NOOP("cs::ui::RequestTrailPanel", "Fail findings")),
                   checks.join(QStringLiteral("<br>")));
    }
    h += field(t(QT_TRANSLATE_NOOP("cs::ui::RequestTrailPanel", "Entry")), code(qs(p.entryId)));
    h += QStringLiteral("</table>");
    int older = 0;
    for (const auto *e : status.trail) {
        if (e->body.type == audit::entry_type::PackageReceived && e->id != p.entryId)
            ++older;
    }
    if (older > 0)
        h += QStringLiteral("<p>") +
             esc(t(
                 QT_TRANSLATE_N_NOOP("cs::ui::RequestTrailPanel",
                                     "%n earlier receipt(s) of this request; decisions on their digests do not count."),
                 older)) +
             QStringLiteral("</p>");
    return h;
}

QString signoffsHtml(const audit::RequestStatus &status)
{
    if (!status.package)
        return {};
    QString h = heading(t(QT_TRANSLATE_NOOP("cs::ui::RequestTrailPanel", "Sign-offs")));
    if (status.signoffs.empty())
        return h + QStringLiteral("<p>") +
               esc(t(QT_TRANSLATE_NOOP("cs::ui::RequestTrailPanel", "None required on this track."))) +
               QStringLiteral("</p>");
    h += QStringLiteral("<ul>");
    for (const auto &s : status.signoffs) {
        h += QStringLiteral("<li><b>") + esc(roleTitle(s.role)) + QStringLiteral("</b>: ");
        if (s.signer)
            h +=
                esc(t(QT_TRANSLATE_NOOP("cs::ui::RequestTrailPanel", "present, %1 by")).arg(decisionWord(s.decision))) +
                QStringLiteral(" ") + personHtml(*s.signer, s.signer->key);
        else
            h += QStringLiteral("<span style='color:#c62828'>") +
                 esc(t(QT_TRANSLATE_NOOP("cs::ui::RequestTrailPanel", "missing"))) + QStringLiteral("</span>");
        h += QStringLiteral("</li>");
    }
    return h + QStringLiteral("</ul>");
}

QString decisionsHtml(const audit::RequestStatus &status)
{
    QString h = heading(t(QT_TRANSLATE_NOOP("cs::ui::RequestTrailPanel", "Decisions")));
    if (status.decisions.empty())
        return h + QStringLiteral("<p>") +
               esc(t(QT_TRANSLATE_NOOP("cs::ui::RequestTrailPanel", "No valid decision."))) + QStringLiteral("</p>");
    h += QStringLiteral("<table border='1' cellspacing='0' cellpadding='3'><tr><th>%1</th><th>%2</th><th>%3</th><th>%4</th><th>%5</th>"
                        "<th>%6</th><th>%7</th></tr>")
             .arg(esc(t(QT_TRANSLATE_NOOP("cs::ui::RequestTrailPanel", "Time (UTC)"))),
                  esc(t(QT_TRANSLATE_NOOP("cs::ui::RequestTrailPanel", "Signer"))),
                  esc(t(QT_TRANSLATE_NOOP("cs::ui::RequestTrailPanel", "Role"))),
                  esc(t(QT_TRANSLATE_NOOP("cs::ui::RequestTrailPanel", "Decision"))),
                  esc(t(QT_TRANSLATE_NOOP("cs::ui::RequestTrailPanel", "Comment"))),
                  esc(t(QT_TRANSLATE_NOOP("cs::ui::RequestTrailPanel", "Conditions"))),
                  esc(t(QT_TRANSLATE_NOOP("cs::ui::RequestTrailPanel", "Counts"))));
    for (const auto &d : status.decisions) {
        QStringList conditions;
        const auto it = d.entry->body.content.find("conditions");
        if (it != d.entry->body.content.end() && it->is_array()) {
            for (const auto &c : *it)
                conditions.append(c.is_string() ? esc(c.get<std::string>()) : esc(c.dump()));
        }
        h += QStringLiteral("<tr><td>%1</td><td>%2</td><td>%3</td><td>%4</td><td>%5</td><td>%6</td><td>%7</td></tr>")
                 .arg(esc(formatTimeUtc(d.entry->body.tsMs)), personHtml(d.author, d.entry->body.author),
                      esc(roleTitle(d.role)), esc(decisionWord(d.decision)),
                      esc(audit::stringMember(d.entry->body.content, "comment")),
                      conditions.join(QStringLiteral("<br>")),
                      d.counts ? esc(t(QT_TRANSLATE_NOOP("cs::ui::RequestTrailPanel", "yes")))
                               : esc(t(QT_TRANSLATE_NOOP("cs::ui::RequestTrailPanel", "no: %1")).arg(qs(d.why))));
    }
    return h + QStringLiteral("</table>");
}

QString exceptionsHtml(const audit::RequestStatus &status, const AuditTrail &trail)
{
    if (status.exceptions.empty())
        return {};
    QString h = heading(t(QT_TRANSLATE_NOOP("cs::ui::RequestTrailPanel", "Exceptions"))) + QStringLiteral("<ul>");
    for (const auto *e : status.exceptions) {
        const auto &c = e->body.content;
        QStringList covers;
        for (const auto &item : c.value("covers", nlohmann::json::array())) {
            if (item.is_string())
                covers.append(code(qs(item.get<std::string>())));
        }
        const TrailRow *row = trail.row(e->id);
        h += QStringLiteral("<li>") + esc(formatTimeUtc(e->body.tsMs)) + QStringLiteral(" ") +
             esc(t(QT_TRANSLATE_NOOP("cs::ui::RequestTrailPanel", "by %1"))
                     .arg(row && !row->authorName.isEmpty()
                              ? row->authorName
                              : t(QT_TRANSLATE_NOOP("cs::ui::RequestTrailPanel", "unknown key")))) +
             QStringLiteral(" ") + code(keyFingerprint(e->body.author)) + QStringLiteral(": ") +
             esc(t(QT_TRANSLATE_NOOP("cs::ui::RequestTrailPanel", "covers"))) + QStringLiteral(" ") +
             covers.join(QStringLiteral(", ")) + QStringLiteral(", ") +
             esc(t(QT_TRANSLATE_NOOP("cs::ui::RequestTrailPanel", "expires %1"))
                     .arg(formatTimeUtc(c.value("expires_ms", std::int64_t{0})))) +
             QStringLiteral(". ") + esc(audit::stringMember(c, "reason")) + QStringLiteral("</li>");
    }
    return h + QStringLiteral("</ul>");
}

// Withdrawals and comments come from the trail rows: a withdrawal names its decision, not
// always the request.
QString rowsOfTypeHtml(const AuditTrail &trail, const std::string &requestId, const char *type, const QString &title)
{
    QString items;
    for (const auto &r : trail.rows) {
        if (r.requestId != requestId || r.type != type || r.check == EntryCheck::Failed || r.check == EntryCheck::NotCounted)
            continue;
        items += QStringLiteral("<li>") + esc(formatTimeUtc(r.tsMs)) + QStringLiteral(" ") +
                 esc(r.authorName.isEmpty() ? t(QT_TRANSLATE_NOOP("cs::ui::RequestTrailPanel", "unknown key"))
                                            : r.authorName) +
                 QStringLiteral(" ") + code(r.fingerprint) + QStringLiteral(": ") + esc(r.summary) +
                 QStringLiteral("</li>");
    }
    return items.isEmpty() ? QString() : heading(title) + QStringLiteral("<ul>") + items + QStringLiteral("</ul>");
}

QString notCountedHtml(const AuditTrail &trail, const std::string &requestId)
{
    QString items;
    for (const auto &r : trail.rows) {
        if (r.requestId != requestId || (r.check != EntryCheck::Failed && r.check != EntryCheck::NotCounted))
            continue;
        items += QStringLiteral("<li>") + esc(entryTypeTitle(r.type)) + QStringLiteral(" ") +
                 esc(t(QT_TRANSLATE_NOOP("cs::ui::RequestTrailPanel", "by %1"))
                         .arg(r.authorName.isEmpty() ? t(QT_TRANSLATE_NOOP("cs::ui::RequestTrailPanel", "unknown key"))
                                                     : r.authorName)) +
                 QStringLiteral(" ") + code(qs(r.entryId.substr(0, 16)) + QStringLiteral("…")) + QStringLiteral(": ") +
                 esc(r.reason) + QStringLiteral("</li>");
    }
    if (items.isEmpty())
        return {};
    return heading(t(QT_TRANSLATE_NOOP("cs::ui::RequestTrailPanel", "Entries that do not count"))) +
           QStringLiteral("<p>") +
           esc(t(QT_TRANSLATE_NOOP(
               "cs::ui::RequestTrailPanel",
               "These entries name this request but failed verification; the state above ignores them."))) +
           QStringLiteral("</p><ul style='color:#c62828'>") + items + QStringLiteral("</ul>");
}

} // namespace

QString requestTrailHtml(const AuditTrail &trail, const std::string &requestId)
{
    const audit::RequestStatus *status = trail.status(requestId);
    QString h = QStringLiteral("<h2>") +
                esc(t(QT_TRANSLATE_NOOP("cs::ui::RequestTrailPanel", "Request %1")).arg(qs(requestId))) +
                QStringLiteral("</h2>");
    if (!status) {
        h += QStringLiteral("<p>") +
             esc(t(QT_TRANSLATE_NOOP("cs::ui::RequestTrailPanel",
                                     "The store's roster could not be read, so no state can be derived."))) +
             QStringLiteral("</p>");
        return h + notCountedHtml(trail, requestId);
    }
    const QColor colour = stateColor(status->state);
    const QString style = colour.isValid() ? QStringLiteral(" style='color:%1'").arg(colour.name()) : QString();
    h += QStringLiteral("<p style='font-size:large'><b>%1</b> <span%2><b>%3</b></span></p>")
             .arg(esc(t(QT_TRANSLATE_NOOP("cs::ui::RequestTrailPanel", "Derived state:"))), style,
                  esc(stateTitle(status->package ? status->state : std::string()).toUpper()));
    h += heading(t(QT_TRANSLATE_NOOP("cs::ui::RequestTrailPanel", "Why"))) + QStringLiteral("<ul>");
    for (const auto &reason : status->reasons)
        h += QStringLiteral("<li>") + esc(reason) + QStringLiteral("</li>");
    h += QStringLiteral("</ul>");
    h += receivedHtml(*status, trail);
    h += signoffsHtml(*status);
    h += decisionsHtml(*status);
    h += exceptionsHtml(*status, trail);
    h += rowsOfTypeHtml(trail, requestId, audit::entry_type::Withdraw,
                        t(QT_TRANSLATE_NOOP("cs::ui::RequestTrailPanel", "Withdrawals")));
    h += rowsOfTypeHtml(trail, requestId, audit::entry_type::Comment,
                        t(QT_TRANSLATE_NOOP("cs::ui::RequestTrailPanel", "Comments")));
    h += notCountedHtml(trail, requestId);
    return h;
}

RequestTrailPanel::RequestTrailPanel(QWidget *parent) : QTextBrowser(parent)
{
    setOpenLinks(false);
    setAccessibleName(tr("Request trail"));
    clearRequest();
}

void RequestTrailPanel::showRequest(std::shared_ptr<const AuditTrail> trail, const std::string &requestId)
{
    m_trail = std::move(trail);
    m_requestId = requestId;
    if (!m_trail) {
        clearRequest();
        return;
    }
    setHtml(requestTrailHtml(*m_trail, requestId));
}

void RequestTrailPanel::clearRequest()
{
    m_trail.reset();
    m_requestId.clear();
    setHtml(QStringLiteral("<p>") + tr("Select an entry that names a request, or choose a request above, to see its whole trail.").toHtmlEscaped()
            + QStringLiteral("</p>"));
}

} // namespace cs::ui
