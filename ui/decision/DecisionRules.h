#pragma once

// Says, before anything is signed, whether a decision will be written and whether it will count,
// and why not. The rules mirror `countersign-cli sign` (core/cli/AuditCommands.cpp) in the same
// order, so the window never promises what the command line would refuse; the sign worker asks
// again against the store as it is at the moment of writing.

#include "audit/RequestState.h"
#include "audit/Roster.h"

#include <QString>

#include <optional>
#include <string>
#include <vector>

namespace cs::ui {

struct DecisionDraft
{
    std::string decision; // approve, approve_with_conditions, request_changes, reject
    std::string role;
    std::string comment;
    std::vector<std::string> conditions;
};

struct DecisionVerdict
{
    bool allowed = false; // it will be signed and it will count
    QString reason;       // why not, when not allowed
    QString effect;       // what it changes, when allowed
};

inline const std::vector<std::string> &decisionKinds()
{
    static const std::vector<std::string> kinds{"approve", "approve_with_conditions", "request_changes", "reject"};
    return kinds;
}

// `status` null: the store has not received this request. `signerKey` null: nobody unlocked.
DecisionVerdict judgeDecision(const audit::RequestStatus *status, const audit::Roster *roster,
                              const std::optional<std::string> &signerKey, const DecisionDraft &draft);

struct ExceptionDraft
{
    std::vector<std::string> covers; // "<check>:<subject>" of fail findings
    std::string reason;
    std::int64_t expiresMs = 0;
};

// A policy exception, as `countersign-cli exception` allows it: a risk officer who did not
// submit the package, covering fail findings of this package, with a reason and an expiry.
DecisionVerdict judgeException(const audit::RequestStatus *status, const audit::Roster *roster,
                               const std::optional<std::string> &signerKey, const ExceptionDraft &draft,
                               std::int64_t nowMs);
nlohmann::json exceptionContent(const audit::RequestStatus &status, const ExceptionDraft &draft);

// Who approved in `role` with a decision that counts. RequestStatus::signoffs names signers only
// once every required role is matched, so a half-signed request is read from its decisions.
const audit::DecisionRecord *countingApproval(const audit::RequestStatus &status, const std::string &role);

// The content of the decision entry, exactly as the command line writes it.
nlohmann::json decisionContent(const audit::RequestStatus &status, const DecisionDraft &draft);

} // namespace cs::ui
