// The main window on a SCIM profile, against the real SCIM test service (SCIMMY) with 10,000
// people: the token asked for, the list paged to its end, a search, a disable sent with the
// person's ETag, and a change made elsewhere in between answered 412 and offered a reload.

#include "connection/backendregistry.h"
#include "guitest.h"
#include "models/groupsmodel.h"
#include "models/usersmodel.h"
#include "scimserver.h"
#include "testsupport.h"
#include "ui/common/bulkresultdialog.h"
#include "ui/groups/groupsview.h"
#include "ui/mainwindow.h"
#include "ui/users/changeconfirmdialog.h"
#include "ui/users/deleteconfirmdialog.h"
#include "ui/users/memberactions.h"
#include "ui/users/usereditdialog.h"
#include "ui/users/usersview.h"

#include <QAbstractItemModel>
#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QHeaderView>
#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QScrollBar>
#include <QTableView>
#include <QTableWidget>
#include <QTest>
#include <QTreeView>

using namespace usher;
using namespace usher::test;

class TestScimUi : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void theTokenIsAskedForAndTheListPagesToTheEnd();
    void searchAndWhatTheServiceCannotDo();
    void disableSendsTheETagAndAConflictOffersReload();
    void theGroupsPageShowsTheServicesGroups();
    void aTokenWithdrawnMidSessionIsAskedForAgain();

private:
    void openWindow();
    QTableView* table() const { return m_window->usersView()->table(); }
    /// Selects the row of `email` in the table as it is listed now.
    void selectEmail(const QString& email);

    std::unique_ptr<ScimServer> m_server;
    MainWindow* m_window = nullptr;
};

void TestScimUi::initTestCase()
{
    useOwnSettings(QStringLiteral("tst_scimui"));
    m_server = std::make_unique<ScimServer>();
    QVERIFY2(m_server->isRunning(), "the SCIM test server (node tests/scim/server.mjs) must start");
}

void TestScimUi::init()
{
    QSettings().clear();
    QVERIFY(!m_server->reset(10'000, 3).isEmpty());
}

void TestScimUi::cleanup()
{
    delete m_window;
    m_window = nullptr;
}

void TestScimUi::openWindow()
{
    m_window = new MainWindow(
        [](const ConnectionProfile& profile, const QString& secret) { return makeBackend(profile, secret); });
    m_window->resize(1280, 800);
    m_window->show();
    m_window->openProfile(m_server->profile());
    QDialog* prompt = nullptr;
    QTRY_VERIFY((prompt = m_window->findChild<QDialog*>(QStringLiteral("passwordDialog"))) && prompt->isVisible());
    QVERIFY(prompt->windowTitle().startsWith(QStringLiteral("Token for")));
    prompt->findChild<QCheckBox*>(QStringLiteral("rememberCheck"))->setChecked(false);
    QTest::keyClicks(prompt->findChild<QLineEdit*>(QStringLiteral("passwordField")), ScimServer::token());
    prompt->accept();
    QTRY_VERIFY_WITH_TIMEOUT(table()->model() && table()->model()->rowCount() == 10'000, 20000);
    QTRY_VERIFY(m_window->currentOperator().has_value());
}

void TestScimUi::selectEmail(const QString& email)
{
    auto* model = qobject_cast<UsersModel*>(table()->model());
    QTRY_VERIFY(model->rowCount() > 0 && model->index(0, 0).data(UsersModel::LoadedRole).toBool());
    for (int row = 0; row < model->rowCount(); ++row) {
        if (model->index(row, UsersModel::EmailColumn).data().toString() == email) {
            table()->clearSelection();
            table()->selectRow(row);
            return;
        }
    }
    QFAIL(qPrintable(QStringLiteral("%1 is not listed").arg(email)));
}

void TestScimUi::theTokenIsAskedForAndTheListPagesToTheEnd()
{
    openWindow();
    // The token's holder acts: nobody is asked to sign in.
    QCOMPARE(m_window->currentOperator()->email, QStringLiteral("ada.lovelace.0@example.org"));
    QCOMPARE(m_window->currentOperator()->role, Role::Admin);
    // Only the views a service can answer: no invitations, nobody deleted, no last sign-in.
    auto* views = m_window->findChild<QTreeView*>(QStringLiteral("savedViews"));
    QCOMPARE(views->model()->rowCount(), 2);
    // To the end of 10,000, a screen at a time as a person scrolls, with a small page cache:
    // pages scrolled past are let go, so memory stays flat however far one scrolls.
    auto* model = qobject_cast<UsersModel*>(table()->model());
    model->setMaxCachedPages(4);
    QScrollBar* bar = table()->verticalScrollBar();
    for (int step = 0; step <= 20; ++step) {
        bar->setValue(bar->maximum() * step / 20);
        const int row = table()->rowAt(table()->viewport()->height() / 2);
        QTRY_VERIFY_WITH_TIMEOUT(model->index(row, 0).data(UsersModel::LoadedRole).toBool(), 10000);
        QVERIFY(model->cachedPageCount() <= 4);
    }
    QTRY_VERIFY_WITH_TIMEOUT(model->index(9'999, 0).data(UsersModel::LoadedRole).toBool(), 20000);
    QVERIFY(!model->index(9'999, UsersModel::EmailColumn).data().toString().isEmpty());
    snapshot(m_window, QStringLiteral("scim-users-end"));
    QVERIFY(!model->index(0, 0).data(UsersModel::LoadedRole).toBool());
    auto* note = m_window->findChild<QLabel*>(QStringLiteral("serviceNote"));
    // This service searches by any part and keeps its order, but tells capitals apart: said.
    QTRY_VERIFY(note->isVisible());
    QVERIFY2(note->text().contains(QStringLiteral("capitals")), qPrintable(note->text()));
    // No column or filter for what a service does not say: "Never signed in" would be untrue.
    QVERIFY(table()->horizontalHeader()->isSectionHidden(UsersModel::LastSeenColumn));
    auto* status = m_window->findChild<QComboBox*>(QStringLiteral("statusFilter"));
    QVERIFY(status);
    QCOMPARE(status->count(), 3); // all, active, disabled: nobody is invited or deleted on a service
    QCOMPARE(status->findData(QStringLiteral("invited")), -1);
}

void TestScimUi::searchAndWhatTheServiceCannotDo()
{
    m_server->setFaults({{QStringLiteral("rejectOperators"), QJsonArray {QStringLiteral("co")}}});
    openWindow();
    auto* note = m_window->findChild<QLabel*>(QStringLiteral("serviceNote"));
    QTRY_VERIFY(note->isVisible());
    QVERIFY2(note->text().contains(QStringLiteral("start with")), qPrintable(note->text()));
    auto* search = m_window->findChild<QLineEdit*>(QStringLiteral("searchField"));
    QTest::keyClicks(search, QStringLiteral("Grace"));
    auto* model = qobject_cast<UsersModel*>(table()->model());
    QTRY_VERIFY_WITH_TIMEOUT(model->rowCount() == 400, 10000); // every "Grace", found by the start of her name
    QTRY_VERIFY(model->index(0, 0).data(UsersModel::LoadedRole).toBool());
    QVERIFY(model->index(0, UsersModel::NameColumn).data().toString().startsWith(QStringLiteral("Grace")));
    snapshot(m_window, QStringLiteral("scim-search-sw"));
    // A column the service cannot sort by keeps the order, and says why.
    QHeaderView* header = table()->horizontalHeader();
    const UserSort before = model->sortOrder();
    header->setSortIndicator(UsersModel::GroupsColumn, Qt::AscendingOrder);
    QCOMPARE(model->sortOrder().field, before.field);
    QCOMPARE(header->sortIndicatorSection(), UsersModel::NameColumn);
    // Delete is the service's: at once and for good, and confirmed as such.
    const QString email = model->index(0, UsersModel::EmailColumn).data().toString();
    selectEmail(email);
    QTRY_VERIFY(m_window->memberActions()->disableAction()->isEnabled());
    QAction* remove = m_window->memberActions()->deleteAction();
    QVERIFY(remove->isEnabled());
    QVERIFY2(remove->toolTip().contains(QStringLiteral("for good")), qPrintable(remove->toolTip()));
    remove->trigger();
    auto* confirm = waitForDialog<DeleteConfirmDialog>(m_window, QStringLiteral("deleteConfirmDialog"));
    const QStringList said = [confirm] {
        QStringList texts;
        for (const QLabel* label : confirm->findChildren<QLabel*>()) {
            texts.append(label->text());
        }
        return texts;
    }();
    QVERIFY2(said.join(QLatin1Char(' ')).contains(QStringLiteral("cannot bring them back")), qPrintable(said.join(QLatin1Char(' '))));
    QVERIFY(!said.join(QLatin1Char(' ')).contains(QStringLiteral("Deleted view. You can restore")));
    QVERIFY(!confirm->findChild<QLineEdit*>(QStringLiteral("reasonField"))); // no audit log to keep a reason
    snapshot(confirm, QStringLiteral("scim-delete-confirm"));
    auto* deleteButton = confirm->findChild<QPushButton*>(QStringLiteral("deleteButton"));
    QVERIFY(!deleteButton->isEnabled());
    QTest::keyClicks(confirm->findChild<QLineEdit*>(QStringLiteral("confirmField")), email);
    QVERIFY(deleteButton->isEnabled());
    deleteButton->click();
    QTRY_COMPARE_WITH_TIMEOUT(m_server->stats().value(QStringLiteral("DELETE /Users")).toInt(), 1, 10000);
    QTRY_COMPARE_WITH_TIMEOUT(model->rowCount(), 399, 10000); // gone from the search it was found by
    // What a service cannot do is disabled with the reason.
    QTRY_VERIFY(model->index(0, 0).data(UsersModel::LoadedRole).toBool());
    selectEmail(model->index(0, UsersModel::EmailColumn).data().toString());
    QTRY_VERIFY(m_window->memberActions()->deleteAction()->isEnabled());
    QVERIFY(!m_window->memberActions()->restoreAction()->isEnabled());
    QVERIFY2(m_window->memberActions()->restoreAction()->toolTip().contains(QStringLiteral("no Deleted view")),
             qPrintable(m_window->memberActions()->restoreAction()->toolTip()));
}

void TestScimUi::disableSendsTheETagAndAConflictOffersReload()
{
    openWindow();
    auto* model = qobject_cast<UsersModel*>(table()->model());
    QTRY_VERIFY(model->index(3, 0).data(UsersModel::LoadedRole).toBool());
    const QString email = model->index(3, UsersModel::EmailColumn).data().toString();
    const auto [found, list] = m_server->request(
        "GET", QStringLiteral("/Users?filter=userName%20eq%20%22") + email + QStringLiteral("%22"));
    QCOMPARE(found, 200);
    const QString id = list.value(QStringLiteral("Resources")).toArray().first().toObject().value(QStringLiteral("id")).toString();
    selectEmail(email);
    QTRY_VERIFY(m_window->memberActions()->disableAction()->isEnabled());
    m_window->memberActions()->disableAction()->trigger();
    auto* confirm = waitForDialog<ChangeConfirmDialog>(m_window, QStringLiteral("confirmChange"));
    confirm->findChild<QPushButton*>(QStringLiteral("confirmButton"))->click();
    QTRY_VERIFY_WITH_TIMEOUT(!m_server->request("GET", QStringLiteral("/Users/") + id).second.value(QStringLiteral("active")).toBool(true),
                             10000);
    QTRY_COMPARE(model->index(3, UsersModel::StatusColumn).data(UsersModel::StatusKeyRole).toString(), QStringLiteral("disabled"));

    // Edit the next person while another admin renames them: the service answers 412, and the
    // dialog offers to reload what the service holds now.
    QTRY_VERIFY(model->index(4, 0).data(UsersModel::LoadedRole).toBool());
    const QString other = model->index(4, UsersModel::EmailColumn).data().toString();
    selectEmail(other);
    QTRY_VERIFY(m_window->memberActions()->editAction()->isEnabled());
    m_window->memberActions()->editAction()->trigger();
    auto* dialog = waitForDialog<UserEditDialog>(m_window, QStringLiteral("userEditDialog"));
    auto* last = dialog->findChild<QLineEdit*>(QStringLiteral("lastNameField"));
    QTRY_VERIFY(!last->text().isEmpty());
    QVERIFY(!dialog->findChild<QLabel*>(QStringLiteral("avatarPreview"))); // pictures stay the service's
    const auto [listed, answer] = m_server->request(
        "GET", QStringLiteral("/Users?filter=userName%20eq%20%22") + other + QStringLiteral("%22"));
    QCOMPARE(listed, 200);
    const QString otherId = answer.value(QStringLiteral("Resources")).toArray().first().toObject().value(QStringLiteral("id")).toString();
    const auto [renamed, ignored] = m_server->request(
        "PATCH", QStringLiteral("/Users/") + otherId,
        {{QStringLiteral("schemas"), QJsonArray {QStringLiteral("urn:ietf:params:scim:api:messages:2.0:PatchOp")}},
         {QStringLiteral("Operations"), QJsonArray {QJsonObject {{QStringLiteral("op"), QStringLiteral("replace")},
                                                                 {QStringLiteral("path"), QStringLiteral("name.familyName")},
                                                                 {QStringLiteral("value"), QStringLiteral("Elsewhere")}}}}});
    QCOMPARE(renamed, 200);
    last->setText(QStringLiteral("Mine"));
    dialog->findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Save)->click();
    auto* problem = dialog->findChild<QLabel*>(QStringLiteral("problemLabel"));
    QTRY_VERIFY_WITH_TIMEOUT(problem->isVisible(), 10000);
    QVERIFY2(problem->text().contains(QStringLiteral("changed on the service")), qPrintable(problem->text()));
    auto* reload = dialog->findChild<QPushButton*>(QStringLiteral("reloadButton"));
    QVERIFY(reload->isVisible());
    snapshot(dialog, QStringLiteral("scim-edit-conflict"));
    reload->click();
    QTRY_COMPARE(last->text(), QStringLiteral("Elsewhere"));
    last->setText(QStringLiteral("Mine"));
    dialog->findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Save)->click();
    QTRY_COMPARE_WITH_TIMEOUT(m_server->request("GET", QStringLiteral("/Users/") + otherId)
                                  .second.value(QStringLiteral("name"))
                                  .toObject()
                                  .value(QStringLiteral("familyName"))
                                  .toString(),
                              QStringLiteral("Mine"), 10000);
}

void TestScimUi::theGroupsPageShowsTheServicesGroups()
{
    openWindow();
    m_window->findChild<QAction*>(QStringLiteral("groupsPageAction"))->trigger();
    QTRY_VERIFY(m_window->groupsView()->isVisible());
    auto* groups = m_window->groupsView()->findChild<QTableView*>(QStringLiteral("groupsTable"));
    QVERIFY(groups);
    QTRY_COMPARE_WITH_TIMEOUT(groups->model()->rowCount(), 3, 10000);
    QCOMPARE(groups->model()->index(0, 0).data().toString(), QStringLiteral("Team 1"));
    // Said to be the service's, not made in Usher.
    QCOMPARE(groups->model()->index(0, GroupsModel::SourceColumn).data().toString(), QStringLiteral("SCIM"));
    snapshot(m_window, QStringLiteral("scim-groups"));
}

void TestScimUi::aTokenWithdrawnMidSessionIsAskedForAgain()
{
    openWindow();
    QVERIFY(!m_window->findChild<QDialog*>(QStringLiteral("passwordDialog")));
    // The service's owner withdraws the token while the admin works; the next refresh (the
    // listing, the count and the views' counts at once) is refused: one prompt, with the
    // service's words, not a table of errors.
    m_server->replaceToken(QStringLiteral("the-new-token"));
    m_window->findChild<QAction*>(QStringLiteral("refreshAction"))->trigger();
    QDialog* prompt = nullptr;
    QTRY_VERIFY_WITH_TIMEOUT((prompt = m_window->findChild<QDialog*>(QStringLiteral("passwordDialog"))) && prompt->isVisible(),
                             10000);
    auto* problem = prompt->findChild<QLabel*>(QStringLiteral("problemLabel"));
    QVERIFY(problem);
    QVERIFY2(problem->text().contains(QStringLiteral("bearer token is missing or wrong")), qPrintable(problem->text()));
    QTest::qWait(300); // the other refused requests of the same refresh
    QCOMPARE(m_window->findChildren<QDialog*>(QStringLiteral("passwordDialog")).size(), 1);
    snapshot(prompt, QStringLiteral("scim-token-withdrawn"));
    // The new token given: connected again, the people listed as before.
    prompt->findChild<QCheckBox*>(QStringLiteral("rememberCheck"))->setChecked(false);
    QTest::keyClicks(prompt->findChild<QLineEdit*>(QStringLiteral("passwordField")), QStringLiteral("the-new-token"));
    prompt->accept();
    QTRY_VERIFY_WITH_TIMEOUT(table()->model() && table()->model()->rowCount() == 10'000, 20000);
    auto* model = qobject_cast<UsersModel*>(table()->model());
    QTRY_VERIFY_WITH_TIMEOUT(model->index(0, 0).data(UsersModel::LoadedRole).toBool(), 10000);
    QTRY_VERIFY(m_window->currentOperator().has_value());
    QCOMPARE(m_window->currentOperator()->email, QStringLiteral("ada.lovelace.0@example.org"));
}

QTEST_MAIN(TestScimUi)
#include "tst_scimui.moc"
