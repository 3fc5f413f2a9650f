// Identities and the roster from the window: the dialog creates a key file whose .pub holds
// the key it shows; the roster editor grants a role (the store then verifies clean with that
// member and role), revokes a key (a revocation cut at its newest entry), and refuses a
// non-administrator with the core's message, writing nothing.
#include "AuditFixtures.h"

#include "audit/AuditStore.h"
#include "audit/KeyFile.h"
#include "charts/DataTable.h"
#include "identity/IdentityDialog.h"
#include "identity/PublicKeyBox.h"
#include "identity/RosterEditor.h"
#include "session/AuditSession.h"
#include "util/Clock.h"

#include <QCheckBox>
#include <QComboBox>
#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace cs;

namespace {

const QByteArray kPassphrase("correct horse");

QString readText(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? QString::fromUtf8(file.readAll()) : QString();
}

// The contract's fingerprint, computed here without the core: the first 16 bytes of SHA-256 of
// the key bytes, as eight space-separated groups of four hex digits.
QString fingerprintByHand(const QString &keyHex)
{
    const QByteArray digest = QCryptographicHash::hash(QByteArray::fromHex(keyHex.toLatin1()), QCryptographicHash::Sha256);
    const QString hex = QString::fromLatin1(digest.left(16).toHex());
    QStringList groups;
    for (int i = 0; i < hex.size(); i += 4)
        groups.append(hex.mid(i, 4));
    return groups.join(QLatin1Char(' '));
}

} // namespace

class TestIdentity final : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_store;
    QString m_adminKey;
    QString m_analystKey;
    std::unique_ptr<ui::AuditSession> m_session;
    std::unique_ptr<ui::RosterEditor> m_editor;

    QString keyFile(const char *name) const { return m_dir.filePath(QString::fromLatin1(name) + QStringLiteral(".key")); }

    std::int64_t storeRows() const
    {
        auto store = audit::AuditStore::open(m_store, audit::AuditStore::Access::ReadOnly);
        return store ? (*store)->count().value() : -1;
    }

    // Fills the editor as an administrator would and clicks `button`; returns the outcome.
    std::pair<bool, QString> submit(QPushButton *button, const QString &identityFile, const QString &memberKey)
    {
        m_editor->adminKeyBox()->setCurrentText(identityFile);
        m_editor->passphraseField()->setText(QString::fromUtf8(kPassphrase));
        m_editor->keyField()->setText(memberKey);
        QSignalSpy finished(m_editor.get(), &ui::RosterEditor::writeFinished);
        QTest::mouseClick(button, Qt::LeftButton);
        if (!finished.wait(30000) || finished.isEmpty())
            return {false, QStringLiteral("no writeFinished signal")};
        return {finished.first().at(0).toBool(), finished.first().at(1).toString()};
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_adminKey = keyFile("admin");
        auto admin = audit::detail::createIdentity(m_adminKey, QStringLiteral("Ada Admin"), kPassphrase,
                                                   audit::KdfLimits::interactive());
        QVERIFY(admin.ok());
        m_store = m_dir.filePath(QStringLiteral("store.db"));
        QVERIFY(audit::AuditStore::create(m_store, admin->publicKey()).ok());
    }

    void cleanupTestCase()
    {
        m_editor.reset();
        m_session.reset();
    }

    void theDialogCreatesAnIdentityAndShowsTheKeyOfItsPubFile()
    {
        ui::IdentityDialog dialog;
        dialog.useFastKdfForTests(true);
        dialog.show();
        m_analystKey = keyFile("analyst");
        dialog.nameField()->setText(QStringLiteral("Ana Analyst"));
        dialog.fileField()->setText(m_analystKey);
        dialog.passphraseField()->setText(QString::fromUtf8(kPassphrase));
        dialog.repeatField()->setText(QString::fromUtf8(kPassphrase));
        QSignalSpy created(&dialog, &ui::IdentityDialog::identityCreated);
        QSignalSpy finished(&dialog, &ui::IdentityDialog::createFinished);
        QTest::mouseClick(dialog.createButton(), Qt::LeftButton);
        QVERIFY(finished.wait(30000));
        QVERIFY2(finished.first().at(0).toBool(), qPrintable(dialog.createMessage()));
        QCOMPARE(created.first().at(0).toString(), m_analystKey);
        // The passphrase does not linger in the dialog.
        QVERIFY(dialog.passphraseField()->text().isEmpty());

        const QString pub = readText(m_analystKey + QStringLiteral(".pub")).trimmed();
        QCOMPARE(pub.size(), 64);
        QCOMPARE(dialog.publicKeyBox()->keyText(), pub);
        QCOMPARE(dialog.publicKeyBox()->fingerprintText(), fingerprintByHand(pub));
        QCOMPARE(dialog.publicKeyBox()->holderText(), QStringLiteral("Ana Analyst"));
        // The key file unlocks with that passphrase to that very key.
        auto unlocked = audit::unlock(m_analystKey, kPassphrase);
        QVERIFY(unlocked.ok());
        QCOMPARE(unlocked->publicKey().hex(), pub);

        // Loading the .pub file or the key file shows the same key.
        QVERIFY(dialog.loadKeyFile(m_analystKey + QStringLiteral(".pub")));
        QCOMPARE(dialog.publicKeyBox()->keyText(), pub);
        QVERIFY(dialog.loadKeyFile(m_analystKey));
        QCOMPARE(dialog.publicKeyBox()->keyText(), pub);
        QVERIFY(!dialog.loadKeyFile(m_dir.filePath(QStringLiteral("missing.pub"))));
        QVERIFY(dialog.publicKeyBox()->keyText().isEmpty());
    }

    void differingPassphrasesAreRefusedAndWriteNothing()
    {
        ui::IdentityDialog dialog;
        dialog.useFastKdfForTests(true);
        dialog.show();
        const QString file = keyFile("typo");
        dialog.nameField()->setText(QStringLiteral("Ty Po"));
        dialog.fileField()->setText(file);
        dialog.passphraseField()->setText(QStringLiteral("one"));
        dialog.repeatField()->setText(QStringLiteral("two"));
        QSignalSpy finished(&dialog, &ui::IdentityDialog::createFinished);
        QTest::mouseClick(dialog.createButton(), Qt::LeftButton);
        QCOMPARE(finished.size(), 1);
        QVERIFY(!finished.first().at(0).toBool());
        QVERIFY2(dialog.createMessage().contains(QStringLiteral("differ")), qPrintable(dialog.createMessage()));
        QVERIFY(!QFile::exists(file));
    }

    void theAdministratorGrantsARole()
    {
        QVERIFY(!m_analystKey.isEmpty());
        m_session = std::make_unique<ui::AuditSession>();
        m_session->setStorePath(m_store);
        QTRY_VERIFY_WITH_TIMEOUT(m_session->snapshot() != nullptr, 20000);
        m_editor = std::make_unique<ui::RosterEditor>(m_session.get());
        m_editor->setConfirmRevocation(false);
        m_editor->resize(900, 700);
        m_editor->show();
        // Only the anchor (the administrator) is on a new store's roster.
        QCOMPARE(m_editor->memberTable()->rowCount(), 1);

        m_editor->nameField()->setText(QStringLiteral("Ana Analyst"));
        m_editor->emailField()->setText(QStringLiteral("ana@bank.example"));
        m_editor->roleBox("ml_governance_analyst")->setChecked(true);
        const auto [ok, message] = submit(m_editor->grantButton(), m_adminKey, m_analystKey + QStringLiteral(".pub"));
        QVERIFY2(ok, qPrintable(message));

        const std::string analyst = readText(m_analystKey + QStringLiteral(".pub")).trimmed().toStdString();
        auto snapshot = ui::AuditSession::readSnapshot(m_store);
        QVERIFY2(snapshot->error.isEmpty(), qPrintable(snapshot->error));
        QVERIFY(snapshot->report.clean());
        const auto member = snapshot->report.roster().member(analyst);
        QVERIFY(member.has_value());
        QCOMPARE(member->name, std::string("Ana Analyst"));
        QCOMPARE(member->email, std::string("ana@bank.example"));
        QCOMPARE(member->roles, (std::set<std::string>{"ml_governance_analyst"}));
        // The entry is the administrator's, a roster entry, and counts.
        const auto &last = snapshot->report.entries.back();
        QVERIFY(last.valid);
        QCOMPARE(last.row.type, std::string("roster"));
        QCOMPARE(last.row.author, snapshot->report.anchor);

        // The list follows the store.
        QTRY_COMPARE_WITH_TIMEOUT(m_editor->memberTable()->rowCount(), 2, 20000);
        bool listed = false;
        for (int r = 0; r < 2; ++r)
            listed = listed || (m_editor->memberKey(r).toStdString() == analyst
                                && m_editor->memberTable()->item(r, 1)->text() == QStringLiteral("ana@bank.example")
                                && m_editor->memberTable()->item(r, 3)->text() == fingerprintByHand(QString::fromStdString(analyst)));
        QVERIFY(listed);
    }

    void aNonAdministratorIsRefusedWithTheCoresMessage()
    {
        const std::int64_t before = storeRows();
        m_editor->roleBox("risk_officer")->setChecked(true);
        const auto [ok, message] = submit(m_editor->grantButton(), m_analystKey, m_analystKey + QStringLiteral(".pub"));
        QVERIFY(!ok);
        QVERIFY2(message.contains(QStringLiteral("only the store's administrator")), qPrintable(message));
        QVERIFY2(m_editor->messageText().contains(QStringLiteral("only the store")), qPrintable(m_editor->messageText()));
        QCOMPARE(storeRows(), before);

        // A wrong passphrase for the administrator is the key file's own message.
        m_editor->adminKeyBox()->setCurrentText(m_adminKey);
        const auto [ok2, message2] = [&] {
            m_editor->passphraseField()->setText(QStringLiteral("wrong"));
            m_editor->keyField()->setText(m_analystKey + QStringLiteral(".pub"));
            QSignalSpy finished(m_editor.get(), &ui::RosterEditor::writeFinished);
            QTest::mouseClick(m_editor->grantButton(), Qt::LeftButton);
            finished.wait(30000);
            return finished.isEmpty() ? std::make_pair(true, QString())
                                      : std::make_pair(finished.first().at(0).toBool(), finished.first().at(1).toString());
        }();
        QVERIFY(!ok2);
        QVERIFY2(message2.contains(QStringLiteral("wrong passphrase")), qPrintable(message2));
        QCOMPARE(storeRows(), before);
    }

    void revokingWritesARevocationCutAtTheKeysNewestEntry()
    {
        // The analyst signs one entry first, so the cut lies after seq 1 of their feed.
        auto analyst = audit::unlock(m_analystKey, kPassphrase);
        QVERIFY(analyst.ok());
        {
            auto store = audit::AuditStore::open(m_store);
            QVERIFY(store.ok());
            QVERIFY((*store)->append(analyst->seed, "comment", {{"request_id", "R1"}, {"text", "looked at it"}}, nowMs()).ok());
        }
        const std::string key = analyst->publicKey().hex().toStdString();
        const std::int64_t before = storeRows();
        const auto [ok, message] = submit(m_editor->revokeButton(), m_adminKey, QString::fromStdString(key));
        QVERIFY2(ok, qPrintable(message));
        QCOMPARE(storeRows(), before + 1);

        auto snapshot = ui::AuditSession::readSnapshot(m_store);
        QVERIFY(snapshot->report.clean());
        const auto &last = *snapshot->report.entries.back().entry;
        QCOMPARE(last.body.type, std::string("roster"));
        const nlohmann::json expected = nlohmann::json::array({{{"key", key}, {"after", {{"author", key}, {"seq", 1}}}}});
        QCOMPARE(last.body.content.at("revocations").dump(), expected.dump());
        QCOMPARE(snapshot->report.roster().revocationCut(key), std::optional<std::int64_t>(1));
        // The editor shows the cut.
        QTRY_VERIFY_WITH_TIMEOUT(!m_editor->memberTable()->findItems(QStringLiteral("revoked after its entry 1"), Qt::MatchExactly).isEmpty(),
                                 20000);

        if (const QString shots = qEnvironmentVariable("COUNTERSIGN_TEST_SHOTS"); !shots.isEmpty()) {
            QDir().mkpath(shots);
            QVERIFY(m_editor->grab().save(QDir(shots).filePath(QStringLiteral("roster-editor.png"))));
            ui::IdentityDialog dialog;
            dialog.loadKeyFile(m_analystKey);
            dialog.show();
            QVERIFY(dialog.grab().save(QDir(shots).filePath(QStringLiteral("identity-dialog.png"))));
        }
    }
};

QTEST_MAIN(TestIdentity)
#include "tst_identity.moc"
