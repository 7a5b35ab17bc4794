#include "models/usersmodel.h"

#include "core/clamp.h"
#include "connection/session.h"
#include "connection/whendone.h"
#include "models/timeformat.h"

#include <QLocale>
#include <QTimer>

#include <algorithm>

namespace usher {

UsersModel::UsersModel(Backend* backend, QObject* parent)
    : QAbstractTableModel(parent)
    , m_backend(backend && backend->members() ? backend : nullptr) // a connection without members lists nobody
    , m_fetchSoon(new QTimer(this))
{
    m_fetchSoon->setSingleShot(true);
    m_fetchSoon->setInterval(0);
    connect(m_fetchSoon, &QTimer::timeout, this, &UsersModel::fetchWantedPages);
    if (m_backend) {
        connect(m_backend, &Backend::abilitiesChanged, this, &UsersModel::abilitiesChanged);
    }
}

DirectoryAbilities UsersModel::abilities() const
{
    return m_backend ? m_backend->members()->abilities() : DirectoryAbilities {};
}

void UsersModel::follow(Session* session)
{
    connect(session, &Session::changed, this, [this](Topics topics) {
        if (topics & Topic::Members) {
            reload(); // in place: the view keeps its scroll position and selection
        }
    });
}

void UsersModel::setPageSize(int rows)
{
    m_pageSize = qMax(1, rows);
    if (m_started) {
        restart(false);
    }
}

void UsersModel::setFilter(const UserFilter& filter)
{
    if (m_started && filter == m_filter) {
        return;
    }
    m_filter = filter;
    restart(true);
}

void UsersModel::sort(int column, Qt::SortOrder order)
{
    const UserSort wanted{fieldForColumn(column), order};
    if (const DirectoryAbilities can = abilities(); !can.sortable.contains(wanted.field)) {
        emit sortRefused(can.sortLimit); // a service that cannot sort by it keeps its order
        return;
    }
    if (m_started && wanted.field == m_sort.field && wanted.order == m_sort.order) {
        return;
    }
    m_sort = wanted;
    // Same members, another order: the count stands, only the pages go.
    restart(!m_started);
}

void UsersModel::refresh()
{
    restart(true);
}

void UsersModel::restart(bool recount)
{
    // A count still on its way is dropped below with its generation: ask again.
    recount = recount || m_total < 0;
    m_started = true;
    m_generation.next();
    cancelInFlight(m_inFlight.keys(), false); // the reset below repaints everything anyway
    cancelCount(); // its answer would be dropped with the generation anyway
    m_wanted.clear();
    const qint64 oldTotal = m_total;
    beginResetModel();
    m_pages.clear();
    m_windowStart = 0;
    if (recount) {
        m_total = -1;
        m_rows = 0;
    }
    endResetModel();
    // The first page goes out before the count: it is shown as soon as it arrives, and
    // the count (slower for broad searches) fills in the rest of the rows.
    m_wanted.insert(0);
    fetchWantedPages();
    if (recount) {
        if (oldTotal != -1) {
            emit totalCountChanged(m_total);
        }
        countAgain();
    }
}

void UsersModel::countAgain()
{
    if (!m_backend) {
        return;
    }
    const quint64 generation = m_generation.current();
    beginRequest();
    m_counting = m_backend->members()->countUsers(m_filter);
    whenDone(m_counting, this, [this, generation](const Result<qint64>& result) {
        endRequest();
        if (!m_generation.isCurrent(generation)) {
            return; // Answer to an older question.
        }
        m_counting = {};
        if (!result.ok()) {
            emit errorOccurred(result.error().message);
            return;
        }
        const qint64 now = result.value();
        const int rows = clampToInt(now);
        const bool changed = now != m_total;
        m_total = now;
        // Rows appear or go at the end; rows already shown stay where they are.
        setListingRows(rows);
        if (!changed) {
            return;
        }
        emit totalCountChanged(m_total);
    });
}

void UsersModel::cancelCount()
{
    if (m_counting.isValid() && !m_counting.isFinished()) {
        // Cancelled, its answer never comes (whenDone), so the request ends here.
        m_counting.cancel();
        endRequest();
    }
    m_counting = {};
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

void UsersModel::fetchWantedPages()
{
    const QSet<int> wanted = std::exchange(m_wanted, {});
    // Pages asked for earlier and now far from what is painted (the view jumped): drop them
    // before they run. Pages near the painted ones stay, as a partial repaint may not have
    // asked for every page still on screen.
    if (!wanted.isEmpty()) {
        const int nearest = *std::min_element(wanted.begin(), wanted.end()) - 2;
        const int farthest = *std::max_element(wanted.begin(), wanted.end()) + 2;
        QList<int> stale;
        for (auto it = m_inFlight.constBegin(); it != m_inFlight.constEnd(); ++it) {
            if (it.key() < nearest || it.key() > farthest) {
                stale.append(it.key());
            }
        }
        cancelInFlight(stale, false);
    }
    for (const int page : wanted) {
        if (!m_pages.contains(page) && !m_inFlight.contains(page)) {
            requestPage(page, false);
        }
    }
}

void UsersModel::cancelInFlight(const QList<int>& pages, bool repaint)
{
    for (const int page : pages) {
        auto it = m_inFlight.find(page);
        if (it == m_inFlight.end()) {
            continue;
        }
        it->cancel();
        m_inFlight.erase(it);
        endRequest();
        const qint64 first = qint64(page) * m_pageSize;
        int from = 0;
        int to = 0;
        if (repaint && inWindow(first, first + m_pageSize - 1, &from, &to)) {
            // Still on screen, perhaps: its rows repaint and ask for the page again.
            emit dataChanged(index(from, 0), index(to, ColumnCount - 1), {LoadedRole});
        }
    }
}

void UsersModel::requestPage(int page, bool replacing)
{
    if (!m_backend) {
        return;
    }
    UserPageRequest request;
    request.filter = m_filter;
    request.sort = m_sort;
    request.offset = qint64(page) * m_pageSize;
    request.limit = m_pageSize;
    const quint64 generation = m_generation.current();
    QFuture<Result<UserPage>> future = m_backend->members()->listUsers(request);
    if (!replacing) {
        m_inFlight.insert(page, future);
    }
    beginRequest();
    whenDone(future, this, [this, generation, page, replacing](const Result<UserPage>& result) {
        if (!replacing) {
            m_inFlight.remove(page);
        }
        endRequest();
        if (!m_generation.isCurrent(generation)) {
            return;
        }
        if (!result.ok()) {
            emit errorOccurred(result.error().message);
        } else {
            storePage(page, result.value().rows);
        }
        if (replacing && --m_reloadPagesLeft == 0) {
            emit reloaded();
        }
    });
}

void UsersModel::storePage(int page, const QList<UserSummary>& rows)
{
    const qint64 first = qint64(page) * m_pageSize;
    if (rows.isEmpty() || (m_total >= 0 && first >= m_total)) {
        return;
    }
    m_pages.insert(page, {rows, ++m_useClock});
    evictPages();
    int from = 0;
    int to = 0;
    if (page == 0 && m_total < 0 && m_rows == 0) {
        // Still counting: show the first page now, the count adds the other rows later.
        setListingRows(int(rows.size()));
    } else if (inWindow(first, first + rows.size() - 1, &from, &to)) {
        emit dataChanged(index(from, 0), index(to, ColumnCount - 1));
    }
    if (inWindow(first, first + rows.size() - 1, &from, &to)) {
        emit rowsArrived(from, to);
    }
}

void UsersModel::evictPages()
{
    while (m_pages.size() > m_maxPages) {
        auto oldest = m_pages.begin();
        for (auto it = m_pages.begin(); it != m_pages.end(); ++it) {
            if (it->lastUsed < oldest->lastUsed) {
                oldest = it;
            }
        }
        m_pages.erase(oldest);
    }
}

void UsersModel::reload()
{
    if (!m_backend || !m_started) {
        return;
    }
    m_generation.next();
    // Pages on their way are dropped with the generation; their rows ask again when painted.
    cancelInFlight(m_inFlight.keys(), true);
    cancelCount();
    countAgain();
    // Fetch every cached page again; until then they show their old rows.
    const QList<int> cached = m_pages.keys();
    m_reloadPagesLeft = int(cached.size());
    if (cached.isEmpty()) {
        // Nothing cached: the count alone is the news.
        QTimer::singleShot(0, this, &UsersModel::reloaded);
        return;
    }
    for (const int page : cached) {
        requestPage(page, true);
    }
}

void UsersModel::findListed(const QSet<Id>& accountIds)
{
    if (!m_backend) {
        return;
    }
    UserPageRequest request;
    request.filter = m_filter;
    request.filter.accountIds = QList<Id>(accountIds.cbegin(), accountIds.cend());
    request.sort = m_sort;
    request.limit = int(accountIds.size());
    const quint64 generation = m_generation.current();
    beginRequest();
    whenDone(m_backend->members()->listUsers(request), this, [this, generation, accountIds](const Result<UserPage>& result) {
        endRequest();
        if (!m_generation.isCurrent(generation)) {
            return; // another filter or order: the question is asked again for it
        }
        if (!result.ok()) {
            emit errorOccurred(result.error().message);
            return;
        }
        emit listedFound(accountIds, result.value().rows);
    });
}

void UsersModel::fetchRows(int first, int last, int maxPages)
{
    if (first > last || m_rows == 0) {
        return;
    }
    int asked = 0;
    const int lastPage = (m_windowStart + qMin(last, rowCount() - 1)) / m_pageSize;
    for (int page = (m_windowStart + qMax(0, first)) / m_pageSize; page <= lastPage && asked < maxPages; ++page) {
        if (!m_pages.contains(page) && !m_inFlight.contains(page)) {
            requestPage(page, false);
            ++asked;
        }
    }
}

const UserSummary* UsersModel::rowAt(int row) const
{
    const int page = row / m_pageSize;
    const auto it = m_pages.find(page);
    if (it == m_pages.end()) {
        return nullptr;
    }
    const int inPage = row % m_pageSize;
    if (inPage >= it->rows.size()) {
        return nullptr;
    }
    it->lastUsed = ++m_useClock;
    return &it->rows.at(inPage);
}

bool UsersModel::isRowLoaded(int row) const
{
    if (row < 0 || row >= rowCount()) {
        return false;
    }
    const int listed = m_windowStart + row;
    const auto it = m_pages.constFind(listed / m_pageSize);
    return it != m_pages.constEnd() && listed % m_pageSize < it->rows.size();
}

UserSummary UsersModel::userAt(const QModelIndex& index) const
{
    if (!index.isValid() || index.row() >= rowCount()) {
        return {};
    }
    const UserSummary* user = rowAt(m_windowStart + index.row());
    return user ? *user : UserSummary{};
}

QModelIndex UsersModel::indexOf(const Id& accountId) const
{
    const QList<int> rows = loadedRowsOf({accountId});
    return rows.isEmpty() ? QModelIndex() : index(rows.first(), 0);
}

QList<int> UsersModel::loadedRowsOf(const QSet<Id>& accountIds) const
{
    QList<int> rows;
    for (auto it = m_pages.constBegin(); it != m_pages.constEnd() && !accountIds.isEmpty(); ++it) {
        for (int i = 0; i < it->rows.size(); ++i) {
            const qint64 row = qint64(it.key()) * m_pageSize + i - m_windowStart;
            if (row >= 0 && row < rowCount() && accountIds.contains(it->rows.at(i).accountId)) {
                rows.append(int(row));
            }
        }
    }
    return rows;
}

int UsersModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : qMin(m_rows - m_windowStart, m_windowSize);
}

bool UsersModel::inWindow(qint64 first, qint64 last, int* windowFirst, int* windowLast) const
{
    const qint64 from = qMax<qint64>(first, m_windowStart);
    const qint64 to = qMin<qint64>(last, qint64(m_windowStart) + rowCount() - 1);
    if (from > to) {
        return false;
    }
    *windowFirst = int(from - m_windowStart);
    *windowLast = int(to - m_windowStart);
    return true;
}

void UsersModel::setListingRows(int rows)
{
    const bool fewer = rows < m_rows;
    if (fewer) {
        // Fewer rows: a window past the new end slides back first, so that it ends with them.
        const int lastStart = qMax(0, rows - m_windowSize);
        if (m_windowStart > lastStart) {
            moveWindowTo(lastStart);
        }
    }
    const int before = rowCount();
    const int after = qMin(rows - m_windowStart, m_windowSize);
    if (after > before) {
        beginInsertRows({}, before, after - 1);
        m_rows = rows;
        endInsertRows();
    } else if (after < before) {
        beginRemoveRows({}, after, before - 1);
        m_rows = rows;
        endRemoveRows();
    } else {
        m_rows = rows;
    }
    if (fewer) {
        const int lastPage = rows == 0 ? -1 : (rows - 1) / m_pageSize;
        for (auto it = m_pages.begin(); it != m_pages.end();) {
            it = it.key() > lastPage ? m_pages.erase(it) : std::next(it);
        }
    }
}

void UsersModel::setWindowSize(int rows)
{
    beginResetModel();
    m_windowSize = qMax(1, rows);
    m_windowStart = 0;
    endResetModel();
}

void UsersModel::moveWindowTo(qint64 first)
{
    const int start = int(qBound<qint64>(0, first, qint64(qMax(0, m_rows - m_windowSize))));
    const int delta = start - m_windowStart;
    if (delta == 0) {
        return;
    }
    m_windowStart = start; // the same number of rows: the window stays full
    if (rowCount() > 0) {
        emit dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
    }
    emit windowMoved(delta);
}

QModelIndex UsersModel::reveal(qint64 row, int margin)
{
    if (row < 0 || row >= m_rows) {
        return {};
    }
    if (row < qint64(m_windowStart) + margin || row > qint64(m_windowStart) + rowCount() - 1 - margin) {
        moveWindowTo(row - m_windowSize / 2);
    }
    return index(int(row - m_windowStart), 0);
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
    const UserSummary* user = rowAt(m_windowStart + index.row());
    if (!user) {
        // Not here yet: ask for its page (gathered with the rest of this paint) and show a
        // placeholder. Only the paint's LoadedRole asks, so a scan of every row's text (type
        // to find, match()) does not fetch the whole table.
        if (role == LoadedRole) {
            m_wanted.insert((m_windowStart + index.row()) / m_pageSize);
            if (!m_fetchSoon->isActive()) {
                m_fetchSoon->start();
            }
        }
        return role == LoadedRole ? QVariant(false) : QVariant();
    }
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case NameColumn:
            return user->displayName;
        case EmailColumn:
            return user->email;
        case RoleColumn:
            return roleDisplayName(user->role);
        case GroupsColumn:
            return user->groups.join(QStringLiteral(", "));
        case StatusColumn:
            return statusDisplayName(user->status);
        case LastSeenColumn:
            return relativeTime(user->lastSeen);
        case SourceColumn:
            return sourceDisplayName(user->source);
        case JoinedColumn:
            return shortDate(user->joined.toLocalTime().date());
        }
        break;
    case Qt::ToolTipRole:
        switch (index.column()) {
        case LastSeenColumn:
            return user->lastSeen.isValid() ? fullDateTime(user->lastSeen) : tr("This person has never signed in.");
        case JoinedColumn:
            return fullDateTime(user->joined);
        case GroupsColumn:
            return user->groups.join(QLatin1Char('\n'));
        default:
            break;
        }
        break;
    case AccountIdRole:
        return QVariant::fromValue(user->accountId);
    case InitialsRole:
        return initialsOf(user->displayName);
    case StatusKeyRole:
        return statusKey(user->status);
    case LoadedRole:
        return true;
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

} // namespace usher
