#pragma once

#include "connection/whendone.h"
#include "connection/backend.h"
#include "core/userquery.h"

#include <QAbstractTableModel>
#include <QPointer>

class QTimer;

namespace usher {

class Session;

/// The saved hygiene views (U2) with how many members each holds, counted by the backend
/// and counted again when the data changes.
class SavedViewsModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { NameColumn, CountColumn, ColumnCount };
    enum ItemRole { CountRole = Qt::UserRole + 1, ViewRole };

    SavedViewsModel(Backend* backend, const Id& workspaceId, QObject* parent = nullptr);
    /// Counts again whenever the session says members or invitations changed.
    void follow(Session* session);

    /// Counts every view again (as of now).
    void refresh();
    SavedView viewAt(int row) const;
    int rowOf(SavedView view) const;
    /// The view's filter as of the last refresh.
    UserFilter filterFor(SavedView view) const;
    /// -1 until counted.
    qint64 count(SavedView view) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;

signals:
    void countsChanged();

private:
    QPointer<Backend> m_backend;
    Id m_workspaceId;
    QList<SavedView> m_views;
    QList<qint64> m_counts;
    QDateTime m_asOf;
    Latest m_generation;
    QTimer* m_refreshDelay;
};

} // namespace usher
