#include "models/auditmodel.h"

#include "connection/backend.h"
#include "connection/whendone.h"
#include "models/timeformat.h"

namespace usher {

AuditModel::AuditModel(Backend* backend, QObject* parent)
    : QAbstractTableModel(parent)
    , m_backend(backend)
{
}

void AuditModel::setQuery(const AuditQuery& query)
{
    m_query = query;
    m_query.beforeAt = 0;
    m_query.beforeId = 0;
    m_query.limit = pageSize;
    refresh();
}

void AuditModel::refresh()
{
    m_generation.next();
    beginResetModel();
    m_events.clear();
    m_atEnd = false;
    m_loading = false;
    endResetModel();
    fetchMore();
}

void AuditModel::fetchNewer()
{
    if (!m_backend || m_events.isEmpty()) {
        refresh(); // nothing shown to keep
        return;
    }
    AuditQuery page = m_query;
    page.limit = pageSize;
    page.beforeAt = 0;
    page.beforeId = 0;
    const AuditEvent newest = m_events.first();
    const quint64 generation = m_generation.current();
    whenDone(m_backend->auditLog()->listAudit(page), this, [this, generation, newest](const Result<QList<AuditEvent>>& result) {
        if (!m_generation.isCurrent(generation) || !result.ok()) {
            return; // the filter changed meanwhile, or the next look will tell
        }
        QList<AuditEvent> fresh;
        for (const AuditEvent& event : result.value()) {
            if (event.at < newest.at || (event.at == newest.at && !(newest.id < event.id))) {
                break; // newest first: the rest are shown already
            }
            fresh.append(event);
        }
        if (fresh.size() == pageSize) {
            refresh(); // more arrived than one page: there may be a gap below them
            return;
        }
        if (!fresh.isEmpty()) {
            beginInsertRows({}, 0, int(fresh.size()) - 1);
            m_events = fresh + m_events;
            endInsertRows();
        }
    });
}

int AuditModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_events.size());
}

int AuditModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant AuditModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= m_events.size()) {
        return {};
    }
    const AuditEvent& event = m_events[index.row()];
    if (role == EventIdRole) {
        return QVariant::fromValue(event.id);
    }
    if (role == Qt::ToolTipRole) {
        switch (index.column()) {
        case WhenColumn:
            return fullDateTime(event.at);
        case ChangeColumn:
            return auditChangeSummary(event);
        case ReasonColumn:
            return event.reason;
        default:
            return {};
        }
    }
    if (role != Qt::DisplayRole) {
        return {};
    }
    switch (index.column()) {
    case WhenColumn:
        return shortDateTime(event.at);
    case ActorColumn:
        return event.actorName;
    case ActionColumn:
        return auditActionName(event.action);
    case TargetColumn:
        return event.targetName;
    case ChangeColumn:
        return auditChangeSummary(event);
    case ReasonColumn:
        return event.reason;
    default:
        return {};
    }
}

QVariant AuditModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) {
        return {};
    }
    switch (section) {
    case WhenColumn:
        return tr("When");
    case ActorColumn:
        return tr("Who");
    case ActionColumn:
        return tr("What");
    case TargetColumn:
        return tr("Whom");
    case ChangeColumn:
        return tr("Change");
    case ReasonColumn:
        return tr("Reason");
    default:
        return {};
    }
}

bool AuditModel::canFetchMore(const QModelIndex& parent) const
{
    return !parent.isValid() && !m_atEnd && !m_loading && m_backend;
}

void AuditModel::fetchMore(const QModelIndex& parent)
{
    if (!canFetchMore(parent)) {
        return;
    }
    AuditQuery page = m_query;
    page.limit = pageSize;
    if (!m_events.isEmpty()) {
        page.beforeAt = m_events.last().at.toSecsSinceEpoch();
        page.beforeId = m_events.last().id;
    }
    m_loading = true;
    emit loadingChanged(true);
    const quint64 generation = m_generation.current();
    whenCurrent(m_backend->auditLog()->listAudit(page), this, m_generation, generation, [this, generation](const Result<QList<AuditEvent>>& result) {
        m_loading = false;
        if (!result.ok()) {
            m_atEnd = true;
            emit loadingChanged(false);
            emit errorOccurred(result.error().message);
            return;
        }
        const QList<AuditEvent>& events = result.value();
        m_atEnd = events.size() < pageSize;
        if (!events.isEmpty()) {
            beginInsertRows({}, int(m_events.size()), int(m_events.size() + events.size() - 1));
            m_events.append(events);
            endInsertRows();
        }
        emit loadingChanged(false);
    });
}

} // namespace usher
