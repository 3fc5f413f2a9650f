#pragma once

// `countersign --demo`: a fresh audit store with demo identities, a roster granting their
// roles, and every bundled sample received, so a new user can walk a request to approval.
// Key files are kept between runs (Argon2id makes each one cost about a second to create);
// the store is new every time.

#include "util/Result.h"

#include <QString>
#include <QStringList>

#include <functional>
#include <string>
#include <vector>

namespace cs::ui {

inline constexpr const char *kDemoPassphrase = "demo";

struct DemoIdentity
{
    QString name;
    QString email;
    QString keyFile;
    std::vector<std::string> roles;
};

struct DemoOptions
{
    QString samplesDir;  // packages to receive (every sub-folder with a manifest.json)
    QString identityDir; // where key files live (created when missing)
    QString storeDir;    // where the fresh store is created
    bool fastKeysForTests = false; // cheaper Argon2id, only for the test suite
};

struct DemoEnvironment
{
    QString storePath;
    QString inboxDir; // an empty, watched folder for drop-in packages
    std::vector<DemoIdentity> identities;
    QStringList samples;
    QStringList receiveErrors; // samples that failed review (shown in the queue anyway)
};

// The people of the demo, with their roles.
std::vector<DemoIdentity> demoPeople(const QString &identityDir);

// Blocking: run it on a worker thread.
Result<DemoEnvironment> prepareDemo(const DemoOptions &options);

// resources/ of the build tree, else of the installation.
QString resourcesDir();
QStringList packagesIn(const QString &folder);

} // namespace cs::ui
