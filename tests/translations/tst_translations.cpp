// The translations reach the binaries and switch with installTranslations(): a real widget's
// label and a countersign-cli message read German, French or English as chosen, plural forms
// follow each language's rules, and the language setting resolves as documented.
#include "cli/Cli.h"
#include "util/Translation.h"

#ifdef COUNTERSIGN_TEST_WIDGETS
#include "common/Style.h"
#include "dashboard/DashboardFigures.h"
#include "queue/QueuePanel.h"
#include "queue/RequestQueueModel.h"

#include <QLineEdit>
#include <QTreeView>
#endif

#include <QCoreApplication>
#include <QFile>
#include <QLibraryInfo>
#include <QTest>

#include <sstream>

namespace {

// What countersign-cli prints on stderr for an unknown command, run in-process.
QString unknownCommandMessage()
{
    std::ostringstream out;
    std::ostringstream err;
    const int code = cs::cli::run({QStringLiteral("frobnicate")}, {out, err});
    // The exit code is part of the interface, whatever the language.
    return code == cs::cli::BadInput ? QString::fromStdString(err.str()) : QStringLiteral("exit code %1").arg(code);
}

QString cliText(const char *source, int n = -1)
{
    return QCoreApplication::translate("cs::cli", source, nullptr, n);
}

} // namespace

class TestTranslations final : public QObject
{
    Q_OBJECT

private slots:
    void cleanup() { cs::installTranslations(*QCoreApplication::instance(), QStringLiteral("en")); }

    void settingResolves_data()
    {
        QTest::addColumn<QString>("setting");
        QTest::addColumn<QString>("locale");
        QTest::addColumn<QString>("expected");
        QTest::newRow("explicit de") << "de" << "fr_FR" << "de";
        QTest::newRow("explicit fr") << "fr" << "de_DE" << "fr";
        QTest::newRow("explicit en") << "en" << "de_DE" << "en";
        QTest::newRow("system German (Swiss)") << "system" << "de_CH" << "de";
        QTest::newRow("system French (Canada)") << "system" << "fr_CA" << "fr";
        QTest::newRow("system C locale") << "system" << "C" << "en";
        QTest::newRow("system Japanese") << "system" << "ja_JP" << "en";
        QTest::newRow("unknown setting") << "xx" << "fr_BE" << "fr";
    }
    void settingResolves()
    {
        QFETCH(QString, setting);
        QFETCH(QString, locale);
        QFETCH(QString, expected);
        QCOMPARE(cs::resolveLanguage(setting, QLocale(locale)), expected);
    }

    void cliMessageFollowsTheLanguage()
    {
        auto &app = *QCoreApplication::instance();
        QCOMPARE(cs::installTranslations(app, QStringLiteral("en")), QStringLiteral("en"));
        // English is the source text, byte for byte what scripts and the README expect.
        QCOMPARE(unknownCommandMessage(), QStringLiteral("countersign-cli: unknown command 'frobnicate' (see --help)\n"));

        QCOMPARE(cs::installTranslations(app, QStringLiteral("de")), QStringLiteral("de"));
        QCOMPARE(unknownCommandMessage(), QStringLiteral("countersign-cli: unbekannter Befehl 'frobnicate' (siehe --help)\n"));
        QCOMPARE(cliText("Sign-offs:"), QStringLiteral("Abzeichnungen:"));

        QCOMPARE(cs::installTranslations(app, QStringLiteral("fr")), QStringLiteral("fr"));
        QCOMPARE(unknownCommandMessage(), QStringLiteral("countersign-cli : commande inconnue 'frobnicate' (voir --help)\n"));
        QCOMPARE(cliText("Sign-offs:"), QStringLiteral("Visas :"));

        // A second language replaces the first instead of stacking under it.
        QCOMPARE(cs::installTranslations(app, QStringLiteral("en")), QStringLiteral("en"));
        QCOMPARE(cliText("Sign-offs:"), QStringLiteral("Sign-offs:"));
    }

    void pluralFormsFollowEachLanguage()
    {
        auto &app = *QCoreApplication::instance();
        // English has no translation file: the source's own wording, as the CLI always printed it.
        QCOMPARE(cliText("%n verification problem(s)", 1), QStringLiteral("1 verification problem(s)"));
        cs::installTranslations(app, QStringLiteral("de"));
        QCOMPARE(cliText("%n verification problem(s)", 1), QStringLiteral("1 Verifikationsproblem"));
        QCOMPARE(cliText("%n verification problem(s)", 0), QStringLiteral("0 Verifikationsprobleme"));
        QCOMPARE(cliText("%n verification problem(s)", 3), QStringLiteral("3 Verifikationsprobleme"));
        cs::installTranslations(app, QStringLiteral("fr"));
        // French counts zero as singular.
        QCOMPARE(cliText("%n verification problem(s)", 0), QStringLiteral("0 problème de vérification"));
        QCOMPARE(cliText("%n verification problem(s)", 1), QStringLiteral("1 problème de vérification"));
        QCOMPARE(cliText("%n verification problem(s)", 2), QStringLiteral("2 problèmes de vérification"));
    }

    void qtOwnStringsWhenInstalled()
    {
        // Qt's own translation is optional at run time (Debian: qt6-translations-l10n).
        const QString dir = QLibraryInfo::path(QLibraryInfo::TranslationsPath);
        if (!QFile::exists(dir + QStringLiteral("/qtbase_de.qm")))
            QSKIP("qtbase_de.qm is not installed");
        const char *source = "Displays version information.";
        QCOMPARE(QCoreApplication::translate("QCommandLineParser", source), QString::fromLatin1(source));
        cs::installTranslations(*QCoreApplication::instance(), QStringLiteral("de"));
        QVERIFY(QCoreApplication::translate("QCommandLineParser", source) != QString::fromLatin1(source));
    }

#ifdef COUNTERSIGN_TEST_WIDGETS
    void widgetLabelsFollowTheLanguage_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addColumn<QString>("placeholder");
        QTest::addColumn<QString>("queueName");
        QTest::newRow("en") << "en" << QStringLiteral("Filter by name, id, submitter\u2026") << "Request queue";
        QTest::newRow("de") << "de" << QStringLiteral("Nach Name, ID, Einreicher filtern\u2026") << "Antragswarteschlange";
        QTest::newRow("fr") << "fr" << QStringLiteral("Filtrer par nom, identifiant, soumissionnaire\u2026") << "File des demandes";
    }
    void widgetLabelsFollowTheLanguage()
    {
        QFETCH(QString, language);
        QFETCH(QString, placeholder);
        QFETCH(QString, queueName);
        cs::installTranslations(*QCoreApplication::instance(), language);
        // Built after the translator is installed, as the workbench does at start-up.
        cs::ui::RequestQueueModel model;
        cs::ui::QueuePanel panel(&model);
        QCOMPARE(panel.searchField()->placeholderText(), placeholder);
        QCOMPARE(panel.view()->accessibleName(), queueName);
    }

    // Strings a file picks through its own helper (QT_TRANSLATE_NOOP at each literal) reach the
    // .qm files too; the bucket's en dash checks that lupdate read the literal as the compiler does.
    void helperStringsFollowTheLanguage_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addColumn<QString>("track");
        QTest::addColumn<QString>("state");
        QTest::addColumn<QString>("bucket");
        QTest::newRow("en") << "en" << "GREEN" << "changes requested" << QStringLiteral("1\u20133 days");
        QTest::newRow("de") << "de" << QStringLiteral("GR\u00dcN") << QStringLiteral("\u00c4nderungen angefordert")
                            << QStringLiteral("1\u20133 Tage");
        QTest::newRow("fr") << "fr" << "VERT" << QStringLiteral("modifications demand\u00e9es")
                            << QStringLiteral("1 \u00e0 3 jours");
    }
    void helperStringsFollowTheLanguage()
    {
        QFETCH(QString, language);
        QFETCH(QString, track);
        QFETCH(QString, state);
        QFETCH(QString, bucket);
        cs::installTranslations(*QCoreApplication::instance(), language);
        QCOMPARE(cs::ui::trackTitle(cs::policy::Track::Green), track);
        QCOMPARE(cs::ui::stateTitle("changes_requested"), state);
        QCOMPARE(cs::ui::backlogBucketTitle("1-3 days"), bucket);
    }
#endif
};

QTEST_MAIN(TestTranslations)
#include "tst_translations.moc"
