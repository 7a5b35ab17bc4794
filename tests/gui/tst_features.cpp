// The screens follow what a connection offers (issue 16): a backend with the member directory
// and nothing else runs the main window with every other page and action absent or disabled,
// each saying why, and nothing it lacks is ever tried.

#include "connection/mail/mailsender.h"
#include "connection/session.h"
#include "connection/sql/sqlbackend.h"
#include "core/i18n.h"
#include "guitest.h"
#include "memorydirectory.h"
#include "statementlog.h"
#include "models/usersmodel.h"
#include "testsupport.h"
#include "models/auditmodel.h"
#include "models/invitationsmodel.h"
#include "ui/common/helpdialogs.h"
#include "ui/audit/auditview.h"
#include "ui/groups/groupsview.h"
#include "ui/invite/invitationsview.h"
#include "ui/mainwindow.h"
#include "ui/users/changeconfirmdialog.h"
#include "ui/users/memberactions.h"
#include "ui/users/userdetailspanel.h"
#include "ui/users/usereditdialog.h"
#include "ui/users/usersview.h"

#include <QLabel>
#include <QMenuBar>
#include <QMessageBox>
#include <QAction>
#include <QElapsedTimer>
#include <QFile>
#include <QHeaderView>
#include <QLineEdit>
#include <QMenu>
#include <QScrollBar>
#include <QSplitter>
#include <QSignalSpy>
#include <QApplication>
#include <QPromise>
#include <QPushButton>
#include <QSettings>
#include <QStackedWidget>
#include <QTabBar>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QToolBar>
#include <QToolButton>
#include <QTreeView>
#include <QTreeWidget>

using namespace usher;
using namespace usher::test;

class TestFeatures : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void cleanup();
    void aDirectoryOnlyConnectionShowsWhatItOffers();
    void theWindowFitsANarrowScreenAndTheDetailsPanelFolds();
    void everyShortcutIsOneActionsAndTheKeyboardReachesTheChanges();
    void helpListsEveryKey();
    void gettingStartedPointsAtTheRealMenus();
    void aDirectoryOnlyConnectionStillChangesPeople();
    void aServicesVersionKeepsTwoAdminsApart();
    void switchingToALesserConnectionLeavesThePagesItLacks();
    void yourOwnChangeKeepsTheScrollPositionAndSelection();
    void groupsAndAuditFollowAnotherAdmin();
    void theFirstPageIsReadBeforeTheOtherScreens();
    void pagesRegisterAndReadWhatChangedWhileHidden();
    void connectingAsksForTheSecretOnlyWhenItMust();
    void signingInIsTheSessionsLastStep();
    void theFirstAdminIsListedAtOnce();

private:
    /// A window whose files ending in ".memory" open as an in-memory directory (with `people`
    /// members), and any other as a SQLite database.
    MainWindow* openWindow(const QString& path, const QString& asEmail = {}, const QString& asName = {});
    QAction* action(const QString& name) const { return m_window->findChild<QAction*>(name); }
    qint64 listedRows() const
    {
        const auto* model = m_window->usersView()->table()->model();
        return model ? model->rowCount() : -1;
    }
    /// Everyone the directory holds except the deleted (who have their own view).
    qint64 notDeleted() const
    {
        UserFilter everyone;
        everyone.workspaceId = 1;
        return await(m_directory->countUsers(everyone)).value();
    }
    QWidget* currentPage() const { return m_window->findChild<QStackedWidget*>()->currentWidget(); }
    void selectFirstRows(int count);

    QTemporaryDir m_dir;
    QString m_seeded;
    MainWindow* m_window = nullptr;
    QPointer<MemoryDirectory> m_directory;
};

void TestFeatures::initTestCase()
{
    useOwnSettings(QStringLiteral("tst_features"));
    installSqliteStatementLog();
    QSettings().clear();
    QVERIFY(m_dir.isValid());
    m_seeded = m_dir.filePath(QStringLiteral("seeded.usher"));
    seedSqlite(m_seeded, standardSeed());
}

void TestFeatures::cleanup()
{
    delete m_window;
    m_window = nullptr;
}

MainWindow* TestFeatures::openWindow(const QString& path, const QString& asEmail, const QString& asName)
{
    delete m_window;
    m_window = new MainWindow([this](const ConnectionProfile& profile, const QString& password) -> std::unique_ptr<Backend> {
        if (profile.file() && profile.file()->path.endsWith(QLatin1String(".memory"))) {
            auto directory = std::make_unique<MemoryDirectory>(40);
            m_directory = directory.get();
            return directory;
        }
        return std::make_unique<sql::SqlBackend>(profile, password);
    });
    if (!asEmail.isEmpty()) {
        m_window->setOperatorHint(asName, asEmail);
    }
    m_window->resize(1280, 800);
    m_window->show();
    m_window->openDatabase(path);
    return m_window;
}

void TestFeatures::selectFirstRows(int count)
{
    QTableView* table = m_window->usersView()->table();
    QTRY_VERIFY(table->model() && table->model()->rowCount() >= count);
    auto* model = qobject_cast<UsersModel*>(table->model());
    QTRY_VERIFY(model->index(count - 1, 0).data(UsersModel::LoadedRole).toBool());
    table->clearSelection();
    for (int row = 0; row < count; ++row) {
        table->selectionModel()->select(model->index(row, 0), QItemSelectionModel::Select | QItemSelectionModel::Rows);
    }
}

void TestFeatures::theWindowFitsANarrowScreenAndTheDetailsPanelFolds()
{
    // A laptop at 1024×700 (or half of a 1920 screen): the window may be that narrow with the
    // side list, the table and the details panel all shown.
    QSettings().remove(QStringLiteral("usersView")); // the splitter, the panel and the columns as first shown
    openWindow(m_seeded, QStringLiteral("ada@example.org"));
    QTRY_VERIFY(m_window->usersView()->table()->model() && m_window->usersView()->table()->model()->rowCount() > 0);
    QAction* details = m_window->usersView()->detailsPanelAction();
    QVERIFY(details && details->isChecked());
    QVERIFY2(m_window->minimumSizeHint().width() <= 1024, qPrintable(QString::number(m_window->minimumSizeHint().width())));
    m_window->resize(1024, 700);
    QTRY_COMPARE(m_window->width(), 1024);
    auto* panel = m_window->findChild<UserDetailsPanel*>();
    QTableView* table = m_window->usersView()->table();
    QVERIFY(panel->isVisible());
    QTRY_VERIFY(panel->width() >= panel->minimumWidth());
    const int tableWithPanel = table->width();
    // Every toolbar button stays reachable (names give way to icons), none behind the » menu.
    auto* toolbar = m_window->findChild<QToolBar*>(QStringLiteral("mainToolBar"));
    auto* overflow = toolbar->findChild<QToolButton*>(QStringLiteral("qt_toolbar_ext_button"));
    QVERIFY(overflow);
    QTRY_VERIFY(!overflow->isVisible());
    snapshot(m_window, QStringLiteral("users-1024"));
    // Someone chosen: the panel's four tabs are named in full, in every language, without arrows.
    table->selectRow(1);
    QTRY_VERIFY(panel->findChild<QTabWidget*>(QStringLiteral("detailsTabs"))->isVisible());
    QTabBar* tabs = panel->findChild<QTabWidget*>(QStringLiteral("detailsTabs"))->tabBar();
    QTRY_VERIFY(tabs->width() > 0);
    // Whole names where they fit, icons named in their tooltips where they do not; never "…".
    QVERIFY2(tabs->sizeHint().width() <= tabs->width(), qPrintable(QString::number(tabs->sizeHint().width())));
    for (int i = 0; i < tabs->count(); ++i) {
        QVERIFY(!tabs->tabToolTip(i).isEmpty());
        QVERIFY(tabs->tabText(i) == tabs->tabToolTip(i) || (tabs->tabText(i).isEmpty() && !tabs->tabIcon(i).isNull()));
    }
    snapshot(m_window, QStringLiteral("details-1024"));

    // Hidden from the View menu (F9): the table takes its width.
    details->trigger();
    QVERIFY(!details->isChecked());
    QTRY_VERIFY(!panel->isVisible());
    QTRY_VERIFY(table->width() > tableWithPanel + 200);

    // Until the person sizes a column, the columns share the table's width: every one in view
    // at 1600 px, growing and shrinking with the window.
    m_window->resize(1600, 1000);
    QHeaderView* header = table->horizontalHeader();
    QTRY_VERIFY(table->viewport()->width() > 1200);
    QTRY_COMPARE(table->horizontalScrollBar()->maximum(), 0);
    QVERIFY(header->sectionSize(UsersModel::NameColumn) >= 220);
    QVERIFY(header->sectionSize(UsersModel::JoinedColumn) < 2 * 100); // the room went to names, not the last column
    const int nameAt1600 = header->sectionSize(UsersModel::NameColumn);
    m_window->resize(1300, 1000);
    QTRY_VERIFY(header->sectionSize(UsersModel::NameColumn) < nameAt1600);
    QTRY_COMPARE(table->horizontalScrollBar()->maximum(), 0);
    // A width the person sets stays, whatever the window does.
    header->resizeSection(UsersModel::EmailColumn, 333);
    m_window->resize(1500, 1000);
    QTRY_VERIFY(table->viewport()->width() > 1100);
    QCOMPARE(header->sectionSize(UsersModel::EmailColumn), 333);

    // Remembered: the next window starts without it; showing it again brings back its width.
    m_window->close();
    openWindow(m_seeded, QStringLiteral("ada@example.org"));
    m_window->resize(1600, 1000);
    toolbar = m_window->findChild<QToolBar*>(QStringLiteral("mainToolBar"));
    // Wide, the pages are named on their buttons.
    auto* invite = qobject_cast<QToolButton*>(
        toolbar->widgetForAction(m_window->findChild<QAction*>(QStringLiteral("inviteAction"))));
    QTRY_COMPARE(invite->toolButtonStyle(), Qt::ToolButtonTextBesideIcon);
    details = m_window->usersView()->detailsPanelAction();
    panel = m_window->findChild<UserDetailsPanel*>();
    QVERIFY(!details->isChecked());
    QVERIFY(!panel->isVisible());
    details->trigger();
    QVERIFY(panel->isVisible());
    auto* splitter = m_window->findChild<QSplitter*>(QStringLiteral("usersSplitter"));
    QTRY_VERIFY(splitter->sizes().value(2) >= panel->minimumWidth());

    // Dragged closed by its handle, the menu follows (and the panel opens again from it).
    QSplitterHandle* handle = splitter->handle(2);
    const QPoint grip = handle->rect().center();
    QTest::mousePress(handle, Qt::LeftButton, {}, grip);
    QMouseEvent drag(QEvent::MouseMove, QPointF(grip + QPoint(panel->width() + 50, 0)),
                     handle->mapToGlobal(QPointF(grip + QPoint(panel->width() + 50, 0))), Qt::NoButton,
                     Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(handle, &drag);
    QTest::mouseRelease(handle, Qt::LeftButton, {}, grip + QPoint(panel->width() + 50, 0));
    QTRY_COMPARE(splitter->sizes().value(2), 0);
    QVERIFY(!details->isChecked());
    details->trigger();
    QTRY_VERIFY(splitter->sizes().value(2) >= panel->minimumWidth());
    QVERIFY(details->isChecked());
    m_window->usersView()->table()->selectRow(1);
    QTRY_VERIFY(panel->findChild<QTabWidget*>(QStringLiteral("detailsTabs"))->isVisible());
    snapshot(m_window, QStringLiteral("details-1600"));
}

void TestFeatures::helpListsEveryKey()
{
    openWindow(m_seeded, QStringLiteral("ada@example.org"));
    QTRY_VERIFY(m_window->usersView()->table()->model() && m_window->usersView()->table()->model()->rowCount() > 0);
    auto* open = m_window->findChild<QAction*>(QStringLiteral("shortcutsAction"));
    QVERIFY(open);
    open->trigger();
    auto* dialog = waitForDialog<ShortcutsDialog>(m_window, QStringLiteral("shortcutsDialog"));
    const QMap<QString, QString> listed = dialog->listed();
    // Every key the window answers to is listed, beside its action, under its menu.
    int keys = 0;
    for (QAction* action : m_window->findChildren<QAction*>()) {
        if (action->shortcut().isEmpty() || action->shortcutContext() != Qt::WindowShortcut) {
            continue;
        }
        ++keys;
        const QString key = action->shortcut().toString(QKeySequence::NativeText);
        QString name = action->text().remove(QLatin1Char('&'));
        if (name.endsWith(QChar(0x2026))) {
            name.chop(1);
        }
        bool found = false;
        for (auto it = listed.cbegin(); it != listed.cend(); ++it) {
            found = found || (it.key().endsWith(QStringLiteral(" › ") + name) && it.value().contains(key));
        }
        QVERIFY2(found, qPrintable(QStringLiteral("%1 (%2) is not listed").arg(name, key)));
    }
    QVERIFY(keys >= 10);
    // Where the window's menus put them: Disable under the Users menu.
    auto* disable = m_window->memberActions()->findChild<QAction*>(QStringLiteral("disableAction"));
    const QString disableName = disable->text().remove(QLatin1Char('&')).remove(QChar(0x2026));
    const auto row = std::find_if(listed.cbegin(), listed.cend(), [&](const QString& keys) {
        return keys == disable->shortcut().toString(QKeySequence::NativeText);
    });
    QVERIFY(row != listed.cend());
    QVERIFY2(row.key().endsWith(disableName) && row.key().count(QStringLiteral(" › ")) >= 1, qPrintable(row.key()));
    snapshot(dialog, QStringLiteral("shortcuts"));
    dialog->reject();
    waitUntilClosed(dialog);
}

void TestFeatures::gettingStartedPointsAtTheRealMenus()
{
    openWindow(m_seeded, QStringLiteral("ada@example.org"));
    m_window->findChild<QAction*>(QStringLiteral("gettingStartedAction"))->trigger();
    auto* dialog = waitForDialog<GettingStartedDialog>(m_window, QStringLiteral("gettingStartedDialog"));
    const QString text = dialog->findChild<QLabel*>(QStringLiteral("gettingStartedText"))->text();
    // Each step names the menu and item as the window has them, in its language, with the key.
    for (const char* name : {"connectionsAction", "inviteAction", "importAction", "newUserAction", "changeRoleAction",
                             "groupsPageAction", "disableAction", "deleteAction", "restoreAction", "auditPageAction",
                             "shortcutsAction"}) {
        const QString where = whereToFind(m_window, QString::fromLatin1(name));
        QVERIFY2(!where.isEmpty(), name);
        QVERIFY2(text.contains(where.toHtmlEscaped()), qPrintable(where));
    }
    // Disable is found under the menu bar's menu that holds it.
    QAction* disable = m_window->memberActions()->findChild<QAction*>(QStringLiteral("disableAction"));
    QString menu;
    for (QAction* top : m_window->menuBar()->actions()) {
        if (top->menu() && top->menu()->actions().contains(disable)) {
            menu = top->menu()->title().remove(QLatin1Char('&'));
        }
    }
    QVERIFY(!menu.isEmpty());
    QCOMPARE(whereToFind(m_window, QStringLiteral("disableAction")),
             QStringLiteral("%1 › %2 (%3)")
                 .arg(menu, disable->text().remove(QLatin1Char('&')).remove(QChar(0x2026)),
                      disable->shortcut().toString(QKeySequence::NativeText)));
    QVERIFY(!text.contains(QLatin1String("%1")) && !text.contains(QLatin1String("%n")));
    snapshot(dialog, QStringLiteral("getting-started"));
    dialog->reject();
    waitUntilClosed(dialog);
}

void TestFeatures::everyShortcutIsOneActionsAndTheKeyboardReachesTheChanges()
{
    openWindow(m_seeded, QStringLiteral("ada@example.org"));
    QTRY_VERIFY(m_window->usersView()->table()->model() && m_window->usersView()->table()->model()->rowCount() > 0);

    // No key does two things (Qt then does neither, and only logs "Ambiguous shortcut").
    QHash<QString, QString> owner;
    for (QAction* action : m_window->findChildren<QAction*>()) {
        if (action->shortcutContext() != Qt::WindowShortcut && action->shortcutContext() != Qt::ApplicationShortcut) {
            continue; // a field's own keys (Escape in the search box)
        }
        for (const QKeySequence& key : action->shortcuts()) {
            const QString name = action->text().remove(QLatin1Char('&'));
            QVERIFY2(!owner.contains(key.toString()) || owner.value(key.toString()) == name,
                     qPrintable(QStringLiteral("%1 is both %2 and %3").arg(key.toString(), owner.value(key.toString()), name)));
            owner.insert(key.toString(), name);
        }
    }
    // The changes made most often each have a key.
    MemberActions* actions = m_window->memberActions();
    for (const char* name : {"newUserAction", "editUserAction", "disableAction", "reactivateAction", "deleteAction",
                             "restoreAction", "changeRoleAction"}) {
        QAction* action = actions->findChild<QAction*>(QString::fromLatin1(name));
        QVERIFY2(action && !action->shortcut().isEmpty(), name);
    }

    // Ctrl+N makes a new person.
    m_window->activateWindow();
    QTest::keyClick(m_window->usersView()->table(), Qt::Key_N, Qt::ControlModifier);
    auto* dialog = waitForDialog<UserEditDialog>(m_window, QStringLiteral("userEditDialog"));
    dialog->reject();
    waitUntilClosed(dialog);

    // The Change Role menu marks the role the chosen people share, and none when they differ.
    UsersView* view = m_window->usersView();
    QTableView* table = view->table();
    const auto checkedRoles = [&] {
        QStringList checked;
        for (const Role role : allRoles()) {
            if (actions->roleAction(role)->isChecked()) {
                checked.append(roleKey(role));
            }
        }
        return checked;
    };
    int first = -1;
    int other = -1;
    for (int row = 0; row < table->model()->rowCount() && other < 0; ++row) {
        const auto role = table->model()->index(row, UsersModel::RoleColumn).data(Qt::DisplayRole).toString();
        if (first < 0) {
            first = row;
        } else if (role != table->model()->index(first, UsersModel::RoleColumn).data(Qt::DisplayRole).toString()) {
            other = row;
        }
    }
    QVERIFY(first >= 0 && other > first);
    table->selectRow(first);
    QTRY_COMPARE(view->selectedUsers().size(), 1);
    const Role firstRole = view->selectedUsers().first().role;
    QTRY_COMPARE(checkedRoles(), QStringList{roleKey(firstRole)});
    table->selectionModel()->select(table->model()->index(other, 0),
                                    QItemSelectionModel::Select | QItemSelectionModel::Rows);
    QTRY_COMPARE(view->selectedUsers().size(), 2);
    QTRY_COMPARE(checkedRoles(), QStringList{});

    // Ctrl+Shift+R opens the roles beside the person from the keyboard.
    table->selectRow(first);
    table->setFocus();
    auto* roles = m_window->findChild<QMenu*>(QStringLiteral("roleMenu"));
    QTest::keyClick(table, Qt::Key_R, Qt::ControlModifier | Qt::ShiftModifier);
    QTRY_VERIFY(roles->isVisible());
    roles->hide();

    // Escape empties the search (everyone listed again); pressed again, it goes to the table.
    auto* search = view->findChild<QLineEdit*>(QStringLiteral("searchField"));
    const int everyone = table->model()->rowCount();
    search->setFocus();
    QTest::keyClicks(search, QStringLiteral("ada"));
    QTRY_VERIFY(table->model()->rowCount() < everyone);
    QTest::keyClick(search, Qt::Key_Escape);
    QCOMPARE(search->text(), QString());
    QTRY_COMPARE(table->model()->rowCount(), everyone);
    QTest::keyClick(search, Qt::Key_Escape);
    QTRY_COMPARE(m_window->focusWidget(), static_cast<QWidget*>(table));
}

void TestFeatures::aDirectoryOnlyConnectionShowsWhatItOffers()
{
    openWindow(m_dir.filePath(QStringLiteral("people.memory")));
    QTRY_VERIFY(m_directory);
    Backend* backend = m_window->backend();
    QVERIFY(backend->members() && !backend->groups() && !backend->auditLog());

    // Listed, and the connection's own identity is the operator: nobody is asked to sign in.
    QTRY_COMPARE(listedRows(), notDeleted());
    QTRY_VERIFY(m_window->currentOperator().has_value());
    QCOMPARE(m_window->currentOperator()->role, Role::Admin);
    QCOMPARE(m_window->currentOperator()->email, m_directory->connectedAs().email);

    // Every page and action of a feature it lacks is disabled, saying which feature and why,
    // although the operator is an Admin whose role would allow each of them.
    const QList<std::pair<QString, Backend::Feature>> absent{
        {QStringLiteral("groupsPageAction"), Backend::Feature::Groups},
        {QStringLiteral("auditPageAction"), Backend::Feature::AuditLog},
        {QStringLiteral("invitationsPageAction"), Backend::Feature::Invitations},
        {QStringLiteral("inviteAction"), Backend::Feature::Invitations},
        {QStringLiteral("signupSettingsAction"), Backend::Feature::Invitations},
        {QStringLiteral("mailServerAction"), Backend::Feature::Outbox},
        {QStringLiteral("directorySyncAction"), Backend::Feature::DirectorySync},
        {QStringLiteral("signInAction"), Backend::Feature::OperatorSignIn},
        {QStringLiteral("loadSampleDataAction"), Backend::Feature::Maintenance},
    };
    for (const auto& [name, feature] : absent) {
        QAction* gated = action(name);
        QVERIFY2(gated, qPrintable(name));
        QVERIFY2(!gated->isEnabled(), qPrintable(name));
        QCOMPARE(gated->toolTip(), backend->absence(feature));
    }
    // The side list has no Invitations and Waitlist to open.
    QVERIFY(m_window->usersView()->findChild<QWidget*>(QStringLiteral("signupList"))->isHidden());

    // Its shortcut does not open a page the connection lacks.
    m_window->activateWindow();
    QTest::keyClick(m_window, Qt::Key_2, Qt::ControlModifier);
    QTest::keyClick(m_window, Qt::Key_3, Qt::ControlModifier);
    QCOMPARE(currentPage(), m_window->usersView());

    // With people selected, what the directory offers is there and what it lacks says why.
    selectFirstRows(2);
    MemberActions* actions = m_window->memberActions();
    QTRY_VERIFY(actions->disableAction()->isEnabled() || actions->reactivateAction()->isEnabled());
    QVERIFY(!actions->addToGroupAction()->isEnabled());
    QCOMPARE(actions->addToGroupAction()->toolTip(), backend->absence(Backend::Feature::Groups));
    QVERIFY(!actions->removeFromGroupAction()->isEnabled());

    // One person: the details panel reads them, and unlocking is not offered, saying why.
    selectFirstRows(1);
    auto* unlock = m_window->detailsPanel()->findChild<QPushButton*>(QStringLiteral("unlockSignInButton"));
    QVERIFY(unlock);
    QTRY_COMPARE(unlock->toolTip(), backend->absence(Backend::Feature::PasswordHelp));
    QVERIFY(!unlock->isEnabled());
    for (const QSize size : {QSize(1024, 700), QSize(1600, 1000)}) {
        m_window->resize(size);
        QTest::qWait(50);
        snapshot(m_window, QStringLiteral("directory-only-%1").arg(size.width()));
    }
}

void TestFeatures::aDirectoryOnlyConnectionStillChangesPeople()
{
    openWindow(m_dir.filePath(QStringLiteral("change.memory")));
    QTRY_COMPARE(listedRows(), notDeleted());
    QTRY_VERIFY(m_window->currentOperator().has_value());
    // Rows 2 and 3 (the first is the operator, whom a change of several leaves out).
    QTableView* table = m_window->usersView()->table();
    auto* model = qobject_cast<UsersModel*>(table->model());
    QList<Id> chosen;
    table->clearSelection();
    for (int row = 0; row < model->rowCount() && chosen.size() < 2; ++row) {
        const QModelIndex index = model->index(row, 0);
        if (index.data(UsersModel::AccountIdRole).value<Id>() == m_window->currentOperator()->accountId
            || model->index(row, UsersModel::StatusColumn).data(UsersModel::StatusKeyRole).toString()
                != QLatin1String("active")) {
            continue;
        }
        chosen.append(index.data(UsersModel::AccountIdRole).value<Id>());
        table->selectionModel()->select(index, QItemSelectionModel::Select | QItemSelectionModel::Rows);
    }
    QCOMPARE(chosen.size(), 2);
    QTRY_VERIFY(m_window->memberActions()->disableAction()->isEnabled());
    const int before = m_directory->calls;
    m_window->memberActions()->disableAction()->trigger();
    auto* confirm = waitForDialog<ChangeConfirmDialog>(m_window, QStringLiteral("confirmChange"));
    confirm->findChild<QPushButton*>(QStringLiteral("confirmButton"))->click();
    UserFilter disabled;
    disabled.workspaceId = MemoryDirectory::workspace;
    disabled.status = Status::Disabled;
    disabled.accountIds = chosen;
    QTRY_COMPARE(await(m_directory->countUsers(disabled)).value(), 2);
    QVERIFY(m_directory->calls > before);
}

void TestFeatures::aServicesVersionKeepsTwoAdminsApart()
{
    // A directory whose ids and versions are its own strings (a UUID-like id, an ETag). The
    // table shows someone as they were; another admin changes them meanwhile; disabling them
    // from the row on screen is refused by the service's version, not applied over the change.
    openWindow(m_dir.filePath(QStringLiteral("etag.memory")));
    QTRY_COMPARE(listedRows(), notDeleted());
    QTRY_VERIFY(m_window->currentOperator().has_value());
    const Operator me = *m_window->currentOperator();
    QVERIFY2(me.accountId.number() == 0, qPrintable(me.accountId.text())); // not a number
    QTableView* table = m_window->usersView()->table();
    auto* model = qobject_cast<UsersModel*>(table->model());
    int row = 0;
    const auto chosen = [&](int at) {
        const UserSummary user = model->userAt(model->index(at, 0));
        return user.accountId != me.accountId && user.status == Status::Active && user.role == Role::Member;
    };
    while (row < model->rowCount() && !chosen(row)) {
        ++row;
    }
    QVERIFY(row < model->rowCount());
    const UserSummary seen = model->userAt(model->index(row, 0));
    const Id person = seen.accountId;
    const QString name = seen.displayName;
    QVERIFY2(seen.version.number() == -1, qPrintable(seen.version.text())); // an ETag, not a counter
    table->clearSelection();
    table->selectionModel()->select(model->index(row, 0), QItemSelectionModel::Select | QItemSelectionModel::Rows);

    MemberChange promote;
    promote.operation = MemberOperation::ChangeRole;
    promote.role = Role::Manager;
    promote.targets = {{person, {}}}; // the other admin: "as it is now"
    const auto promoted = await(m_directory->changeMembers(me, promote));
    QVERIFY(promoted.ok() && promoted.value().constFirst().done);

    QTRY_VERIFY(m_window->memberActions()->disableAction()->isEnabled());
    m_window->memberActions()->disableAction()->trigger();
    auto* confirm = waitForDialog<ChangeConfirmDialog>(m_window, QStringLiteral("confirmChange"));
    confirm->findChild<QPushButton*>(QStringLiteral("confirmButton"))->click();
    auto* refused = waitForDialog<QMessageBox>(m_window, QStringLiteral("changeRefused"));
    QVERIFY2(refused->text().contains(name), qPrintable(refused->text()));
    refused->close();

    UserFilter them;
    them.workspaceId = MemoryDirectory::workspace;
    them.accountIds = QList<Id>{person};
    const auto now = await(m_directory->listUsers({them, {}, 0, 10}));
    QVERIFY(now.ok());
    QCOMPARE(now.value().rows.size(), 1);
    QCOMPARE(now.value().rows.constFirst().status, Status::Active); // not disabled over the other change
    QCOMPARE(now.value().rows.constFirst().role, Role::Manager);
}

void TestFeatures::switchingToALesserConnectionLeavesThePagesItLacks()
{
    // On a full SQLite database, the Groups page is open...
    openWindow(m_seeded, QStringLiteral("ada@example.org"));
    QTRY_VERIFY(m_window->currentOperator().has_value());
    QTRY_VERIFY(action(QStringLiteral("groupsPageAction"))->isEnabled());
    m_window->showPage(QStringLiteral("groups"));
    QCOMPARE(currentPage(), m_window->groupsView());

    // ...then the same window switches to a directory without groups: the page it showed
    // gives way to the users, and nothing of the old connection is left to act on.
    m_window->openDatabase(m_dir.filePath(QStringLiteral("switch.memory")));
    QTRY_VERIFY(m_directory);
    QTRY_COMPARE(listedRows(), notDeleted());
    QTRY_COMPARE(currentPage(), m_window->usersView());
    QVERIFY(!action(QStringLiteral("groupsPageAction"))->isEnabled());
    QVERIFY(m_window->usersView()->findChild<QWidget*>(QStringLiteral("signupList"))->isHidden());
    QCOMPARE(m_window->currentOperator()->email, m_directory->connectedAs().email);
    // The old connection's mail server is forgotten: this one has no outbox to send.
    QVERIFY(!m_window->mailSender()->isConfigured());
    QVERIFY(!m_window->mailSender()->isBusy());
}

void TestFeatures::yourOwnChangeKeepsTheScrollPositionAndSelection()
{
    // 600 people, the operator first: far enough down that a reset would show.
    QList<SeedUser> people{{QStringLiteral("Ada Admin"), QStringLiteral("ada@example.org"), Role::Admin, Status::Active,
                            Source::Invite, 1'700'000'000, 0, {}}};
    for (int i = 0; i < 599; ++i) {
        people.append({QStringLiteral("Person %1").arg(i, 3, 10, QLatin1Char('0')),
                       QStringLiteral("p%1@example.org").arg(i, 3, 10, QLatin1Char('0')), Role::Member, Status::Active,
                       Source::Invite, 1'700'000'000, 0, {}});
    }
    const QString path = m_dir.filePath(QStringLiteral("scroll.usher"));
    seedSqlite(path, people);
    openWindow(path, QStringLiteral("ada@example.org"));
    QTRY_VERIFY(m_window->currentOperator().has_value());
    QTRY_COMPARE(listedRows(), 600);
    UsersView* view = m_window->usersView();
    QTableView* table = view->table();
    auto* model = qobject_cast<UsersModel*>(table->model());

    view->scrollToRow(400);
    const QModelIndex chosen = table->indexAt(table->viewport()->rect().center());
    QVERIFY(chosen.isValid());
    QTRY_VERIFY(model->isRowLoaded(chosen.row()));
    const Id person = chosen.data(UsersModel::AccountIdRole).value<Id>();
    const QString email = model->index(chosen.row(), UsersModel::EmailColumn).data().toString();
    QVERIFY(email.startsWith(QLatin1Char('p')));
    table->selectionModel()->select(chosen, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    QTRY_COMPARE(view->selectedCount(), 1);
    const int tableScroll = table->verticalScrollBar()->value();
    const int listingScroll = view->rowScrollBar()->value();
    QVERIFY(listingScroll > 0);

    // Disable them from the table's own action: one person, confirmed, changed.
    QSignalSpy reset(model, &QAbstractItemModel::modelReset);
    QSignalSpy reloaded(model, &UsersModel::reloaded);
    QTRY_VERIFY(m_window->memberActions()->disableAction()->isEnabled());
    m_window->memberActions()->disableAction()->trigger();
    auto* confirm = waitForDialog<ChangeConfirmDialog>(m_window, QStringLiteral("confirmChange"));
    confirm->findChild<QPushButton*>(QStringLiteral("confirmButton"))->click();
    QTRY_VERIFY(reloaded.count() >= 1);
    QTRY_COMPARE(model->index(chosen.row(), UsersModel::StatusColumn).data(UsersModel::StatusKeyRole).toString(),
                 QStringLiteral("disabled"));

    // Updated where they are: no reset, the same place in the listing, the same person chosen.
    QCOMPARE(reset.count(), 0);
    QCOMPARE(table->verticalScrollBar()->value(), tableScroll);
    QCOMPARE(view->rowScrollBar()->value(), listingScroll);
    QCOMPARE(view->selectedCount(), 1);
    QCOMPARE(view->selectedUsers().value(0).accountId, person);
    QCOMPARE(model->index(chosen.row(), UsersModel::EmailColumn).data().toString(), email);
}

void TestFeatures::groupsAndAuditFollowAnotherAdmin()
{
    const QString path = m_dir.filePath(QStringLiteral("follow.usher"));
    seedSqlite(path, standardSeed());
    openWindow(path, QStringLiteral("ada@example.org"));
    QTRY_VERIFY(m_window->currentOperator().has_value());

    // Another admin, in their own Usher on the same file.
    sql::SqlBackend theirs(ConnectionProfile::sqliteFile(path));
    QVERIFY(await(theirs.open()).ok());
    const auto grace = await(theirs.identify(1, QStringLiteral("grace@example.org")));
    QVERIFY(grace.ok());

    // The Groups page, shown, lists their new group within about a second.
    m_window->showPage(QStringLiteral("groups"));
    auto* groups = m_window->groupsView()->findChild<QTableView*>(QStringLiteral("groupsTable"));
    QVERIFY(groups);
    QTRY_VERIFY(groups->model() && groups->model()->rowCount() > 0);
    const auto listsGroup = [&](const QString& name) {
        for (int row = 0; row < groups->model()->rowCount(); ++row) {
            if (groups->model()->index(row, 0).data().toString() == name) {
                return true;
            }
        }
        return false;
    };
    QVERIFY(!listsGroup(QStringLiteral("Night Shift")));
    QElapsedTimer clock;
    clock.start();
    GroupEdit night;
    night.name = QStringLiteral("Night Shift");
    night.description = QString();
    night.permissions = QStringList();
    const auto created = await(theirs.createGroup(grace.value(), night));
    QVERIFY2(created.ok(), qPrintable(created.error().message));
    QTRY_VERIFY_WITH_TIMEOUT(listsGroup(QStringLiteral("Night Shift")), 2000);
    QVERIFY2(clock.elapsed() < 1500, qPrintable(QString::number(clock.elapsed())));

    // The audit log, shown with an event chosen, gains their next change at the top, in place.
    m_window->showPage(QStringLiteral("audit"));
    QTableView* audit = m_window->auditView()->table();
    QTRY_VERIFY(audit->model() && audit->model()->rowCount() > 0);
    const int before = audit->model()->rowCount();
    audit->selectRow(0);
    const Id chosenEvent = audit->model()->index(0, 0).data(AuditModel::EventIdRole).value<Id>();
    QSignalSpy reset(audit->model(), &QAbstractItemModel::modelReset);
    clock.restart();
    GroupEdit renamed;
    renamed.name = QStringLiteral("Night Owls");
    QVERIFY(await(theirs.updateGroup(grace.value(), created.value(), renamed)).ok());
    QTRY_COMPARE_WITH_TIMEOUT(audit->model()->rowCount(), before + 1, 2000);
    QVERIFY2(clock.elapsed() < 1500, qPrintable(QString::number(clock.elapsed())));
    QCOMPARE(reset.count(), 0);
    QVERIFY(chosenEvent < audit->model()->index(0, 0).data(AuditModel::EventIdRole).value<Id>());
    const QModelIndexList selected = audit->selectionModel()->selectedRows();
    QCOMPARE(selected.size(), 1);
    QCOMPARE(selected.first().data(AuditModel::EventIdRole).value<Id>(), chosenEvent);
}

void TestFeatures::theFirstPageIsReadBeforeTheOtherScreens()
{
    // The backend answers one call at a time, in order. The users' first page is asked for
    // before the screens following the session read, and the open invitations (two seconds
    // at a million members) are not read at all until their page is shown: the side list's
    // figures come from the kept counts.
    const QString path = m_dir.filePath(QStringLiteral("order.usher"));
    seedSqlite(path, standardSeed());
    auto* side = static_cast<QTreeWidget*>(nullptr);
    const QString countsSql = QStringLiteral("(SELECT COUNT(*) FROM waitlist WHERE workspace_id");
    const QString listSql = QStringLiteral("FROM invites i JOIN accounts a");
    const StatementLog opening = recordStatements({}, [&] {
        openWindow(path, QStringLiteral("ada@example.org"));
        QTRY_VERIFY(listedRows() > 0);
        QTRY_VERIFY(m_window->currentOperator().has_value());
        side = m_window->usersView()->findChild<QTreeWidget*>(QStringLiteral("signupList"));
        QTRY_COMPARE(side->topLevelItem(0)->text(1), QStringLiteral("2")); // the seed's two invited
        QTRY_COMPARE(side->topLevelItem(1)->text(1), QStringLiteral("0"));
        QTest::qWait(300); // the other screens' reads are queued by now
    });
    const auto firstRun = [](const StatementLog& log, const QString& part) {
        qint64 first = 0;
        for (auto it = log.cbegin(); it != log.cend(); ++it) {
            if (it.key().contains(part) && (first == 0 || it->firstFinished < first)) {
                first = it->firstFinished;
            }
        }
        return first;
    };
    const auto runs = [](const StatementLog& log, const QString& part) {
        qint64 total = 0;
        for (auto it = log.cbegin(); it != log.cend(); ++it) {
            total += it.key().contains(part) ? it->runs : 0;
        }
        return total;
    };
    const qint64 page = firstRun(opening, QStringLiteral("group_concat(g.name, char(31))")); // the users' page
    const qint64 counts = firstRun(opening, countsSql);
    QVERIFY2(page > 0 && counts > 0, qPrintable(QStringLiteral("page %1, counts %2").arg(page).arg(counts)));
    QVERIFY2(page < counts, qPrintable(QStringLiteral("page %1, counts %2").arg(page).arg(counts)));
    QCOMPARE(runs(opening, listSql), 0);

    // Another admin invites someone while the page is hidden: the figure follows, still
    // without reading the list.
    sql::SqlBackend theirs(ConnectionProfile::sqliteFile(path));
    QVERIFY(await(theirs.open()).ok());
    const auto grace = await(theirs.identify(1, QStringLiteral("grace@example.org")));
    QVERIFY(grace.ok());
    const StatementLog hidden = recordStatements({}, [&] {
        InvitationRequest request;
        request.addresses = parseInviteAddresses(QStringLiteral("newcomer@example.org"));
        QVERIFY(await(theirs.invitations()->createInvitations(grace.value(), request)).ok());
        QTRY_COMPARE_WITH_TIMEOUT(side->topLevelItem(0)->text(1), QStringLiteral("3"), 2000);
    });
    QCOMPARE(runs(hidden, listSql), 0);

    // Shown, the page reads its list once, and it agrees with the figure.
    const StatementLog shown = recordStatements({}, [&] {
        m_window->showPage(QStringLiteral("invitations"));
        QTRY_COMPARE(m_window->invitationsView()->invitations()->rowCount(), 3);
        QTest::qWait(200);
    });
    QCOMPARE(runs(shown, listSql), 1);
    QCOMPARE(side->topLevelItem(0)->text(1), QStringLiteral("3"));
}

void TestFeatures::pagesRegisterAndReadWhatChangedWhileHidden()
{
    const QString path = m_dir.filePath(QStringLiteral("pages.usher"));
    seedSqlite(path, standardSeed());
    openWindow(path, QStringLiteral("ada@example.org"));
    QTRY_VERIFY(m_window->currentOperator().has_value());

    // Every page registered once: in the View menu and the toolbar, with its shortcut.
    const QStringList ids{QStringLiteral("users"), QStringLiteral("groups"), QStringLiteral("audit"),
                          QStringLiteral("invitations")};
    auto* toolbar = m_window->findChild<QToolBar*>();
    QVERIFY(toolbar);
    for (int i = 0; i < ids.size(); ++i) {
        QAction* action = m_window->pageAction(ids.at(i));
        QVERIFY2(action, qPrintable(ids.at(i)));
        QCOMPARE(action->shortcut(), QKeySequence(Qt::CTRL | Qt::Key(Qt::Key_1 + i)));
        QVERIFY(toolbar->actions().contains(action));
        QTRY_VERIFY(action->isEnabled());
    }
    QVERIFY(!m_window->pageAction(QStringLiteral("nonsense")));

    // Another admin, in their own Usher on the same file, with one change already made.
    sql::SqlBackend theirs(ConnectionProfile::sqliteFile(path));
    QVERIFY(await(theirs.open()).ok());
    const auto grace = await(theirs.identify(1, QStringLiteral("grace@example.org")));
    QVERIFY(grace.ok());
    GroupEdit day;
    day.name = QStringLiteral("Day Shift");
    QVERIFY(await(theirs.createGroup(grace.value(), day)).ok());

    // The Groups and Audit pages, seen once, then left; the other admin adds a group meanwhile.
    m_window->pageAction(QStringLiteral("groups"))->trigger();
    QCOMPARE(currentPage(), static_cast<QWidget*>(m_window->groupsView()));
    auto* groups = m_window->groupsView()->findChild<QTableView*>(QStringLiteral("groupsTable"));
    const auto listsGroup = [&](const QString& name) {
        for (int row = 0; groups->model() && row < groups->model()->rowCount(); ++row) {
            if (groups->model()->index(row, 0).data().toString() == name) {
                return true;
            }
        }
        return false;
    };
    QTRY_VERIFY(listsGroup(QStringLiteral("Day Shift")));
    QTest::qWait(400); // the notice of their change, if it comes now, changes nothing more
    const int groupsBefore = groups->model()->rowCount();
    m_window->pageAction(QStringLiteral("audit"))->trigger();
    QTableView* audit = m_window->auditView()->table();
    QTRY_VERIFY(audit->model() && audit->model()->rowCount() > 0);
    const int eventsBefore = audit->model()->rowCount();
    m_window->pageAction(QStringLiteral("users"))->trigger();
    QCOMPARE(currentPage(), static_cast<QWidget*>(m_window->usersView()));

    GroupEdit night;
    night.name = QStringLiteral("Night Shift");
    QVERIFY(await(theirs.createGroup(grace.value(), night)).ok());
    QTest::qWait(400); // the change is noticed while both pages are hidden
    QCOMPARE(groups->model()->rowCount(), groupsBefore);

    // Shown again, each reads what changed.
    m_window->pageAction(QStringLiteral("groups"))->trigger();
    QTRY_COMPARE(groups->model()->rowCount(), groupsBefore + 1);
    QVERIFY(listsGroup(QStringLiteral("Night Shift")));
    m_window->pageAction(QStringLiteral("audit"))->trigger();
    QTRY_COMPARE(audit->model()->rowCount(), eventsBefore + 1);

    // A page that cannot be opened is not shown: the users instead.
    m_window->showPage(QStringLiteral("nonsense"));
    QCOMPARE(currentPage(), static_cast<QWidget*>(m_window->usersView()));
}

namespace {

/// A directory behind a secret: it opens only with the right one, as a server would.
class LockedDirectory : public MemoryDirectory
{
public:
    explicit LockedDirectory(bool unlocked) : MemoryDirectory(5), m_unlocked(unlocked) { }
    QFuture<Result<OpenInfo>> open() override
    {
        if (m_unlocked) {
            return MemoryDirectory::open();
        }
        QPromise<Result<OpenInfo>> promise;
        promise.start();
        promise.addResult(BackendError{BackendError::Kind::Authentication,
                                       QStringLiteral("password authentication failed"), {}});
        promise.finish();
        return promise.future();
    }

private:
    bool m_unlocked;
};

/// A keychain in memory whose answers can be held back, as a slow Secret Service would.
class HeldKeychain : public CredentialStrategy
{
public:
    QHash<QString, QString> secrets;
    int reads = 0;
    bool hold = false;
    std::vector<std::shared_ptr<QPromise<Result<QString>>>> held;

    QFuture<Result<QString>> saved(const ConnectionProfile& profile) override
    {
        ++reads;
        auto promise = std::make_shared<QPromise<Result<QString>>>();
        promise->start();
        if (hold) {
            held.push_back(promise);
            return promise->future();
        }
        promise->addResult(secrets.contains(profile.name)
                               ? Result<QString>(secrets.value(profile.name))
                               : Result<QString>(BackendError{BackendError::Kind::NotFound, QStringLiteral("none"), {}}));
        promise->finish();
        return promise->future();
    }
    QFuture<Result<Done>> keep(const ConnectionProfile& profile, const QString& secret) override
    {
        secrets.insert(profile.name, secret);
        QPromise<Result<Done>> promise;
        promise.start();
        promise.addResult(Done{});
        promise.finish();
        return promise.future();
    }
};

} // namespace

void TestFeatures::connectingAsksForTheSecretOnlyWhenItMust()
{
    Session session;
    int made = 0;
    session.setBackendFactory([&made](const ConnectionProfile& profile, const QString& secret) -> std::unique_ptr<Backend> {
        ++made;
        return std::make_unique<LockedDirectory>(!profile.needsPassword() || secret == QLatin1String("right"));
    });
    HeldKeychain keychain;
    keychain.secrets.insert(QStringLiteral("team"), QStringLiteral("stale"));
    session.setCredentials(&keychain);
    PostgresServer server;
    server.host = QStringLiteral("db.example.org");
    server.user = QStringLiteral("ada");
    server.database = QStringLiteral("usher");
    const ConnectionProfile team = ConnectionProfile::postgresServer(QStringLiteral("team"), server);
    QSignalSpy asked(&session, &Session::secretNeeded);
    QSignalSpy opened(&session, &Session::opened);
    QSignalSpy failed(&session, &Session::openFailed);
    QSignalSpy declined(&session, &Session::connectDeclined);

    // The saved secret no longer works (changed on the server): asked, with the server's words.
    session.connectTo(team);
    QTRY_COMPARE(asked.count(), 1);
    QCOMPARE(asked.at(0).at(1).toString(), QStringLiteral("password authentication failed"));
    QCOMPARE(session.stage(), Session::Stage::AskingForSecret);
    QVERIFY(!session.backend());
    // The right one, kept: open, and in the keychain for next time.
    session.provideSecret(QStringLiteral("right"), true);
    QTRY_COMPARE(opened.count(), 1);
    QCOMPARE(session.stage(), Session::Stage::Open);
    QCOMPARE(keychain.secrets.value(QStringLiteral("team")), QStringLiteral("right"));
    // An answer nobody asked for changes nothing.
    session.provideSecret(QStringLiteral("stray"), false);
    QCOMPARE(made, 2);

    // Declined: nothing opens, nothing is kept, and it says so.
    keychain.secrets.insert(QStringLiteral("team"), QStringLiteral("stale"));
    session.connectTo(team);
    QTRY_COMPARE(asked.count(), 2);
    session.declineSecret();
    QCOMPARE(declined.count(), 1);
    QCOMPARE(session.stage(), Session::Stage::Idle);
    QCOMPARE(opened.count(), 1);
    QCOMPARE(keychain.secrets.value(QStringLiteral("team")), QStringLiteral("stale"));

    // A secret typed for this session only (not kept) serves the next connect without the keychain.
    session.connectWith(team, QStringLiteral("right"));
    QTRY_COMPARE(opened.count(), 2);
    const int reads = keychain.reads;
    session.connectTo(team);
    QTRY_COMPARE(opened.count(), 3);
    QCOMPARE(keychain.reads, reads);

    // A later connect wins: the keychain answers for the first only after the second opened.
    session.forgetSecrets();
    keychain.hold = true;
    session.connectTo(team);
    QCOMPARE(session.stage(), Session::Stage::ReadingSecret);
    session.connectTo(ConnectionProfile::sqliteFile(QStringLiteral("/tmp/other.usher"))); // needs no secret
    QTRY_COMPARE(opened.count(), 4);
    QCOMPARE(opened.last().at(0).value<ConnectionProfile>().kind(), ConnectionProfile::Kind::Sqlite);
    for (const auto& promise : keychain.held) {
        promise->addResult(Result<QString>(QStringLiteral("right")));
        promise->finish();
    }
    QTest::qWait(50);
    QCOMPARE(opened.count(), 4); // the first connect's answer came too late to count
    QCOMPARE(asked.count(), 2);
    QCOMPARE(session.profile().kind(), ConnectionProfile::Kind::Sqlite);
    QCOMPARE(failed.count(), 0);
}

void TestFeatures::theFirstAdminIsListedAtOnce()
{
    // A new file and a name on the command line (`usher --database new.usher --as …`): the
    // person made its first Admin is in the table and the counts straight away, not after a refresh.
    openWindow(m_dir.filePath(QStringLiteral("first-admin.usher")), QStringLiteral("ada@example.org"),
               QStringLiteral("Ada Lovelace"));
    QTRY_VERIFY(m_window->session()->currentOperator());
    QTableView* table = m_window->usersView()->table();
    QTRY_VERIFY(table->model() && table->model()->rowCount() == 1);
    QTRY_COMPARE(table->model()->index(0, UsersModel::EmailColumn).data().toString(), QStringLiteral("ada@example.org"));
    auto* views = m_window->usersView()->findChild<QTreeView*>(QStringLiteral("savedViews"));
    QTRY_COMPARE(views->model()->index(0, 1).data().toString(), QStringLiteral("1"));
}

void TestFeatures::signingInIsTheSessionsLastStep()
{
    const QString path = m_dir.filePath(QStringLiteral("signin.usher"));
    const ConnectionProfile file = ConnectionProfile::sqliteFile(path);
    const auto factory = [](const ConnectionProfile& profile, const QString& secret) -> std::unique_ptr<Backend> {
        return std::make_unique<sql::SqlBackend>(profile, secret);
    };
    {
        // A new file and a person named on the command line: they become its first Admin, and
        // nobody is asked.
        Session session;
        session.setBackendFactory(factory);
        QSignalSpy asked(&session, &Session::operatorNeeded);
        QSignalSpy settled(&session, &Session::signInSettled);
        session.setOperatorHint(QStringLiteral("Ada Lovelace"), QStringLiteral("ada@example.org"));
        session.connectTo(file);
        QTRY_COMPARE(settled.count(), 1);
        QCOMPARE(session.stage(), Session::Stage::Open);
        QCOMPARE(asked.count(), 0);
        QVERIFY(session.currentOperator());
        QCOMPARE(session.currentOperator()->email, QStringLiteral("ada@example.org"));
        QCOMPARE(session.currentOperator()->role, Role::Admin);
        QVERIFY(!session.needsFirstAdmin());
        QCOMPARE(session.signInMode(), Session::SignInMode::Identify);
    }
    {
        // The next start, with no name given: the remembered operator, again without asking.
        Session session;
        session.setBackendFactory(factory);
        QSignalSpy asked(&session, &Session::operatorNeeded);
        QSignalSpy settled(&session, &Session::signInSettled);
        session.connectTo(file);
        QTRY_COMPARE(settled.count(), 1);
        QCOMPARE(asked.count(), 0);
        QVERIFY(session.currentOperator());
        QCOMPARE(session.currentOperator()->email, QStringLiteral("ada@example.org"));
        // File ▸ Sign In asks, suggesting who is signed in; settled stays settled.
        session.signInAgain();
        QCOMPARE(asked.count(), 1);
        QCOMPARE(asked.last().at(0).value<Session::SignInMode>(), Session::SignInMode::Identify);
        QCOMPARE(asked.last().at(1).toString(), QStringLiteral("ada@example.org"));
        session.finishSignIn();
        QCOMPARE(settled.count(), 1);
    }
    {
        // A name from the command line that is no member of the file (a typo, or someone since
        // removed): asked, with the reason, and nobody works as anyone until they answer.
        Session session;
        session.setBackendFactory(factory);
        QSignalSpy asked(&session, &Session::operatorNeeded);
        QSignalSpy settled(&session, &Session::signInSettled);
        session.setOperatorHint({}, QStringLiteral("mallory@example.org"));
        session.connectTo(file);
        QTRY_COMPARE(asked.count(), 1);
        QCOMPARE(asked.last().at(0).value<Session::SignInMode>(), Session::SignInMode::Identify);
        QVERIFY(!asked.last().at(2).toString().isEmpty());
        QCOMPARE(session.stage(), Session::Stage::SigningIn);
        QVERIFY(!session.currentOperator());
        QCOMPARE(settled.count(), 0);
        session.finishSignIn(); // the dialog closed without anyone signing in
        QCOMPARE(settled.count(), 1);
        QCOMPARE(session.stage(), Session::Stage::Open);
        QVERIFY(!session.currentOperator());
        session.finishSignIn(); // twice changes nothing
        QCOMPARE(settled.count(), 1);

        // Testing another connection meanwhile (the connections dialog) leaves this one as it
        // is, and creates nothing where there was nothing.
        Backend* open = session.backend();
        // The answer comes through this thread's event loop (the throwaway backend goes here).
        const auto tested = [](QFuture<Result<OpenInfo>> future) {
            const bool answered = QTest::qWaitFor([&] { return future.isFinished(); }, 10000);
            return answered ? future.result() : Result<OpenInfo>(BackendError{BackendError::Kind::Internal, QStringLiteral("no answer"), {}});
        };
        const QString elsewhere = m_dir.filePath(QStringLiteral("not-there-yet.usher"));
        const auto probed = tested(session.testConnection(ConnectionProfile::sqliteFile(elsewhere), {}));
        QVERIFY2(probed.ok(), qPrintable(probed.error().message));
        QCOMPARE(probed.value().schemaVersion, 0);
        QVERIFY(!QFile::exists(elsewhere));
        const auto same = tested(session.testConnection(file, {}));
        QVERIFY2(same.ok(), qPrintable(same.error().message));
        QCOMPARE(same.value().schemaVersion, same.value().latestVersion);
        QCOMPARE(session.backend(), open);
        QCOMPARE(session.profile().file()->path, path);
        QCOMPARE(session.stage(), Session::Stage::Open);
    }
}

int main(int argc, char* argv[])
{
    QApplication app(argc, argv);
    // English unless asked otherwise, to look at the screens in another language.
    installTranslations(app, qEnvironmentVariable("USHER_TEST_LANGUAGE", QStringLiteral("en")));
    TestFeatures test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_features.moc"
