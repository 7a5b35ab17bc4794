#pragma once

#include "core/lifecycle.h"

#include <QObject>
#include <optional>

class QAction;
class QMenu;
class QWidget;

namespace usher {

class Session;

class Backend;
class UsersView;

/// The actions on members (U4-U6, U9, B4): New, Edit, Change Role, Disable, Reactivate, Delete,
/// Restore, Remove from Workspace and Send Invitation Again, for the menus, the toolbar and the table's context
/// menu. Actions the operator may not take stay visible, disabled, with the reason as their
/// tooltip. Confirms what is destructive, then asks the backend and reports per member.
class MemberActions : public QObject
{
    Q_OBJECT
public:
    explicit MemberActions(QWidget* window);

    /// What the actions work on; a null backend disables them all.
    /// Follows the session (its backend and operator), acting on the people `view` lists.
    void setSession(Session* session, UsersView* view);
    void setContext(Backend* backend, UsersView* view);
    void setOperator(const std::optional<Operator>& op);
    const std::optional<Operator>& currentOperator() const { return m_operator; }

    QAction* newUserAction() const { return m_newUser; }
    QAction* editAction() const { return m_edit; }
    QAction* disableAction() const { return m_disable; }
    QAction* reactivateAction() const { return m_reactivate; }
    QAction* deleteAction() const { return m_delete; }
    QAction* restoreAction() const { return m_restore; }
    QAction* removeAction() const { return m_remove; }
    QAction* eraseAction() const { return m_erase; }
    QAction* exportDataAction() const { return m_exportData; }
    /// Writes the subject-access export of `accountId` to `path` (what Export Personal Data…
    /// does once a file is chosen), with progress and Stop.
    void exportPersonalDataTo(const Id& accountId, const QString& path);
    QAction* roleAction(Role role) const;
    QMenu* roleMenu() const { return m_roleMenu; }
    QAction* addToGroupAction() const { return m_addToGroup; }
    QAction* removeFromGroupAction() const { return m_removeFromGroup; }
    QAction* resendAction() const { return m_resend; }
    /// Whether the workspace has a mail server, without which invitations are not sent again from here.
    void setMailConfigured(bool configured);
    /// Every member action in menu order (nullptr marks a separator).
    QList<QAction*> actions() const;

    /// Re-evaluates what is enabled, and why not, for the current selection.
    void update();
    /// Opens the edit dialog for `accountId` (after reading the member afresh).
    void editUser(const Id& accountId);
    /// The context menu of the users table.
    void showContextMenu(const QPoint& globalPosition);

signals:
    /// Members changed: views, counts and seats should be read again.
    void membersChanged();
    void message(const QString& text);
    /// Invitations were sent again: their mails wait in the outbox.
    void mailQueued();

private:
    /// Why `operation` cannot be applied to the selection now, or nothing.
    std::optional<QString> refusalFor(MemberOperation operation, Role newRole = Role::Member) const;
    void run(MemberOperation operation, Role role = Role::Member);
    /// Why the selection's invitations cannot be sent again now, or nothing.
    std::optional<QString> resendRefusal() const;
    void resendInvitations();
    void start(const MemberChange& change, const QString& title);
    QString bulkTitle(MemberOperation operation, qint64 count, Role role) const;
    /// What a change acts on: exactly the selected people (loaded or not), or, only when
    /// Select All chose it, every member the filter matches.
    struct Selection
    {
        QList<UserSummary> users;
        std::optional<UserFilter> matching;
        qint64 count = 0;
    };
    Selection selection() const;
    /// Names who a change acts on, for confirmations: the person, or how many.
    QString whoText(const Selection& chosen) const;
    /// Asks which group, then adds the selection to it or removes it, reporting per member (G3).
    void changeGroup(bool add);
    /// Why the selection's personal data cannot be erased now, or nothing (U7).
    std::optional<QString> erasureRefusal() const;
    /// Reads what erasing the selected person removes, confirms it, then erases (U7).
    void erasePerson();
    /// Why the selection's personal data cannot be exported now, or nothing (U8).
    std::optional<QString> exportRefusal() const;

    QWidget* m_window;
    Backend* m_backend = nullptr;
    UsersView* m_view = nullptr;
    std::optional<Operator> m_operator;
    QAction* m_newUser;
    QAction* m_edit;
    QAction* m_disable;
    QAction* m_reactivate;
    QAction* m_delete;
    QAction* m_restore;
    QAction* m_remove;
    QAction* m_roleMenuAction;
    QAction* m_addToGroup;
    QAction* m_removeFromGroup;
    QAction* m_resend;
    QAction* m_erase;
    QAction* m_exportData;
    bool m_mailConfigured = false;
    QMenu* m_roleMenu;
    QHash<int, QAction*> m_roleActions;
};

} // namespace usher
