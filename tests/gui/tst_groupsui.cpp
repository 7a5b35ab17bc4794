#include "connection/sql/sqlbackend.h"
#include "core/i18n.h"
#include "models/groupsmodel.h"
#include "guitest.h"
#include "testsupport.h"
#include "ui/groups/groupdeletedialog.h"
#include "ui/groups/groupeditdialog.h"
#include "ui/groups/groupsview.h"
#include "ui/groups/memberpickerdialog.h"
#include "ui/mainwindow.h"
#include "ui/common/bulkresultdialog.h"
#include "ui/users/userdetailspanel.h"
#include "ui/users/usersview.h"
#include "models/usersmodel.h"

#include <QAction>
#include <QApplication>
#include <QStatusBar>
#include <QMessageBox>
#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSettings>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTableView>
#include <QHeaderView>
#include <QScrollBar>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeWidget>

using namespace usher;
using namespace usher::test;

/// The Groups page and the group parts of the details panel, driven as a person would: the
/// member picker's type-ahead and multi-select, creating a group, the delete confirmation
/// that shows who loses what, check-to-add in the details panel, and synced groups.
class TestGroupsUi : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void init();
    void cleanup();
    void pickerAddsPeopleFoundByTyping();
    void newGroupOffersOnlyWhatTheRoleMayGrant();
    void deleteShowsWhoLosesWhat();
    void aLongImpactListIsShownInFull();
    void detailsPanelChecksToAddAndShowsWhereEachPermissionComesFrom();
    void syncedGroupsAreReadOnlyWithTheReason();
    void usersTableAddsTheSelectionToAGroup();

private:
    void openAs(const QString& email);
    GroupsView* groupsPage();
    /// Shows the Groups page and selects `name`.
    void selectGroup(const QString& name);
    qint64 scalar(const QString& sql, const QVariantList& binds = {});
    template<typename T> T* waitForDialog(const QString& name) { return test::waitForDialog<T>(m_window, name); }

    QTemporaryDir m_dir;
    QString m_path;
    MainWindow* m_window = nullptr;
    int m_count = 0;
};

void TestGroupsUi::initTestCase()
{
    useOwnSettings(QStringLiteral("tst_groupsui"));
    QVERIFY(m_dir.isValid());
}

void TestGroupsUi::init()
{
    QSettings().clear();
    m_path = m_dir.filePath(QStringLiteral("groups%1.usher").arg(++m_count));
    auto person = [](const char* name, const char* email, Role role, QStringList groups) {
        return SeedUser{QString::fromUtf8(name), QString::fromUtf8(email), role, Status::Active, Source::Invite,
                        1'700'000'000, 0, groups};
    };
    const QString support = QStringLiteral("Support");
    const QString security = QStringLiteral("Security");
    seedSqlite(m_path, {person("Ada Admin", "ada@example.org", Role::Admin, {}),
                        person("Mia Manager", "mia@example.org", Role::Manager, {}),
                        person("Eddie Editor", "eddie@example.org", Role::Editor, {support}),
                        person("Mo Monitor", "mo@example.org", Role::Monitor, {}),
                        person("Max Member", "max@example.org", Role::Member, {support, security}),
                        person("Molly Member", "molly@example.org", Role::Member, {})});
    DirectSql direct(m_path);
    QVERIFY(direct.exec(QStringLiteral("INSERT INTO group_permissions (group_id, permission) "
                                       "SELECT id, 'audit.view' FROM groups WHERE name = 'Support'")));
    QVERIFY(direct.exec(QStringLiteral("UPDATE groups SET source = 'synced', external_id = 'ldap://corp/security', "
                                       "synced_at = 1750000000 WHERE name = 'Security'")));
}

void TestGroupsUi::cleanup()
{
    delete m_window;
    m_window = nullptr;
}

void TestGroupsUi::openAs(const QString& email)
{
    delete m_window;
    m_window = openMainWindow(m_path, email);
    QTRY_VERIFY(m_window->currentOperator().has_value());
}

GroupsView* TestGroupsUi::groupsPage()
{
    return m_window->groupsView();
}

void TestGroupsUi::selectGroup(const QString& name)
{
    m_window->findChild<QAction*>(QStringLiteral("groupsPageAction"))->trigger();
    QTRY_VERIFY(groupsPage()->isVisible());
    GroupsModel* model = groupsPage()->model();
    QTRY_VERIFY(model && model->rowCount() > 0 && !model->isLoading());
    for (int row = 0; row < model->rowCount(); ++row) {
        if (model->groupAt(row).name == name) {
            groupsPage()->selectGroup(model->groupAt(row).id);
            QTRY_COMPARE(groupsPage()->currentGroup()->name, name);
            return;
        }
    }
    QFAIL(qPrintable(QStringLiteral("No group called %1").arg(name)));
}

qint64 TestGroupsUi::scalar(const QString& sql, const QVariantList& binds)
{
    DirectSql direct(m_path);
    return direct.scalar(sql, binds).toLongLong();
}

void TestGroupsUi::pickerAddsPeopleFoundByTyping()
{
    // Molly is disabled: she may be picked, and the picker says what that means.
    QVERIFY(DirectSql(m_path).exec(QStringLiteral("UPDATE memberships SET status = 'disabled' WHERE account_id = "
                                                  "(SELECT id FROM accounts WHERE email = 'molly@example.org')")));
    openAs(QStringLiteral("ada@example.org"));
    selectGroup(QStringLiteral("Support"));
    QTRY_COMPARE(groupsPage()->membersModel()->rowCount(), 2);
    QAction* add = groupsPage()->addMembersAction();
    QVERIFY2(add->isEnabled(), qPrintable(add->toolTip()));
    add->trigger();
    auto* picker = waitForDialog<MemberPickerDialog>(QStringLiteral("memberPicker"));
    auto* results = picker->findChild<QListWidget*>(QStringLiteral("pickerResults"));
    auto* picked = picker->findChild<QListWidget*>(QStringLiteral("pickerPicked"));
    auto* ok = picker->findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Ok);
    QVERIFY(!ok->isEnabled()); // nobody picked yet
    // Type-ahead: only the latest search's answer shows.
    QTest::keyClicks(picker->findChild<QLineEdit*>(QStringLiteral("pickerSearch")), QStringLiteral("mo"));
    QTRY_COMPARE(results->count(), 2); // Mo Monitor, Molly Member
    for (int row = 0; row < results->count(); ++row) {
        QListWidgetItem* person = results->item(row);
        const bool molly = person->text().startsWith(QStringLiteral("Molly"));
        QCOMPARE(person->text().contains(QStringLiteral("· Disabled")), molly);
        QCOMPARE(person->icon().isNull(), !molly);
        QCOMPARE(person->toolTip().startsWith(QStringLiteral("Disabled: they join the group, but cannot sign in")), molly);
    }
    results->item(0)->setCheckState(Qt::Checked);
    results->item(1)->setCheckState(Qt::Checked);
    auto* search = picker->findChild<QLineEdit*>(QStringLiteral("pickerSearch"));
    search->setText(QStringLiteral("mia@"));
    QTRY_COMPARE(results->count(), 1);
    QCOMPARE(results->item(0)->text(), QStringLiteral("Mia Manager\nmia@example.org")); // name over address
    results->item(0)->setCheckState(Qt::Checked);
    QCOMPARE(picked->count(), 3); // picks survive new searches
    // Changed their mind about Molly: double-click takes her off.
    for (int row = 0; row < picked->count(); ++row) {
        if (picked->item(row)->text().startsWith(QStringLiteral("Molly"))) {
            emit picked->itemActivated(picked->item(row));
            break;
        }
    }
    QCOMPARE(picked->count(), 2);
    QCOMPARE(ok->text(), QStringLiteral("Add 2 People"));
    snapshot(picker, QStringLiteral("member-picker"));
    ok->click();
    auto* report = waitForDialog<BulkResultDialog>(QStringLiteral("bulkResultDialog"));
    QTRY_COMPARE(report->doneCount(), 2);
    QCOMPARE(report->refusedCount(), 0);
    report->accept();
    QTRY_COMPARE(groupsPage()->membersModel()->rowCount(), 4);
    QCOMPARE(scalar(QStringLiteral("SELECT COUNT(*) FROM group_members gm JOIN groups g ON g.id = gm.group_id "
                                   "WHERE g.name = 'Support'")),
             4);
    QCOMPARE(scalar(QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE action = 'member.group_added'")), 2);
    // Remove the selected members.
    auto* members = groupsPage()->findChild<QTableView*>(QStringLiteral("groupMembersTable"));
    QVERIFY(!groupsPage()->removeMembersAction()->isEnabled());
    members->selectRow(0);
    QVERIFY(groupsPage()->removeMembersAction()->isEnabled());
    const QString removed = groupsPage()->membersModel()->memberAt(0).email;
    groupsPage()->removeMembersAction()->trigger();
    // One person: no results dialog; the status line says it, as for every change to one person.
    QTRY_VERIFY2(m_window->statusBar()->currentMessage().contains(QStringLiteral("is no longer in “Support”")),
                 qPrintable(m_window->statusBar()->currentMessage()));
    QVERIFY(!m_window->findChild<QMessageBox*>(QStringLiteral("changeRefused")));
    QTRY_COMPARE(groupsPage()->membersModel()->rowCount(), 3);
    QCOMPARE(scalar(QStringLiteral("SELECT COUNT(*) FROM group_members gm JOIN accounts a ON a.id = gm.account_id "
                                   "JOIN groups g ON g.id = gm.group_id WHERE g.name = 'Support' AND a.email = ?"),
                    {removed}),
             0);
    snapshot(m_window, QStringLiteral("groups-page"));
}

void TestGroupsUi::newGroupOffersOnlyWhatTheRoleMayGrant()
{
    openAs(QStringLiteral("mia@example.org"));
    selectGroup(QStringLiteral("Support"));
    QAction* create = groupsPage()->newGroupAction();
    QVERIFY(create->isEnabled());
    create->trigger();
    auto* dialog = waitForDialog<GroupEditDialog>(QStringLiteral("groupEditDialog"));
    auto* billing = dialog->findChild<QCheckBox*>(QStringLiteral("permission:billing.manage"));
    QVERIFY(!billing->isEnabled());
    QVERIFY2(billing->toolTip().contains(QStringLiteral("their own role does not have")), qPrintable(billing->toolTip()));
    auto* save = dialog->findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Save);
    save->click(); // no name yet
    auto* problem = dialog->findChild<QLabel*>(QStringLiteral("problemLabel"));
    QTRY_VERIFY(problem->isVisible());
    QVERIFY(problem->text().startsWith(QStringLiteral("Name:")));
    QTest::keyClicks(dialog->findChild<QLineEdit*>(QStringLiteral("groupName")), QStringLiteral("support"));
    dialog->findChild<QCheckBox*>(QStringLiteral("permission:users.view"))->setChecked(true);
    save->click(); // the name is taken, whatever the case
    QTRY_VERIFY(problem->isVisible() && problem->text().contains(QStringLiteral("already a group")));
    dialog->findChild<QLineEdit*>(QStringLiteral("groupName"))->setText(QStringLiteral("Night Shift"));
    snapshot(dialog, QStringLiteral("group-edit"));
    save->click();
    QVERIFY(waitUntilClosed(dialog));
    QTRY_VERIFY(groupsPage()->currentGroup() && groupsPage()->currentGroup()->name == QStringLiteral("Night Shift"));
    QCOMPARE(groupsPage()->currentGroup()->permissions, QStringList{QStringLiteral("users.view")});
    QCOMPARE(scalar(QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE action = 'group.created'")), 1);
}

void TestGroupsUi::deleteShowsWhoLosesWhat()
{
    openAs(QStringLiteral("ada@example.org"));
    selectGroup(QStringLiteral("Support"));
    groupsPage()->deleteGroupAction()->trigger();
    auto* dialog = waitForDialog<GroupDeleteDialog>(QStringLiteral("groupDeleteDialog"));
    auto* confirm = dialog->findChild<QPushButton*>(QStringLiteral("confirmDeleteGroup"));
    auto* table = dialog->findChild<QTableWidget*>(QStringLiteral("impactTable"));
    QTRY_VERIFY(confirm->isEnabled());
    // Max sees the audit log only through Support; Eddie's role lets him anyway.
    QCOMPARE(table->rowCount(), 1);
    QCOMPARE(table->item(0, 0)->text(), QStringLiteral("Max Member"));
    QCOMPARE(table->item(0, 2)->text(), QStringLiteral("View the audit log"));
    const QString summary = dialog->findChild<QLabel*>(QStringLiteral("impactSummary"))->text();
    QVERIFY2(summary.contains(QStringLiteral("1 member will lose access")), qPrintable(summary));
    QVERIFY2(summary.contains(QStringLiteral("1 other member keeps everything")), qPrintable(summary));
    snapshot(dialog, QStringLiteral("group-delete"));
    confirm->click();
    QVERIFY(waitUntilClosed(dialog));
    QCOMPARE(scalar(QStringLiteral("SELECT COUNT(*) FROM groups WHERE name = 'Support'")), 0);
    QTRY_VERIFY(!groupsPage()->currentGroup());
    QTRY_COMPARE(groupsPage()->model()->totalCount(), 1); // Security is left
}

void TestGroupsUi::aLongImpactListIsShownInFull()
{
    // Forty people see the audit log only through "Floor": the dialog grows to show a good part
    // of the list (not 620×420 for all of them), and stays on the screen.
    m_path = m_dir.filePath(QStringLiteral("floor%1.usher").arg(++m_count));
    QList<SeedUser> people{{QStringLiteral("Ada Admin"), QStringLiteral("ada@example.org"), Role::Admin, Status::Active,
                            Source::Invite, 1'700'000'000, 0, {}}};
    for (int i = 0; i < 40; ++i) {
        people.append({QStringLiteral("Floor Person %1").arg(i, 2, 10, QLatin1Char('0')),
                       QStringLiteral("floor%1@example.org").arg(i), Role::Member, Status::Active, Source::Invite,
                       1'700'000'000, 0, {QStringLiteral("Floor")}});
    }
    seedSqlite(m_path, people);
    QVERIFY(DirectSql(m_path).exec(QStringLiteral("INSERT INTO group_permissions (group_id, permission) "
                                                  "SELECT id, 'audit.view' FROM groups WHERE name = 'Floor'")));
    openAs(QStringLiteral("ada@example.org"));
    selectGroup(QStringLiteral("Floor"));
    groupsPage()->deleteGroupAction()->trigger();
    auto* dialog = waitForDialog<GroupDeleteDialog>(QStringLiteral("groupDeleteDialog"));
    auto* table = dialog->findChild<QTableWidget*>(QStringLiteral("impactTable"));
    QTRY_COMPARE(table->rowCount(), 40);
    const QRect screen = dialog->screen()->availableGeometry();
    QTRY_VERIFY2(dialog->height() > 420, qPrintable(QString::number(dialog->height())));
    QVERIFY(dialog->height() <= screen.height() && dialog->width() <= screen.width());
    const int rowsInView = table->viewport()->height() / table->verticalHeader()->defaultSectionSize();
    QVERIFY2(rowsInView >= qMin(20, (screen.height() * 9 / 10 - 200) / table->verticalHeader()->defaultSectionSize()),
             qPrintable(QString::number(rowsInView)));
    QCOMPARE(table->horizontalScrollBar()->maximum(), 0); // every column whole
    snapshot(dialog, QStringLiteral("group-delete-long"));
    dialog->reject();
}

void TestGroupsUi::detailsPanelChecksToAddAndShowsWhereEachPermissionComesFrom()
{
    {
        DirectSql direct(m_path);
        QVERIFY(direct.exec(QStringLiteral("INSERT INTO groups (workspace_id, name, description, created_at) "
                                           "VALUES (1, 'Ops', '', 0)")));
        QVERIFY(direct.exec(QStringLiteral("INSERT INTO group_permissions (group_id, permission) "
                                           "SELECT id, 'users.invite' FROM groups WHERE name = 'Ops'")));
    }
    openAs(QStringLiteral("ada@example.org"));
    auto* table = m_window->findChild<QTableView*>(QStringLiteral("usersTable"));
    auto* model = qobject_cast<UsersModel*>(table->model());
    QTRY_VERIFY(model && model->rowCount() == 6);
    int row = -1;
    QTRY_VERIFY([&] {
        for (int r = 0; r < model->rowCount(); ++r) {
            const QModelIndex index = model->index(r, UsersModel::EmailColumn);
            if (index.data(UsersModel::LoadedRole).toBool() && index.data().toString() == QStringLiteral("eddie@example.org")) {
                row = r;
                return true;
            }
        }
        return false;
    }());
    table->selectRow(row);
    auto* panel = m_window->detailsPanel();
    auto* groups = panel->findChild<QListWidget*>(QStringLiteral("detailsGroups"));
    QTRY_COMPARE(groups->count(), 3); // Ops, Security, Support: every group, his ticked
    auto item = [groups](const QString& name) {
        for (int i = 0; i < groups->count(); ++i) {
            if (groups->item(i)->text() == name) {
                return groups->item(i);
            }
        }
        return static_cast<QListWidgetItem*>(nullptr);
    };
    QCOMPARE(item(QStringLiteral("Support"))->checkState(), Qt::Checked);
    QCOMPARE(item(QStringLiteral("Ops"))->checkState(), Qt::Unchecked);
    // A synced group cannot be ticked here, and says why.
    QVERIFY(!(item(QStringLiteral("Security"))->flags() & Qt::ItemIsEnabled));
    QVERIFY(item(QStringLiteral("Security"))->toolTip().contains(QStringLiteral("ldap://corp/security")));
    item(QStringLiteral("Ops"))->setCheckState(Qt::Checked);
    QTRY_COMPARE(scalar(QStringLiteral("SELECT COUNT(*) FROM group_members gm JOIN groups g ON g.id = gm.group_id "
                                       "JOIN accounts a ON a.id = gm.account_id WHERE g.name = 'Ops' AND a.email = ?"),
                        {QStringLiteral("eddie@example.org")}),
                 1);
    // Effective permissions: his role's and his groups', each with what grants it.
    auto* permissions = panel->findChild<QTreeWidget*>(QStringLiteral("permissionList"));
    QTRY_COMPARE(permissions->topLevelItemCount(), 3); // users.view, users.invite, audit.view
    QHash<QString, QString> grantedBy;
    for (int i = 0; i < permissions->topLevelItemCount(); ++i) {
        grantedBy.insert(permissions->topLevelItem(i)->text(0), permissions->topLevelItem(i)->text(1));
    }
    QCOMPARE(grantedBy.value(QStringLiteral("Invite people")), QStringLiteral("Group “Ops”"));
    QCOMPARE(grantedBy.value(QStringLiteral("View the audit log")), QStringLiteral("Role (Editor), Group “Support”"));
    QCOMPARE(grantedBy.value(QStringLiteral("View people")), QStringLiteral("Role (Editor)"));
    auto* tabs = panel->findChild<QTabWidget*>(QStringLiteral("detailsTabs"));
    tabs->setCurrentIndex(1); // Access: the groups and what they grant
    snapshot(panel, QStringLiteral("details-permissions"));
    // Untick to take him out again.
    QTRY_COMPARE(item(QStringLiteral("Ops"))->checkState(), Qt::Checked);
    item(QStringLiteral("Ops"))->setCheckState(Qt::Unchecked);
    QTRY_COMPARE(scalar(QStringLiteral("SELECT COUNT(*) FROM group_members gm JOIN groups g ON g.id = gm.group_id "
                                       "WHERE g.name = 'Ops'")),
                 0);
    // A tick changes him at once, so what it did is said, with an Undo (a slip of the mouse
    // costs one click, not a trip to the Groups page).
    auto* done = panel->findChild<QLabel*>(QStringLiteral("groupChangeDone"));
    QTRY_VERIFY(done->isVisible());
    QVERIFY2(done->text().contains(QStringLiteral("is no longer in “Ops”")) && done->text().contains(QStringLiteral("Undo")),
             qPrintable(done->text()));
    emit done->linkActivated(QStringLiteral("undo"));
    QTRY_COMPARE(scalar(QStringLiteral("SELECT COUNT(*) FROM group_members gm JOIN groups g ON g.id = gm.group_id "
                                       "WHERE g.name = 'Ops'")),
                 1);
    QTRY_VERIFY(done->text().contains(QStringLiteral("is in “Ops”")));
    QVERIFY(!done->text().contains(QStringLiteral("Undo"))); // an undo is not undone again from here
    QTRY_COMPARE(item(QStringLiteral("Ops"))->checkState(), Qt::Checked);
    // The link, once used, does nothing more.
    emit done->linkActivated(QStringLiteral("undo"));
    QTest::qWait(200);
    QCOMPARE(scalar(QStringLiteral("SELECT COUNT(*) FROM group_members gm JOIN groups g ON g.id = gm.group_id "
                                   "WHERE g.name = 'Ops'")),
             1);
}

void TestGroupsUi::syncedGroupsAreReadOnlyWithTheReason()
{
    openAs(QStringLiteral("mia@example.org"));
    selectGroup(QStringLiteral("Security"));
    for (QAction* action : {groupsPage()->deleteGroupAction(), groupsPage()->addMembersAction()}) {
        QVERIFY(!action->isEnabled());
        QVERIFY2(action->toolTip().contains(QStringLiteral("synced from ldap://corp/security")),
                 qPrintable(action->toolTip()));
    }
    // What it grants is Usher's own: editable.
    QVERIFY(groupsPage()->editGroupAction()->isEnabled());
    QVERIFY(groupsPage()->findChild<QLabel*>(QStringLiteral("groupInfo"))->text().contains(QStringLiteral("Synced from")));
    // A Monitor may look but not change.
    openAs(QStringLiteral("mo@example.org"));
    selectGroup(QStringLiteral("Support"));
    QVERIFY(!groupsPage()->newGroupAction()->isEnabled());
    QCOMPARE(groupsPage()->newGroupAction()->toolTip(), QStringLiteral("Only Managers and Admins manage groups."));
    QVERIFY(!groupsPage()->addMembersAction()->isEnabled());
    QTRY_COMPARE(groupsPage()->membersModel()->rowCount(), 2);
    QVERIFY(groupsPage()->exportMembersAction()->isEnabled());
    const QString csv = m_dir.filePath(QStringLiteral("support.csv"));
    groupsPage()->exportMembersTo(csv);
    QTRY_VERIFY(QFile::exists(csv));
    QFile file(csv);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QStringList lines = QString::fromUtf8(file.readAll()).split(QStringLiteral("\r\n"), Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), 3);
    QVERIFY(lines[0].endsWith(QStringLiteral("group,name,email,role,status,member_since_utc")));
    QVERIFY(lines[1].startsWith(QStringLiteral("Support,Eddie Editor,eddie@example.org,editor,active,")));
}

void TestGroupsUi::usersTableAddsTheSelectionToAGroup()
{
    openAs(QStringLiteral("ada@example.org"));
    auto* table = m_window->findChild<QTableView*>(QStringLiteral("usersTable"));
    QTRY_VERIFY(table->model() && table->model()->rowCount() == 6);
    auto* add = m_window->findChild<QAction*>(QStringLiteral("addToGroupAction"));
    QVERIFY(!add->isEnabled());
    QCOMPARE(add->toolTip(), QStringLiteral("Select users first."));
    table->selectAll();
    QTRY_VERIFY(add->isEnabled());
    add->trigger();
    auto* dialog = waitForDialog<QDialog>(QStringLiteral("groupChoiceDialog"));
    auto* choice = dialog->findChild<QComboBox*>(QStringLiteral("groupChoice"));
    QCOMPARE(choice->count(), 2);
    // The synced group is offered but cannot be chosen, saying why.
    const int security = choice->findText(QStringLiteral("Security"));
    QVERIFY(choice->itemData(security, Qt::ToolTipRole).toString().contains(QStringLiteral("synced")));
    choice->setCurrentIndex(choice->findText(QStringLiteral("Support")));
    dialog->findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Ok)->click();
    auto* report = waitForDialog<BulkResultDialog>(QStringLiteral("bulkResultDialog"));
    // The two already in count as done, unchanged; Ada, who is acting, is left out of a change
    // to several people.
    QTRY_COMPARE(report->doneCount() + report->refusedCount(), 6);
    QCOMPARE(report->doneCount(), 5);
    QCOMPARE(scalar(QStringLiteral("SELECT COUNT(*) FROM group_members gm JOIN groups g ON g.id = gm.group_id "
                                   "WHERE g.name = 'Support'")),
             5);
    QCOMPARE(scalar(QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE action = 'member.group_added'")), 3);
}

int main(int argc, char** argv)
{
    QApplication app(argc, argv);
    installTranslations(app, QStringLiteral("en"));
    TestGroupsUi test;
    return QTest::qExec(&test, argc, argv);
}
#include "tst_groupsui.moc"
