#include "core/i18n.h"
#include "models/usersmodel.h"
#include "guitest.h"
#include "testsupport.h"
#include "ui/mainwindow.h"
#include "ui/common/bulkresultdialog.h"
#include "ui/users/changeconfirmdialog.h"
#include "ui/users/deleteconfirmdialog.h"
#include "ui/users/memberactions.h"
#include "ui/users/usersview.h"

#include <QAction>
#include <QApplication>
#include <QActionGroup>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QRandomGenerator>
#include <QSettings>
#include <QSqlQuery>
#include <QTableView>
#include <QTemporaryDir>
#include <QScrollBar>
#include <QTest>
#include <QWheelEvent>

using namespace usher;
using namespace usher::test;

/// What a careless or unlucky admin does between selecting and acting: a filter or search
/// change, scrolling far enough that the selected person's page leaves the cache, a Stop
/// halfway. Each checks afterwards, in the database, that exactly the intended people changed.
class TestSelectionSafety : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void init();
    void cleanup();
    void filterChangeNeverWidensTheSelection();
    void searchThenDeleteNamesAndDeletesOnlyThatPerson();
    void evictedPageStillTargetsExactlyThePerson();
    void selectionFollowsPeopleAcrossTheWindow();
    void restoreFollowsThePersonsStateAfterTheChange();
    void changeToManyLeavesTheOperatorOut();
    void stopKeepsTheReportAndMatchesTheAuditLog();
    void randomSequencesChangeExactlyTheIntendedPeople();

private:
    QTableView* table() { return m_window->findChild<QTableView*>(QStringLiteral("usersTable")); }
    UsersModel* model() { return qobject_cast<UsersModel*>(table()->model()); }
    UsersView* view() { return m_window->usersView(); }
    MemberActions* actions() { return m_window->memberActions(); }
    void open();
    /// Selects the loaded row of `email` as a click would (replacing the selection).
    void click(const QString& email);
    int rowOf(const QString& email);
    void chooseRole(const QString& key);
    void confirmChange(const QString& reason = {});
    QString value(const QString& email, const QString& column);
    qint64 count(const QString& sql, const QVariantList& binds = {});
    /// Every membership's role and status, by email.
    QHash<QString, QString> snapshotOfEveryone();

    QTemporaryDir m_dir;
    QString m_path;
    MainWindow* m_window = nullptr;
    int m_count = 0;
};

void TestSelectionSafety::initTestCase()
{
    useOwnSettings(QStringLiteral("tst_selectionsafety"));
    QVERIFY(m_dir.isValid());
}

void TestSelectionSafety::init()
{
    QSettings().clear();
    m_path = m_dir.filePath(QStringLiteral("people%1.usher").arg(++m_count));
    // 600 people: the operator (an Admin), a second Admin, and every role, some disabled and deleted.
    QList<SeedUser> people;
    people.append({QStringLiteral("Ada Admin"), QStringLiteral("ada@example.org"), Role::Admin, Status::Active,
                   Source::Invite, 1'700'000'000, 0, {}});
    people.append({QStringLiteral("Grace Admin"), QStringLiteral("grace@example.org"), Role::Admin, Status::Active,
                   Source::Invite, 1'700'000'000, 0, {}});
    const Role roles[] = {Role::Member, Role::Editor, Role::Monitor, Role::Helpdesk, Role::Member, Role::Editor};
    for (int i = 0; i < 598; ++i) {
        const Status status = i % 37 == 5 ? Status::Deleted : i % 23 == 3 ? Status::Disabled : Status::Active;
        people.append({QStringLiteral("Person %1").arg(i, 3, 10, QLatin1Char('0')),
                       QStringLiteral("p%1@example.org").arg(i, 3, 10, QLatin1Char('0')), roles[i % 6], status,
                       Source::Invite, 1'700'000'000 + i, 0, {}});
    }
    seedSqlite(m_path, people);
}

void TestSelectionSafety::cleanup()
{
    delete m_window;
    m_window = nullptr;
}

void TestSelectionSafety::open()
{
    m_window = openMainWindow(m_path, QStringLiteral("ada@example.org"));
    m_window->resize(1200, 800);
    QTRY_VERIFY(m_window->currentOperator().has_value());
    QTRY_VERIFY(model() && model()->totalCount() > 0);
    QTRY_VERIFY(model()->isRowLoaded(0));
}

int TestSelectionSafety::rowOf(const QString& email)
{
    for (int row = 0; row < model()->rowCount(); ++row) {
        if (model()->isRowLoaded(row) && model()->index(row, UsersModel::EmailColumn).data().toString() == email) {
            return row;
        }
    }
    return -1;
}

void TestSelectionSafety::click(const QString& email)
{
    int row = -1;
    QTRY_VERIFY((row = rowOf(email)) >= 0);
    table()->scrollTo(model()->index(row, 0));
    const QRect cell = table()->visualRect(model()->index(row, UsersModel::EmailColumn));
    QTest::mouseClick(table()->viewport(), Qt::LeftButton, {}, cell.center());
    QTRY_VERIFY(view()->selectedIds().contains(
        model()->index(row, 0).data(UsersModel::AccountIdRole).value<Id>()));
}

void TestSelectionSafety::chooseRole(const QString& key)
{
    auto* roles = m_window->findChild<QActionGroup*>(QStringLiteral("roleChoice"));
    QVERIFY(roles);
    for (QAction* action : roles->actions()) {
        if (action->data().toString() == key) {
            action->trigger();
            return;
        }
    }
    QFAIL("no such role in the Filters menu");
}

void TestSelectionSafety::confirmChange(const QString& reason)
{
    auto* confirm = waitForDialog<ChangeConfirmDialog>(m_window, QStringLiteral("confirmChange"));
    if (!reason.isEmpty()) {
        confirm->findChild<QLineEdit*>(QStringLiteral("reasonField"))->setText(reason);
        snapshot(confirm, QStringLiteral("confirm-with-reason"));
    }
    confirm->findChild<QPushButton*>(QStringLiteral("confirmButton"))->click();
}

QString TestSelectionSafety::value(const QString& email, const QString& column)
{
    DirectSql direct(m_path);
    return direct
        .scalar(QStringLiteral("SELECT m.%1 FROM memberships m JOIN accounts a ON a.id = m.account_id "
                               "WHERE a.email = ?")
                    .arg(column),
                {email})
        .toString();
}

qint64 TestSelectionSafety::count(const QString& sql, const QVariantList& binds)
{
    DirectSql direct(m_path);
    return direct.scalar(sql, binds).toLongLong();
}

QHash<QString, QString> TestSelectionSafety::snapshotOfEveryone()
{
    DirectSql direct(m_path);
    QHash<QString, QString> everyone;
    QSqlQuery query(direct.db());
    if (!query.exec(QStringLiteral("SELECT a.email, m.role || '/' || m.status FROM memberships m "
                                   "JOIN accounts a ON a.id = m.account_id"))) {
        qFatal("The snapshot query failed");
    }
    while (query.next()) {
        everyone.insert(query.value(0).toString(), query.value(1).toString());
    }
    return everyone;
}

void TestSelectionSafety::filterChangeNeverWidensTheSelection()
{
    // The review's case: one active Member selected, then Filters ▸ Role ▸ Editor. The Member is
    // not listed, so they are no longer selected, and Disable changes nobody (it used to disable
    // every Editor the filter showed, without asking).
    open();
    click(QStringLiteral("p000@example.org")); // a Member
    QCOMPARE(view()->selectedCount(), 1);
    const auto before = snapshotOfEveryone();
    chooseRole(QStringLiteral("editor"));
    QTRY_VERIFY(model()->totalCount() > 0 && model()->filter().role == Role::Editor);
    QTRY_COMPARE(view()->selectedCount(), 0);
    QTRY_VERIFY(!actions()->disableAction()->isEnabled());
    actions()->disableAction()->trigger(); // a shortcut may still arrive
    QTest::qWait(300);
    QVERIFY(!m_window->findChild<BulkResultDialog*>());
    QCOMPARE(snapshotOfEveryone(), before);

    // An Editor selected, then Any role: the Editor is still listed and stays the one selected.
    click(QStringLiteral("p001@example.org"));
    chooseRole(QString());
    QTRY_VERIFY(!model()->filter().role);
    QTRY_VERIFY(!view()->selectionNotReady());
    QCOMPARE(view()->selectedCount(), 1);
    QVERIFY(actions()->disableAction()->isEnabled());
    actions()->disableAction()->trigger();
    confirmChange(QStringLiteral("Left the company"));
    QTRY_COMPARE(value(QStringLiteral("p001@example.org"), QStringLiteral("status")), QStringLiteral("disabled"));
    auto after = snapshotOfEveryone();
    after.insert(QStringLiteral("p001@example.org"), before.value(QStringLiteral("p001@example.org")));
    QCOMPARE(after, before); // nobody else
    // The reason is in the audit log.
    QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE action = 'member.disabled' AND reason = ?"),
                   {QStringLiteral("Left the company")}),
             1);
}

void TestSelectionSafety::searchThenDeleteNamesAndDeletesOnlyThatPerson()
{
    open();
    click(QStringLiteral("p010@example.org"));
    auto* search = m_window->findChild<QLineEdit*>(QStringLiteral("searchField"));
    // A search that lists eight others but not the selected person.
    QTest::keyClicks(search, QStringLiteral("p02"));
    QTRY_COMPARE(model()->filter().search, QStringLiteral("p02"));
    QTRY_VERIFY(!view()->selectionNotReady());
    QCOMPARE(view()->selectedCount(), 0);
    QVERIFY(!actions()->deleteAction()->isEnabled());
    // Select one of the results, clear the search: the confirmation names exactly that person.
    click(QStringLiteral("p021@example.org"));
    search->clear();
    QTRY_VERIFY(model()->filter().search.isEmpty());
    QTRY_VERIFY(!view()->selectionNotReady());
    QCOMPARE(view()->selectedCount(), 1);
    const qint64 deletedBefore = count(QStringLiteral("SELECT COUNT(*) FROM memberships WHERE status = 'deleted'"));
    actions()->deleteAction()->trigger();
    auto* confirm = waitForDialog<DeleteConfirmDialog>(m_window, QStringLiteral("deleteConfirmDialog"));
    QVERIFY2(confirm->windowTitle().contains(QStringLiteral("Person 021")), qPrintable(confirm->windowTitle()));
    QCOMPARE(confirm->expected(), QStringLiteral("p021@example.org"));
    confirm->findChild<QLineEdit*>(QStringLiteral("confirmField"))->setText(confirm->expected());
    confirm->findChild<QPushButton*>(QStringLiteral("deleteButton"))->click();
    QTRY_COMPARE(value(QStringLiteral("p021@example.org"), QStringLiteral("status")), QStringLiteral("deleted"));
    QTest::qWait(200);
    QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM memberships WHERE status = 'deleted'")), deletedBefore + 1);
    // They left the view, so they are no longer selected and Delete is off again.
    QTRY_COMPARE(view()->selectedCount(), 0);
    QTRY_VERIFY(!actions()->deleteAction()->isEnabled());
}

void TestSelectionSafety::evictedPageStillTargetsExactlyThePerson()
{
    open();
    model()->setMaxCachedPages(2);
    model()->setPageSize(10); // the rows on screen span more pages than the cache holds
    QTRY_VERIFY(model()->isRowLoaded(0));
    click(QStringLiteral("p003@example.org")); // an Editor... p003: i=3 → Helpdesk
    const Id id = view()->selectedIds().values().first();
    // Scroll to the end: the selected person's page leaves the cache.
    table()->selectionModel()->setCurrentIndex(model()->index(model()->rowCount() - 1, 0),
                                               QItemSelectionModel::NoUpdate);
    table()->scrollToBottom();
    QTRY_VERIFY(!model()->isRowLoaded(0));
    QTRY_VERIFY(model()->isRowLoaded(model()->rowCount() - 1));
    QCOMPARE(view()->selectedCount(), 1);
    QCOMPARE(view()->selectedIds(), QSet<Id>{id});
    QVERIFY(actions()->roleAction(Role::Monitor)->isEnabled());
    const auto before = snapshotOfEveryone();
    actions()->roleAction(Role::Monitor)->trigger();
    auto* confirm = waitForDialog<ChangeConfirmDialog>(m_window, QStringLiteral("confirmChange"));
    const QString text = confirm->findChild<QLabel*>(QStringLiteral("confirmText"))->text();
    QVERIFY2(text.contains(QStringLiteral("Person 003")), qPrintable(text));
    snapshot(confirm, QStringLiteral("confirm-role-change"));
    confirm->findChild<QPushButton*>(QStringLiteral("confirmButton"))->click();
    QTRY_COMPARE(value(QStringLiteral("p003@example.org"), QStringLiteral("role")), QStringLiteral("monitor"));
    QTest::qWait(200);
    auto after = snapshotOfEveryone();
    QCOMPARE(after.value(QStringLiteral("ada@example.org")), QStringLiteral("admin/active"));
    after.insert(QStringLiteral("p003@example.org"), before.value(QStringLiteral("p003@example.org")));
    QCOMPARE(after, before);
    QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE action = 'member.role_changed'")), 1);
}

void TestSelectionSafety::selectionFollowsPeopleAcrossTheWindow()
{
    // A window of 120 rows over the 580 listed: the view slides it as the listing scrolls.
    // Ctrl-click one person at the top and another far below (the window has slid between
    // them, so every row shows someone else), scroll back, and act: exactly those two change.
    open();
    model()->setWindowSize(120);
    QTRY_VERIFY(model()->isRowLoaded(0));
    QCOMPARE(model()->rowCount(), 120);
    QVERIFY(model()->listingRows() > 500);
    auto* rowScroll = m_window->findChild<QScrollBar*>(QStringLiteral("usersRowScroll"));
    QTRY_VERIFY(rowScroll->isVisibleTo(m_window));
    QCOMPARE(view()->rowScrollBar(), rowScroll);
    QCOMPARE(table()->verticalScrollBarPolicy(), Qt::ScrollBarAlwaysOff);
    QCOMPARE(rowScroll->maximum() + rowScroll->pageStep(), model()->listingRows());

    click(QStringLiteral("p004@example.org"));
    const QString first = model()->index(rowOf(QStringLiteral("p004@example.org")), UsersModel::NameColumn).data().toString();
    // Drag the listing's scrollbar far down: the window slides past the first person.
    rowScroll->setValue(450);
    QTRY_VERIFY(model()->windowStart() > 300);
    QCOMPARE(rowScroll->value(), 450); // the bar stays where it was dragged
    QCOMPARE(model()->windowStart() + table()->rowAt(0), 450);
    QTRY_VERIFY(rowOf(QStringLiteral("p004@example.org")) < 0);
    QTRY_VERIFY(model()->isRowLoaded(table()->rowAt(0)));
    // Nobody on the rows the first person had is shown selected.
    QCOMPARE(table()->selectionModel()->selectedRows().size(), 0);
    const QString farEmail = model()->index(table()->rowAt(5), UsersModel::EmailColumn).data().toString();
    QVERIFY(!farEmail.isEmpty());
    const QRect cell = table()->visualRect(model()->index(table()->rowAt(5), UsersModel::EmailColumn));
    QTest::mouseClick(table()->viewport(), Qt::LeftButton, Qt::ControlModifier, cell.center());
    QTRY_COMPARE(view()->selectedCount(), 2);
    // Ctrl+End goes to the listing's last person, Ctrl+Home back to its first (not the window's),
    // and the first person is shown selected again.
    table()->setFocus();
    QTest::keyClick(table(), Qt::Key_End, Qt::ControlModifier);
    QTRY_COMPARE(model()->windowStart() + table()->currentIndex().row(), model()->listingRows() - 1);
    QCOMPARE(rowScroll->value(), rowScroll->maximum());
    QCOMPARE(view()->selectedCount(), 2); // Ctrl moves the current row only
    QTest::keyClick(table(), Qt::Key_Home, Qt::ControlModifier);
    QTRY_COMPARE(model()->windowStart(), 0);
    QCOMPARE(table()->currentIndex().row(), 0);
    QCOMPARE(rowScroll->value(), 0);
    // The wheel over the table scrolls it, and the listing's scrollbar follows.
    const QPoint middle = table()->viewport()->rect().center();
    for (int turn = 0; turn < 3; ++turn) {
        QWheelEvent wheel(middle, table()->viewport()->mapToGlobal(middle), {}, {0, -120}, Qt::NoButton, {},
                          Qt::NoScrollPhase, false);
        QApplication::sendEvent(table()->viewport(), &wheel);
    }
    QTRY_VERIFY(rowScroll->value() > 0);
    QCOMPARE(rowScroll->value(), model()->windowStart() + table()->rowAt(0));
    rowScroll->setValue(0);
    QTRY_VERIFY(rowOf(QStringLiteral("p004@example.org")) >= 0);
    QTRY_VERIFY(table()->selectionModel()->isRowSelected(rowOf(QStringLiteral("p004@example.org")), {}));
    QCOMPARE(table()->selectionModel()->selectedRows().size(), 1);

    const auto before = snapshotOfEveryone();
    QTRY_VERIFY(actions()->disableAction()->isEnabled());
    actions()->disableAction()->trigger();
    confirmChange();
    QTRY_COMPARE(value(farEmail, QStringLiteral("status")), QStringLiteral("disabled"));
    QTRY_COMPARE(value(QStringLiteral("p004@example.org"), QStringLiteral("status")), QStringLiteral("disabled"));
    QTest::qWait(200);
    auto after = snapshotOfEveryone();
    after.insert(farEmail, before.value(farEmail));
    after.insert(QStringLiteral("p004@example.org"), before.value(QStringLiteral("p004@example.org")));
    QCOMPARE(after, before);
    QVERIFY(!first.isEmpty());
}

void TestSelectionSafety::restoreFollowsThePersonsStateAfterTheChange()
{
    open();
    view()->showSavedView(SavedView::Deleted);
    QTRY_COMPARE(model()->filter().status, std::optional<Status>(Status::Deleted));
    QTRY_VERIFY(model()->totalCount() > 1);
    const qint64 deleted = model()->totalCount();
    click(QStringLiteral("p005@example.org"));
    QTRY_VERIFY(actions()->restoreAction()->isEnabled());
    actions()->restoreAction()->trigger(); // one person: no confirmation
    QTRY_COMPARE(value(QStringLiteral("p005@example.org"), QStringLiteral("status")), QStringLiteral("active"));
    // They left the Deleted view: nothing is selected, Restore is off; pressing it again changes nobody.
    QTRY_COMPARE(model()->totalCount(), deleted - 1);
    QTRY_COMPARE(view()->selectedCount(), 0);
    QTRY_VERIFY(!actions()->restoreAction()->isEnabled());
    actions()->restoreAction()->trigger();
    QTest::qWait(300);
    QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM memberships WHERE status = 'deleted'")), deleted - 1);
}

void TestSelectionSafety::changeToManyLeavesTheOperatorOut()
{
    open();
    // Ada selects herself and Grace (both Admins) and makes them Editors: Grace changes, Ada
    // stays an Admin (she would have been demoted first, leaving Grace refused as last Admin).
    view()->showSavedView(SavedView::AllUsers);
    chooseRole(QStringLiteral("admin"));
    QTRY_COMPARE(model()->totalCount(), 2);
    QTRY_VERIFY(model()->isRowLoaded(1));
    m_window->findChild<QAction*>(QStringLiteral("selectAllAction"))->trigger();
    QVERIFY(view()->allMatchingSelected());
    QTRY_VERIFY(actions()->roleAction(Role::Editor)->isEnabled());
    actions()->roleAction(Role::Editor)->trigger();
    auto* confirm = waitForDialog<ChangeConfirmDialog>(m_window, QStringLiteral("confirmChange"));
    // "All matching" is confirmed with its count.
    QVERIFY2(confirm->findChild<QLabel*>(QStringLiteral("confirmText"))->text().contains(QStringLiteral("all 2 users")),
             qPrintable(confirm->findChild<QLabel*>(QStringLiteral("confirmText"))->text()));
    confirm->findChild<QPushButton*>(QStringLiteral("confirmButton"))->click();
    auto* report = waitForDialog<BulkResultDialog>(m_window, QStringLiteral("bulkResultDialog"));
    QTRY_COMPARE(report->doneCount() + report->refusedCount(), 2);
    QCOMPARE(report->doneCount(), 1);
    QCOMPARE(value(QStringLiteral("ada@example.org"), QStringLiteral("role")), QStringLiteral("admin"));
    QCOMPARE(value(QStringLiteral("grace@example.org"), QStringLiteral("role")), QStringLiteral("editor"));
}

void TestSelectionSafety::stopKeepsTheReportAndMatchesTheAuditLog()
{
    // More people than one chunk (250): Stop after the first chunk keeps the report.
    QList<SeedUser> many;
    many.append({QStringLiteral("Ada Admin"), QStringLiteral("ada@example.org"), Role::Admin, Status::Active,
                 Source::Invite, 1'700'000'000, 0, {}});
    for (int i = 0; i < 1500; ++i) {
        many.append({QStringLiteral("Member %1").arg(i, 4, 10, QLatin1Char('0')),
                     QStringLiteral("m%1@example.org").arg(i, 4, 10, QLatin1Char('0')), Role::Member, Status::Active,
                     Source::Invite, 1'700'000'000, 0, {}});
    }
    m_path = m_dir.filePath(QStringLiteral("many%1.usher").arg(++m_count));
    seedSqlite(m_path, many);
    open();
    chooseRole(QStringLiteral("member"));
    QTRY_COMPARE(model()->totalCount(), 1500);
    m_window->findChild<QAction*>(QStringLiteral("selectAllAction"))->trigger();
    QTRY_VERIFY(actions()->disableAction()->isEnabled());
    actions()->disableAction()->trigger();
    confirmChange();
    auto* report = waitForDialog<BulkResultDialog>(m_window, QStringLiteral("bulkResultDialog"));
    auto* stop = report->findChild<QPushButton*>(QStringLiteral("stopButton"));
    auto* progress = report->findChild<QProgressBar*>();
    QVERIFY(waitForProgress(progress, 250)); // Stop pressed the moment the first chunk is reported
    stop->click();
    QTRY_VERIFY_WITH_TIMEOUT(stop->isHidden(), 20000);
    const qint64 audited = count(QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE action = 'member.disabled'"));
    const qint64 disabled = count(QStringLiteral("SELECT COUNT(*) FROM memberships WHERE status = 'disabled'"));
    // The report says exactly what the database holds: who changed, who was not reached.
    QVERIFY(audited >= 250);
    QVERIFY2(audited < 1500, "the Stop came too late to test anything");
    QCOMPARE(report->doneCount(), int(audited));
    QCOMPARE(disabled, audited);
    QCOMPARE(report->notReachedCount(), int(1500 - audited));
    QCOMPARE(report->doneCount() + report->refusedCount(), 1500);
    snapshot(report, QStringLiteral("bulk-stopped"));
    const QString summary = report->findChild<QLabel*>(QStringLiteral("bulkSummary"))->text();
    QVERIFY2(summary.contains(QStringLiteral("Stopped")), qPrintable(summary));
    QVERIFY2(summary.contains(QString::number(audited)), qPrintable(summary));
}

void TestSelectionSafety::randomSequencesChangeExactlyTheIntendedPeople()
{
    // Seeded random walks of what people do between selecting and acting; after each action,
    // exactly the people the admin meant (those the confirmation named) changed.
    open();
    model()->setMaxCachedPages(3);
    model()->setPageSize(30);
    QRandomGenerator random(20261206);
    auto* search = m_window->findChild<QLineEdit*>(QStringLiteral("searchField"));
    const QStringList roleKeys{QString(), QStringLiteral("member"), QStringLiteral("editor"),
                               QStringLiteral("monitor")};
    for (int step = 0; step < 40; ++step) {
        QTRY_VERIFY(model()->totalCount() >= 0);
        switch (random.bounded(7)) {
        case 0: {
            QTRY_VERIFY(model()->rowCount() == 0 || model()->isRowLoaded(table()->rowAt(0) < 0 ? 0 : table()->rowAt(0)));
            const int top = qMax(0, table()->rowAt(0));
            if (model()->rowCount() > 0 && model()->isRowLoaded(top)) {
                table()->selectionModel()->select(model()->index(top, 0),
                                                  QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
            }
            break;
        }
        case 1:
            chooseRole(roleKeys.at(int(random.bounded(roleKeys.size()))));
            break;
        case 2:
            search->setText(random.bounded(2) ? QStringLiteral("p1") : QString());
            QTest::qWait(UsersView::searchDelayMs + 50);
            break;
        case 3:
            random.bounded(2) ? table()->scrollToBottom() : table()->scrollToTop();
            QTest::qWait(50);
            break;
        case 4:
            view()->showSavedView(random.bounded(3) == 0 ? SavedView::Disabled : SavedView::AllUsers);
            break;
        case 5:
            model()->reload(); // a live refresh, as when another admin changes something
            break;
        default: {
            // Act: Disable (or Reactivate in the Disabled view) the selection, if allowed.
            QTRY_VERIFY_WITH_TIMEOUT(!view()->selectionNotReady(), 5000);
            QAction* action = actions()->disableAction()->isEnabled() ? actions()->disableAction()
                                                                       : actions()->reactivateAction();
            if (!action->isEnabled() || view()->allMatchingSelected()) {
                break;
            }
            const QSet<Id> meant = view()->selectedIds();
            const auto before = snapshotOfEveryone();
            action->trigger();
            if (action == actions()->disableAction() || meant.size() > 1) {
                confirmChange();
            }
            QTRY_VERIFY_WITH_TIMEOUT(snapshotOfEveryone() != before || m_window->findChild<BulkResultDialog*>(), 5000);
            QTest::qWait(300);
            if (auto* report = m_window->findChild<BulkResultDialog*>()) {
                QTRY_VERIFY(report->findChild<QPushButton*>(QStringLiteral("stopButton"))->isHidden());
                report->close();
                QVERIFY(waitUntilClosed(report));
            }
            const auto after = snapshotOfEveryone();
            DirectSql direct(m_path);
            for (auto it = after.cbegin(); it != after.cend(); ++it) {
                if (it.value() != before.value(it.key())) {
                    const qint64 id = direct
                                          .scalar(QStringLiteral("SELECT id FROM accounts WHERE email = ?"),
                                                  {it.key()})
                                          .toLongLong();
                    QVERIFY2(meant.contains(id), qPrintable(QStringLiteral("step %1: %2 changed but was not "
                                                                            "selected")
                                                                 .arg(step)
                                                                 .arg(it.key())));
                }
            }
            break;
        }
        }
        QVERIFY2(view()->selectedCount() >= 0, "the selection count went negative");
    }
}

int main(int argc, char* argv[])
{
    QApplication app(argc, argv);
    // English plural forms; another language only to look at the screens (the checks read English).
    installTranslations(app, qEnvironmentVariable("USHER_TEST_LANG", QStringLiteral("en")));
    TestSelectionSafety test;
    return QTest::qExec(&test, argc, argv);
}
#include "tst_selectionsafety.moc"
