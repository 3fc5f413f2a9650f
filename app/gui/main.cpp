// countersign: the reviewer workbench window.
#include "MainWindow.h"
#include "audit/InspectWindow.h"
#include "cli/CommandSupport.h"
#include "policy/Policy.h"
#include "util/Translation.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QMessageBox>
#include <QSettings>
#include <QTimer>

#include <cstdio>

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("countersign"));
    QApplication::setOrganizationName(QStringLiteral("Countersign"));
    QApplication::setApplicationVersion(QStringLiteral(COUNTERSIGN_VERSION));
    // Before any widget or --help text exists, so all of them come out in the chosen language;
    // the Settings dialog writes ui/language, and a change takes effect at the next start.
    cs::installTranslations(app, QSettings(QStringLiteral("Countersign"), QStringLiteral("countersign"))
                                     .value(QStringLiteral("ui/language"), QStringLiteral("system"))
                                     .toString());

    QCommandLineParser parser;
    parser.setApplicationDescription(QApplication::translate("main", "Reviewer workbench for governing ML deployments."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption demo(QStringLiteral("demo"), QApplication::translate("main", "Open on the bundled samples with a fresh demo store."));
    const QCommandLineOption screenshot(QStringLiteral("screenshot"),
                                        QApplication::translate("main", "Write PNG screenshots into DIR and quit."), QStringLiteral("DIR"));
    const QCommandLineOption store(QStringLiteral("store"), QApplication::translate("main", "The audit store."), QStringLiteral("FILE"));
    const QCommandLineOption inbox(QStringLiteral("inbox"), QApplication::translate("main", "Watch FOLDER for packages (repeatable)."),
                                   QStringLiteral("FOLDER"));
    const QCommandLineOption policyFile(QStringLiteral("policy"), QApplication::translate("main", "Policy file (JSON)."), QStringLiteral("FILE"));
    const QCommandLineOption smokeTest(QStringLiteral("smoke-test"),
                                       QApplication::translate("main", "Open the window, let it settle, and quit (packaging checks)."));
    const QCommandLineOption inspect(QStringLiteral("inspect"),
                                     QApplication::translate("main", "Open STORE read-only in the inspection window only (no review window)."),
                                     QStringLiteral("STORE"));
    const QCommandLineOption anchor(QStringLiteral("anchor"),
                                    QApplication::translate("main", "With --inspect: the administrator's key you were given with the store "
                                                                    "(hex or .pub file); a store pinned to another anchor fails."),
                                    QStringLiteral("KEY"));
    parser.addOptions({demo, screenshot, store, inbox, policyFile, smokeTest, inspect, anchor});
    parser.addPositionalArgument(QStringLiteral("packages"), QApplication::translate("main", "Packages to open."), QStringLiteral("[PACKAGE...]"));
    parser.process(app);

    if (parser.isSet(inspect)) {
        // An auditor's session: the store alone, no policy, queue or identities needed.
        std::optional<cs::audit::PublicKey> expected;
        if (parser.isSet(anchor)) {
            auto key = cs::cli::readKeyArgument(parser.value(anchor));
            if (!key) {
                std::fprintf(stderr, "countersign: --anchor: %s\n", qPrintable(key.errorMessage()));
                return 2;
            }
            expected = *key;
        }
        cs::ui::InspectWindow::open(parser.value(inspect), nullptr, expected);
        if (parser.isSet(smokeTest))
            QTimer::singleShot(1500, &app, &QCoreApplication::quit);
        return QApplication::exec();
    }

    auto policy = parser.isSet(policyFile) ? cs::policy::loadPolicyFile(parser.value(policyFile)) : cs::policy::defaultPolicy();
    if (!policy) {
        std::fprintf(stderr, "countersign: %s\n", qPrintable(policy.errorMessage()));
        if (!parser.isSet(screenshot))
            QMessageBox::critical(nullptr, QApplication::translate("main", "Countersign"), policy.errorMessage());
        return 2;
    }

    cs::ui::WorkbenchOptions options;
    options.demo = parser.isSet(demo);
    options.screenshotDir = parser.value(screenshot);
    options.storePath = parser.value(store);
    options.inboxes = parser.values(inbox);
    options.packages = parser.positionalArguments();
    // Screenshots must look the same on every machine, whatever layout was saved.
    options.rememberLayout = options.screenshotDir.isEmpty();

    cs::ui::MainWindow window(std::make_shared<const cs::policy::Policy>(std::move(policy).value()), options);
    window.show();
    if (parser.isSet(smokeTest))
        QTimer::singleShot(1500, &app, &QCoreApplication::quit);
    return QApplication::exec();
}
