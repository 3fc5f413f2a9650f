#pragma once

// One request's whole trail for the auditor: what was received, every decision with its
// signer, key and role, exceptions, withdrawals, comments, and the derived state with how it
// follows from the entries. Read-only rich text, so every digest and key can be copied.

#include <QTextBrowser>

#include <memory>
#include <string>

namespace cs::ui {

struct AuditTrail;

// The panel's contents as HTML; pure, for tests and exports alike.
QString requestTrailHtml(const AuditTrail &trail, const std::string &requestId);

class RequestTrailPanel final : public QTextBrowser
{
    Q_OBJECT
public:
    explicit RequestTrailPanel(QWidget *parent = nullptr);

    void showRequest(std::shared_ptr<const AuditTrail> trail, const std::string &requestId);
    void clearRequest();
    const std::string &requestId() const { return m_requestId; }

private:
    std::shared_ptr<const AuditTrail> m_trail; // keeps the entries the text was made from
    std::string m_requestId;
};

} // namespace cs::ui
