#pragma once

#include "connection/backend.h"
#include "core/userquery.h"

#include <QAbstractTableModel>
#include <QPointer>

class QTimer;

namespace usher {

/// The members of one workspace as a table, fetched page by page from a Backend.
/// Sorting and filtering run in the backend; the model only holds the pages it was asked
/// for (fetchMore). Answers arrive asynchronously and stale ones are dropped.
class UsersModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column {
        NameColumn,
        EmailColumn,
        RoleColumn,
        GroupsColumn,
        StatusColumn,
        LastSeenColumn,
        SourceColumn,
        JoinedColumn,
        ColumnCount
    };
    enum ItemRole {
        AccountIdRole = Qt::UserRole + 1,
        InitialsRole, ///< Avatar placeholder letters, on the name column.
        StatusKeyRole, ///< "active", "invited", …, on the status column.
    };

    explicit UsersModel(Backend* backend, QObject* parent = nullptr);

    /// Shows the members matching `filter`; loads when it differs from the current one
    /// (and always the first time).
    void setFilter(const UserFilter& filter);
    UserFilter filter() const { return m_filter; }
    UserSort sortOrder() const { return m_sort; }

    /// Reloads from the backend: the count and the first page.
    void refresh();
    /// Fetches the loaded rows again and updates them in place, so the view keeps its
    /// scroll position; emits reloaded() when done. Runs by itself when the backend
    /// reports a change made elsewhere.
    void reload();
    /// Members matching the filter; -1 until the backend has answered.
    qint64 totalCount() const { return m_total; }
    bool isLoading() const { return m_pending > 0; }
    int pageSize() const { return m_pageSize; }
    void setPageSize(int rows) { m_pageSize = qMax(1, rows); }

    UserSummary userAt(const QModelIndex& index) const;
    QModelIndex indexOf(qint64 accountId) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    void sort(int column, Qt::SortOrder order) override;
    bool canFetchMore(const QModelIndex& parent) const override;
    void fetchMore(const QModelIndex& parent) override;

    static UserField fieldForColumn(int column);

signals:
    void totalCountChanged(qint64 total);
    void loadingChanged(bool loading);
    /// A backend call failed; `message` is for the person at the screen.
    void errorOccurred(const QString& message);
    /// reload() has put the fresh rows in place.
    void reloaded();

private:
    void requestPage(qint64 offset);
    void beginRequest();
    void endRequest();

    QPointer<Backend> m_backend;
    UserFilter m_filter;
    UserSort m_sort;
    QList<UserSummary> m_rows;
    qint64 m_total = -1;
    quint64 m_generation = 0;
    int m_pending = 0;
    bool m_fetchingPage = false;
    bool m_started = false; ///< The first filter or sort always loads, even when it is the default.
    QTimer* m_reloadDelay; ///< Folds a burst of change notifications into one reload.
    int m_pageSize = 200;
};

} // namespace usher
