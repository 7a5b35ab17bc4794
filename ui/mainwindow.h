#pragma once

#include "core/userexport.h"

#include "connection/whendone.h"
#include "connection/backend.h"
#include "connection/connectionprofile.h"
#include "connection/session.h"
#include "ui/backendfactory.h"
#include "ui/common/page.h"

#include <QHash>
#include <QMainWindow>
#include <QPointer>
#include <functional>
#include <optional>
#include <memory>

class QActionGroup;
class QComboBox;
class QToolBar;
class QToolButton;
class QLabel;
class QStackedWidget;

namespace usher {

class AuditView;
class GroupsView;
class InvitationsView;
class HelpdeskView;
class MailSender;
class CredentialStore;
class MemberActions;
class UserDetailsPanel;
class SavedViewsModel;
class UsersModel;
class UsersView;
class WorkbenchWindow;
class ImportWizard;
class ScheduledSync;

/// Usher's main window: menus, the connection switcher, the users screen and the status bar.
class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    explicit MainWindow(BackendFactory factory, QWidget* parent = nullptr);
    ~MainWindow() override;

    /// Opens a local SQLite file asynchronously. When `sampleCount` > 0 and the database has
    /// no members yet, sample data is loaded once it is open.
    void openDatabase(const QString& path, int sampleCount = 0);
    /// Opens a connection profile. A server's password comes from this session, then the
    /// keychain, then the person (asked again when the server refuses it).
    void openProfile(const ConnectionProfile& profile, int sampleCount = 0);
    /// Adds `count` sample people, with progress and cancel.
    void loadSampleData(int count);
    /// Enables Load Sample Data only where the backend would accept it, saying why not.
    void updateSampleAction();
    /// Opens the connections dialog, showing `name` when given.
    /// The connections dialog, showing `shown` (the open connection, or one that failed).
    void manageConnections(const ConnectionProfile& shown = {});

    /// Who the person at the keyboard is, from --as: used instead of asking on a local
    /// database (and to set up its first Admin).
    void setOperatorHint(const QString& name, const QString& email);
    /// Asks who is at the keyboard (sign in, or set up the first Admin).
    void signIn();
    const std::optional<Operator>& currentOperator() const { return m_session->currentOperator(); }
    /// Shows the page registered as `id` ("users", "groups", "audit", "invitations"), when it
    /// can be opened now; otherwise the users.
    void showPage(const QString& id);
    /// The View menu's action that opens a page (disabled, with the reason, when it cannot).
    QAction* pageAction(const QString& id) const;

    Backend* backend() const { return m_session->backend(); }
    /// The connection, workspace and operator the screens share.
    Session* session() const { return m_session; }
    MemberActions* memberActions() const { return m_actions; }
    UserDetailsPanel* detailsPanel() const { return m_details; }
    AuditView* auditView() const { return m_auditView; }
    GroupsView* groupsView() const { return m_groupsView; }
    InvitationsView* invitationsView() const { return m_invitationsView; }
    HelpdeskView* helpdeskView() const { return m_helpdeskView; }
    MailSender* mailSender() const { return m_mailSender; }
    /// Opens the invite dialog (I1).
    void invitePeople();
    /// Opens the import wizard (B1).
    void importPeople();
    /// A new import wizard, not shown yet, or none when no connection and operator may import.
    ImportWizard* startImport();
    /// Asks what to export and where, then exports (B3).
    void exportUsers();
    /// What an export of `scope` (ExportDialog::Scope) covers now, without its path and columns.
    UserExportRequest exportRequest(int scope) const;
    /// Runs an export with progress and Stop; usersExported() or an error follows.
    void exportUsersTo(const UserExportRequest& request);
    void editSignupSettings();
    void editMailServer();
    void editDirectorySync();
    /// The name the SMTP settings and captcha keys of this connection are filed under.
    QString mailProfile() const;
    UsersView* usersView() const { return m_usersView; }
    CredentialStore* credentials() const { return m_credentials; }
    const ConnectionProfile& profile() const { return m_session->profile(); }

    /// The offline CSV workbench (B2), opened (and raised) when asked; none until then.
    WorkbenchWindow* workbench(bool open = true);
    /// Opens a user list in the workbench.
    void openUserList(const QString& path);
    /// Offers the user lists a crashed or killed Usher left unsaved, when there are any.
    void offerUnsavedLists();

    /// The local SQLite database used when no profile is chosen.
    static QString localDatabasePath();
    static constexpr int defaultSampleCount = 500;

signals:
    /// The database is open and its users are being listed.
    void databaseOpened(const QString& location);
    /// The database was refused; the error dialog is showing.
    void databaseFailed(const QString& location, const QString& reason);
    void sampleDataLoaded(qint64 added);
    /// An export wrote this many people.
    void usersExported(qint64 count);
    /// The operator was identified (or changed workspace).
    void operatorChanged();
    /// The workspaces, seats and Admin counts were read again.
    void workspacesRefreshed();

protected:
    void closeEvent(QCloseEvent* event) override;
    void resizeEvent(QResizeEvent* event) override;
    void dragEnterEvent(QDragEnterEvent* event) override;
    void dropEvent(QDropEvent* event) override;

private:
    /// Adds a page: to the stack, the View menu and the toolbar (in the order added), gated by
    /// updateWorkspaceActions().
    void addPage(QWidget* page, const PageInfo& info);
    void createActions();
    void refreshSwitcher();
    /// Where the file dialogs start: the open file's folder, or the local database's.
    QString fileDialogFolder() const;
    void chooseDatabaseToOpen();
    void chooseDatabaseToCreate();
    void askPassword(const ConnectionProfile& profile, const QString& problem, bool keychainAvailable);
    void connectionStageChanged(Session::Stage stage);
    void connectionOpened(const ConnectionProfile& profile, const OpenInfo& info);
    /// Before the session's backend changes: the screens reading from it let go.
    void closeScreensOfBackend();
    /// The mail sender and the users table's models let go of the backend.
    void releaseModels();
    void showOpenError(const ConnectionProfile& profile, const BackendError& error);
    void forgetAllPasswords();
    void updateCount();
    void refreshGroups();
    /// Stops the mail sender, then reads the workspace's mail server (and the password from this
    /// operator's keychain, or asks for it) and starts the sender as the signed-in operator, when
    /// their role may send invitations.
    void loadMailSettings();
    /// Asks for the mail server's password the keychain does not hold, keeps it there, then sends.
    void askMailPassword(const SmtpSettings& settings, const Operator& op, quint64 generation);
    void startMailSender(const SmtpSettings& settings, const Operator& op);
    void updateWorkspaceActions();
    void showError(const QString& message);
    void showAbout();
    /// Shows workspace `id`: its users, views, groups and audit log.
    void showWorkspace(const Id& id, const QString& name);
    /// Finds out who the operator is once a database is open, then calls `then`.
    /// Shows the sign-in the session asks for.
    void askOperator(Session::SignInMode mode, const QString& email, const QString& problem);
    /// Signing in after an open ended: the sample people asked for with a new database come now.
    void signInSettled();
    /// The session's operator changed: actions, workspaces and the outbox follow.
    void operatorUpdated();
    void setOperator(const std::optional<Operator>& op);
    void refreshWorkspaces();
    /// Invitations were made or changed here: tells every screen that shows them or whom they hold.
    void invitationsChanged();
    void updateSelection();
    /// The workbench's Import This List… follows the connection and the operator's role.
    void updateWorkbenchImport();
    /// Reads what the workbench checks lists against (the workspace's groups, members' addresses
    /// as hashes, seats) and hands it over, once the workbench is open: when it opens (`force`)
    /// and when the connection, workspace or operator changes, not on every refresh.
    void gatherWorkbenchKnowledge(bool force = false);

    CredentialStore* m_credentials;
    ProfileStore m_profiles;
    Session* m_session;
    /// Typed passwords not kept in a keychain, in memory only, by server location (so a
    /// password never goes to another server when a profile is edited).
    std::unique_ptr<KeychainCredentials> m_keychain; ///< The session's credential strategy.
    int m_pendingSampleCount = 0; ///< Sample people to add once the connection being made opens.
    int m_sampleAfterSignIn = 0; ///< …and once its sign-in has settled.
    UsersModel* m_model = nullptr;
    SavedViewsModel* m_savedViews = nullptr;
    UsersView* m_usersView;
    AuditView* m_auditView;
    GroupsView* m_groupsView;
    InvitationsView* m_invitationsView;
    HelpdeskView* m_helpdeskView;
    MailSender* m_mailSender;
    QLabel* m_mailStatus;
    Latest m_mailGeneration; ///< Drops answers for a connection, workspace or operator no longer shown.
    bool m_mailServerConfigured = false; ///< The workspace has a mail server (whoever may send through it).
    QAction* m_importAction = nullptr;
    QPointer<WorkbenchWindow> m_workbench;
    quint64 m_knowledgeGeneration = 0;
    QString m_knowledgeKey; ///< The connection, workspace and operator the knowledge was last read for.
    qint64 m_seatsUsed = 0;               ///< The shown workspace's seats, as last read.
    std::optional<qint64> m_seatCap;
    QAction* m_exportAction = nullptr;
    QAction* m_inviteAction = nullptr;
    QAction* m_signupSettingsAction = nullptr;
    QAction* m_mailServerAction = nullptr;
    QAction* m_directorySyncAction = nullptr;
    ScheduledSync* m_scheduledSync = nullptr;
    UserDetailsPanel* m_details;
    MemberActions* m_actions;
    QStackedWidget* m_pages;
    QLabel* m_banner;
    QComboBox* m_workspaces;
    QLabel* m_seatsLabel;
    /// The pages, in the order they registered (the View menu's and the toolbar's).
    struct RegisteredPage
    {
        QWidget* widget;
        PageInfo info;
        QAction* action;
    };
    QList<RegisteredPage> m_registeredPages;
    QActionGroup* m_pageActions;
    QAction* m_signInAction = nullptr;
    QComboBox* m_switcher;
    QToolBar* m_toolbar = nullptr;
    QList<QToolButton*> m_namedToolButtons; ///< The toolbar buttons shown with names where there is room.
    /// Shows the toolbar's page and invite buttons with their names where the window is wide
    /// enough for every button, with icons alone (names in tooltips) where it is not.
    void fitToolBar();
    QLabel* m_countLabel;
    QLabel* m_locationLabel;
    QAction* m_sampleAction = nullptr;
    QAction* m_refreshAction = nullptr;
};

} // namespace usher
