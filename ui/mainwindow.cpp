#include "ui/mainwindow.h"

#include "connection/credentialstore.h"
#include "connection/whendone.h"
#include "models/savedviewsmodel.h"
#include "models/usersmodel.h"
#include "ui/common/aboutdialog.h"
#include "ui/common/databaseerrordialog.h"
#include "ui/common/icons.h"
#include "ui/connection/connectionsdialog.h"
#include "ui/connection/passworddialog.h"
#include "ui/users/usersview.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QComboBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFutureWatcher>
#include <QLabel>
#include <QMenuBar>
#include <QMessageBox>
#include <QProgressDialog>
#include <QScreen>
#include <QSettings>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTableView>
#include <QToolBar>

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
    , m_credentials(new CredentialStore(this))
    , m_usersView(new UsersView(this))
    , m_switcher(new QComboBox(this))
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
    refreshSwitcher();
    connect(m_usersView, &UsersView::selectionChanged, this, &MainWindow::updateCount);
    connect(m_usersView, &UsersView::loadSampleDataRequested, this, [this] { loadSampleData(defaultSampleCount); });
    connect(m_usersView, &UsersView::openDatabaseRequested, this, &MainWindow::chooseDatabaseToOpen);
    connect(m_usersView, &UsersView::newDatabaseRequested, this, &MainWindow::chooseDatabaseToCreate);

    // A generous first size (the columns need room), within the screen; remembered after.
    const QSize available = screen() ? screen()->availableSize() : QSize(1440, 900);
    resize(qMin(1440, available.width() * 9 / 10), qMin(860, available.height() * 9 / 10));
    QSettings settings;
    restoreGeometry(settings.value(geometryKey).toByteArray());
    restoreState(settings.value(stateKey).toByteArray());
}

MainWindow::~MainWindow()
{
    // The model asks the backend for pages; let it go before the backend does.
    m_usersView->setModel(nullptr);
    delete m_model;
    delete m_savedViews;
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
    QAction* connections = file->addAction(bundledIcon(QStringLiteral("connections")), tr("&Connections…"), this,
                                           [this] { manageConnections(m_profile.name); });
    connections->setObjectName(QStringLiteral("connectionsAction"));
    connections->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_O));
    QAction* forget = file->addAction(tr("&Forget All Saved Passwords…"), this, &MainWindow::forgetAllPasswords);
    forget->setObjectName(QStringLiteral("forgetPasswordsAction"));
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
    QAction* selectAll = edit->addAction(tr("Select &All"), m_usersView, &UsersView::selectAllMatching);
    selectAll->setObjectName(QStringLiteral("selectAllAction"));
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

    QToolBar* toolbar = addToolBar(tr("Main"));
    toolbar->setObjectName(QStringLiteral("mainToolBar"));
    toolbar->setMovable(false);
    toolbar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    auto* connectionLabel = new QLabel(tr("Co&nnection:"), this);
    connectionLabel->setBuddy(m_switcher);
    connectionLabel->setContentsMargins(8, 0, 6, 0);
    m_switcher->setObjectName(QStringLiteral("connectionSwitcher"));
    m_switcher->setAccessibleName(tr("Connection"));
    m_switcher->setMinimumContentsLength(22);
    m_switcher->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    toolbar->addWidget(connectionLabel);
    toolbar->addWidget(m_switcher);
    toolbar->addSeparator();
    toolbar->addAction(m_refreshAction);
    connect(m_switcher, &QComboBox::activated, this, [this](int index) {
        const QString name = m_switcher->itemData(index).toString();
        if (index == m_switcher->count() - 1) {
            refreshSwitcher(); // back to the current connection, then manage
            manageConnections(m_profile.name);
        } else if (name.isEmpty()) {
            openDatabase(localDatabasePath());
        } else if (const auto profile = m_profiles.find(name)) {
            openProfile(*profile);
        }
    });

    QMenu* help = menuBar()->addMenu(tr("&Help"));
    QAction* about = help->addAction(themedIcon(QStringLiteral("help-about"), QStringLiteral("about")),
                                     tr("&About Usher"), this, &MainWindow::showAbout);
    about->setMenuRole(QAction::AboutRole);
    help->addAction(tr("About &Qt"), qApp, &QApplication::aboutQt);
}

QString MainWindow::localDatabasePath()
{
    return QDir(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation)).filePath(QStringLiteral("usher.sqlite"));
}

void MainWindow::openDatabase(const QString& path, int sampleCount)
{
    ConnectionProfile profile = ConnectionProfile::sqliteFile(QFileInfo(path).absoluteFilePath());
    if (profile.filePath == QFileInfo(localDatabasePath()).absoluteFilePath()) {
        profile.name = tr("Local database");
    }
    openProfile(profile, sampleCount);
}

void MainWindow::openProfile(const ConnectionProfile& profile, int sampleCount)
{
    if (!profile.needsPassword()) {
        connectProfile(profile, {}, false, sampleCount);
        return;
    }
    if (m_sessionPasswords.contains(profile.location())) {
        connectProfile(profile, m_sessionPasswords.value(profile.location()), false, sampleCount);
        return;
    }
    m_countLabel->setText(tr("Reading the password…"));
    const quint64 generation = ++m_openGeneration; // a later open wins over this one
    if (const int index = m_switcher->findData(profile.name); index > 0) {
        const QSignalBlocker blocker(m_switcher);
        m_switcher->setCurrentIndex(index);
    }
    whenDone(m_credentials->read(profile.name), this,
             [this, profile, sampleCount, generation](const Result<QString>& saved) {
        if (generation != m_openGeneration) {
            return; // the person opened something else meanwhile
        }
        if (saved.ok()) {
            connectProfile(profile, saved.value(), false, sampleCount);
            return;
        }
        // Nothing saved is the normal first time; any other failure is worth saying.
        const bool nothingSaved = saved.error().kind == BackendError::Kind::NotFound;
        askPassword(profile, nothingSaved ? QString() : saved.error().message, nothingSaved, sampleCount);
    });
}

void MainWindow::askPassword(const ConnectionProfile& profile, const QString& problem, bool keychainAvailable,
                             int sampleCount)
{
    auto* dialog = new PasswordDialog(profile, problem, keychainAvailable, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog, profile, sampleCount] {
        connectProfile(profile, dialog->password(), dialog->rememberPassword(), sampleCount);
    });
    connect(dialog, &QDialog::rejected, this, [this] {
        if (!m_backend) {
            m_usersView->showNoDatabase();
            m_countLabel->setText(tr("No database open"));
        } else {
            updateCount(); // still on the database that was open
        }
        refreshSwitcher();
    });
    dialog->open();
}

void MainWindow::connectProfile(const ConnectionProfile& profile, const QString& password, bool rememberAfter,
                                int sampleCount)
{
    m_usersView->setModel(nullptr);
    delete m_model;
    m_model = nullptr;
    delete m_savedViews;
    m_savedViews = nullptr;
    m_backend = m_factory(profile, password);
    m_profile = profile;
    m_sampleAction->setEnabled(false);
    m_refreshAction->setEnabled(false);
    m_countLabel->setText(tr("Opening…"));
    m_locationLabel->setText(profile.kind == ConnectionProfile::Kind::Sqlite ? QDir::toNativeSeparators(profile.location())
                                                                             : profile.location());
    setWindowTitle(tr("%1 — Usher").arg(profile.kind == ConnectionProfile::Kind::Sqlite
                                            ? QFileInfo(profile.filePath).fileName()
                                            : profile.name));

    const quint64 generation = ++m_openGeneration;
    whenDone(m_backend->open(), this, [=](const Result<OpenInfo>& result) {
        if (generation != m_openGeneration) {
            return;
        }
        if (!result.ok()) {
            if (result.error().kind == BackendError::Kind::Authentication) {
                m_sessionPasswords.remove(profile.location());
                m_backend.reset();
                askPassword(profile, result.error().message, true, sampleCount);
            } else {
                showOpenError(profile, result.error(), sampleCount);
            }
            return;
        }
        if (profile.needsPassword()) {
            if (rememberAfter) {
                whenDone(m_credentials->write(profile.name, password), this,
                         [this, profile, password](const Result<Done>& saved) {
                             if (!saved.ok()) {
                                 m_sessionPasswords.insert(profile.location(), password);
                                 statusBar()->showMessage(saved.error().message, 10000);
                             }
                         });
            } else {
                m_sessionPasswords.insert(profile.location(), password);
            }
        }
        m_model = new UsersModel(m_backend.get(), this);
        m_model->setObjectName(QStringLiteral("usersModel"));
        connect(m_model, &UsersModel::totalCountChanged, this, &MainWindow::updateCount);
        connect(m_model, &UsersModel::errorOccurred, this, &MainWindow::showError);
        UserFilter filter;
        filter.workspaceId = result.value().workspaceId;
        m_model->setFilter(filter);
        m_savedViews = new SavedViewsModel(m_backend.get(), filter.workspaceId, this);
        m_savedViews->setObjectName(QStringLiteral("savedViewsModel"));
        m_usersView->setModel(m_model, m_savedViews);
        m_savedViews->refresh();
        refreshGroups();
        connect(m_backend.get(), &Backend::changedElsewhere, this, &MainWindow::refreshGroups);
        m_sampleAction->setEnabled(true);
        m_sampleAction->setToolTip(tr("Add %n realistic people to this workspace", nullptr, defaultSampleCount));
        m_refreshAction->setEnabled(true);
        const bool saved = m_profiles.find(profile.name).has_value();
        m_profiles.setLastUsed(saved ? profile.name : QString());
        if (profile.kind == ConnectionProfile::Kind::Sqlite && !saved) {
            QSettings().setValue(QStringLiteral("database/last"), profile.filePath);
        }
        refreshSwitcher();
        emit databaseOpened(profile.location());
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

void MainWindow::showOpenError(const ConnectionProfile& profile, const BackendError& error, int sampleCount)
{
    m_backend.reset();
    m_countLabel->setText(tr("No database open"));
    setWindowTitle(tr("Usher"));
    m_usersView->showNoDatabase();
    const bool isFile = profile.kind == ConnectionProfile::Kind::Sqlite;
    auto* dialog = new DatabaseErrorDialog(profile.location(), error,
                                           isFile ? DatabaseErrorDialog::Target::File : DatabaseErrorDialog::Target::Server,
                                           this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &DatabaseErrorDialog::openAnotherRequested, this, &MainWindow::chooseDatabaseToOpen);
    connect(dialog, &DatabaseErrorDialog::createNewRequested, this, &MainWindow::chooseDatabaseToCreate);
    connect(dialog, &DatabaseErrorDialog::retryRequested, this,
            [this, profile, sampleCount] { openProfile(profile, sampleCount); });
    connect(dialog, &DatabaseErrorDialog::editConnectionRequested, this,
            [this, profile] { manageConnections(profile.name); });
    connect(dialog, &DatabaseErrorDialog::localDatabaseRequested, this, [this] { openDatabase(localDatabasePath()); });
    dialog->open();
    emit databaseFailed(profile.location(), error.message);
}

void MainWindow::manageConnections(const QString& name)
{
    auto* dialog = new ConnectionsDialog(m_factory, m_credentials, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    if (!name.isEmpty()) {
        dialog->select(name);
    }
    connect(dialog, &ConnectionsDialog::connectRequested, this,
            [this](const ConnectionProfile& profile, const QString& password) {
                if (password.isEmpty()) {
                    openProfile(profile);
                } else {
                    connectProfile(profile, password, false, 0);
                }
            });
    connect(dialog, &QDialog::finished, this, &MainWindow::refreshSwitcher);
    dialog->open();
}

void MainWindow::refreshSwitcher()
{
    const QSignalBlocker blocker(m_switcher);
    m_switcher->clear();
    m_switcher->addItem(bundledIcon(QStringLiteral("file-database")), tr("Local database"), QString());
    const bool onSavedProfile = m_profiles.find(m_profile.name).has_value();
    if (m_profile.kind == ConnectionProfile::Kind::Sqlite && !onSavedProfile && !m_profile.filePath.isEmpty()
        && QFileInfo(m_profile.filePath).absoluteFilePath() != QFileInfo(localDatabasePath()).absoluteFilePath()) {
        // A file opened by hand is shown as such, not as "Local database".
        m_switcher->setItemText(0, QFileInfo(m_profile.filePath).fileName());
    }
    int current = 0;
    for (const ConnectionProfile& profile : m_profiles.profiles()) {
        m_switcher->addItem(bundledIcon(profile.kind == ConnectionProfile::Kind::Postgres ? QStringLiteral("server")
                                                                                           : QStringLiteral("file-database")),
                            profile.name, profile.name);
        m_switcher->setItemData(m_switcher->count() - 1, profile.location(), Qt::ToolTipRole);
        if (onSavedProfile && profile.name == m_profile.name) {
            current = m_switcher->count() - 1;
        }
    }
    m_switcher->insertSeparator(m_switcher->count());
    m_switcher->addItem(bundledIcon(QStringLiteral("connections")), tr("Manage Connections…"));
    m_switcher->setCurrentIndex(current);
}

void MainWindow::forgetAllPasswords()
{
    const int count = int(m_credentials->storedKeys().size());
    const auto answer = QMessageBox::question(
        this, tr("Forget All Saved Passwords"),
        tr("Remove %n saved password(s) from the keychain? Usher will ask for them when it next connects.", nullptr,
           count),
        QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel);
    if (answer != QMessageBox::Yes) {
        return;
    }
    m_sessionPasswords.clear();
    whenDone(m_credentials->forgetAll(), this, [this](const Result<int>& result) {
        if (result.ok()) {
            statusBar()->showMessage(tr("Forgot %n saved password(s).", nullptr, result.value()), 8000);
        } else {
            showError(result.error().message);
        }
    });
}

void MainWindow::chooseDatabaseToOpen()
{
    auto* dialog = new QFileDialog(this, tr("Open Database"), QFileInfo(m_profile.filePath.isEmpty() ? localDatabasePath() : m_profile.filePath).absolutePath(), tr(databaseFilter));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setFileMode(QFileDialog::ExistingFile);
    connect(dialog, &QFileDialog::fileSelected, this, [this](const QString& path) { openDatabase(path); });
    dialog->open();
}

void MainWindow::chooseDatabaseToCreate()
{
    auto* dialog = new QFileDialog(this, tr("New Database"), QFileInfo(m_profile.filePath.isEmpty() ? localDatabasePath() : m_profile.filePath).absolutePath(), tr(databaseFilter));
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
        if (m_savedViews) {
            m_savedViews->refresh();
        }
        refreshGroups();
        emit sampleDataLoaded(result.value());
    });
    watcher->setFuture(m_backend->loadSampleData(count));
}

void MainWindow::refreshGroups()
{
    if (!m_backend || !m_model) {
        return;
    }
    whenDone(m_backend->listGroups(m_model->filter().workspaceId), this, [this](const Result<QList<GroupSummary>>& groups) {
        if (groups.ok()) {
            m_usersView->setGroups(groups.value());
        }
    });
}

void MainWindow::updateCount()
{
    const qint64 total = m_model ? m_model->totalCount() : -1;
    if (total < 0) {
        m_countLabel->setText(tr("Loading…"));
        return;
    }
    QString text = tr("%n user(s)", nullptr, int(qMin<qint64>(total, INT_MAX)));
    const qint64 selected = m_usersView->selectedCount();
    if (m_usersView->allMatchingSelected() && total > 0) {
        text = tr("All %n user(s) selected", nullptr, int(qMin<qint64>(total, INT_MAX)));
    } else if (selected > 0) {
        text += QStringLiteral(" · ") + tr("%n selected", nullptr, int(qMin<qint64>(selected, INT_MAX)));
    }
    m_countLabel->setText(text);
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
