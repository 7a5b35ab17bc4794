#include "ui/mainwindow.h"

#include "connection/whendone.h"
#include "models/usersmodel.h"
#include "ui/common/aboutdialog.h"
#include "ui/common/databaseerrordialog.h"
#include "ui/common/icons.h"
#include "ui/users/usersview.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFutureWatcher>
#include <QLabel>
#include <QMenuBar>
#include <QMessageBox>
#include <QProgressDialog>
#include <QSettings>
#include <QStatusBar>
#include <QTableView>

namespace usher {

namespace {
const QString geometryKey = QStringLiteral("mainWindow/geometry");
const QString stateKey = QStringLiteral("mainWindow/state");
const char* const databaseFilter
    = QT_TRANSLATE_NOOP("usher::MainWindow", "Usher databases (*.usher *.sqlite *.db);;All files (*)");
/// The platform's keys for `standard`, plus `fallback` where the platform has not got it
/// already (a key listed twice makes the shortcut ambiguous, and it would never fire).
QList<QKeySequence> shortcutsFor(QKeySequence::StandardKey standard, const QKeySequence& fallback)
{
    QList<QKeySequence> keys = QKeySequence::keyBindings(standard);
    if (!keys.contains(fallback)) {
        keys.append(fallback);
    }
    return keys;
}
} // namespace

MainWindow::MainWindow(BackendFactory factory, QWidget* parent)
    : QMainWindow(parent)
    , m_factory(std::move(factory))
    , m_usersView(new UsersView(this))
    , m_countLabel(new QLabel(this))
    , m_locationLabel(new QLabel(this))
{
    setObjectName(QStringLiteral("mainWindow"));
    setWindowTitle(tr("Usher"));
    setWindowIcon(bundledIcon(QStringLiteral("usher")));
    setCentralWidget(m_usersView);

    m_countLabel->setObjectName(QStringLiteral("countLabel"));
    m_locationLabel->setObjectName(QStringLiteral("locationLabel"));
    m_locationLabel->setForegroundRole(QPalette::PlaceholderText);
    // Permanent widgets, so passing messages on the left never hide the count.
    statusBar()->addPermanentWidget(m_countLabel);
    statusBar()->addPermanentWidget(m_locationLabel);

    createActions();
    connect(m_usersView, &UsersView::loadSampleDataRequested, this, [this] { loadSampleData(defaultSampleCount); });
    connect(m_usersView, &UsersView::openDatabaseRequested, this, &MainWindow::chooseDatabaseToOpen);
    connect(m_usersView, &UsersView::newDatabaseRequested, this, &MainWindow::chooseDatabaseToCreate);

    resize(1240, 760);
    QSettings settings;
    restoreGeometry(settings.value(geometryKey).toByteArray());
    restoreState(settings.value(stateKey).toByteArray());
}

MainWindow::~MainWindow()
{
    // The model asks the backend for pages; let it go before the backend does.
    m_usersView->setModel(nullptr);
    delete m_model;
}

void MainWindow::createActions()
{
    QMenu* file = menuBar()->addMenu(tr("&File"));
    QAction* open = file->addAction(themedIcon(QStringLiteral("document-open"), QStringLiteral("open")),
                                    tr("&Open Database…"), this, &MainWindow::chooseDatabaseToOpen);
    open->setShortcut(QKeySequence::Open);
    QAction* create = file->addAction(bundledIcon(QStringLiteral("new-database")), tr("&New Database…"), this,
                                      &MainWindow::chooseDatabaseToCreate);
    create->setShortcut(QKeySequence::New);
    file->addSeparator();
    m_sampleAction = file->addAction(bundledIcon(QStringLiteral("sample-data")), tr("Load &Sample Data"), this,
                                     [this] { loadSampleData(defaultSampleCount); });
    m_sampleAction->setObjectName(QStringLiteral("loadSampleDataAction"));
    m_sampleAction->setEnabled(false);
    m_sampleAction->setToolTip(tr("Open a database first"));
    file->addSeparator();
    QAction* quit = file->addAction(themedIcon(QStringLiteral("application-exit"), QStringLiteral("quit")), tr("&Quit"),
                                    this, &QWidget::close);
    quit->setShortcuts(shortcutsFor(QKeySequence::Quit, QKeySequence(Qt::CTRL | Qt::Key_Q)));
    quit->setMenuRole(QAction::QuitRole);

    QMenu* edit = menuBar()->addMenu(tr("&Edit"));
    QAction* find = edit->addAction(themedIcon(QStringLiteral("edit-find"), QStringLiteral("search")), tr("&Find…"),
                                    m_usersView, &UsersView::focusSearch);
    find->setObjectName(QStringLiteral("findAction"));
    find->setShortcuts(shortcutsFor(QKeySequence::Find, QKeySequence(Qt::CTRL | Qt::Key_F)));
    QAction* selectAll = edit->addAction(tr("Select &All"), this, [this] { m_usersView->table()->selectAll(); });
    selectAll->setShortcut(QKeySequence::SelectAll);
    selectAll->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    m_usersView->table()->addAction(selectAll);

    QMenu* view = menuBar()->addMenu(tr("&View"));
    m_refreshAction = view->addAction(themedIcon(QStringLiteral("view-refresh"), QStringLiteral("refresh")),
                                      tr("&Refresh"), this, [this] {
                                          if (m_model) {
                                              m_model->refresh();
                                          }
                                      });
    m_refreshAction->setObjectName(QStringLiteral("refreshAction"));
    m_refreshAction->setShortcuts(shortcutsFor(QKeySequence::Refresh, QKeySequence(Qt::Key_F5)));
    m_refreshAction->setEnabled(false);
    view->addAction(tr("&Clear Filters"), m_usersView, &UsersView::clearFilters);

    QMenu* help = menuBar()->addMenu(tr("&Help"));
    QAction* about = help->addAction(themedIcon(QStringLiteral("help-about"), QStringLiteral("about")),
                                     tr("&About Usher"), this, &MainWindow::showAbout);
    about->setMenuRole(QAction::AboutRole);
    help->addAction(tr("About &Qt"), qApp, &QApplication::aboutQt);
}

void MainWindow::openDatabase(const QString& location, int sampleCount)
{
    m_usersView->setModel(nullptr);
    delete m_model;
    m_model = nullptr;
    m_backend = m_factory(location);
    m_location = location;
    m_sampleAction->setEnabled(false);
    m_refreshAction->setEnabled(false);
    m_countLabel->setText(tr("Opening…"));
    m_locationLabel->setText(QDir::toNativeSeparators(location));
    setWindowTitle(tr("%1 — Usher").arg(QFileInfo(location).fileName()));

    const quint64 generation = ++m_openGeneration;
    whenDone(m_backend->open(), this, [this, generation, location, sampleCount](const Result<OpenInfo>& result) {
        if (generation != m_openGeneration) {
            return;
        }
        if (!result.ok()) {
            showOpenError(location, result.error());
            return;
        }
        m_model = new UsersModel(m_backend.get(), this);
        m_model->setObjectName(QStringLiteral("usersModel"));
        connect(m_model, &UsersModel::totalCountChanged, this, &MainWindow::updateCount);
        connect(m_model, &UsersModel::errorOccurred, this, &MainWindow::showError);
        UserFilter filter;
        filter.workspaceId = result.value().workspaceId;
        m_model->setFilter(filter);
        m_usersView->setModel(m_model);
        m_sampleAction->setEnabled(true);
        m_sampleAction->setToolTip(tr("Add %n realistic people to this workspace", nullptr, defaultSampleCount));
        m_refreshAction->setEnabled(true);
        QSettings().setValue(QStringLiteral("database/last"), location);
        emit databaseOpened(location);
        if (sampleCount > 0) {
            whenDone(m_backend->countUsers(filter), this, [this, sampleCount](const Result<qint64>& count) {
                if (count.ok() && count.value() == 0) {
                    loadSampleData(sampleCount);
                } else if (count.ok()) {
                    statusBar()->showMessage(tr("This database already has members; no sample data was added."), 8000);
                }
            });
        }
    });
}

void MainWindow::showOpenError(const QString& location, const BackendError& error)
{
    m_backend.reset();
    m_countLabel->setText(tr("No database open"));
    setWindowTitle(tr("Usher"));
    m_usersView->showNoDatabase();
    auto* dialog = new DatabaseErrorDialog(location, error, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &DatabaseErrorDialog::openAnotherRequested, this, &MainWindow::chooseDatabaseToOpen);
    connect(dialog, &DatabaseErrorDialog::createNewRequested, this, &MainWindow::chooseDatabaseToCreate);
    dialog->open();
    emit databaseFailed(location, error.message);
}

void MainWindow::chooseDatabaseToOpen()
{
    auto* dialog = new QFileDialog(this, tr("Open Database"), QFileInfo(m_location).absolutePath(), tr(databaseFilter));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setFileMode(QFileDialog::ExistingFile);
    connect(dialog, &QFileDialog::fileSelected, this, [this](const QString& path) { openDatabase(path); });
    dialog->open();
}

void MainWindow::chooseDatabaseToCreate()
{
    auto* dialog = new QFileDialog(this, tr("New Database"), QFileInfo(m_location).absolutePath(), tr(databaseFilter));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setAcceptMode(QFileDialog::AcceptSave);
    dialog->setDefaultSuffix(QStringLiteral("usher"));
    dialog->setOption(QFileDialog::DontConfirmOverwrite);
    connect(dialog, &QFileDialog::fileSelected, this, [this](const QString& path) {
        if (QFileInfo(path).exists()) {
            // Never overwrite: a new database starts from an empty file.
            QMessageBox::information(this, tr("New Database"),
                                     tr("“%1” already exists. Choose another name, or use Open Database to open it.")
                                         .arg(QDir::toNativeSeparators(path)));
            return;
        }
        openDatabase(path);
    });
    dialog->open();
}

void MainWindow::loadSampleData(int count)
{
    if (!m_backend || !(m_backend->capabilities() & Backend::Capability::SampleData)) {
        return;
    }
    m_sampleAction->setEnabled(false);
    auto* progress = new QProgressDialog(tr("Adding %n sample people…", nullptr, count), tr("Cancel"), 0, count, this);
    progress->setObjectName(QStringLiteral("sampleProgress"));
    progress->setWindowTitle(tr("Load Sample Data"));
    progress->setWindowModality(Qt::WindowModal);
    progress->setMinimumDuration(1000);
    progress->setAutoClose(false);
    progress->setAutoReset(false);

    auto* watcher = new QFutureWatcher<Result<qint64>>(this);
    connect(watcher, &QFutureWatcherBase::progressValueChanged, progress, &QProgressDialog::setValue);
    connect(progress, &QProgressDialog::canceled, watcher, &QFutureWatcherBase::cancel);
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher, progress] {
        progress->deleteLater();
        watcher->deleteLater();
        m_sampleAction->setEnabled(m_backend != nullptr);
        const QFuture<Result<qint64>> future = watcher->future();
        if (future.isCanceled() || future.resultCount() == 0) {
            statusBar()->showMessage(tr("Loading sample data was cancelled; nothing was added."), 8000);
            return;
        }
        const Result<qint64> result = future.result();
        if (!result.ok()) {
            showError(result.error().message);
            return;
        }
        statusBar()->showMessage(tr("Added %n sample people.", nullptr, int(result.value())), 8000);
        if (m_model) {
            m_model->refresh();
        }
        emit sampleDataLoaded(result.value());
    });
    watcher->setFuture(m_backend->loadSampleData(count));
}

void MainWindow::updateCount(qint64 total)
{
    if (total < 0) {
        m_countLabel->setText(tr("Loading…"));
    } else {
        m_countLabel->setText(tr("%n user(s)", nullptr, int(qMin<qint64>(total, INT_MAX))));
    }
}

void MainWindow::showError(const QString& message)
{
    QMessageBox* box = new QMessageBox(QMessageBox::Warning, tr("Usher"), message, QMessageBox::Close, this);
    box->setObjectName(QStringLiteral("errorMessage"));
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->open();
}

void MainWindow::showAbout()
{
    const QString description = m_backend
        ? QStringLiteral("%1 — %2").arg(m_backend->kindName(), QDir::toNativeSeparators(m_backend->location()))
        : tr("none open");
    auto* dialog = new AboutDialog(description, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

void MainWindow::closeEvent(QCloseEvent* event)
{
    QSettings settings;
    settings.setValue(geometryKey, saveGeometry());
    settings.setValue(stateKey, saveState());
    m_usersView->saveState();
    event->accept();
}

} // namespace usher
