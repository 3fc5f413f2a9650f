#pragma once

// Which language Countersign speaks, and loading it. The translations are compiled into the
// binaries (translations/, resources under :/countersign/i18n); Qt's own strings (standard
// buttons, QCommandLineParser's errors) come from the system's qtbase_*.qm when that is
// installed (Debian: qt6-translations-l10n), and stay English otherwise.

#include <QLocale>
#include <QString>
#include <QStringList>

class QCoreApplication;

namespace cs {

// The languages Countersign ships, besides English, which is the source text.
QStringList translatedLanguages();

// "en", "de" or "fr" for a setting of "system", "en", "de" or "fr" (anything else: "system").
// For "system" the first of the locale's UI languages that Countersign knows decides, so a
// person who prefers English with German as a fallback still gets English.
QString resolveLanguage(const QString &setting, const QLocale &system = QLocale::system());

// Installs Countersign's and Qt's translators for `setting` on `app`, replacing any that an
// earlier call installed; returns the language now in use ("en", "de" or "fr"). A missing Qt
// translation is not an error: those few strings then stay English.
QString installTranslations(QCoreApplication &app, const QString &setting);

} // namespace cs
