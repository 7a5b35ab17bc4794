#include "connection/sql/sqlbackend.h"
#include "guitest.h"
#include "testsupport.h"
#include "core/i18n.h"
#include "ui/csv/exportdialog.h"
#include "ui/csv/importwizard.h"
#include "models/usersmodel.h"
#include "ui/users/usersview.h"

#include <QAbstractButton>
#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QLineEdit>
#include <QPushButton>
#include <QLabel>
#include <QSignalSpy>
#include <QTableView>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>

using namespace usher;
using namespace usher::test;

/// The import wizard driven as a person would, on a real SQLite database: a file from another
/// tool, an encoding chosen wrongly and back, a column mapped wrongly and back, the dry run
/// that changes nothing, another admin changing the workspace between the check and the
/// import, and the import with its report.
class TestImportWizard : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void init();
    void cleanup();
    void importsAGoogleExportEndToEnd();
    void aBrokenFileIsLocatedAndNothingGoesOn();
    void thePreviewFollowsTheLastFileChosen();
    void allOrNothingWithARefusedRowCannotBeStarted();
    void columnsChosenOnceAreChosenAgainForTheSameLayout();
    void theMenuOpensItForThoseWhoMayInvite();
    void exportsTheSelectionOrWhatIsListed();
    void theExportDialogSaysWhatItCannotDo();

private:
    QString writeFile(const QString& name, const QByteArray& bytes);
    qint64 count(const QString& sql);
    Operator ada();
    QAbstractButton* next(ImportWizard& wizard) { return wizard.button(QWizard::NextButton); }
    QAbstractButton* commit(ImportWizard& wizard) { return wizard.button(QWizard::CommitButton); }

    std::unique_ptr<TestDatabase> m_db;
    std::unique_ptr<sql::SqlBackend> m_backend;
    QTemporaryDir m_dir;
};

void TestImportWizard::initTestCase()
{
    useOwnSettings(QStringLiteral("tst_importwizard"));
}

void TestImportWizard::init()
{
    m_db = std::make_unique<TestDatabase>(QStringLiteral("wizard"));
    auto person = [](const char* name, const char* email, Role role) {
        return SeedUser{QString::fromUtf8(name), QString::fromUtf8(email), role, Status::Active, Source::Invite,
                        1'700'000'000, 0, {}};
    };
    m_db->seed({person("Ada Admin", "ada@example.org", Role::Admin),
                person("Max Member", "max@example.org", Role::Member),
                person("Eddie Editor", "eddie@example.org", Role::Editor)});
    m_backend = m_db->openedBackend();
    GroupEdit ops;
    ops.name = QStringLiteral("Ops");
    QVERIFY(await(m_backend->groups()->createGroup(ada(), ops)).ok());
    QSettings().clear();
}

void TestImportWizard::cleanup()
{
    m_backend.reset();
    m_db.reset();
}

QString TestImportWizard::writeFile(const QString& name, const QByteArray& bytes)
{
    QFile file(m_dir.filePath(name));
    if (!file.open(QIODevice::WriteOnly)) {
        return {};
    }
    file.write(bytes);
    return file.fileName();
}

qint64 TestImportWizard::count(const QString& sql)
{
    DirectSql direct(*m_db);
    return direct.scalar(sql).toLongLong();
}

Operator TestImportWizard::ada()
{
    Operator op;
    op.workspaceId = 1;
    DirectSql direct(*m_db);
    op.accountId = direct.scalar(QStringLiteral("SELECT id FROM accounts WHERE email_key = 'ada@example.org'")).toLongLong();
    op.role = Role::Admin;
    return op;
}

void TestImportWizard::importsAGoogleExportEndToEnd()
{
    // Google Workspace's export: passwords, hints in brackets, and Windows-1252 from Excel.
    const QString path = writeFile(QStringLiteral("google.csv"),
                                   "First Name [Required],Last Name [Required],Email Address [Required],"
                                   "Password [Required],Org Unit Path [Required]\r\n"
                                   "Nora,M\xFCller,nora@example.org,Hunter2!,/\r\n"
                                   "Maxine,Member,max@example.org,Secret9!,/\r\n"
                                   "Bad,Row,not-an-address,x,/\r\n");
    // USHER_TEST_LANGUAGE=de shows the screens in German; the sentences are then not compared.
    const bool english = qEnvironmentVariable("USHER_TEST_LANGUAGE", QStringLiteral("en")) == QLatin1String("en");
    ImportWizard wizard(m_backend.get(), ada(), false);
    QSignalSpy imported(&wizard, &ImportWizard::imported);
    wizard.show();
    wizard.openFile(path);
    auto* summary = wizard.findChild<QLabel*>(QStringLiteral("importFileSummary"));
    QTRY_VERIFY(next(wizard)->isEnabled());
    QVERIFY2(summary->text().contains(QLatin1String("Google Workspace")), qPrintable(summary->text()));
    QVERIFY2(summary->text().contains(QLatin1String("Windows-1252")), qPrintable(summary->text()));
    // The first rows as they were read, the passwords masked.
    auto* preview = wizard.findChild<QTableWidget*>(QStringLiteral("importFilePreview"));
    QVERIFY(preview->isVisibleTo(&wizard));
    QCOMPARE(preview->rowCount(), 3);
    QCOMPARE(preview->item(0, 1)->text(), QStringLiteral("Müller"));
    QCOMPARE(preview->item(1, 3)->text(), QStringLiteral("••••••"));
    for (int row = 0; row < preview->rowCount(); ++row) {
        for (int column = 0; column < preview->columnCount(); ++column) {
            QVERIFY(!preview->item(row, column)->text().contains(QLatin1String("Secret9!")));
            QVERIFY(!preview->item(row, column)->text().contains(QLatin1String("Hunter2!")));
        }
    }
    snapshot(&wizard, QStringLiteral("import-1-file"));

    // Chosen wrongly, the encoding stops the file at its first letter outside ASCII, says where, and Next waits.
    auto* encoding = wizard.findChild<QComboBox*>(QStringLiteral("importEncoding"));
    encoding->setCurrentIndex(encoding->findText(QStringLiteral("UTF-8")));
    auto* problem = wizard.findChild<QLabel*>(QStringLiteral("importFileProblem"));
    QTRY_VERIFY(problem->isVisibleTo(&wizard));
    QVERIFY2(!english || problem->text().contains(QLatin1String("Line 2, column 7")), qPrintable(problem->text()));
    QVERIFY(!next(wizard)->isEnabled());
    encoding->setCurrentIndex(0);
    QTRY_VERIFY(next(wizard)->isEnabled());
    QVERIFY(!problem->isVisibleTo(&wizard));

    next(wizard)->click();
    QCOMPARE(wizard.currentId(), int(ImportWizard::ColumnsPage));
    auto* columns = wizard.findChild<QTableWidget*>(QStringLiteral("importColumns"));
    QCOMPARE(columns->rowCount(), 5);
    // The password column is named and never shown.
    QCOMPARE(columns->item(3, 1)->text(), QStringLiteral("••••••"));
    QVERIFY(!wizard.findChild<QLabel*>(QStringLiteral("importColumnsNote"))->text().isEmpty());
    QTRY_VERIFY(next(wizard)->isEnabled());
    // The address column taken away: Next waits and says why; given back, it goes on.
    auto* emailChoice = columns->findChild<QComboBox*>(QStringLiteral("importColumn2"));
    emailChoice->setCurrentIndex(emailChoice->findData(int(UserColumn::Ignored)));
    QTRY_VERIFY(!next(wizard)->isEnabled());
    QVERIFY(wizard.findChild<QLabel*>(QStringLiteral("importColumnsProblem"))->isVisibleTo(&wizard));
    emailChoice->setCurrentIndex(emailChoice->findData(int(UserColumn::Email)));
    QTRY_VERIFY(next(wizard)->isEnabled());
    snapshot(&wizard, QStringLiteral("import-2-columns"));

    const qint64 auditBefore = count(QStringLiteral("SELECT COUNT(*) FROM audit_log"));
    next(wizard)->click();
    QCOMPARE(wizard.currentId(), int(ImportWizard::CheckPage));
    QTRY_VERIFY(commit(wizard)->isEnabled());
    auto* checkSummary = wizard.findChild<QLabel*>(QStringLiteral("importCheckSummary"));
    QVERIFY2(!english || checkSummary->text().startsWith(QLatin1String("1 would be invited, 1 updated")),
             qPrintable(checkSummary->text()));
    auto* checkTable = wizard.findChild<QTableView*>(QStringLiteral("importCheckTable"));
    QCOMPARE(checkTable->model()->rowCount(), 3);
    // The refused row comes first, with its line and why.
    QCOMPARE(checkTable->model()->index(0, 0).data().toInt(), 4);
    QVERIFY(!checkTable->model()->index(0, 4).data().toString().isEmpty());
    // A dry run changes nothing.
    QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM accounts WHERE email_key = 'nora@example.org'")), 0);
    QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM audit_log")), auditBefore);
    snapshot(&wizard, QStringLiteral("import-3-check"));

    // Between the check and the import another admin invites Nora: the import decides on the
    // workspace as it is then, and does not invite her twice.
    InvitationRequest invite;
    invite.addresses = parseInviteAddresses(QStringLiteral("nora@example.org"));
    auto other = m_db->openedBackend();
    QVERIFY(await(other->invitations()->createInvitations(ada(), invite)).ok());

    commit(wizard)->click();
    QCOMPARE(wizard.currentId(), int(ImportWizard::ImportPage));
    QTRY_VERIFY_WITH_TIMEOUT(wizard.button(QWizard::FinishButton)->isEnabled(), 20000);
    auto* result = wizard.findChild<QLabel*>(QStringLiteral("importSummary"));
    QVERIFY2(!english || result->text().startsWith(QLatin1String("0 invited, 2 updated")), qPrintable(result->text()));
    QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM invites i JOIN accounts a ON a.id = i.account_id WHERE "
                                  "a.email_key = 'nora@example.org' AND i.cancelled_at IS NULL AND i.superseded_at IS NULL")),
             1);
    QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM accounts WHERE display_name = 'Nora Müller'")), 1);
    QCOMPARE(imported.count(), 1);
    QVERIFY(wizard.findChild<QAbstractButton*>(QStringLiteral("importSaveReport"))->isEnabled());
    // No password from the file reached the database or the report.
    QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE after_json LIKE '%Hunter2%' "
                                  "OR after_json LIKE '%Secret9%'")),
             0);
    snapshot(&wizard, QStringLiteral("import-4-result"));
}

void TestImportWizard::aBrokenFileIsLocatedAndNothingGoesOn()
{
    ImportWizard wizard(m_backend.get(), ada(), false);
    wizard.show();
    wizard.openFile(writeFile(QStringLiteral("broken.csv"), "email,name\nada@example.org,\"Ada\nbob@example.org,Bob\n"));
    auto* problem = wizard.findChild<QLabel*>(QStringLiteral("importFileProblem"));
    QTRY_VERIFY(problem->isVisibleTo(&wizard));
    // In German (USHER_TEST_LANGUAGE=de) the place is still named, in its own words.
    QVERIFY2(problem->text().contains(QLatin1String("Line 2, column 17"))
                 || problem->text().contains(QLatin1String("Zeile 2, Spalte 17")),
             qPrintable(problem->text()));
    QVERIFY(!next(wizard)->isEnabled());
    // A file that is not there, and an empty one.
    wizard.openFile(m_dir.filePath(QStringLiteral("gone.csv")));
    QTRY_VERIFY(problem->text().contains(QLatin1String("gone.csv")));
    QVERIFY(!next(wizard)->isEnabled());
    wizard.openFile(writeFile(QStringLiteral("empty.csv"), ""));
    const bool english = qEnvironmentVariable("USHER_TEST_LANGUAGE", QStringLiteral("en")) == QLatin1String("en");
    QTRY_VERIFY(problem->text().contains(english ? QLatin1String("empty") : QLatin1String("leer")));
    QVERIFY(!next(wizard)->isEnabled());
}

void TestImportWizard::thePreviewFollowsTheLastFileChosen()
{
    // A large file chosen, then at once a small one (a slip of the hand): the large one's late
    // answers, its first rows and its whole reading, must not replace the small one's.
    QByteArray large = "email,name\n";
    for (int i = 0; i < 30000; ++i) {
        large += QStringLiteral("big%1@example.org,Big %1\n").arg(i).toUtf8();
    }
    const QString largePath = writeFile(QStringLiteral("large.csv"), large);
    const QString smallPath = writeFile(QStringLiteral("small.csv"), "email,name\nsmall@example.org,Small One\n");
    ImportWizard wizard(m_backend.get(), ada(), false);
    wizard.show();
    wizard.openFile(largePath);
    wizard.openFile(smallPath);
    auto* preview = wizard.findChild<QTableWidget*>(QStringLiteral("importFilePreview"));
    QTRY_VERIFY(next(wizard)->isEnabled());
    QTest::qWait(300); // time for the large file's answers to arrive
    QCOMPARE(wizard.file().path, smallPath);
    QCOMPARE(wizard.file().records.size(), 1);
    QCOMPARE(preview->rowCount(), 1);
    QCOMPARE(preview->item(0, 0)->text(), QStringLiteral("small@example.org"));
}

void TestImportWizard::allOrNothingWithARefusedRowCannotBeStarted()
{
    ImportWizard wizard(m_backend.get(), ada(), false);
    wizard.show();
    wizard.openFile(writeFile(QStringLiteral("mixed.csv"), "email,role\nok@example.org,member\nup@example.org,owner\n"));
    QTRY_VERIFY(next(wizard)->isEnabled());
    next(wizard)->click();
    QTRY_VERIFY(next(wizard)->isEnabled());
    next(wizard)->click();
    QTRY_VERIFY(commit(wizard)->isEnabled()); // each on its own: the refused row is skipped
    wizard.findChild<QAbstractButton*>(QStringLiteral("importAllOrNothing"))->click();
    auto* problem = wizard.findChild<QLabel*>(QStringLiteral("importCheckProblem"));
    QTRY_VERIFY(problem->isVisibleTo(&wizard));
    QVERIFY2(problem->text().contains(QLatin1String("all rows or none"))
                 || problem->text().contains(QLatin1String("alle Zeilen oder keine")),
             qPrintable(problem->text()));
    QVERIFY(!commit(wizard)->isEnabled());
    QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM accounts WHERE email_key = 'ok@example.org'")), 0);
}

void TestImportWizard::columnsChosenOnceAreChosenAgainForTheSameLayout()
{
    const QByteArray header = "Mail,Dept\n";
    {
        ImportWizard wizard(m_backend.get(), ada(), false);
        wizard.show();
        wizard.openFile(writeFile(QStringLiteral("first.csv"), header + "a@example.org,Ops\n"));
        QTRY_VERIFY(next(wizard)->isEnabled());
        QCOMPARE(wizard.mapping().columns.at(1), UserColumn::Ignored);
        next(wizard)->click();
        auto* dept = wizard.findChild<QTableWidget*>(QStringLiteral("importColumns"))
                         ->findChild<QComboBox*>(QStringLiteral("importColumn1"));
        dept->setCurrentIndex(dept->findData(int(UserColumn::Groups)));
        QTRY_VERIFY(next(wizard)->isEnabled());
    }
    // Next month's file from the same tool: its Dept column holds groups again.
    ImportWizard wizard(m_backend.get(), ada(), false);
    wizard.show();
    wizard.openFile(writeFile(QStringLiteral("second.csv"), header + "b@example.org,Sales\n"));
    QTRY_VERIFY(next(wizard)->isEnabled());
    QCOMPARE(wizard.mapping().columns.at(1), UserColumn::Groups);
    // Another layout is recognised afresh.
    wizard.openFile(writeFile(QStringLiteral("third.csv"), "Mail,Dept,Role\nc@example.org,Ops,member\n"));
    QTRY_VERIFY(next(wizard)->isEnabled());
    QCOMPARE(wizard.mapping().columns.at(1), UserColumn::Ignored);
}

void TestImportWizard::theMenuOpensItForThoseWhoMayInvite()
{
    // Eddie (an Editor) may not invite: the action says why; Ada opens the wizard with it.
    const QString path = m_db->profile().file()->path;
    m_backend.reset();
    std::unique_ptr<MainWindow> window(openMainWindow(path, QStringLiteral("eddie@example.org")));
    auto* action = window->findChild<QAction*>(QStringLiteral("importAction"));
    QVERIFY(action);
    QTRY_VERIFY(!action->toolTip().isEmpty() && !action->isEnabled());
    window.reset();
    window.reset(openMainWindow(path, QStringLiteral("ada@example.org")));
    action = window->findChild<QAction*>(QStringLiteral("importAction"));
    QTRY_VERIFY(action->isEnabled());
    action->trigger();
    auto* wizard = waitForDialog<ImportWizard>(window.get(), QStringLiteral("importWizard"));
    QVERIFY(wizard);
    wizard->reject();
    QVERIFY(waitUntilClosed(wizard));
}

void TestImportWizard::exportsTheSelectionOrWhatIsListed()
{
    const QString path = m_db->profile().file()->path;
    m_backend.reset();
    std::unique_ptr<MainWindow> window(openMainWindow(path, QStringLiteral("ada@example.org")));
    QTRY_VERIFY(window->findChild<QAction*>(QStringLiteral("exportAction"))->isEnabled());
    UsersView* view = window->usersView();
    QTableView* table = view->table();
    QTRY_COMPARE(table->model()->rowCount(), 3);
    // Select Max by clicking his row.
    int row = -1;
    for (int i = 0; i < table->model()->rowCount(); ++i) {
        if (table->model()->index(i, UsersModel::EmailColumn).data().toString() == QLatin1String("max@example.org")) {
            row = i;
        }
    }
    QVERIFY(row >= 0);
    QTest::mouseClick(table->viewport(), Qt::LeftButton, {},
                      table->visualRect(table->model()->index(row, UsersModel::EmailColumn)).center());
    QTRY_COMPARE(view->selectedCount(), 1);
    QSignalSpy exported(window.get(), &MainWindow::usersExported);
    UserExportRequest selected = window->exportRequest(ExportDialog::Selected);
    selected.path = m_dir.filePath(QStringLiteral("selected.csv"));
    window->exportUsersTo(selected);
    QTRY_COMPARE(exported.count(), 1);
    QCOMPARE(exported.first().first().toLongLong(), 1);
    CsvTable table1 = [&] {
        QFile file(selected.path);
        file.open(QIODevice::ReadOnly);
        return readCsv(file.readAll());
    }();
    QCOMPARE(table1.records.size(), 1);
    QCOMPARE(table1.records.first().fields.at(1), QStringLiteral("max@example.org"));

    // A search narrows what is listed: "the people listed now" is exactly that, not everyone.
    auto* search = view->findChild<QLineEdit*>(QStringLiteral("searchField"));
    QTest::keyClicks(search, QStringLiteral("eddie"));
    QTRY_COMPARE(table->model()->rowCount(), 1);
    UserExportRequest listed = window->exportRequest(ExportDialog::Listed);
    listed.path = m_dir.filePath(QStringLiteral("listed.csv"));
    window->exportUsersTo(listed);
    QTRY_COMPARE(exported.count(), 2);
    QCOMPARE(exported.last().first().toLongLong(), 1);
    UserExportRequest everyone = window->exportRequest(ExportDialog::Everyone);
    everyone.path = m_dir.filePath(QStringLiteral("everyone.csv"));
    window->exportUsersTo(everyone);
    QTRY_COMPARE(exported.count(), 3);
    QCOMPARE(exported.last().first().toLongLong(), 3);
}

void TestImportWizard::theExportDialogSaysWhatItCannotDo()
{
    ExportDialog none(QStringLiteral("Everyone"), 0);
    none.show();
    auto* selected = none.findChild<QAbstractButton*>(QStringLiteral("exportSelected"));
    QVERIFY(!selected->isEnabled());
    QVERIFY(!selected->toolTip().isEmpty());
    QCOMPARE(none.scope(), ExportDialog::Listed);
    // Without a column there is nothing to write: Export waits.
    auto* save = none.findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Save);
    QVERIFY(save->isEnabled());
    for (int i = 0; i < allExportColumns().size(); ++i) {
        none.findChild<QCheckBox*>(QStringLiteral("exportColumn%1").arg(i))->setChecked(false);
    }
    QVERIFY(!save->isEnabled());
    QVERIFY(none.columns().isEmpty());
    snapshot(&none, QStringLiteral("export-dialog"));
    ExportDialog some(QStringLiteral("Disabled, search “ada”"), 12);
    QCOMPARE(some.scope(), ExportDialog::Selected);
}

int main(int argc, char* argv[])
{
    QApplication app(argc, argv);
    installTranslations(app, qEnvironmentVariable("USHER_TEST_LANGUAGE", QStringLiteral("en")));
    TestImportWizard test;
    return QTest::qExec(&test, argc, argv);
}
#include "tst_importwizard.moc"
