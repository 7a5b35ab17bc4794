#pragma once

#include <QSet>
#include <QWidget>

class QComboBox;
class QLineEdit;
class QStackedWidget;
class QTableView;
class QTimer;

namespace usher {

class EmptyState;
class UsersModel;

/// The users screen: search box, status filter and the table, with helpful empty states.
class UsersView : public QWidget
{
    Q_OBJECT
public:
    explicit UsersView(QWidget* parent = nullptr);

    /// Shows the given model (or none). The view does not own it.
    void setModel(UsersModel* model);
    UsersModel* model() const { return m_model; }
    QTableView* table() const { return m_table; }

    /// Shown when no database is open: offers to open or create one.
    void showNoDatabase();
    void focusSearch();
    void clearFilters();

    /// How many users are selected, counting "all N matching" users that are not loaded.
    qint64 selectedCount() const;
    /// The selected users' ids (loaded rows), empty when allMatchingSelected().
    QSet<qint64> selectedIds() const { return m_selectedIds; }
    bool allMatchingSelected() const { return m_allMatching; }

    void saveState() const;
    void restoreState();

    /// How long typing waits before the search runs.
    static constexpr int searchDelayMs = 200;

signals:
    void loadSampleDataRequested();
    void openDatabaseRequested();
    void newDatabaseRequested();

private:
    void applyFilter();
    void updatePage();
    void showColumnMenu(const QPoint& position);
    void rememberSelection();
    void restoreSelection();

    UsersModel* m_model = nullptr;
    QLineEdit* m_search;
    QComboBox* m_statusFilter;
    QStackedWidget* m_stack;
    QTableView* m_table;
    EmptyState* m_empty;
    QTimer* m_searchDelay;
    bool m_restoredHeader = false;
    QSet<qint64> m_selectedIds; ///< The selection by user id, so it survives reloads.
    bool m_allMatching = false; ///< Every member matching the filter, loaded or not.
    bool m_restoringSelection = false;
};

} // namespace usher
