// Workbench settings: a round trip through an ini file keeps every field; the dialog writes back
// what was edited and refuses what cannot be used (a policy file that does not load) with a
// message naming it; no password ever reaches the ini file.

#include "TestSupport.h"
#include "policy/Policy.h"
#include "settings/SettingsDialog.h"
#include "settings/WorkbenchSettings.h"
#include "sync/SyncTargetEditor.h"
#include "sync/SyncView.h"

#include <QApplication>
#include <QComboBox>
#include <QFile>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSettings>
#include <QSpinBox>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

using namespace cs;

namespace {

QByteArray fileBytes(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

bool writeFile(const QString &path, const QByteArray &bytes)
{
    QFile f(path);
    return f.open(QIODevice::WriteOnly | QIODevice::Truncate) && f.write(bytes) == bytes.size();
}

ui::WorkbenchSettings loadFrom(const QString &ini)
{
    const QSettings settings(ini, QSettings::IniFormat);
    return ui::WorkbenchSettings::load(settings);
}

void saveTo(const QString &ini, const ui::WorkbenchSettings &s)
{
    QSettings settings(ini, QSettings::IniFormat);
    s.save(settings);
    settings.sync();
}

QByteArray describe(const ui::WorkbenchSettings &s)
{
    return QStringLiteral("inboxes=[%1] store=%2 identity=%3 policy=%4 sync=%5/%6/%7/%8/%9 language=%10")
        .arg(s.inboxes.join(QLatin1Char(',')), s.storeFile, s.identityKeyFile, s.policyFile)
        .arg(static_cast<int>(s.sync.kind))
        .arg(s.sync.folder, s.sync.postgresUrl, s.sync.passwordEnv)
        .arg(s.sync.intervalMinutes)
        .arg(s.language)
        .toUtf8();
}

} // namespace

class TestSettings final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QVERIFY(m_dir.isValid()); }
    void roundTripThroughAnIniFile();
    void emptyIniGivesDefaults();
    void dialogWritesBackWhatWasEdited();
    void policyThatDoesNotLoadIsRefusedByName();
    void noPasswordIsEverWritten();

private:
    QString path(const QString &name) const { return m_dir.filePath(name); }
    QTemporaryDir m_dir;
};

void TestSettings::roundTripThroughAnIniFile()
{
    ui::WorkbenchSettings s;
    s.inboxes = {QStringLiteral("/srv/inbox one"), QStringLiteral("/srv/inbox,two"),
                 QStringLiteral("/home/ana/Eingang äöü")};
    s.storeFile = QStringLiteral("/var/lib/countersign/store.db");
    s.identityKeyFile = QStringLiteral("/home/ana/.countersign/ana.key");
    s.policyFile = QStringLiteral("/etc/countersign/policy.json");
    s.sync.kind = ui::SyncTarget::Kind::Postgres;
    s.sync.folder = QStringLiteral("/mnt/share/countersign");
    s.sync.postgresUrl = QStringLiteral("postgresql://ana@db.bank.example:6432/audit");
    s.sync.passwordEnv = QStringLiteral("CS_PG_PASSWORD");
    s.sync.intervalMinutes = 15;
    s.language = QStringLiteral("fr");

    const QString ini = path(QStringLiteral("roundtrip.ini"));
    saveTo(ini, s);
    const ui::WorkbenchSettings back = loadFrom(ini);
    QVERIFY2(back == s, describe(back).constData());

    // Every kind of target survives, not only the one above.
    s.sync.kind = ui::SyncTarget::Kind::Folder;
    s.language = QStringLiteral("de");
    saveTo(ini, s);
    QVERIFY2(loadFrom(ini) == s, describe(loadFrom(ini)).constData());
}

void TestSettings::emptyIniGivesDefaults()
{
    const ui::WorkbenchSettings s = loadFrom(path(QStringLiteral("empty.ini")));
    QVERIFY(s.inboxes.isEmpty());
    QCOMPARE(s.sync.kind, ui::SyncTarget::Kind::None);
    QCOMPARE(s.sync.intervalMinutes, 0);
    QCOMPARE(s.language, QStringLiteral("system"));
    QVERIFY(ui::validateSettings(s).isEmpty());

    // A hand-edited file with nonsense falls back rather than carrying it on.
    const QString odd = path(QStringLiteral("odd.ini"));
    QVERIFY(writeFile(odd, "[ui]\nlanguage=klingon\n[sync]\nkind=carrier-pigeon\nintervalMinutes=-5\n"));
    const ui::WorkbenchSettings o = loadFrom(odd);
    QCOMPARE(o.language, QStringLiteral("system"));
    QCOMPARE(o.sync.kind, ui::SyncTarget::Kind::None);
    QCOMPARE(o.sync.intervalMinutes, 0);
}

void TestSettings::dialogWritesBackWhatWasEdited()
{
    QStringList folders;
    for (const char *name : {"in1", "in2", "in3", "share"}) {
        folders.append(path(QString::fromLatin1(name)));
        QVERIFY(QDir().mkpath(folders.last()));
    }
    const QString store = path(QStringLiteral("store.db"));
    QVERIFY(writeFile(store, "a store"));
    const QString policy = path(QStringLiteral("policy.json"));
    QVERIFY(QFile::copy(QStringLiteral(COUNTERSIGN_RESOURCES "/policy/default-policy.json"), policy));

    ui::WorkbenchSettings initial;
    initial.inboxes = {folders[0], folders[1]};
    initial.storeFile = store;
    const QString ini = path(QStringLiteral("dialog.ini"));
    saveTo(ini, initial);

    // The user's edits, made on the modal dialog once it is up.
    bool edited = false;
    QTimer::singleShot(0, this, [&] {
        auto *dialog = qobject_cast<ui::SettingsDialog *>(QApplication::activeModalWidget());
        if (!dialog)
            return;
        dialog->addInbox(folders[2]);
        dialog->inboxList()->setCurrentRow(0); // folders[0]
        QTest::mouseClick(dialog->removeInboxButton(), Qt::LeftButton);
        dialog->policyField()->setText(policy);
        auto *sync = dialog->syncEditor();
        sync->kindBox()->setCurrentIndex(sync->kindBox()->findData(static_cast<int>(ui::SyncTarget::Kind::Folder)));
        sync->folderField()->setText(folders[3]);
        sync->intervalBox()->setValue(20);
        dialog->languageBox()->setCurrentIndex(dialog->languageBox()->findData(QStringLiteral("de")));
        edited = true;
        QTest::mouseClick(dialog->okButton(), Qt::LeftButton);
    });
    // Never hang on a dialog the edits did not close.
    QTimer::singleShot(20000, this, [] {
        if (auto *w = QApplication::activeModalWidget())
            w->close();
    });
    QSettings settings(ini, QSettings::IniFormat);
    const auto saved = ui::SettingsDialog::edit(settings);
    QVERIFY(edited);
    QVERIFY(saved.has_value());

    ui::WorkbenchSettings expected = initial;
    expected.inboxes = {folders[1], folders[2]};
    expected.policyFile = policy;
    expected.sync.kind = ui::SyncTarget::Kind::Folder;
    expected.sync.folder = folders[3];
    expected.sync.intervalMinutes = 20;
    expected.language = QStringLiteral("de");
    QVERIFY2(*saved == expected, describe(*saved).constData());
    QVERIFY2(loadFrom(ini) == expected, describe(loadFrom(ini)).constData());
}

void TestSettings::policyThatDoesNotLoadIsRefusedByName()
{
    const QString bad = path(QStringLiteral("bad-policy.json"));
    QVERIFY(writeFile(bad, "{\"schema\": \"countersign.policy/v1\", \"thresholds\": "));
    QVERIFY(!policy::loadPolicyFile(bad));

    ui::WorkbenchSettings initial;
    initial.policyFile = bad;
    ui::SettingsDialog dialog(initial);
    dialog.show();
    QTest::mouseClick(dialog.okButton(), Qt::LeftButton);
    QVERIFY(dialog.isVisible());
    QCOMPARE(dialog.result(), int(QDialog::Rejected));
    const QString problems = dialog.problemText();
    QVERIFY2(problems.contains(QStringLiteral("Policy file")) && problems.contains(bad), qPrintable(problems));

    // Fixed: the same dialog accepts.
    const QString good = path(QStringLiteral("good-policy.json"));
    QVERIFY(QFile::copy(QStringLiteral(COUNTERSIGN_RESOURCES "/policy/default-policy.json"), good));
    dialog.policyField()->setText(good);
    QTest::mouseClick(dialog.okButton(), Qt::LeftButton);
    QCOMPARE(dialog.result(), int(QDialog::Accepted));
    QVERIFY(!dialog.isVisible());
    QCOMPARE(dialog.settings().policyFile, good);
}

void TestSettings::noPasswordIsEverWritten()
{
    const QByteArray urlSecret = "Url-S3cret-4711";
    const QByteArray envSecret = "Env-S3cret-0815";
    qputenv("COUNTERSIGN_TEST_PG_PASSWORD", envSecret);
    const QString withPassword =
        QStringLiteral("postgresql://ana:%1@db.bank.example:6432/audit").arg(QString::fromLatin1(urlSecret));

    // Typed into the Sync view's URL field, as the main window would then save it.
    ui::SyncView view;
    ui::SyncTarget edited;
    connect(&view, &ui::SyncView::targetChanged, this, [&edited](const ui::SyncTarget &t) { edited = t; });
    auto *editor = view.targetEditor();
    editor->kindBox()->setCurrentIndex(editor->kindBox()->findData(static_cast<int>(ui::SyncTarget::Kind::Postgres)));
    editor->urlField()->setText(withPassword);
    editor->passwordEnvField()->setText(QStringLiteral("COUNTERSIGN_TEST_PG_PASSWORD"));
    QCOMPARE(edited.postgresUrl, withPassword); // in memory the user's text is kept as typed

    ui::WorkbenchSettings s;
    s.sync = edited;
    const QString ini = path(QStringLiteral("secret.ini"));
    saveTo(ini, s);
    const QByteArray bytes = fileBytes(ini);
    QVERIFY(!bytes.isEmpty());
    QVERIFY2(!bytes.contains(urlSecret), bytes.constData());
    QVERIFY2(!bytes.contains(envSecret), bytes.constData());
    QVERIFY(bytes.contains("COUNTERSIGN_TEST_PG_PASSWORD")); // the variable's name is
    QCOMPARE(loadFrom(ini).sync.postgresUrl, QStringLiteral("postgresql://ana@db.bank.example:6432/audit"));

    // The dialog refuses such a URL outright, saying why.
    ui::WorkbenchSettings initial;
    initial.sync = edited;
    QSettings settings(ini, QSettings::IniFormat);
    ui::SettingsDialog dialog(initial);
    dialog.show();
    QTest::mouseClick(dialog.okButton(), Qt::LeftButton);
    QVERIFY(dialog.isVisible());
    QVERIFY2(dialog.problemText().contains(QStringLiteral("password")), qPrintable(dialog.problemText()));
    QVERIFY(!fileBytes(ini).contains(urlSecret));
    qunsetenv("COUNTERSIGN_TEST_PG_PASSWORD");
}

QTEST_MAIN(TestSettings)
#include "tst_settings.moc"
