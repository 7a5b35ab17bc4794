#pragma once

#include "core/group.h"
#include "core/lifecycle.h"
#include "ui/common/page.h"

#include <QWidget>

#include <optional>

class QAction;
class QLabel;
class QLineEdit;
class QStackedWidget;
class QTableView;
class QTimer;

namespace usher {

class Session;

class Backend;
class EmptyState;
class GroupMembersModel;
class GroupsModel;

/// The Groups page (G1-G3): the workspace's groups, sortable and searchable, and beside them
/// the selected group (source, what it grants) with its members and since when. Create, edit,
/// delete (after showing who loses what), add members through a picker, remove the selected
/// ones, and export the members for an access review. Actions the operator may not take stay
/// visible, disabled, with the reason.
class GroupsView : public QWidget
{
    Q_OBJECT
public:
    /// How the main window lists and gates this page.
    static PageInfo pageInfo();
    explicit GroupsView(QWidget* parent = nullptr);

    /// A null backend empties the page.
    /// Follows the session: its backend (when it has groups), workspace and operator, and
    /// changes to groups and members while the page is shown.
    void setSession(Session* session);
    void setContext(Backend* backend, const Id& workspaceId);
    void setOperator(const std::optional<Operator>& op);
    /// Reads groups and members again, keeping the selected group.
    void refresh();

    GroupsModel* model() const { return m_model; }
    GroupMembersModel* membersModel() const { return m_members; }
    /// The selected group, when one is.
    std::optional<GroupSummary> currentGroup() const;
    /// Selects group `id` once it is loaded.
    void selectGroup(const Id& id);
    /// Writes every member of the current group to `path` (off the GUI thread).
    void exportMembersTo(const QString& path);

    QAction* newGroupAction() const { return m_new; }
    QAction* editGroupAction() const { return m_edit; }
    QAction* deleteGroupAction() const { return m_delete; }
    QAction* addMembersAction() const { return m_addMembers; }
    QAction* removeMembersAction() const { return m_removeMembers; }
    QAction* exportMembersAction() const { return m_export; }

signals:
    /// Groups or memberships changed: the users table and details should be read again.
    void groupsChanged();
    void message(const QString& text);
    void errorOccurred(const QString& message);

protected:
    /// Reads the page again, in place: what changed while it was hidden.
    void showEvent(QShowEvent* event) override;

private:
    void updateActions();
    void showCurrentGroup();
    void newGroup();
    void editGroup();
    void deleteGroup();
    void addMembers();
    void removeMembers();
    void changeMembers(const GroupMembersChange& change, const QString& title);
    void updateEmptyState();

    Backend* m_backend = nullptr;
    Id m_workspaceId;
    std::optional<Operator> m_operator;
    GroupsModel* m_model = nullptr;
    GroupMembersModel* m_members = nullptr;
    Id m_wantedGroup;

    QLineEdit* m_search;
    QTimer* m_typingDelay;
    QStackedWidget* m_listStack;
    QTableView* m_table;
    EmptyState* m_empty;
    QLabel* m_title;
    QLabel* m_info;
    QLabel* m_grants;
    QLineEdit* m_memberSearch;
    QTableView* m_memberTable;
    QLabel* m_memberCount;
    QAction* m_new;
    QAction* m_edit;
    QAction* m_delete;
    QAction* m_addMembers;
    QAction* m_removeMembers;
    QAction* m_export;
};

} // namespace usher
