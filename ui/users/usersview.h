#pragma once

#include "core/group.h"
#include "core/userquery.h"

#include <QSet>
#include <QWidget>

class QActionGroup;
class QComboBox;
class QLineEdit;
class QMenu;
class QSplitter;
class QStackedWidget;
class QTableView;
class QTimer;
class QToolButton;
class QTreeView;
class QTreeWidget;

namespace usher {

class EmptyState;
class SavedViewsModel;
class UsersModel;

/// The users screen: search box, status filter and the table, with helpful empty states.
class UsersView : public QWidget
{
    Q_OBJECT
public:
    explicit UsersView(QWidget* parent = nullptr);

    /// Shows the given models (or none). The view owns neither.
    void setModel(UsersModel* model, SavedViewsModel* savedViews = nullptr);
    /// The groups offered in the Filters menu.
    void setGroups(const QList<GroupSummary>& groups);
    /// Shows one of the saved views (U2) in the table.
    void showSavedView(SavedView view);
    SavedView currentSavedView() const { return m_currentView; }
    UsersModel* model() const { return m_model; }
    QTableView* table() const { return m_table; }

    /// Shown when no database is open: offers to open or create one.
    void showNoDatabase();
    void focusSearch();
    void clearFilters();

    /// Selects every member matching the filter, loaded or not ("all N matching").
    void selectAllMatching();
    /// How many users are selected, counting "all N matching" users that are not loaded.
    qint64 selectedCount() const;
    /// The selected users' ids (loaded rows), empty when allMatchingSelected().
    QSet<qint64> selectedIds() const { return m_selectedIds; }
    bool allMatchingSelected() const { return m_allMatching; }

    /// The selected users whose rows are loaded (all of them unless "all matching" or a
    /// Shift-range reaches past what was fetched).
    QList<UserSummary> selectedLoadedUsers() const;
    /// Puts `panel` (the details panel) to the right of the table.
    void setDetailsPanel(QWidget* panel);

    void saveState() const;
    void restoreState();

    /// How long typing waits before the search runs.
    static constexpr int searchDelayMs = 200;

    /// The counts beside "Invitations" and "Waitlist" in the side list; -1: not known.
    void setSignupCounts(qint64 invitations, qint64 waiting);

signals:
    /// "Invitations" or "Waitlist" was chosen in the side list.
    void signupPageRequested(bool waitlist);
    /// The selection changed; selectedCount() tells how many users.
    void selectionChanged();
    void loadSampleDataRequested();
    void openDatabaseRequested();
    void newDatabaseRequested();
    /// A row was activated (double-click, Enter): open it for editing.
    void userActivated(qint64 accountId);
    /// The table's context menu was asked for at `globalPosition`.
    void contextMenuRequested(const QPoint& globalPosition);

private:
    void applyFilter();
    void updatePage();
    void showColumnMenu(const QPoint& position);
    QToolButton* createFiltersButton();
    void updateFiltersButton();
    void rememberSelection();
    void restoreSelection();
    void selectArrivedRows(int page);
    void forgetSelection();

    UsersModel* m_model = nullptr;
    SavedViewsModel* m_savedViews = nullptr;
    SavedView m_currentView = SavedView::AllUsers;
    QLineEdit* m_search;
    QComboBox* m_statusFilter;
    QSplitter* m_splitter;
    QTreeView* m_viewsList;
    QTreeWidget* m_signupList;
    QStackedWidget* m_stack;
    QTableView* m_table;
    EmptyState* m_empty;
    QTimer* m_searchDelay;
    QToolButton* m_filtersButton = nullptr;
    QActionGroup* m_roleChoice = nullptr;
    QActionGroup* m_sourceChoice = nullptr;
    QActionGroup* m_seenChoice = nullptr;
    QActionGroup* m_groupChoice = nullptr;
    QMenu* m_groupMenu = nullptr;
    bool m_restoredHeader = false;
    QSet<qint64> m_selectedIds; ///< The selection by user id, so it survives reloads.
    bool m_allMatching = false; ///< Every member matching the filter, loaded or not.
    bool m_restoringSelection = false;
};

} // namespace usher
