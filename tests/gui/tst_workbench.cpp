// The offline CSV workbench (B2) driven by keystrokes, as a person preparing a list would:
// a new list, rows pasted from a spreadsheet, a group filled down, a flagged address fixed,
// undo and redo, save and reopen with the file's bytes kept; a file someone else made; a
// killed process's changes offered back (and not while another Usher still has them open);
// and the hand-off to the import wizard.
#include "guitest.h"
#include "testsupport.h"
#include "models/userlistmodel.h"
#include "ui/csv/importwizard.h"
#include "ui/csv/workbenchdocument.h"
#include "ui/csv/workbenchwindow.h"

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QClipboard>
#include <QDir>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QMessageBox>
#include <QProcess>
#include <QPushButton>
#include <QStatusBar>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

using namespace usher;
using namespace usher::test;

namespace {

QByteArray readAll(const QString& path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

bool writeAll(const QString& path, const QByteArray& bytes)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size();
}

/// Answers the next message box that appears with `button`.
void answerNextMessageBox(QMessageBox::StandardButton button)
{
    QTimer::singleShot(0, [button] {
        if (auto* box = qobject_cast<QMessageBox*>(QApplication::activeModalWidget())) {
            box->button(button)->click();
        } else {
            answerNextMessageBox(button); // not shown yet
        }
    });
}

/// Types `text` into the table's cell and presses Enter, as a person does: the first key
/// starts editing (any key does), the editor takes the rest.
void typeIntoCell(QTableView* table, int row, int column, const QString& text)
{
    table->setCurrentIndex(table->model()->index(row, column));
    table->setFocus();
    const bool latin1 = std::all_of(text.cbegin(), text.cend(), [](QChar c) { return c.unicode() < 0x100; });
    if (latin1) {
        QTest::keyClicks(table, text.left(1));
    } else {
        QTest::keyClick(table, Qt::Key_F2);
    }
    QPointer<QLineEdit> editor = table->viewport()->findChild<QLineEdit*>();
    QVERIFY2(editor, "typing did not start editing the cell");
    if (latin1) {
        QTest::keyClicks(editor, text.mid(1));
    } else {
        editor->selectAll();
        editor->insert(text); // as an input method would type it
    }
    QTest::keyClick(editor, Qt::Key_Return);
    // The delegate commits a moment later (queued), and closes the editor.
    QTRY_VERIFY(editor.isNull() || !editor->isVisible());
}

} // namespace

class TestWorkbench : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void init();
    void cleanup();
    void aNewListIsPreparedByKeyboardAndSaved();
    void aFileSomeoneElseMadeKeepsItsBytes();
    void findAndReplaceIsOneStep();
    void aBrokenFileIsRefusedNotCutShort();
    void closingWithChangesAsks();
    void saveAsOffersTheFilesOwnFormat();
    void aKilledProcessesChangesAreOfferedBack();
    void aCopyInterruptedHalfWayIsNotLost();
    void theListGoesToTheImportWizardAsItStands();

private:
    WorkbenchWindow* m_window = nullptr;
    QTemporaryDir m_dir;
};

void TestWorkbench::initTestCase()
{
    useOwnSettings(QStringLiteral("tst_workbench"));
}

void TestWorkbench::init()
{
    QDir(WorkbenchDocument::recoveryDirectory()).removeRecursively();
    m_window = new WorkbenchWindow();
    m_window->setKnowledge(std::nullopt); // nothing from an earlier test's connection
    m_window->resize(1100, 700);
    m_window->show();
    m_window->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_window));
}

void TestWorkbench::cleanup()
{
    if (m_window) {
        // Whatever a test left unsaved goes without asking.
        for (WorkbenchDocument* document : m_window->findChildren<WorkbenchDocument*>()) {
            document->discardRecoveryCopy();
            document->undoStack()->setClean();
        }
        m_window->close();
        m_window = nullptr;
    }
}

void TestWorkbench::aNewListIsPreparedByKeyboardAndSaved()
{
    QCOMPARE(m_window->documentCount(), 0);
    QVERIFY(m_window->findChild<QWidget*>(QStringLiteral("workbenchEmpty"))->isVisible());
    QTest::keyClick(m_window, Qt::Key_N, Qt::ControlModifier);
    QCOMPARE(m_window->documentCount(), 1);
    WorkbenchDocument* document = m_window->currentDocument();
    QTableView* table = document->table();
    UserListModel* model = document->model();
    QCOMPARE(model->headerData(0, Qt::Horizontal).toString(), QStringLiteral("Email"));

    // Three rows copied from a spreadsheet (tab-separated, a name with a tab quoted), pasted
    // at the first cell: the list grows to hold them.
    QApplication::clipboard()->setText(QStringLiteral("ann@example.org\tAnn\tOtter\tmember\tSales\n"
                                                      "bo@example\tBo\tBear\teditor\t\n"
                                                      "cy@example.org\t\"Cy\tC\"\tCat\t\t\n"));
    table->setCurrentIndex(model->index(0, 0));
    table->setFocus();
    QTest::keyClick(table, Qt::Key_V, Qt::ControlModifier);
    QCOMPARE(model->rowCount(), 3);
    QCOMPARE(model->index(2, 1).data().toString(), QStringLiteral("Cy\tC"));
    // The flagged address shows in the cell, the row header and the problems list.
    QVERIFY(!model->index(1, 0).data(UserListModel::ProblemRole).toString().isEmpty());
    auto* problems = document->findChild<QListView*>(QStringLiteral("workbenchProblems"));
    QCOMPARE(problems->model()->rowCount(), 1);
    QVERIFY2(problems->model()->index(0, 0).data().toString().startsWith(QLatin1String("Row 2")),
             qPrintable(problems->model()->index(0, 0).data().toString()));
    auto* status = m_window->findChild<QLabel*>(QStringLiteral("workbenchStatus"));
    QVERIFY2(status->text().contains(QLatin1String("1 problem")), qPrintable(status->text()));

    // Fill down the group: select the three Groups cells, Ctrl+D.
    table->setCurrentIndex(model->index(0, 4));
    table->selectionModel()->select(QItemSelection(model->index(0, 4), model->index(2, 4)),
                                    QItemSelectionModel::ClearAndSelect);
    QTest::keyClick(table, Qt::Key_D, Qt::ControlModifier);
    QCOMPARE(model->index(2, 4).data().toString(), QStringLiteral("Sales"));

    // F8 goes to the problem; typing fixes it.
    table->setCurrentIndex(model->index(0, 0));
    QTest::keyClick(table, Qt::Key_F8);
    QCOMPARE(table->currentIndex().row(), 1);
    typeIntoCell(table, 1, 0, QStringLiteral("bo@example.org"));
    QCOMPARE(model->index(1, 0).data().toString(), QStringLiteral("bo@example.org"));
    QCOMPARE(problems->model()->rowCount(), 0);

    // Undo brings the problem back, redo fixes it again.
    QTest::keyClick(table, Qt::Key_Z, Qt::ControlModifier);
    QCOMPARE(model->index(1, 0).data().toString(), QStringLiteral("bo@example"));
    QCOMPARE(problems->model()->rowCount(), 1);
    QTest::keyClick(table, Qt::Key_Z, Qt::ControlModifier | Qt::ShiftModifier);
    QCOMPARE(problems->model()->rowCount(), 0);
    QVERIFY(m_window->isWindowModified());
    snapshot(m_window, QStringLiteral("workbench-new-list"));

    // Saved and opened again: the same bytes, the name quoted, UTF-8 with a byte-order mark.
    const QString path = m_dir.filePath(QStringLiteral("new-people.csv"));
    QVERIFY(m_window->saveAs(path, document->model()->document().format));
    QVERIFY(!m_window->isWindowModified());
    const QByteArray saved = readAll(path);
    QCOMPARE(saved, QByteArray("\xEF\xBB\xBF"
                               "Email,First name,Last name,Role,Groups\r\n"
                               "ann@example.org,Ann,Otter,member,Sales\r\n"
                               "bo@example.org,Bo,Bear,editor,Sales\r\n"
                               "cy@example.org,Cy\tC,Cat,,Sales\r\n"));
    QVERIFY(QDir(WorkbenchDocument::recoveryDirectory()).entryList({QStringLiteral("*.csv")}).isEmpty());
    QTest::keyClick(m_window, Qt::Key_W, Qt::ControlModifier); // no question: nothing unsaved
    QCOMPARE(m_window->documentCount(), 0);
    m_window->openFile(path);
    QTRY_COMPARE(m_window->documentCount(), 1);
    QCOMPARE(encodeCsvDocument(m_window->currentDocument()->model()->document()), saved);
}

void TestWorkbench::aFileSomeoneElseMadeKeepsItsBytes()
{
    // Excel on a Dutch Windows: a sep line, semicolons, Windows-1252, quotes where it chose,
    // leading zeros, a phone number, a date and a long id.
    const QByteArray file("sep=;\r\nE-mailadres;Voornaam;Achternaam;Personeelsnummer;Telefoon;In dienst;Id\r\n"
                          "\"jos@example.org\";Jos;\"M\xFCller\";007;+31 6 12345678;01-02-2024;12345678901234567890\r\n"
                          "kim@example;Kim;de Wit;0042;;;\r\n");
    const QString path = m_dir.filePath(QStringLiteral("excel.csv"));
    QVERIFY(writeAll(path, file));
    m_window->openFile(path);
    QTRY_COMPARE(m_window->documentCount(), 1);
    // Opening it twice shows the tab it has.
    m_window->openFile(path);
    QTest::qWait(50);
    QCOMPARE(m_window->documentCount(), 1);
    WorkbenchDocument* document = m_window->currentDocument();
    UserListModel* model = document->model();
    QCOMPARE(model->index(0, 3).data().toString(), QStringLiteral("007"));
    QCOMPARE(model->index(0, 6).data().toString(), QStringLiteral("12345678901234567890"));
    auto* format = m_window->findChild<QLabel*>(QStringLiteral("workbenchFormat"));
    QVERIFY2(format->text().contains(QLatin1String("Windows-1252")), qPrintable(format->text()));
    QVERIFY(model->checks().hasProblems(1)); // kim@example
    typeIntoCell(document->table(), 1, 0, QStringLiteral("kim@example.org"));
    QVERIFY(!model->checks().hasProblems(1));
    QVERIFY(m_window->save());
    QByteArray expected = file;
    expected.replace("kim@example;", "kim@example.org;");
    QCOMPARE(readAll(path), expected);

    // A letter Windows-1252 cannot write is refused on saving, naming its cell; the file
    // stays as it was and the list stays unsaved.
    typeIntoCell(document->table(), 0, 1, QStringLiteral("Łukasz"));
    QVERIFY(!m_window->save());
    auto* problem = waitForDialog<QMessageBox>(m_window, QStringLiteral("workbenchSaveProblem"));
    QVERIFY2(problem->text().contains(QLatin1String("Row 1, Voornaam")), qPrintable(problem->text()));
    problem->close();
    QCOMPARE(readAll(path), expected);
    QVERIFY(document->isModified());
    // In UTF-8 it can.
    CsvFormat utf8 = model->document().format;
    utf8.encoding = CsvEncoding::Utf8;
    QVERIFY(m_window->saveAs(path, utf8));
    QVERIFY(readAll(path).contains("\xC5\x81ukasz"));

    // Pasted rows from a spreadsheet land where they were copied from, an empty one included;
    // cells beyond the last column are left out, and the status bar says so.
    QApplication::clipboard()->setText(QStringLiteral("x1@example.org\n\nx3@example.org\t\t\t\t\t\t\tbeyond\n"));
    document->table()->setCurrentIndex(model->index(0, 0));
    document->table()->setFocus();
    QTest::keyClick(document->table(), Qt::Key_V, Qt::ControlModifier);
    QCOMPARE(model->index(0, 0).data().toString(), QStringLiteral("x1@example.org"));
    QCOMPARE(model->index(1, 0).data().toString(), QString());
    QCOMPARE(model->index(2, 0).data().toString(), QStringLiteral("x3@example.org"));
    QVERIFY2(m_window->statusBar()->currentMessage().contains(QLatin1String("beyond the last column")),
             qPrintable(m_window->statusBar()->currentMessage()));
}

void TestWorkbench::findAndReplaceIsOneStep()
{
    const QString path = m_dir.filePath(QStringLiteral("groups.csv"));
    QVERIFY(writeAll(path, "Email,Groups\na@example.org,Sales\nb@example.org,Sales team\nc@example.org,sales\n"));
    m_window->openFile(path);
    QTRY_COMPARE(m_window->documentCount(), 1);
    UserListModel* model = m_window->currentDocument()->model();
    QTest::keyClick(m_window, Qt::Key_F, Qt::ControlModifier);
    auto* find = waitForDialog<QDialog>(m_window, QStringLiteral("workbenchFind"));
    QTest::keyClicks(find->findChild<QLineEdit*>(QStringLiteral("findText")), QStringLiteral("Sales"));
    QTest::keyClicks(find->findChild<QLineEdit*>(QStringLiteral("replaceText")), QStringLiteral("Field sales"));
    // Whole cells only, any case: "Sales team" is left alone.
    find->findChild<QCheckBox*>(QStringLiteral("findWholeCell"))->setChecked(true);
    snapshot(find, QStringLiteral("workbench-find"));
    find->findChild<QPushButton*>(QStringLiteral("replaceAll"))->click();
    QCOMPARE(model->index(0, 1).data().toString(), QStringLiteral("Field sales"));
    QCOMPARE(model->index(1, 1).data().toString(), QStringLiteral("Sales team"));
    QCOMPARE(model->index(2, 1).data().toString(), QStringLiteral("Field sales"));
    QVERIFY(find->findChild<QLabel*>(QStringLiteral("findResult"))->text().contains(QLatin1Char('2')));
    QCOMPARE(model->undoStack()->count(), 1);
    model->undoStack()->undo();
    QCOMPARE(model->index(2, 1).data().toString(), QStringLiteral("sales"));
    // Nothing matching says so.
    auto* findText = find->findChild<QLineEdit*>(QStringLiteral("findText"));
    findText->setText(QStringLiteral("Marketing"));
    find->findChild<QPushButton*>(QStringLiteral("findNext"))->click();
    QVERIFY(!find->findChild<QLabel*>(QStringLiteral("findResult"))->text().isEmpty());
    find->close();
}

void TestWorkbench::aBrokenFileIsRefusedNotCutShort()
{
    // A quote never closed: opened, the rest of the file would be lost on saving.
    const QString path = m_dir.filePath(QStringLiteral("broken.csv"));
    QVERIFY(writeAll(path, "Email,Name\na@example.org,\"Ann\nb@example.org,Bo\n"));
    m_window->openFile(path);
    auto* box = waitForDialog<QMessageBox>(m_window, QStringLiteral("workbenchOpenProblem"));
    QVERIFY2(box->text().contains(QLatin1String("Line 2")), qPrintable(box->text()));
    box->close();
    QCOMPARE(m_window->documentCount(), 0);
}

void TestWorkbench::closingWithChangesAsks()
{
    m_window->newList();
    WorkbenchDocument* document = m_window->currentDocument();
    typeIntoCell(document->table(), 0, 0, QStringLiteral("kept@example.org"));
    // Cancel keeps the window and the list.
    answerNextMessageBox(QMessageBox::Cancel);
    QVERIFY(!m_window->close());
    QCOMPARE(m_window->documentCount(), 1);
    QCOMPARE(document->model()->index(0, 0).data().toString(), QStringLiteral("kept@example.org"));
    // Discard closes the list and forgets its recovery copy.
    m_window->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_window));
    answerNextMessageBox(QMessageBox::Discard);
    QTest::keyClick(m_window, Qt::Key_W, Qt::ControlModifier);
    QCOMPARE(m_window->documentCount(), 0);
    QCOMPARE(WorkbenchWindow::recoverableCount(), 0);
}

void TestWorkbench::saveAsOffersTheFilesOwnFormat()
{
    // A semicolon file with LF: Save As starts from that, and a change of delimiter there is
    // what the new file gets.
    const QString path = m_dir.filePath(QStringLiteral("semicolons.csv"));
    QVERIFY(writeAll(path, "sep=;\nEmail;Name\na@example.org;Ann\n"));
    m_window->openFile(path);
    QTRY_COMPARE(m_window->documentCount(), 1);
    const QString copy = m_dir.filePath(QStringLiteral("commas.csv"));
    QTimer::singleShot(0, this, [this, copy] {
        auto* dialog = waitForDialog<QDialog>(m_window, QStringLiteral("workbenchSaveAs"));
        auto* delimiter = dialog->findChildren<QComboBox*>().at(1);
        auto* lineEnding = dialog->findChildren<QComboBox*>().at(2);
        QCOMPARE(delimiter->currentData().toString(), QStringLiteral(";"));
        QCOMPARE(lineEnding->currentData().toInt(), int(CsvLineEnding::Lf));
        snapshot(dialog, QStringLiteral("workbench-save-as"));
        delimiter->setCurrentIndex(delimiter->findData(QStringLiteral(",")));
        // Windows-1252 has no byte-order mark to offer.
        auto* encoding = dialog->findChildren<QComboBox*>().at(0);
        encoding->setCurrentIndex(encoding->findData(int(CsvEncoding::Windows1252)));
        QVERIFY(!dialog->findChild<QCheckBox*>()->isEnabled());
        encoding->setCurrentIndex(encoding->findData(int(CsvEncoding::Utf8)));
        dialog->findChild<QLineEdit*>(QStringLiteral("saveAsPath"))->setText(copy);
        dialog->findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Save)->click();
    });
    QTest::keyClick(m_window, Qt::Key_S, Qt::ControlModifier | Qt::ShiftModifier);
    QTRY_VERIFY(QFile::exists(copy));
    // Excel's sep line follows the new delimiter.
    QCOMPARE(readAll(copy), QByteArray("sep=,\nEmail,Name\na@example.org,Ann\n"));
    QCOMPARE(readAll(path), QByteArray("sep=;\nEmail;Name\na@example.org;Ann\n"));
    QCOMPARE(m_window->currentDocument()->path(), copy);
}

void TestWorkbench::aKilledProcessesChangesAreOfferedBack()
{
    const QString path = m_dir.filePath(QStringLiteral("to-fix.csv"));
    const QByteArray original("Email,Name\nann@example,Ann\n");
    QVERIFY(writeAll(path, original));
    // Another process (this test, as a child) opens the file, fixes the address and waits,
    // its change in a recovery copy only; it is then killed.
    QProcess child;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("USHER_WORKBENCH_CHILD"), path);
    child.setProcessEnvironment(environment);
    child.start(QCoreApplication::applicationFilePath(), {});
    QVERIFY(child.waitForStarted());
    QVERIFY2(QTest::qWaitFor([&] { return child.readAllStandardOutput().contains("ready")
                                          || child.state() == QProcess::NotRunning; }, 20000)
                 && child.state() == QProcess::Running,
             child.readAllStandardError().constData());
    // While it runs, its list is its own: nothing is offered here.
    QCOMPARE(WorkbenchWindow::recoverableCount(), 0);
    child.kill();
    QVERIFY(child.waitForFinished(10000));
    QCOMPARE(child.exitStatus(), QProcess::CrashExit);
    QCOMPARE(readAll(path), original); // never saved

    QCOMPARE(WorkbenchWindow::recoverableCount(), 1);
    // The next start asks; Not Now keeps them for the time after.
    bool opened = false;
    WorkbenchWindow::offerRecovery(m_window, [&opened] { opened = true; });
    auto* question = waitForDialog<QMessageBox>(m_window, QStringLiteral("unsavedListsQuestion"));
    snapshot(question, QStringLiteral("workbench-recovery"));
    question->button(QMessageBox::Ignore)->click();
    QVERIFY(!opened);
    QCOMPARE(WorkbenchWindow::recoverableCount(), 1);
    QCOMPARE(m_window->recover(), 1);
    WorkbenchDocument* document = m_window->currentDocument();
    QVERIFY(document);
    QCOMPARE(document->path(), path);
    QVERIFY(document->isModified());
    QCOMPARE(document->model()->index(0, 0).data().toString(), QStringLiteral("ann@example.org"));
    // Offered once: this window holds it now.
    QCOMPARE(WorkbenchWindow::recoverableCount(), 0);
    QVERIFY(m_window->save());
    QCOMPARE(readAll(path), QByteArray("Email,Name\nann@example.org,Ann\n"));
    QVERIFY(QDir(WorkbenchDocument::recoveryDirectory()).entryList({QStringLiteral("*.csv")}).isEmpty());
}

void TestWorkbench::aCopyInterruptedHalfWayIsNotLost()
{
    // Usher stopped between writing a new list's text and its format: the text is offered
    // back all the same (its format read from it); a format whose text is gone is cleared away.
    const QDir recovery(WorkbenchDocument::recoveryDirectory());
    QVERIFY(recovery.mkpath(QStringLiteral(".")));
    QVERIFY(writeAll(recovery.filePath(QStringLiteral("orphan.csv")), "Email;Name\nx@example.org;Xu\n"));
    QVERIFY(writeAll(recovery.filePath(QStringLiteral("lonely.json")), "{}"));
    QCOMPARE(WorkbenchWindow::recoverableCount(), 1);
    QCOMPARE(m_window->recover(), 1);
    WorkbenchDocument* document = m_window->currentDocument();
    QVERIFY(document->path().isEmpty());
    QVERIFY(document->isModified());
    QCOMPARE(document->model()->index(0, 1).data().toString(), QStringLiteral("Xu"));
    QCOMPARE(document->model()->document().format.delimiter, QLatin1Char(';'));
    QVERIFY(!QFile::exists(recovery.filePath(QStringLiteral("lonely.json"))));
}

void TestWorkbench::theListGoesToTheImportWizardAsItStands()
{
    TestDatabase db(QStringLiteral("workbench"));
    db.seed({SeedUser{QStringLiteral("Ada Admin"), QStringLiteral("ada@example.org"), Role::Admin, Status::Active,
                      Source::Invite, 1'700'000'000, 0, {}}});
    std::unique_ptr<MainWindow> main(openMainWindow(db.profile().file()->path, QStringLiteral("ada@example.org")));
    QTRY_VERIFY(main->findChild<QAction*>(QStringLiteral("importAction"))->isEnabled());
    WorkbenchWindow* workbench = main->workbench();
    // What the connection shows is taken for the offline checks: Ada is a member, "Ops" is no
    // group there.
    QTRY_VERIFY(workbench->knowledge() && workbench->knowledge()->membersKnown);
    QVERIFY(workbench->knowledge()->isMember(QStringLiteral("ada@example.org")));
    workbench->newList();
    WorkbenchDocument* document = workbench->currentDocument();
    document->model()->setCells({{0, 0, QStringLiteral("new@example.org")},
                                 {0, 1, QStringLiteral("Nina")},
                                 {1, 0, QStringLiteral("ada@example.org")},
                                 {1, 3, QStringLiteral("admin")},
                                 {1, 4, QStringLiteral("Ops")}},
                                QStringLiteral("Paste"));
    QCOMPARE(document->model()->checks().memberRows(), 1);
    QVERIFY2(document->model()->checks().cellProblem(1, 4).contains(QLatin1String("from workbench.usher")),
             qPrintable(document->model()->checks().cellProblem(1, 4)));
    document->model()->setCells({{1, 4, QString()}}, QStringLiteral("Clear"));
    auto* import = workbench->findChild<QAction*>(QStringLiteral("workbenchImport"));
    QTRY_VERIFY(import->isEnabled());
    import->trigger();
    auto* wizard = waitForDialog<ImportWizard>(main.get(), QStringLiteral("importWizard"));
    // Not from a file (the list was never saved): its two rows as they stand.
    QTRY_COMPARE(wizard->file().records.size(), 2);
    QVERIFY(wizard->findChild<QLineEdit*>(QStringLiteral("importFilePath"))->text().contains(document->title()));
    QVERIFY(!wizard->findChild<QWidget*>(QStringLiteral("importEncoding"))->isEnabled());
    QCOMPARE(wizard->file().records.at(0).fields.at(0), QStringLiteral("new@example.org"));
    wizard->reject();
    QVERIFY(waitUntilClosed(wizard));
    document->undoStack()->setClean();
    workbench->close();
    main.reset();

    // Offline, a new workbench checks against the same knowledge and says where it is from;
    // Forget removes it from this computer.
    m_window->close();
    m_window = new WorkbenchWindow();
    m_window->show();
    QVERIFY(m_window->knowledge());
    auto* label = m_window->findChild<QLabel*>(QStringLiteral("workbenchKnowledge"));
    QVERIFY2(label->text().contains(QLatin1String("workbench.usher")), qPrintable(label->text()));
    emit label->linkActivated(QStringLiteral("forget"));
    QVERIFY(!m_window->knowledge());
    QVERIFY(!WorkbenchWindow::storedKnowledge());
}

/// The child of aKilledProcessesChangesAreOfferedBack: opens the file, fixes the address, waits
/// for the recovery copy, says "ready" and waits to be killed.
static int runChild(int argc, char* argv[], const QString& path)
{
    QApplication app(argc, argv);
    useOwnSettings(QStringLiteral("tst_workbench"));
    auto* window = new WorkbenchWindow();
    window->show();
    window->openFile(path);
    if (!QTest::qWaitFor([window] { return window->documentCount() == 1; }, 10000)) {
        return 2;
    }
    WorkbenchDocument* document = window->currentDocument();
    document->model()->setData(document->model()->index(0, 0), QStringLiteral("ann@example.org"));
    const QDir recovery(WorkbenchDocument::recoveryDirectory());
    if (!QTest::qWaitFor([&] { return !recovery.entryList({QStringLiteral("*.json")}).isEmpty(); }, 10000)) {
        return 3;
    }
    std::printf("ready\n");
    std::fflush(stdout);
    return app.exec();
}

int main(int argc, char* argv[])
{
    const QString child = qEnvironmentVariable("USHER_WORKBENCH_CHILD");
    if (!child.isEmpty()) {
        return runChild(argc, argv, child);
    }
    QApplication app(argc, argv);
    TestWorkbench test;
    QTEST_SET_MAIN_SOURCE_PATH
    return QTest::qExec(&test, argc, argv);
}

#include "tst_workbench.moc"
