#include "connection/credentialstore.h"
#include "connection/session.h"
#include "connection/sql/sqlbackend.h"
#include "core/i18n.h"
#include "testsupport.h"
#include "ui/common/databaseerrordialog.h"
#include "ui/connection/connectionsdialog.h"
#include "ui/mainwindow.h"

#include <QApplication>
#include <QComboBox>
#include <QFile>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTableView>
#include <QTest>
#include <QTcpServer>
#include <QTimer>

using namespace usher;
using namespace usher::test;

/// Connection profiles as a person manages them: the dialog, the keychain, the switcher and
/// the password prompt, against the test PostgreSQL server and the test keyring.
class TestConnections : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void init();
    void cleanupTestCase();
    void addTestAndSaveAServer();
    void wrongPasswordIsShownInTheDialog();
    void testingChangesNothing();
    void removeDeletesProfileAndPassword();
    void switcherOpensAProfileWithItsSavedPassword();
    void promptAsksAgainAfterAWrongPassword();
    void unreachableServerOffersRetryEditOrLocal();
    void eachKindShowsItsOwnRowsAndSavesWhatItShows();
    void profilesOfAKindThisUsherDoesNotKnowAreKept();
    void theOpenConnectionIsShownAndSavedWhenItIsNotInTheList();

private:
    static BackendFactory factory()
    {
        return [](const ConnectionProfile& profile, const QString& password) -> std::unique_ptr<Backend> {
            return std::make_unique<sql::SqlBackend>(profile, password);
        };
    }
    /// A session making backends as the application does, through which the dialog tests.
    Session* testSession()
    {
        if (!m_session) {
            m_session = std::make_unique<Session>();
            m_session->setBackendFactory(factory());
        }
        return m_session.get();
    }
    std::unique_ptr<Session> m_session;
    template<typename T>
    T wait(QFuture<T> future)
    {
        if (!QTest::qWaitFor([&] { return future.isFinished(); }, 20000)) {
            qFatal("No answer within 20 s");
        }
        return future.result();
    }
    /// Answers the next modal message box with `button` (the confirmation helper).
    static void answerNextMessageBox(QMessageBox::StandardButton button)
    {
        auto* timer = new QTimer(qApp);
        QObject::connect(timer, &QTimer::timeout, timer, [timer, button] {
            if (auto* box = qobject_cast<QMessageBox*>(QApplication::activeModalWidget())) {
                timer->deleteLater();
                box->button(button)->click();
            }
        });
        timer->start(20);
    }
    void fillServerForm(ConnectionsDialog& dialog, const QString& name, const QString& password);
    /// Saves a picture of `widget` when USHER_SCREENSHOT_DIR is set, for looking at the screens.
    static void snapshot(QWidget* widget, const QString& name)
    {
        const QString dir = qEnvironmentVariable("USHER_SCREENSHOT_DIR");
        if (!dir.isEmpty()) {
            widget->grab().save(dir + QLatin1Char('/') + name + QStringLiteral(".png"));
        }
    }
    QString statusOf(ConnectionsDialog& dialog)
    {
        return dialog.findChild<QLabel*>(QStringLiteral("statusLabel"))->text();
    }

    std::unique_ptr<TestDatabase> m_db;
    CredentialStore* m_credentials = nullptr;
};

void TestConnections::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("UsherTests"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_connections"));
    QVERIFY2(usingPostgres(), "run with USHER_TEST_BACKEND=postgres (CTest does)");
    m_db = std::make_unique<TestDatabase>(QStringLiteral("connections"));
    m_db->seed(standardSeed());
    m_credentials = new CredentialStore(this);
}

void TestConnections::init()
{
    wait(m_credentials->forgetAll());
    QSettings().clear();
}

void TestConnections::cleanupTestCase()
{
    wait(m_credentials->forgetAll());
    m_db.reset();
}

void TestConnections::fillServerForm(ConnectionsDialog& dialog, const QString& name, const QString& password)
{
    const PostgresServer& server = *m_db->profile().server();
    dialog.findChild<QLineEdit*>(QStringLiteral("nameField"))->setText(name);
    dialog.findChild<QComboBox*>(QStringLiteral("kindCombo"))->setCurrentIndex(1);
    dialog.findChild<QLineEdit*>(QStringLiteral("hostField"))->setText(server.host);
    dialog.findChild<QSpinBox*>(QStringLiteral("portField"))->setValue(server.port);
    dialog.findChild<QLineEdit*>(QStringLiteral("databaseField"))->setText(server.database);
    dialog.findChild<QLineEdit*>(QStringLiteral("userField"))->setText(server.user);
    auto* tls = dialog.findChild<QComboBox*>(QStringLiteral("tlsCombo"));
    tls->setCurrentIndex(tls->findData(QStringLiteral("require")));
    QLineEdit* passwordField = dialog.findChild<QLineEdit*>(QStringLiteral("passwordField"));
    passwordField->clear();
    QTest::keyClicks(passwordField, password);
}

void TestConnections::addTestAndSaveAServer()
{
    ConnectionsDialog dialog(testSession(), m_credentials);
    dialog.show();
    fillServerForm(dialog, QStringLiteral("Team server"), m_db->password());
    QTest::mouseClick(dialog.findChild<QPushButton*>(QStringLiteral("testButton")), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(statusOf(dialog).startsWith(QStringLiteral("Connected to PostgreSQL")), 10000);

    QTest::mouseClick(dialog.findChild<QPushButton*>(QStringLiteral("saveButton")), Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(statusOf(dialog), QStringLiteral("Saved, with the password in the keychain."), 10000);
    const auto saved = ProfileStore().find(QStringLiteral("Team server"));
    QVERIFY(saved);
    QCOMPARE(saved->server()->database, m_db->profile().server()->database);
    QCOMPARE(wait(m_credentials->read(QStringLiteral("Team server"))).value(), m_db->password());
    QSettings().sync();
    QFile settings(QSettings().fileName());
    QVERIFY(settings.open(QIODevice::ReadOnly));
    QVERIFY(!settings.readAll().contains(m_db->password().toUtf8()));
    QCOMPARE(dialog.findChild<QListWidget*>(QStringLiteral("connectionList"))->currentItem()->text(),
             QStringLiteral("Team server"));
    snapshot(&dialog, QStringLiteral("connections"));
}

void TestConnections::wrongPasswordIsShownInTheDialog()
{
    ConnectionsDialog dialog(testSession(), m_credentials);
    dialog.show();
    fillServerForm(dialog, QStringLiteral("Typo"), QStringLiteral("wrong-password"));
    QTest::mouseClick(dialog.findChild<QPushButton*>(QStringLiteral("testButton")), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(statusOf(dialog).contains(QStringLiteral("refused the user name")), 10000);
    QVERIFY(!ProfileStore().find(QStringLiteral("Typo"))); // testing saves nothing
}

void TestConnections::testingChangesNothing()
{
    // An empty database on the server: testing reports it, and leaves it empty.
    TestDatabase empty(QStringLiteral("empty"));
    ConnectionsDialog dialog(testSession(), m_credentials);
    dialog.show();
    fillServerForm(dialog, QStringLiteral("Fresh"), m_db->password());
    dialog.findChild<QLineEdit*>(QStringLiteral("databaseField"))->setText(empty.profile().server()->database);
    QTest::mouseClick(dialog.findChild<QPushButton*>(QStringLiteral("testButton")), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(statusOf(dialog).contains(QStringLiteral("The database is empty")), 10000);
    DirectSql direct(empty);
    QVERIFY(direct.db().tables().isEmpty());
}

void TestConnections::removeDeletesProfileAndPassword()
{
    {
        ConnectionsDialog dialog(testSession(), m_credentials);
        fillServerForm(dialog, QStringLiteral("Old"), m_db->password());
        QTest::mouseClick(dialog.findChild<QPushButton*>(QStringLiteral("saveButton")), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(m_credentials->storedKeys().contains(CredentialStore::keyFor(QStringLiteral("Old"))),
                                 10000);
    }
    ConnectionsDialog dialog(testSession(), m_credentials);
    dialog.show();
    dialog.select(QStringLiteral("Old"));
    answerNextMessageBox(QMessageBox::Yes);
    QTest::mouseClick(dialog.findChild<QPushButton*>(QStringLiteral("removeButton")), Qt::LeftButton);
    QTRY_VERIFY(!ProfileStore().find(QStringLiteral("Old")));
    QTRY_VERIFY_WITH_TIMEOUT(m_credentials->storedKeys().isEmpty(), 10000);
    QCOMPARE(wait(m_credentials->read(QStringLiteral("Old"))).error().kind, BackendError::Kind::NotFound);
}

void TestConnections::switcherOpensAProfileWithItsSavedPassword()
{
    ConnectionProfile profile = m_db->profile();
    profile.name = QStringLiteral("Shared");
    ProfileStore().save(profile);
    QVERIFY(wait(m_credentials->write(QStringLiteral("Shared"), m_db->password())).ok());

    MainWindow window(factory());
    window.show();
    auto* switcher = window.findChild<QComboBox*>(QStringLiteral("connectionSwitcher"));
    const int index = switcher->findData(QStringLiteral("Shared"));
    QVERIFY(index > 0);
    switcher->setCurrentIndex(index);
    emit switcher->activated(index);
    auto* table = window.findChild<QTableView*>(QStringLiteral("usersTable"));
    QTRY_COMPARE_WITH_TIMEOUT(table->model() ? table->model()->rowCount() : -1, 11, 10000);
    QCOMPARE(window.profile().name, QStringLiteral("Shared"));
    QCOMPARE(ProfileStore().lastUsed(), QStringLiteral("Shared"));
    QVERIFY(window.windowTitle().contains(QStringLiteral("Shared")));
}

void TestConnections::promptAsksAgainAfterAWrongPassword()
{
    ConnectionProfile profile = m_db->profile();
    profile.name = QStringLiteral("Asked");
    ProfileStore().save(profile);

    MainWindow window(factory());
    window.show();
    window.openProfile(profile);
    QDialog* prompt = nullptr;
    QTRY_VERIFY((prompt = window.findChild<QDialog*>(QStringLiteral("passwordDialog"))) && prompt->isVisible());
    QTest::keyClicks(prompt->findChild<QLineEdit*>(QStringLiteral("passwordField")), QStringLiteral("nope"));
    prompt->accept();

    // Refused: asked again, saying why.
    QTRY_VERIFY_WITH_TIMEOUT(window.findChild<QLabel*>(QStringLiteral("problemLabel")), 10000);
    prompt = window.findChild<QDialog*>(QStringLiteral("passwordDialog"));
    QVERIFY(window.findChild<QLabel*>(QStringLiteral("problemLabel"))->text().contains(QStringLiteral("refused")));
    snapshot(prompt, QStringLiteral("password"));
    QTest::keyClicks(prompt->findChild<QLineEdit*>(QStringLiteral("passwordField")), m_db->password());
    prompt->accept();
    auto* table = window.findChild<QTableView*>(QStringLiteral("usersTable"));
    QTRY_COMPARE_WITH_TIMEOUT(table->model() ? table->model()->rowCount() : -1, 11, 10000);
    // "Remember" was on: the keychain has it now, and nothing else does.
    QTRY_COMPARE_WITH_TIMEOUT(wait(m_credentials->read(QStringLiteral("Asked"))).value(), m_db->password(), 10000);
}

void TestConnections::unreachableServerOffersRetryEditOrLocal()
{
    ConnectionProfile profile = m_db->profile();
    profile.name = QStringLiteral("Down");
    QTcpServer probe; // a port nobody listens on
    QVERIFY(probe.listen(QHostAddress::LocalHost));
    profile.server()->port = probe.serverPort();
    probe.close();
    ProfileStore().save(profile);
    QVERIFY(wait(m_credentials->write(QStringLiteral("Down"), QStringLiteral("whatever"))).ok());

    MainWindow window(factory());
    window.show();
    QSignalSpy failed(&window, &MainWindow::databaseFailed);
    window.openProfile(profile);
    QTRY_COMPARE_WITH_TIMEOUT(failed.count(), 1, 10000);
    auto* dialog = window.findChild<DatabaseErrorDialog*>();
    QVERIFY(dialog);
    QTRY_VERIFY(dialog->isVisible());
    QVERIFY(dialog->reasonText().contains(QStringLiteral("Cannot reach the PostgreSQL server")));
    QVERIFY(dialog->findChild<QPushButton*>(QStringLiteral("retryButton")));
    QVERIFY(dialog->findChild<QPushButton*>(QStringLiteral("editConnectionButton")));
    QVERIFY(!dialog->findChild<QPushButton*>(QStringLiteral("openAnotherButton"))); // that is for files
    snapshot(dialog, QStringLiteral("server-error"));
    // "Edit Connection…" opens the connections dialog on this profile.
    QTest::mouseClick(dialog->findChild<QPushButton*>(QStringLiteral("editConnectionButton")), Qt::LeftButton);
    ConnectionsDialog* connections = nullptr;
    QTRY_VERIFY((connections = window.findChild<ConnectionsDialog*>()) && connections->isVisible());
    QCOMPARE(connections->findChild<QLineEdit*>(QStringLiteral("nameField"))->text(), QStringLiteral("Down"));
    QCOMPARE(connections->findChild<QSpinBox*>(QStringLiteral("portField"))->value(), int(profile.server()->port));
    connections->reject();
}


void TestConnections::eachKindShowsItsOwnRowsAndSavesWhatItShows()
{
    // One profile of each kind, as saved before the dialog opens.
    ProfileStore store;
    ConnectionProfile file = ConnectionProfile::sqliteFile(QStringLiteral("/tmp/people of 2026.usher"));
    file.name = QStringLiteral("File");
    file.workspace = QStringLiteral("north");
    store.save(file);
    PostgresServer server;
    server.host = QStringLiteral("db.example.org");
    server.port = 6543;
    server.database = QStringLiteral("people");
    server.user = QStringLiteral("ada");
    server.tls = TlsMode::Require;
    store.save(ConnectionProfile::postgresServer(QStringLiteral("Server"), server));
    ConnectionProfile service;
    service.name = QStringLiteral("Service");
    ScimService scim;
    scim.baseUrl = QStringLiteral("https://idp.example.org/scim/v2");
    scim.auth = ScimAuth::ClientCredentials;
    scim.tokenUrl = QStringLiteral("https://idp.example.org/oauth2/token");
    scim.clientId = QStringLiteral("usher");
    scim.scope = QStringLiteral("api://usher/.default");
    scim.roleAttribute = QStringLiteral("urn:ietf:params:scim:schemas:extension:enterprise:2.0:User:division");
    scim.timeoutSeconds = 12;
    service.target = scim;
    store.save(service);
    const QList<ConnectionProfile> before = store.profiles();
    QCOMPARE(before.size(), 3);

    ConnectionsDialog dialog(testSession(), m_credentials);
    dialog.show();
    auto* fileField = dialog.findChild<QLineEdit*>(QStringLiteral("fileField"));
    auto* hostField = dialog.findChild<QLineEdit*>(QStringLiteral("hostField"));
    auto* passwordField = dialog.findChild<QLineEdit*>(QStringLiteral("passwordField"));
    auto* kind = dialog.findChild<QComboBox*>(QStringLiteral("kindCombo"));
    for (const ConnectionProfile& profile : before) {
        dialog.select(profile.name);
        QCOMPARE(kind->currentIndex(), int(profile.kind()));
        // Only the rows of the profile's kind, and a password only where the kind needs one.
        QCOMPARE(fileField->isVisible(), profile.isLocalFile());
        QCOMPARE(hostField->isVisible(), profile.kind() == ConnectionProfile::Kind::Postgres);
        QCOMPARE(dialog.findChild<QLineEdit*>(QStringLiteral("scimUrlField"))->isVisible(),
                 profile.kind() == ConnectionProfile::Kind::Scim);
        QCOMPARE(dialog.findChild<QLineEdit*>(QStringLiteral("scimClientIdField"))->isVisible(),
                 profile.kind() == ConnectionProfile::Kind::Scim);
        QCOMPARE(dialog.findChild<QLineEdit*>(QStringLiteral("workspaceField"))->isVisible(),
                 profile.kind() != ConnectionProfile::Kind::Scim); // a service is one workspace
        QCOMPARE(passwordField->isVisible(), profile.needsPassword());
        if (profile.kind() == ConnectionProfile::Kind::Scim) {
            auto* form = passwordField->parentWidget()->findChildren<QFormLayout*>().value(0);
            auto* label = form ? qobject_cast<QLabel*>(form->labelForField(passwordField)) : nullptr;
            QVERIFY(label);
            QCOMPARE(label->text(), QStringLiteral("Client &secret:"));
            // Right below the client it belongs to (its id, then the scope it asks for).
            int secretRow = -1;
            int clientRow = -1;
            int scopeRow = -1;
            QFormLayout::ItemRole role {};
            form->getWidgetPosition(passwordField, &secretRow, &role);
            form->getWidgetPosition(dialog.findChild<QLineEdit*>(QStringLiteral("scimClientIdField")), &clientRow, &role);
            form->getWidgetPosition(dialog.findChild<QLineEdit*>(QStringLiteral("scimScopeField")), &scopeRow, &role);
            QCOMPARE(scopeRow, clientRow + 1);
            QCOMPARE(secretRow, scopeRow + 1);
        }
        QCoreApplication::sendPostedEvents(nullptr, QEvent::LayoutRequest);
        // Saving what is shown changes nothing: every kind-specific field went through the form.
        QTest::mouseClick(dialog.findChild<QPushButton*>(QStringLiteral("saveButton")), Qt::LeftButton);
        QCOMPARE(store.find(profile.name), std::optional<ConnectionProfile>(profile));
        snapshot(&dialog, QStringLiteral("connections-") + profile.name.toLower());
    }

    // Back to the server after the service: its password sits below its user again.
    dialog.select(QStringLiteral("Server"));
    {
        auto* form = passwordField->parentWidget()->findChildren<QFormLayout*>().value(0);
        int secretRow = -1;
        int userRow = -1;
        QFormLayout::ItemRole role {};
        form->getWidgetPosition(passwordField, &secretRow, &role);
        form->getWidgetPosition(dialog.findChild<QLineEdit*>(QStringLiteral("userField")), &userRow, &role);
        QCOMPARE(secretRow, userRow + 1);
    }

    // Switching the kind of the form shows the other kind's rows; a new profile starts as a server.
    dialog.select(QStringLiteral("Server"));
    kind->setCurrentIndex(int(ConnectionProfile::Kind::Sqlite));
    QVERIFY(fileField->isVisible());
    QVERIFY(!hostField->isVisible());
    QVERIFY(!passwordField->isVisible());
    QTest::mouseClick(dialog.findChild<QPushButton*>(QStringLiteral("addButton")), Qt::LeftButton);
    QCOMPARE(kind->currentIndex(), int(ConnectionProfile::Kind::Postgres));
    QCOMPARE(hostField->text(), QStringLiteral("localhost"));
    QVERIFY(passwordField->isVisible());

    // The server seen, then the file: turning the file into a server starts from a new
    // server's fields, never the one seen before (saving would point the file's name at it).
    dialog.select(QStringLiteral("Server"));
    dialog.select(QStringLiteral("File"));
    kind->setCurrentIndex(int(ConnectionProfile::Kind::Postgres));
    QVERIFY(hostField->isVisible());
    QCOMPARE(hostField->text(), QStringLiteral("localhost"));
    kind->setCurrentIndex(int(ConnectionProfile::Kind::Sqlite));
    QCOMPARE(fileField->text(), file.file()->path);
    // And the other way round: a file seen before a server does not follow it.
    dialog.select(QStringLiteral("Server"));
    kind->setCurrentIndex(int(ConnectionProfile::Kind::Sqlite));
    QVERIFY(fileField->text() != file.file()->path);
}

void TestConnections::profilesOfAKindThisUsherDoesNotKnowAreKept()
{
    // A settings file shared with a newer Usher that saved a kind of connection this one does
    // not know, beside one saved before profiles had kinds at all.
    {
        QSettings settings;
        settings.beginWriteArray(QStringLiteral("connections/profiles"), 2);
        settings.setArrayIndex(0);
        settings.setValue(QStringLiteral("name"), QStringLiteral("Directory"));
        settings.setValue(QStringLiteral("kind"), QStringLiteral("carrier-pigeon"));
        settings.setValue(QStringLiteral("loft"), QStringLiteral("https://loft.example.org/v2"));
        settings.setArrayIndex(1);
        settings.setValue(QStringLiteral("name"), QStringLiteral("Old file"));
        settings.setValue(QStringLiteral("file"), QStringLiteral("/tmp/old.usher"));
        settings.endArray();
    }
    ProfileStore store;
    const QList<ConnectionProfile> offered = store.profiles();
    QCOMPARE(offered.size(), 1); // the unknown kind is not offered as something it is not
    QCOMPARE(offered.first().name, QStringLiteral("Old file"));
    QVERIFY(offered.first().isLocalFile());
    QCOMPARE(offered.first().file()->path, QStringLiteral("/tmp/old.usher"));

    // Adding, renaming and removing our profiles leaves the other one as it was.
    PostgresServer server;
    server.host = QStringLiteral("db.example.org");
    server.database = QStringLiteral("people");
    server.user = QStringLiteral("ada");
    store.save(ConnectionProfile::postgresServer(QStringLiteral("Server"), server));
    ConnectionProfile renamed = offered.first();
    renamed.name = QStringLiteral("Renamed file");
    store.save(renamed, QStringLiteral("Old file"));
    store.remove(QStringLiteral("Server"));
    QCOMPARE(store.profiles().size(), 1);
    QCOMPARE(store.profiles().first().name, QStringLiteral("Renamed file"));
    QSettings settings;
    const int count = settings.beginReadArray(QStringLiteral("connections/profiles"));
    QStringList loft;
    for (int i = 0; i < count; ++i) {
        settings.setArrayIndex(i);
        if (settings.value(QStringLiteral("kind")).toString() == QLatin1String("carrier-pigeon")) {
            loft.append(settings.value(QStringLiteral("name")).toString() + QLatin1Char(' ')
                        + settings.value(QStringLiteral("loft")).toString());
        }
    }
    settings.endArray();
    QCOMPARE(loft, QStringList{QStringLiteral("Directory https://loft.example.org/v2")});
}

void TestConnections::theOpenConnectionIsShownAndSavedWhenItIsNotInTheList()
{
    ProfileStore store;
    PostgresServer server;
    server.host = QStringLiteral("db.example.org");
    server.database = QStringLiteral("people");
    server.user = QStringLiteral("ada");
    store.save(ConnectionProfile::postgresServer(QStringLiteral("Server"), server));

    // A file opened by hand: shown as a new SQLite profile, not as a blank server.
    const ConnectionProfile opened = ConnectionProfile::sqliteFile(QStringLiteral("/tmp/by hand/people.usher"));
    ConnectionsDialog dialog(testSession(), m_credentials);
    dialog.show();
    dialog.showOpen(opened);
    auto* list = dialog.findChild<QListWidget*>(QStringLiteral("connectionList"));
    QCOMPARE(list->selectedItems().size(), 0);
    QCOMPARE(dialog.findChild<QComboBox*>(QStringLiteral("kindCombo"))->currentIndex(),
             int(ConnectionProfile::Kind::Sqlite));
    QCOMPARE(dialog.findChild<QLineEdit*>(QStringLiteral("fileField"))->text(), opened.file()->path);
    QCOMPARE(dialog.findChild<QLineEdit*>(QStringLiteral("nameField"))->text(), QStringLiteral("people.usher"));
    QVERIFY(statusOf(dialog).contains(QStringLiteral("not saved")));
    QCOMPARE(store.profiles().size(), 1); // showing saves nothing

    // Save keeps it; shown again, it is selected in the list like any other.
    QTest::mouseClick(dialog.findChild<QPushButton*>(QStringLiteral("saveButton")), Qt::LeftButton);
    QCOMPARE(store.find(QStringLiteral("people.usher")), std::optional<ConnectionProfile>(opened));
    dialog.showOpen(opened);
    QCOMPARE(list->currentItem()->text(), QStringLiteral("people.usher"));
    dialog.showOpen(*store.find(QStringLiteral("Server")));
    QCOMPARE(list->currentItem()->text(), QStringLiteral("Server"));
    QCOMPARE(dialog.findChild<QComboBox*>(QStringLiteral("kindCombo"))->currentIndex(),
             int(ConnectionProfile::Kind::Postgres));
}

int main(int argc, char* argv[])
{
    QApplication app(argc, argv);
    installTranslations(app, qEnvironmentVariable("USHER_TEST_LANGUAGE", QStringLiteral("en")));
    TestConnections test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_connections.moc"
