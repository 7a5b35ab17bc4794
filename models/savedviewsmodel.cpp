#include "models/savedviewsmodel.h"

#include "core/clamp.h"
#include "connection/session.h"
#include "connection/whendone.h"

#include <QLocale>
#include <QTimer>

namespace usher {

SavedViewsModel::SavedViewsModel(Backend* backend, const Id& workspaceId, QObject* parent)
    : QAbstractTableModel(parent)
    , m_backend(backend && backend->members() ? backend : nullptr) // a connection without members lists nobody
    , m_workspaceId(workspaceId)
    , m_views(m_backend ? m_backend->members()->abilities().views : allSavedViews()) // a service lacks some
    , m_asOf(QDateTime::currentDateTimeUtc())
    , m_refreshDelay(new QTimer(this))
{
    m_counts.fill(-1, m_views.size());
    m_refreshDelay->setSingleShot(true);
    m_refreshDelay->setInterval(300);
    connect(m_refreshDelay, &QTimer::timeout, this, &SavedViewsModel::refresh);
}

void SavedViewsModel::follow(Session* session)
{
    connect(session, &Session::changed, this, [this](Topics topics) {
        if (topics & (Topic::Members | Topic::Invitations)) {
            m_refreshDelay->start(); // counts are the dearest to read: a burst of changes, one count
        }
    });
}

void SavedViewsModel::refresh()
{
    if (!m_backend) {
        return;
    }
    m_asOf = QDateTime::currentDateTimeUtc();
    const quint64 generation = m_generation.next();
    for (int row = 0; row < m_views.size(); ++row) {
        whenDone(m_backend->members()->countUsers(filterFor(m_views.at(row))), this,
                 [this, generation, row](const Result<qint64>& result) {
                     if (!m_generation.isCurrent(generation) || !result.ok() || m_counts.at(row) == result.value()) {
                         return;
                     }
                     m_counts[row] = result.value();
                     emit dataChanged(index(row, 0), index(row, ColumnCount - 1));
                     emit countsChanged();
                 });
    }
}

SavedView SavedViewsModel::viewAt(int row) const
{
    return m_views.value(row, SavedView::AllUsers);
}

int SavedViewsModel::rowOf(SavedView view) const
{
    return int(m_views.indexOf(view));
}

UserFilter SavedViewsModel::filterFor(SavedView view) const
{
    return savedViewFilter(view, m_workspaceId, m_asOf);
}

qint64 SavedViewsModel::count(SavedView view) const
{
    return m_counts.value(rowOf(view), -1);
}

int SavedViewsModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_views.size());
}

int SavedViewsModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant SavedViewsModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)) {
        return {};
    }
    const qint64 count = m_counts.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        if (index.column() == NameColumn) {
            return savedViewName(m_views.at(index.row()));
        }
        return count < 0 ? QString() : QLocale().toString(count);
    case Qt::TextAlignmentRole:
        return index.column() == CountColumn ? QVariant(Qt::AlignRight | Qt::AlignVCenter) : QVariant();
    case Qt::AccessibleTextRole:
        return count < 0 ? savedViewName(m_views.at(index.row()))
                         : tr("%1, %n user(s)", nullptr, clampToInt(count))
                               .arg(savedViewName(m_views.at(index.row())));
    case CountRole:
        return count;
    case ViewRole:
        return int(m_views.at(index.row()));
    default:
        return {};
    }
}

} // namespace usher
