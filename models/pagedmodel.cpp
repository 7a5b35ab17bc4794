#include "models/pagedmodel.h"

namespace usher {

int PagedModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : heldRows();
}

bool PagedModel::canFetchMore(const QModelIndex& parent) const
{
    return !parent.isValid() && !m_loading && m_total > heldRows();
}

void PagedModel::fetchMore(const QModelIndex& parent)
{
    if (canFetchMore(parent)) {
        request(heldRows(), pageSize, false);
    }
}

void PagedModel::refresh()
{
    m_generation.next(); // whatever is on its way is stale now
    request(0, qMax(pageSize, heldRows()), true);
}

void PagedModel::restart()
{
    m_generation.next();
    beginResetModel();
    replaceRows({});
    m_total = -1;
    endResetModel();
    request(0, pageSize, true);
}

void PagedModel::request(int offset, int limit, bool replacing)
{
    m_replacing = replacing;
    if (!m_loading) {
        m_loading = true;
        emit loadingChanged(true);
    }
    requestPage(offset, limit);
}

void PagedModel::arrived(quint64 generation, bool replacing, const QString& error, qint64 total, int count,
                         const QVariant& page)
{
    if (!m_generation.isCurrent(generation)) {
        return;
    }
    // Still loading while the rows go in: views asking for more meanwhile must wait.
    if (!error.isEmpty()) {
        m_loading = false;
        emit loadingChanged(false);
        emit errorOccurred(error);
        return;
    }
    if (replacing) {
        beginResetModel();
        m_total = total;
        replaceRows(page);
        endResetModel();
    } else if (count > 0) {
        beginInsertRows({}, heldRows(), heldRows() + count - 1);
        m_total = total;
        appendRows(page);
        endInsertRows();
    } else {
        m_total = heldRows(); // the rows ran out before the count said: stop asking
    }
    m_loading = false;
    emit loadingChanged(false);
    if (replacing) {
        emit reloaded();
    }
}

} // namespace usher
