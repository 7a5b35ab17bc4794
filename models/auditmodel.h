#pragma once

#include "connection/whendone.h"
#include "core/lifecycle.h"

#include <QAbstractTableModel>

namespace usher {

class Backend;

/// The audit log (A1) as a table, newest first, fetched from the backend a page at a time
/// as the view scrolls (fetchMore), with the filters of an AuditQuery.
class AuditModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { WhenColumn, ActorColumn, ActionColumn, TargetColumn, ChangeColumn, ReasonColumn, ColumnCount };
    enum DataRole { EventIdRole = Qt::UserRole + 1 };

    explicit AuditModel(Backend* backend, QObject* parent = nullptr);

    /// Shows the events matching `query` (its paging fields are ignored).
    void setQuery(const AuditQuery& query);
    const AuditQuery& query() const { return m_query; }
    /// Reads the first page again.
    void refresh();
    /// Puts the events recorded since the newest one shown at the top, in place; starts over
    /// (refresh()) when more than a page of them arrived.
    void fetchNewer();
    bool isLoading() const { return m_loading; }
    AuditEvent eventAt(int row) const { return m_events.value(row); }

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    bool canFetchMore(const QModelIndex& parent = {}) const override;
    void fetchMore(const QModelIndex& parent = {}) override;

    static constexpr int pageSize = 200;

signals:
    void loadingChanged(bool loading);
    void errorOccurred(const QString& message);

private:
    Backend* m_backend;
    AuditQuery m_query;
    QList<AuditEvent> m_events;
    bool m_atEnd = false;
    bool m_loading = false;
    Latest m_generation;
};

} // namespace usher
