#include "connection/sql/sqlbackend.h"
#include "core/i18n.h"
#include "core/invitation.h"
#include "models/auditmodel.h"
#include "models/timeformat.h"
#include "models/usersmodel.h"
#include "guitest.h"
#include "testsupport.h"
#include "ui/audit/auditview.h"
#include "ui/connection/operatordialog.h"
#include "ui/mainwindow.h"
#include "ui/common/bulkresultdialog.h"
#include "ui/users/changeconfirmdialog.h"
#include "ui/users/deleteconfirmdialog.h"
#include "ui/users/erasuredialog.h"
#include "ui/users/memberactions.h"
#include "ui/users/userdelegates.h"
#include "ui/users/userdetailspanel.h"
#include "ui/users/usereditdialog.h"
#include "ui/users/usersview.h"

#include <QAction>
#include <QApplication>
#include <QBuffer>
#include <QImage>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFileInfo>
#include <QStatusBar>
#include <QTabBar>
#include <QSignalSpy>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMessageBox>
#include <QPointer>
#include <QPushButton>
#include <QSettings>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTableView>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>
#include <QTreeWidget>

using namespace usher;
using namespace usher::test;

/// The lifecycle screens driven as a person would: who they are, what they may do (and why
/// not), the details panel, the typed delete confirmation, bulk results and the audit log.
class TestLifecycleUi : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void init();
    void cleanup();
    void firstStartSetsUpTheFirstAdmin();
    void actionsAreDisabledWithTheReason();
    void detailsPanelShowsTheSelectedMember();
    void detailsPanelSaysWhenAnInvitationEndsAndWhenTheDeletedGo();
    void unlockSignInFromTheDetailsPanel();
    void picturesAreDecodedOnlyAsPng();
    void deleteNeedsTheTypedEmail();
    void erasingSaysWhatGoesAndNeedsAReference();
    void bulkDisableReportsEveryMember();
    void invitedUsersAreInvitedAgainFromTheTable();
    void editRefusedByAConflictOffersReload();
    void auditLogListsAndExports();
    void workspaceSwitcherAndSeats();

private:
    MainWindow* openWindow(const QString& path, const QString& asEmail);
    QTableView* table() { return m_window->findChild<QTableView*>(QStringLiteral("usersTable")); }
    /// Selects the row of `email` (waiting for it to load) and nothing else.
    void select(const QStringList& emails);
    QString statusOf(const QString& email);
    template<typename T> T* waitForDialog(const QString& name) { return test::waitForDialog<T>(m_window, name); }

    QTemporaryDir m_dir;
    QString m_path;
    MainWindow* m_window = nullptr;
    int m_count = 0;
};

void TestLifecycleUi::initTestCase()
{
    useOwnSettings(QStringLiteral("tst_lifecycleui"));
    QVERIFY(m_dir.isValid());
}

void TestLifecycleUi::init()
{
    QSettings().clear();
    m_path = m_dir.filePath(QStringLiteral("people%1.usher").arg(++m_count));
    auto person = [](const char* name, const char* email, Role role, Status status = Status::Active) {
        return SeedUser{QString::fromUtf8(name), QString::fromUtf8(email), role, status, Source::Invite,
                        1'700'000'000, 0, {}};
    };
    seedSqlite(m_path, {person("Ada Admin", "ada@example.org", Role::Admin),
                        person("Grace Admin", "grace@example.org", Role::Admin),
                        person("Mia Manager", "mia@example.org", Role::Manager),
                        person("Eddie Editor", "eddie@example.org", Role::Editor),
                        person("Mo Monitor", "mo@example.org", Role::Monitor),
                        person("Max Member", "max@example.org", Role::Member),
                        person("Dee Disabled", "dee@example.org", Role::Member, Status::Disabled)});
}

void TestLifecycleUi::cleanup()
{
    delete m_window;
    m_window = nullptr;
}

MainWindow* TestLifecycleUi::openWindow(const QString& path, const QString& asEmail)
{
    delete m_window;
    m_window = openMainWindow(path, asEmail);
    return m_window;
}

void TestLifecycleUi::select(const QStringList& emails)
{
    QTRY_VERIFY(table()->model() && table()->model()->rowCount() > 0);
    auto* model = qobject_cast<UsersModel*>(table()->model());
    table()->clearSelection();
    for (const QString& email : emails) {
        QModelIndex found;
        QTRY_VERIFY([&] {
            for (int row = 0; row < model->rowCount(); ++row) {
                const QModelIndex index = model->index(row, UsersModel::EmailColumn);
                if (index.data(UsersModel::LoadedRole).toBool() && index.data().toString() == email) {
                    found = index;
                    return true;
                }
            }
            return false;
        }());
        table()->selectionModel()->select(found, QItemSelectionModel::Select | QItemSelectionModel::Rows);
    }
}

QString TestLifecycleUi::statusOf(const QString& email)
{
    DirectSql direct(m_path);
    return direct
        .scalar(QStringLiteral("SELECT m.status FROM memberships m JOIN accounts a ON a.id = m.account_id "
                               "WHERE a.email = ?"),
                {email})
        .toString();
}

void TestLifecycleUi::firstStartSetsUpTheFirstAdmin()
{
    const QString fresh = m_dir.filePath(QStringLiteral("fresh%1.usher").arg(m_count));
    openWindow(fresh, {});
    auto* dialog = waitForDialog<OperatorDialog>(QStringLiteral("operatorDialog"));
    QCOMPARE(dialog->mode(), OperatorDialog::Mode::FirstAdmin);
    auto* ok = dialog->findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Ok);
    QVERIFY(!ok->isEnabled());
    QTest::keyClicks(dialog->findChild<QLineEdit*>(QStringLiteral("firstNameField")), QStringLiteral("Ines"));
    QTest::keyClicks(dialog->findChild<QLineEdit*>(QStringLiteral("emailField")), QStringLiteral("not an address"));
    QVERIFY(ok->isEnabled());
    ok->click();
    auto* problem = dialog->findChild<QLabel*>(QStringLiteral("problemLabel"));
    QTRY_VERIFY(problem->isVisible());
    QVERIFY2(problem->text().startsWith(QStringLiteral("Email:")), qPrintable(problem->text()));
    snapshot(dialog, QStringLiteral("first-admin"));
    dialog->findChild<QLineEdit*>(QStringLiteral("emailField"))->setText(QStringLiteral("ines@example.org"));
    ok->click();
    QTRY_VERIFY(m_window->currentOperator().has_value());
    QCOMPARE(m_window->currentOperator()->role, Role::Admin);
    auto* banner = m_window->findChild<QLabel*>(QStringLiteral("adminBanner"));
    QTRY_VERIFY(banner->isVisible());
    QVERIFY(banner->text().contains(QStringLiteral("only one active Admin")));
    QTRY_VERIFY(m_window->findChild<QLabel*>(QStringLiteral("seatsLabel"))->text().contains(QStringLiteral("1")));
    // Next time the same person is recognised without asking.
    delete m_window;
    m_window = nullptr;
    openWindow(fresh, {});
    QTRY_VERIFY(m_window->currentOperator().has_value());
    QCOMPARE(m_window->currentOperator()->email, QStringLiteral("ines@example.org"));
    QVERIFY(!m_window->findChild<OperatorDialog*>(QStringLiteral("operatorDialog")));
}

void TestLifecycleUi::actionsAreDisabledWithTheReason()
{
    // Before anyone is identified, nothing changes, and the tooltip says why.
    const QString noOne = m_dir.filePath(QStringLiteral("noone%1.usher").arg(m_count));
    QFile::copy(m_path, noOne);
    openWindow(noOne, {});
    auto* identify = waitForDialog<OperatorDialog>(QStringLiteral("operatorDialog"));
    QCOMPARE(identify->mode(), OperatorDialog::Mode::Identify);
    identify->reject();
    select({QStringLiteral("max@example.org")});
    MemberActions* actions = m_window->memberActions();
    QTRY_VERIFY(!actions->disableAction()->isEnabled());
    QVERIFY(actions->disableAction()->toolTip().contains(QStringLiteral("Say who you are")));

    // A Monitor sees every action, disabled, with the reason.
    openWindow(m_path, QStringLiteral("mo@example.org"));
    QTRY_VERIFY(m_window->currentOperator().has_value());
    actions = m_window->memberActions();
    select({QStringLiteral("max@example.org")});
    QTRY_VERIFY(!actions->disableAction()->toolTip().contains(QStringLiteral("Select")));
    for (QAction* action : {actions->disableAction(), actions->deleteAction(), actions->newUserAction()}) {
        QVERIFY(!action->isEnabled());
        QVERIFY2(action->toolTip().contains(QStringLiteral("Managers and Admins"))
                     || action->toolTip().contains(QStringLiteral("cannot")),
                 qPrintable(action->toolTip()));
    }
    QVERIFY(!actions->roleAction(Role::Editor)->isEnabled());
    QVERIFY(!actions->disableAction()->isEnabled());
    snapshot(m_window, QStringLiteral("monitor-actions"));

    // A Manager may disable a Member, not an Admin, and may not grant Admin.
    openWindow(m_path, QStringLiteral("mia@example.org"));
    QTRY_VERIFY(m_window->currentOperator().has_value());
    actions = m_window->memberActions();
    select({QStringLiteral("max@example.org")});
    QTRY_VERIFY(actions->disableAction()->isEnabled());
    QVERIFY(actions->roleAction(Role::Manager)->isEnabled());
    QVERIFY(!actions->roleAction(Role::Admin)->isEnabled());
    QVERIFY(actions->roleAction(Role::Admin)->toolTip().contains(QStringLiteral("above their own")));
    QVERIFY(!actions->reactivateAction()->isEnabled());
    QVERIFY(actions->reactivateAction()->toolTip().contains(QStringLiteral("Only disabled")));
    select({QStringLiteral("ada@example.org")});
    QTRY_VERIFY(!actions->disableAction()->isEnabled());
    QVERIFY(actions->disableAction()->toolTip().contains(QStringLiteral("above their own")));
    select({QStringLiteral("mia@example.org")});
    QTRY_VERIFY(actions->disableAction()->toolTip().contains(QStringLiteral("yourself")));
}

void TestLifecycleUi::detailsPanelSaysWhenAnInvitationEndsAndWhenTheDeletedGo()
{
    // Ivy was invited long ago (her invitation has expired), Ian recently (a second, newer
    // invitation superseding nothing yet), and Dee was deleted five days ago.
    const QString path = m_dir.filePath(QStringLiteral("invited.usher"));
    const qint64 now = QDateTime::currentSecsSinceEpoch();
    seedSqlite(path, {SeedUser{QStringLiteral("Ada Admin"), QStringLiteral("ada@example.org"), Role::Admin,
                               Status::Active, Source::Invite, 1'700'000'000, 0, {}},
                      SeedUser{QStringLiteral("Ivy Invited"), QStringLiteral("ivy@example.org"), Role::Member,
                               Status::Invited, Source::Invite, 1'700'000'000, 0, {}},
                      SeedUser{QStringLiteral("Ian Invited"), QStringLiteral("ian@example.org"), Role::Member,
                               Status::Invited, Source::Invite, now - 3600, 0, {}},
                      SeedUser{QStringLiteral("Dee Deleted"), QStringLiteral("dee@example.org"), Role::Member,
                               Status::Deleted, Source::Invite, 1'700'000'000, 0, {}}});
    QVERIFY(DirectSql(path).exec(QStringLiteral("UPDATE memberships SET deleted_at = ?, status_before_delete = 'active' "
                                                "WHERE account_id = (SELECT id FROM accounts WHERE email = ?)"),
                                 {now - 5 * 86400, QStringLiteral("dee@example.org")}));
    openWindow(path, QStringLiteral("ada@example.org"));
    QTRY_VERIFY(m_window->currentOperator().has_value());
    UserDetailsPanel* panel = m_window->detailsPanel();
    auto* profile = panel->findChild<QLabel*>(QStringLiteral("detailsProfile"));
    const auto when = [](qint64 secs) { return fullDateTime(QDateTime::fromSecsSinceEpoch(secs, Qt::UTC)); };

    select({QStringLiteral("ivy@example.org")});
    QTRY_VERIFY(profile->text().contains(QStringLiteral("Expired on")));
    QVERIFY(profile->text().contains(when(1'700'000'000).toHtmlEscaped())); // invited then
    QVERIFY(profile->text().contains(when(1'700'000'000 + qint64(defaultInviteExpiryDays) * 86400).toHtmlEscaped()));
    QVERIFY(!profile->text().contains(QStringLiteral("Last sign-in"))); // not "Never": she was never here to

    select({QStringLiteral("ian@example.org")});
    QTRY_VERIFY(profile->text().contains(QStringLiteral("Can be accepted until")));
    QVERIFY(profile->text().contains(when(now - 3600 + qint64(defaultInviteExpiryDays) * 86400).toHtmlEscaped()));

    // The Deleted view: when, and after when they are gone for good.
    auto* status = m_window->findChild<QComboBox*>(QStringLiteral("statusFilter"));
    QVERIFY(status);
    status->setCurrentIndex(status->findData(statusKey(Status::Deleted)));
    select({QStringLiteral("dee@example.org")});
    QTRY_VERIFY(profile->text().contains(QStringLiteral("Removed for good after")));
    QVERIFY(profile->text().contains(when(now - 5 * 86400).toHtmlEscaped()));
    QVERIFY(profile->text().contains(when(now - 5 * 86400 + qint64(recoveryDays) * 86400).toHtmlEscaped()));
    snapshot(m_window, QStringLiteral("details-deleted"));
}

void TestLifecycleUi::unlockSignInFromTheDetailsPanel()
{
    {
        DirectSql direct(m_path);
        QVERIFY(direct.exec(QStringLiteral("UPDATE accounts SET failed_logins = 6, locked_until = ? WHERE email = ?"),
                            {QDateTime::currentSecsSinceEpoch() + 120, QStringLiteral("max@example.org")}));
        QVERIFY(direct.exec(QStringLiteral("INSERT INTO login_events (account_id, workspace_id, at, device, browser, "
                                           "success, reason) SELECT id, 1, 100, 'Laptop', 'Usher', 0, 'too_soon' "
                                           "FROM accounts WHERE email = ?"),
                            {QStringLiteral("max@example.org")}));
    }
    // A Monitor sees the button, disabled with the reason.
    openWindow(m_path, QStringLiteral("mo@example.org"));
    QTRY_VERIFY(m_window->currentOperator().has_value());
    UserDetailsPanel* panel = m_window->detailsPanel();
    select({QStringLiteral("max@example.org")});
    QTRY_COMPARE(panel->findChild<QLabel*>(QStringLiteral("detailsName"))->text(), QStringLiteral("Max Member"));
    auto* unlock = panel->findChild<QPushButton*>(QStringLiteral("unlockSignInButton"));
    QVERIFY(unlock);
    QTRY_VERIFY(!unlock->toolTip().isEmpty());
    QVERIFY(!unlock->isEnabled());
    QVERIFY2(unlock->toolTip().contains(QStringLiteral("cannot help with passwords")), qPrintable(unlock->toolTip()));

    // An Admin unlocks; afterwards there is nothing to unlock, and the panel says so.
    openWindow(m_path, QStringLiteral("ada@example.org"));
    QTRY_VERIFY(m_window->currentOperator().has_value());
    panel = m_window->detailsPanel();
    select({QStringLiteral("max@example.org")});
    QTRY_COMPARE(panel->findChild<QLabel*>(QStringLiteral("detailsName"))->text(), QStringLiteral("Max Member"));
    QTRY_VERIFY(panel->findChild<QLabel*>(QStringLiteral("detailsBadges"))->text().contains(QStringLiteral("6 wrong")));
    auto* signIns = panel->findChild<QTreeWidget*>(QStringLiteral("signInList"));
    QCOMPARE(signIns->topLevelItemCount(), 1);
    QVERIFY2(signIns->topLevelItem(0)->text(1).contains(QStringLiteral("too soon after wrong passwords")),
             qPrintable(signIns->topLevelItem(0)->text(1)));
    unlock = panel->findChild<QPushButton*>(QStringLiteral("unlockSignInButton"));
    QTRY_VERIFY(unlock->isEnabled());
    unlock->click();
    // Not before saying how the caller was checked: key 3 (in person) chooses and goes ahead.
    auto* check = usher::test::waitForDialog<QDialog>(m_window, QStringLiteral("callerCheckDialog"));
    QVERIFY(check);
    DirectSql direct(m_path);
    QCOMPARE(direct.scalar(QStringLiteral("SELECT failed_logins FROM accounts WHERE email = ?"),
                           {QStringLiteral("max@example.org")})
                 .toInt(),
             6);
    QTest::keyClick(check, Qt::Key_3);
    QTRY_COMPARE(direct.scalar(QStringLiteral("SELECT failed_logins FROM accounts WHERE email = ?"),
                               {QStringLiteral("max@example.org")})
                     .toInt(),
                 0);
    QTRY_VERIFY2(unlock->toolTip().contains(QStringLiteral("No wrong passwords")), qPrintable(unlock->toolTip()));
    QVERIFY(!unlock->isEnabled());
    auto* activity = panel->findChild<QTreeWidget*>(QStringLiteral("memberAuditList"));
    QTRY_COMPARE(activity->topLevelItemCount(), 1);
    QCOMPARE(activity->topLevelItem(0)->text(2), QStringLiteral("Sign-in unlocked"));
}

void TestLifecycleUi::detailsPanelShowsTheSelectedMember()
{
    {
        DirectSql direct(m_path);
        QVERIFY(direct.exec(QStringLiteral("INSERT INTO sessions (account_id, workspace_id, device, browser, ip, "
                                           "location, created_at, last_activity_at) SELECT id, 1, 'Laptop', 'Firefox', "
                                           "'192.0.2.7', 'Ghent, BE', 10, 20 FROM accounts WHERE email = ?"),
                            {QStringLiteral("max@example.org")}));
    }
    openWindow(m_path, QStringLiteral("ada@example.org"));
    QTRY_VERIFY(m_window->currentOperator().has_value());
    UserDetailsPanel* panel = m_window->detailsPanel();
    QVERIFY(panel->findChild<QLabel*>(QStringLiteral("detailsPlaceholder"))->isVisible());
    select({QStringLiteral("max@example.org")});
    auto* name = panel->findChild<QLabel*>(QStringLiteral("detailsName"));
    QTRY_COMPARE(name->text(), QStringLiteral("Max Member"));
    QTRY_VERIFY(name->isVisible());
    QCOMPARE(panel->findChild<QLabel*>(QStringLiteral("detailsEmail"))->text(), QStringLiteral("max@example.org"));
    QVERIFY(panel->findChild<QLabel*>(QStringLiteral("detailsBadges"))->text().contains(QStringLiteral("Member")));
    auto* sessions = panel->findChild<QTreeWidget*>(QStringLiteral("sessionList"));
    QCOMPARE(sessions->topLevelItemCount(), 1);
    QCOMPARE(sessions->topLevelItem(0)->text(3), QStringLiteral("Ghent, BE"));
    auto* tabs = panel->findChild<QTabWidget*>(QStringLiteral("detailsTabs"));
    QCOMPARE(tabs->count(), 4); // each named in full, no scroll arrows in a narrow panel
    tabs->setCurrentIndex(2); // Sign-ins: where they are signed in now, and lately
    snapshot(m_window, QStringLiteral("details-panel"));
    // What can be done to an active member is offered beside Edit; what fits another status is not.
    QTRY_VERIFY(panel->findChild<QToolButton*>(QStringLiteral("detailsDisableButton"))->isVisible());
    QVERIFY(!panel->findChild<QToolButton*>(QStringLiteral("detailsReactivateButton"))->isVisible());
    QVERIFY(!panel->findChild<QToolButton*>(QStringLiteral("detailsRestoreButton"))->isVisible());
    QCOMPARE(panel->findChild<QToolButton*>(QStringLiteral("detailsDisableButton"))->defaultAction(),
             m_window->memberActions()->disableAction());
    auto* noSessions = panel->findChild<QLabel*>(QStringLiteral("sessionListEmpty"));
    QVERIFY(!noSessions->isVisible());
    // Keyboard: the tabs take focus and arrow keys move between them.
    tabs->tabBar()->setFocus();
    QTest::keyClick(tabs->tabBar(), Qt::Key_Left);
    QCOMPARE(tabs->currentIndex(), 1);
    tabs->setCurrentIndex(2);
    auto* revokeAll = panel->findChild<QPushButton*>(QStringLiteral("revokeAllButton"));
    QVERIFY(revokeAll->isEnabled());
    revokeAll->click();
    QTRY_COMPARE(sessions->topLevelItemCount(), 0);
    // An empty list says so, instead of showing bare headings.
    QTRY_VERIFY(noSessions->isVisible());
    QCOMPARE(noSessions->text(), QStringLiteral("Not signed in anywhere now."));
    auto* activity = panel->findChild<QTreeWidget*>(QStringLiteral("memberAuditList"));
    QTRY_COMPARE(activity->topLevelItemCount(), 1);
    QCOMPARE(activity->topLevelItem(0)->text(2), QStringLiteral("Sessions revoked"));
    // Several selected: the panel says how many.
    select({QStringLiteral("max@example.org"), QStringLiteral("mo@example.org")});
    QTRY_VERIFY(panel->findChild<QLabel*>(QStringLiteral("detailsPlaceholder"))->isVisible());
    QCOMPARE(panel->findChild<QLabel*>(QStringLiteral("detailsPlaceholder"))->text(), QStringLiteral("2 users selected."));

    // A Helpdesk operator sees the person, but not their activity (the audit log's), and is told why.
    {
        DirectSql direct(m_path);
        QVERIFY(direct.exec(QStringLiteral("UPDATE memberships SET role = 'helpdesk' WHERE account_id = "
                                           "(SELECT id FROM accounts WHERE email = ?)"),
                            {QStringLiteral("mo@example.org")}));
    }
    openWindow(m_path, QStringLiteral("mo@example.org"));
    QTRY_VERIFY(m_window->currentOperator().has_value());
    QCOMPARE(m_window->currentOperator()->role, Role::Helpdesk);
    panel = m_window->detailsPanel();
    select({QStringLiteral("max@example.org")});
    QTRY_COMPARE(panel->findChild<QLabel*>(QStringLiteral("detailsName"))->text(), QStringLiteral("Max Member"));
    activity = panel->findChild<QTreeWidget*>(QStringLiteral("memberAuditList"));
    QTRY_COMPARE(activity->topLevelItemCount(), 1);
    QVERIFY2(activity->topLevelItem(0)->text(0).contains(QStringLiteral("cannot see the audit log")),
             qPrintable(activity->topLevelItem(0)->text(0)));
    QVERIFY(activity->topLevelItem(0)->text(2).isEmpty());
}

void TestLifecycleUi::deleteNeedsTheTypedEmail()
{
    openWindow(m_path, QStringLiteral("ada@example.org"));
    QTRY_VERIFY(m_window->currentOperator().has_value());
    select({QStringLiteral("max@example.org")});
    QTRY_VERIFY(m_window->memberActions()->deleteAction()->isEnabled());
    m_window->memberActions()->deleteAction()->trigger();
    auto* dialog = waitForDialog<DeleteConfirmDialog>(QStringLiteral("deleteConfirmDialog"));
    auto* field = dialog->findChild<QLineEdit*>(QStringLiteral("confirmField"));
    auto* button = dialog->findChild<QPushButton*>(QStringLiteral("deleteButton"));
    QVERIFY(!button->isEnabled());
    QTest::keyClicks(field, QStringLiteral("max@example.or"));
    QVERIFY(!button->isEnabled());
    snapshot(dialog, QStringLiteral("delete-confirm"));
    QTest::keyClicks(field, QStringLiteral("g"));
    QVERIFY(button->isEnabled());
    QCOMPARE(statusOf(QStringLiteral("max@example.org")), QStringLiteral("active")); // nothing yet
    button->click();
    QTRY_COMPARE(statusOf(QStringLiteral("max@example.org")), QStringLiteral("deleted"));

    // The Deleted view shows the days left and offers Restore.
    m_window->usersView()->showSavedView(SavedView::Deleted);
    select({QStringLiteral("max@example.org")});
    QTRY_COMPARE(m_window->detailsPanel()->findChild<QLabel*>(QStringLiteral("detailsName"))->text(),
                 QStringLiteral("Max Member"));
    QTRY_VERIFY(m_window->detailsPanel()
                    ->findChild<QLabel*>(QStringLiteral("detailsBadges"))
                    ->text()
                    .contains(QStringLiteral("30 days left to restore")));
    QTRY_VERIFY(m_window->memberActions()->restoreAction()->isEnabled());
    m_window->memberActions()->restoreAction()->trigger();
    QTRY_COMPARE(statusOf(QStringLiteral("max@example.org")), QStringLiteral("active"));

    // Many: the number is typed.
    DeleteConfirmDialog many(12);
    auto* manyField = many.findChild<QLineEdit*>(QStringLiteral("confirmField"));
    QTest::keyClicks(manyField, QStringLiteral("11"));
    QVERIFY(!many.findChild<QPushButton*>(QStringLiteral("deleteButton"))->isEnabled());
    manyField->setText(QStringLiteral("12"));
    QVERIFY(many.findChild<QPushButton*>(QStringLiteral("deleteButton"))->isEnabled());
}

void TestLifecycleUi::erasingSaysWhatGoesAndNeedsAReference()
{
    // A Manager sees the action disabled with the reason; an Admin erases one person, after
    // reading what goes, giving the reference and typing the address.
    openWindow(m_path, QStringLiteral("mia@example.org"));
    QTRY_VERIFY(m_window->currentOperator().has_value());
    select({QStringLiteral("max@example.org")});
    QAction* erase = m_window->memberActions()->eraseAction();
    QTRY_VERIFY(erase->toolTip().contains(QStringLiteral("Only Admins")));
    QVERIFY(!erase->isEnabled());

    openWindow(m_path, QStringLiteral("ada@example.org"));
    QTRY_VERIFY(m_window->currentOperator().has_value());
    erase = m_window->memberActions()->eraseAction();
    select({QStringLiteral("max@example.org"), QStringLiteral("mo@example.org")});
    QTRY_VERIFY(erase->toolTip().contains(QStringLiteral("Select one person")));
    QVERIFY(!erase->isEnabled());
    select({QStringLiteral("ada@example.org")});
    QTRY_VERIFY(erase->toolTip().contains(QStringLiteral("yourself")));
    select({QStringLiteral("max@example.org")});
    QTRY_VERIFY(erase->isEnabled());
    erase->trigger();
    auto* dialog = waitForDialog<ErasureDialog>(QStringLiteral("erasureDialog"));
    const QString summary = dialog->findChild<QLabel*>(QStringLiteral("erasureSummary"))->text();
    QVERIFY2(summary.contains(QStringLiteral("max@example.org")) && summary.contains(QStringLiteral("My organisation"))
                 && summary.contains(QStringLiteral("cannot be undone")),
             qPrintable(summary));
    auto* button = dialog->findChild<QPushButton*>(QStringLiteral("eraseButton"));
    QVERIFY(!button->isEnabled());
    QTest::keyClicks(dialog->findChild<QLineEdit*>(QStringLiteral("confirmField")), QStringLiteral("max@example.org"));
    QVERIFY(!button->isEnabled()); // no reference yet
    QVERIFY(button->toolTip().contains(QStringLiteral("reference")));
    QTest::keyClicks(dialog->findChild<QLineEdit*>(QStringLiteral("referenceField")), QStringLiteral("GDPR-7"));
    QVERIFY(button->isEnabled());
    snapshot(dialog, QStringLiteral("erasure-confirm"));
    QCOMPARE(statusOf(QStringLiteral("max@example.org")), QStringLiteral("active")); // nothing yet
    const int before = table()->model()->rowCount();
    button->click();
    QTRY_VERIFY_WITH_TIMEOUT(statusOf(QStringLiteral("max@example.org")).isEmpty(), 5000);
    QTRY_COMPARE(table()->model()->rowCount(), before - 1);
    QTRY_VERIFY(m_window->statusBar()->currentMessage().contains(QStringLiteral("erased person")));

    // Export Personal Data: one person, written where chosen, said in the status bar.
    QAction* exportData = m_window->memberActions()->exportDataAction();
    select({QStringLiteral("mo@example.org"), QStringLiteral("eddie@example.org")});
    QTRY_VERIFY(exportData->toolTip().contains(QStringLiteral("Select one person")));
    select({QStringLiteral("mo@example.org")});
    QTRY_VERIFY(exportData->isEnabled());
    const QString zip = m_dir.filePath(QStringLiteral("mo.zip"));
    DirectSql direct(m_path);
    const Id mo = direct.scalar(QStringLiteral("SELECT id FROM accounts WHERE email = 'mo@example.org'")).toLongLong();
    m_window->memberActions()->exportPersonalDataTo(mo, zip);
    QTRY_VERIFY_WITH_TIMEOUT(m_window->statusBar()->currentMessage().contains(QStringLiteral("Exported")), 5000);
    QVERIFY(QFile::exists(zip));
    QVERIFY(QFileInfo(zip).size() > 100);
}

void TestLifecycleUi::bulkDisableReportsEveryMember()
{
    openWindow(m_path, QStringLiteral("mia@example.org"));
    QTRY_VERIFY(m_window->currentOperator().has_value());
    select({QStringLiteral("max@example.org"), QStringLiteral("ada@example.org"), QStringLiteral("eddie@example.org")});
    QTRY_VERIFY(m_window->memberActions()->disableAction()->isEnabled());
    m_window->memberActions()->disableAction()->trigger();
    auto* confirm = waitForDialog<ChangeConfirmDialog>(QStringLiteral("confirmChange"));
    confirm->findChild<QPushButton*>(QStringLiteral("confirmButton"))->click();
    auto* dialog = waitForDialog<BulkResultDialog>(QStringLiteral("bulkResultDialog"));
    auto* results = dialog->findChild<QTableWidget*>(QStringLiteral("bulkResults"));
    QTRY_COMPARE(results->rowCount(), 3);
    QCOMPARE(dialog->doneCount(), 2);
    QCOMPARE(dialog->refusedCount(), 1);
    // The refusal comes first, naming the person and the reason.
    QCOMPARE(results->item(0, 0)->text(), QStringLiteral("Ada Admin"));
    QVERIFY(results->item(0, 2)->text().contains(QStringLiteral("above their own")));
    QVERIFY(dialog->findChild<QLabel*>(QStringLiteral("bulkSummary"))->text().contains(QStringLiteral("not changed")));
    snapshot(dialog, QStringLiteral("bulk-results"));
    QCOMPARE(statusOf(QStringLiteral("max@example.org")), QStringLiteral("disabled"));
    QCOMPARE(statusOf(QStringLiteral("eddie@example.org")), QStringLiteral("disabled"));
    QCOMPARE(statusOf(QStringLiteral("ada@example.org")), QStringLiteral("active"));
}

void TestLifecycleUi::invitedUsersAreInvitedAgainFromTheTable()
{
    // Two people invited by another admin's Usher; no mail server yet.
    {
        sql::SqlBackend other(ConnectionProfile::sqliteFile(m_path));
        QVERIFY(await(other.open()).ok());
        const qint64 grace = DirectSql(m_path)
                                 .scalar(QStringLiteral("SELECT id FROM accounts WHERE email = 'grace@example.org'"))
                                 .toLongLong();
        InvitationRequest request;
        request.addresses = parseInviteAddresses(QStringLiteral("ines@example.org, otto@example.org"));
        request.sendMail = false;
        const auto made = await(other.invitations()->createInvitations(Operator{1, grace, Role::Admin, {}, {}}, request));
        QVERIFY(made.ok() && made.value().size() == 2 && made.value().constFirst().done);
    }
    auto openInvitations = [this] {
        return DirectSql(m_path)
            .scalar(QStringLiteral("SELECT COUNT(*) FROM invites WHERE accepted_at IS NULL AND cancelled_at IS NULL "
                                   "AND superseded_at IS NULL"))
            .toInt();
    };
    QCOMPARE(openInvitations(), 2);
    QAction* resend = nullptr;
    openWindow(m_path, QStringLiteral("ada@example.org"));
    QTRY_VERIFY(m_window->currentOperator().has_value());
    resend = m_window->memberActions()->resendAction();
    select({QStringLiteral("ines@example.org")});
    QTRY_VERIFY(resend->toolTip().contains(QStringLiteral("mail server")));
    QVERIFY(!resend->isEnabled());

    // With the workspace's mail server set up (by another admin, then read on opening).
    QVERIFY(DirectSql(m_path).exec(QStringLiteral("UPDATE workspaces SET smtp_host = '127.0.0.1', smtp_port = ?, "
                                                  "smtp_security = 'none', smtp_from_address = 'usher@example.org' "
                                                  "WHERE id = 1"),
                                   {qEnvironmentVariableIsSet("USHER_SMTP_PORT")
                                        ? qEnvironmentVariableIntValue("USHER_SMTP_PORT")
                                        : 9}));
    openWindow(m_path, QStringLiteral("ada@example.org"));
    QTRY_VERIFY(m_window->currentOperator().has_value());
    resend = m_window->memberActions()->resendAction();
    // An active member alone: nothing to send, and the action says why.
    select({QStringLiteral("max@example.org")});
    QTRY_VERIFY(resend->toolTip().contains(QStringLiteral("no open invitation")));
    QVERIFY(!resend->isEnabled());
    // Both invited people and an active one: only the invited two are sent a new link, and
    // the confirmation says the other is left alone.
    select({QStringLiteral("ines@example.org"), QStringLiteral("max@example.org"), QStringLiteral("otto@example.org")});
    QTRY_VERIFY(resend->isEnabled());
    // Offered in the table's context menu too.
    m_window->memberActions()->showContextMenu(table()->viewport()->mapToGlobal(QPoint(40, 40)));
    QMenu* menu = nullptr;
    QTRY_VERIFY((menu = qobject_cast<QMenu*>(QApplication::activePopupWidget())) != nullptr);
    QVERIFY(menu->actions().contains(resend));
    snapshot(menu, QStringLiteral("users-context-menu"));
    menu->close();
    resend->trigger();
    auto* confirm = waitForDialog<ChangeConfirmDialog>(QStringLiteral("resendConfirm"));
    const QString question = confirm->findChild<QLabel*>(QStringLiteral("confirmText"))->text();
    QVERIFY2(question.contains(QStringLiteral("2 selected users")) && question.contains(QStringLiteral("1 of the selected users has no open invitation")),
             qPrintable(question));
    snapshot(confirm, QStringLiteral("resend-confirm"));
    confirm->findChild<QPushButton*>(QStringLiteral("confirmButton"))->click();
    auto* dialog = waitForDialog<BulkResultDialog>(QStringLiteral("bulkResultDialog"));
    auto* results = dialog->findChild<QTableWidget*>(QStringLiteral("bulkResults"));
    QTRY_COMPARE(results->rowCount(), 2);
    QCOMPARE(dialog->doneCount(), 2);
    // The old links are replaced by new ones, each with its mail in the outbox.
    QCOMPARE(openInvitations(), 2);
    QCOMPARE(DirectSql(m_path).scalar(QStringLiteral("SELECT COUNT(*) FROM invites WHERE superseded_at IS NOT NULL")).toInt(),
             2);
    QCOMPARE(DirectSql(m_path).scalar(QStringLiteral("SELECT COUNT(*) FROM outbox")).toInt(), 2);
    QCOMPARE(DirectSql(m_path).scalar(QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE action = 'invite.resent'")).toInt(),
             2);
    dialog->close();

    // Everyone in the view chosen with Select All: the confirmation says only the invited
    // among them are sent one; in a view of active members there is nobody to send to.
    m_window->findChild<QAction*>(QStringLiteral("selectAllAction"))->trigger();
    QTRY_VERIFY(resend->isEnabled());
    resend->trigger();
    auto* all = waitForDialog<ChangeConfirmDialog>(QStringLiteral("resendConfirm"));
    QVERIFY2(all->findChild<QLabel*>(QStringLiteral("confirmText"))->text().contains(QStringLiteral("Only the invited")),
             qPrintable(all->findChild<QLabel*>(QStringLiteral("confirmText"))->text()));
    all->reject();
    auto* status = m_window->findChild<QComboBox*>(QStringLiteral("statusFilter"));
    status->setCurrentIndex(status->findData(statusKey(Status::Active)));
    QTRY_VERIFY(table()->model()->rowCount() > 0);
    m_window->findChild<QAction*>(QStringLiteral("selectAllAction"))->trigger();
    QTRY_VERIFY(resend->toolTip().contains(QStringLiteral("Nobody in this view is invited")));
    QVERIFY(!resend->isEnabled());
}

void TestLifecycleUi::picturesAreDecodedOnlyAsPng()
{
    // A stored picture comes from the database, which other programs write too: it is decoded
    // as PNG or not at all (then the initials are shown).
    QImage red(8, 8, QImage::Format_RGB32);
    red.fill(Qt::red);
    auto encoded = [&red](const char* format) {
        QByteArray bytes;
        QBuffer buffer(&bytes);
        buffer.open(QIODevice::WriteOnly);
        red.save(&buffer, format);
        return bytes;
    };
    const QImage initials = avatarPixmap({}, QStringLiteral("Max Mustermann"), 32, 7).toImage();
    const QImage fromBmp = avatarPixmap(encoded("BMP"), QStringLiteral("Max Mustermann"), 32, 7).toImage();
    const QImage fromPng = avatarPixmap(encoded("PNG"), QStringLiteral("Max Mustermann"), 32, 7).toImage();
    QVERIFY2(fromBmp == initials, "a BMP was decoded");
    QVERIFY2(fromPng != initials, "a PNG was not shown");
}

void TestLifecycleUi::editRefusedByAConflictOffersReload()
{
    openWindow(m_path, QStringLiteral("ada@example.org"));
    QTRY_VERIFY(m_window->currentOperator().has_value());
    select({QStringLiteral("max@example.org")});
    QTRY_VERIFY(m_window->memberActions()->editAction()->isEnabled());
    m_window->memberActions()->editAction()->trigger();
    auto* dialog = waitForDialog<UserEditDialog>(QStringLiteral("userEditDialog"));
    auto* first = dialog->findChild<QLineEdit*>(QStringLiteral("firstNameField"));
    QCOMPARE(first->text(), QStringLiteral("Max"));
    // Meanwhile Grace, at another desk, renames Max.
    {
        sql::SqlBackend other(ConnectionProfile::sqliteFile(m_path));
        QVERIFY(await(other.open()).ok());
        DirectSql direct(m_path);
        const qint64 grace
            = direct.scalar(QStringLiteral("SELECT id FROM accounts WHERE email = 'grace@example.org'")).toLongLong();
        const qint64 max
            = direct.scalar(QStringLiteral("SELECT id FROM accounts WHERE email = 'max@example.org'")).toLongLong();
        const int version
            = direct.scalar(QStringLiteral("SELECT version FROM memberships WHERE account_id = ?"), {max}).toInt();
        ProfileEdit edit;
        edit.lastName = QStringLiteral("Mustermann");
        QVERIFY(await(other.updateProfile(Operator{1, grace, Role::Admin, {}, {}}, max, edit, version)).ok());
    }
    first->setText(QStringLiteral("Maximilian"));
    dialog->findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Save)->click();
    auto* problem = dialog->findChild<QLabel*>(QStringLiteral("problemLabel"));
    QTRY_VERIFY(problem->isVisible());
    QVERIFY2(problem->text().contains(QStringLiteral("changed by Grace Admin")), qPrintable(problem->text()));
    auto* reload = dialog->findChild<QPushButton*>(QStringLiteral("reloadButton"));
    QVERIFY(reload->isVisible());
    snapshot(dialog, QStringLiteral("edit-conflict"));
    reload->click();
    QTRY_COMPARE(dialog->findChild<QLineEdit*>(QStringLiteral("lastNameField"))->text(), QStringLiteral("Mustermann"));
    first->setText(QStringLiteral("Maximilian"));
    dialog->findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Save)->click();
    // The dialog may delete itself once saved: watch it through a guarded pointer.
    const QPointer<UserEditDialog> saved(dialog);
    QTRY_VERIFY(saved.isNull() || !saved->isVisible());
    DirectSql direct(m_path);
    QTRY_COMPARE(direct.scalar(QStringLiteral("SELECT display_name FROM accounts WHERE email = 'max@example.org'"))
                     .toString(),
                 QStringLiteral("Maximilian Mustermann"));
}

void TestLifecycleUi::auditLogListsAndExports()
{
    openWindow(m_path, QStringLiteral("ada@example.org"));
    QTRY_VERIFY(m_window->currentOperator().has_value());
    select({QStringLiteral("max@example.org")});
    QTRY_VERIFY(m_window->memberActions()->roleAction(Role::Editor)->isEnabled());
    m_window->memberActions()->roleAction(Role::Editor)->trigger();
    waitForDialog<ChangeConfirmDialog>(QStringLiteral("confirmChange"))
        ->findChild<QPushButton*>(QStringLiteral("confirmButton"))
        ->click();
    QTRY_COMPARE(DirectSql(m_path).scalar(QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE action = "
                                                         "'member.role_changed'"))
                     .toInt(),
                 1);
    m_window->showPage(QStringLiteral("audit"));
    AuditView* view = m_window->auditView();
    QTRY_COMPARE(view->model()->rowCount(), 1);
    QCOMPARE(view->model()->index(0, AuditModel::ActorColumn).data().toString(), QStringLiteral("Ada Admin"));
    QCOMPARE(view->model()->index(0, AuditModel::TargetColumn).data().toString(), QStringLiteral("Max Member"));
    QCOMPARE(view->model()->index(0, AuditModel::ChangeColumn).data().toString(),
             QStringLiteral("role: Member → Editor"));
    snapshot(m_window, QStringLiteral("audit-log"));
    view->findChild<QLineEdit*>(QStringLiteral("auditTargetFilter"))->setText(QStringLiteral("nobody"));
    QTRY_COMPARE(view->model()->rowCount(), 0);
    view->findChild<QLineEdit*>(QStringLiteral("auditTargetFilter"))->clear();
    QTRY_COMPARE(view->model()->rowCount(), 1);

    const QString csv = m_dir.filePath(QStringLiteral("audit%1.csv").arg(m_count));
    QSignalSpy exported(view, &AuditView::exported);
    view->exportTo(csv);
    QTRY_COMPARE(exported.count(), 1);
    QFile file(csv);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QString text = QString::fromUtf8(file.readAll());
    QVERIFY(text.contains(QStringLiteral("time_utc,actor_id,actor,action")));
    QVERIFY(text.contains(QStringLiteral("Ada Admin,member.role_changed,member")));
    QVERIFY(text.contains(QStringLiteral("\"{\"\"role\"\":\"\"member\"\"")));
    // An Editor may read the log too.
    openWindow(m_path, QStringLiteral("eddie@example.org"));
    QTRY_VERIFY(m_window->currentOperator().has_value());
    QVERIFY(m_window->findChild<QAction*>(QStringLiteral("auditPageAction"))->isEnabled());
}

void TestLifecycleUi::workspaceSwitcherAndSeats()
{
    {
        DirectSql direct(m_path);
        QVERIFY(direct.exec(QStringLiteral("UPDATE workspaces SET seat_cap = 10 WHERE id = 1")));
        QVERIFY(direct.exec(QStringLiteral("INSERT INTO workspaces (name, slug, created_at) VALUES ('Branch', 'branch', 0)")));
        QVERIFY(direct.exec(QStringLiteral("INSERT INTO memberships (account_id, workspace_id, role, status, source, "
                                           "joined_at) SELECT id, 2, 'monitor', 'active', 'manual', 0 FROM accounts "
                                           "WHERE email IN ('ada@example.org', 'max@example.org')")));
    }
    openWindow(m_path, QStringLiteral("ada@example.org"));
    QTRY_VERIFY(m_window->currentOperator().has_value());
    auto* seats = m_window->findChild<QLabel*>(QStringLiteral("seatsLabel"));
    QTRY_COMPARE(seats->text(), QStringLiteral("Seats: 6 / 10"));
    auto* switcher = m_window->findChild<QComboBox*>(QStringLiteral("workspaceSwitcher"));
    QTRY_COMPARE(switcher->count(), 2);
    QCOMPARE(switcher->itemText(0), QStringLiteral("Branch (Monitor)"));
    QSignalSpy refreshed(m_window, &MainWindow::workspacesRefreshed);
    switcher->setCurrentIndex(0);
    emit switcher->activated(0);
    QTRY_COMPARE(m_window->currentOperator()->workspaceId, 2);
    QCOMPARE(m_window->currentOperator()->role, Role::Monitor);
    QTRY_VERIFY(table()->model() && table()->model()->rowCount() == 2);
    QTRY_COMPARE(seats->text(), QStringLiteral("Seats: 2 (no limit)"));
    // There Ada is a Monitor: changes are disabled with the reason.
    select({QStringLiteral("max@example.org")});
    QTRY_VERIFY(!m_window->memberActions()->disableAction()->isEnabled());
    auto* banner = m_window->findChild<QLabel*>(QStringLiteral("adminBanner"));
    QTRY_VERIFY(banner->isVisible());
    QVERIFY(banner->text().contains(QStringLiteral("no active Admin")));
}

int main(int argc, char* argv[])
{
    QApplication app(argc, argv);
    installTranslations(app, QStringLiteral("en")); // English plural forms
    TestLifecycleUi test;
    return QTest::qExec(&test, argc, argv);
}
#include "tst_lifecycleui.moc"
