#include "connection/sql/sqlbackend.h"
#include "core/i18n.h"
#include "models/savedviewsmodel.h"
#include "models/usersmodel.h"
#include "guitest.h"
#include "testsupport.h"
#include "ui/common/databaseerrordialog.h"
#include "ui/common/emptystate.h"
#include "ui/connection/operatordialog.h"
#include "ui/mainwindow.h"
#include "ui/users/usersview.h"

#include <QApplication>
#include <QActionGroup>
#include <QComboBox>
#include <QToolButton>
#include <QFile>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QMenu>
#include <QMessageBox>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QSqlQuery>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

using namespace usher;
using namespace usher::test;

class TestMainWindow : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void init();
    void cleanup();
    void showsTheUsersOfASeededDatabase();
    void searchBoxNarrowsTheRows();
    void statusFilterNarrowsTheRows();
    void noMatchOffersToClearFilters();
    void emptyDatabaseOffersSampleData();
    void badFileShowsTheReasonAndLeavesItAlone();
    void shortcutsFindAndRefresh();
    void columnsAndSortAreRemembered();
    void liveRefreshKeepsTheSelection();
    void aboutNamesTheDatabase();
    void savedViewsShowTheirMembersAndCounts();
    void selectAllCoversEveryMatchingUser();
    void selectionFollowsTheUserAcrossSorting();
    void rangeOverRowsStillLoadingStaysWhole();
    void filtersMenuNarrowsByRole();

private:
    /// Opens `path` working as `asEmail` (no one: the window asks, and the test ignores it).
    MainWindow* openWindow(const QString& path, const QString& asEmail = QStringLiteral("ada@example.org"));
    QTableView* table() { return m_window->findChild<QTableView*>(QStringLiteral("usersTable")); }
    QLineEdit* search() { return m_window->findChild<QLineEdit*>(QStringLiteral("searchField")); }
    EmptyState* emptyState() { return m_window->findChild<EmptyState*>(QStringLiteral("emptyState")); }
    QString countText() { return m_window->findChild<QLabel*>(QStringLiteral("countLabel"))->text(); }
    QStringList visibleColumn(int column);
    /// Saves a picture of `widget` when USHER_SCREENSHOT_DIR is set, for looking at the screens.
    static void snapshot(QWidget* widget, const QString& name)
    {
        const QString dir = qEnvironmentVariable("USHER_SCREENSHOT_DIR");
        if (!dir.isEmpty() && widget) {
            widget->grab().save(dir + QLatin1Char('/') + name + QStringLiteral(".png"));
        }
    }

    QTemporaryDir m_dir;
    QString m_seeded;
    MainWindow* m_window = nullptr;
};

void TestMainWindow::initTestCase()
{
    useOwnSettings(QStringLiteral("tst_mainwindow"));
    QSettings().clear();
    QVERIFY(m_dir.isValid());
    m_seeded = m_dir.filePath(QStringLiteral("seeded.usher"));
    seedSqlite(m_seeded, standardSeed());
}

void TestMainWindow::init()
{
    QSettings().clear();
}

void TestMainWindow::cleanup()
{
    delete m_window;
    m_window = nullptr;
}

MainWindow* TestMainWindow::openWindow(const QString& path, const QString& asEmail)
{
    delete m_window;
    m_window = openMainWindow(path, asEmail);
    return m_window;
}

QStringList TestMainWindow::visibleColumn(int column)
{
    QStringList values;
    QAbstractItemModel* model = table()->model();
    for (int row = 0; model && row < model->rowCount(); ++row) {
        values.append(model->index(row, column).data().toString());
    }
    return values;
}

void TestMainWindow::showsTheUsersOfASeededDatabase()
{
    openWindow(m_seeded);
    QTRY_COMPARE(table()->model() ? table()->model()->rowCount() : -1, 11);
    QTRY_COMPARE(countText(), QStringLiteral("11 users"));
    QVERIFY(table()->isVisible());
    QVERIFY(!emptyState()->isVisible());
    // Sorted by name, case-insensitively.
    const QStringList names = visibleColumn(UsersModel::NameColumn);
    QCOMPARE(names.first(), QStringLiteral("100% Sure"));
    QVERIFY(names.indexOf(QStringLiteral("Ada Lovelace")) < names.indexOf(QStringLiteral("BOB UPPER")));
    QVERIFY(!names.contains(QStringLiteral("田中 美咲"))); // deleted
    QVERIFY(m_window->windowTitle().contains(QStringLiteral("seeded.usher")));
    QVERIFY(
        m_window->findChild<QLabel*>(QStringLiteral("locationLabel"))->text().contains(QStringLiteral("seeded.usher")));
}

void TestMainWindow::searchBoxNarrowsTheRows()
{
    openWindow(m_seeded);
    QTRY_COMPARE(table()->model() ? table()->model()->rowCount() : -1, 11);
    QTest::keyClicks(search(), QStringLiteral("grace"));
    QTRY_COMPARE(table()->model()->rowCount(), 1);
    QCOMPARE(visibleColumn(UsersModel::EmailColumn), QStringList {QStringLiteral("grace@example.org")});
    QTRY_COMPARE(countText(), QStringLiteral("1 user"));

    search()->clear();
    QTest::keyClicks(search(), QStringLiteral("%"));
    QTRY_COMPARE(visibleColumn(UsersModel::EmailColumn), QStringList {QStringLiteral("percent@example.org")});
    search()->clear();
    QTRY_COMPARE(table()->model()->rowCount(), 11);
}

void TestMainWindow::statusFilterNarrowsTheRows()
{
    openWindow(m_seeded);
    QTRY_COMPARE(table()->model() ? table()->model()->rowCount() : -1, 11);
    auto* status = m_window->findChild<QComboBox*>(QStringLiteral("statusFilter"));
    status->setCurrentIndex(status->findData(QStringLiteral("disabled")));
    QTRY_COMPARE(table()->model()->rowCount(), 2);
    QStringList emails = visibleColumn(UsersModel::EmailColumn);
    emails.sort();
    QCOMPARE(emails, (QStringList {QStringLiteral("alan@example.org"), QStringLiteral("carol@example.org")}));
    status->setCurrentIndex(status->findData(QStringLiteral("deleted")));
    QTRY_COMPARE(visibleColumn(UsersModel::EmailColumn), QStringList {QStringLiteral("misaki.tanaka@example.org")});
}

void TestMainWindow::noMatchOffersToClearFilters()
{
    openWindow(m_seeded);
    QTRY_COMPARE(table()->model() ? table()->model()->rowCount() : -1, 11);
    QTest::keyClicks(search(), QStringLiteral("nobody-has-this"));
    QTRY_VERIFY(emptyState()->isVisible());
    QCOMPARE(emptyState()->title(), QStringLiteral("No matching users"));
    QVERIFY(emptyState()->message().contains(QStringLiteral("nobody-has-this")));
    auto* clear = emptyState()->findChild<QPushButton*>(QStringLiteral("clearFiltersButton"));
    QVERIFY(clear);
    QTest::mouseClick(clear, Qt::LeftButton);
    QTRY_COMPARE(table()->model()->rowCount(), 11);
    QVERIFY(search()->text().isEmpty());
    QTRY_VERIFY(table()->isVisible());
}

void TestMainWindow::emptyDatabaseOffersSampleData()
{
    const QString path = m_dir.filePath(QStringLiteral("empty.usher"));
    // Nobody has said who they are yet: nothing is loaded (it used to load anonymously, and then
    // nobody could become the first Admin), and signing in offers the first-Admin step again.
    openWindow(path, {});
    QTRY_VERIFY(emptyState()->isVisible());
    QCOMPARE(emptyState()->title(), QStringLiteral("No users yet"));
    auto* firstAdmin = test::waitForDialog<OperatorDialog>(m_window, QStringLiteral("operatorDialog"));
    firstAdmin->reject();
    QVERIFY(waitUntilClosed(firstAdmin));
    auto* sample = m_window->findChild<QAction*>(QStringLiteral("loadSampleDataAction"));
    QVERIFY(!sample->isEnabled());
    QVERIFY2(sample->toolTip().contains(QStringLiteral("who you are")), qPrintable(sample->toolTip()));
    auto* anonymous = emptyState()->findChild<QPushButton*>(QStringLiteral("loadSampleDataButton"));
    QTest::mouseClick(anonymous, Qt::LeftButton);
    auto* refusal = test::waitForDialog<QMessageBox>(m_window, QStringLiteral("errorMessage"));
    refusal->close();
    QCOMPARE(DirectSql(path).scalar(QStringLiteral("SELECT COUNT(*) FROM accounts")).toInt(), 0);
    m_window->signIn();
    auto* again = test::waitForDialog<OperatorDialog>(m_window, QStringLiteral("operatorDialog"));
    QCOMPARE(again->mode(), OperatorDialog::Mode::FirstAdmin);
    again->reject();
    QVERIFY(waitUntilClosed(again));

    delete m_window;
    m_window = openMainWindow(path, QStringLiteral("ada@example.org"), QStringLiteral("Ada Admin"));
    QTRY_VERIFY(m_window->currentOperator().has_value());
    // The first Admin is listed at once (not "No users yet" beside "Seats: 1"), and the sample
    // data is still offered: the workspace has nobody else.
    QTRY_COMPARE(table()->model()->rowCount(), 1);
    QVERIFY(!emptyState()->isVisible());
    sample = m_window->findChild<QAction*>(QStringLiteral("loadSampleDataAction"));
    QTRY_VERIFY(sample->isEnabled());
    QSignalSpy loaded(m_window, &MainWindow::sampleDataLoaded);
    sample->trigger();
    QTRY_COMPARE_WITH_TIMEOUT(loaded.count(), 1, 30000);
    QCOMPARE(loaded.first().first().toLongLong(), qint64(MainWindow::defaultSampleCount));
    QTRY_VERIFY(table()->isVisible());
    QTRY_VERIFY(table()->model()->rowCount() > 0);
    DirectSql direct(path);
    const int listed
        = direct.scalar(QStringLiteral("SELECT COUNT(*) FROM memberships WHERE status <> 'deleted'")).toInt();
    QTRY_COMPARE(countText(), QStringLiteral("%1 users").arg(listed));
}

void TestMainWindow::badFileShowsTheReasonAndLeavesItAlone()
{
    const QString path = m_dir.filePath(QStringLiteral("notes.usher"));
    {
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("These are my notes, not a database.\n");
    }
    const QByteArray before = sha256Of(path);
    QSignalSpy failed(openWindow(path), &MainWindow::databaseFailed);
    QTRY_COMPARE(failed.count(), 1);
    auto* dialog = m_window->findChild<DatabaseErrorDialog*>();
    QVERIFY(dialog);
    QTRY_VERIFY(dialog->isVisible());
    QVERIFY(dialog->findChild<QLabel*>(QStringLiteral("fileLabel"))->text().contains(QStringLiteral("notes.usher")));
    QVERIFY(dialog->findChild<QLabel*>(QStringLiteral("reasonLabel"))
                ->text()
                .contains(QStringLiteral("not a SQLite database")));
    QVERIFY(dialog->findChild<QPushButton*>(QStringLiteral("openAnotherButton")));
    QVERIFY(dialog->findChild<QPushButton*>(QStringLiteral("createNewButton")));
    QTest::mouseClick(dialog->findChild<QPushButton*>(QStringLiteral("closeButton")), Qt::LeftButton);
    QTRY_VERIFY(!m_window->findChild<DatabaseErrorDialog*>());
    // Behind the dialog, the window offers a way forward too.
    QTRY_VERIFY(emptyState()->isVisible());
    QCOMPARE(emptyState()->title(), QStringLiteral("No database open"));
    QVERIFY(emptyState()->findChild<QPushButton*>(QStringLiteral("openDatabaseButton")));
    QCOMPARE(sha256Of(path), before);
    QVERIFY(!QFile::exists(path + QStringLiteral("-wal")));
}

void TestMainWindow::shortcutsFindAndRefresh()
{
    openWindow(m_seeded);
    QVERIFY(QTest::qWaitForWindowActive(m_window));
    QTRY_COMPARE(table()->model() ? table()->model()->rowCount() : -1, 11);
    table()->setFocus();
    QTest::keyClick(m_window, Qt::Key_F, Qt::ControlModifier);
    QTRY_VERIFY(search()->hasFocus());

    // Another program adds a member; F5 shows it.
    const QString path = m_dir.filePath(QStringLiteral("refresh.usher"));
    QFile::remove(path);
    seedSqlite(path, standardSeed().mid(0, 3));
    openWindow(path);
    QVERIFY(QTest::qWaitForWindowActive(m_window));
    QTRY_COMPARE(table()->model() ? table()->model()->rowCount() : -1, 3);
    {
        DirectSql direct(path);
        QSqlQuery query(direct.db());
        QVERIFY(query.exec(QStringLiteral("INSERT INTO accounts (email, email_key, display_name, created_at) "
                                          "VALUES ('new@example.org', 'new@example.org', 'New Person', 0)")));
        QVERIFY(query.exec(
            QStringLiteral("INSERT INTO memberships (account_id, workspace_id, role, status, source, joined_at) "
                           "VALUES (last_insert_rowid(), 1, 'member', 'active', 'manual', 0)")));
    }
    QTest::keyClick(m_window, Qt::Key_F5);
    QTRY_COMPARE(table()->model()->rowCount(), 4);
    QVERIFY(visibleColumn(UsersModel::EmailColumn).contains(QStringLiteral("new@example.org")));
}

void TestMainWindow::columnsAndSortAreRemembered()
{
    openWindow(m_seeded);
    QTRY_COMPARE(table()->model() ? table()->model()->rowCount() : -1, 11);
    QHeaderView* header = table()->horizontalHeader();
    header->setSectionHidden(UsersModel::SourceColumn, true);
    header->resizeSection(UsersModel::EmailColumn, 333);
    table()->sortByColumn(UsersModel::EmailColumn, Qt::DescendingOrder);
    QTRY_COMPARE(visibleColumn(UsersModel::EmailColumn).value(0), QStringLiteral("zoe@example.org"));
    m_window->close();

    openWindow(m_seeded);
    QTRY_COMPARE(table()->model() ? table()->model()->rowCount() : -1, 11);
    header = table()->horizontalHeader();
    QVERIFY(header->isSectionHidden(UsersModel::SourceColumn));
    QCOMPARE(header->sectionSize(UsersModel::EmailColumn), 333);
    QCOMPARE(header->sortIndicatorSection(), int(UsersModel::EmailColumn));
    QCOMPARE(header->sortIndicatorOrder(), Qt::DescendingOrder);
    QTRY_COMPARE(visibleColumn(UsersModel::EmailColumn).value(0), QStringLiteral("zoe@example.org"));
}

void TestMainWindow::liveRefreshKeepsTheSelection()
{
    const QString path = m_dir.filePath(QStringLiteral("live.usher"));
    seedSqlite(path, standardSeed());
    openWindow(path);
    QTRY_COMPARE(table()->model() ? table()->model()->rowCount() : -1, 11);
    // Select Grace, who is on row 4 in name order.
    const int graceRow = visibleColumn(UsersModel::EmailColumn).indexOf(QStringLiteral("grace@example.org"));
    QVERIFY(graceRow > 0);
    table()->selectRow(graceRow);
    QSignalSpy reloaded(m_window->findChild<UsersModel*>(QStringLiteral("usersModel")), &UsersModel::reloaded);
    {
        // Another program adds "Aaron", who sorts before Grace and pushes her down a row.
        DirectSql direct(path);
        QVERIFY(direct.exec(QStringLiteral("INSERT INTO accounts (email, email_key, display_name, created_at) "
                                           "VALUES ('aaron@example.org', 'aaron@example.org', 'Aaron Aardvark', 0)")));
        QVERIFY(direct.exec(QStringLiteral("INSERT INTO memberships (account_id, workspace_id, role, status, source, "
                                           "joined_at) VALUES (last_insert_rowid(), 1, 'member', 'active', 'manual', 0)")));
    }
    QTRY_VERIFY_WITH_TIMEOUT(reloaded.count() > 0, 2000);
    QCOMPARE(table()->model()->rowCount(), 12);
    const QModelIndexList selected = table()->selectionModel()->selectedRows();
    QCOMPARE(selected.size(), 1);
    QCOMPARE(selected.first().siblingAtColumn(UsersModel::EmailColumn).data().toString(), QStringLiteral("grace@example.org"));
    QCOMPARE(selected.first().row(), graceRow + 1);
}

void TestMainWindow::aboutNamesTheDatabase()
{
    openWindow(m_seeded);
    QTRY_VERIFY(m_window->backend());
    QAction* about = nullptr;
    for (QAction* action : m_window->findChildren<QAction*>()) {
        if (action->menuRole() == QAction::AboutRole) {
            about = action;
        }
    }
    QVERIFY(about);
    about->trigger();
    auto* details = m_window->findChild<QLabel*>(QStringLiteral("aboutDetails"));
    QVERIFY(details);
    QVERIFY(details->text().contains(QStringLiteral("seeded.usher")));
    QVERIFY(details->text().contains(QStringLiteral("SQLite")));
    snapshot(m_window->findChild<QDialog*>(QStringLiteral("aboutDialog")), QStringLiteral("about"));
}

void TestMainWindow::savedViewsShowTheirMembersAndCounts()
{
    openWindow(m_seeded);
    QTRY_COMPARE(table()->model() ? table()->model()->rowCount() : -1, 11);
    auto* views = m_window->findChild<QAbstractItemView*>(QStringLiteral("savedViews"));
    QVERIFY(views && views->model());
    auto countOf = [views](SavedView view) {
        auto* model = static_cast<SavedViewsModel*>(views->model());
        return model->count(view);
    };
    QTRY_COMPARE(countOf(SavedView::Disabled), 2);
    QCOMPARE(countOf(SavedView::AllUsers), 11);
    QCOMPARE(countOf(SavedView::Deleted), 1);
    // Click "Disabled": the table shows just them, and the status filter says why it is off.
    auto* model = static_cast<SavedViewsModel*>(views->model());
    const QModelIndex disabled = model->index(model->rowOf(SavedView::Disabled), 0);
    views->setCurrentIndex(disabled);
    QTRY_COMPARE(table()->model()->rowCount(), 2);
    auto* status = m_window->findChild<QComboBox*>(QStringLiteral("statusFilter"));
    QVERIFY(!status->isEnabled());
    QVERIFY(status->toolTip().contains(QStringLiteral("Disabled")));
    // Search works inside a view.
    QTest::keyClicks(search(), QStringLiteral("carol"));
    QTRY_COMPARE(table()->model()->rowCount(), 1);
    search()->clear();
    views->setCurrentIndex(model->index(model->rowOf(SavedView::Deleted), 0));
    QTRY_COMPARE(table()->model()->rowCount(), 1);
    QVERIFY(emptyState()->isHidden() || !emptyState()->isVisible());
}

void TestMainWindow::selectAllCoversEveryMatchingUser()
{
    openWindow(m_seeded);
    QTRY_COMPARE(table()->model() ? table()->model()->rowCount() : -1, 11);
    table()->setFocus();
    table()->selectRow(2);
    QTRY_VERIFY(countText().contains(QStringLiteral("1 selected")));
    auto* view = m_window->usersView();
    QCOMPARE(view->selectedCount(), 1);
    m_window->findChild<QAction*>(QStringLiteral("selectAllAction"))->trigger();
    QTRY_COMPARE(countText(), QStringLiteral("All 11 users selected"));
    QVERIFY(view->allMatchingSelected());
    QCOMPARE(view->selectedCount(), 11);
    // Sorting keeps the selection (all of them, loaded or not).
    table()->sortByColumn(UsersModel::EmailColumn, Qt::DescendingOrder);
    QTRY_COMPARE(table()->selectionModel()->selectedRows().size(), 11);
    QVERIFY(view->allMatchingSelected());
    // Another filter ends "all matching": it meant the people of the old filter.
    QTest::keyClicks(search(), QStringLiteral("grace"));
    QTRY_COMPARE(table()->model()->rowCount(), 1);
    QVERIFY(!view->allMatchingSelected());

    // Clicking the only result of a search is not "all": clearing the search selects no one else.
    table()->selectRow(0);
    QTRY_COMPARE(view->selectedCount(), 1);
    QVERIFY(!view->allMatchingSelected());
    search()->clear();
    QTRY_COMPARE(table()->model()->rowCount(), 11);
    QTRY_COMPARE(table()->selectionModel()->selectedRows().size(), 1);
    QCOMPARE(table()->selectionModel()->selectedRows().first().siblingAtColumn(UsersModel::EmailColumn).data().toString(),
             QStringLiteral("grace@example.org"));
    // The count comes after the first page (which already holds all 11 rows).
    QTRY_VERIFY(countText().contains(QStringLiteral("1 selected")));
}

void TestMainWindow::selectionFollowsTheUserAcrossSorting()
{
    openWindow(m_seeded);
    QTRY_COMPARE(table()->model() ? table()->model()->rowCount() : -1, 11);
    const int graceByName = visibleColumn(UsersModel::EmailColumn).indexOf(QStringLiteral("grace@example.org"));
    table()->selectRow(graceByName);
    // By email, descending: Grace moves to another row; the selection goes with her.
    table()->sortByColumn(UsersModel::EmailColumn, Qt::DescendingOrder);
    QTRY_COMPARE(visibleColumn(UsersModel::EmailColumn).value(0), QStringLiteral("zoe@example.org"));
    const int graceByEmail = visibleColumn(UsersModel::EmailColumn).indexOf(QStringLiteral("grace@example.org"));
    QVERIFY(graceByEmail != graceByName);
    QTRY_COMPARE(table()->selectionModel()->selectedRows().size(), 1);
    QCOMPARE(table()->selectionModel()->selectedRows().first().row(), graceByEmail);
    QCOMPARE(m_window->usersView()->selectedIds().size(), 1);
    // And across a refresh (F5).
    m_window->findChild<QAction*>(QStringLiteral("refreshAction"))->trigger();
    QTRY_COMPARE(table()->selectionModel()->selectedRows().size(), 1);
    QCOMPARE(table()->selectionModel()->selectedRows().first().siblingAtColumn(UsersModel::EmailColumn).data().toString(),
             QStringLiteral("grace@example.org"));
}

void TestMainWindow::rangeOverRowsStillLoadingStaysWhole()
{
    const QString path = m_dir.filePath(QStringLiteral("many.usher"));
    QList<SeedUser> many;
    for (int i = 0; i < 320; ++i) {
        many.append({QStringLiteral("Person %1").arg(i, 3, 10, QLatin1Char('0')), QStringLiteral("p%1@example.org").arg(i),
                     Role::Member, Status::Active, Source::Import, 1'700'000'000 + i, 0, {}});
    }
    seedSqlite(path, many);
    openWindow(path, {});
    QTRY_COMPARE(table()->model() ? table()->model()->rowCount() : -1, 320);
    auto* model = m_window->findChild<UsersModel*>(QStringLiteral("usersModel"));
    QVERIFY(!model->isRowLoaded(250)); // only what is on screen is loaded
    // Shift-click style: rows 10 to 250, most of them not loaded yet.
    table()->selectionModel()->select(QItemSelection(model->index(10, 0), model->index(250, UsersModel::ColumnCount - 1)),
                                      QItemSelectionModel::ClearAndSelect);
    // Scrolling brings pages in; the range must stay whole as they arrive.
    table()->scrollTo(model->index(240, 0));
    QTRY_VERIFY(model->isRowLoaded(240));
    const QItemSelectionModel* selection = table()->selectionModel();
    for (const int row : {10, 99, 150, 200, 250}) {
        QVERIFY2(selection->isRowSelected(row, {}), qPrintable(QString::number(row)));
    }
    QVERIFY(!selection->isRowSelected(251, {}));
    QCOMPARE(selection->selectedRows().size(), 241);
}

void TestMainWindow::filtersMenuNarrowsByRole()
{
    openWindow(m_seeded);
    QTRY_COMPARE(table()->model() ? table()->model()->rowCount() : -1, 11);
    auto* roles = m_window->findChild<QActionGroup*>(QStringLiteral("roleChoice"));
    QVERIFY(roles);
    QAction* admin = nullptr;
    for (QAction* action : roles->actions()) {
        if (action->data().toString() == QLatin1String("admin")) {
            admin = action;
        }
    }
    QVERIFY(admin);
    admin->trigger();
    QTRY_COMPARE(table()->model()->rowCount(), 2);
    auto* button = m_window->findChild<QToolButton*>(QStringLiteral("filtersButton"));
    QCOMPARE(button->text(), QStringLiteral("Filters (1)"));
    // And by group: the menu lists the workspace's groups.
    auto* groups = m_window->findChild<QActionGroup*>(QStringLiteral("groupChoice"));
    QTRY_VERIFY(groups && groups->actions().size() == 6); // "Any group" and five groups
    QAction* engineering = nullptr;
    for (QAction* action : groups->actions()) {
        if (action->text() == QLatin1String("Engineering")) {
            engineering = action;
        }
    }
    QVERIFY(engineering);
    engineering->trigger();
    QTRY_COMPARE(table()->model()->rowCount(), 2); // admins in Engineering: Ada and Grace
    QCOMPARE(button->text(), QStringLiteral("Filters (2)"));
    button->menu()->popup(button->mapToGlobal(QPoint(0, button->height())));
    QMenu* groupMenu = nullptr;
    for (QAction* action : button->menu()->actions()) {
        if (action->menu() && action->menu()->actions().contains(engineering)) {
            groupMenu = action->menu();
        }
    }
    QVERIFY(groupMenu);
    groupMenu->popup(QPoint(0, 0));
    snapshot(button->menu(), QStringLiteral("filters-menu"));
    snapshot(groupMenu, QStringLiteral("filters-group-menu"));
    groupMenu->hide();
    button->menu()->hide();
    m_window->usersView()->clearFilters();
    QTRY_COMPARE(table()->model()->rowCount(), 11);
    QCOMPARE(button->text(), QStringLiteral("Filters"));
}

int main(int argc, char* argv[])
{
    QApplication app(argc, argv);
    installTranslations(app, QStringLiteral("en"));
    TestMainWindow test;
    return QTest::qExec(&test, argc, argv);
}
#include "tst_mainwindow.moc"
