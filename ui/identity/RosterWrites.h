#pragma once

// The administrator's roster writes, as `countersign-cli roster STORE grant|revoke` makes them,
// with the same core content builders: blocking (open for writing, verify, check, sign,
// append), so run them on a worker.

#include "audit/KeyFile.h"
#include "util/Result.h"

#include <QStringList>

namespace cs::ui {

struct RosterGrant
{
    QString key; // hex public key, or the path of a .pub or key file
    QString name;
    QString email;
    QStringList roles;
};

// Both return the new roster entry's id. Refusals come back as the error, as the CLI words them.
Result<QString> writeRosterGrant(const QString &storePath, const audit::Identity &admin, const RosterGrant &grant);
Result<QString> writeRosterRevocation(const QString &storePath, const audit::Identity &admin, const QString &key);

} // namespace cs::ui
