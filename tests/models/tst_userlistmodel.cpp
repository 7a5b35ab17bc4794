// The workbench's model of a user list: every change undoable and redoable, the checks
// following each, the file's bytes kept, and the model's invariants (QAbstractItemModelTester).
#include "models/userlistmodel.h"

#include <QAbstractItemModelTester>
#include <QBuffer>
#include <QSignalSpy>
#include <QTest>
#include <QUndoStack>

using namespace usher;

namespace {

CsvDocument documentOf(QByteArray bytes)
{
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::ReadOnly);
    return readCsvDocument(&buffer).document;
}

QString cell(const UserListModel& model, int row, int column)
{
    return model.data(model.index(row, column)).toString();
}

} // namespace

class TestUserListModel : public QObject
{
    Q_OBJECT

private slots:
    void everyChangeIsUndoneAndRedone();
    void aPasteBeyondTheEndAddsRowsAndUndoTakesThemAway();
    void sortingKeepsTheSelectionOnItsPeople();
    void aRenamedColumnIsRecognisedAgain();
    void quotedHeadingsComeBackQuoted();
    void aLargeListLoadsAndChecks();
};

void TestUserListModel::everyChangeIsUndoneAndRedone()
{
    const QByteArray file("Email;Name;Role\n\"ann@example\";Ann;member\nbo@example.org;Bo;editor\n");
    UserListModel model;
    new QAbstractItemModelTester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest, &model);
    model.setDocument(documentOf(file));
    QUndoStack* undo = model.undoStack();
    QVERIFY(undo->isClean());
    QCOMPARE(model.checks().problemRows(), QList<int>({0}));
    QVERIFY(!model.data(model.index(0, 0), Qt::ToolTipRole).toString().isEmpty());
    QVERIFY(!model.headerData(0, Qt::Vertical, UserListModel::ProblemRole).toString().isEmpty());

    QSignalSpy checks(&model, &UserListModel::checksChanged);
    QVERIFY(model.setData(model.index(0, 0), QStringLiteral("ann@example.org")));
    QVERIFY(model.checks().problemRows().isEmpty());
    QVERIFY(!checks.isEmpty());
    QVERIFY(!undo->isClean());
    // The same text again is no step.
    QVERIFY(model.setData(model.index(0, 0), QStringLiteral("ann@example.org")));
    QCOMPARE(undo->count(), 1);

    model.insertEmptyRows(1, 2);
    QCOMPARE(model.rowCount(), 4);
    model.setCells({{1, 0, QStringLiteral("cy@example.org")}, {2, 0, QStringLiteral("ANN@example.org")}},
                   QStringLiteral("Paste"));
    QCOMPARE(model.checks().problemRows(), QList<int>({2})); // the repeat, not the first
    model.removeRowList({0, 3});
    QCOMPARE(model.rowCount(), 2);
    QVERIFY(model.checks().problemRows().isEmpty()); // the first Ann is gone: the copy is alone
    model.insertEmptyColumn(1, QStringLiteral("Groups"));
    QCOMPARE(model.headerData(1, Qt::Horizontal).toString(), QStringLiteral("Groups"));
    model.removeColumnAt(2); // Name
    QCOMPARE(model.columnCount(), 3);
    model.sortRows(0, Qt::DescendingOrder);
    QCOMPARE(cell(model, 0, 0), QStringLiteral("cy@example.org"));

    // Every step back to the file as it was, byte for byte, then forward again.
    const CsvDocument edited = model.document();
    const QByteArray editedBytes = encodeCsvDocument(edited);
    while (undo->canUndo()) {
        undo->undo();
    }
    QVERIFY(undo->isClean());
    QCOMPARE(encodeCsvDocument(model.document()), file);
    QCOMPARE(model.checks().problemRows(), QList<int>({0}));
    while (undo->canRedo()) {
        undo->redo();
    }
    QCOMPARE(encodeCsvDocument(model.document()), editedBytes);
    QCOMPARE(editedBytes, QByteArray("Email;Groups;Role\ncy@example.org;;\nANN@example.org;;\n"));
}

void TestUserListModel::aPasteBeyondTheEndAddsRowsAndUndoTakesThemAway()
{
    UserListModel model;
    new QAbstractItemModelTester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest, &model);
    CsvDocument document;
    document.format = CsvFormat::newList();
    document.header.cells = QStringList{QStringLiteral("Email"), QStringLiteral("Name")};
    model.setDocument(document);
    QCOMPARE(model.rowCount(), 0);
    // Three rows pasted into an empty list, one of them into a column that is not there.
    model.setCells({{0, 0, QStringLiteral("a@example.org")},
                    {1, 0, QStringLiteral("b@example.org")},
                    {2, 1, QStringLiteral("Cy")},
                    {2, 5, QStringLiteral("lost")}},
                   QStringLiteral("Paste"));
    QCOMPARE(model.rowCount(), 3);
    QCOMPARE(model.undoStack()->count(), 1);
    QVERIFY(model.checks().hasProblems(2)); // a name without an address
    model.undoStack()->undo();
    QCOMPARE(model.rowCount(), 0);
    QCOMPARE(encodeCsvDocument(model.document()), QByteArray("\xEF\xBB\xBF" "Email,Name\r\n"));
}

void TestUserListModel::sortingKeepsTheSelectionOnItsPeople()
{
    UserListModel model;
    new QAbstractItemModelTester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest, &model);
    model.setDocument(documentOf("Email,Name\nc@example.org,Émile\na@example.org,\nb@example.org,eve\n"
                                 "d@example.org,Zoë\n"));
    const QPersistentModelIndex eve = model.index(2, 1);
    model.sortRows(1, Qt::AscendingOrder);
    // Ignoring case and accents, empty names last.
    QCOMPARE(cell(model, 0, 1), QStringLiteral("Émile"));
    QCOMPARE(cell(model, 1, 1), QStringLiteral("eve"));
    QCOMPARE(cell(model, 3, 0), QStringLiteral("a@example.org"));
    QCOMPARE(eve.row(), 1);
    QCOMPARE(eve.data().toString(), QStringLiteral("eve"));
    model.sortRows(1, Qt::DescendingOrder);
    QCOMPARE(cell(model, 0, 1), QStringLiteral("Zoë"));
    QCOMPARE(cell(model, 3, 0), QStringLiteral("a@example.org")); // still last
    model.undoStack()->undo();
    model.undoStack()->undo();
    QCOMPARE(cell(model, 0, 0), QStringLiteral("c@example.org"));
    QCOMPARE(eve.row(), 2);
}

void TestUserListModel::aRenamedColumnIsRecognisedAgain()
{
    UserListModel model;
    new QAbstractItemModelTester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest, &model);
    model.setDocument(documentOf("Contact,Name\nnot-an-address,Ann\n"));
    QVERIFY(!model.checks().listProblem().isEmpty()); // no column holds the addresses
    QVERIFY(!model.checks().hasProblems(0));
    QVERIFY(model.setHeaderData(0, Qt::Horizontal, QStringLiteral("Notes")));
    QVERIFY(!model.checks().listProblem().isEmpty());
    QVERIFY(model.setHeaderData(0, Qt::Horizontal, QStringLiteral("E-mailadres")));
    QVERIFY(model.checks().listProblem().isEmpty());
    QVERIFY(model.checks().hasProblems(0));
    QVERIFY(model.headerData(0, Qt::Horizontal, Qt::ToolTipRole).toString().contains(QLatin1String("Email")));
    model.undoStack()->undo();
    QCOMPARE(model.headerData(0, Qt::Horizontal).toString(), QStringLiteral("Notes"));
}

void TestUserListModel::aLargeListLoadsAndChecks()
{
    // 100,000 rows, every hundredth address repeated and every thousandth broken: the checks
    // find exactly those, and one edit rechecks without reading the others again.
    QByteArray file("Email,First name,Last name,Role\n");
    for (int i = 0; i < 100000; ++i) {
        const int number = i % 100 == 99 ? i - 1 : i;
        if (i % 1000 == 500) {
            file += "broken" + QByteArray::number(i) + ",Per,Son,member\n";
        } else {
            file += "p" + QByteArray::number(number) + "@example.org,Per,Son " + QByteArray::number(i) + ",member\n";
        }
    }
    UserListModel model;
    model.setDocument(documentOf(file));
    QCOMPARE(model.rowCount(), 100000);
    QCOMPARE(model.checks().problemRows().size(), 1000 + 100);
    model.setData(model.index(500, 0), QStringLiteral("fixed@example.org"));
    QCOMPARE(model.checks().problemRows().size(), 1000 + 99);
    QCOMPARE(encodeCsvDocument(model.document()).size(), file.size() + 8);
}

void TestUserListModel::quotedHeadingsComeBackQuoted()
{
    // A header of quoted names, one of them empty: a column deleted and a column renamed, both
    // undone, leave the file as it was.
    const QByteArray file("\"Email\",\"Name\",\"\"\na@example.org,Ann,x\n");
    UserListModel model;
    new QAbstractItemModelTester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest, &model);
    model.setDocument(documentOf(file));
    model.removeColumnAt(1);
    QVERIFY(model.setHeaderData(0, Qt::Horizontal, QStringLiteral("E-mail")));
    QCOMPARE(encodeCsvDocument(model.document()), QByteArray("\"E-mail\",\"\"\na@example.org,x\n"));
    model.undoStack()->undo();
    model.undoStack()->undo();
    QCOMPARE(encodeCsvDocument(model.document()), file);
}

QTEST_GUILESS_MAIN(TestUserListModel)
#include "tst_userlistmodel.moc"
