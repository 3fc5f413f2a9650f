// countersign-cli: the command-line face of the core library, for data scientists and pipelines.
#include "cli/Cli.h"

#include <QCoreApplication>

#include <iostream>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("countersign-cli"));
    QCoreApplication::setApplicationVersion(QStringLiteral(COUNTERSIGN_VERSION));
    return cs::cli::run(QCoreApplication::arguments().mid(1), {std::cout, std::cerr});
}
