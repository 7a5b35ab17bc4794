#include "ui/mainwindow.h"

#include "core/clamp.h"
#include "connection/credentialstore.h"
#include "connection/whendone.h"
#include "models/invitationsmodel.h"
#include "models/savedviewsmodel.h"
#include "models/usersmodel.h"
#include "ui/common/aboutdialog.h"
#include "ui/common/helpdialogs.h"
#include "ui/common/databaseerrordialog.h"
#include "ui/common/gate.h"
#include "ui/common/icons.h"
#include "ui/connection/connectionsdialog.h"
#include "ui/connection/passworddialog.h"
#include "ui/audit/auditview.h"
#include "ui/csv/exportdialog.h"
#include "ui/csv/importwizard.h"
#include "ui/csv/workbenchwindow.h"
#include "ui/common/shortcuts.h"
#include "core/workspaceknowledge.h"
#include "core/userlist.h"
#include "ui/groups/groupsview.h"
#include "ui/invite/invitationsview.h"
#include "ui/helpdesk/helpdeskview.h"
#include "ui/invite/invitedialog.h"
#include "ui/invite/mailsettingsdialog.h"
#include "ui/sync/directorysyncdialog.h"
#include "ui/sync/scheduledsync.h"
#include "ui/invite/signupsettingsdialog.h"
#include "connection/mail/mailconfig.h"
#include "connection/mail/mailsender.h"
#include "ui/connection/operatordialog.h"
#include "ui/users/memberactions.h"
#include "ui/users/userdetailspanel.h"
#include "ui/users/usersview.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QComboBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFutureWatcher>
#include <QInputDialog>
#include <QLabel>
#include <QMenuBar>
#include <QMessageBox>
#include <QtConcurrent>
#include <QTemporaryDir>
#include <QMimeData>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QPushButton>
#include <QProgressDialog>
#include <QScreen>
#include <QStackedWidget>
#include <QVBoxLayout>
#include <QActionGroup>
#include <QSettings>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTableView>
#include <QTimer>
#include <QResizeEvent>
#include <QToolBar>
#include <QToolButton>

namespace usher {

namespace {
const QString geometryKey = QStringLiteral("mainWindow/geometry");
const QString stateKey = QStringLiteral("mainWindow/state");
const char* const databaseFilter
    = QT_TRANSLATE_NOOP("usher::MainWindow", "Usher databases (*.usher *.sqlite *.db);;All files (*)");
} // namespace

MainWindow::MainWindow(BackendFactory factory, QWidget* parent)
    : QMainWindow(parent)
    , m_credentials(new CredentialStore(this))
    , m_session(new Session(this))
    , m_usersView(new UsersView(this))
    , m_auditView(new AuditView(this))
    , m_groupsView(new GroupsView(this))
    , m_invitationsView(new InvitationsView(this))
    , m_helpdeskView(new HelpdeskView(this))
    , m_mailSender(m_session->mailSender())
    , m_mailStatus(new QLabel(this))
    , m_details(new UserDetailsPanel(this))
    , m_actions(new MemberActions(this))
    , m_pages(new QStackedWidget(this))
    , m_banner(new QLabel(this))
    , m_workspaces(new QComboBox(this))
    , m_seatsLabel(new QLabel(this))
    , m_switcher(new QComboBox(this))
    , m_countLabel(new QLabel(this))
    , m_locationLabel(new QLabel(this))
{
    m_scheduledSync = new ScheduledSync(m_session, m_credentials, this);
    m_scheduledSync->setObjectName(QStringLiteral("scheduledSync"));
    connect(m_scheduledSync, &ScheduledSync::finished, this,
            [this](const QString& message, bool problem) { statusBar()->showMessage(message, problem ? 0 : 15000); });
    connect(m_scheduledSync, &ScheduledSync::changed, this, [this] {
        m_session->announce(Topic::Members | Topic::Groups | Topic::AuditLog | Topic::Workspace);
    });
    setAcceptDrops(true); // a CSV file dropped here opens in the workbench
    setObjectName(QStringLiteral("mainWindow"));
    setWindowTitle(tr("Usher"));
    setWindowIcon(bundledIcon(QStringLiteral("usher")));
    auto* central = new QWidget(this);
    auto* centralLayout = new QVBoxLayout(central);
    centralLayout->setContentsMargins(0, 0, 0, 0);
    centralLayout->setSpacing(0);
    m_banner->setObjectName(QStringLiteral("adminBanner"));
    m_banner->setWordWrap(true);
    m_banner->setContentsMargins(14, 8, 14, 8);
    m_banner->setAutoFillBackground(true);
    QPalette bannerPalette = m_banner->palette();
    bannerPalette.setColor(QPalette::Window, QColor(0xfd, 0xf3, 0xd8));
    bannerPalette.setColor(QPalette::WindowText, QColor(0x6b, 0x4a, 0x00));
    m_banner->setPalette(bannerPalette);
    m_banner->hide();
    centralLayout->addWidget(m_banner);
    m_pageActions = new QActionGroup(this);
    addPage(m_usersView, UsersView::pageInfo());
    addPage(m_groupsView, GroupsView::pageInfo());
    addPage(m_auditView, AuditView::pageInfo());
    addPage(m_invitationsView, InvitationsView::pageInfo());
    addPage(m_helpdeskView, HelpdeskView::pageInfo());
    centralLayout->addWidget(m_pages, 1);
    setCentralWidget(central);
    m_usersView->setDetailsPanel(m_details);

    m_countLabel->setObjectName(QStringLiteral("countLabel"));
    m_locationLabel->setObjectName(QStringLiteral("locationLabel"));
    m_locationLabel->setForegroundRole(QPalette::PlaceholderText);
    m_seatsLabel->setObjectName(QStringLiteral("seatsLabel"));
    // Permanent widgets, so passing messages on the left never hide the count.
    m_mailStatus->setObjectName(QStringLiteral("mailStatus"));
    m_mailStatus->hide();
    auto* stopMail = new QToolButton(this);
    stopMail->setObjectName(QStringLiteral("stopMailButton"));
    stopMail->setText(tr("Stop"));
    stopMail->setToolTip(tr("Stop sending after the current mail; the rest stays queued in the outbox."));
    stopMail->setAutoRaise(true);
    stopMail->hide();
    connect(stopMail, &QToolButton::clicked, m_mailSender, &MailSender::pause);
    connect(m_mailSender, &MailSender::busyChanged, stopMail, &QWidget::setVisible);
    statusBar()->addPermanentWidget(m_mailStatus);
    statusBar()->addPermanentWidget(stopMail);
    statusBar()->addPermanentWidget(m_countLabel);
    statusBar()->addPermanentWidget(m_seatsLabel);
    statusBar()->addPermanentWidget(m_locationLabel);

    createActions();
    refreshSwitcher();
    connect(m_usersView, &UsersView::selectionChanged, this, &MainWindow::updateCount);
    connect(m_usersView, &UsersView::selectionChanged, this, &MainWindow::updateSelection);
    connect(m_usersView, &UsersView::contextMenuRequested, m_actions, &MemberActions::showContextMenu);
    connect(m_usersView, &UsersView::userActivated, m_actions, &MemberActions::editUser);
    connect(m_details, &UserDetailsPanel::editRequested, m_actions, &MemberActions::editUser);
    // The screens follow the session; a change made on one reaches every other that shows it.
    m_details->setSession(m_session);
    m_details->setMemberActions(m_actions);
    m_actions->setSession(m_session, m_usersView);
    m_auditView->setSession(m_session);
    m_groupsView->setSession(m_session);
    m_invitationsView->setSession(m_session);
    m_helpdeskView->setSession(m_session);
    connect(m_helpdeskView, &HelpdeskView::message, this, [this](const QString& text) { statusBar()->showMessage(text, 10000); });
    connect(m_helpdeskView, &HelpdeskView::membersChanged, this, [this] { m_session->announce(everyTopic); });
    connect(m_helpdeskView, &HelpdeskView::inviteRequested, this, &MainWindow::invitePeople);
    connect(m_details, &UserDetailsPanel::passwordHelpRequested, this, [this](const Id& accountId) {
        showPage(HelpdeskView::pageInfo().id);
        m_helpdeskView->showPerson(accountId);
    });
    // Connecting is the session's: it reads the secret, asks for one through this window,
    // opens the backend and says how it went.
    m_keychain = std::make_unique<KeychainCredentials>(m_credentials);
    m_session->setBackendFactory(std::move(factory)); // the connections dialog tests through the session too
    m_session->setCredentials(m_keychain.get());
    connect(m_session, &Session::stageChanged, this, &MainWindow::connectionStageChanged);
    connect(m_session, &Session::secretNeeded, this, &MainWindow::askPassword);
    connect(m_session, &Session::opened, this, &MainWindow::connectionOpened);
    connect(m_session, &Session::operatorNeeded, this, &MainWindow::askOperator);
    connect(m_session, &Session::signInSettled, this, &MainWindow::signInSettled);
    connect(m_session, &Session::operatorChanged, this, &MainWindow::operatorUpdated);
    connect(m_session, &Session::openFailed, this, &MainWindow::showOpenError);
    connect(m_session, &Session::secretNotKept, this, [this](const QString& message) {
        statusBar()->showMessage(message, 10000);
    });
    connect(m_session, &Session::aboutToChangeBackend, this, &MainWindow::closeScreensOfBackend);
    connect(m_session, &Session::changed, this, [this](Topics topics) {
        if (topics & Topic::Groups) {
            refreshGroups();
        }
        if (topics & (Topic::Members | Topic::Workspace)) {
            refreshWorkspaces(); // seats and Admin counts
        }
    });
    connect(m_details, &UserDetailsPanel::membersChanged, this,
            [this] { m_session->announce(Topic::Members | Topic::Groups | Topic::AuditLog | Topic::Workspace); });
    connect(m_actions, &MemberActions::membersChanged, this, [this] { m_session->announce(everyTopic); });
    connect(m_actions, &MemberActions::message, this, [this](const QString& text) { statusBar()->showMessage(text, 8000); });
    connect(m_auditView, &AuditView::exported, this, [this](const QString& path, int events) {
        statusBar()->showMessage(tr("Exported %n event(s) to %1.", nullptr, events).arg(QDir::toNativeSeparators(path)),
                                 10000);
    });
    connect(m_auditView, &AuditView::exportFailed, this, &MainWindow::showError);
    connect(m_groupsView, &GroupsView::groupsChanged, this,
            [this] { m_session->announce(Topic::Groups | Topic::Members | Topic::AuditLog); });
    connect(m_groupsView, &GroupsView::errorOccurred, this, &MainWindow::showError);
    connect(m_groupsView, &GroupsView::message, this, [this](const QString& text) { statusBar()->showMessage(text, 8000); });
    connect(m_usersView, &UsersView::signupPageRequested, this, [this](bool waitlist) {
        showPage(InvitationsView::pageInfo().id);
        m_invitationsView->showWaitlist(waitlist);
    });
    connect(m_invitationsView, &InvitationsView::countsChanged, m_usersView, &UsersView::setSignupCounts);
    connect(m_invitationsView, &InvitationsView::inviteRequested, this, &MainWindow::invitePeople);
    connect(m_invitationsView, &InvitationsView::signupSettingsRequested, this, &MainWindow::editSignupSettings);
    connect(m_invitationsView, &InvitationsView::changed, this, &MainWindow::invitationsChanged);
    connect(m_invitationsView, &InvitationsView::mailQueued, m_mailSender, &MailSender::kick);
    connect(m_actions, &MemberActions::mailQueued, m_mailSender, &MailSender::kick);
    connect(m_invitationsView, &InvitationsView::errorOccurred, this, &MainWindow::showError);
    connect(m_invitationsView, &InvitationsView::message, this,
            [this](const QString& text) { statusBar()->showMessage(text, 8000); });
    // Mail goes out in the background, whatever dialog is open or closed.
    connect(m_mailSender, &MailSender::busyChanged, this, [this](bool busy) {
        if (busy) {
            m_mailStatus->setText(tr("Sending mail…"));
            m_mailStatus->show();
        } else {
            const int sent = m_mailSender->sentInRun();
            const int failed = m_mailSender->failedInRun();
            m_mailStatus->hide();
            if (sent + failed > 0) {
                statusBar()->showMessage(failed == 0 ? tr("%n mail(s) sent.", nullptr, sent)
                                                     : tr("%n mail(s) sent, %1 failed: see the Invitations view.",
                                                          nullptr, sent)
                                                           .arg(failed),
                                         10000);
            }
        }
    });
    connect(m_mailSender, &MailSender::progress, this, [this](int sent, int failed) {
        m_mailStatus->setText(failed == 0 ? tr("Sending mail: %n sent…", nullptr, sent)
                                          : tr("Sending mail: %n sent, %1 failed…", nullptr, sent).arg(failed));
    });
    // Mail states change twice a mail: read the invitations again once things settle.
    auto* outboxRefresh = new QTimer(this);
    outboxRefresh->setSingleShot(true);
    outboxRefresh->setInterval(500);
    // Through the page, which reads its lists only while shown (100,000 invitations take seconds).
    connect(outboxRefresh, &QTimer::timeout, m_invitationsView, &InvitationsView::refresh);
    connect(m_mailSender, &MailSender::outboxChanged, outboxRefresh, qOverload<>(&QTimer::start));
    // In the status bar, not a dialog: a server that stays away would otherwise stack them up.
    connect(m_mailSender, &MailSender::errorOccurred, this, [this](const QString& message) {
        statusBar()->showMessage(tr("Mail is not going out: %1").arg(message), 15000);
    });
    connect(m_mailSender, &MailSender::mailFailed, this, [this](const QString& to, const QString& reason) {
        statusBar()->showMessage(tr("The mail to %1 was not sent: %2").arg(to, reason), 15000);
    });
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
    // The models ask the backend for pages; let them go before the backend does (the views
    // following the session let go of theirs when it closes).
    disconnect(m_session, nullptr, this, nullptr); // no window to update while it goes
    releaseModels();
    m_session->setBackend(nullptr, {});
}

void MainWindow::createActions()
{
    QMenu* file = menuBar()->addMenu(tr("&File"));
    QAction* open = file->addAction(themedIcon(QStringLiteral("document-open"), QStringLiteral("open")),
                                    tr("&Open Database…"), this, &MainWindow::chooseDatabaseToOpen);
    open->setShortcut(QKeySequence::Open);
    QAction* create = file->addAction(bundledIcon(QStringLiteral("new-database")), tr("&New Database…"), this,
                                      &MainWindow::chooseDatabaseToCreate);
    create->setShortcut(Qt::CTRL | Qt::SHIFT | Qt::Key_N); // Ctrl+N is New User, made far more often
    QAction* connections = file->addAction(bundledIcon(QStringLiteral("connections")), tr("&Connections…"), this,
                                           [this] { manageConnections(m_session->profile()); });
    connections->setObjectName(QStringLiteral("connectionsAction"));
    connections->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_O));
    m_signInAction = file->addAction(tr("Sign &In…"), this, &MainWindow::signIn);
    m_signInAction->setObjectName(QStringLiteral("signInAction"));
    m_signInAction->setEnabled(false);
    QAction* forget = file->addAction(tr("&Forget All Saved Passwords…"), this, &MainWindow::forgetAllPasswords);
    forget->setObjectName(QStringLiteral("forgetPasswordsAction"));
    file->addSeparator();
    QAction* newList = file->addAction(bundledIcon(QStringLiteral("add")), tr("New &User List (CSV)"), this, [this] {
        workbench()->newList();
    });
    newList->setObjectName(QStringLiteral("newUserListAction"));
    newList->setToolTip(tr("Prepare a list of people to import, with no connection needed"));
    QAction* openList = file->addAction(bundledIcon(QStringLiteral("import")), tr("Open User &List (CSV)…"), this, [this] {
        const QString path = QFileDialog::getOpenFileName(this, tr("Open CSV File"), fileDialogFolder(),
                                                          tr("CSV files (*.csv *.txt *.tsv);;All files (*)"));
        if (!path.isEmpty()) {
            openUserList(path);
        }
    });
    openList->setObjectName(QStringLiteral("openUserListAction"));
    openList->setShortcut(Qt::CTRL | Qt::ALT | Qt::Key_O);
    file->addSeparator();
    m_sampleAction = file->addAction(bundledIcon(QStringLiteral("sample-data")), tr("Load &Sample Data"), this,
                                     [this] { loadSampleData(defaultSampleCount); });
    m_sampleAction->setObjectName(QStringLiteral("loadSampleDataAction"));
    m_sampleAction->setEnabled(false);
    m_sampleAction->setToolTip(tr("Open a database first"));
    file->addSeparator();
    QAction* quit = file->addAction(themedIcon(QStringLiteral("application-exit"), QStringLiteral("quit")), tr("&Quit"),
                                    this, &QWidget::close);
    quit->setShortcuts(shortcutsFor(QKeySequence::Quit, {QKeySequence(Qt::CTRL | Qt::Key_Q)}));
    quit->setMenuRole(QAction::QuitRole);

    QMenu* edit = menuBar()->addMenu(tr("&Edit"));
    QAction* find = edit->addAction(themedIcon(QStringLiteral("edit-find"), QStringLiteral("search")), tr("&Find…"),
                                    m_usersView, &UsersView::focusSearch);
    find->setObjectName(QStringLiteral("findAction"));
    find->setShortcuts(shortcutsFor(QKeySequence::Find, {QKeySequence(Qt::CTRL | Qt::Key_F)}));
    QAction* selectAll = edit->addAction(tr("Select &All"), m_usersView, &UsersView::selectAllMatching);
    selectAll->setObjectName(QStringLiteral("selectAllAction"));
    selectAll->setShortcut(QKeySequence::SelectAll);
    selectAll->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    m_usersView->table()->addAction(selectAll);

    QMenu* view = menuBar()->addMenu(tr("&View"));
    m_refreshAction = view->addAction(themedIcon(QStringLiteral("view-refresh"), QStringLiteral("refresh")),
                                      tr("&Refresh"), this, [this] { m_session->announce(everyTopic); });
    m_refreshAction->setObjectName(QStringLiteral("refreshAction"));
    m_refreshAction->setShortcuts(shortcutsFor(QKeySequence::Refresh, {QKeySequence(Qt::Key_F5)}));
    m_refreshAction->setEnabled(false);
    view->addAction(tr("&Clear Filters"), m_usersView, &UsersView::clearFilters);
    view->addAction(m_usersView->detailsPanelAction());
    view->addSeparator();
    for (const RegisteredPage& page : std::as_const(m_registeredPages)) {
        view->addAction(page.action);
    }

    QMenu* users = menuBar()->addMenu(tr("&Users"));
    users->setToolTipsVisible(true);
    m_inviteAction = users->addAction(bundledIcon(QStringLiteral("add-user")), tr("&Invite People…"), this,
                                      &MainWindow::invitePeople);
    m_inviteAction->setObjectName(QStringLiteral("inviteAction"));
    m_inviteAction->setShortcut(Qt::CTRL | Qt::Key_I);
    m_inviteAction->setIconText(tr("Invite"));
    m_importAction = users->addAction(bundledIcon(QStringLiteral("import")), tr("I&mport People from CSV…"), this,
                                      &MainWindow::importPeople);
    m_importAction->setObjectName(QStringLiteral("importAction"));
    m_importAction->setShortcut(Qt::CTRL | Qt::SHIFT | Qt::Key_I);
    m_importAction->setIconText(tr("Import"));
    m_exportAction = users->addAction(bundledIcon(QStringLiteral("export")), tr("E&xport Users to CSV…"), this,
                                      &MainWindow::exportUsers);
    m_exportAction->setObjectName(QStringLiteral("exportAction"));
    m_exportAction->setShortcut(Qt::CTRL | Qt::SHIFT | Qt::Key_E);
    users->addSeparator();
    for (QAction* action : m_actions->actions()) {
        if (action) {
            users->addAction(action);
        } else {
            users->addSeparator();
        }
    }

    QMenu* workspace = menuBar()->addMenu(tr("Wor&kspace"));
    workspace->setToolTipsVisible(true);
    m_signupSettingsAction = workspace->addAction(bundledIcon(QStringLiteral("workspace")), tr("&Signup Settings…"),
                                                  this, &MainWindow::editSignupSettings);
    m_signupSettingsAction->setObjectName(QStringLiteral("signupSettingsAction"));
    m_mailServerAction = workspace->addAction(bundledIcon(QStringLiteral("server")), tr("&Mail Server…"), this,
                                              &MainWindow::editMailServer);
    m_mailServerAction->setObjectName(QStringLiteral("mailServerAction"));
    m_directorySyncAction = workspace->addAction(bundledIcon(QStringLiteral("synced")), tr("&Directory Sync…"), this,
                                                 &MainWindow::editDirectorySync);
    m_directorySyncAction->setObjectName(QStringLiteral("directorySyncAction"));
    updateWorkspaceActions();

    QToolBar* toolbar = addToolBar(tr("Main"));
    m_toolbar = toolbar;
    toolbar->setObjectName(QStringLiteral("mainToolBar"));
    toolbar->setMovable(false);
    toolbar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    auto* connectionLabel = new QLabel(tr("Co&nnection:"), this);
    connectionLabel->setBuddy(m_switcher);
    connectionLabel->setContentsMargins(8, 0, 6, 0);
    m_switcher->setObjectName(QStringLiteral("connectionSwitcher"));
    m_switcher->setAccessibleName(tr("Connection"));
    m_switcher->setMinimumContentsLength(16);
    m_switcher->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    toolbar->addWidget(connectionLabel);
    toolbar->addWidget(m_switcher);
    auto* workspaceLabel = new QLabel(tr("&Workspace:"), this);
    workspaceLabel->setBuddy(m_workspaces);
    workspaceLabel->setContentsMargins(12, 0, 6, 0);
    m_workspaces->setObjectName(QStringLiteral("workspaceSwitcher"));
    m_workspaces->setAccessibleName(tr("Workspace"));
    m_workspaces->setMinimumContentsLength(18);
    m_workspaces->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_workspaces->setEnabled(false);
    m_workspaces->setToolTip(tr("Say who you are first: the workspaces listed are yours."));
    toolbar->addWidget(workspaceLabel);
    toolbar->addWidget(m_workspaces);
    toolbar->addSeparator();
    toolbar->addAction(m_refreshAction);
    toolbar->addSeparator();
    for (const RegisteredPage& page : std::as_const(m_registeredPages)) {
        toolbar->addAction(page.action);
    }
    toolbar->addSeparator();
    toolbar->addAction(m_inviteAction);
    toolbar->addAction(m_actions->newUserAction());
    toolbar->addAction(m_actions->editAction());
    toolbar->addAction(m_actions->disableAction());
    toolbar->addAction(m_actions->deleteAction());
    // Icons only (with their tooltips) where the bar needs the room: F5 is how people refresh, and
    // Edit, Disable and Delete are in the Users menu and the context menu with their names.
    for (QAction* compact :
         {m_refreshAction, m_actions->editAction(), m_actions->disableAction(), m_actions->deleteAction()}) {
        if (auto* button = qobject_cast<QToolButton*>(toolbar->widgetForAction(compact))) {
            button->setToolButtonStyle(Qt::ToolButtonIconOnly);
        }
    }
    // The rest are named where the window has room for them (fitToolBar()).
    for (QAction* action : toolbar->actions()) {
        auto* button = qobject_cast<QToolButton*>(toolbar->widgetForAction(action));
        if (button && button->toolButtonStyle() != Qt::ToolButtonIconOnly) {
            m_namedToolButtons.append(button);
        }
    }
    connect(m_workspaces, &QComboBox::activated, this, [this](int index) {
        const Id id = m_workspaces->itemData(index).value<Id>();
        if (!m_session->currentOperator() || id == m_session->workspaceId()) {
            return;
        }
        Operator op = *m_session->currentOperator();
        op.workspaceId = id;
        op.role = Role(m_workspaces->itemData(index, Qt::UserRole + 1).toInt());
        showWorkspace(id, m_workspaces->itemData(index, Qt::UserRole + 2).toString());
        setOperator(op);
    });
    connect(m_switcher, &QComboBox::activated, this, [this](int index) {
        const QString name = m_switcher->itemData(index).toString();
        if (index == m_switcher->count() - 1) {
            refreshSwitcher(); // back to the current connection, then manage
            manageConnections(m_session->profile());
        } else if (name.isEmpty()) {
            openDatabase(localDatabasePath());
        } else if (const auto profile = m_profiles.find(name)) {
            openProfile(*profile);
        }
    });

    QMenu* help = menuBar()->addMenu(tr("&Help"));
    QAction* keys = help->addAction(tr("&Keyboard Shortcuts"), this, [this] {
        auto* dialog = new ShortcutsDialog(this, this);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        dialog->open();
    });
    keys->setObjectName(QStringLiteral("shortcutsAction"));
    keys->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Slash));
    QAction* start = help->addAction(tr("&Getting Started"), this, [this] {
        auto* dialog = new GettingStartedDialog(this, this);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        dialog->open();
    });
    start->setObjectName(QStringLiteral("gettingStartedAction"));
    help->addSeparator();
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
    if (profile.file()->path == QFileInfo(localDatabasePath()).absoluteFilePath()) {
        profile.name = tr("Local database");
    }
    openProfile(profile, sampleCount);
}

void MainWindow::openProfile(const ConnectionProfile& profile, int sampleCount)
{
    m_pendingSampleCount = sampleCount;
    if (const int index = m_switcher->findData(profile.name); index > 0 && profile.needsPassword()) {
        const QSignalBlocker blocker(m_switcher);
        m_switcher->setCurrentIndex(index);
    }
    m_session->connectTo(profile); // connect → credentials → open; the session's signals follow
}

void MainWindow::connectionStageChanged(Session::Stage stage)
{
    switch (stage) {
    case Session::Stage::ReadingSecret:
        m_countLabel->setText(tr("Reading the password…"));
        break;
    case Session::Stage::Opening:
        m_sampleAction->setEnabled(false);
        m_refreshAction->setEnabled(false);
        m_countLabel->setText(tr("Opening…"));
        m_locationLabel->setText(m_session->profile().displayLocation());
        setWindowTitle(tr("%1 — Usher").arg(m_session->profile().title()));
        break;
    case Session::Stage::Idle:
    case Session::Stage::AskingForSecret:
    case Session::Stage::SigningIn: // the dialog, if any, says so
    case Session::Stage::Open:
        break;
    }
}

void MainWindow::askPassword(const ConnectionProfile& profile, const QString& problem, bool keychainAvailable)
{
    auto* dialog = new PasswordDialog(profile, problem, keychainAvailable, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        m_session->provideSecret(dialog->password(), dialog->rememberPassword());
    });
    connect(dialog, &QDialog::rejected, this, [this] {
        m_session->declineSecret();
        if (!backend()) {
            m_usersView->showNoDatabase();
            m_countLabel->setText(tr("No database open"));
        } else {
            updateCount(); // still on the database that was open
        }
        refreshSwitcher();
    });
    dialog->open();
}

void MainWindow::closeScreensOfBackend()
{
    // Whatever reads from the backend going away lets go of it first.
    ++m_knowledgeGeneration; // knowledge still being read from it is dropped
    m_knowledgeKey.clear();
    setOperator(std::nullopt);
    releaseModels();
}

void MainWindow::releaseModels()
{
    m_mailSender->setBackend(nullptr);
    m_usersView->setModel(nullptr);
    delete m_model;
    m_model = nullptr;
    delete m_savedViews;
    m_savedViews = nullptr;
}

void MainWindow::connectionOpened(const ConnectionProfile& profile, const OpenInfo& info)
{
    const int sampleCount = std::exchange(m_pendingSampleCount, 0);
    showWorkspace(info.workspaceId, info.workspaceName);
    updateSampleAction();
    m_refreshAction->setEnabled(true);
    const bool saved = m_profiles.find(profile.name).has_value();
    m_profiles.setLastUsed(saved ? profile.name : QString());
    if (const SqliteFile* file = profile.file(); file && !saved) {
        QSettings().setValue(QStringLiteral("database/last"), file->path);
    }
    refreshSwitcher();
    emit databaseOpened(profile.location());
    m_sampleAfterSignIn = sampleCount; // the session signs in next: signInSettled()
}

void MainWindow::signInSettled()
{
    const int sampleCount = std::exchange(m_sampleAfterSignIn, 0);
    if (sampleCount <= 0 || !backend()) {
        return;
    }
    UserFilter everyone;
    everyone.workspaceId = m_session->workspaceId();
    whenDone(backend()->members()->countUsers(everyone), this, [this, sampleCount](const Result<qint64>& count) {
        if (count.ok() && count.value() <= 1) {
            loadSampleData(sampleCount);
        } else if (count.ok()) {
            statusBar()->showMessage(tr("This database already has members; no sample data was added."), 8000);
        }
    });
}

void MainWindow::showOpenError(const ConnectionProfile& profile, const BackendError& error)
{
    const int sampleCount = std::exchange(m_pendingSampleCount, 0);
    updateWorkspaceActions();
    m_countLabel->setText(tr("No database open"));
    setWindowTitle(tr("Usher"));
    m_usersView->showNoDatabase();
    auto* dialog = new DatabaseErrorDialog(profile.location(), error,
                                           profile.isLocalFile() ? DatabaseErrorDialog::Target::File
                                                                 : DatabaseErrorDialog::Target::Server,
                                           this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &DatabaseErrorDialog::openAnotherRequested, this, &MainWindow::chooseDatabaseToOpen);
    connect(dialog, &DatabaseErrorDialog::createNewRequested, this, &MainWindow::chooseDatabaseToCreate);
    connect(dialog, &DatabaseErrorDialog::retryRequested, this,
            [this, profile, sampleCount] { openProfile(profile, sampleCount); });
    connect(dialog, &DatabaseErrorDialog::editConnectionRequested, this,
            [this, profile] { manageConnections(profile); });
    connect(dialog, &DatabaseErrorDialog::localDatabaseRequested, this, [this] { openDatabase(localDatabasePath()); });
    dialog->open();
    emit databaseFailed(profile.location(), error.message);
}

void MainWindow::manageConnections(const ConnectionProfile& shown)
{
    auto* dialog = new ConnectionsDialog(m_session, m_credentials, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    // The built-in local database has its own entry in the switcher; anything else open is shown.
    const bool localDatabase = shown.file()
        && QFileInfo(shown.file()->path).absoluteFilePath() == QFileInfo(localDatabasePath()).absoluteFilePath();
    if (!shown.name.isEmpty() && !localDatabase) {
        dialog->showOpen(shown);
    }
    connect(dialog, &ConnectionsDialog::connectRequested, this,
            [this](const ConnectionProfile& profile, const QString& password) {
                if (password.isEmpty()) {
                    openProfile(profile);
                } else {
                    m_pendingSampleCount = 0;
                    m_session->connectWith(profile, password);
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
    const bool onSavedProfile = m_profiles.find(m_session->profile().name).has_value();
    const ConnectionProfile& open = m_session->profile();
    if (const SqliteFile* file = open.file(); file && !onSavedProfile && !file->path.isEmpty()
        && QFileInfo(file->path).absoluteFilePath() != QFileInfo(localDatabasePath()).absoluteFilePath()) {
        // A file opened by hand is shown as such, not as "Local database".
        m_switcher->setItemText(0, open.title());
    }
    int current = 0;
    for (const ConnectionProfile& profile : m_profiles.profiles()) {
        m_switcher->addItem(bundledIcon(profile.iconName()), profile.name, profile.name);
        m_switcher->setItemData(m_switcher->count() - 1, profile.location(), Qt::ToolTipRole);
        if (onSavedProfile && profile.name == m_session->profile().name) {
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
    m_session->forgetSecrets();
    whenDone(m_credentials->forgetAll(), this, [this](const Result<int>& result) {
        if (result.ok()) {
            statusBar()->showMessage(tr("Forgot %n saved password(s).", nullptr, result.value()), 8000);
        } else {
            showError(result.error().message);
        }
    });
}

QString MainWindow::fileDialogFolder() const
{
    const SqliteFile* file = m_session->profile().file();
    return QFileInfo(!file || file->path.isEmpty() ? localDatabasePath() : file->path).absolutePath();
}

void MainWindow::chooseDatabaseToOpen()
{
    auto* dialog = new QFileDialog(this, tr("Open Database"), fileDialogFolder(), tr(databaseFilter));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setFileMode(QFileDialog::ExistingFile);
    connect(dialog, &QFileDialog::fileSelected, this, [this](const QString& path) { openDatabase(path); });
    dialog->open();
}

void MainWindow::chooseDatabaseToCreate()
{
    auto* dialog = new QFileDialog(this, tr("New Database"), fileDialogFolder(), tr(databaseFilter));
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
    if (!backend() || !backend()->maintenance() || !backend()->maintenance()->offersSampleData()) {
        return;
    }
    const std::optional<Operator> op = m_session->currentOperator();
    if (!op) {
        showError(signInFirst());
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
        updateSampleAction();
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
        m_session->announce(everyTopic);
        emit sampleDataLoaded(result.value());
    });
    watcher->setFuture(backend()->maintenance()->loadSampleData(*op, count));
}

void MainWindow::updateSampleAction()
{
    // Offered where the backend would accept it: a local file, its Admin, no other members yet.
    if (!m_sampleAction) {
        return;
    }
    QString why;
    const std::optional<Operator>& op = m_session->currentOperator();
    if (!backend()) {
        why = tr("Open a database first.");
    } else if (!backend()->maintenance()) {
        why = backend()->absence(Backend::Feature::Maintenance);
    } else if (!backend()->maintenance()->offersSampleData()) {
        why = tr("Sample data goes only into a local SQLite file, never into a shared database.");
    } else if (!op) {
        why = signInFirst();
    } else if (op->role != Role::Admin) {
        why = tr("Only an Admin of this workspace can load sample data.");
    } else if (m_model && m_model->totalCount() > 1) {
        why = tr("Sample data goes only into a workspace with no members besides you.");
    }
    m_sampleAction->setEnabled(why.isEmpty());
    m_sampleAction->setToolTip(why.isEmpty()
                                   ? tr("Add %n realistic people to this workspace", nullptr, defaultSampleCount)
                                   : why);
    m_sampleAction->setStatusTip(m_sampleAction->toolTip());
}

void MainWindow::refreshGroups()
{
    if (!backend() || !backend()->groups() || !m_model) {
        return;
    }
    whenDone(backend()->groups()->listGroups(m_model->filter().workspaceId), this, [this](const Result<QList<GroupSummary>>& groups) {
        if (groups.ok()) {
            m_usersView->setGroups(groups.value());
        }
    });
}

void MainWindow::updateCount()
{
    updateSampleAction();
    const qint64 total = m_model ? m_model->totalCount() : -1;
    if (total < 0) {
        m_countLabel->setText(tr("Loading…"));
        return;
    }
    QString text = tr("%n user(s)", nullptr, clampToInt(total));
    const qint64 selected = m_usersView->selectedCount();
    if (m_usersView->allMatchingSelected() && total > 0) {
        text = tr("All %n user(s) selected", nullptr, clampToInt(total));
    } else if (selected > 0) {
        text += QStringLiteral(" · ") + tr("%n selected", nullptr, clampToInt(selected));
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
    const QString description = backend()
        ? QStringLiteral("%1 — %2").arg(backend()->kindName(), QDir::toNativeSeparators(backend()->location()))
        : tr("none open");
    auto* dialog = new AboutDialog(description, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

void MainWindow::showWorkspace(const Id& id, const QString& name)
{
    m_usersView->setModel(nullptr);
    delete m_model;
    delete m_savedViews;
    m_model = new UsersModel(backend(), this);
    m_model->setObjectName(QStringLiteral("usersModel"));
    connect(m_model, &UsersModel::totalCountChanged, this, &MainWindow::updateCount);
    connect(m_model, &UsersModel::errorOccurred, this, &MainWindow::showError);
    connect(m_model, &UsersModel::reloaded, this, &MainWindow::updateSelection);
    UserFilter filter;
    filter.workspaceId = id;
    m_model->setFilter(filter);
    m_savedViews = new SavedViewsModel(backend(), id, this);
    m_savedViews->setObjectName(QStringLiteral("savedViewsModel"));
    m_usersView->setModel(m_model, m_savedViews);
    m_model->follow(m_session);
    m_savedViews->follow(m_session);
    m_savedViews->refresh();
    // Only now the other screens: the first page is asked for first, ahead of their reads on
    // the backend's one queue (the open invitations alone take seconds at a million members).
    m_session->setWorkspace(id, name);
    loadMailSettings();
    m_scheduledSync->reload();
    updateWorkspaceActions();
    refreshGroups();
}

void MainWindow::setOperatorHint(const QString& name, const QString& email)
{
    m_session->setOperatorHint(name, email);
}

void MainWindow::askOperator(Session::SignInMode mode, const QString& email, const QString& problem)
{
    if (!backend()) {
        return;
    }
    auto* dialog = new OperatorDialog(mode, backend(), m_session->workspaceId(), m_session->workspaceName(), email, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    if (!problem.isEmpty()) {
        statusBar()->showMessage(problem, 10000);
    }
    connect(dialog, &OperatorDialog::operatorReady, this, [this](const Operator& op) { setOperator(op); });
    connect(dialog, &QDialog::finished, m_session, &Session::finishSignIn);
    dialog->open();
}

void MainWindow::signIn()
{
    m_session->signInAgain();
}

void MainWindow::setOperator(const std::optional<Operator>& op)
{
    m_session->setOperator(op); // the screens following the session, this window included, take it from there
}

void MainWindow::operatorUpdated()
{
    const std::optional<Operator>& op = m_session->currentOperator();
    updateWorkspaceActions();
    updateSampleAction();
    // The outbox is sent by a signed-in operator, as them: stopped on sign-out, restarted for the new one.
    loadMailSettings();
    m_scheduledSync->reload(); // so is the directory sync
    if (op) {
        // A Helpdesk operator's day is calls: their panel comes first.
        if (op->role == Role::Helpdesk) {
            showPage(HelpdeskView::pageInfo().id);
        }
        m_signInAction->setText(tr("Sign In as Someone &Else…"));
        refreshWorkspaces();
        statusBar()->showMessage(tr("Working as %1 (%2).").arg(op->displayName.isEmpty() ? op->email : op->displayName,
                                                              roleDisplayName(op->role)),
                                 8000);
    } else {
        m_signInAction->setText(tr("Sign &In…"));
        m_workspaces->clear();
        m_workspaces->setEnabled(false);
        m_seatsLabel->clear();
        m_banner->hide();
    }
    emit operatorChanged();
}

void MainWindow::refreshWorkspaces()
{
    if (!backend() || !backend()->operatorSignIn() || !m_session->currentOperator()) {
        return;
    }
    whenDone(backend()->operatorSignIn()->listWorkspaces(m_session->currentOperator()->accountId), this,
             [this](const Result<QList<WorkspaceSummary>>& result) {
                 if (!result.ok() || !m_session->currentOperator()) {
                     return;
                 }
                 m_workspaces->clear();
                 for (const WorkspaceSummary& workspace : result.value()) {
                     m_workspaces->addItem(bundledIcon(QStringLiteral("workspace")),
                                           tr("%1 (%2)").arg(workspace.name, roleDisplayName(workspace.role)),
                                           QVariant::fromValue(workspace.id));
                     const int row = m_workspaces->count() - 1;
                     m_workspaces->setItemData(row, int(workspace.role), Qt::UserRole + 1);
                     m_workspaces->setItemData(row, workspace.name, Qt::UserRole + 2);
                     std::optional<QString> why;
                     if (workspace.status != Status::Active) {
                         why = tr("You are %1 there.").arg(statusDisplayName(workspace.status).toLower());
                     } else {
                         why = refusal(workspace.role, Action::ViewUsers);
                     }
                     if (why) {
                         m_workspaces->setItemData(row, 0, Qt::UserRole - 1); // disabled
                         m_workspaces->setItemData(row, *why, Qt::ToolTipRole);
                     }
                     if (workspace.id != m_session->workspaceId()) {
                         continue;
                     }
                     m_workspaces->setCurrentIndex(row);
                     m_seatsUsed = workspace.seatsUsed;
                     m_seatCap = workspace.seatCap;
                     m_seatsLabel->setText(
                         workspace.seatCap
                             ? tr("Seats: %1 / %2").arg(workspace.seatsUsed).arg(*workspace.seatCap)
                             : tr("Seats: %1 (no limit)").arg(workspace.seatsUsed));
                     m_seatsLabel->setToolTip(tr("Invited and active members hold a seat; disabled and deleted "
                                                 "members do not."));
                     if (workspace.activeAdmins < 2) {
                         m_banner->setText(
                             workspace.activeAdmins == 0
                                 ? tr("⚠ %1 has no active Admin. Nobody can change its settings; make someone an "
                                      "Admin.")
                                       .arg(workspace.name)
                                 : tr("⚠ %1 has only one active Admin. If they lose access, nobody can manage the "
                                      "workspace: make a second Admin.")
                                       .arg(workspace.name));
                         m_banner->show();
                     } else {
                         m_banner->hide();
                     }
                 }
                 gatherWorkbenchKnowledge();
                 m_workspaces->setEnabled(m_workspaces->count() > 0);
                 m_workspaces->setToolTip(tr("The workspaces you belong to; your role is shown with each."));
                 emit workspacesRefreshed();
             });
}

void MainWindow::invitationsChanged()
{
    m_session->announce(Topic::Invitations | Topic::Members | Topic::AuditLog | Topic::Workspace);
}

void MainWindow::updateSelection()
{
    const QList<UserSummary> users = m_usersView->selectedUsers();
    const qint64 selected = m_usersView->selectedCount();
    const bool one = selected == 1 && users.size() == 1 && !m_usersView->allMatchingSelected();
    m_details->showMember(one ? users.first().accountId : 0, selected);
    m_actions->update();
}

void MainWindow::addPage(QWidget* page, const PageInfo& info)
{
    auto* action = new QAction(info.icon, info.title, this);
    action->setObjectName(info.id + QStringLiteral("PageAction"));
    action->setShortcut(info.shortcut);
    action->setToolTip(info.tip);
    action->setCheckable(true);
    action->setChecked(m_registeredPages.isEmpty()); // the first is shown first
    m_pageActions->addAction(action);
    connect(action, &QAction::triggered, this, [this, id = info.id] { showPage(id); });
    m_pages->addWidget(page);
    m_registeredPages.append({page, info, action});
}

QAction* MainWindow::pageAction(const QString& id) const
{
    for (const RegisteredPage& page : m_registeredPages) {
        if (page.info.id == id) {
            return page.action;
        }
    }
    return nullptr;
}

void MainWindow::showPage(const QString& id)
{
    // Each page reads what it shows when it is shown.
    for (const RegisteredPage& page : std::as_const(m_registeredPages)) {
        if (page.info.id == id && page.action->isEnabled()) {
            m_pages->setCurrentWidget(page.widget);
            page.action->setChecked(true);
            return;
        }
    }
    const RegisteredPage& first = m_registeredPages.first();
    m_pages->setCurrentWidget(first.widget);
    first.action->setChecked(true);
}

QString MainWindow::mailProfile() const
{
    return m_session->profile().name.isEmpty() ? QStringLiteral("local") : m_session->profile().name;
}

void MainWindow::loadMailSettings()
{
    // Nothing goes out until a signed-in operator's workspace settings (and password) are in place.
    const quint64 generation = m_mailGeneration.next();
    m_mailSender->setBackend(nullptr);
    m_mailSender->setOperator(std::nullopt);
    m_mailSender->setSettings({});
    m_mailServerConfigured = false;
    m_invitationsView->setMailConfigured(false);
    m_helpdeskView->setMailConfigured(false);
    m_actions->setMailConfigured(false);
    // Before anyone is signed in to this workspace, nothing is read and nothing is sent.
    if (!backend() || !backend()->outbox() || m_session->workspaceId() == 0 || !m_session->currentOperator()
        || m_session->currentOperator()->workspaceId != m_session->workspaceId()) {
        return;
    }
    const Operator op = *m_session->currentOperator();
    whenCurrent(backend()->outbox()->mailServer(m_session->workspaceId()), this, m_mailGeneration, generation,
             [this, generation, op](const Result<SmtpSettings>& read) {
                 if (!read.ok()) {
                     statusBar()->showMessage(read.error().message, 10000);
                     return;
                 }
                 SmtpSettings settings = read.value();
                 m_mailServerConfigured = settings.isConfigured();
                 m_invitationsView->setMailConfigured(m_mailServerConfigured);
                 m_helpdeskView->setMailConfigured(m_mailServerConfigured);
                 m_actions->setMailConfigured(m_mailServerConfigured);
                 // Only a signed-in operator whose role sends invitations sends the workspace's mail.
                 if (!settings.isConfigured() || refusal(op.role, Action::ResendInvitation)) {
                     return;
                 }
                 if (settings.user.isEmpty()) {
                     startMailSender(settings, op);
                     return;
                 }
                 whenDone(m_credentials->read(mailProfile(), smtpPasswordKey(op.workspaceId)), this,
                          [this, settings, generation, op](const Result<QString>& password) mutable {
                              if (!m_mailGeneration.isCurrent(generation)) {
                                  return;
                              }
                              if (password.ok()) {
                                  settings.password = password.value();
                              } else if (password.error().kind == BackendError::Kind::NotFound) {
                                  askMailPassword(settings, op, generation);
                                  return;
                              } else {
                                  statusBar()->showMessage(
                                      tr("The mail server's password could not be read from the keychain: %1")
                                          .arg(password.error().message),
                                      10000);
                              }
                              startMailSender(settings, op);
                          });
             });
}

void MainWindow::askMailPassword(const SmtpSettings& settings, const Operator& op, quint64 generation)
{
    // Opened, not exec'd: no nested event loop, and tests can answer it.
    auto* ask = new QInputDialog(this);
    ask->setObjectName(QStringLiteral("smtpPasswordPrompt"));
    ask->setAttribute(Qt::WA_DeleteOnClose);
    ask->setWindowTitle(tr("Mail Server Password"));
    ask->setLabelText(tr("This workspace's invitations go out through %1 as %2. Enter that password to send them; "
                         "Usher keeps it in your keychain.")
                          .arg(settings.host, settings.user));
    ask->setTextEchoMode(QLineEdit::Password);
    connect(ask, &QInputDialog::textValueSelected, this, [this, settings, op, generation](const QString& typed) {
        if (!m_mailGeneration.isCurrent(generation) || typed.isEmpty()) {
            return;
        }
        SmtpSettings withPassword = settings;
        withPassword.password = typed;
        whenDone(m_credentials->write(mailProfile(), typed, smtpPasswordKey(op.workspaceId)), this,
                 [this](const Result<Done>& stored) {
                     if (!stored.ok()) {
                         statusBar()->showMessage(stored.error().message, 10000);
                     }
                 });
        startMailSender(withPassword, op);
    });
    connect(ask, &QDialog::rejected, this, [this] {
        statusBar()->showMessage(tr("Invitation mail waits in the outbox until someone with the mail server's "
                                    "password sends it."),
                                 10000);
    });
    ask->open();
}

void MainWindow::startMailSender(const SmtpSettings& settings, const Operator& op)
{
    m_mailSender->setSettings(settings);
    m_mailSender->setOperator(op);
    m_mailSender->setBackend(backend());
}

void MainWindow::updateWorkspaceActions()
{
    Backend* connection = backend();
    const std::optional<Operator>& op = m_session->currentOperator();
    using Feature = Backend::Feature;
    applyGate(m_inviteAction, gateReason(connection, Feature::Invitations, op, Action::InviteUser),
              tr("Invite people by email (Ctrl+I)"));
    applyGate(m_importAction, gateReason(connection, Feature::Import, op, Action::InviteUser),
              tr("Invite and update many people from a spreadsheet (Ctrl+Shift+I)"));
    updateWorkbenchImport();
    applyGate(m_exportAction, gateReason(connection, Feature::Export, op, Action::ViewUsers),
              tr("Everyone, the people listed or the selection, as a CSV file (Ctrl+Shift+E)"));
    applyGate(m_signupSettingsAction, gateReason(connection, Feature::Invitations, op, Action::ViewUsers),
              tr("Public signup, allowed domains, waitlist and defaults"));
    applyGate(m_mailServerAction, gateReason(connection, Feature::Outbox, op, Action::ManageWorkspace),
              tr("The SMTP server invitations are sent through"));
    applyGate(m_directorySyncAction, gateReason(connection, Feature::DirectorySync, op, Action::ManageWorkspace),
              tr("People and groups that follow an LDAP directory"));
    // The pages: each needs what it registered with (the audit log also someone allowed to read it).
    for (const RegisteredPage& page : std::as_const(m_registeredPages)) {
        const PageInfo& info = page.info;
        const std::optional<QString> why = !info.feature ? std::nullopt
            : info.action                                ? gateReason(connection, *info.feature, op, *info.action)
                                                         : gateReason(connection, *info.feature);
        applyGate(page.action, why, info.tip);
    }
    applyGate(m_signInAction, gateReason(connection, Feature::OperatorSignIn), tr("Say who is at the keyboard"));
    m_usersView->setSignupShown(!connection || connection->invitations());
    for (const RegisteredPage& page : std::as_const(m_registeredPages)) {
        if (page.widget == m_pages->currentWidget() && !page.action->isEnabled()) {
            showPage(m_registeredPages.first().info.id); // what it showed cannot be opened now
        }
    }
}

void MainWindow::invitePeople()
{
    if (!backend() || !m_session->currentOperator()) {
        return;
    }
    auto* dialog = new InviteDialog(backend(), *m_session->currentOperator(), m_mailServerConfigured, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &InviteDialog::invitationsCreated, this, [this](int created, bool mailQueued) {
        invitationsChanged();
        if (mailQueued) {
            m_mailSender->kick();
        }
        statusBar()->showMessage(mailQueued ? tr("%n invitation(s) made; the mails are on their way.", nullptr, created)
                                            : tr("%n invitation(s) made.", nullptr, created),
                                 8000);
    });
    dialog->open();
}

void MainWindow::importPeople()
{
    if (ImportWizard* wizard = startImport()) {
        wizard->open();
    }
}

ImportWizard* MainWindow::startImport()
{
    if (!backend() || !backend()->peopleImport() || !m_session->currentOperator()) {
        return nullptr;
    }
    auto* wizard = new ImportWizard(backend(), *m_session->currentOperator(), m_mailServerConfigured, this);
    wizard->setAttribute(Qt::WA_DeleteOnClose);
    connect(wizard, &ImportWizard::imported, this, [this](bool mailQueued) {
        invitationsChanged();
        m_session->announce(Topic::Groups);
        if (mailQueued) {
            m_mailSender->kick();
        }
    });
    return wizard;
}

void MainWindow::exportUsers()
{
    if (!backend() || !backend()->peopleExport() || !m_usersView->model()) {
        return;
    }
    const qint64 selected = m_usersView->allMatchingSelected() ? 0 : m_usersView->selectedCount();
    ExportDialog dialog(m_usersView->listDescription(), selected, this);
    if (dialog.exec() != QDialog::Accepted) {
        return;
    }
    UserExportRequest request = exportRequest(dialog.scope());
    request.columns = dialog.columns();
    request.plainData = dialog.plainData();
    const QString folder = QSettings().value(QStringLiteral("exportDialog/folder")).toString();
    request.path = QFileDialog::getSaveFileName(this, tr("Export Users"), QDir(folder).filePath(tr("users.csv")),
                                                tr("CSV files (*.csv)"));
    if (request.path.isEmpty()) {
        return;
    }
    QSettings().setValue(QStringLiteral("exportDialog/folder"), QFileInfo(request.path).absolutePath());
    exportUsersTo(request);
}

UserExportRequest MainWindow::exportRequest(int scope) const
{
    UserExportRequest request;
    const UserFilter listed = m_usersView->model() ? m_usersView->model()->filter() : UserFilter{};
    request.sort = m_usersView->model() ? m_usersView->model()->sortOrder() : UserSort{};
    request.filter.workspaceId = listed.workspaceId;
    if (scope == ExportDialog::Listed || (scope == ExportDialog::Selected && m_usersView->allMatchingSelected())) {
        request.filter = listed;
    } else if (scope == ExportDialog::Selected) {
        const QSet<Id> ids = m_usersView->selectedIds();
        request.filter.accountIds = QList<Id>(ids.cbegin(), ids.cend());
    }
    return request;
}

void MainWindow::exportUsersTo(const UserExportRequest& request)
{
    if (!backend() || !backend()->peopleExport()) {
        return;
    }
    auto* progress = new QProgressDialog(tr("Exporting…"), tr("Stop"), 0, 0, this);
    progress->setObjectName(QStringLiteral("exportProgress"));
    progress->setWindowTitle(tr("Export Users"));
    progress->setWindowModality(Qt::WindowModal);
    progress->setMinimumDuration(1000);
    progress->setAutoClose(false);
    progress->setAutoReset(false);
    auto* watcher = new QFutureWatcher<Result<qint64>>(this);
    const StopToken stop = request.stop;
    connect(watcher, &QFutureWatcherBase::progressRangeChanged, progress, &QProgressDialog::setRange);
    connect(watcher, &QFutureWatcherBase::progressValueChanged, progress, &QProgressDialog::setValue);
    connect(progress, &QProgressDialog::canceled, this, [stop] { stop.requestStop(); });
    const QString path = request.path;
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher, progress, path] {
        progress->deleteLater();
        watcher->deleteLater();
        if (watcher->future().resultCount() == 0) {
            return;
        }
        const Result<qint64> written = watcher->future().result();
        if (!written.ok()) {
            showError(written.error().message);
            return;
        }
        statusBar()->showMessage(tr("Exported %n person(s) to %1.", nullptr, int(qMin<qint64>(written.value(), INT_MAX)))
                                     .arg(QDir::toNativeSeparators(path)),
                                 8000);
        emit usersExported(written.value());
    });
    watcher->setFuture(backend()->peopleExport()->exportUsers(request));
}

void MainWindow::editSignupSettings()
{
    if (!backend() || !m_session->currentOperator()) {
        return;
    }
    auto* dialog = new SignupSettingsDialog(backend(), *m_session->currentOperator(), m_credentials, mailProfile(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this] {
        statusBar()->showMessage(tr("Signup settings saved."), 6000);
        m_session->announce(Topic::AuditLog | Topic::Workspace);
    });
    dialog->open();
}

void MainWindow::editDirectorySync()
{
    if (!backend() || !backend()->directorySync() || !m_session->currentOperator()) {
        return;
    }
    auto* dialog = new DirectorySyncDialog(m_session, m_credentials, m_session->profile().keychainName(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &DirectorySyncDialog::synced, this, [this] {
        m_session->announce(Topic::Members | Topic::Groups | Topic::AuditLog | Topic::Workspace);
    });
    connect(dialog, &QDialog::finished, m_scheduledSync, &ScheduledSync::reload); // a new schedule, perhaps
    dialog->open();
}

void MainWindow::editMailServer()
{
    if (!backend() || !m_session->currentOperator()) {
        return;
    }
    auto* dialog = new MailSettingsDialog(m_session, m_credentials, mailProfile(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    const Operator op = *m_session->currentOperator();
    connect(dialog, &QDialog::accepted, this, [this, dialog, op] {
        const SmtpSettings settings = dialog->settings();
        m_mailGeneration.next(); // an answer still on its way is older than this
        m_mailServerConfigured = settings.isConfigured();
        m_invitationsView->setMailConfigured(m_mailServerConfigured);
        m_actions->setMailConfigured(m_mailServerConfigured);
        if (m_session->currentOperator() && m_session->currentOperator()->accountId == op.accountId && m_session->currentOperator()->workspaceId == op.workspaceId) {
            startMailSender(settings, op);
        }
        m_session->announce(Topic::AuditLog | Topic::Workspace);
        statusBar()->showMessage(tr("Mail server saved."), 6000);
    });
    dialog->open();
}

void MainWindow::resizeEvent(QResizeEvent* event)
{
    QMainWindow::resizeEvent(event);
    fitToolBar();
}

void MainWindow::fitToolBar()
{
    if (!m_toolbar) {
        return;
    }
    // What the bar needs with every button named, as wide as the window allows.
    const auto needed = [this] {
        int width = 0;
        for (QAction* action : m_toolbar->actions()) {
            if (QWidget* widget = m_toolbar->widgetForAction(action); widget && action->isVisible()) {
                width += widget->sizeHint().width() + m_toolbar->layout()->spacing();
            }
        }
        const int margins = m_toolbar->contentsMargins().left() + m_toolbar->contentsMargins().right()
            + m_toolbar->layout()->contentsMargins().left() + m_toolbar->layout()->contentsMargins().right();
        return width + margins + 8;
    };
    for (QToolButton* button : std::as_const(m_namedToolButtons)) {
        button->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    }
    m_switcher->setMinimumContentsLength(16);
    m_workspaces->setMinimumContentsLength(18);
    if (needed() <= width()) {
        return;
    }
    for (QToolButton* button : std::as_const(m_namedToolButtons)) {
        button->setToolButtonStyle(Qt::ToolButtonIconOnly);
    }
    if (needed() > width()) {
        m_switcher->setMinimumContentsLength(10);
        m_workspaces->setMinimumContentsLength(10);
    }
}

WorkbenchWindow* MainWindow::workbench(bool open)
{
    if (!m_workbench && open) {
        // A window of its own (not a child of this one): it works, and stays open, without a
        // connection.
        m_workbench = new WorkbenchWindow();
        m_workbench->setWindowFlag(Qt::Window);
        updateWorkbenchImport();
        gatherWorkbenchKnowledge(true);
    }
    if (m_workbench && open) {
        m_workbench->show();
        m_workbench->raise();
        m_workbench->activateWindow();
    }
    return m_workbench;
}

void MainWindow::openUserList(const QString& path)
{
    workbench()->openFile(path);
}

void MainWindow::offerUnsavedLists()
{
    QPointer<MainWindow> self(this);
    WorkbenchWindow::offerRecovery(this, [self] {
        if (self) {
            self->workbench()->recover();
        }
    });
}

void MainWindow::updateWorkbenchImport()
{
    if (!m_workbench) {
        return;
    }
    const std::optional<QString> why = gateReason(backend(), Backend::Feature::Import, m_session->currentOperator(),
                                                  Action::InviteUser);
    if (why) {
        m_workbench->setImportHandler({}, why);
        return;
    }
    QPointer<MainWindow> self(this);
    m_workbench->setImportHandler(
        [self](const CsvDocument& document, const QString& name) {
            if (self) {
                self->raise();
                self->activateWindow();
                if (ImportWizard* wizard = self->startImport()) {
                    wizard->openDocument(document, name);
                    wizard->open();
                }
            }
        },
        std::nullopt);
}

void MainWindow::gatherWorkbenchKnowledge(bool force)
{
    // Members are read only up to this many (an export of their addresses): beyond it the
    // workbench checks groups and seats but cannot tell members from new people.
    constexpr qint64 maxMembersRead = 200'000;
    QPointer<Backend> connection = backend();
    if (!m_workbench || !connection || !connection->groups() || !m_session->currentOperator()
        || m_workspaces->currentIndex() < 0) {
        return;
    }
    const QString key = connection->location() + QLatin1Char('|') + m_session->workspaceId().text() + QLatin1Char('|')
        + m_session->currentOperator()->accountId.text();
    if (key == m_knowledgeKey && !force) {
        return; // read already for these (and perhaps forgotten since, as the person chose)
    }
    m_knowledgeKey = key;
    const quint64 generation = ++m_knowledgeGeneration;
    auto knowledge = std::make_shared<WorkspaceKnowledge>();
    knowledge->source = m_session->profile().name.isEmpty() ? QFileInfo(connection->location()).fileName()
                                                           : m_session->profile().name;
    knowledge->workspace = m_workspaces->currentData(Qt::UserRole + 2).toString();
    knowledge->takenAt = QDateTime::currentDateTimeUtc();
    knowledge->seatsUsed = m_seatsUsed;
    knowledge->seatCap = m_seatCap;
    knowledge->salt = WorkspaceKnowledge::newSalt();
    const Id workspaceId = m_session->workspaceId();
    // An answer for a connection closed or replaced meanwhile, or an older request, is dropped.
    auto current = [this, generation, connection] {
        return generation == m_knowledgeGeneration && m_workbench && connection && connection == backend();
    };
    whenDone(connection->groups()->listGroups(workspaceId), this,
             [this, knowledge, workspaceId, current, maxMembersRead](const Result<QList<GroupSummary>>& groups) {
                 if (!current() || !groups.ok()) {
                     return;
                 }
                 for (const GroupSummary& group : groups.value()) {
                     knowledge->groups.append(group.name);
                     if (group.synced) {
                         knowledge->syncedGroups.append(group.name);
                     }
                 }
                 Backend* connection = backend(); // the same, as current() says
                 if (!connection->peopleExport() || m_seatsUsed > maxMembersRead) {
                     m_workbench->setKnowledge(*knowledge);
                     return;
                 }
                 // The addresses pass through a private temporary file and are kept only as hashes.
                 auto folder = std::make_shared<QTemporaryDir>();
                 UserExportRequest request;
                 request.filter.workspaceId = workspaceId;
                 request.columns = {ExportColumn::Email};
                 request.plainData = true;
                 request.path = folder->filePath(QStringLiteral("members.csv"));
                 whenDone(connection->peopleExport()->exportUsers(request), this,
                          [this, knowledge, folder, path = request.path, current](const Result<qint64>& exported) {
                              if (!current() || !exported.ok()) {
                                  return;
                              }
                              whenDone(QtConcurrent::run([knowledge, folder, path] {
                                           QFile file(path);
                                           if (file.open(QIODevice::ReadOnly)) {
                                               readUserList(&file, {}, [&](const UserListRow& row, const UserListSummary&) {
                                                   if (!row.email.isEmpty()) {
                                                       knowledge->addMember(row.email);
                                                   }
                                                   return true;
                                               });
                                               knowledge->membersKnown = true;
                                               file.remove();
                                           }
                                           return true;
                                       }),
                                       this, [this, knowledge, current](bool) {
                                           if (current()) {
                                               m_workbench->setKnowledge(*knowledge);
                                           }
                                       });
                          });
             });
}

void MainWindow::dragEnterEvent(QDragEnterEvent* event)
{
    if (event->mimeData()->hasUrls()) {
        event->acceptProposedAction();
    }
}

void MainWindow::dropEvent(QDropEvent* event)
{
    // A list of people dropped on the window opens in the workbench, to check or fix first.
    for (const QUrl& url : event->mimeData()->urls()) {
        if (url.isLocalFile()) {
            openUserList(url.toLocalFile());
        }
    }
    event->acceptProposedAction();
}

void MainWindow::closeEvent(QCloseEvent* event)
{
    if (m_workbench && m_workbench->isVisible() && !m_workbench->close()) {
        event->ignore(); // a list with unsaved changes stays, as asked
        return;
    }
    QSettings settings;
    settings.setValue(geometryKey, saveGeometry());
    settings.setValue(stateKey, saveState());
    m_usersView->saveState();
    event->accept();
}

} // namespace usher
