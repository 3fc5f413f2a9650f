// countersign-cli: the command-line face of the core library, for data scientists and pipelines.
#include "cli/Cli.h"
#include "util/Translation.h"

#include <QCoreApplication>
#include <QGuiApplication>

#include <iostream>
#include <memory>
#include <string_view>

int main(int argc, char *argv[])
{
    // Only the PDF report needs fonts, hence a GUI application, drawn offscreen: no display needed.
    const bool exporting = argc > 1 && std::string_view(argv[1]) == "export";
    if (exporting && qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    std::unique_ptr<QCoreApplication> app = exporting ? std::make_unique<QGuiApplication>(argc, argv)
                                                      : std::make_unique<QCoreApplication>(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("countersign-cli"));
    QCoreApplication::setApplicationVersion(QStringLiteral(COUNTERSIGN_VERSION));
    // Messages follow the environment's locale (LC_ALL, LC_MESSAGES, LANG, LANGUAGE); --json
    // output and exit codes never depend on it.
    cs::installTranslations(*app, QStringLiteral("system"));
    return cs::cli::run(QCoreApplication::arguments().mid(1), {std::cout, std::cerr});
}
