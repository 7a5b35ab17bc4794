#pragma once

#include "core/group.h"
#include "core/userquery.h"
#include "ui/common/page.h"

#include <QHash>
#include <QItemSelectionModel>
#include <QSet>
#include <QWidget>

#include <optional>

class QLabel;
class QActionGroup;
class QComboBox;
class QLineEdit;
class QMenu;
class QScrollBar;
class QSplitter;
class QStackedWidget;
class QTableView;
class QTimer;
class QToolButton;
class QTreeView;
class QTreeWidget;

namespace usher {

class EmptyState;
class UsersTable;
class SavedViewsModel;
class UsersModel;

/// The users screen: search box, status filter and the table, with helpful empty states.
class UsersView : public QWidget
{
    Q_OBJECT
public:
    /// How the main window lists and gates this page.
    static PageInfo pageInfo();
    explicit UsersView(QWidget* parent = nullptr);

    /// Shows the given models (or none). The view owns neither.
    void setModel(UsersModel* model, SavedViewsModel* savedViews = nullptr);
    /// The groups offered in the Filters menu.
    void setGroups(const QList<GroupSummary>& groups);
    /// Shows one of the saved views (U2) in the table.
    void showSavedView(SavedView view);
    SavedView currentSavedView() const { return m_currentView; }
    /// What the table lists now, for people: the view, the search and whether filters apply
    /// ("Everyone, search “ada”, filtered").
    QString listDescription() const;
    UsersModel* model() const { return m_model; }
    QTableView* table() const { return m_table; }
    /// The scrollbar over the whole listing: the table's own while the listing fits the
    /// model's window, the one beside the table (counted in rows) when it is longer.
    QScrollBar* rowScrollBar() const;
    /// Scrolls listing row `row` to the top of the table, sliding the model's window as needed.
    void scrollToRow(qint64 row);

    /// Shown when no database is open: offers to open or create one.
    void showNoDatabase();
    void focusSearch();
    void clearFilters();

    /// Selects every member matching the filter, loaded or not ("all N matching").
    void selectAllMatching();
    /// How many people are selected: all matching, or those chosen (loaded or not, plus rows
    /// of a Shift-range whose page is still on its way).
    qint64 selectedCount() const;
    /// The selected people, whether or not their rows are loaded; empty when allMatchingSelected().
    QSet<Id> selectedIds() const { return QSet<Id>(m_selected.keyBegin(), m_selected.keyEnd()); }
    /// "All matching" is only ever what Select All chose.
    bool allMatchingSelected() const { return m_allMatching; }
    /// The selected people as last read (refreshed after every reload and filter change).
    QList<UserSummary> selectedUsers() const;
    /// Why the selection cannot be acted on yet (rows still loading, or being checked against
    /// the view after a change), or nothing.
    std::optional<QString> selectionNotReady() const;
    /// A larger selection is dropped rather than checked person by person after a filter change.
    static constexpr int maxCheckedSelection = 5000;
    /// Puts `panel` (the details panel) to the right of the table.
    void setDetailsPanel(QWidget* panel);
    /// View ▸ Details Panel: checked while the details panel is shown. Hiding it (or dragging it
    /// closed) gives its width to the table; the choice and the panel's width are remembered.
    QAction* detailsPanelAction() const { return m_detailsAction; }

    void saveState() const;
    void restoreState();

    /// How long typing waits before the search runs.
    static constexpr int searchDelayMs = 200;

    /// The counts beside "Invitations" and "Waitlist" in the side list; -1: not known.
    void setSignupCounts(qint64 invitations, qint64 waiting);
    /// Shows or hides the Joining list (a connection without invitations has none).
    void setSignupShown(bool shown);

signals:
    /// "Invitations" or "Waitlist" was chosen in the side list.
    void signupPageRequested(bool waitlist);
    /// The selection changed; selectedCount() tells how many users.
    void selectionChanged();
    void loadSampleDataRequested();
    void openDatabaseRequested();
    void newDatabaseRequested();
    /// A row was activated (double-click, Enter): open it for editing.
    void userActivated(const Id& accountId);
    /// The table's context menu was asked for at `globalPosition`.
    void contextMenuRequested(const QPoint& globalPosition);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;
    void showEvent(QShowEvent* event) override;

private:
    /// Shares the table's width out between its columns, until the person sets one's width.
    void fitColumns();
    /// The side list, table and details panel's first widths, once there is a width to share.
    void arrangeSplitter();
    /// Shows or hides the details panel (View ▸ Details Panel).
    void showDetailsPanel(bool shown);
    /// The side list's width for its longest line, in the person's language.
    int sideWidth() const;
    /// The splitter's sizes and whether the details panel is shown, as last left.
    void restoreSplitter();
    /// Shows what the connection cannot sort or search, and the notes it gives.
    void applyAbilities();
    void applyFilter();
    void updatePage();
    void showColumnMenu(const QPoint& position);
    QToolButton* createFiltersButton();
    void updateFiltersButton();
    void rememberSelection(const QItemSelection& selected, const QItemSelection& deselected);
    void restoreSelection();
    void selectArrivedRows(int first, int last);
    /// The model's window slid: the same rows show other people, the scroll position and the
    /// shown selection follow the people.
    void followWindow(int delta);
    /// Shows the listing scrollbar when the listing is longer than the window, and puts it where the table is.
    void updateRowScroll();
    void tableScrolled(int pixels);
    void rowScrolled(int row);
    int rowHeight() const;
    /// Whole rows the table shows at once.
    int visibleRows() const;
    void forgetSelection();
    void positionsLost();
    void checkListed();
    void keepListed(const QSet<Id>& asked, const QList<UserSummary>& listed);
    void loadPendingRows();
    void selectRowsQuietly(const QItemSelection& rows, QItemSelectionModel::SelectionFlags command);
    void forgetRow(int row);
    void placeAt(int row, const UserSummary& user);
    qint64 pendingCount() const;
    void removePending(int first, int last);
    bool isPending(int row) const;

    UsersModel* m_model = nullptr;
    SavedViewsModel* m_savedViews = nullptr;
    SavedView m_currentView = SavedView::AllUsers;
    QLineEdit* m_search;
    QComboBox* m_statusFilter;
    QSplitter* m_splitter;
    QWidget* m_detailsPanel = nullptr;
    QAction* m_detailsAction = nullptr;
    int m_detailsWidth = 340; ///< The panel's last width while shown, to show it again at.
    bool m_arranged = false; ///< arrangeSplitter() has shared the first width out.
    bool m_columnsArranged = false; ///< The person set a column's width (now or before): fitColumns() leaves them.
    bool m_fittingColumns = false;
    QTreeView* m_viewsList;
    QLabel* m_signupHeading;
    QLabel* m_serviceNote = nullptr;
    /// Columns hidden because the connection has no such data (shown again for one that has).
    QSet<int> m_hiddenForLack;
    QTreeWidget* m_signupList;
    QStackedWidget* m_stack;
    UsersTable* m_usersTable;
    QTableView* m_table;
    QScrollBar* m_rowScroll; ///< Over the whole listing, in rows; shown when it is longer than the window.
    bool m_sliding = false; ///< The window or a scrollbar is being moved by code.
    EmptyState* m_empty;
    QTimer* m_searchDelay;
    QToolButton* m_filtersButton = nullptr;
    QActionGroup* m_roleChoice = nullptr;
    QActionGroup* m_sourceChoice = nullptr;
    QActionGroup* m_seenChoice = nullptr;
    QActionGroup* m_groupChoice = nullptr;
    QMenu* m_groupMenu = nullptr;
    bool m_restoredHeader = false;
    /// The selection by person, loaded or not, as last read: the truth that changes act on.
    QHash<Id, UserSummary> m_selected;
    QHash<int, Id> m_rowIds; ///< Rows known to show a selected person, in the current order.
    QHash<Id, int> m_idRows; ///< The reverse of m_rowIds.
    QList<std::pair<int, int>> m_pending; ///< Selected rows whose page had not arrived (first, last).
    bool m_checking = false; ///< Asking which selected people the view still lists.
    bool m_allMatching = false; ///< Every member matching the filter, loaded or not.
    int m_quiet = 0; ///< > 0 while the selection is changed by code, not by a person.
};

} // namespace usher
