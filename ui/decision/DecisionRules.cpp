#include "decision/DecisionRules.h"

#include "common/Text.h"

#include <QCoreApplication>

#include <algorithm>

namespace cs::ui {

namespace {

QString t(const char *text)
{
    return QCoreApplication::translate("cs::ui::DecisionRules", text);
}

QString roleList(const std::vector<std::string> &roles)
{
    QStringList titles;
    for (const auto &r : roles)
        titles.append(roleTitle(r));
    return titles.join(QStringLiteral(", "));
}

bool isApproval(const std::string &decision)
{
    return decision == "approve" || decision == "approve_with_conditions";
}

DecisionVerdict refuse(const QString &reason)
{
    return DecisionVerdict{false, reason, {}};
}

} // namespace

DecisionVerdict judgeDecision(const audit::RequestStatus *status, const audit::Roster *roster,
                              const std::optional<std::string> &signerKey, const DecisionDraft &draft)
{
    if (!status || !status->package)
        return refuse(
            t(QT_TRANSLATE_NOOP("cs::ui::DecisionRules",
                                "The store has not received this request, so a decision on it cannot be recorded.")));
    if (!signerKey || !roster)
        return refuse(t(QT_TRANSLATE_NOOP("cs::ui::DecisionRules", "Unlock your identity to sign.")));
    if (std::find(decisionKinds().begin(), decisionKinds().end(), draft.decision) == decisionKinds().end())
        return refuse(t(QT_TRANSLATE_NOOP("cs::ui::DecisionRules", "Choose a decision.")));
    if (draft.role.empty())
        return refuse(t(QT_TRANSLATE_NOOP("cs::ui::DecisionRules", "Choose the role you sign in.")));

    const auto &pkg = *status->package;
    const auto member = roster->member(*signerKey);
    if (!member || !member->roles.count(draft.role))
        return refuse(t(QT_TRANSLATE_NOOP("cs::ui::DecisionRules", "The roster does not grant you the role %1."))
                          .arg(roleTitle(draft.role)));
    if (roster->revocationCut(*signerKey))
        return refuse(t(QT_TRANSLATE_NOOP("cs::ui::DecisionRules", "Your key has been revoked.")));
    if (!member->email.empty() && member->email == pkg.submittedBy)
        return refuse(
            t(QT_TRANSLATE_NOOP("cs::ui::DecisionRules", "You submitted this package; the submitter cannot sign it.")));
    if (std::find(pkg.requiredSignoffs.begin(), pkg.requiredSignoffs.end(), draft.role) == pkg.requiredSignoffs.end()) {
        if (pkg.requiredSignoffs.empty())
            return refuse(
                t(QT_TRANSLATE_NOOP("cs::ui::DecisionRules",
                                    "The %1 track of this request needs no sign-off; it is approved by policy."))
                    .arg(qs(pkg.track)));
        return refuse(t(QT_TRANSLATE_NOOP("cs::ui::DecisionRules",
                                          "The %1 track of this request does not need a %2 sign-off (it needs: %3)."))
                          .arg(qs(pkg.track), roleTitle(draft.role), roleList(pkg.requiredSignoffs)));
    }
    if ((draft.decision == "reject" || draft.decision == "request_changes") && draft.comment.empty())
        return refuse(t(
            QT_TRANSLATE_NOOP("cs::ui::DecisionRules", "Rejecting or requesting changes needs a comment saying why.")));
    if (draft.decision == "approve_with_conditions" && draft.conditions.empty())
        return refuse(
            t(QT_TRANSLATE_NOOP("cs::ui::DecisionRules", "Approving with conditions needs at least one condition.")));
    if (isApproval(draft.decision)) {
        // As the command line, but read from the decisions: the signoffs list is empty until
        // every role is matched, which would let one person fill two roles unnoticed.
        for (const auto &role : pkg.requiredSignoffs) {
            const audit::DecisionRecord *d = role != draft.role ? countingApproval(*status, role) : nullptr;
            if (d && (d->author.key == *signerKey || (!member->email.empty() && d->author.email == member->email)))
                return refuse(
                    t(QT_TRANSLATE_NOOP(
                          "cs::ui::DecisionRules",
                          "You already signed this request as %1; a second required role needs a different person."))
                        .arg(roleTitle(role)));
        }
        if (!status->uncoveredFailChecks.empty())
            return refuse(t(QT_TRANSLATE_NOOP("cs::ui::DecisionRules",
                                              "Fail findings without a policy exception block approval: %1."))
                              .arg(qsList(status->uncoveredFailChecks).join(QStringLiteral(", "))));
    }

    DecisionVerdict verdict;
    verdict.allowed = true;
    if (draft.decision == "reject") {
        verdict.effect =
            t(QT_TRANSLATE_NOOP("cs::ui::DecisionRules", "Your rejection counts: the request will be rejected."));
    } else if (draft.decision == "request_changes") {
        verdict.effect = t(QT_TRANSLATE_NOOP(
            "cs::ui::DecisionRules", "Your request for changes counts: the submitter will be asked for changes."));
    } else {
        std::vector<std::string> missing;
        for (const auto &role : pkg.requiredSignoffs) {
            if (role != draft.role && !countingApproval(*status, role))
                missing.push_back(role);
        }
        verdict.effect =
            missing.empty()
                ? t(QT_TRANSLATE_NOOP(
                      "cs::ui::DecisionRules",
                      "Your approval counts and completes the required sign-offs: the request will be approved."))
                : t(QT_TRANSLATE_NOOP("cs::ui::DecisionRules",
                                      "Your approval counts as the %1 sign-off. Still needed: %2."))
                      .arg(roleTitle(draft.role), roleList(missing));
    }
    for (const auto &d : status->decisions) {
        if (d.counts && d.author.key == *signerKey && d.role == draft.role) {
            verdict.effect +=
                QLatin1Char(' ') +
                t(QT_TRANSLATE_NOOP("cs::ui::DecisionRules", "It replaces your earlier decision in this role."));
            break;
        }
    }
    return verdict;
}

const audit::DecisionRecord *countingApproval(const audit::RequestStatus &status, const std::string &role)
{
    for (const auto &s : status.signoffs) {
        if (s.role == role && s.signer) {
            for (const auto &d : status.decisions) {
                if (d.entry && s.entryId && d.entry->id == *s.entryId)
                    return &d;
            }
        }
    }
    for (const auto &d : status.decisions) {
        if (d.counts && d.role == role && isApproval(d.decision))
            return &d;
    }
    return nullptr;
}

DecisionVerdict judgeException(const audit::RequestStatus *status, const audit::Roster *roster,
                               const std::optional<std::string> &signerKey, const ExceptionDraft &draft,
                               std::int64_t nowMs)
{
    if (!status || !status->package)
        return refuse(t(QT_TRANSLATE_NOOP("cs::ui::DecisionRules", "The store has not received this request.")));
    if (!signerKey || !roster)
        return refuse(t(QT_TRANSLATE_NOOP("cs::ui::DecisionRules", "Unlock your identity to grant an exception.")));
    const auto member = roster->member(*signerKey);
    if (!member || !member->roles.count("risk_officer"))
        return refuse(t(QT_TRANSLATE_NOOP("cs::ui::DecisionRules", "Only a risk officer grants policy exceptions.")));
    const auto &pkg = *status->package;
    if (!member->email.empty() && member->email == pkg.submittedBy)
        return refuse(t(QT_TRANSLATE_NOOP("cs::ui::DecisionRules",
                                          "You submitted this package; the submitter cannot grant it an exception.")));
    if (draft.covers.empty())
        return refuse(t(QT_TRANSLATE_NOOP("cs::ui::DecisionRules", "Choose the fail findings the exception covers.")));
    for (const auto &c : draft.covers) {
        if (std::find(pkg.failChecks.begin(), pkg.failChecks.end(), c) == pkg.failChecks.end())
            return refuse(
                t(QT_TRANSLATE_NOOP("cs::ui::DecisionRules", "%1 is not a fail finding of this package.")).arg(qs(c)));
    }
    if (draft.reason.empty())
        return refuse(t(QT_TRANSLATE_NOOP("cs::ui::DecisionRules", "An exception needs a documented reason.")));
    if (draft.expiresMs <= nowMs)
        return refuse(t(QT_TRANSLATE_NOOP("cs::ui::DecisionRules", "The expiry must lie in the future.")));
    return DecisionVerdict{true,
                           {},
                           t(QT_TRANSLATE_NOOP("cs::ui::DecisionRules", "The exception will cover: %1."))
                               .arg(qsList(draft.covers).join(QStringLiteral(", ")))};
}

nlohmann::json exceptionContent(const audit::RequestStatus &status, const ExceptionDraft &draft)
{
    return {{"request_id", status.requestId}, {"package_digest", status.package->packageDigest},
            {"covers", draft.covers},         {"reason", draft.reason},
            {"expires_ms", draft.expiresMs}};
}

nlohmann::json decisionContent(const audit::RequestStatus &status, const DecisionDraft &draft)
{
    const auto &pkg = *status.package;
    nlohmann::json conditions = nlohmann::json::array();
    for (const auto &c : draft.conditions)
        conditions.push_back(c);
    return {{"request_id", status.requestId}, {"package_digest", pkg.packageDigest},
            {"policy_digest", pkg.policyDigest}, {"track", pkg.track},
            {"role", draft.role},                {"decision", draft.decision},
            {"conditions", conditions},          {"comment", draft.comment}};
}

} // namespace cs::ui
