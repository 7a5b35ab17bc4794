#pragma once

#include "connection/whendone.h"
#include "core/lifecycle.h"

#include <QIcon>
#include <QWidget>
#include <optional>

class QLabel;
class QListWidget;
class QPushButton;
class QStackedWidget;
class QTabWidget;
class QToolButton;
class QTreeWidget;

namespace usher {

class ElidedLabel;

class Session;

class Backend;
class MemberActions;

/// The details of the selected member beside the table (U3): profile and picture, status,
/// role, groups, sign-in history, active sessions (revoke one or all) and the audit events
/// about them. Read from the backend whenever the selection or the data changes.
class UserDetailsPanel : public QWidget
{
    Q_OBJECT
public:
    explicit UserDetailsPanel(QWidget* parent = nullptr);

    /// Follows the session: its backend, workspace and operator, and changes to what it shows.
    void setSession(Session* session);
    void setContext(Backend* backend, const Id& workspaceId);
    void setOperator(const std::optional<Operator>& op);
    /// Offers the Users menu's actions that fit the shown person's status (Disable, Reactivate,
    /// Send Invitation Again, Restore) as buttons beside Edit.
    void setMemberActions(MemberActions* actions);
    /// Shows `accountId` (0: nobody); `selected` tells how many users are selected.
    void showMember(const Id& accountId, qint64 selected = 1);
    /// Reads the shown member again.
    void reload();
    const Id& accountId() const { return m_accountId; }

signals:
    void editRequested(const Id& accountId);
    /// "Password Help…": the helpdesk panel, with this person.
    void passwordHelpRequested(const Id& accountId);
    /// Sessions were revoked or group memberships changed: the data changed.
    void membersChanged();

private:
    void fill(const MemberDetails& details);
    void revoke(const Id& sessionId);
    void unlockSignIn();
    void updateRevokeButtons();
    void showStatusActions(Status status);
    /// The tabs' names where they all fit, their icons alone where they do not.
    void fitTabs();
    bool eventFilter(QObject* watched, QEvent* event) override;
    /// Lists every group of the workspace, ticking the member's (check to add, uncheck to remove).
    void fillGroups();
    void toggleGroup(const Id& groupId, bool add);

    Backend* m_backend = nullptr;
    Id m_workspaceId;
    std::optional<Operator> m_operator;
    Id m_accountId;
    std::optional<MemberDetails> m_details;
    Latest m_generation;
    QStackedWidget* m_stack;
    QLabel* m_placeholder;
    QLabel* m_avatar;
    ElidedLabel* m_name;
    ElidedLabel* m_email;
    QLabel* m_badges;
    QPushButton* m_edit;
    QToolButton* m_disable;
    QToolButton* m_reactivate;
    QToolButton* m_resend;
    QToolButton* m_restore;
    bool m_hasActions = false;
    QTabWidget* m_tabs;
    QStringList m_tabNames;
    QList<QIcon> m_tabIcons;
    QLabel* m_profile;
    QListWidget* m_groups;
    QLabel* m_groupProblem;
    QLabel* m_groupDone; ///< What the last tick did, with an Undo.
    struct LastGroupChange
    {
        Id accountId;
        Id groupId;
        bool add = true;
    };
    std::optional<LastGroupChange> m_lastGroupChange;
    bool m_undoing = false; ///< The next toggleGroup() undoes the last one (no Undo is offered for it).
    QLabel* m_groupsHeading;
    QLabel* m_permissionsHeading;
    QTreeWidget* m_permissions;
    QList<GroupSummary> m_allGroups;
    QTreeWidget* m_signIns;
    QTreeWidget* m_sessions;
    QLabel* m_sessionsHeading;
    QLabel* m_signInsHeading;
    QPushButton* m_revoke;
    QPushButton* m_revokeAll;
    QPushButton* m_unlockSignIn;
    QPushButton* m_passwordHelp;
    QTreeWidget* m_audit;
};

} // namespace usher
