#include "TestSupport.h"

#include "cli/Cli.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <sstream>

namespace cs::test {

QString dataPath(const QString &relative)
{
    return QStringLiteral(COUNTERSIGN_TEST_DATA "/") + relative;
}

QString resourcePath(const QString &relative)
{
    return QStringLiteral(COUNTERSIGN_RESOURCES "/") + relative;
}

CliRun runCli(const QStringList &arguments)
{
    std::ostringstream out, err;
    CliRun run;
    run.exitCode = cli::run(arguments, {out, err});
    run.out = out.str();
    run.err = err.str();
    return run;
}

bool writeFile(const QString &path, const std::string &bytes)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return false;
    return file.write(bytes.data(), static_cast<qint64>(bytes.size())) == static_cast<qint64>(bytes.size());
}

std::string readFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    const QByteArray bytes = file.readAll();
    return std::string(bytes.constData(), static_cast<std::size_t>(bytes.size()));
}

} // namespace cs::test
