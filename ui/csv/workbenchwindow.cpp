#include "ui/csv/workbenchwindow.h"

#include "connection/whendone.h"
#include "models/userlistmodel.h"
#include "ui/common/emptystate.h"
#include "ui/common/formalign.h"
#include "ui/common/icons.h"
#include "ui/common/problemlabel.h"
#include "ui/common/rememberedsize.h"
#include "ui/common/shortcuts.h"
#include "ui/csv/workbenchdocument.h"

#include <QAction>
#include <QCheckBox>
#include <QCloseEvent>
#include <QComboBox>
#include <QDialog>
#include <QDialogButtonBox>
#include <QDir>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QLockFile>
#include <QLoggingCategory>
#include <QMenuBar>
#include <QMessageBox>
#include <QMimeData>
#include <QPushButton>
#include <QScreen>
#include <QSaveFile>
#include <QSettings>
#include <QStandardPaths>
#include <QStackedWidget>
#include <QStatusBar>
#include <QTabBar>
#include <QTabWidget>
#include <QTableView>
#include <QToolBar>
#include <QUndoGroup>
#include <QUndoStack>
#include <QVBoxLayout>
#include <QtConcurrent>

namespace usher {

Q_LOGGING_CATEGORY(lcWorkbenchWindow, "usher.workbench.window")

namespace {

constexpr int maxRecent = 8;

QString recentKey()
{
    return QStringLiteral("workbench/recent");
}

/// Usher's template columns, for a new list.
CsvDocument newListDocument()
{
    CsvDocument document;
    document.format = CsvFormat::newList();
    document.header.cells = QStringList{QStringLiteral("Email"), QStringLiteral("First name"),
                                        QStringLiteral("Last name"), QStringLiteral("Role"), QStringLiteral("Groups")};
    document.rows.append(CsvRow{});
    return document;
}

struct FileRead
{
    CsvDocumentRead read;
    QString error; ///< the file could not be opened
};

FileRead readFile(const QString& path, const CsvOptions& options = {})
{
    FileRead result;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        result.error = WorkbenchWindow::tr("%1 could not be opened: %2").arg(QDir::toNativeSeparators(path),
                                                                              file.errorString());
        return result;
    }
    result.read = readCsvDocument(&file, options);
    return result;
}

/// Save As: where, and in which format (the list's own unless changed).
class SaveAsDialog : public QDialog
{
public:
    SaveAsDialog(const QString& path, const CsvFormat& format, QWidget* parent) : QDialog(parent), m_format(format)
    {
        setObjectName(QStringLiteral("workbenchSaveAs"));
        setWindowTitle(WorkbenchWindow::tr("Save User List As"));
        m_path = new QLineEdit(QDir::toNativeSeparators(path), this);
        m_path->setObjectName(QStringLiteral("saveAsPath"));
        auto* browse = new QPushButton(WorkbenchWindow::tr("Browse…"), this);
        auto* pathRow = new QHBoxLayout;
        pathRow->addWidget(m_path, 1);
        pathRow->addWidget(browse);
        connect(browse, &QPushButton::clicked, this, [this] {
            const QString chosen = QFileDialog::getSaveFileName(this, WorkbenchWindow::tr("Save User List As"),
                                                                m_path->text(),
                                                                WorkbenchWindow::tr("CSV files (*.csv *.txt)"));
            if (!chosen.isEmpty()) {
                m_path->setText(QDir::toNativeSeparators(chosen));
            }
        });
        m_encoding = new QComboBox(this);
        for (const CsvEncoding encoding : allCsvEncodings()) {
            m_encoding->addItem(csvEncodingName(encoding), int(encoding));
        }
        m_encoding->setCurrentIndex(m_encoding->findData(int(format.encoding)));
        m_bom = new QCheckBox(WorkbenchWindow::tr("Start with a byte-order mark (spreadsheets then read accents right)"),
                              this);
        m_bom->setChecked(format.byteOrderMark);
        auto followEncoding = [this] {
            // Windows-1252 has no byte-order mark.
            const bool possible = CsvEncoding(m_encoding->currentData().toInt()) != CsvEncoding::Windows1252;
            m_bom->setEnabled(possible);
            m_bom->setToolTip(possible ? QString() : WorkbenchWindow::tr("Windows-1252 has no byte-order mark."));
        };
        connect(m_encoding, &QComboBox::currentIndexChanged, this, followEncoding);
        followEncoding();
        m_delimiter = new QComboBox(this);
        for (const QChar delimiter : csvDelimiters()) {
            m_delimiter->addItem(csvDelimiterName(delimiter), QString(delimiter));
        }
        m_delimiter->setCurrentIndex(qMax(0, m_delimiter->findData(QString(format.delimiter))));
        m_lineEnding = new QComboBox(this);
        for (const CsvLineEnding ending : {CsvLineEnding::CrLf, CsvLineEnding::Lf, CsvLineEnding::Cr}) {
            m_lineEnding->addItem(csvLineEndingName(ending), int(ending));
        }
        m_lineEnding->setCurrentIndex(m_lineEnding->findData(int(format.lineEnding)));
        auto* note = new QLabel(WorkbenchWindow::tr("The list is saved as its file was unless you change these."),
                                this);
        note->setWordWrap(true);
        m_problem = makeProblemLabel(this);

        auto* form = new QFormLayout;
        form->addRow(WorkbenchWindow::tr("File:"), pathRow);
        form->addRow(WorkbenchWindow::tr("Encoding:"), m_encoding);
        form->addRow(QString(), m_bom);
        form->addRow(WorkbenchWindow::tr("Delimiter:"), m_delimiter);
        form->addRow(WorkbenchWindow::tr("Line breaks:"), m_lineEnding);
        auto* buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
        connect(buttons, &QDialogButtonBox::accepted, this, [this] {
            if (m_path->text().trimmed().isEmpty()) {
                showProblem(m_problem, WorkbenchWindow::tr("Choose a file to save to."));
                return;
            }
            accept();
        });
        connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
        auto* layout = new QVBoxLayout(this);
        layout->addLayout(form);
        layout->addWidget(note);
        layout->addWidget(m_problem);
        layout->addStretch();
        layout->addWidget(buttons);
        if (!rememberSize(this, QStringLiteral("workbenchSaveAs"))) {
            resize(qMax(560, sizeHint().width()), sizeHint().height());
        }
    }
    QString path() const { return QDir::fromNativeSeparators(m_path->text().trimmed()); }
    CsvFormat format() const
    {
        CsvFormat format = m_format;
        format.encoding = CsvEncoding(m_encoding->currentData().toInt());
        format.byteOrderMark = m_bom->isChecked() && m_bom->isEnabled();
        format.delimiter = m_delimiter->currentData().toString().at(0);
        // Excel's "sep=;" line and Entra's "version:v1.0,,," name the delimiter: they follow it.
        if (format.delimiter != m_format.delimiter && !format.preamble.isEmpty()) {
            if (format.preamble.startsWith(QLatin1String("sep="), Qt::CaseInsensitive)) {
                format.preamble = format.preamble.left(4) + format.delimiter;
            } else {
                for (QChar& c : format.preamble) {
                    if (c == m_format.delimiter) {
                        c = format.delimiter;
                    }
                }
            }
        }
        format.lineEnding = CsvLineEnding(m_lineEnding->currentData().toInt());
        return format;
    }

private:
    CsvFormat m_format;
    QLineEdit* m_path;
    QComboBox* m_encoding;
    QCheckBox* m_bom;
    QComboBox* m_delimiter;
    QComboBox* m_lineEnding;
    QLabel* m_problem;
};

} // namespace

WorkbenchWindow::WorkbenchWindow(QWidget* parent)
    : QMainWindow(parent),
      m_tabs(new QTabWidget(this)),
      m_empty(new EmptyState(this)),
      m_undo(new QUndoGroup(this)),
      m_status(new QLabel(this)),
      m_format(new QLabel(this)),
      m_knowledgeLabel(new QLabel(this)),
      m_knowledge(storedKnowledge())
{
    setObjectName(QStringLiteral("workbenchWindow"));
    setAttribute(Qt::WA_DeleteOnClose);
    setAcceptDrops(true);
    setWindowIcon(bundledIcon(QStringLiteral("usher")));

    m_tabs->setObjectName(QStringLiteral("workbenchTabs"));
    m_tabs->setDocumentMode(true);
    m_tabs->setTabsClosable(true);
    m_tabs->setMovable(true);
    connect(m_tabs, &QTabWidget::tabCloseRequested, this, [this](int index) { closeTab(index); });
    connect(m_tabs, &QTabWidget::currentChanged, this, [this] {
        if (WorkbenchDocument* document = currentDocument()) {
            m_undo->setActiveStack(document->undoStack());
        }
        updateState();
    });

    m_empty->setObjectName(QStringLiteral("workbenchEmpty"));
    m_empty->setPicture(bundledIcon(QStringLiteral("import")));
    m_empty->setTitle(tr("Prepare a list of people"));
    m_empty->setMessage(tr("Open a CSV file, or start a new list. Usher checks every row as the import "
                           "would, and saves the file as it was: no connection is needed."));
    connect(m_empty->addAction(tr("New User List"), bundledIcon(QStringLiteral("add"))), &QPushButton::clicked, this,
            &WorkbenchWindow::newList);
    connect(m_empty->addAction(tr("Open CSV File…"), bundledIcon(QStringLiteral("open"))), &QPushButton::clicked, this,
            &WorkbenchWindow::chooseAndOpen);

    auto* stack = new QStackedWidget(this);
    stack->setObjectName(QStringLiteral("workbenchStack"));
    stack->addWidget(m_empty);
    stack->addWidget(m_tabs);
    setCentralWidget(stack);

    m_status->setObjectName(QStringLiteral("workbenchStatus"));
    m_format->setObjectName(QStringLiteral("workbenchFormat"));
    m_knowledgeLabel->setObjectName(QStringLiteral("workbenchKnowledge"));
    m_knowledgeLabel->setTextFormat(Qt::RichText);
    m_knowledgeLabel->setWordWrap(false);
    connect(m_knowledgeLabel, &QLabel::linkActivated, this, [this] { setKnowledge(std::nullopt); });
    statusBar()->addWidget(m_status, 1);
    statusBar()->addPermanentWidget(m_knowledgeLabel);
    statusBar()->addPermanentWidget(m_format);

    createActions();
    const QSize saved = QSettings().value(QStringLiteral("workbench/size")).toSize();
    QSize size = saved.isValid() ? saved : QSize(1100, 700);
    if (const QScreen* screen = QGuiApplication::primaryScreen()) {
        size = size.boundedTo(screen->availableGeometry().size()); // a small screen gets all of it, no more
    }
    resize(size);
    updateState();
}

WorkbenchWindow::~WorkbenchWindow() = default;

void WorkbenchWindow::createActions()
{
    auto documentAction = [this](QAction* action) {
        m_documentActions.append(action);
        return action;
    };
    auto onDocument = [this](auto call) {
        return [this, call] {
            if (WorkbenchDocument* document = currentDocument()) {
                call(document);
            }
        };
    };

    QMenu* file = menuBar()->addMenu(tr("&File"));
    QAction* create = file->addAction(bundledIcon(QStringLiteral("add")), tr("&New User List"), this,
                                      &WorkbenchWindow::newList);
    create->setShortcut(QKeySequence::New);
    create->setIconText(tr("New"));
    QAction* open = file->addAction(themedIcon(QStringLiteral("document-open"), QStringLiteral("open")),
                                    tr("&Open CSV File…"), this, &WorkbenchWindow::chooseAndOpen);
    open->setShortcut(QKeySequence::Open);
    open->setIconText(tr("Open"));
    m_recentMenu = file->addMenu(tr("Open &Recent"));
    m_recentMenu->setObjectName(QStringLiteral("workbenchRecent"));
    connect(m_recentMenu, &QMenu::aboutToShow, this, &WorkbenchWindow::fillRecentMenu);
    file->addSeparator();
    QAction* saveAction = documentAction(file->addAction(
        themedIcon(QStringLiteral("document-save"), QStringLiteral("export")), tr("&Save"), this, [this] { save(); }));
    saveAction->setShortcut(QKeySequence::Save);
    saveAction->setObjectName(QStringLiteral("workbenchSave"));
    QAction* saveAsAction = documentAction(file->addAction(tr("Save &As…"), this, [this] {
        if (WorkbenchDocument* document = currentDocument()) {
            saveWithDialog(document);
        }
    }));
    saveAsAction->setShortcuts(shortcutsFor(QKeySequence::SaveAs, {QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_S)}));
    file->addSeparator();
    m_importAction = file->addAction(bundledIcon(QStringLiteral("import")), tr("&Import This List…"), this, [this] {
        if (WorkbenchDocument* document = currentDocument(); document && m_importHandler) {
            m_importHandler(document->model()->document(), document->title());
        }
    });
    m_importAction->setObjectName(QStringLiteral("workbenchImport"));
    m_importAction->setIconText(tr("Import"));
    file->addSeparator();
    QAction* closeList = documentAction(
        file->addAction(tr("&Close List"), this, [this] { closeTab(m_tabs->currentIndex()); }));
    closeList->setShortcuts(shortcutsFor(QKeySequence::Close, {QKeySequence(Qt::CTRL | Qt::Key_W)}));
    file->addAction(tr("Close &Window"), this, &QWidget::close)->setShortcut(Qt::CTRL | Qt::SHIFT | Qt::Key_W);

    QMenu* edit = menuBar()->addMenu(tr("&Edit"));
    // Qt's own words ("Undo Paste", "Paste rückgängig machen"): a prefix of ours reads wrongly
    // in languages that put the verb last.
    QAction* undo = m_undo->createUndoAction(this);
    undo->setShortcut(QKeySequence::Undo);
    undo->setIcon(themedIcon(QStringLiteral("edit-undo"), QStringLiteral("restore")));
    undo->setObjectName(QStringLiteral("workbenchUndo"));
    QAction* redo = m_undo->createRedoAction(this);
    redo->setShortcuts(shortcutsFor(QKeySequence::Redo, {QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Z),
                                                     QKeySequence(Qt::CTRL | Qt::Key_Y)}));
    redo->setIcon(themedIcon(QStringLiteral("edit-redo"), QStringLiteral("refresh")));
    redo->setObjectName(QStringLiteral("workbenchRedo"));
    edit->addAction(undo);
    edit->addAction(redo);
    edit->addSeparator();
    documentAction(edit->addAction(tr("Cu&t"), this, onDocument([](WorkbenchDocument* d) { d->cut(); })))
        ->setShortcut(QKeySequence::Cut);
    documentAction(edit->addAction(tr("&Copy"), this, onDocument([](WorkbenchDocument* d) { d->copy(); })))
        ->setShortcut(QKeySequence::Copy);
    documentAction(edit->addAction(tr("&Paste"), this, onDocument([](WorkbenchDocument* d) { d->paste(); })))
        ->setShortcut(QKeySequence::Paste);
    documentAction(edit->addAction(tr("C&lear Cells"), this, onDocument([](WorkbenchDocument* d) { d->clearCells(); })))
        ->setShortcut(QKeySequence::Delete);
    edit->addSeparator();
    QAction* fill = documentAction(edit->addAction(bundledIcon(QStringLiteral("edit")), tr("Fill &Down"), this,
                                                   onDocument([](WorkbenchDocument* d) { d->fillDown(); })));
    fill->setShortcut(Qt::CTRL | Qt::Key_D);
    fill->setToolTip(tr("Copy the top selected cell into the cells below it (Ctrl+D)"));
    edit->addSeparator();
    QAction* find = documentAction(edit->addAction(themedIcon(QStringLiteral("edit-find"), QStringLiteral("search")),
                                                   tr("&Find and Replace…"), this, [this] { showFind(false); }));
    find->setShortcuts({QKeySequence::Find, QKeySequence(Qt::CTRL | Qt::Key_H)});
    find->setIconText(tr("Find"));

    QMenu* table = menuBar()->addMenu(tr("&Rows and Columns"));
    QAction* rowAbove = documentAction(table->addAction(bundledIcon(QStringLiteral("add")), tr("Insert Row &Above"),
                                                        this, onDocument([](WorkbenchDocument* d) { d->insertRows(false); })));
    rowAbove->setShortcut(Qt::CTRL | Qt::SHIFT | Qt::Key_Plus);
    QAction* rowBelow = documentAction(table->addAction(tr("Insert Row &Below"), this,
                                                        onDocument([](WorkbenchDocument* d) { d->insertRows(true); })));
    rowBelow->setShortcut(Qt::CTRL | Qt::Key_Return);
    rowAbove->setIconText(tr("Insert Row"));
    QAction* deleteRows = documentAction(table->addAction(bundledIcon(QStringLiteral("delete")), tr("&Delete Rows"),
                                                          this, onDocument([](WorkbenchDocument* d) { d->deleteRows(); })));
    deleteRows->setShortcut(Qt::CTRL | Qt::Key_Minus);
    deleteRows->setToolTip(tr("Delete the selected rows (Ctrl+-); Undo brings them back"));
    table->addSeparator();
    documentAction(table->addAction(tr("Insert &Column"), this,
                                    onDocument([](WorkbenchDocument* d) { d->insertColumn(); })));
    documentAction(table->addAction(tr("Rena&me Column…"), this, &WorkbenchWindow::askRenameColumn));
    documentAction(table->addAction(tr("Delete C&olumn"), this,
                                    onDocument([](WorkbenchDocument* d) { d->deleteColumn(); })));
    table->addSeparator();
    documentAction(table->addAction(tr("Sort A to &Z by This Column"), this,
                                    onDocument([](WorkbenchDocument* d) { d->sort(Qt::AscendingOrder); })));
    documentAction(table->addAction(tr("Sort Z to A by This Co&lumn"), this,
                                    onDocument([](WorkbenchDocument* d) { d->sort(Qt::DescendingOrder); })));
    table->addSeparator();
    QAction* nextProblem = documentAction(
        table->addAction(bundledIcon(QStringLiteral("warning")), tr("&Next Problem"), this, [this] {
            if (WorkbenchDocument* document = currentDocument(); document && !document->goToProblem(true)) {
                statusBar()->showMessage(tr("No row has a problem."), 5000);
            }
        }));
    nextProblem->setShortcut(Qt::Key_F8);
    nextProblem->setObjectName(QStringLiteral("workbenchNextProblem"));
    nextProblem->setIconText(tr("Next Problem"));
    documentAction(table->addAction(tr("&Previous Problem"), this,
                                    onDocument([](WorkbenchDocument* d) { d->goToProblem(false); })))
        ->setShortcut(Qt::SHIFT | Qt::Key_F8);

    QToolBar* toolbar = addToolBar(tr("Workbench"));
    m_toolbar = toolbar;
    toolbar->setObjectName(QStringLiteral("workbenchToolbar"));
    toolbar->setMovable(false);
    toolbar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    toolbar->addAction(create);
    toolbar->addAction(open);
    toolbar->addAction(saveAction);
    toolbar->addSeparator();
    toolbar->addAction(undo);
    toolbar->addAction(redo);
    toolbar->addSeparator();
    toolbar->addAction(rowAbove);
    toolbar->addAction(deleteRows);
    toolbar->addAction(fill);
    toolbar->addAction(find);
    toolbar->addAction(nextProblem);
    toolbar->addSeparator();
    toolbar->addAction(m_importAction);
    setImportHandler({}, tr("Open a connection in Usher's main window to import a list."));
}

void WorkbenchWindow::setImportHandler(std::function<void(const CsvDocument&, const QString&)> handler,
                                       const std::optional<QString>& unavailable)
{
    m_importHandler = std::move(handler);
    m_importUnavailable = unavailable.value_or(QString());
    updateState();
}

WorkbenchDocument* WorkbenchWindow::currentDocument() const
{
    return qobject_cast<WorkbenchDocument*>(m_tabs->currentWidget());
}

int WorkbenchWindow::documentCount() const
{
    return m_tabs->count();
}

static QString knowledgeFile()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppLocalDataLocation)
        + QStringLiteral("/workbench-knowledge.json");
}

std::optional<WorkspaceKnowledge> WorkbenchWindow::storedKnowledge()
{
    QFile file(knowledgeFile());
    if (!file.open(QIODevice::ReadOnly)) {
        return std::nullopt;
    }
    return WorkspaceKnowledge::fromJson(QJsonDocument::fromJson(file.readAll()).object());
}

void WorkbenchWindow::setKnowledge(const std::optional<WorkspaceKnowledge>& knowledge)
{
    m_knowledge = knowledge;
    if (knowledge) {
        QDir().mkpath(QFileInfo(knowledgeFile()).absolutePath());
        QSaveFile file(knowledgeFile());
        if (file.open(QIODevice::WriteOnly)) {
            file.write(QJsonDocument(knowledge->toJson()).toJson(QJsonDocument::Compact));
            file.commit();
        }
    } else {
        QFile::remove(knowledgeFile());
    }
    for (int i = 0; i < m_tabs->count(); ++i) {
        if (auto* document = qobject_cast<WorkbenchDocument*>(m_tabs->widget(i))) {
            document->model()->setKnowledge(m_knowledge);
        }
    }
    updateState();
}

void WorkbenchWindow::addDocument(WorkbenchDocument* document)
{
    m_undo->addStack(document->undoStack());
    connect(document, &WorkbenchDocument::stateChanged, this, &WorkbenchWindow::updateState);
    connect(document, &WorkbenchDocument::message, this, [this](const QString& text) {
        statusBar()->showMessage(text, 10000);
    });
    connect(document, &WorkbenchDocument::renameColumnRequested, this, [this, document](int column) {
        document->table()->setCurrentIndex(
            document->model()->index(qMax(0, document->table()->currentIndex().row()), column));
        askRenameColumn();
    });
    const int index = m_tabs->addTab(document, document->title());
    m_tabs->setTabToolTip(index, QDir::toNativeSeparators(document->path()));
    m_tabs->setCurrentIndex(index);
    m_undo->setActiveStack(document->undoStack());
    document->table()->setFocus();
    updateState();
}

void WorkbenchWindow::newList()
{
    addDocument(new WorkbenchDocument(newListDocument(), {}, m_tabs, {}, m_knowledge));
}

void WorkbenchWindow::chooseAndOpen()
{
    const QString start = QSettings().value(QStringLiteral("workbench/folder")).toString();
    const QString path = QFileDialog::getOpenFileName(this, tr("Open CSV File"), start,
                                                      tr("CSV files (*.csv *.txt *.tsv);;All files (*)"));
    if (!path.isEmpty()) {
        QSettings().setValue(QStringLiteral("workbench/folder"), QFileInfo(path).absolutePath());
        openFile(path);
    }
}

void WorkbenchWindow::openFile(const QString& path)
{
    const QString absolute = QFileInfo(path).absoluteFilePath();
    for (int i = 0; i < m_tabs->count(); ++i) {
        if (auto* document = qobject_cast<WorkbenchDocument*>(m_tabs->widget(i));
            document && !document->path().isEmpty() && QFileInfo(document->path()).absoluteFilePath() == absolute) {
            m_tabs->setCurrentIndex(i);
            return;
        }
    }
    if (m_opening.contains(absolute)) {
        return;
    }
    m_opening.append(absolute);
    statusBar()->showMessage(tr("Reading %1…").arg(QFileInfo(absolute).fileName()));
    whenDone(QtConcurrent::run([absolute] { return readFile(absolute); }), this, [this, absolute](const FileRead& file) {
        m_opening.removeAll(absolute);
        statusBar()->clearMessage();
        QString problem = file.error;
        if (problem.isEmpty() && file.read.fatal) {
            // Opened cut short, the rest of the file would be lost on saving: refused.
            problem = tr("%1 cannot be opened: %2").arg(QFileInfo(absolute).fileName(), file.read.fatal->text());
        }
        if (!problem.isEmpty()) {
            auto* box = new QMessageBox(QMessageBox::Warning, tr("Open CSV File"), problem, QMessageBox::Close, this);
            box->setObjectName(QStringLiteral("workbenchOpenProblem"));
            box->setAttribute(Qt::WA_DeleteOnClose);
            box->open();
            return;
        }
        rememberRecent(absolute);
        addDocument(new WorkbenchDocument(file.read.document, absolute, m_tabs, {}, m_knowledge));
    });
}

bool WorkbenchWindow::save()
{
    WorkbenchDocument* document = currentDocument();
    if (!document) {
        return false;
    }
    if (document->path().isEmpty()) {
        return saveWithDialog(document);
    }
    return saveAs(document->path(), document->model()->document().format);
}

bool WorkbenchWindow::saveWithDialog(WorkbenchDocument* document)
{
    const QString folder = QSettings().value(QStringLiteral("workbench/folder"), QDir::homePath()).toString();
    const QString suggested = document->path().isEmpty()
        ? QDir(folder).filePath(tr("people") + QStringLiteral(".csv"))
        : document->path();
    SaveAsDialog dialog(suggested, document->model()->document().format, this);
    if (dialog.exec() != QDialog::Accepted) {
        return false;
    }
    m_tabs->setCurrentWidget(document);
    return saveAs(dialog.path(), dialog.format());
}

bool WorkbenchWindow::saveAs(const QString& path, const CsvFormat& format)
{
    WorkbenchDocument* document = currentDocument();
    if (!document) {
        return false;
    }
    const int problems = int(document->model()->checks().problemRows().size());
    if (problems > 0) {
        // Allowed: the file may be fixed later, or by someone else. Said once, here.
        statusBar()->showMessage(
            tr("Saved with %n row(s) the import would refuse; they are listed beside the table.", nullptr, problems),
            8000);
    }
    QString error;
    if (!document->saveTo(path, format, &error)) {
        statusBar()->clearMessage();
        auto* box = new QMessageBox(QMessageBox::Warning, tr("Save User List"), error, QMessageBox::Close, this);
        box->setObjectName(QStringLiteral("workbenchSaveProblem"));
        box->setAttribute(Qt::WA_DeleteOnClose);
        box->open();
        return false;
    }
    if (problems == 0) {
        statusBar()->showMessage(tr("Saved %1.").arg(QDir::toNativeSeparators(path)), 5000);
    }
    QSettings().setValue(QStringLiteral("workbench/folder"), QFileInfo(path).absolutePath());
    rememberRecent(QFileInfo(path).absoluteFilePath());
    m_tabs->setTabToolTip(m_tabs->indexOf(document), QDir::toNativeSeparators(path));
    updateState();
    return true;
}

bool WorkbenchWindow::settle(WorkbenchDocument* document)
{
    if (!document->isModified()) {
        return true;
    }
    m_tabs->setCurrentWidget(document);
    QMessageBox box(QMessageBox::Question, tr("Unsaved Changes"),
                    tr("Save the changes to %1 before closing it?").arg(document->title()),
                    QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel, this);
    box.setObjectName(QStringLiteral("workbenchUnsaved"));
    box.setInformativeText(tr("If you don’t save, your changes since the last save are lost."));
    box.setDefaultButton(QMessageBox::Save);
    switch (box.exec()) {
    case QMessageBox::Save:
        return save();
    case QMessageBox::Discard:
        document->discardRecoveryCopy();
        return true;
    default:
        return false;
    }
}

bool WorkbenchWindow::closeTab(int index)
{
    auto* document = qobject_cast<WorkbenchDocument*>(m_tabs->widget(index));
    if (!document || !settle(document)) {
        return false;
    }
    m_undo->removeStack(document->undoStack());
    m_tabs->removeTab(m_tabs->indexOf(document));
    document->deleteLater();
    updateState();
    return true;
}

void WorkbenchWindow::closeEvent(QCloseEvent* event)
{
    while (m_tabs->count() > 0) {
        if (!closeTab(m_tabs->count() - 1)) {
            event->ignore();
            return;
        }
    }
    QSettings().setValue(QStringLiteral("workbench/size"), size());
    event->accept();
}

void WorkbenchWindow::resizeEvent(QResizeEvent* event)
{
    QMainWindow::resizeEvent(event);
    fitToolbar();
}

void WorkbenchWindow::fitToolbar()
{
    if (!m_toolbar) {
        return;
    }
    m_toolbar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    if (m_toolbar->sizeHint().width() > width()) {
        m_toolbar->setToolButtonStyle(Qt::ToolButtonIconOnly);
    }
}

void WorkbenchWindow::dragEnterEvent(QDragEnterEvent* event)
{
    if (event->mimeData()->hasUrls()) {
        event->acceptProposedAction();
    }
}

void WorkbenchWindow::dropEvent(QDropEvent* event)
{
    for (const QUrl& url : event->mimeData()->urls()) {
        if (url.isLocalFile()) {
            openFile(url.toLocalFile());
        }
    }
    event->acceptProposedAction();
}

void WorkbenchWindow::updateState()
{
    WorkbenchDocument* document = currentDocument();
    static_cast<QStackedWidget*>(centralWidget())->setCurrentIndex(document ? 1 : 0);
    for (QAction* action : std::as_const(m_documentActions)) {
        action->setEnabled(document != nullptr);
    }
    for (int i = 0; i < m_tabs->count(); ++i) {
        if (auto* tab = qobject_cast<WorkbenchDocument*>(m_tabs->widget(i))) {
            m_tabs->setTabText(i, tab->title() + (tab->isModified() ? QStringLiteral(" •") : QString()));
        }
    }
    if (m_importAction) {
        const QString why = !m_importHandler ? m_importUnavailable
            : !document                      ? tr("Open or start a list first.")
                                             : QString();
        m_importAction->setEnabled(why.isEmpty());
        m_importAction->setToolTip(why.isEmpty() ? tr("Check this list against the workspace and import it")
                                                 : why);
        m_importAction->setStatusTip(m_importAction->toolTip());
    }
    setWindowTitle(document ? tr("%1[*] — User List Workbench").arg(document->title()) : tr("User List Workbench"));
    setWindowModified(document && document->isModified());
    m_status->setText(document ? document->statusText() : QString());
    if (m_knowledge) {
        m_knowledgeLabel->setText(tr("Checked against %1 %2 · <a href=\"forget\">Forget</a>")
                                      .arg(m_knowledge->workspace.toHtmlEscaped(), m_knowledge->asOf().toHtmlEscaped()));
        m_knowledgeLabel->setToolTip(tr("Groups, members (kept as salted hashes, not as a list of addresses) and seats "
                                        "as Usher saw them then. Forget removes them from this computer."));
    } else {
        m_knowledgeLabel->setText(tr("Checked by the file’s own rules"));
        m_knowledgeLabel->setToolTip(tr("Open a connection in Usher’s main window to check groups, members and seats "
                                        "too."));
    }
    m_format->setText(document ? document->formatText() : QString());
}

void WorkbenchWindow::rememberRecent(const QString& path)
{
    QStringList recent = QSettings().value(recentKey()).toStringList();
    recent.removeAll(path);
    recent.prepend(path);
    QSettings().setValue(recentKey(), recent.mid(0, maxRecent));
}

void WorkbenchWindow::fillRecentMenu()
{
    m_recentMenu->clear();
    const QStringList recent = QSettings().value(recentKey()).toStringList();
    for (const QString& path : recent) {
        QAction* action = m_recentMenu->addAction(QFileInfo(path).fileName(), this, [this, path] { openFile(path); });
        action->setToolTip(QDir::toNativeSeparators(path));
        action->setEnabled(QFileInfo::exists(path));
    }
    if (recent.isEmpty()) {
        m_recentMenu->addAction(tr("No recent lists"))->setEnabled(false);
    } else {
        m_recentMenu->addSeparator();
        m_recentMenu->addAction(tr("Clear This List"), this, [] { QSettings().remove(recentKey()); });
    }
}

void WorkbenchWindow::askRenameColumn()
{
    WorkbenchDocument* document = currentDocument();
    if (!document) {
        return;
    }
    const int column = document->table()->currentIndex().isValid() ? document->table()->currentIndex().column() : 0;
    bool ok = false;
    const QString name = QInputDialog::getText(
        this, tr("Rename Column"),
        tr("The column’s name (Usher recognises names such as Email, First name, Last name, Role and Groups):"),
        QLineEdit::Normal, document->model()->headerData(column, Qt::Horizontal, Qt::EditRole).toString(), &ok);
    if (ok) {
        document->renameColumn(name.trimmed());
    }
}

void WorkbenchWindow::showFind(bool replace)
{
    Q_UNUSED(replace)
    auto* dialog = findChild<QDialog*>(QStringLiteral("workbenchFind"));
    if (!dialog) {
        dialog = new QDialog(this);
        dialog->setObjectName(QStringLiteral("workbenchFind"));
        dialog->setWindowTitle(tr("Find and Replace"));
        auto* findText = new QLineEdit(dialog);
        findText->setObjectName(QStringLiteral("findText"));
        auto* replaceText = new QLineEdit(dialog);
        replaceText->setObjectName(QStringLiteral("replaceText"));
        auto* matchCase = new QCheckBox(tr("Match case"), dialog);
        matchCase->setObjectName(QStringLiteral("findMatchCase"));
        auto* wholeCell = new QCheckBox(tr("Whole cell only"), dialog);
        wholeCell->setObjectName(QStringLiteral("findWholeCell"));
        auto* result = new QLabel(dialog);
        result->setObjectName(QStringLiteral("findResult"));
        result->setWordWrap(true);
        auto* next = new QPushButton(tr("Find Next"), dialog);
        next->setObjectName(QStringLiteral("findNext"));
        next->setDefault(true);
        auto* one = new QPushButton(tr("Replace"), dialog);
        one->setObjectName(QStringLiteral("replaceOne"));
        auto* all = new QPushButton(tr("Replace All"), dialog);
        all->setObjectName(QStringLiteral("replaceAll"));
        auto* close = new QPushButton(tr("Close"), dialog);
        connect(close, &QPushButton::clicked, dialog, &QDialog::close);

        auto search = [=] {
            return CellSearch{findText->text(), matchCase->isChecked(), wholeCell->isChecked()};
        };
        connect(next, &QPushButton::clicked, this, [=] {
            WorkbenchDocument* document = currentDocument();
            result->setText(document && document->findNext(search()) ? QString() : tr("No cell matches."));
        });
        connect(one, &QPushButton::clicked, this, [=] {
            WorkbenchDocument* document = currentDocument();
            result->setText(document && document->replaceCurrent(search(), replaceText->text()) ? QString()
                                                                                                : tr("No cell matches."));
        });
        connect(all, &QPushButton::clicked, this, [=] {
            WorkbenchDocument* document = currentDocument();
            const int replaced = document ? document->replaceAll(search(), replaceText->text()) : 0;
            result->setText(replaced == 0 ? tr("No cell matches.")
                                          : tr("Replaced in %n cell(s). Undo takes it back in one step.", nullptr,
                                               replaced));
        });

        auto* form = new QFormLayout;
        form->addRow(tr("Find:"), findText);
        form->addRow(tr("Replace with:"), replaceText);
        auto* options = new QHBoxLayout;
        options->addWidget(matchCase);
        options->addWidget(wholeCell);
        options->addStretch();
        form->addRow(QString(), options);
        auto* buttons = new QHBoxLayout;
        buttons->addStretch();
        buttons->addWidget(next);
        buttons->addWidget(one);
        buttons->addWidget(all);
        buttons->addWidget(close);
        auto* layout = new QVBoxLayout(dialog);
        layout->addLayout(form);
        layout->addWidget(result);
        layout->addStretch();
        layout->addLayout(buttons);
        if (!rememberSize(dialog, QStringLiteral("workbenchFind"))) {
            dialog->resize(qMax(480, dialog->sizeHint().width()), dialog->sizeHint().height());
        }
    }
    dialog->show();
    dialog->raise();
    dialog->activateWindow();
    dialog->findChild<QLineEdit*>(QStringLiteral("findText"))->setFocus();
    dialog->findChild<QLineEdit*>(QStringLiteral("findText"))->selectAll();
}

int WorkbenchWindow::recoverableCount()
{
    int count = 0;
    const QDir directory(WorkbenchDocument::recoveryDirectory());
    // The list's text is what counts (its format beside it may be missing when Usher stopped
    // between writing the two).
    for (const QString& name : directory.entryList({QStringLiteral("*.csv")}, QDir::Files)) {
        QLockFile lock(directory.filePath(QFileInfo(name).completeBaseName() + QStringLiteral(".lock")));
        if (lock.tryLock(0)) {
            ++count; // nobody holds it: the list's window is gone
        }
    }
    return count;
}

void WorkbenchWindow::offerRecovery(QWidget* parent, const std::function<void()>& open)
{
    const int count = recoverableCount();
    if (count == 0) {
        return;
    }
    auto* box = new QMessageBox(QMessageBox::Question, tr("Unsaved User Lists"),
                                tr("Usher closed before %n user list(s) were saved. Open them again?", nullptr, count),
                                QMessageBox::Open | QMessageBox::Ignore, parent);
    box->setObjectName(QStringLiteral("unsavedListsQuestion"));
    box->setInformativeText(tr("They are kept either way; the next start asks again."));
    box->button(QMessageBox::Ignore)->setText(tr("Not Now"));
    box->setAttribute(Qt::WA_DeleteOnClose);
    QObject::connect(box, &QMessageBox::finished, box, [box, open] {
        if (box->clickedButton() == box->button(QMessageBox::Open)) {
            open();
        }
    });
    box->open();
}

int WorkbenchWindow::recover()
{
    int opened = 0;
    const QDir directory(WorkbenchDocument::recoveryDirectory());
    for (const QString& name : directory.entryList({QStringLiteral("*.json")}, QDir::Files)) {
        const QString id = QFileInfo(name).completeBaseName();
        QLockFile lock(directory.filePath(id + QStringLiteral(".lock")));
        if (lock.tryLock(0) && !QFile::exists(directory.filePath(id + QStringLiteral(".csv")))) {
            QFile::remove(directory.filePath(name)); // a format without its list: nothing to restore
        }
    }
    for (const QString& name : directory.entryList({QStringLiteral("*.csv")}, QDir::Files, QDir::Time)) {
        const QString id = QFileInfo(name).completeBaseName();
        {
            QLockFile lock(directory.filePath(id + QStringLiteral(".lock")));
            if (!lock.tryLock(0)) {
                continue; // another Usher has it open
            }
        }
        // Its format and file, when they were written; otherwise (Usher stopped between the
        // two writes) the format read from the copy itself, and no file yet.
        QJsonObject facts;
        QFile about(directory.filePath(id + QStringLiteral(".json")));
        if (about.open(QIODevice::ReadOnly)) {
            facts = QJsonDocument::fromJson(about.readAll()).object();
        }
        const bool described = facts.contains(QStringLiteral("format"));
        const CsvFormat format = csvFormatFromJson(facts.value(QStringLiteral("format")).toObject());
        CsvOptions options;
        options.encoding = CsvEncoding::Utf8;
        if (described) {
            options.delimiter = format.delimiter;
        }
        const FileRead file = readFile(directory.filePath(name), options);
        if (!file.error.isEmpty() || file.read.fatal) {
            qCWarning(lcWorkbenchWindow) << "A recovery copy cannot be read and stays where it is:" << name;
            continue;
        }
        CsvDocument document = file.read.document;
        if (described) {
            document.format = format;
        }
        auto* restored = new WorkbenchDocument(document, facts.value(QStringLiteral("path")).toString(), m_tabs, id,
                                                m_knowledge);
        addDocument(restored);
        restored->setRecovered();
        ++opened;
    }
    if (opened > 0) {
        statusBar()->showMessage(tr("%n list(s) with unsaved changes opened again.", nullptr, opened), 8000);
    }
    return opened;
}

} // namespace usher
