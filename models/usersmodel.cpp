#include "models/usersmodel.h"

#include "connection/whendone.h"
#include "models/timeformat.h"

#include <QTimer>

namespace usher {

UsersModel::UsersModel(Backend* backend, QObject* parent)
    : QAbstractTableModel(parent)
    , m_backend(backend)
    , m_reloadDelay(new QTimer(this))
{
    m_reloadDelay->setSingleShot(true);
    m_reloadDelay->setInterval(100);
    connect(m_reloadDelay, &QTimer::timeout, this, &UsersModel::reload);
    if (backend) {
        connect(backend, &Backend::changedElsewhere, m_reloadDelay, qOverload<>(&QTimer::start));
    }
}

void UsersModel::setFilter(const UserFilter& filter)
{
    if (m_started && filter == m_filter) {
        return;
    }
    m_filter = filter;
    refresh();
}

void UsersModel::refresh()
{
    m_started = true;
    ++m_generation;
    const bool totalWasKnown = m_total != -1;
    beginResetModel();
    m_rows.clear();
    m_total = -1; // before the reset ends: views ask canFetchMore() at once
    m_fetchingPage = false;
    endResetModel();
    if (totalWasKnown) {
        emit totalCountChanged(m_total);
    }
    if (!m_backend) {
        return;
    }
    const quint64 generation = m_generation;
    beginRequest();
    whenDone(m_backend->countUsers(m_filter), this, [this, generation](const Result<qint64>& result) {
        endRequest();
        if (generation != m_generation) {
            return; // Answer to an older question.
        }
        if (!result.ok()) {
            emit errorOccurred(result.error().message);
            return;
        }
        m_total = result.value();
        emit totalCountChanged(m_total);
    });
    requestPage(0);
}

void UsersModel::reload()
{
    if (!m_backend || !m_started) {
        return;
    }
    const quint64 generation = ++m_generation;
    UserPageRequest request;
    request.filter = m_filter;
    request.sort = m_sort;
    request.limit = int(qMax<qint64>(m_rows.size(), m_pageSize));
    m_fetchingPage = true;
    beginRequest();
    whenDone(m_backend->countUsers(m_filter), this, [this, generation](const Result<qint64>& result) {
        endRequest();
        if (generation == m_generation && result.ok() && result.value() != m_total) {
            m_total = result.value();
            emit totalCountChanged(m_total);
        }
    });
    beginRequest();
    whenDone(m_backend->listUsers(request), this, [this, generation](const Result<UserPage>& result) {
        endRequest();
        if (generation != m_generation) {
            return;
        }
        m_fetchingPage = false;
        if (!result.ok()) {
            emit errorOccurred(result.error().message);
            return;
        }
        const QList<UserSummary>& fresh = result.value().rows;
        const int before = int(m_rows.size());
        const int after = int(fresh.size());
        if (after < before) {
            beginRemoveRows({}, after, before - 1);
            m_rows.resize(after);
            endRemoveRows();
        }
        for (int row = 0; row < qMin(before, after); ++row) {
            m_rows[row] = fresh.at(row);
        }
        if (qMin(before, after) > 0) {
            emit dataChanged(index(0, 0), index(qMin(before, after) - 1, ColumnCount - 1));
        }
        if (after > before) {
            beginInsertRows({}, before, after - 1);
            m_rows.append(fresh.mid(before));
            endInsertRows();
        }
        emit reloaded();
    });
}

void UsersModel::beginRequest()
{
    if (m_pending++ == 0) {
        emit loadingChanged(true);
    }
}

void UsersModel::endRequest()
{
    if (--m_pending == 0) {
        emit loadingChanged(false);
    }
}

void UsersModel::requestPage(qint64 offset)
{
    if (!m_backend) {
        return;
    }
    UserPageRequest request;
    request.filter = m_filter;
    request.sort = m_sort;
    request.offset = offset;
    request.limit = m_pageSize;
    const quint64 generation = m_generation;
    m_fetchingPage = true;
    beginRequest();
    whenDone(m_backend->listUsers(request), this, [this, generation](const Result<UserPage>& result) {
        endRequest();
        if (generation != m_generation) {
            return;
        }
        m_fetchingPage = false;
        if (!result.ok()) {
            emit errorOccurred(result.error().message);
            return;
        }
        const UserPage& page = result.value();
        if (page.offset != m_rows.size() || page.rows.isEmpty()) {
            return;
        }
        beginInsertRows({}, int(m_rows.size()), int(m_rows.size() + page.rows.size() - 1));
        m_rows.append(page.rows);
        endInsertRows();
    });
}

UserSummary UsersModel::userAt(const QModelIndex& index) const
{
    if (!index.isValid() || index.row() >= m_rows.size()) {
        return {};
    }
    return m_rows.at(index.row());
}

QModelIndex UsersModel::indexOf(qint64 accountId) const
{
    for (int row = 0; row < m_rows.size(); ++row) {
        if (m_rows.at(row).accountId == accountId) {
            return index(row, 0);
        }
    }
    return {};
}

int UsersModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int UsersModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant UsersModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)) {
        return {};
    }
    const UserSummary& user = m_rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case NameColumn:
            return user.displayName;
        case EmailColumn:
            return user.email;
        case RoleColumn:
            return roleDisplayName(user.role);
        case GroupsColumn:
            return user.groups.join(QStringLiteral(", "));
        case StatusColumn:
            return statusDisplayName(user.status);
        case LastSeenColumn:
            return relativeTime(user.lastSeen);
        case SourceColumn:
            return sourceDisplayName(user.source);
        case JoinedColumn:
            return QLocale().toString(user.joined.toLocalTime().date(), QLocale::ShortFormat);
        }
        break;
    case Qt::ToolTipRole:
        switch (index.column()) {
        case LastSeenColumn:
            return user.lastSeen.isValid() ? fullDateTime(user.lastSeen) : tr("This person has never signed in.");
        case JoinedColumn:
            return fullDateTime(user.joined);
        case GroupsColumn:
            return user.groups.join(QLatin1Char('\n'));
        default:
            break;
        }
        break;
    case AccountIdRole:
        return user.accountId;
    case InitialsRole:
        return initialsOf(user.displayName);
    case StatusKeyRole:
        return statusKey(user.status);
    default:
        break;
    }
    return {};
}

QVariant UsersModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole || section < 0 || section >= ColumnCount) {
        return QAbstractTableModel::headerData(section, orientation, role);
    }
    switch (section) {
    case NameColumn:
        return tr("Name");
    case EmailColumn:
        return tr("Email");
    case RoleColumn:
        return tr("Role");
    case GroupsColumn:
        return tr("Groups");
    case StatusColumn:
        return tr("Status");
    case LastSeenColumn:
        return tr("Last seen");
    case SourceColumn:
        return tr("Source");
    case JoinedColumn:
        return tr("Joined");
    }
    return {};
}

UserField UsersModel::fieldForColumn(int column)
{
    switch (column) {
    case EmailColumn:
        return UserField::Email;
    case RoleColumn:
        return UserField::Role;
    case GroupsColumn:
        return UserField::Groups;
    case StatusColumn:
        return UserField::Status;
    case LastSeenColumn:
        return UserField::LastSeen;
    case SourceColumn:
        return UserField::Source;
    case JoinedColumn:
        return UserField::Joined;
    default:
        return UserField::Name;
    }
}

void UsersModel::sort(int column, Qt::SortOrder order)
{
    const UserSort wanted {fieldForColumn(column), order};
    if (m_started && wanted.field == m_sort.field && wanted.order == m_sort.order) {
        return;
    }
    m_sort = wanted;
    refresh();
}

bool UsersModel::canFetchMore(const QModelIndex& parent) const
{
    return !parent.isValid() && !m_fetchingPage && m_total > m_rows.size();
}

void UsersModel::fetchMore(const QModelIndex& parent)
{
    if (canFetchMore(parent)) {
        requestPage(m_rows.size());
    }
}

} // namespace usher
