#pragma once

// Helpers shared by the tests: fixture locations, scratch packages, in-process CLI runs.

#include <QString>
#include <QStringList>

#include <string>

namespace cs::test {

// tests/data/<relative>
QString dataPath(const QString &relative);
// resources/<relative>
QString resourcePath(const QString &relative);

struct CliRun
{
    int exitCode = -1;
    std::string out;
    std::string err;
};

// Runs countersign-cli's command dispatcher in-process with captured streams.
CliRun runCli(const QStringList &arguments);

// Writes `bytes` to `path`, creating folders; returns false on failure.
bool writeFile(const QString &path, const std::string &bytes);
std::string readFile(const QString &path);

} // namespace cs::test
