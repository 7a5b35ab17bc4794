// Directory sync as an admin uses it (G5): Workspace ▸ Directory Sync…, Test Connection, a
// preview of every change before anything changes, the confirmation, and a mass disable that
// waits for a tick; against a real slapd and a real SQLite file.
#include "connection/ldap/ldapreader.h"
#include "core/i18n.h"
#include "guitest.h"
#include "ldapserver.h"
#include "testsupport.h"
#include "ui/sync/directorysyncdialog.h"
#include "ui/sync/scheduledsync.h"
#include "ui/sync/syncpreviewdialog.h"
#include "connection/credentialstore.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QCheckBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

using namespace usher;
using namespace usher::test;

class TestDirectorySyncUi : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void anAdminSetsUpPreviewsAndAppliesASync();
    void aMassDisableWaitsForTheTick();
    void aWrongCaIsRefusedAndNothingChanges();
    void onlyAdminsSeeTheAction();
    void aScheduledRunSyncsAndStopsToAskWithoutAScreen();

private:
    QList<LdapPerson> people(int count) const;
    void openAs(const QString& email);
    DirectorySyncDialog* openDialog();
    /// Types the test server's settings into the dialog, as a person would.
    void fillIn(DirectorySyncDialog* dialog, const QString& caFile);
    SyncPreviewDialog* preview(DirectorySyncDialog* dialog);
    void applyFrom(SyncPreviewDialog* preview);
    QVariant scalar(const QString& sql);
    /// Saves the test server as the workspace's directory (every `interval` minutes) and, unless
    /// `sync` is false, syncs it, as another admin did before.
    void syncedBefore(int interval = 0, bool sync = true);

    bool english() const { return qEnvironmentVariable("USHER_TEST_LANGUAGE", QStringLiteral("en")) == QLatin1String("en"); }

    std::unique_ptr<LdapServer> m_ldap;
    QTemporaryDir m_dir;
    QString m_path;
    int m_count = 0;
    MainWindow* m_window = nullptr;
};

void TestDirectorySyncUi::initTestCase()
{
    useOwnSettings(QStringLiteral("tst_directorysyncui"));
    QVERIFY(m_dir.isValid());
    m_ldap = std::make_unique<LdapServer>();
    QVERIFY2(m_ldap->isRunning(), "slapd could not be started (see the warning above)");
}

void TestDirectorySyncUi::init()
{
    QSettings().clear();
    m_path = m_dir.filePath(QStringLiteral("sync%1.usher").arg(++m_count));
    const auto person = [](const char* name, const char* email, Role role) {
        return SeedUser {QString::fromUtf8(name), QString::fromUtf8(email), role, Status::Active, Source::Invite,
                         1'700'000'000, 0, {}};
    };
    seedSqlite(m_path, {person("Ada Admin", "ada@example.org", Role::Admin),
                        person("Mia Manager", "mia@example.org", Role::Manager)});
    QList<QString> engineers;
    for (int i = 0; i < 5; ++i) {
        engineers.append(QStringLiteral("p%1").arg(i, 4, 10, QLatin1Char('0')));
    }
    QVERIFY(m_ldap->seed(people(20), {{QStringLiteral("Engineering"), engineers, {}}}));
}

void TestDirectorySyncUi::cleanup()
{
    delete m_window;
    m_window = nullptr;
}

QList<LdapPerson> TestDirectorySyncUi::people(int count) const
{
    return LdapServer::numberedPeople(count);
}

void TestDirectorySyncUi::openAs(const QString& email)
{
    delete m_window;
    m_window = openMainWindow(m_path, email);
    QTRY_VERIFY(m_window->currentOperator().has_value());
}

DirectorySyncDialog* TestDirectorySyncUi::openDialog()
{
    QAction* action = m_window->findChild<QAction*>(QStringLiteral("directorySyncAction"));
    if (!action || !action->isEnabled()) {
        return nullptr;
    }
    action->trigger();
    auto* dialog = waitForDialog<DirectorySyncDialog>(m_window, QStringLiteral("directorySyncDialog"));
    // The fields open for typing once the workspace's settings have come in.
    auto* url = dialog->findChild<QLineEdit*>(QStringLiteral("directoryUrl"));
    const bool read = QTest::qWaitFor([url] { return url->isEnabled(); }, 5000);
    return read ? dialog : nullptr;
}

void TestDirectorySyncUi::fillIn(DirectorySyncDialog* dialog, const QString& caFile)
{
    const auto type = [dialog](const char* name, const QString& text) {
        auto* field = dialog->findChild<QLineEdit*>(QLatin1String(name));
        QVERIFY2(field, name);
        field->clear();
        QTest::keyClicks(field, text);
    };
    type("directoryUrl", m_ldap->url());
    type("directoryCaFile", caFile);
    type("directoryBindDn", LdapServer::bindDn());
    type("directoryPassword", LdapServer::bindPassword());
    type("peopleBase", LdapServer::peopleDn());
    type("groupsBase", LdapServer::groupsDn());
}

SyncPreviewDialog* TestDirectorySyncUi::preview(DirectorySyncDialog* dialog)
{
    auto* button = dialog->findChild<QPushButton*>(QStringLiteral("previewSync"));
    if (!button->isEnabled()) {
        qWarning("Preview Sync is disabled: %s", qPrintable(button->toolTip()));
        return nullptr;
    }
    button->click();
    auto* shown = waitForDialog<SyncPreviewDialog>(dialog, QStringLiteral("syncPreviewDialog"));
    // Read and compared: the progress goes away.
    const bool planned = QTest::qWaitFor(
        [shown] { return shown->findChild<QProgressBar*>(QStringLiteral("syncProgress"))->isHidden(); }, 30000);
    return planned ? shown : nullptr;
}

void TestDirectorySyncUi::applyFrom(SyncPreviewDialog* preview)
{
    auto* apply = preview->findChild<QPushButton*>(QStringLiteral("applySync"));
    QVERIFY2(apply->isEnabled(), qPrintable(apply->toolTip()));
    apply->click();
    auto* confirm = waitForDialog<QMessageBox>(preview, QStringLiteral("confirmSync"));
    snapshot(confirm, QStringLiteral("directory-sync-confirm"));
    confirm->findChild<QPushButton*>(QStringLiteral("confirmApply"))->click();
    QTRY_VERIFY_WITH_TIMEOUT(preview->findChild<QProgressBar*>(QStringLiteral("syncProgress"))->isHidden()
                                 && !preview->findChild<QPushButton*>(QStringLiteral("applySync"))->isVisible(),
                             30000);
}

QVariant TestDirectorySyncUi::scalar(const QString& sql)
{
    return DirectSql(m_path).scalar(sql);
}

void TestDirectorySyncUi::syncedBefore(int interval, bool sync)
{
    const auto backend = makeBackend(ConnectionProfile::sqliteFile(m_path), {});
    QVERIFY(await(backend->open()).ok());
    Operator ada;
    ada.workspaceId = 1;
    ada.accountId = scalar(QStringLiteral("SELECT id FROM accounts WHERE email_key = 'ada@example.org'")).toLongLong();
    DirectorySource source = m_ldap->source();
    source.intervalMinutes = interval;
    QVERIFY(await(backend->directorySync()->saveSyncSource(ada, source)).ok());
    if (!sync) {
        return;
    }
    const Result<DirectorySnapshot> snapshot = LdapReader::readNow(source, LdapServer::bindPassword());
    QVERIFY(snapshot.ok());
    SyncRequest request;
    request.snapshot = snapshot.value();
    request.dryRun = false;
    QVERIFY(await(backend->directorySync()->applySync(ada, request)).ok());
}

void TestDirectorySyncUi::anAdminSetsUpPreviewsAndAppliesASync()
{
    openAs(QStringLiteral("ada@example.org"));
    DirectorySyncDialog* dialog = openDialog();
    QVERIFY(dialog);
    auto* save = dialog->findChild<QPushButton*>(QStringLiteral("okButton"));
    QVERIFY(!save->isEnabled()); // nothing to save before an address is typed
    fillIn(dialog, m_ldap->caFile());
    QVERIFY2(save->isEnabled(), qPrintable(save->toolTip()));

    // Test Connection counts what a sync would see and lists the groups to choose from.
    dialog->findChild<QPushButton*>(QStringLiteral("testDirectory"))->click();
    auto* result = dialog->findChild<QLabel*>(QStringLiteral("testResult"));
    QTRY_VERIFY_WITH_TIMEOUT(result->property("good").isValid(), 10000);
    QVERIFY2(result->property("good").toBool(), qPrintable(result->text()));
    if (english()) {
        QVERIFY2(result->text().contains(QStringLiteral("People: 20")), qPrintable(result->text()));
    }
    QCOMPARE(dialog->findChild<QListWidget*>(QStringLiteral("chosenGroups"))->count(), 1);
    snapshot(dialog, QStringLiteral("directory-sync-settings"));

    // Preview: nothing changes yet, and every change is listed.
    SyncPreviewDialog* shown = preview(dialog);
    QVERIFY(shown);
    QCOMPARE(shown->report().plan.count(SyncChange::Added), 20);
    QCOMPARE(scalar(QStringLiteral("SELECT COUNT(*) FROM memberships")).toLongLong(), 2);
    QCOMPARE(scalar(QStringLiteral("SELECT url FROM sync_sources")).toString(), m_ldap->url()); // saved first
    auto* table = shown->findChild<QTableView*>(QStringLiteral("syncTable"));
    QAbstractItemModelTester tester(table->model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(table->model()->rowCount(), 21); // 20 people and the group
    if (english()) {
        QVERIFY2(shown->findChild<QLabel*>(QStringLiteral("syncSummary"))->text().contains(QStringLiteral("20 added")),
                 qPrintable(shown->findChild<QLabel*>(QStringLiteral("syncSummary"))->text()));
        QCOMPARE(table->model()->index(0, SyncOutcomeModel::Change).data().toString(), QStringLiteral("Would be added"));
    }
    snapshot(shown, QStringLiteral("directory-sync-preview"));

    applyFrom(shown);
    QCOMPARE(scalar(QStringLiteral("SELECT COUNT(*) FROM memberships WHERE source = 'directory'")).toLongLong(), 20);
    QCOMPARE(scalar(QStringLiteral("SELECT COUNT(*) FROM groups WHERE source = 'synced' AND source_dn LIKE 'cn=Engineering,%'")).toLongLong(), 1);
    if (english()) {
        QCOMPARE(table->model()->index(0, SyncOutcomeModel::Change).data().toString(), QStringLiteral("Added"));
    }
    snapshot(shown, QStringLiteral("directory-sync-applied"));
    // The settings dialog shows the run.
    QTRY_VERIFY(!dialog->findChild<QLabel*>(QStringLiteral("lastRun"))->text().contains(QStringLiteral("not synced")));
    // And the password is in the keychain, under this directory: a second opening finds it.
    shown->close();
    dialog->reject();
    QVERIFY(waitUntilClosed(dialog));
    DirectorySyncDialog* again = openDialog();
    QTRY_COMPARE(again->findChild<QLineEdit*>(QStringLiteral("directoryPassword"))->text(), LdapServer::bindPassword());
    again->reject();
}

void TestDirectorySyncUi::aMassDisableWaitsForTheTick()
{
    syncedBefore();
    QVERIFY(m_ldap->seed(people(5))); // 15 of the 20 are gone from the listing (a truncated export)
    openAs(QStringLiteral("ada@example.org"));
    DirectorySyncDialog* dialog = openDialog();
    QVERIFY(dialog);
    QTRY_COMPARE(dialog->findChild<QLineEdit*>(QStringLiteral("directoryUrl"))->text(), m_ldap->url());
    auto* password = dialog->findChild<QLineEdit*>(QStringLiteral("directoryPassword"));
    password->clear();
    QTest::keyClicks(password, LdapServer::bindPassword());
    SyncPreviewDialog* shown = preview(dialog);
    QVERIFY(shown);
    QCOMPARE(shown->report().plan.disables(), 15);
    auto* warning = shown->findChild<QLabel*>(QStringLiteral("syncWarning"));
    QVERIFY(warning->isVisible());
    if (english()) {
        QVERIFY2(warning->text().contains(QStringLiteral("15 of the 20")), qPrintable(warning->text()));
    }
    auto* apply = shown->findChild<QPushButton*>(QStringLiteral("applySync"));
    auto* tick = shown->findChild<QCheckBox*>(QStringLiteral("confirmDisables"));
    QVERIFY(tick->isVisible());
    QVERIFY(!apply->isEnabled());
    snapshot(shown, QStringLiteral("directory-sync-mass-disable"));
    tick->click();
    QVERIFY(apply->isEnabled());
    applyFrom(shown);
    QCOMPARE(scalar(QStringLiteral("SELECT COUNT(*) FROM memberships WHERE status = 'disabled'")).toLongLong(), 15);
    QCOMPARE(scalar(QStringLiteral("SELECT COUNT(*) FROM memberships WHERE status = 'deleted'")).toLongLong(), 0);
}

void TestDirectorySyncUi::aWrongCaIsRefusedAndNothingChanges()
{
    openAs(QStringLiteral("ada@example.org"));
    DirectorySyncDialog* dialog = openDialog();
    QVERIFY(dialog);
    fillIn(dialog, m_ldap->wrongCaFile());
    dialog->findChild<QPushButton*>(QStringLiteral("testDirectory"))->click();
    auto* result = dialog->findChild<QLabel*>(QStringLiteral("testResult"));
    QTRY_VERIFY_WITH_TIMEOUT(result->property("good").isValid(), 10000);
    QVERIFY(!result->property("good").toBool());
    SyncPreviewDialog* shown = preview(dialog);
    QVERIFY(shown);
    QVERIFY(shown->findChild<QLabel*>(QStringLiteral("syncWarning"))->isVisible());
    QVERIFY(!shown->findChild<QPushButton*>(QStringLiteral("applySync"))->isEnabled());
    snapshot(shown, QStringLiteral("directory-sync-wrong-ca"));
    QCOMPARE(scalar(QStringLiteral("SELECT COUNT(*) FROM memberships")).toLongLong(), 2);
}

void TestDirectorySyncUi::onlyAdminsSeeTheAction()
{
    openAs(QStringLiteral("mia@example.org"));
    QAction* action = m_window->findChild<QAction*>(QStringLiteral("directorySyncAction"));
    QVERIFY(action);
    QTRY_VERIFY(!action->isEnabled());
    QVERIFY(!action->toolTip().isEmpty()); // says why
}

void TestDirectorySyncUi::aScheduledRunSyncsAndStopsToAskWithoutAScreen()
{
    syncedBefore(60, false);
    // Ada's keychain holds the password for this directory (the dialog saved it once).
    const DirectorySource source = m_ldap->source();
    CredentialStore credentials;
    QFuture<Result<Done>> stored = credentials.write(ConnectionProfile::sqliteFile(m_path).keychainName(),
                                                     LdapServer::bindPassword(),
                                                     directoryPasswordKey(Id(1), source));
    QTRY_VERIFY_WITH_TIMEOUT(stored.isFinished(), 10000);
    if (!stored.result().ok()) {
        QSKIP(qPrintable(QStringLiteral("No keychain here: ") + stored.result().error().message));
    }

    openAs(QStringLiteral("ada@example.org"));
    auto* scheduled = m_window->findChild<ScheduledSync*>(QStringLiteral("scheduledSync"));
    QVERIFY(scheduled);
    QTRY_COMPARE(scheduled->intervalMinutes(), 60);
    QSignalSpy finished(scheduled, &ScheduledSync::finished);
    scheduled->runNow(); // the timer's step, without waiting an hour
    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 30000);
    QVERIFY2(!finished.first().at(1).toBool(), qPrintable(finished.first().at(0).toString()));
    QCOMPARE(scalar(QStringLiteral("SELECT COUNT(*) FROM memberships WHERE source = 'directory'")).toLongLong(), 20);
    QVERIFY(scalar(QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE action = 'workspace.directory_synced'")).toLongLong() == 1);

    // The next runs read only what changed since: a rename comes through.
    QTest::qWait(1100); // change times have whole seconds
    QVERIFY(m_ldap->modify(QStringLiteral("dn: %1\nchangetype: modify\nreplace: displayName\ndisplayName: Ada Lovelace\n")
                               .arg(LdapServer::personDn(QStringLiteral("p0001")))));
    scheduled->runNow();
    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 2, 30000);
    QVERIFY2(!finished.last().at(1).toBool(), qPrintable(finished.last().at(0).toString()));
    QCOMPARE(scalar(QStringLiteral("SELECT display_name FROM accounts WHERE email_key = 'p0001@example.org'")).toString(),
             QStringLiteral("Ada Lovelace"));

    // The directory answers empty (a broken export). A run of changes sees nothing to do; the
    // next complete run (due daily, and after the settings are saved) changes nothing either,
    // and says why.
    QVERIFY(m_ldap->seed({}));
    scheduled->runNow();
    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 3, 30000);
    QCOMPARE(scalar(QStringLiteral("SELECT COUNT(*) FROM memberships WHERE status = 'disabled'")).toLongLong(), 0);
    syncedBefore(60, false); // saved again: the whole directory is due
    scheduled->runNow();
    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 4, 30000);
    QVERIFY(finished.last().at(1).toBool());
    if (english()) {
        QVERIFY2(finished.last().at(0).toString().contains(QStringLiteral("without changing anything")),
                 qPrintable(finished.last().at(0).toString()));
    }
    QCOMPARE(scalar(QStringLiteral("SELECT COUNT(*) FROM memberships WHERE status = 'disabled'")).toLongLong(), 0);

    // A Manager signed in instead: nothing runs on their behalf.
    openAs(QStringLiteral("mia@example.org"));
    scheduled = m_window->findChild<ScheduledSync*>(QStringLiteral("scheduledSync"));
    QTest::qWait(200);
    QCOMPARE(scheduled->intervalMinutes(), 0);
}

int main(int argc, char** argv)
{
    QApplication app(argc, argv);
    // English unless asked otherwise, to look at the screens in another language.
    installTranslations(app, qEnvironmentVariable("USHER_TEST_LANGUAGE", QStringLiteral("en")));
    TestDirectorySyncUi test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_directorysyncui.moc"
