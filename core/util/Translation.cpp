#include "util/Translation.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QTranslator>

namespace cs {

namespace {

// Marks the translators this file installed, so that a second call (the tests switch languages)
// removes exactly those and no translator someone else installed.
constexpr char kOwnedProperty[] = "countersign_translation";

} // namespace

QStringList translatedLanguages()
{
    return {QStringLiteral("de"), QStringLiteral("fr")};
}

QString resolveLanguage(const QString &setting, const QLocale &system)
{
    const QString english = QStringLiteral("en");
    if (setting == english || translatedLanguages().contains(setting))
        return setting;
    // uiLanguages() is in order of preference ("de-CH", "de", ...; "C" for the C locale).
    for (const QString &ui : system.uiLanguages()) {
        const QString language = ui.section(QLatin1Char('-'), 0, 0).toLower();
        if (language == english || language == QLatin1String("c"))
            return english;
        if (translatedLanguages().contains(language))
            return language;
    }
    return english;
}

QString installTranslations(QCoreApplication &app, const QString &setting)
{
    for (QTranslator *old : app.findChildren<QTranslator *>(QString(), Qt::FindDirectChildrenOnly)) {
        if (old->property(kOwnedProperty).toBool()) {
            QCoreApplication::removeTranslator(old);
            delete old;
        }
    }
    const QString language = resolveLanguage(setting);
    if (language == QLatin1String("en"))
        return language; // the source text is English; nothing to load

    const auto install = [&app](const QString &file, const QString &directory) {
        auto *translator = new QTranslator(&app);
        translator->setProperty(kOwnedProperty, true);
        if (!translator->load(file, directory) || !QCoreApplication::installTranslator(translator)) {
            delete translator;
            return false;
        }
        return true;
    };
    // Qt's first, then ours: the translator installed last is asked first.
    install(QStringLiteral("qtbase_") + language, QLibraryInfo::path(QLibraryInfo::TranslationsPath));
    if (!install(QStringLiteral("countersign_") + language, QStringLiteral(":/countersign/i18n")))
        qWarning("countersign: the %s translation is missing from this build", qPrintable(language));
    return language;
}

} // namespace cs
