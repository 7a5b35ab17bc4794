#pragma once

#include "connection/whendone.h"
#include "connection/backend.h"
#include "core/userquery.h"

#include <QAbstractTableModel>
#include <QFuture>
#include <QHash>
#include <QPointer>
#include <QSet>

class QTimer;

namespace usher {

class Session;

/// The members of one workspace as a table of any size. Rows are fetched in pages around
/// what the view paints, on the backend's thread; a page asked for but scrolled past is
/// cancelled before it runs; a bounded cache of recently used pages keeps memory flat; rows
/// not loaded yet have LoadedRole false and no text, and fill in when their page arrives
/// (dataChanged). Sorting and filtering run in the backend. Backend-agnostic: SQL or REST alike.
///
/// The view sees a window of at most windowSize() rows of the listing (all of it, for up to
/// that many members), starting at windowStart(): Qt's item views do work for every row they
/// are given whenever the rows change (a million rows cost tens of milliseconds, ten million a
/// quarter of a second), so at any size they are given only the window. moveWindowTo() slides
/// it over the listing; rows, indexes and the row arguments below are the window's, and
/// listingRows() is the listing's length.
class UsersModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { NameColumn, EmailColumn, RoleColumn, GroupsColumn, StatusColumn, LastSeenColumn, SourceColumn,
                  JoinedColumn, ColumnCount };
    enum ItemRole {
        AccountIdRole = Qt::UserRole + 1,
        InitialsRole, ///< Avatar placeholder letters, on the name column.
        StatusKeyRole, ///< "active", "invited", …, on the status column.
        LoadedRole, ///< False while the row's page is on its way.
    };

    explicit UsersModel(Backend* backend, QObject* parent = nullptr);
    /// Reloads in place whenever the session says members changed (here or elsewhere).
    void follow(Session* session);

    /// Shows the members matching `filter`; loads when it differs from the current one
    /// (and always the first time).
    void setFilter(const UserFilter& filter);
    UserFilter filter() const { return m_filter; }
    UserSort sortOrder() const { return m_sort; }
    /// What the backend can sort, list and change (everything, for a database Usher owns).
    DirectoryAbilities abilities() const;

    /// Counts again and drops every cached page; the view shows placeholders, then rows.
    void refresh();
    /// Fetches the cached pages again and updates them in place (no reset), so the view
    /// keeps its scroll position and selection; emits reloaded() when the count and the
    /// visible pages are fresh. Runs by itself when the backend reports a change made elsewhere.
    void reload();

    /// Members matching the filter; -1 until the backend has answered.
    qint64 totalCount() const { return m_total; }
    /// Rows of the listing: the count, or the first page while counting.
    int listingRows() const { return m_rows; }
    /// The listing row shown as the window's row 0.
    int windowStart() const { return m_windowStart; }
    int windowSize() const { return m_windowSize; }
    /// Tests use small windows; the default keeps the view's own work small at any size.
    void setWindowSize(int rows);
    /// Slides the window so that it starts at listing row `first` (kept within the listing);
    /// every row then shows another person: emits dataChanged for the window and
    /// windowMoved() with how far it went.
    void moveWindowTo(qint64 first);
    /// The window's row of listing row `row`, sliding the window to centre it when it is
    /// outside (or near an edge, so that a screenful around it fits).
    QModelIndex reveal(qint64 row, int margin = 0);
    bool isLoading() const { return m_pending > 0; }
    int pageSize() const { return m_pageSize; }
    void setPageSize(int rows);
    /// How many pages stay cached; the least recently used go first.
    int maxCachedPages() const { return m_maxPages; }
    void setMaxCachedPages(int pages) { m_maxPages = qMax(2, pages); }
    int cachedPageCount() const { return int(m_pages.size()); }
    bool isRowLoaded(int row) const;

    /// The row's user, or an empty one (accountId 0) when its page is not loaded.
    UserSummary userAt(const QModelIndex& index) const;
    /// The row of a user among the loaded pages; invalid when not loaded.
    QModelIndex indexOf(const Id& accountId) const;
    /// The rows of these users among the loaded pages, in one pass over them.
    QList<int> loadedRowsOf(const QSet<Id>& accountIds) const;

    /// Asks the backend which of these people the current filter lists, with their rows as they
    /// are now; answered by listedFound() unless the filter or sort changes first.
    void findListed(const QSet<Id>& accountIds);
    /// Asks for the pages holding rows `first` to `last` (a selection over rows not loaded yet);
    /// each arrives with pageLoaded(). At most `maxPages` pages are asked for at once.
    void fetchRows(int first, int last, int maxPages);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    void sort(int column, Qt::SortOrder order) override;

    static UserField fieldForColumn(int column);

signals:
    void totalCountChanged(qint64 total);
    /// sort() was asked for a column the backend does not sort; the order stays as it was.
    void sortRefused(const QString& why);
    /// abilities() changed (a service was found to change its order between pages).
    void abilitiesChanged();
    void loadingChanged(bool loading);
    /// A backend call failed; `message` is for the person at the screen.
    void errorOccurred(const QString& message);
    /// reload() has put fresh rows in place.
    void reloaded();
    /// Rows of the window (`first` to `last`) arrived and are painted from now on.
    void rowsArrived(int first, int last);
    /// The window slid `delta` rows down the listing (negative: up); the same number of rows
    /// now show other people.
    void windowMoved(int delta);
    /// The answer to findListed(): of the people `asked`, those listed now.
    void listedFound(const QSet<Id>& asked, const QList<UserSummary>& listed);

private:
    struct Page
    {
        QList<UserSummary> rows;
        quint64 lastUsed = 0;
    };

    void restart(bool recount);
    void countAgain();
    /// Gives up the count on its way: it never starts if it has not, and stops early on SQLite.
    void cancelCount();
    void fetchWantedPages();
    void requestPage(int page, bool replacing);
    /// Cancels these in-flight pages; with `repaint`, their rows repaint, so those still on
    /// screen ask for them again.
    void cancelInFlight(const QList<int>& pages, bool repaint);
    void storePage(int page, const QList<UserSummary>& rows);
    void evictPages();
    void beginRequest();
    void endRequest();
    /// The user on listing row `row`, when its page is loaded.
    const UserSummary* rowAt(int row) const;
    /// The listing's rows changed in number: the window grows, shrinks or slides to follow.
    void setListingRows(int rows);
    /// Listing rows `first` to `last` as the window's rows: false when none is in the window.
    bool inWindow(qint64 first, qint64 last, int* windowFirst, int* windowLast) const;

    QPointer<Backend> m_backend;
    UserFilter m_filter;
    UserSort m_sort;
    qint64 m_total = -1; ///< Exact count, -1 until the backend has counted.
    int m_rows = 0; ///< Rows of the listing: the count, or the first page while counting.
    int m_windowStart = 0; ///< The listing row at the window's row 0.
    int m_windowSize = 50'000;
    Latest m_generation;
    int m_pending = 0;
    /// About two screens of rows: each row of a page costs a few index lookups (on PostgreSQL
    /// about 0.2 ms), so a page no bigger than what is shown paints sooner (a search's first
    /// page at a million: 26 ms with 50 rows, 34 with 100).
    int m_pageSize = 64;
    int m_maxPages = 64; ///< About 4,000 rows kept, as before with 100-row pages.
    bool m_started = false; ///< The first filter or sort always loads, even when it is the default.

    mutable QHash<int, Page> m_pages;
    mutable quint64 m_useClock = 0;
    mutable QSet<int> m_wanted; ///< Pages the view asked for since the last fetch round.
    QHash<int, QFuture<Result<UserPage>>> m_inFlight;
    QFuture<Result<qint64>> m_counting; ///< The count on its way, if any.
    QTimer* m_fetchSoon; ///< Gathers the pages of one paint into one fetch round.
    int m_reloadPagesLeft = 0;
};

} // namespace usher
